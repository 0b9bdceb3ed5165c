using GhgInventory.Core.Energy;

namespace GhgInventory.Data.Analysis;

/// <summary>What <see cref="IntensityService.Intensities"/> computes: the electricity basis, the energy rules and the CO2 rules.</summary>
/// <param name="Basis">How electricity is converted to standard coal.</param>
/// <param name="EnergyRules">The energy counting rules, each giving an energy total and intensity.</param>
/// <param name="Co2Rules">The CO2 rules, each giving a CO2 for the target, its intensity and per capita.</param>
public sealed record IntensityOptions(ElectricityBasis Basis, IReadOnlyList<EnergyRule> EnergyRules, IReadOnlyList<Co2Rule> Co2Rules)
{
    /// <summary>Calorific basis; the four rules of issue 14 and the current rule with feedstock excluded; both CO2 rules.</summary>
    public static IntensityOptions Default { get; } = new(ElectricityBasis.Calorific,
        [.. EnergyRule.Standard, new EnergyRule(NonFossilDeduction.AllNonFossil, true)], [Co2Rule.NationalGrid, Co2Rule.RegionGrid]);
}
