using System.Globalization;

namespace GhgInventory.Core.Localization;

/// <summary>
/// The language people read: Chinese (zh-Hans) by default, English on request. Messages, help and report labels come
/// from the <c>Resources/*.resx</c> files of each project through <see cref="CultureInfo.CurrentUICulture"/>, which the
/// program sets once per invocation with <see cref="Use"/>.
/// </summary>
public static class UiCulture
{
    /// <summary>Simplified Chinese, the default.</summary>
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>English (the resources' neutral language).</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>True when the current UI culture reads Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>The culture of a language option value: "en" (any case) is English, anything else Chinese.</summary>
    public static CultureInfo Of(string? language) =>
        string.Equals(language?.Trim(), "en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>Makes <paramref name="culture"/> the UI culture of this thread until the result is disposed.</summary>
    public static IDisposable Use(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        return new Restore(previous);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
