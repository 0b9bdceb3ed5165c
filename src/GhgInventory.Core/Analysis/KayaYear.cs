namespace GhgInventory.Core.Analysis;

/// <summary>What the Kaya decomposition needs of a region in one year: population, GDP and value added by sector at constant prices,
/// and the energy and CO2 cells by sector and fuel.</summary>
/// <param name="Year">The year.</param>
/// <param name="PopulationPersons">Resident population, persons; null when not given.</param>
/// <param name="GdpYuan">GDP at the constant prices of the comparison's base year, yuan; null when not given or not derivable.</param>
/// <param name="ValueAddedYuan">Value added of the primary, secondary and tertiary industries at the same constant prices, yuan; a
/// sector absent or null is not known.</param>
/// <param name="Cells">The cells; a sector and fuel at most once.</param>
public sealed record KayaYear(int Year, double? PopulationPersons, double? GdpYuan, IReadOnlyDictionary<EconomicSector, double?> ValueAddedYuan, IReadOnlyList<KayaCell> Cells);
