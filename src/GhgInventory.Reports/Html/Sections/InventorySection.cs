using GhgInventory.Core.Localization;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>The reporting table of the provincial guideline (省级温室气体清单编制指南): one row per category node (sector
/// 1, 1.A, 1.A.1–1.A.5 and below), columns CO2, CH4, N2O and CO2e; notation keys as keys, with their legend.</summary>
public sealed class InventorySection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "inventory";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.InventoryTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        w.OpenTable(Text.Format(Strings.InventoryCaption, n.Of(s.Region), s.Year, s.Gwp.Name),
            [Strings.ColCode, Strings.ColCategory, Strings.ColCo2, Strings.ColCh4, Strings.ColN2o, Strings.ColCo2e], 2, "inventory");
        foreach (var c in s.ByCategory)
        {
            w.Row([c.Category.Code.Value, n.Of(c.Category)],
                [HtmlWriter.Cell(c.Totals.Co2, 1, 1e4), HtmlWriter.Cell(c.Totals.Ch4, 1, 1), HtmlWriter.Cell(c.Totals.N2o, 1, 1), HtmlWriter.TenThousand(c.Totals.Co2e)],
                c.Depth <= 1 ? "sector" : $"depth-{Math.Min(c.Depth, 4)}");
        }
        var t = s.Territorial;
        w.Row(["", s.Coverage is { Complete: false } ? Strings.TotalIncompleteRow : Strings.TotalRow],
            [HtmlWriter.Cell(t.Co2, 1, 1e4), HtmlWriter.Cell(t.Ch4, 1, 1), HtmlWriter.Cell(t.N2o, 1, 1), HtmlWriter.TenThousand(t.Co2e)], "total");
        w.CloseTable();
        w.KeyLegend();
        w.Paragraph(Strings.ScopeNote, "note");
    }
}
