using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Core.Analysis;

/// <summary>The change of a region's territorial CO2e between two years of a run: in total and by category, gas, fuel, use and
/// the regions directly below it (banners and districts of a city).</summary>
/// <param name="Region">The region compared.</param>
/// <param name="FromYear">The earlier year.</param>
/// <param name="ToYear">The later year.</param>
/// <param name="Total">The region's total.</param>
/// <param name="ByCategory">By IPCC category, at the depth of 1.A.1 (three levels), in IPCC order.</param>
/// <param name="ByGas">By gas.</param>
/// <param name="ByFuel">By activity (fuel, product, …).</param>
/// <param name="ByUse">By use of fuel (combustion, autoproducer, feedstock, transformation).</param>
/// <param name="ByRegion">By the regions directly below <paramref name="Region"/> (lines of the region itself under its own code).</param>
public sealed record YearComparison(RegionCode Region, int FromYear, int ToYear, ChangeRow Total, IReadOnlyList<ChangeRow> ByCategory,
    IReadOnlyList<ChangeRow> ByGas, IReadOnlyList<ChangeRow> ByFuel, IReadOnlyList<ChangeRow> ByUse, IReadOnlyList<ChangeRow> ByRegion)
{
    /// <summary>The depth at which categories are grouped (1.A.1).</summary>
    public const int CategoryDepth = 3;

    /// <summary>Compares the territorial lines of two years of <paramref name="region"/> (the lines of it and every region below it).</summary>
    /// <param name="region">The region.</param>
    /// <param name="fromYear">The earlier year.</param>
    /// <param name="toYear">The later year.</param>
    /// <param name="fromLines">The run's lines of the earlier year (other regions and scopes are ignored).</param>
    /// <param name="toLines">The run's lines of the later year.</param>
    /// <param name="regions">The region tree.</param>
    public static YearComparison Of(RegionCode region, int fromYear, int toYear, IEnumerable<EmissionLine> fromLines, IEnumerable<EmissionLine> toLines, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var before = Territorial(fromLines, region, regions);
        var after = Territorial(toLines, region, regions);
        var children = regions.ChildrenOf(region).Select(r => r.Code).ToList();
        string RegionKey(EmissionLine l) => children.FirstOrDefault(c => regions.IsWithin(l.Region, c)) is { Value: not null } c ? c.Value : region.Value;
        static string CategoryKey(EmissionLine l) => string.Join('.', l.Category.Value.Split('.').Take(CategoryDepth));
        return new YearComparison(region, fromYear, toYear,
            Rows(before, after, _ => region.Value, StringComparer.Ordinal).SingleOrDefault() ?? new ChangeRow(region.Value, null, null),
            Rows(before, after, CategoryKey, Comparer<string>.Create((a, b) => CategoryOrder.Instance.Compare(CategoryCode.Parse(a), CategoryCode.Parse(b)))),
            Rows(before, after, l => l.Gas.ToString(), StringComparer.Ordinal),
            Rows(before, after, l => l.Activity, StringComparer.Ordinal),
            Rows(before, after, l => l.Use.ToString(), StringComparer.Ordinal),
            Rows(before, after, RegionKey, StringComparer.Ordinal));
    }

    private static List<EmissionLine> Territorial(IEnumerable<EmissionLine> lines, RegionCode region, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines.Where(l => l.Scope == EmissionScope.Territorial && l.Category.Value != Economy.IndicatorKeys.Category && regions.IsWithin(l.Region, region))];
    }

    private static List<ChangeRow> Rows(List<EmissionLine> before, List<EmissionLine> after, Func<EmissionLine, string> key, IComparer<string> order)
    {
        var a = before.ToLookup(key);
        var b = after.ToLookup(key);
        var keys = a.Select(g => g.Key).Concat(b.Select(g => g.Key)).Distinct().Order(order).ToList();
        return [.. keys.Select(k =>
        {
            var (from, fromKey, fromLower) = Sum(a[k]);
            var (to, toKey, toLower) = Sum(b[k]);
            return new ChangeRow(k, from, to, fromKey, toKey, fromLower, toLower);
        })];
    }

    private static int Rank(NotationKey key)
    {
        for (int i = 0; i < GasCell.KeyOrder.Count; i++)
        {
            if (GasCell.KeyOrder[i] == key)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    /// <summary>The CO2e of a group's lines; null with the notation key when none has a number (NE before NO, as the inventory orders
    /// them); a lower bound when lines under NE or C stand beside the numbers.</summary>
    private static (double? Tonnes, NotationKey? Key, bool LowerBound) Sum(IEnumerable<EmissionLine> lines)
    {
        double sum = 0;
        bool any = false, unknown = false;
        NotationKey? key = null;
        foreach (var l in lines)
        {
            if (l.Co2eTonnes is { } t)
            {
                sum += t;
                any = true;
            }
            else if (l.Notation is { } n)
            {
                unknown |= n is NotationKey.NE or NotationKey.C;
                if (key is null || Rank(n) < Rank(key.Value))
                {
                    key = n;
                }
            }
        }
        return any ? (sum, null, unknown) : (null, key, false);
    }
}
