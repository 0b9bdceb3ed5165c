namespace GhgInventory.Core.Analysis;

/// <summary>The energy and CO2 of one sector and fuel in one year: a cell of the Kaya decomposition.</summary>
/// <param name="Sector">The economic sector.</param>
/// <param name="Fuel">The fuel key (raw_coal, natural_gas …).</param>
/// <param name="EnergyTce">Energy, tonnes of standard coal; non-negative.</param>
/// <param name="Co2Tonnes">CO2, t; non-negative.</param>
public sealed record KayaCell(EconomicSector Sector, string Fuel, double EnergyTce, double Co2Tonnes);
