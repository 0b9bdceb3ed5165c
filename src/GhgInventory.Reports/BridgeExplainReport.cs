using GhgInventory.Core.Accounting;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Reports;

/// <summary>Renders <c>ghg explain --bridge</c>: every figure of the electricity and heat bridge with its derivation, totals equal to the report's.</summary>
public static class BridgeExplainReport
{
    /// <summary>Writes the bridge of <paramref name="s"/> figure by figure: plant groups (fuel lines, outputs, split), electricity and heat used × factor, net export.</summary>
    public static void Write(TextWriter writer, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        var b = s.Bridge;
        writer.WriteLine(n.T($"== 电力热力调入调出 {s.Region.Code} {s.Year} (运行 #{s.RunId}), 热电联产分摊: {PowerNames.Split(b.Split, n)}",
            $"== Electricity and heat bridge of {s.Region.Code} {s.Year} (run #{s.RunId}), CHP split: {PowerNames.Split(b.Split, n)}"));
        writer.WriteLine($"{n.T("属地排放合计", "Territorial total")}: {Cell(b.TerritorialCell)} t CO2e");
        WritePlants(writer, s, n);
        writer.WriteLine($"{n.T("− 发电排放 = 各组电力份额之和", "− electricity generation = sum of the groups' electricity shares")}: {Cell(b.ElectricityGenerationCell)} t CO2e");
        WriteElectricityUsed(writer, s, n);
        WriteHeat(writer, b, n);
        writer.WriteLine(n.T("消费端排放 = 属地 − 发电 + 用电×电网因子 − 供热(用热地区) + 用热×热力因子", "Consumption-based = territorial − electricity generation + electricity used × grid factor − heat supply (where heat is used) + heat used × heat factor")
            + $" = {Cell(b.TerritorialCell)} − {Cell(b.ElectricityGenerationCell)} + {Cell(b.PurchasedElectricityCell)} − {Number(b.HeatSupplyRemovedCo2eTonnes)} + {(b.PurchasedHeatCo2eTonnes is null ? "0" : Cell(b.PurchasedHeatCell))}"
            + $" = {Cell(b.ConsumptionCell)} t CO2e");
        WriteNetExport(writer, b, n);
        foreach (var problem in b.Problems)
        {
            writer.WriteLine($"! {problem}");
        }
    }

    private static void WritePlants(TextWriter writer, InventorySummary s, ReportNames n)
    {
        writer.WriteLine(n.T($"电厂组 ({s.Bridge.Plants.Count}): 同一地区、年份、类别的燃料与产出 (设施行按类别加总)", $"Plant groups ({s.Bridge.Plants.Count}): fuel and output of one region, year and category (facility rows summed per category)"));
        foreach (var p in s.Bridge.Plants)
        {
            writer.WriteLine($"  -- {p.Name}");
            foreach (var line in s.Lines.Where(l => l.Region == p.Region && p.FuelSourceIndexes.Contains(l.SourceIndex) && l.Scope == EmissionScope.Territorial))
            {
                string value = line.Co2eTonnes is { } e ? $"{Number(line.MassTonnes ?? 0, 3)} t {line.Gas} = {Number(e, 3)} t CO2e" : line.Notation?.ToString() ?? "NE";
                writer.WriteLine($"     {line.Activity} ({n.Activity(line.Activity)}) {value}");
            }
            writer.WriteLine($"     {n.T("燃料排放", "fuel")}: {Number(p.FuelCo2eTonnes, 3)} t CO2e{(p.FuelNotEstimated ? " + NE" : "")}");
            string generation = p.GenerationGj is { } g ? $"{Number(g / Core.Units.Unit.GigajoulesPerKilowattHour / 1e8, 4)} 亿kWh = {Number(g, 0)} GJ" : "NE";
            string heat = p.HeatSuppliedGj is { } h ? $"{Number(h, 0)} GJ" : "NE";
            writer.WriteLine($"     {n.T("发电量", "generated")}: {generation}; {n.T("供热量", "heat supplied")}: {heat}");
            writer.WriteLine($"     {n.T("分摊", "split")}: {p.ShareArithmetic}");
            writer.WriteLine(p.Problem is { } problem
                ? $"     {n.T("未计入", "left out")}: {problem}"
                : $"     {n.T("电力", "electricity")} {Number(p.FuelCo2eTonnes, 3)} × {p.ElectricityShare:0.######} = {Number(p.ElectricityCo2eTonnes, 3)} t; {n.T("供热", "heat")} {Number(p.FuelCo2eTonnes, 3)} × {1 - p.ElectricityShare:0.######} = {Number(p.HeatCo2eTonnes, 3)} t");
        }
    }

    private static void WriteElectricityUsed(TextWriter writer, InventorySummary s, ReportNames n)
    {
        var lines = s.Lines.Where(PurchasedEnergyMethod.IsElectricityUsed).ToList();
        writer.WriteLine($"{n.T("+ 用电量 × 电网排放因子", "+ electricity used × grid factor")} ({lines.Count} {n.T("行", "lines")}): {Cell(s.Bridge.PurchasedElectricityCell)} t CO2e");
        foreach (var line in lines)
        {
            // A line under a notation key has its reason in its arithmetic already: each reason once.
            writer.WriteLine($"     {line.Region} {line.Category}: {line.Arithmetic}{(line.Note is null || line.Arithmetic.Contains(line.Note, StringComparison.Ordinal) ? "" : $" ({line.Note})")}");
        }
    }

    private static void WriteHeat(TextWriter writer, ElectricityBridge b, ReportNames n)
    {
        writer.WriteLine($"{n.T("供热排放合计", "Heat-supply emissions")}: {Number(b.HeatSupplyCo2eTonnes)} t CO2e, {n.T("供热量", "heat supplied")} {Number(b.HeatSuppliedGj, 0)} GJ; "
            + $"{n.T("转移", "removed where heat is used")} {Number(b.HeatSupplyRemovedCo2eTonnes)} t, {n.T("留在属地", "staying territorial")} {Number(b.HeatSupplyStayedCo2eTonnes)} t");
        if (b.HeatUses.Count == 0)
        {
            writer.WriteLine(n.T("  无用热量行: 供热排放留在属地口径", "  no heat-use rows: heat-supply emissions stay in the consumption view"));
        }
        foreach (var h in b.HeatUses)
        {
            string value = h.Co2eTonnes is { } e ? $"{Number(h.HeatUsedGj, 0)} GJ × {h.FactorCo2ePerGj:0.##########} t CO2e/GJ = {Number(e)} t CO2e" : $"{Number(h.HeatUsedGj, 0)} GJ × NE = NE";
            writer.WriteLine($"  {n.T("用热", "heat used")} {h.Region}: {value}; {(h.Moved ? n.T("已转移", "heat moved") : n.T("留在属地", "heat stayed"))}; {h.Origin}");
            if (h.Derivation.Length > 0)
            {
                writer.WriteLine($"     {h.Derivation}");
            }
        }
        writer.WriteLine($"{n.T("+ 用热量 × 热力因子", "+ heat used × heat factor")}: {(b.PurchasedHeatCo2eTonnes is not null ? Cell(b.PurchasedHeatCell) + " t CO2e" : "NE")}");
    }

    private static void WriteNetExport(TextWriter writer, ElectricityBridge b, ReportNames n)
    {
        if (b.GenerationUnknown)
        {
            writer.WriteLine(n.T($"发电量 NE ({PowerNames.GenerationWhy(b, true)}), 用电量 {Number(b.ConsumptionKwh, 0)} kWh: 净调出电量及其排放 NE",
                $"Generated NE ({PowerNames.GenerationWhy(b, false)}), used {Number(b.ConsumptionKwh, 0)} kWh: net export and its emissions NE"));
            return;
        }
        writer.WriteLine($"{n.T("净调出电量 = 发电量 − 用电量", "Net export = generated − used")} = {Number(b.GenerationKwh, 0)} − {Number(b.ConsumptionKwh, 0)} = {Number(b.NetExportKwh, 0)} kWh");
        if (b.NetExportCo2eTonnes is { } exported)
        {
            writer.WriteLine($"{n.T("净调出电量隐含排放 = 发电排放 × 净调出 / 发电量", "Net export's emissions = electricity-generation emissions × net export / generated")}"
                + $" = {Number(b.ElectricityGenerationCo2eTonnes)} × {Number(b.NetExportKwh, 0)} / {Number(b.GenerationKwh, 0)} = {Number(exported)} t CO2e");
        }
    }

    /// <summary>A figure (t, kWh or GJ) with thousands separators and up to 2 decimals unless told.</summary>
    private static string Number(double value, int decimals = 2) => Format.Tonnes(value, decimals);

    /// <summary>A bridge cell: its number (2 decimals), <c>x + NE</c>, or the key alone (a cell with no line prints its 0 the same way).</summary>
    private static string Cell(GasCell cell) => Format.Cell(cell, 2);
}
