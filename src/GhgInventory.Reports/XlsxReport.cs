using ClosedXML.Excel;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Writes the reporting tables as a workbook (<c>ghg report --format xlsx --out FILE</c>): one sheet per table.</summary>
/// <remarks>
/// Sheets: by category and gas, by banner, the territorial to consumption-based bridge, and the trend over the run's years.
/// Units are in the headings; every figure is a number cell (rounded to <see cref="CsvReport.Decimals"/> decimals of a tonne
/// like the CSV), a cell made only of notation lines holds its key (NE) as text, never 0; text is never a formula and is
/// neutralised like the CSV's (<see cref="SpreadsheetText"/>). The figures are the summary's, as JSON reports them.
/// </remarks>
public static class XlsxReport
{
    /// <summary>The row of each sheet's column headings (row 1 is the title).</summary>
    public const int HeaderRow = 2;

    /// <summary>Writes the workbook of <paramref name="summary"/> to <paramref name="output"/>; <paramref name="trend"/> holds the territorial totals of each year of the run.</summary>
    public static void Write(Stream output, InventorySummary summary, ReportNames names, IReadOnlyList<(int Year, GasTotals Totals)> trend)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(trend);
        using var workbook = new XLWorkbook();
        string title = Core.Localization.Text.Format(L(names, nameof(ExportText.ReportTitle)), names.Of(summary.Region), summary.Year, summary.RunId);
        if (RunStatusText.Banner(summary, names) is { } provisional)
        {
            // Issue 14: every sheet's first cell says a provisional run (快报) is one.
            title = provisional + " " + title;
        }
        string co2e = Core.Localization.Text.Format(L(names, nameof(ExportText.ColumnCo2e)), summary.Gwp);
        string[] gasHeadings = [L(names, nameof(ExportText.ColumnCo2)), L(names, nameof(ExportText.ColumnCh4)), L(names, nameof(ExportText.ColumnN2o)), co2e,
            L(names, nameof(ExportText.ColumnNotation))];

        var byCategory = Sheet(workbook, L(names, nameof(ExportText.TableByCategory)), title,
            [L(names, nameof(ExportText.ColumnCode)), L(names, nameof(ExportText.ColumnName)), .. gasHeadings]);
        int row = HeaderRow + 1;
        GasRow(byCategory, row++, "", L(names, nameof(ExportText.TotalTerritorial)), summary.Territorial);
        foreach (var c in summary.ByCategory)
        {
            GasRow(byCategory, row++, c.Category.Code.Value, new string(' ', 2 * c.Depth) + names.Of(c.Category), c.Totals);
        }

        var byRegion = Sheet(workbook, L(names, nameof(ExportText.TableByRegion)), title,
            [L(names, nameof(ExportText.ColumnCode)), L(names, nameof(ExportText.ColumnName)), .. gasHeadings]);
        row = HeaderRow + 1;
        foreach (var r in summary.ByRegion)
        {
            GasRow(byRegion, row++, r.Region.Code.ToString(), names.Of(r.Region) + (r.OwnRecordsOnly ? L(names, nameof(ExportText.OwnRecords)) : ""), r.Totals);
        }

        var bridge = Sheet(workbook, L(names, nameof(ExportText.TableBridge)), title,
            [L(names, nameof(ExportText.ColumnItem)), co2e, L(names, nameof(ExportText.ColumnNotation))]);
        row = HeaderRow + 1;
        foreach (var (key, cell) in CsvReport.BridgeRows(summary.Bridge))
        {
            Text(bridge.Cell(row, 1), L(names, key));
            Cell(bridge.Cell(row, 2), cell);
            Text(bridge.Cell(row, 3), string.Join("+", cell.Keys));
            row++;
        }

        var trendSheet = Sheet(workbook, L(names, nameof(ExportText.TableTrend)), title, [L(names, nameof(ExportText.ColumnYear)), .. gasHeadings]);
        row = HeaderRow + 1;
        foreach (var (year, totals) in trend.OrderBy(t => t.Year))
        {
            trendSheet.Cell(row, 1).SetValue(year);
            Cell(trendSheet.Cell(row, 2), totals.Co2);
            Cell(trendSheet.Cell(row, 3), totals.Ch4);
            Cell(trendSheet.Cell(row, 4), totals.N2o);
            Cell(trendSheet.Cell(row, 5), totals.Co2e);
            Text(trendSheet.Cell(row, 6), string.Join("+", totals.Co2e.Keys));
            row++;
        }
        workbook.SaveAs(output);
    }

    private static string L(ReportNames names, string key) => CsvReport.Label(names, key);

    private static IXLWorksheet Sheet(XLWorkbook workbook, string name, string title, string[] headings)
    {
        var sheet = workbook.Worksheets.Add(XlsxTemplate.SheetName(name));
        Text(sheet.Cell(1, 1), title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        for (int c = 0; c < headings.Length; c++)
        {
            var cell = sheet.Cell(HeaderRow, c + 1);
            Text(cell, headings[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
            sheet.Column(c + 1).Width = c == 1 || headings.Length == 3 && c == 0 ? 40 : 16;
        }
        sheet.SheetView.FreezeRows(HeaderRow);
        return sheet;
    }

    private static void GasRow(IXLWorksheet sheet, int row, string code, string name, GasTotals totals)
    {
        Text(sheet.Cell(row, 1), code);
        Text(sheet.Cell(row, 2), name);
        Cell(sheet.Cell(row, 3), totals.Co2);
        Cell(sheet.Cell(row, 4), totals.Ch4);
        Cell(sheet.Cell(row, 5), totals.N2o);
        Cell(sheet.Cell(row, 6), totals.Co2e);
        Text(sheet.Cell(row, 7), string.Join("+", totals.Co2e.Keys));
    }

    /// <summary>A gas cell: its number (rounded like the CSV), or its notation key as text when no line has a number, or empty.</summary>
    private static void Cell(IXLCell cell, GasCell value)
    {
        if (value.HasNumber)
        {
            cell.SetValue(CsvReport.Rounded(value.Tonnes));
            cell.Style.NumberFormat.Format = "#,##0.0";
        }
        else if (value.OnlyKey is { } key)
        {
            Text(cell, key.ToString());
        }
    }

    private static void Text(IXLCell cell, string text) => XlsxTemplate.Text(cell, text);
}
