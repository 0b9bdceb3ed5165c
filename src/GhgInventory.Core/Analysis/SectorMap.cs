using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>Which economic sector an IPCC energy category belongs to, by the longest matching category prefix (data:
/// <c>emission-factors/vocabulary/economic-sectors.csv</c>, each row with its reason).</summary>
public sealed class SectorMap
{
    private readonly List<(string Prefix, EconomicSector Sector)> rows;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EconomicSector?> known = new(StringComparer.Ordinal);

    /// <summary>Builds the map from (category prefix, sector) pairs.</summary>
    /// <exception cref="ArgumentException">A prefix given twice.</exception>
    public SectorMap(IEnumerable<(CategoryCode Prefix, EconomicSector Sector)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        this.rows = [.. rows.Select(r => (r.Prefix.Value, r.Sector)).OrderByDescending(r => r.Value.Length)];
        if (this.rows.Select(r => r.Prefix).Distinct(StringComparer.Ordinal).Count() != this.rows.Count)
        {
            throw new ArgumentException("A category prefix is given twice.", nameof(rows));
        }
    }

    /// <summary>The sector of <paramref name="category"/>: the row whose category is it or its nearest ancestor; null when none is.</summary>
    public EconomicSector? SectorOf(CategoryCode category) => known.GetOrAdd(category.Value, Find);

    private EconomicSector? Find(string code)
    {
        foreach (var (prefix, sector) in rows)
        {
            if (code == prefix || code.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return sector;
            }
        }
        return null;
    }

    /// <summary>The sector named in the data file (<c>primary</c>, <c>secondary</c>, <c>tertiary</c>, <c>households</c>); null otherwise.</summary>
    public static EconomicSector? ParseSector(string text) => text switch
    {
        "primary" => EconomicSector.Primary,
        "secondary" => EconomicSector.Secondary,
        "tertiary" => EconomicSector.Tertiary,
        "households" => EconomicSector.Households,
        _ => null,
    };
}
