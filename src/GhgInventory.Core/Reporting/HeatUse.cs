using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>The heat used (热力) in one region of a bridge, the factor that priced it and whether heat moved into the consumption view there.</summary>
/// <param name="Region">The region whose records used the heat (a leaf of the bridge).</param>
/// <param name="HeatUsedGj">Heat used, GJ.</param>
/// <param name="Co2eTonnes">Heat used × heat factor, t CO2e; null when NE.</param>
/// <param name="Origin">Where the factor came from, short: <c>local heat_ef</c>, <c>derived from the heat supply of R …</c>, or <c>NE</c>.</param>
/// <param name="Derivation">The factor's derivation or source in full (plants, emissions, GJ), or the reason for NE.</param>
/// <param name="Moved">True when the region's heat supply was removed and its heat use added; false when the heat supply stays territorial.</param>
public sealed record HeatUse(RegionCode Region, double HeatUsedGj, double? Co2eTonnes, string Origin, string Derivation, bool Moved)
{
    /// <summary>Where the factor came from (local, derived or both; not estimated when NE).</summary>
    public HeatFactorSource Source { get; init; }

    /// <summary>The factor applied, t CO2e/GJ; null when NE.</summary>
    public double? FactorCo2ePerGj => Co2eTonnes / HeatUsedGj;
}
