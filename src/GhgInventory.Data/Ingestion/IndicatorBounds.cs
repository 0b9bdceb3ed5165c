using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>Absolute bounds on socio-economic indicator values that no region of China can exceed (issue 14: a population of
/// 2,153,600 万人 = 21.5 billion was accepted on a first version, with no previous year to compare with).</summary>
/// <remarks>
/// These refuse only what is impossible for any region, the country included; values merely implausible for a county or a
/// prefecture (215.36 人 for a banner) are not flagged yet (see the issue-14 report: the level-dependent flag is not built).
/// China's population at the end of 2023 was 140,967 万人 (国家统计局, 2023年国民经济和社会发展统计公报; figure as commonly quoted,
/// the bulletin not read here: UNVERIFIED), its GDP 1,260,582 亿元 ≈ 1.26 × 10^14 yuan (same bulletin, UNVERIFIED).
/// </remarks>
internal static class IndicatorBounds
{
    /// <summary>The largest population accepted, persons: 1.5 × 10^9, above China's whole population (about 1.41 × 10^9).</summary>
    public const double MaxPersons = 1.5e9;

    /// <summary>The largest GDP or value added accepted, yuan: 2 × 10^14, about 1.6 times China's GDP (about 1.26 × 10^14 yuan in 2023).</summary>
    public const double MaxYuan = 2e14;

    /// <summary>What is expected when <paramref name="baseValue"/> (base units) of an indicator of <paramref name="dimension"/> is beyond every
    /// region's possible value; null when it is within the bound or the dimension has none here.</summary>
    public static string? Expected(Dimension dimension, double baseValue) => dimension switch
    {
        Dimension.Count when baseValue > MaxPersons =>
            Text.Format(TargetDataText.ExpectedPopulationPossible, Number(MaxPersons / 1e4), Number(baseValue / 1e4)),
        Dimension.Money when baseValue > MaxYuan =>
            Text.Format(TargetDataText.ExpectedMoneyPossible, Number(MaxYuan / 1e8), Number(baseValue / 1e8)),
        _ => null,
    };

    /// <summary>As the statistics write it: thousands separators, never an exponent (万人 and 亿元 keep the numbers short).</summary>
    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
