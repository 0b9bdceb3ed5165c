using System.Globalization;
using System.Text;

namespace GhgInventory.Core.Reporting;

/// <summary>Where an input value sits, printed the same in every language: <c>file:line</c> for a text file, <c>file!sheet!D17</c> for a workbook cell.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Line">1-based line (CSV) or row (XLSX); 0 for the file as a whole.</param>
/// <param name="Sheet">Worksheet name for a workbook; null for a text file.</param>
/// <param name="ColumnNumber">1-based column, where known; a workbook location shows it as the column letters (4 is D).</param>
/// <remarks>The one place that formats a location, so CSV and XLSX readers locate their messages alike.</remarks>
public readonly record struct SourceLocation(string File, int Line, string? Sheet = null, int? ColumnNumber = null)
{
    /// <summary>True for a workbook location (a sheet is named).</summary>
    public bool IsCell => Sheet is not null;

    /// <inheritdoc/>
    /// <remarks><c>准格尔旗2023.csv:17</c>, <c>准格尔旗2023.csv</c> (line 0), <c>准格尔旗2023.xlsx!能源!D17</c>, <c>准格尔旗2023.xlsx!能源!17</c> (no column), <c>准格尔旗2023.xlsx!能源</c> (row 0).</remarks>
    public override string ToString()
    {
        if (Sheet is null)
        {
            return Line > 0 ? $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}" : File;
        }
        if (Line <= 0)
        {
            return $"{File}!{Sheet}";
        }
        string row = Line.ToString(CultureInfo.InvariantCulture);
        return ColumnNumber is { } column and > 0 ? $"{File}!{Sheet}!{ColumnLetters(column)}{row}" : $"{File}!{Sheet}!{row}";
    }

    /// <summary>The spreadsheet letters of a 1-based column: 1 is A, 26 is Z, 27 is AA.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is below 1.</exception>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        }
        return letters.ToString();
    }
}
