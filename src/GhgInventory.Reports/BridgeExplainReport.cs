using GhgInventory.Core.Accounting;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;

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
        using var culture = UiCulture.Use(n.Culture);
        var b = s.Bridge;
        writer.WriteLine(Text.Format(ReportText.BridgeExplainHeading, s.Region.Code, s.Year, s.RunId, PowerNames.Split(b.Split, n)));
        writer.WriteLine($"{ReportText.BridgeTerritorialTotal}: {Cell(b.TerritorialCell)} t CO2e");
        WritePlants(writer, s, n);
        writer.WriteLine($"{ReportText.BridgeExplainGeneration}: {Cell(b.ElectricityGenerationCell)} t CO2e");
        WriteElectricityUsed(writer, s, n);
        WriteHeat(writer, b, n);
        writer.WriteLine(ReportText.BridgeExplainConsumption
            + $" = {Term(b.TerritorialCell)} − {Term(b.ElectricityGenerationCell)} + {Term(b.PurchasedElectricityCell)} − {Term(b.HeatSupplyRemovedCell)} + {Term(b.PurchasedHeatCell)}"
            + $" = {Cell(b.ConsumptionCell)} t CO2e");
        WriteNetExport(writer, b, n);
        foreach (var problem in b.Problems)
        {
            writer.WriteLine($"! {problem}");
        }
    }

    private static void WritePlants(TextWriter writer, InventorySummary s, ReportNames n)
    {
        writer.WriteLine(Text.Format(ReportText.BridgeExplainPlantGroups, s.Bridge.Plants.Count));
        foreach (var p in s.Bridge.Plants)
        {
            writer.WriteLine($"  -- {p.Name}");
            foreach (var line in s.Lines.Where(l => l.Region == p.Region && p.FuelSourceIndexes.Contains(l.SourceIndex) && l.Scope == EmissionScope.Territorial))
            {
                string value = line.Co2eTonnes is { } e ? $"{Number(line.MassTonnes ?? 0, 3)} t {line.Gas} = {Number(e, 3)} t CO2e" : line.Notation?.ToString() ?? "NE";
                writer.WriteLine($"     {line.Activity} ({n.Activity(line.Activity)}) {value}");
            }
            writer.WriteLine($"     {ReportText.BridgeExplainFuel}: {Number(p.FuelCo2eTonnes, 3)} t CO2e{(p.FuelNotEstimated ? " + NE" : "")}");
            string generation = p.GenerationGj is { } g ? $"{Number(g / Core.Units.Unit.GigajoulesPerKilowattHour / 1e8, 4)} 亿kWh = {Number(g, 0)} GJ" : "NE";
            string heat = p.HeatSuppliedGj is { } h ? $"{Number(h, 0)} GJ" : "NE";
            writer.WriteLine($"     {ReportText.BridgeExplainGenerated}: {generation}; {ReportText.BridgeExplainHeatSupplied}: {heat}");
            writer.WriteLine($"     {ReportText.BridgeExplainSplit}: {p.ShareArithmetic}");
            writer.WriteLine(p.Problem is { } problem
                ? $"     {ReportText.BridgeExplainLeftOut}: {problem}"
                : $"     {ReportText.BridgeExplainElectricity} {Number(p.FuelCo2eTonnes, 3)} × {p.ElectricityShare:0.######} = {Number(p.ElectricityCo2eTonnes, 3)} t; {ReportText.BridgeExplainHeat} {Number(p.FuelCo2eTonnes, 3)} × {1 - p.ElectricityShare:0.######} = {Number(p.HeatCo2eTonnes, 3)} t");
        }
    }

    private static void WriteElectricityUsed(TextWriter writer, InventorySummary s, ReportNames n)
    {
        var lines = s.Lines.Where(PurchasedEnergyMethod.IsElectricityUsed).ToList();
        writer.WriteLine($"{ReportText.BridgePlusElectricity} ({Text.Format(ReportText.BridgeExplainLineCount, lines.Count)}): {Cell(s.Bridge.PurchasedElectricityCell)} t CO2e");
        foreach (var line in lines)
        {
            // A line under a notation key has its reason in its arithmetic already: each reason once.
            writer.WriteLine($"     {line.Region} {line.Category}: {line.Arithmetic}{(line.Note is null || line.Arithmetic.Contains(line.Note, StringComparison.Ordinal) ? "" : $" ({line.Note})")}");
        }
    }

    private static void WriteHeat(TextWriter writer, ElectricityBridge b, ReportNames n)
    {
        // Issue 13 finding: a CHP without output rows printed its heat supply as 0; a figure resting on an unknown split is NE or x + NE.
        writer.WriteLine($"{ReportText.BridgeExplainHeatSupplyTotal}: {Cell(b.HeatSupplyCell)} t CO2e, {ReportText.BridgeExplainHeatSupplied} {Number(b.HeatSuppliedGj, 0)} GJ"
            + $"{(b.PlantSplitUnknown ? " + NE" : "")}; {ReportText.BridgeExplainRemoved} {Cell(b.HeatSupplyRemovedCell)} t, {ReportText.BridgeExplainStaying} {Cell(b.HeatSupplyStayedCell)} t");
        if (b.HeatUses.Count == 0)
        {
            writer.WriteLine(ReportText.BridgeExplainNoHeatUse);
        }
        foreach (var h in b.HeatUses)
        {
            string value = h.Co2eTonnes is { } e ? $"{Number(h.HeatUsedGj, 0)} GJ × {h.FactorCo2ePerGj:0.##########} t CO2e/GJ = {Number(e)} t CO2e" : $"{Number(h.HeatUsedGj, 0)} GJ × NE = NE";
            writer.WriteLine($"  {ReportText.BridgeExplainHeatUsed} {h.Region}: {value}; {(h.Moved ? ReportText.BridgeExplainHeatMoved : ReportText.BridgeExplainHeatStayed)}; {h.Origin}");
            if (h.Derivation.Length > 0)
            {
                writer.WriteLine($"     {h.Derivation}");
            }
        }
        writer.WriteLine($"{ReportText.BridgeExplainPlusHeat}: {(b.PurchasedHeatCell.OnlyKey is { } key ? key.ToString() : Cell(b.PurchasedHeatCell) + " t CO2e")}");
    }

    private static void WriteNetExport(TextWriter writer, ElectricityBridge b, ReportNames n)
    {
        if (b.GenerationUnknown)
        {
            writer.WriteLine(Text.Format(ReportText.BridgeExplainGeneratedNotEstimated, PowerNames.GenerationWhy(b, n.Zh), Number(b.ConsumptionKwh, 0)));
            return;
        }
        if (b.NetExportShownKwh is null)
        {
            // Use partly NE: generated minus a lower bound of use is not the export; the arithmetic shows why it is NE.
            writer.WriteLine($"{ReportText.BridgeExplainNetExport} = {Number(b.GenerationKwh, 0)} − ({Number(b.ConsumptionKwh, 0)} + NE) = NE kWh");
            return;
        }
        writer.WriteLine($"{ReportText.BridgeExplainNetExport} = {Number(b.GenerationKwh, 0)} − {Number(b.ConsumptionKwh, 0)} = {Number(b.NetExportKwh, 0)} kWh");
        if (b.NetExportCo2eTonnes is { } exported)
        {
            writer.WriteLine($"{ReportText.BridgeExplainNetExportEmissions}"
                + $" = {Number(b.ElectricityGenerationCo2eTonnes)} × {Number(b.NetExportKwh, 0)} / {Number(b.GenerationKwh, 0)} = {Number(exported)} t CO2e");
        }
    }

    /// <summary>A figure (t, kWh or GJ) with thousands separators and up to 2 decimals unless told.</summary>
    private static string Number(double value, int decimals = 2) => Format.Tonnes(value, decimals);

    /// <summary>A bridge cell: its number (2 decimals), <c>x + NE</c>, or the key alone (a cell with no line prints its 0 the same way).</summary>
    private static string Cell(GasCell cell) => Format.Cell(cell, 2);

    /// <summary>A cell as a term of the bridge's arithmetic: <c>x + NE</c> in parentheses, so that <c>− (x + NE)</c> reads as one term.</summary>
    private static string Term(GasCell cell) => cell.IncompleteBecause.Count > 0 ? $"({Cell(cell)})" : Cell(cell);
}
