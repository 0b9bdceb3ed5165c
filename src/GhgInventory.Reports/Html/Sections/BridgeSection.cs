using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>The electricity and heat bridge from the territorial to the consumption-based total (issue 12's rule), its electricity
/// figures, the CHP split, the grid factors used (borrowed years marked) and a chart of its steps.</summary>
public sealed class BridgeSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "bridge";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.BridgeTitle;

    /// <summary>A subtracted cell in 万吨: minus its number with its NE/C parts, or the key alone; never <c>-0</c>.</summary>
    private static string Negated(GasCell cell) =>
        cell.OnlyKey is not null ? HtmlWriter.TenThousand(cell) : HtmlWriter.TenThousand(cell with { Tonnes = Format.Minus(cell.Tonnes) });

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var b = s.Bridge;
        var n = data.Names;
        w.Raw("<div class=\"grid2\"><div>");
        w.OpenTable(Text.Format(Strings.BridgeCaption, n.Of(s.Region), s.Year), [Strings.ColItem, Strings.UnitTenThousandCo2e], 1, "bridge");
        w.Row([Strings.BridgeTerritorial], [HtmlWriter.TenThousand(b.TerritorialCell)], "sector");
        w.Row([Strings.BridgeGeneration], [Negated(b.ElectricityGenerationCell)]);
        w.Row([Strings.BridgePurchasedElectricity], [HtmlWriter.TenThousand(b.PurchasedElectricityCell)]);
        if (b.PurchasedHeatCo2eTonnes is not null)
        {
            w.Row([Strings.BridgeHeatRemoved], [Negated(b.HeatSupplyRemovedCell)]);
            w.Row([Strings.BridgePurchasedHeat], [HtmlWriter.TenThousand(b.PurchasedHeatCell)]);
        }
        if (b.HeatSupplyStayedCo2eTonnes > 0 || b.HeatSupplyStayedCell.Keys.Count > 0 || b.PurchasedHeatCo2eTonnes is null)
        {
            // Issue 13 finding: a CHP without output rows showed 0 here; a figure resting on an unknown split is NE or x + NE.
            w.Row([Strings.BridgeHeatStayed], [HtmlWriter.TenThousand(b.HeatSupplyStayedCell)]);
        }
        w.Row([Strings.BridgeConsumption], [HtmlWriter.TenThousand(b.ConsumptionCell)], "total");
        w.CloseTable();

        string ne = HtmlWriter.Key(Core.Domain.NotationKey.NE);
        w.OpenTable(Strings.BridgeElectricityCaption, [Strings.ColItem, Strings.ColValue], 1);
        w.Row([Strings.BridgeGenerated], [b.GenerationUnknown ? ne : Kwh(b.GenerationKwh)]);
        w.Row([Strings.BridgeUsed], [!b.ConsumptionNotEstimated ? Kwh(b.ConsumptionKwh) : b.ConsumptionKwh > 0 ? Kwh(b.ConsumptionKwh) + " + " + ne : ne]);
        w.Row([Strings.BridgeNetExport], [b.NetExportShownKwh is { } kwh ? Kwh(kwh) : ne]);
        w.Row([Strings.BridgeNetExportCo2e], [b.NetExportCo2eTonnes is { } exported ? HtmlWriter.TenThousand(exported) : ne]);
        w.CloseTable();
        w.Paragraph(Text.Format(Strings.BridgeChp, PowerNames.Split(b.Split, n)), "note");
        w.Raw("</div><div>");
        BridgeChart(w, s);
        w.Raw("</div></div>");

        if (s.GridFactors.Count > 0)
        {
            w.OpenTable(Strings.GridFactors, [Strings.ColScope, Strings.ColFactor, Strings.ColFactorYear], 1);
            foreach (var g in s.GridFactors)
            {
                string year = g.Borrowed ? Text.Format(Strings.GridBorrowed, g.FactorYear, g.Policy.Name()) : Strings.GridOwnYear;
                w.Row([g.ScopeName], [HtmlWriter.Escape($"{g.Value.ToString("0.####", CultureInfo.InvariantCulture)} {g.Unit}"), HtmlWriter.Escape(year)]);
            }
            w.CloseTable();
        }
        if (b.Problems.Count > 0)
        {
            w.Raw("<h3>").Text(Strings.BridgeProblems).Raw("</h3><ul>");
            foreach (var problem in b.Problems)
            {
                w.Element("li", problem);
            }
            w.Raw("</ul>");
        }
    }

    private static string Kwh(double kwh) => HtmlWriter.Escape((kwh / 1e8).ToString("#,0.00", CultureInfo.InvariantCulture));

    /// <summary>The steps of the bridge as a waterfall: totals in the accent colour from zero, removals (green) and additions (amber)
    /// floating from the level before them; each labelled with its signed amount as the table shows it.</summary>
    private static void BridgeChart(HtmlWriter w, InventorySummary s)
    {
        var b = s.Bridge;
        var steps = new List<(string Label, double? Value, bool Total)>
        {
            (Strings.BridgeShortTerritorial, HtmlWriter.ChartValue(b.TerritorialCell), true),
            (Strings.BridgeShortGeneration, HtmlWriter.ChartValue(b.ElectricityGenerationCell) is { } g ? -g + 0.0 : null, false),
            (Strings.BridgeShortElectricity, HtmlWriter.ChartValue(b.PurchasedElectricityCell), false),
        };
        if (b.PurchasedHeatCo2eTonnes is not null)
        {
            steps.Add((Strings.BridgeShortHeatRemoved, HtmlWriter.ChartValue(b.HeatSupplyRemovedCell) is { } h ? -h + 0.0 : null, false));
            steps.Add((Strings.BridgeShortHeat, HtmlWriter.ChartValue(b.PurchasedHeatCell), false));
        }
        steps.Add((Strings.BridgeShortConsumption, HtmlWriter.ChartValue(b.ConsumptionCell), true));
        var option = new JsonObject
        {
            // Drawn as a waterfall by the page (each step floats from the running level; totals stand on zero).
            ["ghgWaterfall"] = true,
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 36, ["bottom"] = 8, ["containLabel"] = true },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } },
            ["xAxis"] = new JsonObject
            {
                ["type"] = "category",
                ["data"] = new JsonArray([.. steps.Select(x => (JsonNode)x.Label)]),
                ["axisLabel"] = new JsonObject { ["interval"] = 0 },
            },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["name"] = Strings.UnitTenThousandCo2e },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "bar",
                ["name"] = Strings.UnitTenThousandCo2e,
                ["barMaxWidth"] = 56,
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "top" },
                ["data"] = new JsonArray([.. steps.Select(x => (JsonNode)new JsonObject
                {
                    ["value"] = x.Value,
                    ["total"] = x.Total,
                    ["itemStyle"] = new JsonObject { ["color"] = x.Total ? "#a61b1b" : x.Value < 0 ? "#3b7d4f" : "#d08a2e" },
                })]),
            }),
        };
        w.Chart("chart-bridge", Text.Format(Strings.BridgeChartTitle, s.Year), option, 360);
    }
}
