using System.Text.Json;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;
using Spectre.Console;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>Renders the completeness matrix of a summary (issue 15 item 10): rows = reporting-level categories with their names, columns =
/// gases, each cell a number, a number with its NE/C parts (<c>12.5 + NE</c>) or a notation key; the keys' reasons below.</summary>
public static class CompletenessReport
{
    /// <summary>Decimals of a matrix cell (tonnes of a gas: CH4 and N2O of a small banner are a few tonnes).</summary>
    private const int Decimals = 2;

    /// <summary>A cell as the matrix shows it: the number (signed) with its NE/C parts, or the key; never blank, never 0 for a key.</summary>
    public static string CellText(CompletenessCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Value is { } v ? Format.Cell(v, Decimals) : cell.Key!.Value.ToString();
    }

    /// <summary>The reason of a cell's default key in the report's language; null for a cell with lines.</summary>
    public static string? Reason(CompletenessCell cell, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(n);
        return cell.Key is null ? null : n.Zh ? cell.ReasonZh : cell.ReasonEn;
    }

    /// <summary>The explanations under the matrix: each default key with its reason and how many cells it stands in, then the reasons of
    /// the lines under a notation key, cell by cell.</summary>
    public static IReadOnlyList<string> Footnotes(CompletenessMatrix m, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        var result = m.Rows.SelectMany(r => r.Cells).Where(c => c.Key is not null)
            .GroupBy(c => (Key: c.Key!.Value, Reason: Reason(c, n)))
            .OrderBy(g => GasCell.KeyOrder.ToList().IndexOf(g.Key.Key)).ThenBy(g => g.Key.Reason, StringComparer.Ordinal)
            .Select(g => Text.Format(SectorReportText.CompletenessKeyLine, g.Key.Key, g.Key.Reason, g.Count()))
            .ToList();
        foreach (var row in m.Rows)
        {
            foreach (var cell in row.Cells.Where(c => c.Notes.Count > 0))
            {
                result.Add(Text.Format(SectorReportText.CompletenessLineKeyLine, cell.Column, row.Category.Code.Value, n.Of(row.Category),
                    string.Join(n.T("；", "; "), cell.Notes.Select(t => t.Key + n.T("：", ": ") + t.Reason.Render()))));
            }
        }
        return result;
    }

    /// <summary>Writes the matrix of <paramref name="s"/> as a terminal table with the keys' reasons below it.</summary>
    /// <exception cref="InvalidOperationException">The summary was built without reporting cells (a programming error).</exception>
    public static void WriteTable(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        var m = s.Completeness ?? throw new InvalidOperationException("The summary has no completeness matrix.");
        using var culture = UiCulture.Use(n.Culture);
        var table = new FittedTable(Markup.Escape(Text.Format(SectorReportText.CompletenessTitle, n.Of(s.Region), s.Year, s.RunId)),
            [Markup.Escape(ReportText.ColumnCode), Markup.Escape(ReportText.ColumnCategory)], [.. m.Columns.Select(Markup.Escape)]);
        foreach (var row in m.Rows)
        {
            table.AddRow([Markup.Escape(row.Category.Code.Value), Markup.Escape(n.Of(row.Category))], [.. row.Cells.Select(c => Markup.Escape(CellText(c)))]);
        }
        table.Write(console);
        console.WriteLine(SectorReportText.CompletenessKeysTitle);
        foreach (var line in Footnotes(m, n))
        {
            console.WriteLine("  " + line);
        }
    }

    /// <summary>Writes the matrix as JSON: <c>{ region, year, run, columns, rows: [ { category, name_zh, name_en, memo, cells: { "CO2":
    /// { "value_t": …|null, "notation": "NE"|null, "incomplete": ["NE"], "reason_zh", "reason_en", "notes": [ { "notation", "reason" } ] } } } ] }</c>.</summary>
    public static void WriteJson(Stream output, InventorySummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var m = s.Completeness ?? throw new InvalidOperationException("The summary has no completeness matrix.");
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("region", s.Region.Code.Value);
        w.WriteNumber("year", s.Year);
        w.WriteString("run", s.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteStartArray("columns");
        m.Columns.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in m.Rows)
        {
            w.WriteStartObject();
            w.WriteString("category", row.Category.Code.Value);
            w.WriteString("name_zh", row.Category.NameZh);
            w.WriteString("name_en", row.Category.NameEn);
            // Issue 15: international bunkers are memo rows, reported for information and in no total.
            w.WriteBoolean("memo", row.IsMemo);
            w.WriteStartObject("cells");
            foreach (var cell in row.Cells)
            {
                w.WriteStartObject(cell.Column);
                w.WriteString("unit", CompletenessMatrix.Co2eColumns.Contains(cell.Column) ? "t CO2e" : "t");
                JsonOutput.NumberOrNull(w, "value_t", cell.Value is { HasNumber: true } v ? v.Tonnes : null);
                var key = cell.Key ?? cell.Value?.OnlyKey;
                if (key is { } k)
                {
                    w.WriteString("notation", k.ToString());
                }
                else
                {
                    w.WriteNull("notation");
                }
                w.WriteStartArray("incomplete");
                (cell.Value?.IncompleteBecause ?? []).Select(x => x.ToString()).ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                if (cell.Key is not null)
                {
                    w.WriteString("reason_zh", cell.ReasonZh);
                    w.WriteString("reason_en", cell.ReasonEn);
                }
                w.WriteStartArray("notes");
                foreach (var note in cell.Notes)
                {
                    w.WriteStartObject();
                    w.WriteString("notation", note.Key.ToString());
                    w.WriteString("reason", note.Reason.Render());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
