namespace GhgInventory.Core.Analysis;

/// <summary>The keys of the indicators <see cref="IntensityCalculator"/> computes (<see cref="IndicatorPoint.Indicator"/>), as the targets file names them.</summary>
/// <remarks>Rules: energy indicators carry an <see cref="Energy.EnergyRule"/> name (<c>gross</c>, <c>non_fossil_excluded+feedstock_excluded</c> …),
/// CO2 indicators a <see cref="Energy.Co2Rules"/> name (<c>co2_national_grid</c>, <c>co2_region_grid</c>) or <see cref="Territorial"/>;
/// the shares, capacities and the industrial intensity carry the empty rule and are computed on gross energy.</remarks>
public static class IntensityIndicators
{
    /// <summary>Energy total, tce, per energy rule.</summary>
    public const string EnergyTotal = "energy_total";

    /// <summary>Energy per 10^4 yuan of GDP at constant base-year prices, tce/10^4 yuan, per energy rule.</summary>
    public const string EnergyIntensity = "energy_intensity";

    /// <summary>CO2 for the intensity target, t, per CO2 rule.</summary>
    public const string Co2Target = "co2_target";

    /// <summary>CO2 for the target per 10^4 yuan of GDP at constant base-year prices, t/10^4 yuan, per CO2 rule.</summary>
    public const string Co2Intensity = "co2_intensity";

    /// <summary>CO2 per resident, t/person, territorial (rule <see cref="Territorial"/>) and per CO2 rule.</summary>
    public const string Co2PerCapita = "co2_per_capita";

    /// <summary>Coal and coal products in gross energy, %.</summary>
    public const string CoalShare = "coal_share";

    /// <summary>Non-fossil energy in gross energy, %.</summary>
    public const string NonFossilShare = "nonfossil_share";

    /// <summary>Electricity in final energy consumption (electricity on the calorific basis), %.</summary>
    public const string ElectricityShareFinal = "electricity_share_final";

    /// <summary>Renewable (wind and solar) installed capacity, GW.</summary>
    public const string RenewableCapacity = "renewable_capacity";

    /// <summary>Renewable capacity in installed capacity, %.</summary>
    public const string RenewableCapacityShare = "renewable_capacity_share";

    /// <summary>Renewable electricity (consumption + green certificates) in electricity used, %.</summary>
    public const string RenewableConsumptionShare = "renewable_consumption_share";

    /// <summary>Industrial energy per 10^4 yuan of industrial value added at constant base-year prices, tce/10^4 yuan.</summary>
    public const string IndustryEnergyIntensity = "industry_energy_intensity";

    /// <summary>The rule name of the territorial CO2 per capita (all territorial CO2 of the run, no electricity adjustment).</summary>
    public const string Territorial = "territorial";
}
