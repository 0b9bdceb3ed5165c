using System.Globalization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Localization;

/// <summary>Texts of Resources/EditionText as stored texts: both languages filled at once (a <see cref="LineText.Term"/>), so they render in
/// the reader's language without Core's text table knowing this file.</summary>
internal static class EditionSay
{
    /// <summary>The text <paramref name="key"/> of EditionText with <paramref name="args"/>, in English and Chinese.</summary>
    public static LineText Text(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    private static string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = EditionText.ResourceManager.GetString(key, culture) ?? key;
        object?[] rendered = args.Select(a => a is LineText t ? t.Render() : a).ToArray();
        return Localization.Text.Format(format, rendered);
    }
}
