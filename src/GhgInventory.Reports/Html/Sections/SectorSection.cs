using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>Issue 15: one IPCC sector (2 IPPU, 3 AFOLU, 4 Waste) by category and substance: CO2, CH4, N2O, every other substance of
/// its lines (HFCs, SF6 …, t) and CO2e, removals with their sign; a sector without lines says so and points to the completeness matrix.</summary>
/// <param name="sector">The sector's code (2, 3 or 4).</param>
public sealed class SectorSection(string sector) : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "sector-" + sector;

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => sector switch
    {
        "2" => SectorReportText.SectorIppuTitle,
        "3" => SectorReportText.SectorAfoluTitle,
        _ => SectorReportText.SectorWasteTitle,
    };

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        var rows = s.ByCategory.Where(c => c.Category.Code.IsWithin(sector)).ToList();
        if (rows.Count == 0)
        {
            w.Paragraph(Text.Format(SectorReportText.SectorNoLines, n.Of(s.Region), s.Year), "note");
            return;
        }
        GasTable(w, Text.Format(SectorReportText.SectorCaption, n.Of(s.Region), s.Year, Title(data)), rows, n);
        if (sector == "3")
        {
            w.Paragraph(SectorReportText.AfoluNote, "note");
        }
        w.KeyLegend();
    }

    /// <summary>A table of <paramref name="rows"/>: code, name, CO2 (万吨), CH4, N2O, the other substances (t) and CO2e (万吨).</summary>
    internal static void GasTable(HtmlWriter w, string caption, IReadOnlyList<CategoryTotal> rows, ReportNames n)
    {
        var extra = rows.SelectMany(r => r.Totals.Substances).Select(t => t.Gas)
            .Where(g => g != Gas.CO2 && g != Gas.CH4 && g != Gas.N2O).Distinct().OrderBy(g => g.Code, StringComparer.Ordinal).ToList();
        w.OpenTable(caption, [Strings.ColCode, Strings.ColCategory, Strings.ColCo2, Strings.ColCh4, Strings.ColN2o, .. extra.Select(g => g.Code + " (t)"), Strings.ColCo2e],
            2, "inventory");
        foreach (var c in rows)
        {
            w.Row([c.Category.Code.Value, n.Of(c.Category)],
                [HtmlWriter.Cell(c.Totals.Co2, 1, 1e4), HtmlWriter.Cell(c.Totals.Ch4, 1, 1), HtmlWriter.Cell(c.Totals.N2o, 1, 1),
                    .. extra.Select(g => HtmlWriter.Cell(c.Totals.For(g)?.Mass, 3, 1)), HtmlWriter.TenThousand(c.Totals.Co2e)],
                c.Depth <= 1 ? "sector" : $"depth-{Math.Min(c.Depth, 4)}");
        }
        w.CloseTable();
    }
}
