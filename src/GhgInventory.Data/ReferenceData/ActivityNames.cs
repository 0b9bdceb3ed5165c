using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.ReferenceData;

/// <summary>Finds an activity by what a person writes for it: its key, Chinese name or English name, in any ASCII case and in full-width forms, as activity files are read.</summary>
public static class ActivityNames
{
    /// <summary>The activity <paramref name="text"/> names, or null.</summary>
    public static ActivityDefinition? Find(IReadOnlyDictionary<string, ActivityDefinition> activities, string? text)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (activities.TryGetValue(text, out var byKey))
        {
            return byKey;
        }
        string folded = TextFields.Fold(text);
        return activities.Values.OrderBy(a => a.Key, StringComparer.Ordinal)
            .FirstOrDefault(a => TextFields.Fold(a.Key) == folded || TextFields.Fold(a.NameZh) == folded || TextFields.Fold(a.NameEn) == folded);
    }

    /// <summary>A few accepted spellings for a message, the most used activities first: <c>raw_coal (原煤, raw coal), …</c>; with a "did you mean" when <paramref name="found"/> is one edit from a name.</summary>
    public static string Examples(IReadOnlyDictionary<string, ActivityDefinition> activities, string? found = null, int count = 6)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var shown = activities.Values
            .OrderBy(a => Array.IndexOf(Common, a.Key) is int i && i >= 0 ? i : Common.Length)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .Take(count).Select(a => UiCulture.IsChinese ? a.NameZh : $"{a.Key} ({a.NameZh}, {a.NameEn})");
        string separator = UiCulture.IsChinese ? "、" : ", ";
        string list = string.Join(separator, shown) + (activities.Count > count ? separator + "…" : "");
        var names = activities.Values.SelectMany(a => new[] { a.Key, a.NameZh, a.NameEn });
        return found is not null && NearMiss.Suggest(found, names) is { } near ? Text.Format(DataIngestText.ExamplesDidYouMean, list, near) : list;
    }

    /// <summary>How a message names <paramref name="activity"/>: its key in English (as files write it), its Chinese name in Chinese.</summary>
    public static string Of(ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return UiCulture.IsChinese ? activity.NameZh : activity.Key;
    }

    // The activities a banner's data holds most often, shown first in messages.
    private static readonly string[] Common = ["raw_coal", "natural_gas", "diesel", "gasoline", "electricity", "heat"];
}
