using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>
/// Units and run options as a person reads them (issue 14, user trial): the indicator units the analysis computes in
/// (<c>tce/10^4 yuan</c>, <c>t/10^4 yuan</c>, <c>gce/kWh</c>, <c>GW</c> …, the symbols JSON keeps) in the reader's language
/// (吨标准煤/万元, 吨二氧化碳/万元, 克标准煤/千瓦时, 吉瓦), and a run's stored options text in words.
/// </summary>
public static class UnitWords
{
    /// <summary>
    /// The unit symbol <paramref name="unit"/> in the current UI language: a symbol this table knows is named from the
    /// UnitWordsText resources; anything else (%, a Chinese unit from a targets file such as 万吨) is returned as written.
    /// </summary>
    public static string Of(string? unit) => (unit ?? "").Trim() switch
    {
        "tce/10^4 yuan" => UnitWordsText.TcePer10kYuan,
        "t/10^4 yuan" => UnitWordsText.TPer10kYuan,
        "t/person" => UnitWordsText.TPerPerson,
        "gce/kWh" => UnitWordsText.GcePerKwh,
        "GW" => UnitWordsText.Gw,
        "tce" => UnitWordsText.Tce,
        "t" => UnitWordsText.T,
        "t CO2e" => UnitWordsText.TCo2e,
        "yuan" => UnitWordsText.Yuan,
        "person" or "persons" => UnitWordsText.Person,
        "kWh" => UnitWordsText.Kwh,
        var other => other,
    };

    /// <summary>
    /// A run's options text (<c>grid=Regional; grid_year=nearest; chp=energy</c>, stored as is: part of the run's identity)
    /// in words in the reader's language, short enough for a table cell (电网排放因子：区域电网；年份：最近年份；热电联产分摊：按能量产出);
    /// a part this version does not know is shown as stored.
    /// </summary>
    public static string Options(string? options)
    {
        var words = new List<string>();
        foreach (var part in (options ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(part switch
            {
                "grid=Regional" => UnitWordsText.OptGridRegional,
                "grid=National" => UnitWordsText.OptGridNational,
                "grid=Provincial" => UnitWordsText.OptGridProvincial,
                "grid_year=nearest" => UnitWordsText.OptGridYearNearest,
                "grid_year=earlier" => UnitWordsText.OptGridYearEarlier,
                "grid_year=none" => UnitWordsText.OptGridYearNone,
                _ when part == "chp=energy" || part.StartsWith("chp=efficiency(", StringComparison.Ordinal)
                    => Text.Format(UnitWordsText.OptChp, Core.Power.ChpSplit.FromOptionText(part).Label),
                _ when Core.Factors.GuidelineEditions.OptionInWords(part) is { } editionWords => editionWords,
                _ => part,
            });
        }
        return string.Join(UnitWordsText.OptSeparator, words);
    }
}
