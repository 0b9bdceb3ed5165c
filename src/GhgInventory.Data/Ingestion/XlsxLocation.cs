using GhgInventory.Core.Reporting;
namespace GhgInventory.Data.Ingestion;

/// <summary>Where something is in a workbook, written as a spreadsheet user reads it: <c>准格尔旗2023.xlsx!能源!D17</c>.</summary>
public static class XlsxLocation
{
    /// <summary>The location of one cell: file, sheet and A1 address joined by '!'.</summary>
    /// <param name="file">The workbook's file name as given.</param>
    /// <param name="sheet">The sheet's name as written.</param>
    /// <param name="column">1-based column (1 is A).</param>
    /// <param name="row">1-based row.</param>
    public static string Of(string file, string sheet, int column, int row) => new SourceLocation(file, row, sheet, column).ToString();

    /// <summary>The location of a whole row, in Excel's row-range form: <c>准格尔旗2023.xlsx!能源!17:17</c>.</summary>
    public static string OfRow(string file, string sheet, int row) => $"{file}!{sheet}!{row}:{row}";
}
