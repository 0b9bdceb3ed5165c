namespace GhgInventory.Core.Accounting.Methods;

/// <summary>Where a methane molecule's carbon came from, which AR6 prices differently (IPCC AR6 WG1 Ch.7 Table 7.15: fossil CH4 29.8,
/// non-fossil 27.0): a line's GWP is the set's value for its origin where the set has one, the single value otherwise.</summary>
public enum CarbonOrigin
{
    /// <summary>Fossil carbon: fuel combustion, fugitive emissions from fuels (1.B), industrial processes.</summary>
    Fossil,
    /// <summary>Recent biological carbon: livestock, manure, soils, waste, biomass.</summary>
    NonFossil,
}
