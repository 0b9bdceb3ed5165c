using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Accounting.Methods.Waste;

/// <summary>Texts of Resources/WasteWaterText (incineration and wastewater): stored texts with both languages filled at once (a <see cref="LineText.Term"/>), and messages
/// rendered at once in the current UI language (refusals).</summary>
internal static class WasteWaterSay
{
    /// <summary>The text <paramref name="key"/> of WasteWaterText with <paramref name="args"/>, in English and Chinese.</summary>
    public static LineText Text(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    /// <summary>The text <paramref name="key"/> of WasteWaterText in the current UI culture.</summary>
    public static string Now(string key, params object?[] args) => Render(key, CultureInfo.CurrentUICulture, args);

    private static string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = WasteWaterText.ResourceManager.GetString(key, culture) ?? key;
        object?[] rendered = args.Select(a => a is LineText t ? t.Render() : a is double d ? Numbers.Format(d) : a).ToArray();
        return Localization.Text.Format(format, rendered);
    }
}
