using GhgInventory.Core.Domain;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>The notation keys as a legend names them, in the current UI culture: NE 未估算, IE 已包含在其他项, NO 未发生, NA 不适用, C 保密.</summary>
public static class NotationNames
{
    /// <summary>The key followed by its meaning, e.g. <c>NE 未估算</c> / <c>NE not estimated</c>.</summary>
    public static string Of(NotationKey key) => key switch
    {
        NotationKey.NE => ReportText.NotationNE,
        NotationKey.IE => ReportText.NotationIE,
        NotationKey.NO => ReportText.NotationNO,
        NotationKey.NA => ReportText.NotationNA,
        NotationKey.C => ReportText.NotationC,
        _ => key.ToString(),
    };
}
