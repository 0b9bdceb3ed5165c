using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>Trends over the years of the run: a stacked chart of CO2e by sector, the sectors and the banners/districts by year.</summary>
public sealed class TrendsSection : IHtmlSection
{
    private static readonly string[] Palette = ["#a61b1b", "#d08a2e", "#3b6ea5", "#3b7d4f", "#7a5195", "#8c8c8c"];

    /// <inheritdoc/>
    public string Id => "trends";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.TrendsTitle;

    /// <summary>The grid factor that priced each year's electricity (the consumption-based row above it), a borrowed year's marked
    /// <c>(2012)*</c>; NE when the year's electricity has no factor.</summary>
    private static void GridRow(HtmlWriter w, IReadOnlyList<Core.Reporting.InventorySummary> years)
    {
        var unit = years.SelectMany(y => y.GridFactors).Select(g => g.Unit).FirstOrDefault();
        if (unit is null)
        {
            return;
        }
        w.Row(["", Text.Format(Strings.TrendGridFactor, unit)], [.. years.Select(y => y.GridFactors.Count == 0
            ? (Core.Reporting.GridVintage.NotEstimated(y.Lines, y.Year) ? HtmlWriter.Key(Core.Domain.NotationKey.NE) : HtmlWriter.Cell(null, 1, 1))
            : HtmlWriter.Escape(string.Join(" / ", y.GridFactors.Select(g =>
                g.Value.ToString("0.0000", CultureInfo.InvariantCulture) + (g.Borrowed ? $" ({g.FactorYear})*" : "")))))]);
    }

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var years = data.Years;
        var n = data.Names;
        if (years.Count == 0)
        {
            return;
        }
        var region = data.Summary.Region;
        string[] yearLabels = [.. years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))];
        // Sectors: the category nodes at the depth of 1.A.1–1.A.5, in IPCC order, as any year has them.
        var sectors = years.SelectMany(y => y.ByCategory).Where(c => c.Depth == PartsSection.MaxDepth)
            .Select(c => c.Category).DistinctBy(c => c.Code).OrderBy(c => c.Code, Core.Domain.CategoryOrder.Instance).ToList();

        var series = new JsonArray();
        for (int i = 0; i < sectors.Count; i++)
        {
            var sector = sectors[i];
            series.Add(new JsonObject
            {
                ["type"] = "bar",
                ["stack"] = "total",
                ["name"] = $"{sector.Code} {n.Of(sector)}",
                ["itemStyle"] = new JsonObject { ["color"] = Palette[i % Palette.Length] },
                ["data"] = new JsonArray([.. years.Select(y => (JsonNode?)HtmlWriter.ChartValue(y.ByCategory.FirstOrDefault(c => c.Category.Code == sector.Code)?.Totals.Co2e))]),
            });
        }
        var option = new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 56, ["bottom"] = 8, ["containLabel"] = true },
            ["legend"] = new JsonObject { ["top"] = 0, ["type"] = "plain" },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } },
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. yearLabels.Select(y => (JsonNode)y)]) },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["name"] = Strings.UnitTenThousandCo2e },
            ["series"] = series,
        };
        string span = years.Count == 1 ? yearLabels[0] : $"{yearLabels[0]}–{yearLabels[^1]}";
        w.Chart("chart-sectors", Text.Format(Strings.TrendChartTitle, n.Of(region), span), option, 420);
        w.Paragraph(Strings.ChartNote, "note");

        w.OpenTable(Text.Format(Strings.TrendSectorCaption, n.Of(region)), [Strings.ColCode, Strings.ColCategory, .. yearLabels], 2, "trend");
        foreach (var sector in sectors)
        {
            w.Row([sector.Code.Value, n.Of(sector)],
                [.. years.Select(y => HtmlWriter.TenThousand(y.ByCategory.FirstOrDefault(c => c.Category.Code == sector.Code)?.Totals.Co2e))]);
        }
        w.Row(["", Strings.TotalRow], [.. years.Select(y => HtmlWriter.TenThousand(y.Territorial.Co2e))], "total");
        w.Row(["", Strings.TrendConsumption], [.. years.Select(y => HtmlWriter.TenThousand(y.Bridge.ConsumptionCell))]);
        GridRow(w, years);
        w.CloseTable();
        if (years.SelectMany(y => y.GridFactors).FirstOrDefault(g => g.Borrowed) is { } borrowed)
        {
            w.Paragraph(Text.Format(Strings.TrendGridBorrowed, borrowed.Policy.Name()), "note");
        }

        var parts = years.SelectMany(y => y.ByRegion).Select(r => (r.Region.Code, r.OwnRecordsOnly)).Distinct()
            .OrderBy(p => p.OwnRecordsOnly).ThenBy(p => p.Code.Value, StringComparer.Ordinal).ToList();
        if (parts.Count == 0)
        {
            return;
        }
        w.OpenTable(Text.Format(Strings.TrendPartsCaption, n.Of(region)), [Strings.ColCode, Strings.ColRegion, .. yearLabels], 2, "trend");
        foreach (var (code, own) in parts)
        {
            var first = years.SelectMany(y => y.ByRegion).First(r => r.Region.Code == code && r.OwnRecordsOnly == own);
            w.Row([code.Value, PartsSection.Name(first, n)], [.. years.Select(y =>
                y.ByRegion.FirstOrDefault(r => r.Region.Code == code && r.OwnRecordsOnly == own) is { } t
                    ? HtmlWriter.TenThousand(t.Totals.Co2e)
                    : y.Coverage?.Missing.Any(m => m.Code == code) == true ? HtmlWriter.Escape(Strings.NoData) : HtmlWriter.Cell(null, 1, 1e4))]);
        }
        w.Row(["", Strings.TotalRow], [.. years.Select(y => HtmlWriter.TenThousand(y.Territorial.Co2e))], "total");
        if (years.Any(y => y.Coverage is { Complete: false }))
        {
            w.Row(["", Strings.TrendPartsMissing], [.. years.Select(y => y.Coverage is { Complete: false } c ? $"{c.Missing.Count}/{c.Expected}" : "–")]);
        }
        w.CloseTable();
    }
}
