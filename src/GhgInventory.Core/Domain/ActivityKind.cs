namespace GhgInventory.Core.Domain;

/// <summary>How the accounting core treats an activity.</summary>
public enum ActivityKind
{
    /// <summary>A fuel burnt where it is used: direct (territorial) emissions.</summary>
    Fuel,
    /// <summary>Purchased electricity or heat: indirect emissions in the consumption-based view.</summary>
    Secondary,
    /// <summary>An output such as electricity generated, used for the territorial/consumption bridge; no emissions of its own.</summary>
    Output,
    /// <summary>Any other activity, with no method: its lines are NE "no method yet".</summary>
    Other,
    /// <summary>A socio-economic indicator (GDP, growth index, value added, population, renewable electricity, capacity) recorded in category 0:
    /// data for intensities, targets and decomposition, never an emission source.</summary>
    Indicator,
    /// <summary>An amount produced, mined or handled that a process or fugitive method prices: coal mined, gas produced or transported,
    /// clinker, lime, calcium carbide, ferroalloys, steel, ammonia, methanol (IPCC 2006 Vol.2 Ch.4, Vol.3).</summary>
    Production,
    /// <summary>An animal population in head (annual average), for enteric fermentation and manure management (IPCC 2006 Vol.4 Ch.10).</summary>
    Livestock,
    /// <summary>A land area or area change in hectares, for carbon stock change (IPCC 2006 Vol.4 Ch.2–6).</summary>
    Land,
    /// <summary>An amount of solid waste or wastewater, or of what it carries (IPCC 2006 Vol.5).</summary>
    Waste,
    /// <summary>An amount of a material used or released: nitrogen applied, carbonate used, a fluorinated gas charged or emitted (IPCC 2006 Vol.3 Ch.7–8, Vol.4 Ch.11).</summary>
    Material,
    /// <summary>An amount recovered, used or destroyed that its method subtracts (coal-mine methane recovered and used or flared, landfill gas recovered).</summary>
    Recovery,
}
