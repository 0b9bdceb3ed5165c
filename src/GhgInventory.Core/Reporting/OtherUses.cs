using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Lines of a fuel used as feedstock or transformation input (autoproducer fuel is combustion, attributed in the bridge), which are computed as combustion until their own methods come (issue 12).</summary>
public static class OtherUses
{
    /// <summary>The numeric lines among <paramref name="lines"/> whose use is feedstock or transformation.</summary>
    public static IReadOnlyList<EmissionLine> ComputedAsCombustion(IEnumerable<EmissionLine> lines) =>
        lines.Where(l => l.Use is not (FuelUse.Combustion or FuelUse.Autoproducer) && l.MassTonnes is not null).ToList();

    /// <summary>The CO2 of <paramref name="lines"/>, t.</summary>
    public static double Co2Tonnes(IEnumerable<EmissionLine> lines) => lines.Where(l => l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
}
