using System.Globalization;
using GhgInventory.Core.Power;

namespace GhgInventory.Reports;

/// <summary>Names of the power and heat accounting in the report's language.</summary>
public static class PowerNames
{
    /// <summary>The CHP split as a reader sees it: 按能量产出 / energy output, or 效率法 / efficiency method with its reference efficiencies.</summary>
    public static string Split(ChpSplit split, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(n);
        if (split.Method == ChpSplitMethod.EnergyOutput)
        {
            return n.T("按能量产出", "energy output");
        }
        string heat = (split.HeatEfficiency ?? 0).ToString("R", CultureInfo.InvariantCulture), power = (split.PowerEfficiency ?? 0).ToString("R", CultureInfo.InvariantCulture);
        return n.T($"效率法 (供热效率 {heat}, 发电效率 {power})", $"efficiency method (e_H {heat}, e_P {power})");
    }
}
