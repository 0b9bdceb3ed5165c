using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;
using Strings = GhgInventory.Reports.Resources.CompareText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>The LMDI decomposition of the change of energy-related CO2 as a waterfall chart (start, each effect, end) and a table.</summary>
/// <remarks>The chart stacks an invisible base under each effect's bar so that each bar starts where the previous one ended (the usual
/// ECharts waterfall); the positions are drawn from the computed effects, no figure is made here.</remarks>
public sealed class DecompositionSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "decomposition";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.WaterfallSection;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Decomposition is not { } d)
        {
            return;
        }
        string regionName = data.Names.Of(data.Summary.Region);
        if (d.Region.Emissions.Result is not { } r)
        {
            w.Paragraph(Text.Format(Strings.WaterfallNone, regionName, CompareReport.GapsText(d.Region.Emissions)), "note");
            return;
        }
        if (data.Illustrative is { Any: true } ill)
        {
            w.Paragraph(Text.Format(HtmlTargetsText.IllustrativeDecomposition, ill.IndicatorRows, ill.IllustrativeIndicatorRows, ill.ActivityRows,
                ill.IllustrativeActivityRows), "warning illustrative");
        }
        // Drawn as a waterfall by the page, as the bridge is (HtmlReport's bootstrap): the start and end totals stand on zero, each
        // effect floats from the running level with its signed amount as label, so start + effects = end visually (the additive LMDI
        // has no residual). Every figure is a computed total or effect in 10^4 t.
        // Rounded to 0.1 as the table below shows them, so chart and table read alike.
        static double TenThousand(double tonnes) => Math.Round(tonnes / 1e4, 1);
        var steps = new List<(string Label, double Value, bool Total)> { (Text.Format(Strings.WaterfallStart, d.FromYear), TenThousand(r.StartTotal), true) };
        for (int k = 0; k < r.Factors.Count; k++)
        {
            steps.Add((CompareReport.EffectName(r.Factors[k]), TenThousand(r.Additive[k]), false));
        }
        steps.Add((Text.Format(Strings.WaterfallStart, d.ToYear), TenThousand(r.EndTotal), true));
        var option = new JsonObject
        {
            ["ghgWaterfall"] = true,
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 48, ["bottom"] = 8, ["containLabel"] = true },
            ["xAxis"] = new JsonObject
            {
                ["type"] = "category", ["data"] = new JsonArray([.. steps.Select(x => (JsonNode)x.Label)]),
                ["axisLabel"] = new JsonObject { ["interval"] = 0, ["rotate"] = 20 },
            },
            ["yAxis"] = new JsonObject
            {
                ["type"] = "value", ["name"] = Strings.UnitCo2, ["nameLocation"] = "end", ["nameGap"] = 14,
                ["nameTextStyle"] = new JsonObject { ["align"] = "left" },
            },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "bar",
                ["name"] = Strings.UnitCo2,
                ["barMaxWidth"] = 56,
                ["data"] = new JsonArray([.. steps.Select(x => (JsonNode)new JsonObject
                {
                    ["value"] = x.Value,
                    ["total"] = x.Total,
                    // Totals in the report's accent colour; increases red, decreases green.
                    ["itemStyle"] = new JsonObject { ["color"] = x.Total ? "#4a6fa5" : x.Value < 0 ? "#3b7d4f" : "#a61b1b" },
                })]),
            }),
        };
        w.Chart("chart-decomposition", Text.Format(Strings.WaterfallTitle, regionName, d.FromYear, d.ToYear), option, 400);
        w.OpenTable(Text.Format(Strings.DecompositionTitle, regionName, d.FromYear, d.ToYear),
            [Strings.ColEffect, Text.Format(Strings.ColAdditive, Strings.UnitCo2), Strings.ColMultiplicative]);
        for (int k = 0; k < r.Factors.Count; k++)
        {
            w.Row([HtmlWriter.Escape(CompareReport.EffectName(r.Factors[k]))], [HtmlWriter.SignedTenths(r.Additive[k] / 1e4),
                r.Multiplicative is { } m ? m[k].ToString("0.0000", CultureInfo.InvariantCulture) : "—"]);
        }
        w.Row([HtmlWriter.Escape(Strings.TotalChange)], [HtmlWriter.SignedTenths(r.Change / 1e4), r.Ratio is { } q ? q.ToString("0.0000", CultureInfo.InvariantCulture) : "—"]);
        w.CloseTable();
        if (d.Region.WithoutNumber.Count > 0)
        {
            w.Paragraph(Text.Format(Strings.LeftOut, d.Region.WithoutNumber.Count), "note");
        }
        w.Paragraph(Text.Format(Strings.Method, d.FromYear), "note");
    }
}
