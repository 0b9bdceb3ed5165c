using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Analysis;

/// <summary>The room behind <see cref="Workspace.Economy"/> and <see cref="Workspace.Intensities"/>: reads a run's sources, lines, factor sets
/// and indicator rows, and hands them to <see cref="EnergyAccountant"/> and <see cref="IntensityCalculator"/>.</summary>
/// <param name="workspace">The open workspace.</param>
public sealed class IntensityService(Workspace workspace)
{
    /// <summary>The socio-economic indicators of <paramref name="run"/> (its sources of category 0), each with the file and line of its first record.</summary>
    public EconomicSeries Economy(RunHeader run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var values = new List<IndicatorValue>();
        for (int year = run.YearFrom; year <= run.YearTo; year++)
        {
            values.AddRange(Indicators(run, workspace.Runs.LoadSources(run.Id, year)));
        }
        return new EconomicSeries(values);
    }

    /// <summary>The energy accounts, CO2 for the target and indicator points of <paramref name="region"/> and every region below it, every year of <paramref name="run"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="region">The region.</param>
    /// <param name="baseYear">The price base year of the intensities (2020 for the 14th Five-Year Plan targets).</param>
    /// <param name="options">Basis and rules; <see cref="IntensityOptions.Default"/> when null.</param>
    /// <param name="years">Only these years when given (each within the run); every year of the run otherwise.</param>
    public IntensityResult Intensities(RunHeader run, RegionCode region, int baseYear, IntensityOptions? options = null, IReadOnlyList<int>? years = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= IntensityOptions.Default;
        var snapshot = workspace.ReferenceOf(run);
        var regions = snapshot?.Regions ?? workspace.References.LoadRegions();
        var summarizer = new InventorySummarizer(regions, snapshot?.Categories ?? workspace.References.LoadCategories());
        var activities = workspace.References.LoadActivities();
        var factors = new FactorResolver(workspace.Factors.LoadFactors(workspace.Runs.FactorSetIdsOf(run.Id)), regions);
        var targets = Below(regions, region).ToList();
        var runYears = Enumerable.Range(run.YearFrom, run.YearTo - run.YearFrom + 1).ToList();
        var loaded = runYears.ToDictionary(y => y, y => workspace.Runs.LoadSources(run.Id, y));
        var economy = new EconomicSeries(loaded.SelectMany(kv => Indicators(run, kv.Value)));
        var accounts = new List<EnergyAccount>();
        var co2 = new List<Co2ForTarget>();
        var points = new List<IndicatorPoint>();
        foreach (int year in years ?? runYears)
        {
            if (!loaded.TryGetValue(year, out var sources))
            {
                continue;
            }
            var lines = workspace.Runs.LoadLines(run.Id, year);
            foreach (var code in targets)
            {
                var bridge = summarizer.Summarize(run.Id, code, year, new GwpSet(run.GwpSet), lines, sources, Core.Power.ChpSplit.FromOptionText(run.Options)).Bridge;
                var account = EnergyAccountant.Build(code, year, options.Basis, regions, sources, lines, activities, factors,
                    bridge.GenerationMissing ? null : bridge.GenerationKwh, bridge.ConsumptionKwh, economy);
                var co2s = options.Co2Rules.Select(r => EnergyAccountant.Co2(account, lines, regions, factors, r)).ToList();
                double territorial = lines.Where(l => l.Scope == EmissionScope.Territorial && l.Gas == Gas.CO2 && regions.IsWithin(l.Region, code))
                    .Sum(l => l.MassTonnes ?? 0);
                accounts.Add(account);
                co2.AddRange(co2s);
                points.AddRange(IntensityCalculator.Compute(account, co2s, territorial, economy, baseYear, options.EnergyRules));
            }
        }
        return new IntensityResult(region, baseYear, options, accounts, co2, points, economy);
    }

    /// <summary>The region and every region below it, the region first.</summary>
    private static IEnumerable<RegionCode> Below(RegionTree regions, RegionCode region)
    {
        yield return region;
        foreach (var child in regions.ChildrenOf(region).OrderBy(r => r.Code.Value, StringComparer.Ordinal))
        {
            foreach (var code in Below(regions, child.Code))
            {
                yield return code;
            }
        }
    }

    /// <summary>The indicator values among <paramref name="sources"/>, located by the file and line of their first record.</summary>
    private List<IndicatorValue> Indicators(RunHeader run, IReadOnlyList<EmissionSource> sources)
    {
        var indicators = sources.Where(s => s.Category.ToString() == IndicatorKeys.Category).ToList();
        if (indicators.Count == 0)
        {
            return [];
        }
        var records = workspace.Runs.RecordsOf(indicators.Select(s => (long)s.Index).ToList(), 1);
        return indicators.Select(s => new IndicatorValue(s.Region, s.Year, s.Activity, s.Notation is null ? s.ActivityBase : null, s.Notation, s.NotationNote,
            records.TryGetValue(s.Index, out var r) && r.Records.Count > 0 ? r.Records[0].Location : null)).ToList();
    }
}
