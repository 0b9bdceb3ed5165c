using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Power;

/// <summary>A heat emission factor derived from a region's own heat supply: heat-supply emissions / heat supplied, per gas and in CO2e.</summary>
/// <remarks>
/// Used for heat used (热力) when no local <c>heat_ef</c> applies (issue 12): the region's own plants first, else the enclosing region's
/// in the run, else NE. Heat-supply emissions are the heat shares of the plant groups (heat plants, CHP heat shares, autoproducer heat)
/// that gave a numeric heat_supply; groups whose heat supplied is NE are left out of both sums.
/// </remarks>
/// <param name="From">The region whose plants gave the factor (the heat user's own, or an enclosing region).</param>
/// <param name="Year">Inventory year.</param>
/// <param name="HeatCo2eTonnes">Heat-supply emissions summed, t CO2e.</param>
/// <param name="HeatCo2Tonnes">Their CO2, t.</param>
/// <param name="HeatCh4Tonnes">Their CH4, t.</param>
/// <param name="HeatN2oTonnes">Their N2O, t.</param>
/// <param name="HeatSuppliedGj">Heat supplied by those plants, GJ.</param>
/// <param name="Plants">The plant groups summed.</param>
public sealed record DerivedHeatFactor(RegionCode From, int Year, double HeatCo2eTonnes, double HeatCo2Tonnes, double HeatCh4Tonnes, double HeatN2oTonnes,
    double HeatSuppliedGj, IReadOnlyList<PlantGroup> Plants)
{
    /// <summary>The method label of a heat line priced with a derived factor.</summary>
    public const string Method = "Heat used × heat factor derived from the region's heat supply (heat-supply emissions / heat supplied)";

    /// <summary>The short origin of a derived factor, e.g. <c>derived from the heat supply of 150602 (no local heat_ef)</c>; heat lines' notes start with it.</summary>
    public static string OriginOf(RegionCode from) => OriginText(from).Render();

    /// <summary>The short origin of a derived factor, language-neutral (<see cref="OriginOf"/>).</summary>
    public static LineText OriginText(RegionCode from) => Say.Text(nameof(CoreText.HeatOrigin), from.Value);

    /// <summary>The factor, t CO2e/GJ.</summary>
    public double Co2ePerGj => HeatCo2eTonnes / HeatSuppliedGj;

    /// <summary>The factor's arithmetic, e.g. <c>1,239,737.14 t CO2e / 10,000,000 GJ = 0.123973714 t CO2e/GJ (150626 2023: 1.A.1.a.ii public plant)</c>.</summary>
    public string Arithmetic => ArithmeticText.Render();

    /// <summary>The factor's arithmetic, language-neutral.</summary>
    public LineText ArithmeticText => Say.Text(nameof(CoreText.HeatFactorArithmetic), Numbers.Format(HeatCo2eTonnes, 2), Numbers.Format(HeatSuppliedGj, 0),
        Numbers.Factor(Co2ePerGj), From.Value, Year,
        LineText.Join("; ", Plants.Select(p => Say.Text(nameof(CoreText.HeatPlantTerm), p.Category.Value,
            p.Kind == PlantKind.Autoproducer ? Say.Text(nameof(CoreText.AutoproducerSuffix)) : "",
            Numbers.Format(p.HeatCo2eTonnes, 2), Numbers.Format(p.HeatSuppliedGj ?? 0, 0)))));

    /// <summary>The factor for heat used in <paramref name="region"/> and <paramref name="year"/>: its own plants', else the nearest enclosing region's; null when none supplied heat.</summary>
    public static DerivedHeatFactor? For(RegionCode region, int year, IReadOnlyList<PlantGroup> groups, RegionTree regions) =>
        For(region, year, groups, regions, out _);

    /// <summary>The factor for heat used in <paramref name="region"/> and <paramref name="year"/>, as <see cref="For(RegionCode, int, IReadOnlyList{PlantGroup}, RegionTree)"/>;
    /// <paramref name="withheld"/> lists the heat suppliers left out because some of their fuel is under a notation key.</summary>
    /// <remarks>A plant whose fuel is partly NE has heat-supply emissions that are only a lower bound: a factor from them would price heat used
    /// low with no word that anything is missing (review finding). It derives no factor; where no other plant does, heat used stays NE.</remarks>
    public static DerivedHeatFactor? For(RegionCode region, int year, IReadOnlyList<PlantGroup> groups, RegionTree regions, out IReadOnlyList<PlantGroup> withheld)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(regions);
        var incomplete = new List<PlantGroup>();
        IEnumerable<RegionCode> candidates = regions.Contains(region) ? regions.SelfAndAncestors(region).Select(r => r.Code) : [region];
        foreach (var candidate in candidates)
        {
            // A CHP whose generation is NE gives all its emissions to heat: its heat share is unknown, so it derives no factor (re-test finding).
            var plants = groups.Where(g => g.Year == year && g.Counted && g.HeatSuppliedGj is > 0 && g.ElectricityShare < 1 && !g.OutputNotEstimated
                && (g.Region == candidate || regions.Contains(g.Region) && regions.Contains(candidate) && regions.IsWithin(g.Region, candidate))).ToList();
            incomplete.AddRange(plants.Where(g => g.FuelNotEstimated && !incomplete.Contains(g)));
            plants.RemoveAll(g => g.FuelNotEstimated);
            if (plants.Count > 0)
            {
                withheld = [];
                double Heat(double mass, PlantGroup g) => mass * (1 - g.ElectricityShare);
                return new DerivedHeatFactor(candidate, year, plants.Sum(g => g.HeatCo2eTonnes), plants.Sum(g => Heat(g.FuelCo2Tonnes, g)),
                    plants.Sum(g => Heat(g.FuelCh4Tonnes, g)), plants.Sum(g => Heat(g.FuelN2oTonnes, g)), plants.Sum(g => g.HeatSuppliedGj!.Value), plants);
            }
        }
        withheld = incomplete;
        return null;
    }

    /// <summary>A per-GJ factor in words a compiler reads: t/GJ for CO2, kg/GJ for CH4 and N2O (never 1.6E-06 t/GJ).</summary>
    private static string PerGj(Gas gas, double tonnesPerGj) => gas == Gas.CO2
        ? $"{Numbers.Factor(tonnesPerGj)} t/GJ"
        : $"{(tonnesPerGj * 1000).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} kg/GJ";

    /// <summary>The lines of heat used <paramref name="source"/> priced with this factor: one per gas with a mass, each gas at the plants' ratio.</summary>
    public IEnumerable<EmissionLine> Lines(EmissionSource source, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        var note = Say.Text(nameof(CoreText.HeatNote), OriginText(From),
            From == source.Region ? "" : Say.Text(nameof(CoreText.HeatEnclosing), source.Region.Value), ArithmeticText);
        foreach (var (gas, mass) in new[] { (Gas.CO2, HeatCo2Tonnes), (Gas.CH4, HeatCh4Tonnes), (Gas.N2O, HeatN2oTonnes) })
        {
            if (mass <= 0 && gas != Gas.CO2)
            {
                continue;
            }
            double perGj = mass / HeatSuppliedGj, used = source.ActivityBase * perGj;
            double gwp = context.Gwp.For(context.GwpSet, gas, Accounting.Methods.CarbonOrigin.Fossil)!.Value; // fossil fuel: AR6 prices its CH4 at the fossil value
            var arithmetic = Say.Text(nameof(CoreText.HeatLineArithmetic), gas.Code, Numbers.Format(source.ActivityBase), Numbers.Format(mass, 3),
                Numbers.Format(HeatSuppliedGj, 0), PerGj(gas, perGj), Numbers.Format(used), Numbers.Factor(Co2ePerGj));
            yield return new EmissionLine(source.Index, source.Region, source.Year, source.Category, source.Activity, gas, EmissionScope.Indirect,
                used, used * gwp, gwp, null, Method, arithmetic, note, []);
        }
    }
}
