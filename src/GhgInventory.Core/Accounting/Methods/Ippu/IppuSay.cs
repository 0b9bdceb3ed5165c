using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Texts of Resources/IppuText: as stored texts (both languages filled at once, a <see cref="LineText.Term"/>, so a line reads in
/// its reader's language without Core's text table knowing this file) or rendered at once for a refusal.</summary>
internal static class IppuSay
{
    /// <summary>The text <paramref name="key"/> of IppuText with <paramref name="args"/>, in English and Chinese.</summary>
    public static LineText Text(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    /// <summary>The text <paramref name="key"/> in the current UI culture (a refusal, shown at once).</summary>
    public static string Now(string key, params object?[] args) => Render(key, CultureInfo.CurrentUICulture, args);

    private static string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = IppuText.ResourceManager.GetString(key, culture) ?? key;
        object?[] rendered = args.Select(a => a is LineText t ? t.Render() : a is double d ? Numbers.Factor(d) : a).ToArray();
        return Localization.Text.Format(format, rendered);
    }
}
