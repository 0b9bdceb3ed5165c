using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Accounting.CoalChemical;

/// <summary>Texts of Resources/CoalChemText as stored texts: both languages are filled at once (a <see cref="LineText.Term"/>), so that they
/// render in the reader's language without Core's text table knowing this file (as <c>EnergySay</c> does).</summary>
internal static class CoalChemSay
{
    /// <summary>The text <paramref name="key"/> of CoalChemText with <paramref name="args"/>, in English and Chinese.</summary>
    public static LineText Text(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    /// <summary>The text <paramref name="key"/> in the current UI culture, for a message shown at once (a refusal).</summary>
    public static string Now(string key, params object?[] args) => Render(key, CultureInfo.CurrentUICulture, args);

    /// <summary>The text <paramref name="key"/> in Chinese (a method's name).</summary>
    public static string Chinese(string key) => CoalChemText.ResourceManager.GetString(key, UiCulture.Chinese) ?? key;

    private static string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = CoalChemText.ResourceManager.GetString(key, culture) ?? key;
        object?[] rendered = args.Select(a => a is LineText t ? t.Render() : a is double d ? Numbers.Format(d) : a).ToArray();
        return Localization.Text.Format(format, rendered);
    }
}
