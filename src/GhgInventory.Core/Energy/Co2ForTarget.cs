using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Energy;

/// <summary>The CO2 a region's CO2-intensity target is checked against, under a named rule: energy-related CO2 plus net imported electricity × grid factor.</summary>
/// <remarks>
/// CO2 = territorial CO2 of fuel combustion (IPCC 1.A, the run's lines; the feedstock memo and process CO2 are not in it)
/// + (electricity used − electricity generated in the region) × grid factor, negative for a net exporter. Rule: the energy-activity CO2
/// plus the indirect CO2 of net transferred electricity, as the national accounting of regional CO2 intensity does it (see README
/// "CO2 for the intensity target" for the documents and what is UNVERIFIED); the grid factor by <see cref="Co2Rule"/>.
/// </remarks>
/// <param name="Rule">The rule's stable name (<see cref="Co2Rules"/>).</param>
/// <param name="Region">The region.</param>
/// <param name="Year">The year.</param>
/// <param name="EnergyCo2Tonnes">Territorial CO2 of fuel combustion (1.A), t.</param>
/// <param name="NetImportKwh">Electricity used − generated, kWh; null when generation is unknown.</param>
/// <param name="GridFactorKgPerKwh">The grid factor applied, kg CO2/kWh; null when none was found.</param>
/// <param name="GridFactorYear">The year of the grid factor applied (another year's when this year's is not published).</param>
/// <param name="ImportTermTonnes">NetImportKwh × factor, t (negative for a net exporter); null when either is unknown.</param>
/// <param name="Tonnes">The total, t; null when the import term is unknown (<paramref name="Missing"/>).</param>
/// <param name="LowerBoundBecause">Lines under NE or C among the energy CO2, one sentence each: the total is then at least the figure.</param>
/// <param name="Notes">What the figure leans on (a grid factor borrowed from another year).</param>
/// <param name="Missing">Why <paramref name="Tonnes"/> is null.</param>
public sealed record Co2ForTarget(string Rule, RegionCode Region, int Year, double EnergyCo2Tonnes, double? NetImportKwh, double? GridFactorKgPerKwh,
    int? GridFactorYear, double? ImportTermTonnes, double? Tonnes, IReadOnlyList<LineText> LowerBoundBecause, IReadOnlyList<LineText> Notes, LineText? Missing);
