namespace GhgInventory.Core.Domain;

/// <summary>The loaded regions with their hierarchy, for lookups by code or exact name and for walking up and down.</summary>
public sealed class RegionTree
{
    private readonly Dictionary<RegionCode, Region> byCode;
    private readonly Dictionary<string, Region> byName;
    private readonly Dictionary<RegionCode, List<Region>> children = [];

    /// <summary>Builds the tree; parents must be among <paramref name="regions"/> or absent.</summary>
    public RegionTree(IEnumerable<Region> regions)
    {
        byCode = regions.ToDictionary(r => r.Code);
        byName = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in byCode.Values)
        {
            byName.TryAdd(region.NameZh, region);
            byName.TryAdd(region.NameEn, region);
            if (region.Parent is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }
                list.Add(region);
            }
        }
        foreach (var list in children.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Code.Value, b.Code.Value));
        }
    }

    /// <summary>All regions, ordered by code.</summary>
    public IEnumerable<Region> All => byCode.Values.OrderBy(r => r.Code.Value, StringComparer.Ordinal);

    /// <summary>The region with this code.</summary>
    public Region this[RegionCode code] => byCode.TryGetValue(code, out var r) ? r : throw new KeyNotFoundException(Localization.Say.Now(nameof(Resources.CoreText.RegionNotLoaded), code));

    /// <summary>Finds a region by code or by exact Chinese or English name.</summary>
    public bool TryFind(string codeOrName, out Region region)
    {
        if (RegionCode.TryParse(codeOrName, out var code) && byCode.TryGetValue(code, out region!))
        {
            return true;
        }
        return byName.TryGetValue(codeOrName.Trim(), out region!);
    }

    /// <summary>True when the code is loaded.</summary>
    public bool Contains(RegionCode code) => byCode.ContainsKey(code);

    /// <summary>The region itself, then its parent, up to the root.</summary>
    public IEnumerable<Region> SelfAndAncestors(RegionCode code)
    {
        for (Region? r = this[code]; r is not null; r = r.Parent is { } p && byCode.TryGetValue(p, out var parent) ? parent : null)
        {
            yield return r;
        }
    }

    /// <summary>The direct children of a region, ordered by code.</summary>
    public IReadOnlyList<Region> ChildrenOf(RegionCode code) => children.TryGetValue(code, out var list) ? list : [];

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(RegionCode code, RegionCode ancestor) => SelfAndAncestors(code).Any(r => r.Code == ancestor);

    /// <summary>The grid key of the region, inherited from the nearest ancestor that names one.</summary>
    public string? GridOf(RegionCode code) => SelfAndAncestors(code).Select(r => r.Grid).FirstOrDefault(g => !string.IsNullOrEmpty(g));
}
