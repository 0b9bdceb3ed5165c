using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Territorial totals of one part of a region: a child region with everything below it, or the region's own records.</summary>
/// <param name="Region">The child region, or the region itself for its own (e.g. city-level) records.</param>
/// <param name="OwnRecordsOnly">True for the region's own records (市本级), not its children's.</param>
/// <param name="Totals">Totals.</param>
public sealed record RegionTotal(Region Region, bool OwnRecordsOnly, GasTotals Totals);
