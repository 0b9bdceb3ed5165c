using GhgInventory.Core.Accounting;
using GhgInventory.Core.Reporting;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>Renders a summary as terminal tables: by region, by category, the electricity bridge and the reconciliation.</summary>
public static class TableReport
{
    /// <summary>Writes the full report of one region and year.</summary>
    public static void Write(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        string incomplete = s.Coverage is { Complete: false } cov
            ? n.T($" — 不完整: {cov.Missing.Count}/{cov.Expected} 个旗区无数据", $" — INCOMPLETE: {cov.Missing.Count} of {cov.Expected} banners/districts have no data")
            : "";
        console.Write(new Rule(Markup.Escape(n.T(
            $"{n.Of(s.Region)} {s.Year} 年温室气体清单 (运行 #{s.RunId}, GWP {s.Gwp}){incomplete}",
            $"{n.Of(s.Region)} {s.Year} greenhouse-gas inventory (run #{s.RunId}, GWP {s.Gwp}){incomplete}"))).LeftJustified());

        if (s.ByRegion.Count > 0)
        {
            var byRegion = GasTable(n, n.T("地区", "Region"));
            foreach (var r in s.ByRegion)
            {
                string name = r.OwnRecordsOnly ? n.T($"{n.Of(r.Region)}(本级)", $"{n.Of(r.Region)} (own records)") : n.Of(r.Region);
                AddGasRow(byRegion, [r.Region.Code.Value, name], r.Totals);
            }
            foreach (var missing in s.Coverage?.Missing ?? [])
            {
                byRegion.AddRow(Markup.Escape(missing.Code.Value), Markup.Escape(n.Of(missing)), n.T("无数据", "no data"), "", "", "");
            }
            AddGasRow(byRegion, ["", s.Coverage is { Complete: false } ? n.T("合计 (不完整)", "Total (incomplete)") : n.T("合计", "Total")], s.Territorial, bold: true);
            console.Write(byRegion);
        }

        var byCategory = GasTable(n, n.T("类别", "Category"));
        foreach (var c in s.ByCategory)
        {
            AddGasRow(byCategory, [c.Category.Code.Value, new string(' ', 2 * c.Depth) + n.Of(c.Category)], c.Totals, bold: c.Depth == 0);
        }
        console.Write(byCategory);

        WriteBridge(console, s.Bridge, n);
        GridVintageMarks.WriteLine(console, s, n);
        WriteNonEnergyUse(console, s, n);
        WriteControl(console, s, n);
        WriteNotEstimated(console, s.NotEstimated.ToList(), n);
    }

    /// <summary>Writes the bridge from the territorial to the consumption-based total, with the CHP split and the heat factor used.</summary>
    public static void WriteBridge(IAnsiConsole console, ElectricityBridge b, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(n);
        var table = new Table().Title(n.T("电力热力调入调出:属地排放 → 消费端排放 (t CO2e)", "Electricity and heat bridge: territorial → consumption-based (t CO2e)"))
            .AddColumn(n.T("项目", "Item")).AddColumn(new TableColumn("t CO2e").RightAligned());
        table.AddRow(n.T("属地排放合计", "Territorial total"), Format.Cell(b.TerritorialCell));
        table.AddRow(Markup.Escape(n.T("− 发电排放 (发电厂、热电联产电力份额、自备电厂电力份额)", "− electricity generation (power plants, CHP and autoproducer electricity shares)")),
            Format.Negated(b.ElectricityGenerationCell));
        table.AddRow(n.T("+ 用电量 × 电网排放因子", "+ electricity used × grid factor"), Format.Cell(b.PurchasedElectricityCell));
        AddHeatRows(table, b, n);
        table.AddRow(n.T("[bold]消费端排放合计[/]", "[bold]Consumption-based total[/]"), $"[bold]{Format.Cell(b.ConsumptionCell)}[/]");
        if (b.GenerationUnknown)
        {
            table.AddRow(n.T("发电量 / 用电量 (亿千瓦时)", "Generated / used (10^8 kWh)"), $"NE / {Format.Tonnes(b.ConsumptionKwh / 1e8, 2)}");
            table.AddRow(n.T($"净调出电量: NE ({PowerNames.GenerationWhy(b, true)})", $"Net export: NE ({PowerNames.GenerationWhy(b, false)})"), "NE");
        }
        else
        {
            table.AddRow(n.T("发电量 / 用电量 (亿千瓦时)", "Generated / used (10^8 kWh)"),
                $"{Format.Tonnes(b.GenerationKwh / 1e8, 2)} / {Format.Tonnes(b.ConsumptionKwh / 1e8, 2)}");
            table.AddRow(n.T("净调出电量 (亿千瓦时)", "Net export (10^8 kWh)"), Format.Tonnes(b.NetExportKwh / 1e8, 2));
        }
        if (b.NetExportCo2eTonnes is null && (b.PlantFuelNotEstimated || b.PlantSplitUnknown) && !b.GenerationUnknown)
        {
            table.AddRow(n.T("净调出电量隐含排放: NE (有电厂燃料或产出以注释符号填报)", "Emissions carried out by net export: NE (a plant's fuel or output is under a notation key)"), "NE");
        }
        if (b.NetExportCo2eTonnes is { } exported)
        {
            table.AddRow(n.T("净调出电量隐含排放 (按本地发电排放强度, 不含供热份额)", "Emissions carried out by net export (local generation intensity, heat shares excluded)"), Format.Tonnes(exported));
        }
        if (b.ElectricityNotEstimatedKwh > 0)
        {
            table.AddRow(n.T("无电网因子的用电量 (NE, 亿千瓦时)", "Electricity without grid factor (NE, 10^8 kWh)"), Format.Tonnes(b.ElectricityNotEstimatedKwh / 1e8, 2));
        }
        AddChpRows(table, b, n);
        console.Write(table);
        foreach (var problem in b.Problems)
        {
            console.WriteLine(n.T("! 电力热力: ", "! power and heat: ") + problem);
        }
    }

    /// <summary>The heat rows of the bridge: heat supply removed and heat used × heat factor where heat moved, what stayed, and the factor used with its origin.</summary>
    private static void AddHeatRows(Table table, ElectricityBridge b, ReportNames n)
    {
        if (b.PurchasedHeatCo2eTonnes is { } heat)
        {
            table.AddRow(Markup.Escape(n.T("− 供热排放 (供热厂、热电联产供热份额、自备电厂供热份额)", "− heat supply (heat plants, CHP and autoproducer heat shares)")),
                Format.Tonnes(Format.Minus(b.HeatSupplyRemovedCo2eTonnes)));
            table.AddRow(n.T("+ 用热量 × 热力排放因子", "+ heat used × heat factor"), b.PurchasedHeatCell.HasNumber || b.PurchasedHeatCell.Keys.Count > 0 ? Format.Cell(b.PurchasedHeatCell) : Format.Tonnes(heat));
        }
        if (b.HeatSupplyStayedCo2eTonnes > 0 || b.PurchasedHeatCo2eTonnes is null)
        {
            table.AddRow(Markup.Escape(n.T($"  供热排放留在属地口径 (无用热量行或热力因子 NE): {Format.Tonnes(b.HeatSupplyStayedCo2eTonnes)} t",
                $"  heat supply staying territorial (no heat-use rows, or heat factor NE): {Format.Tonnes(b.HeatSupplyStayedCo2eTonnes)} t")), "");
        }
        foreach (var h in b.HeatUses)
        {
            string factor = h.FactorCo2ePerGj is { } f ? $"{f.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} t CO2e/GJ" : "NE";
            table.AddRow(Markup.Escape(n.T($"  热力因子 {h.Region}: {factor}, {(h.Moved ? "已转移" : "留在属地")}; {h.Origin} (ghg explain --bridge)",
                $"  heat factor {h.Region}: {factor}, heat {(h.Moved ? "moved" : "stayed")}; {h.Origin} (ghg explain --bridge)")), "");
        }
    }

    /// <summary>The CHP split rows of the bridge: the method and each plant group's electricity share.</summary>
    private static void AddChpRows(Table table, ElectricityBridge b, ReportNames n)
    {
        var chp = b.Plants.Where(p => p.Counted && p.ElectricityShare is > 0 and < 1).ToList();
        table.AddRow(Markup.Escape(n.T($"热电联产分摊方法: {PowerNames.Split(b.Split, n)}", $"CHP split: {PowerNames.Split(b.Split, n)}")), "");
        foreach (var p in chp)
        {
            table.AddRow(Markup.Escape(n.T(
                $"  {p.Region} {p.Category}{(p.Kind == Core.Power.PlantKind.Autoproducer ? " 自备电厂" : "")}: 电力 {p.ElectricityShare:0.0000} / 供热 {1 - p.ElectricityShare:0.0000}",
                $"  {p.Region} {p.Category}{(p.Kind == Core.Power.PlantKind.Autoproducer ? " autoproducer" : "")}: electricity {p.ElectricityShare:0.0000} / heat {1 - p.ElectricityShare:0.0000}")),
                $"{Format.Tonnes(p.ElectricityCo2eTonnes)} / {Format.Tonnes(p.HeatCo2eTonnes)}");
        }
    }

    /// <summary>Writes the memo of fuel used as feedstock (carbon, CO2 upper bound, energy), when there is any; it is in no total.</summary>
    public static void WriteNonEnergyUse(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        if (s.NonEnergyUse.Count == 0)
        {
            return;
        }
        var table = new Table().Title(Markup.Escape(n.T("非能源利用 (原料用能)", "Non-energy use of fuels (feedstock)")))
            .Caption(Markup.Escape(n.T("备忘项, 不计入任何合计; 能源活动中记为 IE, 碳归入 IPPU 2.B (化学工业), 本版本未估算",
                "memo: in no total; IE in the energy sector, its carbon belongs to IPPU 2.B (chemical industry), not estimated in this version")))
            .AddColumn(n.T("品种", "Fuel"))
            .AddColumn(new TableColumn(n.T("含碳量 t C", "Carbon t C")).RightAligned())
            .AddColumn(new TableColumn(n.T("全部氧化的CO2上限 t", "CO2 if oxidised (upper bound) t")).RightAligned())
            .AddColumn(new TableColumn(n.T("能量 GJ", "Energy GJ")).RightAligned())
            .AddColumn(new TableColumn(n.T("折标准煤 tce", "Energy tce")).RightAligned());
        foreach (var u in s.NonEnergyUse)
        {
            // A part under a notation key shows as the key alone, or as "x + NE" beside a number: never 0.
            string Memo(double? value) => value is { } v ? Format.Tonnes(v) + (u.Notation is { } k ? $" + {k}" : "") : (u.Notation ?? Core.Domain.NotationKey.NE).ToString();
            table.AddRow(Markup.Escape(n.Activity(u.Activity)), Memo(u.CarbonTonnes), Memo(u.Co2UpperBoundTonnes),
                Memo(u.CarbonTonnes is null ? null : u.EnergyGj), u.EnergyTce is { } tce ? Memo(tce) : (u.Notation ?? Core.Domain.NotationKey.NE).ToString());
        }
        console.Write(table);
    }

    /// <summary>The sum of records as a GasTotals cell shows it: <c>600.00 万吨 + NE</c>, or the key alone (<c>C</c>) when no record has a number.</summary>
    private static string RecordsCell(ControlCheck c, double scale, string unit) =>
        c.RecordsOnlyKey is { } key ? key.ToString() : Format.Tonnes(c.RecordsBase / scale, 2) + unit + Parts(c);

    private static string Parts(ControlCheck c) => string.Concat(c.RecordsNotation.Select(k => $" + {k}"));

    /// <summary>The verdict cell: agrees, DOES NOT agree, incomplete (NE) or not comparable (C).</summary>
    internal static string Verdict(ControlCheck c, ReportNames n) => c.Verdict switch
    {
        ControlVerdict.Agrees => n.T("[green]一致[/]", "[green]agrees[/]"),
        ControlVerdict.Incomplete => n.T("[yellow]不完整 (NE)[/]", "[yellow]incomplete (NE)[/]"),
        ControlVerdict.NotComparable => n.T("[yellow]不可比 (C)[/]", "[yellow]not comparable (C)[/]"),
        _ => n.T("[red]不一致[/]", "[red]DOES NOT agree[/]"),
    };

    /// <summary>Writes the reconciliation against the region's control totals: per fuel the control, the sum of records, the
    /// difference and its share, and a verdict within the tolerance; without control totals, says there is no check.</summary>
    public static void WriteControl(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        if (s.Control is not { HasControls: true } control)
        {
            console.WriteLine(n.T(
                $"核对: {n.Of(s.Region)} {s.Year} 无控制数 (no control totals), 未核对; 'ghg control import 文件' 导入能源平衡表后按品种核对各旗区与市本级记录之和",
                $"Reconciliation: no control totals for {n.Of(s.Region)} {s.Year}, so nothing is checked; 'ghg control import FILE' imports the city energy balance to check the sum of banner and city-level records by fuel"));
            return;
        }
        string tolerance = Format.Percent(control.ToleranceShare);
        string parts = s.Region.Parent is null || s.ByRegion.Any(r => !r.OwnRecordsOnly)
            ? n.T("各旗区与市本级记录之和", "sum of banner and city-level records")
            : n.T($"{n.Of(s.Region)}记录之和", $"sum of {n.Of(s.Region)}'s records");
        var table = new Table().Title(Markup.Escape(n.T($"核对: {parts} vs 控制数 (容差 ±{tolerance})",
                $"Reconciliation: {parts} vs control totals (tolerance ±{tolerance})")))
            .AddColumn(n.T("品种", "Fuel"))
            .AddColumn(new TableColumn(n.T("控制数", "Control")).RightAligned())
            .AddColumn(new TableColumn(n.T("记录之和", "Sum of records")).RightAligned())
            .AddColumn(new TableColumn(n.T("差额", "Difference")).RightAligned())
            .AddColumn(new TableColumn(n.T("差额占比", "Share")).RightAligned())
            .AddColumn(n.T("结论", "Verdict"))
            .AddColumn(n.T("来源", "Source"));
        foreach (var c in control.Checks)
        {
            double scale = c.Control.UnitToBase;
            string unit = " " + c.Control.Unit;
            table.AddRow(
                Markup.Escape(n.Activity(c.Control.Activity)),
                Markup.Escape(Format.Tonnes(c.Control.Value, 2) + unit),
                Markup.Escape(RecordsCell(c, scale, unit)),
                c.RecordsOnlyKey is null ? Markup.Escape(Format.WithSign(c.DifferenceBase / scale, 2) + unit + Parts(c)) : "–",
                c.Share is { } share && c.RecordsNotation.Count == 0 ? Markup.Escape(Format.SignedPercent(share)) : "–",
                Verdict(c, n),
                Markup.Escape(c.Control.Origin));
        }
        console.Write(table);
        if (s.Coverage is { Complete: false } coverage)
        {
            // The records of the parts with data are set against a control total of the whole region: a gap shows as a difference.
            console.MarkupLine(Markup.Escape(n.T(
                $"⚠ 记录之和缺 {coverage.Missing.Count} 个旗区 ({string.Join("、", coverage.Missing.Select(n.Of))}) 的数据, 与全区控制数的差额含这部分",
                $"⚠ the sum of records lacks {coverage.Missing.Count} part(s) with no data ({string.Join(", ", coverage.Missing.Select(n.Of))}); the difference from the region's control totals includes them")));
        }
    }

    private static void WriteNotEstimated(IAnsiConsole console, List<EmissionLine> lines, ReportNames n)
    {
        if (lines.Count == 0)
        {
            return;
        }
        // Each line under its own key: NO (not occurring) is not NE (not estimated).
        console.MarkupLine(Markup.Escape(n.T($"以注释符号报告 (NO/NE/NA/IE/C) {lines.Count} 项:", $"Reported under a notation key (NO, NE, NA, IE, C), {lines.Count} lines:")));
        // Each reason once: the same reason for CH4 and N2O of one fuel is one entry naming both gases.
        var reasons = lines
            .GroupBy(l => (Key: l.Notation ?? Core.Domain.NotationKey.NE, Note: (l.Note ?? "").Replace(l.Gas.Code, "\u0000", StringComparison.Ordinal)))
            .Select(g => (g.Key.Key, Count: g.Count(),
                Note: g.Key.Note.Replace("\u0000", string.Join("/", g.Select(l => l.Gas.Code).Distinct()), StringComparison.Ordinal)))
            .OrderBy(r => GasCell.KeyOrder.ToList().IndexOf(r.Key)).ThenByDescending(r => r.Count).ThenBy(r => r.Note, StringComparer.Ordinal)
            .ToList();
        foreach (var (key, count, note) in reasons.Take(20))
        {
            console.WriteLine($"  {key} ×{count}: {note}");
        }
        if (reasons.Count > 20)
        {
            console.WriteLine(n.T($"  … 另有 {reasons.Count - 20} 条原因 (--format csv 列出每一行)", $"  … and {reasons.Count - 20} more reasons (--format csv lists every line)"));
        }
    }

    private static Table GasTable(ReportNames n, string firstColumn) =>
        new Table()
            .AddColumn(n.T("代码", "Code"))
            .AddColumn(firstColumn)
            .AddColumn(new TableColumn("CO2 t").RightAligned())
            .AddColumn(new TableColumn("CH4 t").RightAligned())
            .AddColumn(new TableColumn("N2O t").RightAligned())
            .AddColumn(new TableColumn("CO2e t").RightAligned());

    private static void AddGasRow(Table table, string[] labels, GasTotals t, bool bold = false)
    {
        string[] cells = [.. labels.Select(Markup.Escape), Format.Cell(t.Co2), Format.Cell(t.Ch4, 1), Format.Cell(t.N2o, 1), Format.Cell(t.Co2e)];
        table.AddRow(bold ? cells.Select(c => $"[bold]{c}[/]").ToArray() : cells);
    }
}
