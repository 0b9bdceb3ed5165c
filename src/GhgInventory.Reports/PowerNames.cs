using System.Globalization;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;

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

    /// <summary>Why generation is NE on the bridge: a generation row under NE, given as 0, or no generation row beside power-plant fuel.</summary>
    public static string GenerationWhy(ElectricityBridge bridge, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(bridge);
        var given = bridge.Plants.Where(p => p.Counted && (p.GenerationMissing || p.GenerationNotEstimated)).Select(p => p.GenerationGiven).ToList();
        if (bridge.Plants.Any(p => !p.Counted && p.GenerationGj is > 0))
        {
            return chinese ? "有电厂组未计入, 其发电量不在合计中 (见下方问题)" : "a plant group left out of the bridge, its generation not in the sum (see the problems below)";
        }
        return given.Contains("NE") || bridge.GenerationNotEstimated
            ? (chinese ? "发电量 NE" : "generation NE")
            : given.Contains("0")
                ? (chinese ? "发电量为 0, 但有发电燃料" : "generation 0, with power-plant fuel burnt")
                : (chinese ? "有发电厂燃料, 无发电量 electricity_generation 行" : "power-plant fuel, but no electricity_generation row");
    }
}
