using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>Texts of Resources/LandText as stored texts: both languages are filled at once (a <see cref="LineText.Term"/>), so that they
/// render in the reader's language without Core's text table knowing this file (as <c>EnergySay</c> does for EnergyText).</summary>
internal static class LandSay
{
    /// <summary>The text <paramref name="key"/> of LandText with <paramref name="args"/>, in English and Chinese.</summary>
    public static LineText Text(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    private static string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = LandText.ResourceManager.GetString(key, culture) ?? key;
        object?[] rendered = args.Select(a => a is LineText t ? t.Render() : a is double d ? Numbers.Format(d) : a).ToArray();
        return Localization.Text.Format(format, rendered);
    }
}
