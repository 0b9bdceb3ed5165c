using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>A planned facility's annual CO2 for a carbon budget, from the lines its activity rows compile to (never stored).</summary>
/// <param name="Name">The project's name: the rows' facility id, else the file's name.</param>
/// <param name="Region">The region of its rows.</param>
/// <param name="Year">The year of its rows (a steady-state year: the rows stand for every year after the budget's through-year).</param>
/// <param name="Co2Tonnes">Territorial CO2 of its lines, t; CH4 and N2O are not in a CO2 budget.</param>
/// <param name="OtherGasesCo2eTonnes">Territorial CH4 and N2O of its lines, t CO2e (AR5), shown and not counted.</param>
/// <param name="IndirectCo2Tonnes">CO2 of the electricity and heat it buys (indirect, emitted where they are generated), t: shown, not counted in a territorial budget.</param>
/// <param name="NotationRows">How many of its rows carry a notation key instead of a number: its CO2 is then a lower bound (or missing when all do).</param>
/// <param name="Rows">How many rows it has.</param>
/// <param name="Lines">Territorial CO2 by category, activity and use, t (null under a notation key), for a reader to check.</param>
public sealed record ProjectEmissions(string Name, RegionCode Region, int Year, double Co2Tonnes, double OtherGasesCo2eTonnes, double IndirectCo2Tonnes, int NotationRows, int Rows,
    IReadOnlyList<ProjectLine> Lines)
{
    /// <summary>True when some but not all rows carry a notation key: the CO2 is at least <see cref="Co2Tonnes"/>.</summary>
    public bool IsLowerBound => NotationRows > 0 && NotationRows < Rows;

    /// <summary>True when every row carries a notation key: there is no CO2 figure.</summary>
    public bool IsMissing => Rows > 0 && NotationRows == Rows;

    /// <summary>One project per (region, year) of <paramref name="records"/>, from <paramref name="lines"/> compiled from them.</summary>
    /// <param name="records">The rows (any order).</param>
    /// <param name="lines">The compiled lines of those rows.</param>
    /// <param name="name">The project's name.</param>
    /// <remarks>CO2 = Σ territorial CO2 line mass, t (the compiler's lines: fuel combustion AD × NCV × CC × OF × 44/12, IPCC 2006 Vol. 2 Ch. 2;
    /// feedstock is a memo, not territorial; electricity bought is indirect, not territorial).</remarks>
    public static IReadOnlyList<ProjectEmissions> Of(IReadOnlyList<ActivityRecord> records, IReadOnlyList<EmissionLine> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<ProjectEmissions>();
        foreach (var group in records.GroupBy(r => (r.Region, r.Year)).OrderBy(g => g.Key.Region.Value, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var (region, year) = group.Key;
            var indirect = lines.Where(l => l.Region == region && l.Year == year && l.Scope == EmissionScope.Indirect && l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
            var mine = lines.Where(l => l.Region == region && l.Year == year && l.Scope == EmissionScope.Territorial).ToList();
            var co2 = mine.Where(l => l.Gas == Gas.CO2).ToList();
            var summary = co2.GroupBy(l => (l.Category, l.Activity, l.Use))
                .Select(g => new ProjectLine(g.Key.Category, g.Key.Activity, g.Key.Use,
                    g.All(l => l.MassTonnes is null) ? null : g.Sum(l => l.MassTonnes ?? 0), g.Select(l => l.Notation).FirstOrDefault(n => n is not null)))
                .OrderBy(l => l.Category.Value, StringComparer.Ordinal).ThenBy(l => l.Activity, StringComparer.Ordinal).ThenBy(l => l.Use).ToList();
            result.Add(new ProjectEmissions(name, region, year, co2.Sum(l => l.MassTonnes ?? 0), mine.Where(l => l.Gas != Gas.CO2).Sum(l => l.Co2eTonnes ?? 0), indirect,
                group.Count(r => r.Notation is not null), group.Count(), summary));
        }
        return result;
    }
}

/// <summary>A project's territorial CO2 for one category, activity and use.</summary>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="Use">Use of the fuel.</param>
/// <param name="Co2Tonnes">CO2, t; null when a notation key stands.</param>
/// <param name="Notation">The notation key of its line, when one stands.</param>
public sealed record ProjectLine(CategoryCode Category, string Activity, FuelUse Use, double? Co2Tonnes, NotationKey? Notation);
