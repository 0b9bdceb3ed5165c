using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Core.Localization;
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
        static double TenThousand(double tonnes) => Math.Round(tonnes / 1e4, 2);
        var labels = new JsonArray { (JsonNode)Text.Format(Strings.WaterfallStart, d.FromYear) };
        var bases = new JsonArray { (JsonNode)0 };
        var rises = new JsonArray { (JsonNode)TenThousand(r.StartTotal) };
        var falls = new JsonArray { (JsonNode?)null };
        double level = r.StartTotal;
        for (int k = 0; k < r.Factors.Count; k++)
        {
            double effect = r.Additive[k];
            labels.Add((JsonNode)CompareReport.EffectName(r.Factors[k]));
            bases.Add((JsonNode)TenThousand(Math.Min(level, level + effect)));
            rises.Add(effect >= 0 ? (JsonNode)TenThousand(effect) : null);
            falls.Add(effect < 0 ? (JsonNode)TenThousand(-effect) : null);
            level += effect;
        }
        labels.Add((JsonNode)Text.Format(Strings.WaterfallStart, d.ToYear));
        bases.Add((JsonNode)0);
        rises.Add((JsonNode)TenThousand(r.EndTotal));
        falls.Add((JsonNode?)null);
        var option = new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 40, ["bottom"] = 8, ["containLabel"] = true },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } },
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = labels, ["axisLabel"] = new JsonObject { ["interval"] = 0, ["rotate"] = 20 } },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["name"] = Strings.UnitCo2 },
            ["series"] = new JsonArray
            {
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["silent"] = true, ["itemStyle"] = new JsonObject { ["color"] = "transparent" }, ["data"] = bases },
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["name"] = "+", ["itemStyle"] = new JsonObject { ["color"] = "#a61b1b" }, ["data"] = rises },
                new JsonObject { ["type"] = "bar", ["stack"] = "w", ["name"] = "−", ["itemStyle"] = new JsonObject { ["color"] = "#3b7d4f" }, ["data"] = falls },
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
