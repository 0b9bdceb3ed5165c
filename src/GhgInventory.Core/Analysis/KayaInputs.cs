using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;

namespace GhgInventory.Core.Analysis;

/// <summary>Builds a region's <see cref="KayaYear"/> from a run's energy cells and its socio-economic indicators.</summary>
/// <remarks>
/// Cells taken: energy categories (1.A) whose sector the <see cref="SectorMap"/> names, except non-energy use (feedstock, whose
/// carbon is accounted in IPPU) and secondary energy (electricity and heat, whose primary input is already counted in the power
/// and heat plants of 1.A.1 — the territorial view of the inventory's CO2; counting both would count the same coal twice).
/// Transformation outputs (negative energy, no CO2) are kept: they net their sector's energy (see <see cref="KayaDecomposition"/>).
/// Population in persons; GDP and the three industries' value added at the constant prices of <c>baseYear</c>, chained from the
/// volume indices (<see cref="EconomicSeries.AtConstantPrices"/>); a missing value stays null and becomes a named gap.
/// </remarks>
public static class KayaInputs
{
    /// <summary>Secondary energy, left out of the decomposed energy (see remarks).</summary>
    public static IReadOnlySet<string> SecondaryEnergy { get; } = new HashSet<string>(StringComparer.Ordinal) { "electricity", "heat" };

    /// <summary>The year's inputs of <paramref name="region"/> from its <paramref name="cells"/> (already limited to the region and the year).</summary>
    /// <returns>The year, and the cells left out because they carry no number (a notation key, no coefficient), for the caller to show.</returns>
    public static (KayaYear Year, IReadOnlyList<EnergyCell> WithoutNumber) Of(RegionCode region, int year, int baseYear, IEnumerable<EnergyCell> cells,
        EconomicSeries economy, SectorMap sectors)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(economy);
        ArgumentNullException.ThrowIfNull(sectors);
        var taken = new List<KayaCell>();
        var withoutNumber = new List<EnergyCell>();
        foreach (var cell in cells)
        {
            if (cell.Use == FuelUse.Feedstock || SecondaryEnergy.Contains(cell.Activity)
                || !cell.Category.Value.StartsWith("1.A", StringComparison.Ordinal) || sectors.SectorOf(cell.Category) is not { } sector)
            {
                continue;
            }
            if (cell.EnergyTce is not { } energy || cell.Co2Tonnes is not { } co2)
            {
                withoutNumber.Add(cell);
                continue;
            }
            taken.Add(new KayaCell(sector, cell.Activity, energy, co2));
        }
        var valueAdded = new Dictionary<EconomicSector, double?>
        {
            [EconomicSector.Primary] = economy.AtConstantPrices(region, year, baseYear, IndicatorKeys.ValueAddedPrimary).Yuan,
            [EconomicSector.Secondary] = economy.AtConstantPrices(region, year, baseYear, IndicatorKeys.ValueAddedSecondary).Yuan,
            [EconomicSector.Tertiary] = economy.AtConstantPrices(region, year, baseYear, IndicatorKeys.ValueAddedTertiary).Yuan,
        };
        var kaya = new KayaYear(year, economy.Number(region, year, IndicatorKeys.Population),
            economy.GdpAtConstantPrices(region, year, baseYear).Yuan, valueAdded, taken);
        return (kaya, withoutNumber);
    }
}
