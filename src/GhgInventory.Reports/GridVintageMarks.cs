using System.Globalization;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Reporting;
using GhgInventory.Core.Localization;
using Text = GhgInventory.Core.Localization.Text;
using GhgInventory.Reports.Resources;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>
/// Marks, in every table that shows a consumption-based figure, the grid factor each year used and whether it was borrowed from another
/// year (issue 12: a year priced with another year's factor is never shown as if it had its own).
/// </summary>
public static class GridVintageMarks
{
    /// <summary>The cell of one year: <c>0.6776 (2022)*</c> when borrowed, <c>0.6361</c> when the year's own, NE when no factor applied, – without electricity use.</summary>
    public static string Cell(InventorySummary year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var factors = year.GridFactors;
        if (factors.Count == 0)
        {
            return GridVintage.NotEstimated(year.Lines, year.Year) ? "NE" : "–";
        }
        return string.Join("; ", factors.Select(f => Value(f) + (f.Borrowed ? $" ({f.FactorYear.ToString(CultureInfo.InvariantCulture)})*" : "")));
    }

    /// <summary>Adds the row "电网因子 / grid factor" to a trend table with one column per year, and the footnote that explains the asterisk when any year borrowed.</summary>
    public static void AddTrendRow(FittedTable table, IReadOnlyList<InventorySummary> years, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        table.AddRow(["", Markup.Escape(ReportText.GridFactorRow)], [.. years.Select(y => Markup.Escape(Cell(y)))]);
        var borrowed = years.SelectMany(y => y.GridFactors).Where(f => f.Borrowed).ToList();
        if (borrowed.Count > 0)
        {
            string scopes = string.Join(", ", borrowed.Select(f => f.ScopeName).Distinct());
            string policy = borrowed[0].Policy.Name();
            table.AddNote(Markup.Escape(Text.Format(ReportText.GridFactorBorrowedNote, scopes, policy)));
        }
    }

    /// <summary>Writes, under the one-year bridge, the grid factor used and, when borrowed, the year it belongs to and the policy.</summary>
    public static void WriteLine(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        foreach (var f in s.GridFactors)
        {
            string text = f.Borrowed
                ? Text.Format(ReportText.GridFactorBorrowedLine, f.ScopeName, Value(f), f.Unit, f.FactorYear, f.Year, f.Policy.Name())
                : Text.Format(ReportText.GridFactorOwnLine, f.ScopeName, Value(f), f.Unit, f.Year);
            console.MarkupLine(Markup.Escape(text));
        }
        if (s.GridFactors.Count == 0 && GridVintage.NotEstimated(s.Lines, s.Year))
        {
            console.MarkupLine(Markup.Escape(Text.Format(ReportText.GridFactorNotEstimatedLine, s.Year, s.GridYear.Name())));
        }
    }

    private static string Value(GridVintage f) => f.Value.ToString("0.0###", CultureInfo.InvariantCulture);
}
