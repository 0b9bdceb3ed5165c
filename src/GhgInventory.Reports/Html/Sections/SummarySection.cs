using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>The headline figures: total CO2e of the year, its change on the previous year, the consumption-based total,
/// the gases and the largest banners; with the warnings that qualify them (out of date, incomplete coverage, open flags).</summary>
public sealed class SummarySection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "summary";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.SummaryTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        Warnings(w, s, n);

        w.Raw("<div class=\"cards\">");
        Card(w, Text.Format(Strings.HeadlineTotal, s.Year), HtmlWriter.TenThousand(s.Territorial.Co2e), Strings.UnitTenThousandCo2e,
            s.Territorial.Co2e.IncompleteBecause.Count > 0 ? Strings.LowerBound : null, "headline-total");
        ChangeCard(w, data);
        Card(w, Text.Format(Strings.HeadlineConsumption, s.Year), HtmlWriter.TenThousand(s.Bridge.ConsumptionCell), Strings.UnitTenThousandCo2e, null, "headline-consumption");
        w.Raw("</div>");

        w.Raw("<div class=\"grid2\"><div>");
        w.OpenTable(Strings.HeadlineByGas, [Strings.ColItem, Strings.UnitTenThousandTonnes, Strings.UnitTonnes]);
        w.Row(["CO2"], [HtmlWriter.Cell(s.Territorial.Co2, 1, 1e4), HtmlWriter.Cell(s.Territorial.Co2, 0, 1)]);
        w.Row(["CH4"], [HtmlWriter.Cell(s.Territorial.Ch4, 1, 1e4), HtmlWriter.Cell(s.Territorial.Ch4, 1, 1)]);
        w.Row(["N2O"], [HtmlWriter.Cell(s.Territorial.N2o, 1, 1e4), HtmlWriter.Cell(s.Territorial.N2o, 1, 1)]);
        w.Row([$"CO2e (GWP {s.Gwp.Name})"], [HtmlWriter.Cell(s.Territorial.Co2e, 1, 1e4), HtmlWriter.Cell(s.Territorial.Co2e, 0, 1)], "total");
        w.CloseTable();
        w.Raw("</div><div>");
        if (s.ByRegion.Count > 0)
        {
            w.OpenTable(Strings.HeadlineTopParts, [Strings.ColRegion, Strings.UnitTenThousandCo2e], 1);
            foreach (var part in s.ByRegion.OrderByDescending(r => r.Totals.Co2e.Tonnes).Take(5))
            {
                w.Row([PartsSection.Name(part, n)], [HtmlWriter.TenThousand(part.Totals.Co2e)]);
            }
            w.CloseTable();
        }
        w.Raw("</div></div>");
    }

    private static void Warnings(HtmlWriter w, InventorySummary s, ReportNames n)
    {
        if (s.StaleBecause.Count > 0)
        {
            w.Raw("<div class=\"warning\"><p>").Text(Text.Format(Strings.StaleRun, s.RunId)).Raw("</p><ul>");
            foreach (var reason in s.StaleBecause)
            {
                w.Element("li", reason);
            }
            w.Raw("</ul></div>");
        }
        if (s.Coverage is { Complete: false } c)
        {
            w.Paragraph(Text.Format(Strings.IncompleteCoverage, c.Missing.Count, c.Expected, c.Year, string.Join(n.T("、", ", "), c.Missing.Select(n.Of))), "warning");
        }
        if (s.Flags.Count > 0)
        {
            w.Paragraph(Text.Format(Strings.OpenFlags, s.Flags.Count), "warning");
        }
    }

    private static void ChangeCard(HtmlWriter w, HtmlReportData data)
    {
        int previous = data.Summary.Year - 1;
        if (data.Change is not { } change)
        {
            Card(w, Text.Format(Strings.HeadlineChange, previous), "<span class=\"dash\">–</span>", "", Text.Format(Strings.HeadlineChangeNone, previous), "headline-change");
            return;
        }
        var details = new List<string>();
        if (change.IncompleteBecause.Count > 0)
        {
            details.Add(Text.Format(Strings.HeadlineChangeLowerBounds, string.Join("/", change.IncompleteBecause)));
        }
        if (change.CoverageDiffers)
        {
            details.Add(Strings.HeadlineChangeCoverage);
        }
        // Issue 15: the headline is the total excluding LULUCF; where land use has lines, the change including it is shown beside it.
        if (data.ChangeIncludingLulucf is { DifferenceTonnes: { } inclDifference } incl && data.Summary.Territorial.Lulucf is { Co2e.HasNumber: true })
        {
            details.Add(Text.Format(Resources.TotalsText.ChangeIncludingLulucf, HtmlWriter.SignedTenths(inclDifference / 1e4),
                incl.Share is { } inclShare ? $" ({Format.SignedPercent(inclShare)})" : ""));
        }
        if (change.DifferenceTonnes is not { } difference)
        {
            Card(w, Text.Format(Strings.HeadlineChange, change.PreviousYear), "<span class=\"dash\">–</span>", "", Strings.HeadlineChangeNotComparable, "headline-change");
            return;
        }
        string value = HtmlWriter.Escape(HtmlWriter.SignedTenths(difference / 1e4));
        if (change.Share is { } share)
        {
            value += $" <span class=\"unit\">({HtmlWriter.Escape(Format.SignedPercent(share))})</span>";
        }
        Card(w, Text.Format(Strings.HeadlineChange, change.PreviousYear), value, Strings.UnitTenThousandCo2e, details.Count == 0 ? null : string.Join("; ", details), "headline-change");
    }

    private static void Card(HtmlWriter w, string label, string valueMarkup, string unit, string? detail, string id)
    {
        w.Raw($"<div class=\"card\" id=\"{id}\"><div class=\"label\">").Text(label).Raw("</div><div class=\"value\">").Raw(valueMarkup)
            .Raw("<span class=\"unit\">").Text(unit).Raw("</span></div>");
        if (detail is not null)
        {
            w.Raw("<div class=\"detail\">").Text(detail).Raw("</div>");
        }
        w.Raw("</div>");
    }
}
