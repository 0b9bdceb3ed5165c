using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Everything a report prints for one region and year of a run, already computed; reports only render it.</summary>
/// <param name="RunId">Inventory run.</param>
/// <param name="Region">Region reported.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Gwp">GWP set of the run.</param>
/// <param name="Territorial">Territorial totals.</param>
/// <param name="ByCategory">Totals per category node, in IPCC order.</param>
/// <param name="ByRegion">Totals per child region and the region's own records.</param>
/// <param name="Bridge">Territorial to consumption-based bridge.</param>
/// <param name="Reconciliation">Whole equals parts check.</param>
/// <param name="Lines">Every line in the region, territorial and indirect, with its factors.</param>
public sealed record InventorySummary(
    long RunId,
    Region Region,
    int Year,
    GwpSet Gwp,
    GasTotals Territorial,
    IReadOnlyList<CategoryTotal> ByCategory,
    IReadOnlyList<RegionTotal> ByRegion,
    ElectricityBridge Bridge,
    Reconciliation Reconciliation,
    IReadOnlyList<EmissionLine> Lines)
{
    /// <summary>Lines reported under a notation key instead of a number.</summary>
    public IEnumerable<EmissionLine> NotEstimated => Lines.Where(l => l.Notation is not null);

    /// <summary>Plausibility flags not yet accepted on the activity rows the run used in this region and year.</summary>
    public IReadOnlyList<QualityFlag> Flags { get; init; } = [];

    /// <summary>Why the run no longer matches the current data versions or factor sets of this region and year, one sentence each; empty while it does.</summary>
    public IReadOnlyList<string> StaleBecause { get; init; } = [];

    /// <summary>The region's records against its own control totals (e.g. the city energy balance), by activity; null when not computed.</summary>
    public ControlReconciliation? Control { get; init; }

    /// <summary>Which parts of the region the run has data for in this year; null when not known (a summary built outside a stored run).</summary>
    public Coverage? Coverage { get; init; }

    /// <summary>Lines of a fuel used as autoproducer, feedstock or transformation input, computed as combustion until their own method comes.</summary>
    public IReadOnlyList<EmissionLine> ComputedAsCombustion => OtherUses.ComputedAsCombustion(Lines);
}
