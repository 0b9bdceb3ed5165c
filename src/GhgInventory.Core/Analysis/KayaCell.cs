namespace GhgInventory.Core.Analysis;

/// <summary>The energy and CO2 of one sector and fuel in one year: a cell of the Kaya decomposition.</summary>
/// <param name="Sector">The economic sector.</param>
/// <param name="Fuel">The fuel key (raw_coal, natural_gas …).</param>
/// <param name="EnergyTce">Energy, tonnes of standard coal; negative only for a transformation output (coke, gas made in the sector),
/// which nets the sector's energy and carries no CO2.</param>
/// <param name="Co2Tonnes">CO2, t; non-negative, and 0 with negative energy.</param>
public sealed record KayaCell(EconomicSector Sector, string Fuel, double EnergyTce, double Co2Tonnes);
