namespace GhgInventory.Core.Energy;

/// <summary>How electricity is converted to standard coal (GB/T 2589; 国家统计局 能源统计报表制度).</summary>
public enum ElectricityBasis
{
    /// <summary>当量值, the calorific equivalent: 0.1229 kgce/kWh (3600 kJ/kWh ÷ 29 307.6 kJ/kgce), GB/T 2589 Appendix A.</summary>
    Calorific,

    /// <summary>等价值, the coal equivalent: the year's coal burnt per kWh of thermal power (power_coal_rate, gce/kWh), a local factor of the region and year first.</summary>
    CoalEquivalent,
}
