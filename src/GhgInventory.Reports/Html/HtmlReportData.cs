using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Reports.Html;

/// <summary>Everything the HTML report shows, already computed: the summary of the year reported, the same region's summaries of
/// every year of the run (for the trends), the run's provenance and the year-on-year change; sections only render it.</summary>
/// <param name="Summary">The region and year reported (its <see cref="RegionTotal.ByCategory"/> sets the banners side by side).</param>
/// <param name="Years">The region's summaries of the years the run covers, oldest first, including <paramref name="Summary"/>'s year.</param>
/// <param name="Run">The run's identity, data versions and factor sets.</param>
/// <param name="Names">Names in the report's language.</param>
public sealed record HtmlReportData(InventorySummary Summary, IReadOnlyList<InventorySummary> Years, HtmlRunInfo Run, ReportNames Names)
{
    /// <summary>The change of the territorial CO2e on the previous year; null when the run has no previous year.</summary>
    public YearOnYear? Change { get; init; }

    /// <summary>The change of the total including LULUCF on the previous year (issue 15), shown beside <see cref="Change"/> when the region has
    /// land-use lines; null when the run has no previous year.</summary>
    public YearOnYear? ChangeIncludingLulucf { get; init; }

    /// <summary>The scorecard, trajectories and budgets of the region and the regions below it (issue 14); null when not computed.</summary>
    public HtmlTargets? Targets { get; init; }

    /// <summary>The LMDI decomposition of the region's energy-related CO2 from the first to the last year shown (the waterfall); null when not made.</summary>
    public HtmlDecomposition? Decomposition { get; init; }

    /// <summary>How many of the run's indicator and activity rows are labelled illustrative in their source; null when not counted.
    /// The targets and decomposition sections say so when any is (issue 14's user trial: the scorecard never said its GDP was made up).</summary>
    public HtmlIllustrative? Illustrative { get; init; }

    /// <summary>The outcomes of the scenarios to show (issue 16: the bundled baseline, plan, enhanced …, any number), in the order
    /// drawn; empty (the default) leaves the scenario section out of the report.</summary>
    public IReadOnlyList<ScenarioOutcome> Scenarios { get; init; } = [];

    /// <summary>The banner (or district) the scenario section draws beside the city, with its names; null for the city alone.
    /// It must be one of the outcomes' parts (<see cref="AreaOutcome.Region"/>), else the section says so and draws the city alone.</summary>
    public Region? ScenarioRegion { get; init; }

    /// <summary>The lever catalogue (<c>emission-factors/vocabulary/scenario-levers.csv</c>) whose <c>name_zh</c>/<c>name_en</c> name
    /// the levers of the tornado chart; null shows each lever's key, marked as not in the catalogue.</summary>
    public LeverCatalogue? LeverCatalogue { get; init; }
}

/// <summary>The run's input rows whose source says they are illustrative (示例数据 / illustrative): demo figures, not published statistics.</summary>
/// <param name="IndicatorRows">Socio-economic indicator rows (GDP, indices, population …) the run read.</param>
/// <param name="IllustrativeIndicatorRows">Of them, labelled illustrative.</param>
/// <param name="ActivityRows">Activity rows (energy and the other categories) the run read.</param>
/// <param name="IllustrativeActivityRows">Of them, labelled illustrative.</param>
public sealed record HtmlIllustrative(long IndicatorRows, long IllustrativeIndicatorRows, long ActivityRows, long IllustrativeActivityRows)
{
    /// <summary>True when any row is labelled illustrative.</summary>
    public bool Any => IllustrativeIndicatorRows > 0 || IllustrativeActivityRows > 0;
}

/// <summary>What identifies a run and what it read: header, data versions of the year reported and factor sets.</summary>
/// <param name="RunId">Run id.</param>
/// <param name="CreatedAtUtc">When it was compiled, ISO-8601 UTC.</param>
/// <param name="EngineVersion">Engine version that compiled it.</param>
/// <param name="GwpSet">GWP set (e.g. AR5).</param>
/// <param name="YearFrom">First year of the run.</param>
/// <param name="YearTo">Last year of the run.</param>
/// <param name="Options">Run options text (<c>grid=Regional; grid_year=nearest; chp=energy</c>).</param>
/// <param name="InputsSha256">SHA-256 of the run's inputs by content.</param>
/// <param name="Versions">The data versions the run used for the region and year reported, by region.</param>
/// <param name="RegionYears">How many region-year versions the run used in all its years.</param>
/// <param name="FactorSets">The factor sets the run was compiled with.</param>
public sealed record HtmlRunInfo(long RunId, string CreatedAtUtc, string EngineVersion, string GwpSet, int YearFrom, int YearTo, string Options,
    string InputsSha256, IReadOnlyList<HtmlDataVersion> Versions, int RegionYears, IReadOnlyList<HtmlFactorSet> FactorSets);

/// <summary>One data version a run used: a region-year's version and the file it came from.</summary>
/// <param name="Region">Region code.</param>
/// <param name="RegionName">Region name in the report's language.</param>
/// <param name="Version">Version number of the region-year (1, 2, …).</param>
/// <param name="Change">How it was made: import, replace, revert, …</param>
/// <param name="FileName">The file of its batch, when it has one.</param>
/// <param name="BatchId">Its batch, when it has one.</param>
public sealed record HtmlDataVersion(string Region, string RegionName, long Version, string Change, string? FileName, long? BatchId);

/// <summary>One factor set a run was compiled with.</summary>
/// <param name="Key">Set key (e.g. <c>ipcc-2006</c>).</param>
/// <param name="Name">Name in the report's language.</param>
/// <param name="Hash">Content hash.</param>
/// <param name="FileName">File or folder it was loaded from.</param>
/// <param name="Rows">Number of factor rows.</param>
public sealed record HtmlFactorSet(string Key, string Name, string Hash, string FileName, long Rows);
