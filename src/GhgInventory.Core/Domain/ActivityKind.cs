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
    /// <summary>Any other activity (products, animals, waste, land) for methods still to come.</summary>
    Other,
    /// <summary>A socio-economic indicator (GDP, growth index, value added, population, renewable electricity, capacity) recorded in category 0:
    /// data for intensities, targets and decomposition, never an emission source.</summary>
    Indicator,
}
