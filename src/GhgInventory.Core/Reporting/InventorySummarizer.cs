using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Reporting;

/// <summary>Aggregates a run's lines for one region and year: by category, by child region, the electricity bridge and the reconciliation.</summary>
public sealed class InventorySummarizer
{
    /// <summary>Relative tolerance of the reconciliation: summation order only, far below any reported digit.</summary>
    public const double ReconciliationRelativeTolerance = 1e-9;

    private static readonly string[] PowerCategories = ["1.A.1.a.i", "1.A.1.a.ii"];
    private const string HeatPlantCategory = "1.A.1.a.iii";
    private const string GenerationActivity = "electricity_generation";

    private readonly RegionTree regions;
    private readonly IReadOnlyDictionary<CategoryCode, Category> categories;

    /// <summary>Creates a summarizer over the region tree and category tree.</summary>
    public InventorySummarizer(RegionTree regions, IReadOnlyDictionary<CategoryCode, Category> categories)
    {
        this.regions = regions;
        this.categories = categories;
    }

    /// <summary>Summarizes <paramref name="lines"/> and <paramref name="sources"/> of run <paramref name="runId"/> for <paramref name="region"/> in <paramref name="year"/>.</summary>
    public InventorySummary Summarize(long runId, RegionCode region, int year, GwpSet gwp, IEnumerable<EmissionLine> lines, IEnumerable<EmissionSource> sources)
    {
        var inRegion = lines.Where(l => l.Year == year && regions.IsWithin(l.Region, region)).ToList();
        var territorial = inRegion.Where(l => l.Scope == EmissionScope.Territorial).ToList();
        var regionSources = sources.Where(s => s.Year == year && regions.IsWithin(s.Region, region)).ToList();

        var byRegion = RegionTotals(region, territorial);
        var total = GasTotals.Of(territorial);
        double parts = byRegion.Sum(r => r.Totals.Co2eTonnes);
        var reconciliation = new Reconciliation(total.Co2eTonnes, parts, Math.Max(1e-6, Math.Abs(total.Co2eTonnes) * ReconciliationRelativeTolerance));

        return new InventorySummary(runId, regions[region], year, gwp, total, CategoryTotals(territorial), byRegion,
            Bridge(total, inRegion, regionSources), reconciliation, inRegion)
        {
            NonEnergyUse = Reporting.NonEnergyUse.Of(inRegion, regionSources),
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
                result.Add(new RegionTotal(child, false, GasTotals.Of(childLines)));
            }
        }
        var own = territorial.Where(l => l.Region == region).ToList();
        if (own.Count > 0)
        {
            result.Add(new RegionTotal(regions[region], true, GasTotals.Of(own)));
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
                GasTotals.Of(kv.Value)))
            .ToList();
    }

    private IEnumerable<CategoryCode> SelfAndAncestors(CategoryCode code)
    {
        for (CategoryCode? c = code; c is { } current; c = categories.TryGetValue(current, out var node) ? node.Parent : null)
        {
            yield return current;
        }
    }

    private static ElectricityBridge Bridge(GasTotals territorial, List<EmissionLine> lines, List<EmissionSource> sources)
    {
        double Co2e(IEnumerable<EmissionLine> ls) => ls.Sum(l => l.Co2eTonnes ?? 0);
        var territorialLines = lines.Where(l => l.Scope == EmissionScope.Territorial).ToList();
        double power = Co2e(territorialLines.Where(l => PowerCategories.Any(l.Category.IsWithin)));
        double heatPlants = Co2e(territorialLines.Where(l => l.Category.IsWithin(HeatPlantCategory)));

        var electricity = lines.Where(l => l.Scope == EmissionScope.Indirect && l.Activity == PurchasedEnergyMethod.Electricity).ToList();
        var heat = lines.Where(l => l.Scope == EmissionScope.Indirect && l.Activity == PurchasedEnergyMethod.Heat).ToList();
        double purchasedElectricity = Co2e(electricity);
        // Heat moves into the consumption view only when every heat line has a factor; otherwise heat plants stay territorial.
        double? purchasedHeat = heat.Count > 0 && heat.All(l => l.Notation is null) ? Co2e(heat) : null;

        double consumption = territorial.Co2eTonnes - power + purchasedElectricity
            + (purchasedHeat is { } h ? h - heatPlants : 0);

        double Kwh(Func<EmissionSource, bool> which) =>
            sources.Where(which).Sum(s => s.ActivityBase) / Unit.GigajoulesPerKilowattHour;
        var notEstimated = electricity.Where(l => l.Notation is not null).Select(l => l.SourceIndex).ToHashSet();
        return new ElectricityBridge(
            territorial.Co2eTonnes, power, heatPlants, purchasedElectricity, purchasedHeat, consumption,
            GenerationKwh: Kwh(s => s.Activity == GenerationActivity),
            ConsumptionKwh: Kwh(s => s.Activity == PurchasedEnergyMethod.Electricity),
            ElectricityNotEstimatedKwh: Kwh(s => s.Activity == PurchasedEnergyMethod.Electricity && notEstimated.Contains(s.Index)));
    }
}
