namespace GhgInventory.Core.Analysis;

/// <summary>The logarithmic mean Divisia index decomposition, method I (LMDI-I), additive and multiplicative.</summary>
/// <remarks>
/// For V = Σ_i V_i, V_i = Π_k x_k,i (Ang 2005, "The LMDI approach to decomposition analysis: a practical guide", Energy Policy
/// 33:867–871, eqs. 1–5; Ang 2015, "LMDI decomposition approach: a guide for implementation", Energy Policy 86:233–238, models 1 and 2):
/// additive ΔV_k = Σ_i L(V_i^T, V_i^0) · ln(x_k,i^T / x_k,i^0); multiplicative D_k = exp(ΔV_k / L(V^T, V^0)), which equals
/// exp(Σ_i L(V_i^T, V_i^0)/L(V^T, V^0) · ln(x_k,i^T / x_k,i^0)) of Ang 2005 Table 2. Both are exact: Σ_k ΔV_k = V^T − V^0 and
/// Π_k D_k = V^T / V^0.
/// <para>Zero values take the analytic limits of Ang, Zhang and Choi (1998, Energy 23:489–495, Table 2), generalised by Ang and Liu
/// (2007, "Handling zero values in the LMDI decomposition approach", Energy Policy 35:238–246) and recommended by Wood and Lenzen
/// (2006, Energy Policy 34:1326–1331): a cell absent at 0 (V_i^0 = 0) and present at T gives V_i^T to the factor(s) that were 0 at 0
/// (shared equally when several were, the limit of the small-value strategy with one δ) and 0 to the others; a cell present at 0 and
/// absent at T gives −V_i^0 to the factor(s) that became 0; a cell 0 in both periods gives nothing. The small-value strategy
/// (every 0 replaced by δ, Ang and Choi 1997) is offered as a check through <c>smallValue</c>: it converges to the limits as δ → 0.</para>
/// </remarks>
public static class Lmdi
{
    /// <summary>Decomposes the change of Σ_i Π_k x_k,i from the cells' start to their end over the factors named <paramref name="factors"/>.</summary>
    /// <param name="factors">The factor names, in the order of each cell's values.</param>
    /// <param name="cells">The sub-categories; each with one non-negative finite value per factor in each period.</param>
    /// <param name="smallValue">When given (δ &gt; 0), zeros are replaced by δ instead of taking the analytic limits: a check only.</param>
    /// <exception cref="ArgumentException">A cell with the wrong number of values, or a negative or non-finite value.</exception>
    public static LmdiResult Decompose(IReadOnlyList<string> factors, IEnumerable<LmdiCell> cells, double? smallValue = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(cells);
        if (smallValue is { } d && !(d > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(smallValue), "δ must be positive.");
        }
        int n = factors.Count;
        var additive = new double[n];
        double start = 0, end = 0;
        Span<double> x0 = n <= 32 ? stackalloc double[n] : new double[n];
        Span<double> xT = n <= 32 ? stackalloc double[n] : new double[n];
        foreach (var cell in cells)
        {
            if (cell.Start.Count != n || cell.End.Count != n)
            {
                throw new ArgumentException($"Cell {cell.Key} has {cell.Start.Count}/{cell.End.Count} values for {n} factors.", nameof(cells));
            }
            double v0 = 1, vT = 1;
            for (int k = 0; k < n; k++)
            {
                double a = cell.Start[k], b = cell.End[k];
                if (!(a >= 0) || !(b >= 0) || double.IsInfinity(a) || double.IsInfinity(b))
                {
                    throw new ArgumentException($"Cell {cell.Key}, factor {factors[k]}: {a} → {b}; LMDI takes finite non-negative values.", nameof(cells));
                }
                if (smallValue is { } delta)
                {
                    a = a == 0 ? delta : a;
                    b = b == 0 ? delta : b;
                }
                x0[k] = a;
                xT[k] = b;
                v0 *= a;
                vT *= b;
            }
            // Totals are the true ones (without δ), so that the effects are compared with the real change.
            start += cell.StartValue;
            end += cell.EndValue;
            AddCell(x0, xT, v0, vT, additive);
        }
        double[]? multiplicative = null;
        if (start > 0 && end > 0)
        {
            double weight = LogarithmicMean.Of(end, start);
            multiplicative = new double[n];
            for (int k = 0; k < n; k++)
            {
                multiplicative[k] = Math.Exp(additive[k] / weight);
            }
        }
        return new LmdiResult(factors, start, end, additive, multiplicative);
    }

    /// <summary>Adds one cell's ΔV_k to <paramref name="additive"/>, with the analytic limits for zeros.</summary>
    private static void AddCell(ReadOnlySpan<double> x0, ReadOnlySpan<double> xT, double v0, double vT, Span<double> additive)
    {
        int n = x0.Length;
        if (v0 > 0 && vT > 0)
        {
            double w = LogarithmicMean.Of(vT, v0);
            for (int k = 0; k < n; k++)
            {
                additive[k] += w * Math.Log(xT[k] / x0[k]);
            }
            return;
        }
        if (v0 == 0 && vT == 0)
        {
            return; // Ang et al. 1998 Table 2, cases 5–8: no contribution.
        }
        // One period is 0: the factors that are 0 in it take the whole change, shared equally (cases 1 and 2); the others 0 (cases 3, 4).
        ReadOnlySpan<double> zeroSide = v0 == 0 ? x0 : xT;
        int zeros = 0;
        for (int k = 0; k < n; k++)
        {
            zeros += zeroSide[k] == 0 ? 1 : 0;
        }
        double share = (vT - v0) / zeros;
        for (int k = 0; k < n; k++)
        {
            if (zeroSide[k] == 0)
            {
                additive[k] += share;
            }
        }
    }

    /// <summary>Chains yearly decompositions: the sum of the additive effects and the product of the multiplicative ones, factor by factor.</summary>
    /// <remarks>Ang 2015 §4 (chaining, "period-wise" decomposition): the chained additive effects add to V^last − V^first; the chained
    /// multiplicative effects multiply to V^last / V^first. Null multiplicative effects anywhere make the chained ones null.</remarks>
    /// <exception cref="ArgumentException">No steps, steps with different factors, or a step that does not start where the one before ended.</exception>
    public static LmdiResult Chain(IReadOnlyList<LmdiResult> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            throw new ArgumentException("Nothing to chain.", nameof(steps));
        }
        var factors = steps[0].Factors;
        var additive = new double[factors.Count];
        double[]? multiplicative = Enumerable.Repeat(1.0, factors.Count).ToArray();
        LmdiResult? previous = null;
        foreach (var step in steps)
        {
            if (!step.Factors.SequenceEqual(factors))
            {
                throw new ArgumentException("Chained steps must have the same factors.", nameof(steps));
            }
            if (previous is not null && Math.Abs(previous.EndTotal - step.StartTotal) > 1e-9 * Math.Max(1, Math.Abs(step.StartTotal)))
            {
                throw new ArgumentException($"A step starts at {step.StartTotal}, the one before ended at {previous.EndTotal}.", nameof(steps));
            }
            previous = step;
            for (int k = 0; k < factors.Count; k++)
            {
                additive[k] += step.Additive[k];
                if (multiplicative is not null && step.Multiplicative is { } m)
                {
                    multiplicative[k] *= m[k];
                }
            }
            if (step.Multiplicative is null)
            {
                multiplicative = null;
            }
        }
        return new LmdiResult(factors, steps[0].StartTotal, steps[^1].EndTotal, additive, multiplicative);
    }
}
