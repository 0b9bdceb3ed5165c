using System.Runtime.InteropServices;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting;

/// <summary>Turns activity records into emission lines: sums records into sources, then applies the method each activity calls for.</summary>
/// <remarks>Pure and deterministic: the same records, factors and options give the same lines in the same order.</remarks>
public sealed class InventoryCompiler
{
    private readonly IReadOnlyDictionary<string, ActivityDefinition> activities;
    private readonly CombustionContext context;

    /// <summary>Creates a compiler over the activity vocabulary and a method context.</summary>
    public InventoryCompiler(IReadOnlyDictionary<string, ActivityDefinition> activities, CombustionContext context)
    {
        this.activities = activities;
        this.context = context;
    }

    /// <summary>Compiles <paramref name="records"/> (any order) into sources and lines.</summary>
    public CompileResult Compile(IReadOnlyList<ActivityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sources = GroupIntoSources(records);
        var lines = new List<EmissionLine>(sources.Count * 3);
        foreach (var source in sources)
        {
            lines.AddRange(LinesFor(source));
        }
        return new CompileResult(sources, lines);
    }

    private List<EmissionSource> GroupIntoSources(IReadOnlyList<ActivityRecord> records)
    {
        // Summing in id order keeps every total bit-identical however the records arrived.
        var inIdOrder = IsSortedById(records) ? records : records.OrderBy(r => r.Id).ToList();
        var groups = new Dictionary<SourceKey, SourceTotal>();
        foreach (var record in inIdOrder)
        {
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, new SourceKey(record.Region, record.Year, record.Category, record.Activity), out _);
            total ??= new SourceTotal();
            total.Sum += record.BaseQuantity;
            total.Ids.Add(record.Id);
        }

        var ordered = groups
            .OrderBy(g => g.Key.Year)
            .ThenBy(g => g.Key.Region.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Category.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Activity, StringComparer.Ordinal);
        var sources = new List<EmissionSource>(groups.Count);
        foreach (var ((region, year, category, activity), total) in ordered)
        {
            string baseUnit = activities.TryGetValue(activity, out var def) ? Unit.BaseOf(def.Dimension).Symbol : "";
            sources.Add(new EmissionSource(sources.Count, region, year, category, activity, total.Sum, baseUnit, total.Ids));
        }
        return sources;
    }

    private static bool IsSortedById(IReadOnlyList<ActivityRecord> records)
    {
        for (int i = 1; i < records.Count; i++)
        {
            if (records[i].Id < records[i - 1].Id)
            {
                return false;
            }
        }
        return true;
    }

    private IEnumerable<EmissionLine> LinesFor(EmissionSource source)
    {
        if (!activities.TryGetValue(source.Activity, out var activity))
        {
            return [NoMethod(source, $"activity {source.Activity} is not in the vocabulary")];
        }
        return activity.Kind switch
        {
            ActivityKind.Fuel when source.Category.IsWithin("1.A") => FuelCombustionMethod.Compute(source, activity, context),
            ActivityKind.Secondary => [PurchasedEnergyMethod.Compute(source, context)],
            ActivityKind.Output => [],
            _ => [NoMethod(source, $"no method yet for {source.Activity} in {source.Category}")],
        };
    }

    /// <summary>Running sum of one source while records are grouped.</summary>
    private sealed class SourceTotal
    {
        public double Sum { get; set; }

        public List<long> Ids { get; } = [];
    }

    private static EmissionLine NoMethod(EmissionSource source, string reason) =>
        new(source.Index, source.Region, source.Year, source.Category, source.Activity, Gas.CO2, EmissionScope.Territorial,
            null, null, null, NotationKey.NE, "none", "NE: " + reason, reason, []);
}
