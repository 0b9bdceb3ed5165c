using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Reporting;

/// <summary>One activity's fuel used as feedstock (原料用能) in a summary: a memo item, never in a total.</summary>
/// <param name="Activity">Activity key.</param>
/// <param name="CarbonTonnes">Carbon in the feedstock, AD × NCV × CC, t C.</param>
/// <param name="Co2UpperBoundTonnes">The CO2 if all of it were oxidised, C × 44/12, t.</param>
/// <param name="EnergyGj">AD × NCV, GJ; the energy the intensity rules deduct.</param>
/// <param name="EnergyTce">AD × the GB/T 2589 standard-coal coefficient, tce; null when the library has no coefficient for the fuel.</param>
public sealed record NonEnergyUse(string Activity, double CarbonTonnes, double Co2UpperBoundTonnes, double EnergyGj, double? EnergyTce)
{
    /// <summary>The memo of <paramref name="lines"/> (the memo lines of feedstock sources) per activity, in key order; <paramref name="sources"/> give the activity amounts.</summary>
    /// <remarks>Read back from each memo line: its CO2 upper bound, and its NCV and standard-coal factors times its source's amount.</remarks>
    public static IReadOnlyList<NonEnergyUse> Of(IEnumerable<EmissionLine> lines, IEnumerable<EmissionSource> sources)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(sources);
        var amount = sources.ToDictionary(s => s.Index, s => s.ActivityBase);
        return lines
            .Where(l => l.Scope == EmissionScope.Memo && l.Use == FuelUse.Feedstock && l.MassTonnes is not null && amount.ContainsKey(l.SourceIndex))
            .GroupBy(l => l.Activity, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                double co2 = g.Sum(l => l.MassTonnes!.Value);
                double energy = g.Sum(l => amount[l.SourceIndex] * Factor(l, Parameters.Ncv)!.Value);
                bool allTce = g.All(l => Factor(l, Parameters.CoalEquivalent) is not null);
                double? tce = allTce ? g.Sum(l => amount[l.SourceIndex] * Factor(l, Parameters.CoalEquivalent)!.Value) : null;
                return new NonEnergyUse(g.Key, co2 / FuelCombustionMethod.CarbonToCo2, co2, energy, tce);
            })
            .ToList();
    }

    private static double? Factor(EmissionLine line, string parameter) =>
        line.Factors.FirstOrDefault(f => f.Parameter == parameter)?.EngineValue;
}
