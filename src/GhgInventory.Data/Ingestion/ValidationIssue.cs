using GhgInventory.Core.Reporting;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>One thing wrong with an input file, located precisely enough to fix it.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Line">1-based line in the file (the header is line 1); 0 for the file as a whole.</param>
/// <param name="Column">Column name, or null when the problem is the row or the file.</param>
/// <param name="Found">The value found (as written, or a description in the reader's language made when the issue was found).</param>
/// <param name="Expected">What was expected instead, in the reader's language when the issue was found.</param>
/// <param name="ColumnNumber">1-based column position, where known.</param>
public sealed record ValidationIssue(string File, int Line, string? Column, string Found, string Expected, int? ColumnNumber = null)
{
    /// <summary>Worksheet of a workbook input (XLSX); null for a text file. With it the location reads <c>file!sheet!D17</c>.</summary>
    public string? Sheet { get; init; }

    /// <summary>Where the issue is, printed alike in every language (<see cref="SourceLocation"/>).</summary>
    public SourceLocation Location => new(File, Line, Sheet, ColumnNumber);

    /// <summary>For a workbook, the cell or row the issue is about (<see cref="XlsxLocation"/>: <c>准格尔旗2023.xlsx!能源!D17</c>); it stands in the message for file, line and column number.</summary>
    public string? Cell { get; init; }

    /// <inheritdoc/>
    /// <remarks>
    /// <c>file.csv:17: column 6 'unit': found '…', expected …</c> in English, <c>file.csv:17: 第 6 列 'unit': 发现 '…'，应为 …</c> in Chinese:
    /// the location and the column as the file spells it stay the same, the words follow the UI culture. The value found is quoted to
    /// <see cref="TextFields.ShownChars"/> characters and control characters are escaped, so a message never moves a terminal's cursor.
    /// </remarks>
    public override string ToString()
    {
        // A workbook location names the cell already: the column's header is enough there.
        string column = Column is null ? ""
            : ColumnNumber is null || Sheet is not null || Cell is not null ? Text.Format(DataText.IssueColumnNamed, TextFields.Shown(Column))
            : Text.Format(DataText.IssueColumnNumbered, ColumnNumber, TextFields.Shown(Column));
        return Text.Format(DataText.IssueFormat, Cell ?? Location.ToString(), column, TextFields.Shown(Found), TextFields.Shown(Expected, max: 2000));
    }
}
