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
        bridge.AddRow(["", n.T("属地排放", "Territorial"), .. years.Select(y => TenThousand(y.Bridge.TerritorialCo2eTonnes))]);
        bridge.AddRow(["", n.T("− 发电和热电联产", "− power and CHP plants"), .. years.Select(y => TenThousand(-y.Bridge.PowerGenerationCo2eTonnes))]);
        bridge.AddRow(["", n.T("+ 用电 × 电网因子", "+ electricity × grid factor"), .. years.Select(y => TenThousand(y.Bridge.PurchasedElectricityCo2eTonnes))]);
        bridge.AddRow(["", n.T("消费端排放", "Consumption-based"), .. years.Select(y => TenThousand(y.Bridge.ConsumptionBasedCo2eTonnes))]);
        bridge.AddRow(["", n.T("净调出电量 (亿千瓦时)", "Net power export (10^8 kWh)"), .. years.Select(y => y.Bridge.GenerationMissing ? "NE" : TenThousand(y.Bridge.NetExportKwh / 1e4))]);
        bridge.AddRow(["", n.T("核对 (记录之和 vs 控制数)", "Reconciliation (records vs control totals)"), .. years.Select(y =>
            y.Control is not { HasControls: true } c ? n.T("无控制数", "no control totals")
            : c.Agrees ? n.T("一致", "agree") : n.T("[red]不一致[/]", "[red]differ[/]"))]);
        console.Write(bridge);
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
