using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Which parts of a region a run has data for in one year: the administrative children that exist that year, with data or missing.</summary>
/// <remarks>
/// A child is covered when the run used a data version of it, or of a region below it, for the year. Children that did not
/// exist that year (<see cref="Region.ExistsIn"/>, e.g. 康巴什区 before 2016) are not missing. Parks are not required parts:
/// their emissions may be in their banner's own records. A region without required children is covered by its own data.
/// </remarks>
/// <param name="Region">The region reported.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="WithData">Parts the run has data for, by code.</param>
/// <param name="Missing">Parts that existed that year but have no data in the run, by code.</param>
public sealed record Coverage(Region Region, int Year, IReadOnlyList<Region> WithData, IReadOnlyList<Region> Missing)
{
    /// <summary>True when no part is missing.</summary>
    public bool Complete => Missing.Count == 0;

    /// <summary>How many parts were expected.</summary>
    public int Expected => WithData.Count + Missing.Count;

    /// <summary>The coverage of <paramref name="region"/> in <paramref name="year"/> given the regions the run has a data version of in that year.</summary>
    public static Coverage Of(RegionTree regions, RegionCode region, int year, IEnumerable<RegionCode> regionsWithData)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(regionsWithData);
        var withData = regionsWithData.Where(regions.Contains).ToList();
        var parts = regions.ChildrenOf(region).Where(c => c.Level != RegionLevel.Park && c.ExistsIn(year)).ToList();
        if (parts.Count == 0)
        {
            parts = [regions[region]];
        }
        var covered = new List<Region>();
        var missing = new List<Region>();
        foreach (var part in parts)
        {
            (withData.Any(code => regions.IsWithin(code, part.Code)) ? covered : missing).Add(part);
        }
        return new Coverage(regions[region], year, covered, missing);
    }
}
