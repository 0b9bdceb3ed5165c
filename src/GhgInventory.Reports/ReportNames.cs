using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Names of regions, categories and activities in the report's language, and the unit of its tables.</summary>
/// <param name="Language">Report language.</param>
/// <param name="Activities">Activity vocabulary, for activity names.</param>
public sealed record ReportNames(ReportLanguage Language, IReadOnlyDictionary<string, ActivityDefinition> Activities)
{
    /// <summary>True for Chinese.</summary>
    public bool Zh => Language == ReportLanguage.Zh;

    /// <summary>The UI culture whose resources the report's labels come from: zh-Hans or en.</summary>
    public CultureInfo Culture => Zh ? UiCulture.Chinese : UiCulture.English;

    /// <summary>Unit of CO2 and CO2e masses in tables: 万吨 (default) or tonnes.</summary>
    public ReportUnit Unit { get; init; } = ReportUnit.TenThousandTonnes;

    /// <summary>Names in the language of the current UI culture (<see cref="UiCulture.IsChinese"/>).</summary>
    public static ReportNames Current(IReadOnlyDictionary<string, ActivityDefinition> activities) =>
        new(UiCulture.IsChinese ? ReportLanguage.Zh : ReportLanguage.En, activities);

    /// <summary>A region's name.</summary>
    public string Of(Region region) => Zh ? region.NameZh : region.NameEn;

    /// <summary>A category's name.</summary>
    public string Of(Category category) => Zh ? category.NameZh : category.NameEn;

    /// <summary>An activity's name, or the key when unknown.</summary>
    public string Activity(string key) => Activities.TryGetValue(key, out var a) ? (Zh ? a.NameZh : a.NameEn) : key;

    /// <summary>The rung of the factor resolution order in words a compiler reads (本旗区实测值, 市级值, 中国指南默认值, IPCC默认值).</summary>
    public string Tier(Core.Factors.ResolutionTier tier)
    {
        using var _ = UiCulture.Use(Culture);
        return tier switch
        {
            Core.Factors.ResolutionTier.RegionMeasured => ReportText.TierRegionMeasured,
            Core.Factors.ResolutionTier.CityValue => ReportText.TierCityValue,
            Core.Factors.ResolutionTier.ChinaGuidelineDefault => ReportText.TierChinaGuidelineDefault,
            Core.Factors.ResolutionTier.IpccDefault => ReportText.TierIpccDefault,
            _ => tier.ToString(),
        };
    }

    /// <summary>The unit of CO2e masses in the report's tables: <c>万吨 CO2e</c> / <c>10^4 t CO2e</c>, or <c>t CO2e</c>.</summary>
    public string Co2eUnit()
    {
        using var _ = UiCulture.Use(Culture);
        return Unit == ReportUnit.Tonnes ? ReportText.UnitTonnesCo2e : ReportText.UnitTenThousandTonnesCo2e;
    }

    /// <summary>The unit of gas masses in the report's tables: <c>万吨</c> / <c>10^4 t</c>, or <c>t</c>.</summary>
    public string MassUnit()
    {
        using var _ = UiCulture.Use(Culture);
        return Unit == ReportUnit.Tonnes ? ReportText.UnitTonnes : ReportText.UnitTenThousandTonnes;
    }

    /// <summary>A CO2e cell in the report's unit: <c>28,174.1</c> (万吨, one decimal) or <c>281,741,234</c> (t), with its NE/C parts.</summary>
    public string Co2e(Core.Reporting.GasCell cell, bool compact = false) => Format.Cell(cell, Unit.Decimals(), Unit.Scale(), compact);

    /// <summary>A CO2e amount in the report's unit.</summary>
    public string Co2e(double tonnes) => Format.InUnit(tonnes, Unit);

    /// <summary>A subtracted CO2e cell in the report's unit (never <c>-0</c>).</summary>
    public string Co2eNegated(Core.Reporting.GasCell cell, bool compact = false) => Format.Negated(cell, Unit.Decimals(), Unit.Scale(), compact);

    /// <summary>Picks the Chinese or English text.</summary>
    public string T(string zh, string en) => Zh ? zh : en;
}
