using GhgInventory.Core.Units;

namespace GhgInventory.Core.Factors;

/// <summary>One published parameter value with its unit, scope and source, as one row of a factor set.</summary>
/// <param name="Id">Database id, the handle every emission line cites.</param>
/// <param name="SetKey">Factor set name, e.g. <c>china-provincial-2011</c>.</param>
/// <param name="Tier">Where the set comes from.</param>
/// <param name="Rank">Order of the set within its tier (1 first).</param>
/// <param name="Activity">Activity key; null for factors that do not depend on one.</param>
/// <param name="Parameter">ncv, carbon_content, oxidation, ef, coal_equivalent, grid_ef, …</param>
/// <param name="Gas">The gas an <c>ef</c> or <c>grid_ef</c> is for; null otherwise.</param>
/// <param name="Category">IPCC category prefix it applies to; null for all.</param>
/// <param name="Region">Region code, <c>grid:…</c> key, or null for everywhere.</param>
/// <param name="ValidFrom">First year it applies to; null for open.</param>
/// <param name="ValidTo">Last year it applies to; null for open.</param>
/// <param name="Value">The value exactly as published.</param>
/// <param name="Unit">The unit as published.</param>
/// <param name="UncertaintyPct">Half-width of the 95 % range in percent, where published.</param>
/// <param name="Source">Source document.</param>
/// <param name="Table">Table or section of the source.</param>
/// <param name="Status">verified / UNVERIFIED transcription status.</param>
public sealed record Factor(
    long Id,
    string SetKey,
    FactorTier Tier,
    int Rank,
    string? Activity,
    string Parameter,
    string? Gas,
    string? Category,
    string? Region,
    int? ValidFrom,
    int? ValidTo,
    double Value,
    FactorUnit Unit,
    double? UncertaintyPct,
    string Source,
    string? Table,
    string Status)
{
    /// <summary>The value in engine units (GJ, tC, t gas, tce per t, m3 or GJ of activity).</summary>
    public double EngineValue => Unit.ToEngine(Value);

    /// <summary>True when the factor covers <paramref name="year"/>.</summary>
    public bool Covers(int year) => (ValidFrom is null || year >= ValidFrom) && (ValidTo is null || year <= ValidTo);

    /// <summary>The value and unit as published, e.g. <c>20908 kJ/kg</c>.</summary>
    public string Published => $"{Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {Unit.Symbol}";
}
