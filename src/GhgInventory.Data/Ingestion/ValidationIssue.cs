namespace GhgInventory.Data.Ingestion;

/// <summary>One thing wrong with an input file, located precisely enough to fix it.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Line">1-based line in the file (the header is line 1); 0 for the file as a whole.</param>
/// <param name="Column">Column name, or null when the problem is the row or the file.</param>
/// <param name="Found">The value found.</param>
/// <param name="Expected">What was expected instead.</param>
/// <param name="ColumnNumber">1-based column position, where known.</param>
public sealed record ValidationIssue(string File, int Line, string? Column, string Found, string Expected, int? ColumnNumber = null)
{
    /// <summary>For a workbook, the cell or row the issue is about (<see cref="XlsxLocation"/>: <c>准格尔旗2023.xlsx!能源!D17</c>); it stands in the message for file, line and column number.</summary>
    public string? Cell { get; init; }

    /// <inheritdoc/>
    /// <remarks>The value found is quoted to <see cref="TextFields.ShownChars"/> characters and control characters are escaped, so a message never moves a terminal's cursor.</remarks>
    public override string ToString()
    {
        string where = Cell ?? (Line > 0 ? $"{File}:{Line}" : File);
        string column = (Column, Cell is null ? ColumnNumber : null) switch
        {
            (null, _) => "",
            (_, null) => $" column '{TextFields.Shown(Column)}':",
            _ => $" column {ColumnNumber} '{TextFields.Shown(Column)}':",
        };
        return $"{where}:{column} found '{TextFields.Shown(Found)}', expected {TextFields.Shown(Expected, max: 2000)}";
    }
}
