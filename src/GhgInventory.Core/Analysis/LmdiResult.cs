namespace GhgInventory.Core.Analysis;

/// <summary>The LMDI-I decomposition of the change of an aggregate V from period 0 to period T into the effects of its factors.</summary>
/// <remarks>
/// Additive: ΔV = V^T − V^0 = Σ_k ΔV_k exactly (no residual). Multiplicative: D = V^T / V^0 = Π_k D_k exactly; D_k is null when
/// either total is 0 (the ratio is then undefined). Units of the additive effects are those of V.
/// </remarks>
/// <param name="Factors">The factor names, in order.</param>
/// <param name="StartTotal">V^0.</param>
/// <param name="EndTotal">V^T.</param>
/// <param name="Additive">ΔV_k per factor, in the order of <see cref="Factors"/>.</param>
/// <param name="Multiplicative">D_k per factor; null when V^0 or V^T is 0.</param>
public sealed record LmdiResult(IReadOnlyList<string> Factors, double StartTotal, double EndTotal, IReadOnlyList<double> Additive, IReadOnlyList<double>? Multiplicative)
{
    /// <summary>V^T − V^0.</summary>
    public double Change => EndTotal - StartTotal;

    /// <summary>V^T / V^0; null when V^0 is 0.</summary>
    public double? Ratio => StartTotal > 0 ? EndTotal / StartTotal : null;

    /// <summary>The additive effect of the factor named <paramref name="factor"/>.</summary>
    public double AdditiveOf(string factor) => Additive[IndexOf(factor)];

    /// <summary>The multiplicative effect of the factor named <paramref name="factor"/>; null when undefined.</summary>
    public double? MultiplicativeOf(string factor) => Multiplicative?[IndexOf(factor)];

    private int IndexOf(string factor)
    {
        for (int k = 0; k < Factors.Count; k++)
        {
            if (Factors[k] == factor)
            {
                return k;
            }
        }
        throw new ArgumentException($"No factor {factor}.", nameof(factor));
    }
}
