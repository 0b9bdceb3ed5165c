using System.Text.Json.Nodes;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>The banners and districts side by side: one column per part, CO2e by sector (category nodes down to 1.A.1–1.A.5),
/// and a bar chart of each part's total.</summary>
public sealed class PartsSection : IHtmlSection
{
    /// <summary>Deepest category level shown side by side (2: 1.A.1, 1.A.2, …).</summary>
    public const int MaxDepth = 2;

    /// <inheritdoc/>
    public string Id => "banners";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.PartsTitle;

    /// <summary>A part's name: the region's, with "(本级)" for the region's own records.</summary>
    public static string Name(RegionTotal part, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(n);
        return part.OwnRecordsOnly ? Text.Format(Strings.OwnRecords, n.Of(part.Region)) : n.Of(part.Region);
    }

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        var parts = s.ByRegion;
        var missing = s.Coverage?.Missing ?? [];
        if (parts.Count == 0)
        {
            return;
        }
        string[] headings = [Strings.ColCode, Strings.ColCategory, .. parts.Select(p => Name(p, n)), .. missing.Select(n.Of), Strings.TotalRow];
        w.OpenTable(Text.Format(Strings.PartsCaption, n.Of(s.Region), s.Year), headings, 2, "parts");
        foreach (var c in s.ByCategory.Where(c => c.Depth <= MaxDepth))
        {
            w.Row([c.Category.Code.Value, n.Of(c.Category)],
                [.. parts.Select(p => HtmlWriter.TenThousand(p.ByCategory.FirstOrDefault(pc => pc.Category.Code == c.Category.Code)?.Totals.Co2e)),
                 .. missing.Select(_ => HtmlWriter.Escape(Strings.NoData)),
                 HtmlWriter.TenThousand(c.Totals.Co2e)],
                c.Depth <= 1 ? "sector" : null);
        }
        w.Row(["", s.Coverage is { Complete: false } ? Strings.TotalIncompleteRow : Strings.TotalRow],
            [.. parts.Select(p => HtmlWriter.TenThousand(p.Totals.Co2e)), .. missing.Select(_ => HtmlWriter.Escape(Strings.NoData)), HtmlWriter.TenThousand(s.Territorial.Co2e)], "total");
        w.CloseTable();

        var ranked = parts.OrderBy(p => p.Totals.Co2e.Tonnes).ToList();
        var option = new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 72, ["top"] = 16, ["bottom"] = 24, ["containLabel"] = true },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } },
            ["xAxis"] = new JsonObject { ["type"] = "value", ["name"] = Strings.UnitTenThousandCo2e, ["nameLocation"] = "middle", ["nameGap"] = 28 },
            ["yAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. ranked.Select(p => (JsonNode)Name(p, n))]) },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "bar",
                ["name"] = Strings.UnitTenThousandCo2e,
                ["itemStyle"] = new JsonObject { ["color"] = "#a61b1b" },
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "right" },
                ["data"] = new JsonArray([.. ranked.Select(p => (JsonNode?)HtmlWriter.ChartValue(p.Totals.Co2e))]),
            }),
        };
        w.Chart("chart-banners", Text.Format(Strings.PartsChartTitle, s.Year), option, 40 + 34 * ranked.Count);
        w.Paragraph(Strings.ChartNote, "note");
    }
}
