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
        // Four stacked series: an invisible base, the start and end totals, the increases and the decreases. Each effect's bar
        // starts where the running level stands (level before and after the effect), so start + effects = end visually: the
        // additive LMDI has no residual. Every position is a computed level or effect in 10^4 t, rounded to 0.01.
        static double TenThousand(double tonnes) => Math.Round(tonnes / 1e4, 2);
        var labels = new JsonArray { (JsonNode)Text.Format(Strings.WaterfallStart, d.FromYear) };
        var bases = new JsonArray { (JsonNode)0 };
        var totals = new JsonArray { (JsonNode)TenThousand(r.StartTotal) };
        var rises = new JsonArray { (JsonNode?)null };
        var falls = new JsonArray { (JsonNode?)null };
        double level = r.StartTotal;
        for (int k = 0; k < r.Factors.Count; k++)
        {
            double effect = r.Additive[k];
            labels.Add((JsonNode)CompareReport.EffectName(r.Factors[k]));
            bases.Add((JsonNode)TenThousand(Math.Min(level, level + effect)));
            totals.Add((JsonNode?)null);
            rises.Add(effect >= 0 ? (JsonNode)TenThousand(effect) : null);
            falls.Add(effect < 0 ? (JsonNode)TenThousand(-effect) : null);
            level += effect;
        }
        labels.Add((JsonNode)Text.Format(Strings.WaterfallStart, d.ToYear));
        bases.Add((JsonNode)0);
        totals.Add((JsonNode)TenThousand(r.EndTotal));
        rises.Add((JsonNode?)null);
        falls.Add((JsonNode?)null);
        static JsonObject Label(string position, string formatter) =>
            new() { ["show"] = true, ["position"] = position, ["formatter"] = formatter, ["fontSize"] = 11 };
        var option = new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 48, ["bottom"] = 8, ["containLabel"] = true },
            ["legend"] = new JsonObject { ["top"] = 0, ["data"] = new JsonArray { (JsonNode)HtmlTargetsText.WaterfallTotal, (JsonNode)HtmlTargetsText.WaterfallRise, (JsonNode)HtmlTargetsText.WaterfallFall } },
            ["tooltip"] = new JsonObject { ["trigger"] = "item" },
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = labels, ["axisLabel"] = new JsonObject { ["interval"] = 0, ["rotate"] = 20 } },
            ["yAxis"] = new JsonObject
            {
                ["type"] = "value", ["name"] = Strings.UnitCo2, ["nameLocation"] = "end", ["nameGap"] = 14,
                ["nameTextStyle"] = new JsonObject { ["align"] = "left" },
            },
            ["series"] = new JsonArray
            {
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["silent"] = true, ["itemStyle"] = new JsonObject { ["color"] = "transparent" }, ["data"] = bases },
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["name"] = HtmlTargetsText.WaterfallTotal, ["itemStyle"] = new JsonObject { ["color"] = "#4a6fa5" },
                    ["label"] = Label("top", "{c}"), ["data"] = totals },
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["name"] = HtmlTargetsText.WaterfallRise, ["itemStyle"] = new JsonObject { ["color"] = "#a61b1b" },
                    ["label"] = Label("top", "+{c}"), ["data"] = rises },
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["name"] = HtmlTargetsText.WaterfallFall, ["itemStyle"] = new JsonObject { ["color"] = "#3b7d4f" },
                    ["label"] = Label("bottom", "−{c}"), ["data"] = falls },
            },
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
