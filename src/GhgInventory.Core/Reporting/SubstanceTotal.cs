using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>The total of one substance (CO2, CH4, N2O, an HFC, SF6, later an air pollutant) in a set of lines: its mass and its CO2 equivalent.</summary>
/// <param name="Gas">The substance (formula as in substances.csv, e.g. <c>HFC-134a</c>).</param>
/// <param name="Mass">Mass cell, t of the substance: the sum of its numeric lines and the notation keys of the others.</param>
/// <param name="Co2e">CO2-equivalent cell, t CO2e; null when none of its numeric lines carries a CO2e (a substance without a GWP in the
/// run's set, such as an air pollutant): never 0 for "no GWP".</param>
public sealed record SubstanceTotal(Gas Gas, GasCell Mass, GasCell? Co2e);
