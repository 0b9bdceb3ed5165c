using GhgInventory.Core.Domain;

namespace GhgInventory.Reports;

/// <summary>Names of regions, categories and activities in the report's language.</summary>
/// <param name="Language">Report language.</param>
/// <param name="Activities">Activity vocabulary, for activity names.</param>
public sealed record ReportNames(ReportLanguage Language, IReadOnlyDictionary<string, ActivityDefinition> Activities)
{
    /// <summary>True for Chinese.</summary>
    public bool Zh => Language == ReportLanguage.Zh;

    /// <summary>A region's name.</summary>
    public string Of(Region region) => Zh ? region.NameZh : region.NameEn;

    /// <summary>A category's name.</summary>
    public string Of(Category category) => Zh ? category.NameZh : category.NameEn;

    /// <summary>An activity's name, or the key when unknown.</summary>
    public string Activity(string key) => Activities.TryGetValue(key, out var a) ? (Zh ? a.NameZh : a.NameEn) : key;

    /// <summary>The rung of the factor resolution order in words a compiler reads (本旗区实测值, 市级值, 中国指南默认值, IPCC默认值).</summary>
    public string Tier(Core.Factors.ResolutionTier tier) => tier switch
    {
        Core.Factors.ResolutionTier.RegionMeasured => T("本旗区实测值", "region's measured value"),
        Core.Factors.ResolutionTier.CityValue => T("市级值", "city value"),
        Core.Factors.ResolutionTier.ChinaGuidelineDefault => T("中国指南默认值", "China guideline default"),
        Core.Factors.ResolutionTier.IpccDefault => T("IPCC默认值", "IPCC default"),
        _ => tier.ToString(),
    };

    /// <summary>Picks the Chinese or English text.</summary>
    public string T(string zh, string en) => Zh ? zh : en;
}
