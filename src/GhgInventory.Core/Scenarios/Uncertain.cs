using MathNet.Numerics.Distributions;

namespace GhgInventory.Core.Scenarios;

/// <summary>A scenario parameter's value: a fixed number or a distribution, read at a quantile u ∈ (0, 1) (docs/scenarios.md §6).</summary>
/// <remarks>Quantiles come from MathNet.Numerics' inverse CDFs. The central (deterministic) path reads every value at u = 0.5, its median.</remarks>
public abstract record Uncertain
{
    /// <summary>The value at quantile <paramref name="u"/> (0 &lt; u &lt; 1), in the lever's unit.</summary>
    public abstract double At(double u);

    /// <summary>True for a fixed number (no uncertain dimension).</summary>
    public virtual bool IsFixed => false;

    /// <summary>The median, the value on the central path.</summary>
    public double Median => At(0.5);

    /// <summary>A fixed value.</summary>
    public sealed record Fixed(double Value) : Uncertain
    {
        /// <inheritdoc/>
        public override double At(double u) => Value;

        /// <inheritdoc/>
        public override bool IsFixed => true;
    }

    /// <summary>Normal with mean and standard deviation (&gt; 0).</summary>
    public sealed record NormalValue(double Mean, double Sd) : Uncertain
    {
        /// <inheritdoc/>
        public override double At(double u) => Normal.InvCDF(Mean, Sd, u);
    }

    /// <summary>Lognormal given by its median (&gt; 0) and geometric standard deviation (&gt; 1): μ = ln median, σ = ln gsd.</summary>
    public sealed record LogNormalValue(double MedianValue, double Gsd) : Uncertain
    {
        /// <inheritdoc/>
        public override double At(double u) => LogNormal.InvCDF(Math.Log(MedianValue), Math.Log(Gsd), u);
    }

    /// <summary>Triangular with min ≤ mode ≤ max, min &lt; max.</summary>
    public sealed record TriangularValue(double Min, double Mode, double Max) : Uncertain
    {
        /// <inheritdoc/>
        public override double At(double u) => Triangular.InvCDF(Min, Max, Mode, u);
    }

    /// <summary>Uniform on [min, max], min &lt; max.</summary>
    public sealed record UniformValue(double Min, double Max) : Uncertain
    {
        /// <inheritdoc/>
        public override double At(double u) => Min + (Max - Min) * u;
    }
}
