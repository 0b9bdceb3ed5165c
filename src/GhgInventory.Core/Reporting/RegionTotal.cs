using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Territorial totals of one part of a region: a child region with everything below it, or the region's own records.</summary>
/// <param name="Region">The child region, or the region itself for its own (e.g. city-level) records.</param>
/// <param name="OwnRecordsOnly">True for the region's own records (市本级), not its children's.</param>
/// <param name="Totals">Totals.</param>
public sealed record RegionTotal(Region Region, bool OwnRecordsOnly, GasTotals Totals)
{
    /// <summary>The part's totals per category node, in IPCC order (as <see cref="InventorySummary.ByCategory"/> of the region), for
    /// tables that set the parts side by side by sector; empty when the summary was built without them.</summary>
    public IReadOnlyList<CategoryTotal> ByCategory { get; init; } = [];
}
