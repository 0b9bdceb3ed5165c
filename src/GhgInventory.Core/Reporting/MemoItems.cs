using GhgInventory.Core.Accounting;
using GhgInventory.Core.Power;

namespace GhgInventory.Core.Reporting;

/// <summary>Which memo lines are memo items of the inventory (international bunkers 1.A.3.a.i and 1.A.3.d.i, CO2 from biomass, and any
/// other line a method reports in <see cref="EmissionScope.Memo"/>), listed apart from every total (IPCC 2006 Vol 1 Ch 8 §8.2.1).</summary>
/// <remarks>Two kinds of memo line are not memo items and stay where they were shown before issue 15: the carbon of fuels used as
/// feedstock (the non-energy-use section, <see cref="NonEnergyUse"/>: every line of a source the non-energy-use method priced) and
/// the notation key of an electricity or heat output row (not an emission; the bridge reads it).</remarks>
public static class MemoItems
{
    /// <summary>The memo items among <paramref name="lines"/> (one region and year, any scope), in their order.</summary>
    public static IReadOnlyList<EmissionLine> Of(IReadOnlyList<EmissionLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var feedstock = lines.Where(l => l.Method == NonEnergyUseMethod.Name || l.Use == Domain.FuelUse.Feedstock)
            .Select(l => (l.Region, l.SourceIndex)).ToHashSet();
        return lines.Where(l => l.Scope == EmissionScope.Memo
                && !feedstock.Contains((l.Region, l.SourceIndex))
                && l.Activity is not (PlantGroups.Generation or PlantGroups.HeatSupply))
            .ToList();
    }
}
