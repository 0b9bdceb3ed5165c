using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Localization;

/// <summary>Short hands for Core's own words: a stored text (<see cref="LineText"/>) or a message rendered at once, both from <c>Resources/CoreText</c>.</summary>
internal static class Say
{
    /// <summary>A language-neutral text of message <paramref name="key"/> (a <c>nameof(CoreText.X)</c>), rendered when read.</summary>
    public static LineText Text(string key, params object?[] args) => LineText.Of(key, args);

    /// <summary>Message <paramref name="key"/> in the current UI culture, for a text shown at once (a problem, an exception).</summary>
    public static string Now(string key, params object?[] args) =>
        Localization.Text.Format(CoreText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? key,
            args.Select(a => a is LineText t ? t.Render() : a).ToArray());

    /// <summary>An activity as a reader sees it: its key in English (as before issue 13), its Chinese name (原煤) in Chinese.</summary>
    public static LineText Activity(string key, IReadOnlyDictionary<string, ActivityDefinition>? activities) =>
        activities is not null && activities.TryGetValue(key, out var definition) ? Activity(key, definition) : LineText.Verbatim(key);

    /// <summary>An activity as a reader sees it: its key in English, its Chinese name in Chinese.</summary>
    public static LineText Activity(string key, ActivityDefinition? definition) =>
        definition is null || string.IsNullOrEmpty(definition.NameZh) ? LineText.Verbatim(key) : LineText.Term(key, definition.NameZh);
}
