using System.Globalization;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Factors;

/// <summary>The plausible values of one parameter (for some activities, per one dimension), with the source of the bounds.</summary>
/// <remarks>Bounds are compared in engine units, so a value in kcal/kg is checked against a range written in GJ/t.</remarks>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Gas">The gas, for per-gas parameters; null for any.</param>
/// <param name="Activities">The activity keys the range is for; empty for every activity.</param>
/// <param name="Unit">Unit of <paramref name="Min"/> and <paramref name="Max"/>.</param>
/// <param name="Min">Lowest plausible value.</param>
/// <param name="Max">Highest plausible value (inclusive).</param>
/// <param name="MinExclusive">True when <paramref name="Min"/> itself is not physical (0 carbon content, 0 oxidation).</param>
/// <param name="Source">Where the bounds come from.</param>
/// <param name="Status">verified / UNVERIFIED status of the bounds.</param>
/// <param name="Line">Line of the ranges table.</param>
public sealed record PlausibleRange(
    string Parameter,
    string? Gas,
    IReadOnlySet<string> Activities,
    FactorUnit Unit,
    double Min,
    double Max,
    bool MinExclusive,
    string Source,
    string Status,
    int Line)
{
    /// <summary>Relative slack on the bounds so that a bound converted between units is not missed by rounding.</summary>
    private const double RoundingSlack = 1e-9;

    /// <summary>True when the range is for this parameter, gas, activity and denominator dimension.</summary>
    public bool Matches(string parameter, string? gas, string? activity, FactorUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Parameter == parameter
            && (Gas is null || Gas == gas)
            && (Activities.Count == 0 || (activity is not null && Activities.Contains(activity)))
            && Unit.Denominator == unit.Denominator;
    }

    /// <summary>True when <paramref name="value"/> in <paramref name="unit"/> lies in the range.</summary>
    public bool Contains(double value, FactorUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        double engine = unit.ToEngine(value);
        double min = Unit.ToEngine(Min);
        double max = Unit.ToEngine(Max);
        double slack = RoundingSlack * Math.Max(Math.Abs(min), Math.Abs(max));
        bool aboveMin = MinExclusive ? engine > min : engine >= min - slack;
        return aboveMin && engine <= max + slack;
    }

    /// <summary>The range as a reader sees it, e.g. <c>(0, 1] fraction</c>.</summary>
    public string Text =>
        $"{(MinExclusive ? "(" : "[")}{Min.ToString("R", CultureInfo.InvariantCulture)}, {Max.ToString("R", CultureInfo.InvariantCulture)}] {Unit.Symbol}";
}
