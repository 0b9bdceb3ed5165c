using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;
using Spectre.Console;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>Issue 15: one region over several years by IPCC sector (Energy, IPPU, AFOLU, Waste), the totals excluding and including LULUCF,
/// and the memo items apart, in CO2e; a sector without any line shows NE (never 0), and a pointer leads to the completeness matrix.</summary>
public static class SectorSummaryReport
{
    private static readonly (string Code, Func<string> Label)[] Sectors =
    [
        ("1", () => SectorReportText.SectorEnergy), ("2", () => SectorReportText.SectorIppu),
        ("3", () => SectorReportText.SectorAfolu), ("4", () => SectorReportText.SectorWaste),
    ];

    /// <summary>Writes the table for <paramref name="years"/> (one summary per year, same region) and the pointer to <c>ghg completeness</c>.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="years">One summary per year, same region, oldest first.</param>
    /// <param name="n">Names and language.</param>
    /// <param name="dbOption">" --db FILE" to repeat in the pointer, or empty for the default database.</param>
    public static void Write(IAnsiConsole console, IReadOnlyList<InventorySummary> years, ReportNames n, string dbOption = "")
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(n);
        if (years.Count == 0)
        {
            return;
        }
        using var culture = UiCulture.Use(n.Culture);
        var region = years[0].Region;
        var table = new FittedTable(Markup.Escape(Text.Format(SectorReportText.SummaryBySectorTitle, n.Of(region), n.Co2eUnit())),
            [Markup.Escape(SectorReportText.ColumnItem)], [.. years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        void Row(string label, Func<InventorySummary, GasCell> cell, bool bold = false) =>
            table.AddRow([bold ? $"[bold]{Markup.Escape(label)}[/]" : Markup.Escape(label)],
                [.. years.Select(y => Markup.Escape(n.Co2e(cell(y), compact: true))).Select(v => bold ? $"[bold]{v}[/]" : v)]);
        bool anySectorMissing = false;
        foreach (var (code, label) in Sectors)
        {
            Row(label(), y =>
            {
                if (y.ByCategory.FirstOrDefault(c => c.Depth == 0 && c.Category.Code.Value == code) is { } t)
                {
                    return t.Totals.Co2e;
                }
                anySectorMissing = true;
                return new GasCell(0, false, [NotationKey.NE]);
            });
            if (code == "3")
            {
                // A region total is always split (Lulucf set, NE when it has no 3.B line); an unsplit one is not known, never a blank read as 0.
                Row(SectorReportText.OfWhichLulucf, y => y.Territorial.Lulucf?.Co2e ?? new GasCell(0, false, [NotationKey.NE]));
            }
        }
        Row(SectorReportText.TotalExclLulucf, y => y.Territorial.Co2e, bold: true);
        Row(SectorReportText.TotalInclLulucf, y => y.Territorial.Co2eIncludingLulucf, bold: true);
        Row(SectorReportText.MemoRow, y => y.MemoTotal.Co2e.HasNumber || y.MemoTotal.Co2e.Keys.Count > 0 ? y.MemoTotal.Co2e : new GasCell(0, false, [NotationKey.NE]));
        table.Write(console);
        if (anySectorMissing)
        {
            console.WriteLine(SectorReportText.SectorNoLineNote);
        }
        console.WriteLine(Text.Format(SectorReportText.CompletenessPointer, region.Code.Value, years[^1].Year, dbOption));
    }
}
