using System.Text;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;
using GhgInventory.Reports.Html;

namespace GhgInventory.Cli.Commands;

/// <summary>Gathers what the HTML report shows from the workspace (summaries of every year of the run, its data versions and
/// factor sets) and writes the file; used by <c>ghg report --format html</c> and <c>ghg demo</c>.</summary>
public static class HtmlReportFile
{
    /// <summary>The report's data: <paramref name="summary"/> (the year reported) with the same region's summaries of every year the
    /// run covers, the change on the previous year, and the run's provenance.</summary>
    /// <param name="workspace">The open workspace.</param>
    /// <param name="run">The run reported.</param>
    /// <param name="summary">The summary of the region and year reported, as the other formats print it.</param>
    /// <param name="names">Names in the report's language.</param>
    /// <param name="summarize">Summarizes the run for another year of the region (as <paramref name="summary"/> was made).</param>
    public static HtmlReportData Load(Workspace workspace, RunHeader run, InventorySummary summary, ReportNames names, Func<int, InventorySummary> summarize)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(summarize);
        var regions = workspace.ReferenceOf(run)?.Regions ?? workspace.References.LoadRegions();
        var region = summary.Region.Code;
        var years = workspace.Runs.YearsCovered(run.Id, region, regions)
            .Select(y => y == summary.Year ? summary : summarize(y)).OrderBy(s => s.Year).ToList();
        var previous = years.FirstOrDefault(s => s.Year == summary.Year - 1);

        var used = workspace.Runs.VersionIdsOf(run.Id).ToHashSet();
        var files = workspace.Data.Versions(null, summary.Year).ToDictionary(v => (v.Region, v.Version), v => v);
        var versions = workspace.Data.VersionsOfYear(summary.Year)
            .Where(v => used.Contains(v.Id) && RegionCode.TryParse(v.Region, out var code) && regions.Contains(code) && regions.IsWithin(code, region))
            .OrderBy(v => v.Region, StringComparer.Ordinal)
            .Select(v =>
            {
                files.TryGetValue((v.Region, v.Version), out var file);
                return new HtmlDataVersion(v.Region, names.Of(regions[RegionCode.Parse(v.Region)]), v.Version, v.Change, file?.FileName, file?.BatchId);
            })
            .ToList();
        var setIds = workspace.Runs.FactorSetIdsOf(run.Id).ToHashSet();
        var sets = workspace.Factors.ListSets().Where(f => setIds.Contains(f.Id))
            .Select(f => new HtmlFactorSet(f.SetKey, names.T(f.NameZh, f.NameEn), f.Hash, f.FileName, f.Rows)).ToList();
        var info = new HtmlRunInfo(run.Id, run.CreatedAt.ToString(), run.EngineVersion, run.GwpSet, run.YearFrom, run.YearTo, run.Options,
            run.InputsSha256, versions, used.Count, sets);
        return new HtmlReportData(summary, years, info, names)
        {
            Change = previous is null ? null : YearOnYear.Of(summary, previous),
            ChangeIncludingLulucf = previous is null ? null : YearOnYear.Of(summary, previous, includingLulucf: true),
            Targets = Targets(workspace, run, region, summary.Year, regions),
            Decomposition = years.Count >= 2 ? Decomposition(workspace, run, region, years[0].Year, years[^1].Year) : null,
            Illustrative = Illustrative(IllustrativeInputs.Of(workspace.Connection, run.Id)),
        };
    }

    /// <summary>The scorecard, the region's intensity trajectories and the budgets from the bundled targets and budget files; null when
    /// neither file has a row for the region or a region below it.</summary>
    private static HtmlTargets? Targets(Workspace workspace, RunHeader run, RegionCode region, int year, RegionTree regions)
    {
        var targets = TargetsCommand.Read(null, regions);
        var budgets = Data.Targets.BudgetFile.Read(BudgetCommand.BundledBudgets, BundledData.ReadAllBytes(BudgetCommand.BundledBudgets), regions);
        // The scorecard reads the newest run covering its base year through the year, as `ghg targets` does: the report's own run may be
        // a one-year correction, whose missing 2020 would read as "no GDP in the base year" (issue 14, after the user trial).
        var needed = workspace.Targets.YearsNeeded(region, year, targets);
        var choice = workspace.ChooseRun(region, needed);
        if (choice.Run is null)
        {
            return new HtmlTargets(year, [], [], [])
            {
                RunNote = Text.Format(RunChoiceText.TargetsNoRun, needed[0], needed[^1], run.Id, run.YearFrom, run.YearTo),
            };
        }
        var scoring = choice.Run;
        var scored = workspace.Targets.Score(scoring, region, year, targets);
        var assessed = workspace.Targets.Budgets(scoring, region, budgets, year);
        if (scored.Count == 0 && assessed.Count == 0)
        {
            return null;
        }
        var series = workspace.Targets.Series(scoring, region, targets, year, ["energy_intensity", "co2_intensity"]);
        return new HtmlTargets(year, scored, series, assessed)
        {
            RunNote = scoring.Id == run.Id ? null : Text.Format(RunChoiceText.TargetsOtherRun, scoring.Id, scoring.YearFrom, scoring.YearTo, run.Id, needed[0], needed[^1]),
        };
    }

    private static HtmlIllustrative Illustrative(IllustrativeInputs i) =>
        new(i.IndicatorRows, i.IllustrativeIndicatorRows, i.ActivityRows, i.IllustrativeActivityRows);

    /// <summary>The decomposition of <paramref name="region"/>'s energy-related CO2 from the first to the last year of the run it has.</summary>
    private static HtmlDecomposition Decomposition(Workspace workspace, RunHeader run, RegionCode region, int fromYear, int toYear)
    {
        var intensities = workspace.Intensities(run, region, fromYear, years: [fromYear, toYear]);
        var decompositions = workspace.Comparisons.Decompose(run, region, fromYear, toYear, intensities.Cells, intensities.Economy, chained: false);
        return new HtmlDecomposition(fromYear, toYear, decompositions[0]);
    }

    /// <summary>Writes the report to <paramref name="path"/> (UTF-8) with its labels in the language of <paramref name="data"/>'s names.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written.</exception>
    public static void Write(string path, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var culture = UiCulture.Use(data.Names.Zh ? UiCulture.Chinese : UiCulture.English);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var sections = new List<Reports.Html.IHtmlSection> { new Reports.Html.Sections.ScorecardSection() };
        if (data.Decomposition is not null)
        {
            sections.Add(new Reports.Html.Sections.DecompositionSection());
        }
        sections.Add(new Reports.Html.Sections.ScenarioSection());
        HtmlReport.Write(writer, data, sections);
    }
}
