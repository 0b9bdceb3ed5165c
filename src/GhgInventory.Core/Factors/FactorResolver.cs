using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Factors;

/// <summary>Chooses, for each query, the one factor the resolution order prefers, and says which rung it came from.</summary>
/// <remarks>
/// Order: a local value for the line's region &gt; a local value for an enclosing region &gt; China guideline sets by rank
/// &gt; IPCC sets by rank. Within a rung a more specific category and a narrower year range win; among local imports the newest wins.
/// Nothing is guessed: a query no factor matches returns null and the method reports NE.
/// </remarks>
public sealed class FactorResolver
{
    private readonly Dictionary<(string Activity, string Parameter, string Gas), List<Factor>> byKey = [];
    private readonly RegionTree regions;
    private readonly Dictionary<FactorQuery, FactorResolution?> cache = [];
    private readonly GuidelineEdition edition;

    /// <summary>Indexes <paramref name="factors"/> for lookup against <paramref name="regions"/>.</summary>
    public FactorResolver(IEnumerable<Factor> factors, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(factors);
        this.regions = regions;
        foreach (var factor in factors)
        {
            var key = (factor.Activity ?? "", factor.Parameter, factor.Gas ?? "");
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }
            list.Add(factor);
        }
    }

    private FactorResolver(FactorResolver other, GuidelineEdition edition)
    {
        byKey = other.byKey;
        regions = other.regions;
        this.edition = edition;
    }

    /// <summary>The edition of the provincial guideline this resolver answers for (issue 15): the China provincial sets of the other
    /// editions are never chosen, whichever sets were loaded. <see cref="GuidelineEdition.Provincial2011"/> unless <see cref="ForEdition"/> said otherwise.</summary>
    public GuidelineEdition Edition => edition;

    /// <summary>This resolver's factors under <paramref name="guideline"/> (the same one when it already is): the compile's
    /// <see cref="Accounting.CombustionContext"/> applies its run's edition through it.</summary>
    public FactorResolver ForEdition(GuidelineEdition guideline) => guideline == edition ? this : new FactorResolver(this, guideline);

    /// <summary>The preferred factor for <paramref name="query"/>, or null when none applies.</summary>
    public FactorResolution? Resolve(FactorQuery query)
    {
        if (cache.TryGetValue(query, out var cached))
        {
            return cached;
        }
        var resolution = Find(query);
        cache[query] = resolution;
        return resolution;
    }

    private FactorResolution? Find(FactorQuery query)
    {
        if (!byKey.TryGetValue((query.Activity, query.Parameter, query.Gas?.Code ?? ""), out var candidates))
        {
            return null;
        }
        var ancestors = regions.Contains(query.Region)
            ? regions.SelfAndAncestors(query.Region).Select(r => r.Code.Value).ToList()
            : [query.Region.Value];

        var matching = candidates
            .Select(f => (Factor: f, Distance: RegionDistance(f, query, ancestors)))
            .Where(c => c.Distance >= 0
                && edition.TakesPart(c.Factor.SetKey)
                && query.Origin switch
                {
                    FactorOrigin.LocalOnly => c.Factor.Tier == FactorTier.Local,
                    FactorOrigin.PublishedOnly => c.Factor.Tier != FactorTier.Local,
                    _ => true,
                }
                && (c.Factor.Category is null || query.Category.IsWithin(c.Factor.Category))
                && (query.Per is null || c.Factor.Unit.Denominator == query.Per))
            .ToList();

        var inYear = matching.Where(c => c.Factor.Covers(query.Year)).ToList();
        int? substituteYear = null;
        if (inYear.Count == 0 && query.NearestYear && matching.Count > 0 && BorrowedYear(matching.Select(c => c.Factor), query) is { } borrowed)
        {
            inYear = matching.Where(c => c.Factor.Covers(borrowed)).ToList();
            substituteYear = borrowed;
        }
        if (inYear.Count == 0)
        {
            return null;
        }

        var best = inYear
            .OrderBy(c => TierOf(c.Factor, c.Distance))
            .ThenBy(c => c.Distance)
            .ThenByDescending(c => c.Factor.Category?.Length ?? 0)
            .ThenBy(c => YearSpan(c.Factor))
            .ThenBy(c => c.Factor.Rank)
            .ThenByDescending(c => c.Factor.Id)
            .First();
        return new FactorResolution(best.Factor, TierOf(best.Factor, best.Distance), substituteYear);
    }

    /// <summary>0 for the line's own region, 1 for its parent …, int.MaxValue/2 for a factor without region, −1 when it does not apply.</summary>
    private static int RegionDistance(Factor factor, FactorQuery query, List<string> ancestors)
    {
        if (query.Scope is not null)
        {
            return factor.Region == query.Scope ? 0 : -1;
        }
        if (factor.Region is null)
        {
            return int.MaxValue / 2;
        }
        return ancestors.IndexOf(factor.Region);
    }

    private static ResolutionTier TierOf(Factor factor, int distance) => factor.Tier switch
    {
        FactorTier.Local => distance == 0 ? ResolutionTier.RegionMeasured : ResolutionTier.CityValue,
        FactorTier.ChinaGuideline => ResolutionTier.ChinaGuidelineDefault,
        _ => ResolutionTier.IpccDefault,
    };

    private static int YearSpan(Factor factor) => (factor.ValidTo ?? InventoryYear.Max) - (factor.ValidFrom ?? InventoryYear.Min);

    /// <summary>The year whose factor stands in for <paramref name="query"/>'s year under its policy, or null when the policy borrows none.</summary>
    private static int? BorrowedYear(IEnumerable<Factor> factors, FactorQuery query) => query.YearPolicy switch
    {
        GridYearPolicy.Nearest => factors
            .Select(f => NearestCoveredYear(f, query.Year))
            .OrderBy(y => Math.Abs(y - query.Year))
            .ThenBy(y => y) // on a tie prefer the earlier, already published year
            .First(),
        GridYearPolicy.Earlier => factors
            .Where(f => (f.ValidFrom ?? InventoryYear.Min) < query.Year)
            .Select(f => (int?)Math.Min(f.ValidTo ?? InventoryYear.Max, query.Year - 1))
            .Max(),
        _ => null,
    };

    private static int NearestCoveredYear(Factor factor, int year) =>
        Math.Clamp(year, factor.ValidFrom ?? InventoryYear.Min, factor.ValidTo ?? InventoryYear.Max);
}
