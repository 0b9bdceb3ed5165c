using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Reporting;

/// <summary>One activity's fuel used as feedstock (原料用能) in a summary: a memo item, never in a total.</summary>
/// <param name="Activity">Activity key.</param>
/// <param name="CarbonTonnes">Carbon in the feedstock, AD × NCV × CC, t C, of the parts with a number; null when no part has one (see <see cref="Notation"/>).</param>
/// <param name="Co2UpperBoundTonnes">The CO2 if all of it were oxidised, C × 44/12, t; null as <paramref name="CarbonTonnes"/>.</param>
/// <param name="EnergyGj">AD × NCV, GJ, of the parts with a number; the energy the intensity rules deduct.</param>
/// <param name="EnergyTce">AD × the GB/T 2589 standard-coal coefficient, tce; null when the library has no coefficient for the fuel or no part has a number.</param>
public sealed record NonEnergyUse(string Activity, double? CarbonTonnes, double? Co2UpperBoundTonnes, double EnergyGj, double? EnergyTce)
{
    /// <summary>The notation key of the parts without a number (feedstock written as NE, C …, or a fuel without factors), or null when every
    /// part has one. With <see cref="CarbonTonnes"/> null the whole activity is under this key; otherwise the figures are "x + key".</summary>
    public NotationKey? Notation { get; init; }

    /// <summary>The IPPU categories (e.g. <c>2.B.8.a</c>) where a coal-chemical carbon balance with a number accounts this feedstock's carbon,
    /// in code order; empty when no balance holds it (issue 15: the memo then says no balance could be formed, and only then "not estimated").</summary>
    public IReadOnlyList<string> BalancedIn { get; init; } = [];

    /// <summary>True when some feedstock row of the activity is in no carbon balance with a number (a feedstock without products, or outside
    /// 2.B): its carbon is not estimated anywhere.</summary>
    public bool Unbalanced { get; init; }

    /// <summary>The memo of <paramref name="lines"/> (the memo lines of feedstock sources) per activity, in key order; <paramref name="sources"/> give the activity amounts.</summary>
    /// <remarks>Read back from each memo line: its CO2 upper bound, and its NCV and standard-coal factors times its source's amount. A memo
    /// line under a notation key (feedstock written as NE or C, or without factors) lists its activity with the key, never as 0.</remarks>
    public static IReadOnlyList<NonEnergyUse> Of(IEnumerable<EmissionLine> lines, IEnumerable<EmissionSource> sources)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(sources);
        var amount = sources.ToDictionary(s => s.Index, s => s.ActivityBase);
        var all = lines as IReadOnlyCollection<EmissionLine> ?? lines.ToList();
        // A balance "accounts" a feedstock when its region-year-category has a territorial CO2 line of the balance method with a number.
        var balanced = all.Where(l => l.Scope == EmissionScope.Territorial && l.Gas == Gas.CO2 && l.MassTonnes is not null
                && l.Method == Accounting.CoalChemical.CoalChemicalBalanceMethod.BalanceLabel)
            .Select(l => (l.Region, l.Year, l.Category)).ToHashSet();
        return all
            .Where(l => l.Scope == EmissionScope.Memo && l.Use == FuelUse.Feedstock && (l.MassTonnes is not null || l.Notation is not null) && amount.ContainsKey(l.SourceIndex))
            .GroupBy(l => l.Activity, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var numeric = g.Where(l => l.MassTonnes is not null).ToList();
                var inBalance = g.Where(l => balanced.Contains((l.Region, l.Year, l.Category))).Select(l => l.Category).Distinct()
                    .OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => c.Value).ToList();
                bool unbalanced = g.Any(l => !balanced.Contains((l.Region, l.Year, l.Category)));
                // The most telling key of the parts without a number: C or NE before IE, NA, NO.
                NotationKey? key = g.Where(l => l.MassTonnes is null).Select(l => l.Notation!.Value)
                    .OrderBy(k => k switch { NotationKey.C => 0, NotationKey.NE => 1, NotationKey.IE => 2, NotationKey.NA => 3, _ => 4 })
                    .Cast<NotationKey?>().FirstOrDefault();
                if (numeric.Count == 0)
                {
                    return new NonEnergyUse(g.Key, null, null, 0, null) { Notation = key, BalancedIn = inBalance, Unbalanced = unbalanced };
                }
                double co2 = numeric.Sum(l => l.MassTonnes!.Value);
                double energy = numeric.Sum(l => amount[l.SourceIndex] * Factor(l, Parameters.Ncv)!.Value);
                bool allTce = numeric.All(l => Factor(l, Parameters.CoalEquivalent) is not null);
                double? tce = allTce ? numeric.Sum(l => amount[l.SourceIndex] * Factor(l, Parameters.CoalEquivalent)!.Value) : null;
                return new NonEnergyUse(g.Key, co2 / FuelCombustionMethod.CarbonToCo2, co2, energy, tce) { Notation = key, BalancedIn = inBalance, Unbalanced = unbalanced };
            })
            .ToList();
    }

    private static double? Factor(EmissionLine line, string parameter) =>
        line.Factors.FirstOrDefault(f => f.Parameter == parameter)?.EngineValue;
}
