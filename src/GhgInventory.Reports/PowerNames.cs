using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Power;
using GhgInventory.Reports.Resources;
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
            return Resource(n, nameof(ReportText.ChpSplitEnergyOutput));
        }
        string heat = (split.HeatEfficiency ?? 0).ToString("R", CultureInfo.InvariantCulture), power = (split.PowerEfficiency ?? 0).ToString("R", CultureInfo.InvariantCulture);
        return Text.Format(Resource(n, nameof(ReportText.ChpSplitEfficiency)), heat, power);
    }

    /// <summary>Why generation is NE on the bridge: a generation row under NE, given as 0, or no generation row beside power-plant fuel.</summary>
    public static string GenerationWhy(ElectricityBridge bridge, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(bridge);
        var culture = chinese ? UiCulture.Chinese : UiCulture.English;
        var given = bridge.Plants.Where(p => p.Counted && (p.GenerationMissing || p.GenerationNotEstimated)).Select(p => p.GenerationGiven).ToList();
        if (bridge.Plants.Any(p => !p.Counted && p.GenerationGj is > 0))
        {
            return Resource(culture, nameof(ReportText.GenerationWhyLeftOut));
        }
        return given.Contains("NE") || bridge.GenerationNotEstimated
            ? Resource(culture, nameof(ReportText.GenerationWhyNotEstimated))
            : given.Contains("0")
                ? Resource(culture, nameof(ReportText.GenerationWhyZero))
                : Resource(culture, nameof(ReportText.GenerationWhyNoRow));
    }

    private static string Resource(ReportNames n, string key) => Resource(n.Culture, key);

    private static string Resource(CultureInfo culture, string key) => ReportText.ResourceManager.GetString(key, culture) ?? key;
}
