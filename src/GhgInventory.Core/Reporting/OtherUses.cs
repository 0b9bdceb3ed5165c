using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Lines of a fuel used as autoproducer, feedstock or transformation input, which are computed as combustion until their own methods come (issue 12).</summary>
public static class OtherUses
{
    /// <summary>The numeric lines among <paramref name="lines"/> whose use is not combustion.</summary>
    public static IReadOnlyList<EmissionLine> ComputedAsCombustion(IEnumerable<EmissionLine> lines) =>
        lines.Where(l => l.Use != FuelUse.Combustion && l.MassTonnes is not null).ToList();

    /// <summary>The CO2 of <paramref name="lines"/>, t.</summary>
    public static double Co2Tonnes(IEnumerable<EmissionLine> lines) => lines.Where(l => l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
}
