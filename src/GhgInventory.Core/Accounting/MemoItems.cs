using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting;

/// <summary>The memo items of fuel combustion (IPCC 2006 Vol. 1 Ch. 8 Table 8.2 "Memo items"; Vol. 2 Ch. 3.5.1.1 and 3.6.1.1): fuel sold to
/// international aviation and navigation (1.A.3.a.i, 1.A.3.d.i, international bunkers) and CO2 from biomass burnt for energy (Vol. 2 Ch. 1.4.1.3,
/// Ch. 2.3.3.4: its CO2 is accounted in AFOLU, so the energy sector reports it as a memo item). Memo lines are computed as combustion but carry
/// <see cref="EmissionScope.Memo"/>: shown beside, never inside, a territorial or consumption-based total.</summary>
public static class MemoItems
{
    /// <summary>The international bunker categories, IPCC 2006 codes.</summary>
    public static IReadOnlyList<string> BunkerCategories { get; } = ["1.A.3.a.i", "1.A.3.d.i"];

    /// <summary>The biomass fuels of the vocabulary (activities.csv: 薪柴 firewood, 秸秆 straw, 生物质成型燃料 biomass briquettes), whose CO2 is a memo
    /// item and whose CH4 is non-fossil (AR6 27.0).</summary>
    public static IReadOnlySet<string> BiomassFuels { get; } = new HashSet<string>(StringComparer.Ordinal) { "firewood", "straw", "biomass_briquettes" };

    /// <summary>True for a source in an international bunker category (or below it).</summary>
    public static bool IsBunker(CategoryCode category) => BunkerCategories.Any(category.IsWithin);

    /// <summary>True for a biomass fuel.</summary>
    public static bool IsBiomass(string activity) => BiomassFuels.Contains(activity);

    /// <summary>The scope of a combustion line of <paramref name="gas"/> for <paramref name="activity"/> in <paramref name="category"/>:
    /// memo for every gas of a bunker, and for the CO2 of a biomass fuel; territorial otherwise.</summary>
    public static EmissionScope ScopeOf(CategoryCode category, string activity, Gas gas) =>
        IsBunker(category) || (gas == Gas.CO2 && IsBiomass(activity)) ? EmissionScope.Memo : EmissionScope.Territorial;
}
