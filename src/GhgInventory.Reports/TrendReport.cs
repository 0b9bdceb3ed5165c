using GhgInventory.Core.Reporting;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>Renders several years of one region side by side: CO2e by sub-region and by category, the bridge and reconciliation per year.</summary>
public static class TrendReport
{
    /// <summary>Writes the trend tables for <paramref name="years"/> (one summary per year, same region).</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<InventorySummary> years, ReportNames n, int maxCategoryDepth = 3)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(n);
        if (years.Count == 0)
        {
            return;
        }
        var region = years[0].Region;

        var byRegion = YearTable(n.T($"{n.Of(region)} 各旗区温室气体排放 (万吨 CO2e)", $"{n.Of(region)} by banner/district (10^4 t CO2e)"), n.T("旗区", "Region"), years);
        var parts = years.SelectMany(y => y.ByRegion).Select(r => (r.Region.Code, r.OwnRecordsOnly)).Distinct().OrderBy(p => p.OwnRecordsOnly).ThenBy(p => p.Code.Value, StringComparer.Ordinal);
        foreach (var (code, own) in parts)
        {
            var first = years.SelectMany(y => y.ByRegion).First(r => r.Region.Code == code && r.OwnRecordsOnly == own);
            string name = own ? n.T($"{n.Of(first.Region)}(本级)", $"{n.Of(first.Region)} (own records)") : n.Of(first.Region);
            byRegion.AddRow([code.Value, Markup.Escape(name), .. years.Select(y =>
                y.ByRegion.FirstOrDefault(r => r.Region.Code == code && r.OwnRecordsOnly == own) is { } t ? TenThousand(t.Totals.Co2e) : "–")]);
        }
        byRegion.AddRow(["", n.T("[bold]合计[/]", "[bold]Total[/]"), .. years.Select(y => $"[bold]{TenThousand(y.Territorial.Co2e)}[/]")]);
        if (years.Any(y => y.Coverage is { Complete: false }))
        {
            byRegion.AddRow(["", n.T("[red]无数据的旗区[/]", "[red]Parts with no data[/]"), .. years.Select(y =>
                y.Coverage is { Complete: false } c ? $"[red]{c.Missing.Count}/{c.Expected}[/]" : "–")]);
        }
        console.Write(byRegion);

        var byCategory = YearTable(n.T($"{n.Of(region)} 分类别温室气体排放 (万吨 CO2e)", $"{n.Of(region)} by IPCC category (10^4 t CO2e)"), n.T("类别", "Category"), years);
        var categories = years.SelectMany(y => y.ByCategory).Where(c => c.Depth <= maxCategoryDepth)
            .Select(c => c.Category).DistinctBy(c => c.Code).OrderBy(c => c.Code, Core.Domain.CategoryOrder.Instance);
        foreach (var category in categories)
        {
            int depth = years.SelectMany(y => y.ByCategory).First(c => c.Category.Code == category.Code).Depth;
            byCategory.AddRow([category.Code.Value, Markup.Escape(new string(' ', 2 * depth) + n.Of(category)), .. years.Select(y =>
                y.ByCategory.FirstOrDefault(c => c.Category.Code == category.Code) is { } t ? TenThousand(t.Totals.Co2e) : "–")]);
        }
        console.Write(byCategory);

        var bridge = YearTable(n.T("属地与消费端排放 (万吨 CO2e)", "Territorial and consumption-based (10^4 t CO2e)"), n.T("项目", "Item"), years);
        bridge.AddRow(["", n.T("属地排放", "Territorial"), .. years.Select(y => TenThousand(y.Bridge.TerritorialCell))]);
        bridge.AddRow(["", n.T("− 发电排放", "− electricity generation"), .. years.Select(y => Markup.Escape(Format.Negated(y.Bridge.ElectricityGenerationCell, 1, 1e4, compact: true)))]);
        bridge.AddRow(["", n.T("+ 用电 × 电网因子", "+ electricity × grid factor"), .. years.Select(y => TenThousand(y.Bridge.PurchasedElectricityCell))]);
        AddHeatAndChpRows(bridge, years, n);
        bridge.AddRow(["", n.T("消费端排放", "Consumption-based"), .. years.Select(y => TenThousand(y.Bridge.ConsumptionCell))]);
        bridge.AddRow(["", n.T("净调出电量 (亿千瓦时)", "Net power export (10^8 kWh)"), .. years.Select(y => y.Bridge.GenerationUnknown ? "NE" : TenThousand(y.Bridge.NetExportKwh / 1e4))]);
        GridVintageMarks.AddTrendRow(bridge, years, n);
        bridge.AddRow(["", n.T("核对 (记录之和 vs 控制数)", "Reconciliation (records vs control totals)"), .. years.Select(y =>
            y.Control is not { HasControls: true } c ? n.T("无控制数", "no control totals")
            : c.Agrees ? n.T("一致", "agree")
            : c.Checks.Any(k => k.Verdict == ControlVerdict.Disagrees) ? n.T("[red]不一致[/]", "[red]differ[/]")
            : c.Checks.Any(k => k.Verdict == ControlVerdict.NotComparable) ? n.T("不可比 (C)", "not comparable (C)") : n.T("不完整 (NE)", "incomplete (NE)"))]);
        console.Write(bridge);
    }

    /// <summary>The bridge rows of the heat terms, the heat factor used and the CHP split (kept apart from other rows of the table).</summary>
    private static void AddHeatAndChpRows(Table bridge, IReadOnlyList<InventorySummary> years, ReportNames n)
    {
        bridge.AddRow(["", n.T("− 供热排放 (用热地区)", "− heat supply (where heat is used)"), .. years.Select(y => TenThousand(Format.Minus(y.Bridge.HeatSupplyRemovedCo2eTonnes)))]);
        bridge.AddRow(["", n.T("+ 用热 × 热力因子", "+ heat × heat factor"), .. years.Select(y => y.Bridge.PurchasedHeatCo2eTonnes is not null ? TenThousand(y.Bridge.PurchasedHeatCell) : "NE")]);
        bridge.AddRow(["", n.T("供热排放留在属地", "heat supply staying territorial"), .. years.Select(y => TenThousand(y.Bridge.HeatSupplyStayedCo2eTonnes))]);
        bridge.AddRow(["", n.T("热力因子 t CO2e/GJ", "heat factor t CO2e/GJ"), .. years.Select(y => Markup.Escape(HeatFactor(y.Bridge, n)))]);
        bridge.AddRow(["", Markup.Escape(n.T($"热电联产电力份额 ({PowerNames.Split(years[0].Bridge.Split, n)})", $"CHP electricity share ({PowerNames.Split(years[0].Bridge.Split, n)})")),
            .. years.Select(y => ChpShare(y.Bridge))]);
    }

    /// <summary>The heat factor of a year in a cell: one value with its origin, or the range when leaves differ.</summary>
    private static string HeatFactor(ElectricityBridge b, ReportNames n)
    {
        var used = b.HeatUses.Where(h => h.FactorCo2ePerGj is not null).ToList();
        if (used.Count == 0)
        {
            return "NE";
        }
        string origin = used.All(h => h.Origin.StartsWith("derived", StringComparison.Ordinal)) ? n.T("推算", "derived")
            : used.Any(h => h.Origin.StartsWith("derived", StringComparison.Ordinal)) ? n.T("本地/推算", "local/derived") : n.T("本地", "local");
        double? total = b.PurchasedHeatCo2eTonnes;
        double gj = used.Sum(h => h.HeatUsedGj);
        return $"{((total ?? 0) / gj).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)} {origin}";
    }

    /// <summary>The electricity share of the CHP plants of a year (their electricity emissions over their fuel emissions); "–" without CHP.</summary>
    private static string ChpShare(ElectricityBridge b)
    {
        var chp = b.Plants.Where(p => p.Counted && p.ElectricityShare is > 0 and < 1).ToList();
        double fuel = chp.Sum(p => p.FuelCo2eTonnes);
        return fuel > 0 ? (chp.Sum(p => p.ElectricityCo2eTonnes) / fuel).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) : "–";
    }

    private static Table YearTable(string title, string label, IReadOnlyList<InventorySummary> years)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("").AddColumn(label);
        foreach (var y in years)
        {
            table.AddColumn(new TableColumn(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).RightAligned());
        }
        return table;
    }

    private static string TenThousand(GasCell cell) => Markup.Escape(Format.Cell(cell, 1, 1e4, compact: true));

    private static string TenThousand(double tonnes) => (tonnes / 1e4).ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture);
}
