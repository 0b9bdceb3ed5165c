using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>Issue 15: the totals excluding and including LULUCF (UNFCCC CRT summary; land use 3.B with its sign) and the memo items
/// (international bunkers, CO2 from biomass), which are in no total (IPCC 2006 Vol 1 Ch 8 §8.2.1).</summary>
public sealed class TotalsMemoSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "totals-memo";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => SectorReportText.TotalsMemoTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        var t = s.Territorial;
        w.OpenTable(Text.Format(SectorReportText.TotalsCaption, n.Of(s.Region), s.Year), [SectorReportText.ColumnItem, "CO2e"], 1, "totals");
        w.Row([SectorReportText.TotalExclLulucf], [HtmlWriter.TenThousand(t.Co2e)], "total");
        w.Row([SectorReportText.LulucfRow], [HtmlWriter.TenThousand(t.Lulucf?.Co2e)]);
        w.Row([SectorReportText.TotalInclLulucf], [HtmlWriter.TenThousand(t.Co2eIncludingLulucf)], "total");
        w.CloseTable();
        if (s.MemoTotals.Count == 0)
        {
            w.Paragraph(SectorReportText.MemoNone, "note");
        }
        else
        {
            SectorSection.GasTable(w, SectorReportText.MemoCaption, s.MemoTotals, n);
        }
        w.KeyLegend();
    }
}
