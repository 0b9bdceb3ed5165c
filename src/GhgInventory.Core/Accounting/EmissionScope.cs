namespace GhgInventory.Core.Accounting;

/// <summary>Which view of the inventory a line belongs to.</summary>
public enum EmissionScope
{
    /// <summary>Emitted inside the region (IPCC territorial inventory).</summary>
    Territorial,
    /// <summary>Emitted elsewhere to supply electricity or heat used in the region (consumption-based view only).</summary>
    Indirect,
    /// <summary>A memo item (stored scope text <c>memo</c>), such as the carbon of fuels used as feedstock: shown, never summed into a territorial or consumption-based total.</summary>
    Memo,
}
