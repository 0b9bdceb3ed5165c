using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>
/// A message the program stores for people (a plausibility flag's text), kept language-neutral: a resource key and its
/// arguments (numbers, codes, values as written, rows as their keys), rendered in the reader's language when read.
/// </summary>
/// <remarks>
/// Form: U+0001, the key of <see cref="DataIngestText"/>, then each argument after U+001F; a row argument is U+0002 with its
/// category code, activity key, facility and use key separated by U+0003 (<see cref="RowNames.Describe(string)"/>). Text
/// without the leading U+0001 (flags stored before issue 13) is shown as it was stored.
/// </remarks>
internal static class StoredText
{
    private const char Start = '\u0001';
    private const char Separator = '\u001F';

    /// <summary>Marks an argument that names a row.</summary>
    public const char RowMark = '\u0002';

    /// <summary>Separates the parts of a row argument.</summary>
    public const char RowSeparator = '\u0003';

    /// <summary>The neutral form of message <paramref name="key"/> with <paramref name="args"/> (formatted with the invariant culture).</summary>
    public static string Encode(string key, params object?[] args) =>
        Start + key + string.Concat(args.Select(a => Separator + Convert.ToString(a, CultureInfo.InvariantCulture)));

    /// <summary>The neutral form of a row: category code, activity key, facility (or empty), use key (or empty for combustion).</summary>
    public static string Row(string category, string activity, string? facility, string? use) =>
        string.Concat(RowMark.ToString(), category, RowSeparator.ToString(), activity, RowSeparator.ToString(), facility ?? "", RowSeparator.ToString(), use ?? "");

    /// <summary>The message <paramref name="stored"/> in the current UI culture; text not in the neutral form is returned as it is.</summary>
    public static string Render(string stored, RowNames names)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(names);
        if (stored.Length == 0 || stored[0] != Start)
        {
            return stored;
        }
        var parts = stored[1..].Split(Separator);
        if (DataIngestText.ResourceManager.GetString(parts[0], CultureInfo.CurrentUICulture) is not { } format)
        {
            return stored;
        }
        var args = parts.Skip(1).Select(p => p.Length > 0 && p[0] == RowMark ? names.Describe(p) : p).ToArray<object?>();
        return Text.Format(format, args);
    }
}
