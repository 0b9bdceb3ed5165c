using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>Issue 15 item 10: the completeness matrix (every reporting-level category × gas with its number or notation key) and the
/// reasons of its keys; no blank cell.</summary>
public sealed class CompletenessMatrixSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "completeness-matrix";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => SectorReportText.MatrixTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        if (s.Completeness is not { } m)
        {
            return;
        }
        w.OpenTable(Core.Localization.Text.Format(SectorReportText.CompletenessTitle, n.Of(s.Region), s.Year, s.RunId),
            [Resources.HtmlText.ColCode, Resources.HtmlText.ColCategory, .. m.Columns], 2, "completeness-matrix");
        foreach (var row in m.Rows)
        {
            w.Row([row.Category.Code.Value, n.Of(row.Category)],
                [.. row.Cells.Select(c => c.Key is { } key ? HtmlWriter.Key(key) : HtmlWriter.Escape(CompletenessReport.CellText(c)))]);
        }
        w.CloseTable();
        w.Raw("<ul class=\"coverage\">");
        foreach (var line in CompletenessReport.Footnotes(m, n))
        {
            w.Raw("<li>").Text(line).Raw("</li>");
        }
        w.Raw("</ul>");
    }
}
