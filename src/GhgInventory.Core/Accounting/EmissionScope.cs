namespace GhgInventory.Core.Accounting;

/// <summary>Which view of the inventory a line belongs to.</summary>
public enum EmissionScope
{
    /// <summary>Emitted inside the region (IPCC territorial inventory).</summary>
    Territorial,
    /// <summary>Emitted elsewhere to supply electricity or heat used in the region (consumption-based view only).</summary>
    Indirect,
}
