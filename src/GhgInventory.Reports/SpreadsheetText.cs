namespace GhgInventory.Reports;

/// <summary>Text put into a cell of an exported CSV or XLSX file, neutralised so that a spreadsheet never runs it as a formula.</summary>
/// <remarks>
/// OWASP's CSV injection guidance: a text field beginning with <c>= + - @</c>, a tab or a carriage return is prefixed with an
/// apostrophe, which spreadsheets read as "this is text". Numbers are written as numbers (a negative number is not text)
/// and are never prefixed. The same rule serves the XLSX export, so both files show the same text.
/// </remarks>
public static class SpreadsheetText
{
    /// <summary>The characters that make a text cell a possible formula when it begins with one of them.</summary>
    public static IReadOnlyList<char> InjectionCharacters { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary><paramref name="text"/>, prefixed with an apostrophe when it begins with one of <see cref="InjectionCharacters"/>.</summary>
    public static string Neutralised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && InjectionCharacters.Contains(text[0]) ? "'" + text : text;
    }
}
