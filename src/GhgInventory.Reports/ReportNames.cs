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

    /// <summary>Picks the Chinese or English text.</summary>
    public string T(string zh, string en) => Zh ? zh : en;
}
