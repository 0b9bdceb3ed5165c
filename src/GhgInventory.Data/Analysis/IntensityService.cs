using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
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
        var runYears = Enumerable.Range(run.YearFrom, run.YearTo - run.YearFrom + 1);
        return Economy(run, runYears.ToDictionary(y => y, y => workspace.Runs.LoadSources(run.Id, y)), workspace.References.LoadActivities());
    }

    /// <summary>The indicator values of the sources loaded per year, named as the vocabulary names them.</summary>
    private EconomicSeries Economy(RunHeader run, IReadOnlyDictionary<int, IReadOnlyList<EmissionSource>> loaded, IReadOnlyDictionary<string, ActivityDefinition> activities) =>
        new(loaded.SelectMany(kv => Indicators(run, kv.Value)), activities);

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
        var split = Core.Power.ChpSplit.FromOptionText(run.Options);
        var activities = workspace.References.LoadActivities();
        var factors = new FactorResolver(workspace.Factors.LoadFactors(workspace.Runs.FactorSetIdsOf(run.Id)), regions);
        var targets = Below(regions, region).ToList();
        var runYears = Enumerable.Range(run.YearFrom, run.YearTo - run.YearFrom + 1).ToList();
        // The years asked and every year between them and the base year (the constant-price chain runs through each); not the whole run.
        var asked = years ?? runYears;
        int first = Math.Min(asked.Count == 0 ? baseYear : asked.Min(), baseYear), last = Math.Max(asked.Count == 0 ? baseYear : asked.Max(), baseYear);
        var loaded = runYears.Where(y => y >= first && y <= last).ToDictionary(y => y, y => workspace.Runs.LoadSources(run.Id, y));
        var economy = Economy(run, loaded, activities);
        var accounts = new List<EnergyAccount>();
        var co2 = new List<Co2ForTarget>();
        var points = new List<IndicatorPoint>();
        foreach (int year in asked)
        {
            if (!loaded.TryGetValue(year, out var sources))
            {
                continue;
            }
            var lines = workspace.Runs.LoadLines(run.Id, year);
            foreach (var code in targets)
            {
                // The bridge alone (InventorySummarizer.Bridge, as Workspace.Summarize computes it) gives generation and use.
                var inRegion = lines.Where(l => regions.IsWithin(l.Region, code)).ToList();
                var regionSources = sources.Where(s => regions.IsWithin(s.Region, code)).ToList();
                var territorialLines = inRegion.Where(l => l.Scope == EmissionScope.Territorial).ToList();
                var bridge = InventorySummarizer.Bridge(GasTotals.Of(territorialLines), inRegion, regionSources, split);
                var account = EnergyAccountant.Build(code, year, options.Basis, regions, regionSources, inRegion, activities, factors,
                    bridge.GenerationMissing ? null : bridge.GenerationKwh, bridge.ConsumptionKwh, economy);
                var co2s = options.Co2Rules.Select(r => EnergyAccountant.Co2(account, inRegion, regions, factors, r)).ToList();
                // Territorial CO2 per capita needs the whole territorial CO2: a line under NE or C leaves it without a figure (said as NE), never
                // the known part divided by the population as if it were all of it.
                // Per-capita CO2 is of emissions without LULUCF (3.B removals are a sink, not an emission of the population), as national
                // totals "excluding LULUCF" are; the target CO2 (co2s) is territorial energy CO2 (1.A) and has no land lines anyway.
                var territorialCo2 = GasTotals.Of(territorialLines.Where(l => l.Gas == Gas.CO2 && !RemovalCategories.Lulucf.Allows(l.Category)).ToList()).Co2;
                double? territorial = territorialCo2.HasNumber && territorialCo2.IncompleteBecause.Count == 0 ? territorialCo2.Tonnes : null;
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
        var records = workspace.Runs.RecordsOf(indicators.Select(s => (long)s.Index).ToList(), RecordsRead);
        return indicators.Select(s =>
        {
            var rows = records.TryGetValue(s.Index, out var r) ? r.Records : [];
            var notation = s.Notation ?? NotationOf(rows);
            return new IndicatorValue(s.Region, s.Year, s.Activity, notation is null ? s.ActivityBase : null, notation, s.NotationNote,
                (rows.FirstOrDefault(x => x.Notation is not null && notation is not null) ?? (rows.Count > 0 ? rows[0] : null))?.Location);
        }).ToList();
    }

    // Indicator rows of one region-year-key are one row in practice; this many are read to find a notation key among them.
    private const int RecordsRead = 64;

    /// <summary>The notation key an indicator stands under, from its records: an indicator has no emission line, so the run does not keep the key
    /// of a row written NE or C (issue 14: the sum 0 was then read as a GDP index of 0, an intensity of Infinity). NE or C on any row makes the
    /// whole value unknown; a row of NO, NA or IE with no number beside it gives that key; numbers alone give none.</summary>
    private static NotationKey? NotationOf(IReadOnlyList<RecordTrace> rows)
    {
        var keys = rows.Where(x => x.Notation is not null).Select(x => Enum.Parse<NotationKey>(x.Notation!, ignoreCase: true)).ToList();
        var unknown = keys.Where(k => k is NotationKey.NE or NotationKey.C).ToList();
        if (unknown.Count > 0)
        {
            return unknown[0];
        }
        return keys.Count > 0 && rows.All(x => x.Notation is not null) ? keys[0] : null;
    }
}
