using System.Globalization;

namespace GhgInventory.Core.Localization;

/// <summary>Fills a message format from the resources; numbers and dates inside always use the invariant culture.</summary>
public static class Text
{
    /// <summary><see cref="string.Format(IFormatProvider, string, object[])"/> with the invariant culture.</summary>
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
