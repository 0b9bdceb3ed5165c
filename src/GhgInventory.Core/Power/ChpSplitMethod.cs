namespace GhgInventory.Core.Power;

/// <summary>How the emissions of a combined heat and power (CHP, 热电联产) plant are shared between its electricity and its heat.</summary>
public enum ChpSplitMethod
{
    /// <summary>By energy output (the default): electricity share = E_el / (E_el + E_heat), both in GJ (1 kWh = 3.6 MJ).</summary>
    EnergyOutput,
    /// <summary>The efficiency method of the WRI/WBCSD GHG Protocol tool "Allocation of GHG emissions from a CHP plant" (v1.0, 2006): heat share = (H/e_H) / (H/e_H + P/e_P).</summary>
    Efficiency,
}
