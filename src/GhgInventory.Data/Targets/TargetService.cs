using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Targets;

/// <summary>Scores targets and carbon budgets against a stored run: the room of <see cref="Workspace"/> for issue 14's targets.</summary>
/// <remarks>The values scored are the run's indicator points (<see cref="Workspace.Intensities"/>, at the constant prices of each target's
/// base year); budgets count the inventory's territorial CO2 (<see cref="Workspace.Summarize"/>) or the CO2 for the target of a rule.</remarks>
public sealed class TargetService
{
    private readonly Workspace workspace;

    /// <summary>A service over <paramref name="workspace"/>.</summary>
    public TargetService(Workspace workspace) => this.workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));

    /// <summary>The regions scored for <paramref name="region"/>: itself, then every region below it (banners, parks), by code.</summary>
    public IReadOnlyList<RegionCode> RegionsOf(RegionCode region)
    {
        var regions = workspace.References.LoadRegions();
        return [region, .. regions.All.Where(r => r.Code != region && regions.IsWithin(r.Code, region)).Select(r => r.Code)];
    }

    /// <summary>The years a scorecard of <paramref name="region"/> in <paramref name="year"/> reads: the earliest base year of its targets (and
    /// those of the regions below it) through <paramref name="year"/>, since constant-price GDP is chained through every year between.</summary>
    public IReadOnlyList<int> YearsNeeded(RegionCode region, int year, IEnumerable<Target> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var within = RegionsOf(region).ToHashSet();
        var bases = targets.Where(t => within.Contains(t.Region)).Select(t => t.BaseYear).ToList();
        int first = bases.Count == 0 ? year : Math.Min(bases.Min(), year);
        return [.. Enumerable.Range(first, year - first + 1)];
    }

    /// <summary>
    /// Every target of <paramref name="targets"/> for <paramref name="region"/> or a region below it, scored in <paramref name="year"/>
    /// against the run's points: in the order of <see cref="RegionsOf"/>, then of the file. A target the run cannot compute is kept,
    /// with the reason.
    /// </summary>
    public IReadOnlyList<TargetAssessment> Score(RunHeader run, RegionCode region, int year, IReadOnlyList<Target> targets)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(targets);
        var order = RegionsOf(region).Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i);
        var mine = targets.Where(t => order.ContainsKey(t.Region)).ToList();
        // One computation of the points per price base year the targets use (intensities are at the base year's constant prices).
        // Only the base year and the year scored are read (TargetTrajectory.Assess); the accounts of the years between are not built.
        var pointsByBase = mine.Select(t => t.BaseYear).Distinct()
            .ToDictionary(b => b, b => workspace.Intensities(run, region, b, years: Within(run, [b, year])).Points);
        return mine.Select((t, i) => (t, i)).OrderBy(p => order[p.t.Region]).ThenBy(p => p.i)
            .SelectMany(p => TargetTrajectory.Assess(p.t, pointsByBase[p.t.BaseYear], year)).ToList();
    }

    /// <summary>The years of <paramref name="years"/> the run covers, in order, each once.</summary>
    private static IReadOnlyList<int> Within(RunHeader run, IEnumerable<int> years) =>
        [.. years.Where(y => y >= run.YearFrom && y <= run.YearTo).Distinct().Order()];

    /// <summary>The value and required path by year of <paramref name="region"/>'s own targets on <paramref name="indicators"/>, from each
    /// target's base year through <paramref name="lastYear"/> (one series per rule scored).</summary>
    public IReadOnlyList<TargetSeries> Series(RunHeader run, RegionCode region, IReadOnlyList<Target> targets, int lastYear, IReadOnlyCollection<string> indicators)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(indicators);
        var mine = targets.Where(t => t.Region == region && indicators.Contains(t.Indicator) && t.Kind != TargetKind.Reported).ToList();
        var pointsByBase = mine.Select(t => t.BaseYear).Distinct().ToDictionary(b => b, b => workspace.Intensities(run, region, b).Points);
        return mine.SelectMany(t => TargetTrajectory.Series(t, pointsByBase[t.BaseYear], lastYear)).ToList();
    }

    /// <summary>The budgets of <paramref name="budgets"/> for <paramref name="region"/> and the regions below it, assessed through <paramref name="throughYear"/>.</summary>
    public IReadOnlyList<BudgetAssessment> Budgets(RunHeader run, RegionCode region, IReadOnlyList<CarbonBudget> budgets, int throughYear)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        var within = RegionsOf(region);
        return budgets.Where(b => within.Contains(b.Region)).OrderBy(b => within.ToList().IndexOf(b.Region)).ThenBy(b => b.StartYear)
            .Select(b => Budget(run, b, throughYear).Assessment).ToList();
    }

    /// <summary>The annual CO2 of <paramref name="region"/> on a budget's <paramref name="basis"/> (territorial: without LULUCF, 3.B), t, for every year the run covers; a year
    /// without a figure is null, and so is a year whose CO2 is only a lower bound (lines under NE or C): a budget's use cannot be told from a
    /// lower bound, so the assessment names the year as unknown rather than count the known part as the whole.</summary>
    public IReadOnlyDictionary<int, double?> AnnualCo2(RunHeader run, RegionCode region, string basis)
    {
        ArgumentNullException.ThrowIfNull(run);
        var regions = workspace.References.LoadRegions();
        var years = workspace.Runs.YearsCovered(run.Id, region, regions);
        if (basis == CarbonBudget.Territorial)
        {
            // A budget counts emissions: land-use removals (3.B, negative lines) are not spent against it, so the territorial CO2 here is
            // without LULUCF, the "total excluding LULUCF" of national reporting (issue 15).
            return years.ToDictionary(y => y, y => GasTotals.Of(workspace.Summarize(run, region, y).Lines
                    .Where(l => l.Scope == EmissionScope.Territorial && !RemovalCategories.Lulucf.Allows(l.Category))).Co2
                is { HasNumber: true, IncompleteBecause.Count: 0 } cell ? (double?)cell.Tonnes : null);
        }
        var co2 = workspace.Intensities(run, region, run.YearFrom).Co2.Where(c => c.Region == region && c.Rule == basis).ToList();
        return years.ToDictionary(y => y, y => co2.FirstOrDefault(c => c.Year == y) is { LowerBoundBecause.Count: 0 } c ? c.Tonnes : null);
    }

    /// <summary>Assesses the budget of <paramref name="budget"/> through <paramref name="throughYear"/> from the run's CO2 on its basis.</summary>
    public (BudgetAssessment Assessment, IReadOnlyDictionary<int, double?> Annual) Budget(RunHeader run, CarbonBudget budget, int throughYear)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var annual = AnnualCo2(run, budget.Region, budget.Basis);
        return (BudgetArithmetic.Assess(budget, annual, throughYear), annual);
    }

    /// <summary>The planned project of the activity file <paramref name="path"/> (<c>ghg budget --project</c>, second form): checked as
    /// <c>ghg ingest --check</c> checks it, compiled in memory (never stored), one <see cref="ProjectEmissions"/> per year its rows give.</summary>
    /// <remarks>Its name is the rows' facility id when they share one, else the file's name without extension.</remarks>
    /// <exception cref="InputRejectedException">The check found issues (all of them, located), the file was imported before, or its rows are in more than one region.</exception>
    public IReadOnlyList<ProjectEmissions> PlannedProjects(string path)
    {
        var compiled = workspace.CompileUnstored(path);
        if (compiled.Check.IssueCount > 0)
        {
            throw new InputRejectedException(compiled.Check.Issues);
        }
        if (compiled.Check.AlreadyImportedAs is { } batch)
        {
            throw new InputRejectedException([new ValidationIssue(path, 0, null,
                Text.Format(ProjectDataText.FoundImported, batch.ToString(System.Globalization.CultureInfo.InvariantCulture)), ProjectDataText.ExpectedPlannedRows)]);
        }
        var regions = compiled.Records.Select(r => r.Region.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        if (regions.Count > 1)
        {
            throw new InputRejectedException([new ValidationIssue(path, 0, "region",
                Text.Format(ProjectDataText.FoundNoRegion, regions.Count, string.Join(", ", regions)), ProjectDataText.ExpectedOneRegion)]);
        }
        var facilities = compiled.Facilities.Distinct(StringComparer.Ordinal).ToList();
        string name = facilities is [{ Length: > 0 } one] ? one : Path.GetFileNameWithoutExtension(path);
        return ProjectEmissions.Of(compiled.Records, compiled.Result!.Lines, name);
    }
}
