using System.Globalization;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Power;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Reporting;

/// <summary>Aggregates a run's lines for one region and year: by category, by child region and the electricity bridge (the reconciliation against control totals is added by the caller, <see cref="InventorySummary.Control"/>).</summary>
public sealed class InventorySummarizer
{
    /// <summary>Relative difference between heat used and heat supplied in a region beyond which the bridge says so (10 %, a judgement: heat losses in networks are a few percent).</summary>
    public const double HeatBalanceTolerance = 0.10;

    private readonly RegionTree regions;
    private readonly IReadOnlyDictionary<CategoryCode, Category> categories;
    private readonly RemovalCategories lulucf;
    private readonly Func<Gas, bool>? isGreenhouse;
    private readonly IReadOnlyList<ReportingCell>? reportingCells;

    /// <summary>Creates a summarizer over the region tree and category tree.</summary>
    /// <param name="regions">Region tree.</param>
    /// <param name="categories">Category tree.</param>
    /// <param name="lulucf">The land-use categories kept apart in region totals (totals excluding and including LULUCF); null for 3.B
    /// (<see cref="RemovalCategories.Lulucf"/>, IPCC 2006 Vol 4).</param>
    /// <param name="reportingCells">The applicable cells of the completeness matrix (reporting-cells.csv); null: no matrix is built.</param>
    /// <param name="isGreenhouse">Whether a substance counts towards CO2e (substances.csv kind <c>ghg</c>); null counts every substance.</param>
    public InventorySummarizer(RegionTree regions, IReadOnlyDictionary<CategoryCode, Category> categories, RemovalCategories? lulucf = null,
        Func<Gas, bool>? isGreenhouse = null, IReadOnlyList<ReportingCell>? reportingCells = null)
    {
        this.reportingCells = reportingCells;
        this.isGreenhouse = isGreenhouse;
        this.regions = regions;
        this.categories = categories;
        this.lulucf = lulucf ?? RemovalCategories.Lulucf;
    }

    /// <summary>Summarizes <paramref name="lines"/> and <paramref name="sources"/> of run <paramref name="runId"/> for <paramref name="region"/> in <paramref name="year"/>.</summary>
    /// <remarks><paramref name="chpSplit"/> is the run's CHP split (its options text); null for the default, energy output.</remarks>
    public InventorySummary Summarize(long runId, RegionCode region, int year, GwpSet gwp, IEnumerable<EmissionLine> lines, IEnumerable<EmissionSource> sources,
        ChpSplit? chpSplit = null)
    {
        var inRegion = lines.Where(l => l.Year == year && regions.IsWithin(l.Region, region)).ToList();
        var territorial = inRegion.Where(l => l.Scope == EmissionScope.Territorial).ToList();
        var regionSources = sources.Where(s => s.Year == year && regions.IsWithin(s.Region, region)).ToList();

        var byRegion = RegionTotals(region, territorial);
        // Issue 15: the region's total leaves land use (3.B) out of its figures and carries it apart and included; memo lines
        // (bunkers, biomass CO2, feedstock carbon) are in no total, only in Memo.
        var total = GasTotals.Total(territorial, lulucf, isGreenhouse);

        return new InventorySummary(runId, regions[region], year, gwp, total, CategoryTotals(territorial), byRegion,
            Bridge(total, inRegion, regionSources, chpSplit ?? ChpSplit.EnergyOutput), inRegion)
        {
            NonEnergyUse = Reporting.NonEnergyUse.Of(inRegion, regionSources),
            MemoTotals = CategoryTotals(MemoItems.Of(inRegion).ToList()),
            Completeness = reportingCells is null ? null : CompletenessMatrix.Build(reportingCells, categories, inRegion, isGreenhouse),
        };
    }

    private List<RegionTotal> RegionTotals(RegionCode region, List<EmissionLine> territorial)
    {
        var result = new List<RegionTotal>();
        foreach (var child in regions.ChildrenOf(region))
        {
            var childLines = territorial.Where(l => regions.IsWithin(l.Region, child.Code)).ToList();
            if (childLines.Count > 0)
            {
                result.Add(new RegionTotal(child, false, GasTotals.Total(childLines, lulucf, isGreenhouse)) { ByCategory = CategoryTotals(childLines) });
            }
        }
        var own = territorial.Where(l => l.Region == region).ToList();
        if (own.Count > 0)
        {
            result.Add(new RegionTotal(regions[region], true, GasTotals.Total(own, lulucf, isGreenhouse)) { ByCategory = CategoryTotals(own) });
        }
        return result;
    }

    private List<CategoryTotal> CategoryTotals(List<EmissionLine> territorial)
    {
        var linesByNode = new Dictionary<CategoryCode, List<EmissionLine>>();
        foreach (var line in territorial)
        {
            foreach (var node in SelfAndAncestors(line.Category))
            {
                if (!linesByNode.TryGetValue(node, out var list))
                {
                    linesByNode[node] = list = [];
                }
                list.Add(line);
            }
        }
        return linesByNode
            .OrderBy(kv => kv.Key, CategoryOrder.Instance)
            .Select(kv => new CategoryTotal(
                categories.TryGetValue(kv.Key, out var c) ? c : new Category(kv.Key, null, kv.Key.Value, kv.Key.Value),
                SelfAndAncestors(kv.Key).Count() - 1,
                GasTotals.Of(kv.Value, isGreenhouse)))
            .ToList();
    }

    private IEnumerable<CategoryCode> SelfAndAncestors(CategoryCode code)
    {
        for (CategoryCode? c = code; c is { } current; c = categories.TryGetValue(current, out var node) ? node.Parent : null)
        {
            yield return current;
        }
    }

    /// <summary>The bridge of <paramref name="lines"/> and <paramref name="sources"/> (one region and year, everything below it included), by the rule of issue 12.</summary>
    /// <remarks>The summarized region decides whether heat moves: it does when the region has heat-use rows priced by a factor; then all heat-supply
    /// emissions in it are removed and all heat used in it priced; otherwise all stay.</remarks>
    public static ElectricityBridge Bridge(GasTotals territorial, IReadOnlyList<EmissionLine> lines, IReadOnlyList<EmissionSource> sources, ChpSplit split)
    {
        ArgumentNullException.ThrowIfNull(territorial);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(split);
        static double Co2e(IEnumerable<EmissionLine> ls) => ls.Sum(l => l.Co2eTonnes ?? 0);
        var plants = PlantGroups.Find(sources, lines, split);
        double electricityGeneration = plants.Sum(p => p.ElectricityCo2eTonnes);
        double heatSupply = plants.Sum(p => p.HeatCo2eTonnes);

        var electricity = lines.Where(PurchasedEnergyMethod.IsElectricityUsed).ToList();
        double purchasedElectricity = Co2e(electricity);

        var heatUses = new List<HeatUse>();
        var problems = plants.Where(p => p.Problem is not null).Select(p => Say.Now(nameof(CoreText.ProblemOf), p.Name, p.Problem)).ToList();
        problems.AddRange(plants.Where(p => p.Counted && p.FuelNotEstimated).Select(p => Say.Now(nameof(CoreText.PlantFuelNotEstimated), p.Name)));
        problems.AddRange(plants.Where(p => p.Counted && (p.OutputNotEstimated || p.GenerationMissing || p.HeatMissing) && p.FuelCo2eTonnes > 0)
            .Select(p => Say.Now(nameof(CoreText.PlantOutputNotKnown), p.Name, p.ShareArithmetic)));
        // Issue 12 (tester finding): the summarized region decides, not each leaf. Heat moves when the region has heat-use rows priced by a
        // factor; then all heat-supply emissions in the region are removed and all heat used in it is priced (NE where no factor), else all
        // stays. Deciding per leaf counted heat sent from one banner to another twice at city level.
        var heatSources = sources.Where(s => s.Activity == PurchasedEnergyMethod.Heat).ToList();
        var heatLines = lines.Where(PurchasedEnergyMethod.IsHeatUsed).ToList();
        bool moves = heatSources.Any(s => s.ActivityBase > 0 && heatLines.Any(l => l.SourceIndex == s.Index && l.Notation is null));
        problems.AddRange(sources
            .Where(s => s.Use is FuelUse.Transformation or FuelUse.Output && PlantGroups.IsPowerOrHeatPlant(s.Category.Value))
            .Select(s => Say.Now(nameof(CoreText.WrongUseAtPlant), s.Region.Value, s.Year, s.Category.Value, s.Activity, s.Use == FuelUse.Transformation ? "transformation" : "output"))
            .Distinct());
        double purchasedHeat = 0;
        foreach (var leaf in heatSources.Select(s => s.Region).Distinct().OrderBy(r => r.Value, StringComparer.Ordinal))
        {
            double usedGj = heatSources.Where(s => s.Region == leaf).Sum(s => s.ActivityBase);
            var heat = heatLines.Where(l => l.Region == leaf).ToList();
            bool priced = usedGj > 0 && heat.Count > 0 && heat.All(l => l.Notation is null);
            if (!priced)
            {
                string reason = heat.Select(l => l.Note).FirstOrDefault(n => n is not null) ?? Say.Now(nameof(CoreText.NoHeatUsed));
                heatUses.Add(new HeatUse(leaf, usedGj, null, "NE", reason, Moved: false));
                if (usedGj > 0)
                {
                    problems.Add(Say.Now(moves ? nameof(CoreText.HeatUsedNeMoves) : nameof(CoreText.HeatUsedNeStays), leaf.Value, reason));
                }
                continue;
            }
            double co2e = Co2e(heat);
            purchasedHeat += co2e;
            string local = string.Join("; ", heat.SelectMany(l => l.Factors)
                .Select(f => Say.Now(nameof(CoreText.LocalHeatEf), f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Source, f.SetKey)).Distinct());
            var derivedLines = heat.Where(l => l.Method == DerivedHeatFactor.Method && l.Note is not null).ToList();
            var derived = derivedLines.Select(l => l.Note!).Distinct().ToList();
            string origin = derived.Count > 0
                ? DerivedOrigin(derivedLines[0]) + (local.Length > 0 ? Say.Now(nameof(CoreText.LocalHeatEfSome)) : "")
                : Say.Now(nameof(CoreText.LocalHeatEfOrigin));
            string derivation = string.Join("; ", derived.Append(local).Where(t => t.Length > 0));
            var source = derived.Count == 0 ? HeatFactorSource.Local : local.Length > 0 ? HeatFactorSource.LocalAndDerived : HeatFactorSource.Derived;
            heatUses.Add(new HeatUse(leaf, usedGj, co2e, origin, derivation, Moved: true) { Source = source });
        }
        double heatStayed = moves ? 0 : heatSupply;
        double heatRemoved = moves ? heatSupply : 0;
        if (moves)
        {
            double suppliedGj = plants.Where(p => p.Counted).Sum(p => p.HeatSuppliedGj ?? 0);
            double usedGj = heatSources.Sum(s => s.ActivityBase);
            if (suppliedGj > 0 && Math.Abs(usedGj - suppliedGj) > HeatBalanceTolerance * suppliedGj)
            {
                problems.Add(Say.Now(usedGj < suppliedGj ? nameof(CoreText.HeatFarBelow) : nameof(CoreText.HeatFarAbove), Numbers.Format(usedGj, 0), Numbers.Format(suppliedGj, 0)));
            }
            else if (suppliedGj == 0 && heatSupply > 0)
            {
                problems.Add(Say.Now(nameof(CoreText.HeatSuppliedNe)));
            }
        }
        double consumption = territorial.Co2eTonnes - electricityGeneration + purchasedElectricity - heatRemoved + purchasedHeat;

        double Kwh(IEnumerable<EmissionSource> which) => which.Sum(s => s.ActivityBase) / Unit.GigajoulesPerKilowattHour;
        // Electricity no grid factor priced: the method's own NE lines, not a source's NE part beside its numbers (re-test finding).
        var notEstimated = electricity.Where(l => l.Notation is not null && l.Method == PurchasedEnergyMethod.Name).Select(l => l.SourceIndex).ToHashSet();
        var used = sources.Where(s => s.Activity == PurchasedEnergyMethod.Electricity).ToList();
        var electricityCell = GasTotals.Of(electricity).Co2e;
        var heatCell = GasTotals.Of(heatLines).Co2e;
        bool heatNotPriced = heatUses.Any(h => h.Co2eTonnes is null && h.HeatUsedGj > 0);
        var consumptionKeys = territorial.Co2e.Keys.Where(NotationKeys.LeavesTotalIncomplete)
            .Concat(electricityCell.Keys.Where(NotationKeys.LeavesTotalIncomplete))
            .Concat(heatCell.Keys.Where(NotationKeys.LeavesTotalIncomplete))
            .Concat(heatNotPriced ? [NotationKey.NE] : []) // heat used with no factor leaves the consumption view incomplete
            .Concat(plants.Any(p => p.SplitUnknown) ? [NotationKey.NE] : []); // a CHP split resting on one output, or on none
        bool consumptionHasNumber = territorial.Co2e.HasNumber || electricityCell.HasNumber || moves && heatCell.HasNumber;
        return new ElectricityBridge(
            territorial.Co2eTonnes, electricityGeneration, heatSupply, heatRemoved, heatStayed, purchasedElectricity, moves ? purchasedHeat : null, consumption,
            GenerationKwh: plants.Where(p => p.Counted).Sum(p => p.GenerationKwh ?? 0),
            ConsumptionKwh: Kwh(used),
            ElectricityNotEstimatedKwh: Kwh(used.Where(s => notEstimated.Contains(s.Index))),
            GenerationMissing: plants.Any(p => p.GenerationMissing),
            split, plants, heatUses, problems)
        {
            TerritorialCell = territorial.Co2e,
            PurchasedElectricityCell = electricityCell,
            // Where heat stays, heat used is not priced: NE when some has no factor (the consumption view carries it), else 0 (none used).
            PurchasedHeatCell = moves ? heatCell : heatNotPriced ? new GasCell(0, false, [NotationKey.NE]) : new GasCell(0, true, []),
            ConsumptionCell = new GasCell(consumption, consumptionHasNumber, GasCell.Ordered(consumptionKeys)),
            ConsumptionNotEstimated = used.Any(s => s.Notation is not null || s.PartNotation is not null),
            GenerationNotEstimated = plants.Any(p => p.Counted && p.GenerationNotEstimated) && !plants.Any(p => p.Counted && p.GenerationGj is > 0)
                || plants.Any(p => !p.Counted && p.GenerationGj is > 0), // a plant left out of the bridge: its generation is not in the sum
        };
    }

    /// <summary>Where a derived heat factor came from, read from a heat line's note: its origin and, for an enclosing region, which
    /// (the note before its arithmetic); a note stored before issue 13 is plain English, cut at its first colon as it always was.</summary>
    private static string DerivedOrigin(EmissionLine line) =>
        line.NoteText is { Key: nameof(CoreText.HeatNote), Arguments.Count: 3 } note
            ? note.Arguments[0].Render() + note.Arguments[1].Render()
            : line.Note!.Split(':')[0];
}
