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
    IReadOnlyList<EmissionLine> Lines)
{
    /// <summary>Memo items (<see cref="MemoItems"/>: international bunkers 1.A.3.a.i and 1.A.3.d.i, CO2 from biomass,
    /// other memo lines of methods; feedstock carbon stays in NonEnergyUse), never inside a total (IPCC 2006 Vol 1 Ch 8 §8.2.1).</summary>
    public IReadOnlyList<EmissionLine> Memo => MemoItems.Of(Lines);

    /// <summary>The memo items summed over all their categories (apart from every total); no substance when there are none.</summary>
    public GasTotals MemoTotal => GasTotals.Of(Memo);

    /// <summary>The memo items summed per category node, in IPCC order, apart from every total; empty when there are none.</summary>
    public IReadOnlyList<CategoryTotal> MemoTotals { get; init; } = [];

    /// <summary>Every reporting-level category × gas with a number or a notation key and its reason (issue 15 item 10); null when the
    /// summary was built without the reporting cells.</summary>
    public CompletenessMatrix? Completeness { get; init; }

    /// <summary>Lines reported under a notation key instead of a number.</summary>
    public IEnumerable<EmissionLine> NotEstimated => Lines.Where(l => l.Notation is not null);

    /// <summary>Plausibility flags not yet accepted on the activity rows the run used in this region and year.</summary>
    public IReadOnlyList<QualityFlag> Flags { get; init; } = [];

    /// <summary>Why the run no longer matches the current data versions or factor sets of this region and year, one sentence each; empty while it does.</summary>
    public IReadOnlyList<string> StaleBecause { get; init; } = [];

    /// <summary>The run's policy for a year without its own grid factor (<c>--grid-year</c>), as recorded in its options.</summary>
    public Factors.GridYearPolicy GridYear { get; init; } = Factors.GridYearPolicy.Nearest;

    /// <summary>The grid factors that priced this year's purchased electricity, each marked when borrowed from another year.</summary>
    public IReadOnlyList<GridVintage> GridFactors => GridVintage.Of(Lines, GridYear);

    /// <summary>Fuel used as feedstock, per activity (memo: carbon, CO2 upper bound, energy), never in a total; empty when none.</summary>
    public IReadOnlyList<NonEnergyUse> NonEnergyUse { get; init; } = [];

    /// <summary>The energy of fuel used as feedstock, GJ, for the intensity rules that deduct it.</summary>
    public double FeedstockEnergyGj => NonEnergyUse.Sum(u => u.EnergyGj);

    /// <summary>The energy of fuel used as feedstock, tce (GB/T 2589 coefficients), or null when a fuel among them has no coefficient.</summary>
    public double? FeedstockEnergyTce => NonEnergyUse.All(u => u.EnergyTce is not null) ? NonEnergyUse.Sum(u => u.EnergyTce!.Value) : null;
    /// <summary>The region's records against its own control totals (e.g. the city energy balance), by activity; null when not computed.</summary>
    public ControlReconciliation? Control { get; init; }

    /// <summary>Which parts of the region the run has data for in this year; null when not known (a summary built outside a stored run).</summary>
    public Coverage? Coverage { get; init; }

    /// <summary>Final (年报) or provisional (快报): every report of a provisional run says so first (issue 14).</summary>
    public Domain.RunStatus Status { get; init; }

    /// <summary>The compiler's note on a provisional run; null when none.</summary>
    public string? StatusNote { get; init; }

    /// <summary>The edition of the provincial guideline the run was compiled with (its options text <c>edition=…</c>; 2011 for a run stored
    /// before issue 15), so a report says which factors its numbers rest on.</summary>
    public Factors.GuidelineEdition Edition { get; init; }

}
