using GhgInventory.Core.Accounting;
using GhgInventory.Core.Localization;
using Text = GhgInventory.Core.Localization.Text;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>Renders a summary as terminal tables: by region, by category, the electricity bridge and the reconciliation.</summary>
/// <remarks>Labels come from <c>Resources/ReportText</c> in the language of the <see cref="ReportNames"/>; CO2 and CO2e in its
/// <see cref="ReportNames.Unit"/> (万吨 with one decimal by default); tables fit the console's width (<see cref="FittedTable"/>).</remarks>
public static class TableReport
{
    /// <summary>Writes the full report of one region and year.</summary>
    public static void Write(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        string incomplete = s.Coverage is { Complete: false } cov
            ? Text.Format(ReportText.TableIncompleteSuffix, cov.Missing.Count, cov.Expected)
            : "";
        console.Write(new Rule(Markup.Escape(Text.Format(ReportText.TableHeading, n.Of(s.Region), s.Year, s.RunId, s.Gwp, incomplete))).LeftJustified());

        // Issue 15: substances beyond CO2, CH4 and N2O (HFCs, SF6 …) get a column each (t), and a region with land-use lines a column
        // "CO2e incl. LULUCF" beside CO2e (which excludes it); both only when present, so an energy-only report keeps its four columns.
        var extra = ExtraSubstances(s);
        bool land = HasLulucf(s.Territorial);
        if (s.ByRegion.Count > 0)
        {
            var byRegion = GasTable(n, Text.Format(ReportText.TableByRegionTitle, GasUnits(n)), ReportText.ColumnRegion, extra, land);
            foreach (var r in s.ByRegion)
            {
                string name = r.OwnRecordsOnly ? Text.Format(ReportText.OwnRecordsName, n.Of(r.Region)) : n.Of(r.Region);
                AddGasRow(byRegion, n, [r.Region.Code.Value, name], r.Totals, extra, land);
            }
            foreach (var missing in s.Coverage?.Missing ?? [])
            {
                byRegion.AddRow([Markup.Escape(missing.Code.Value), Markup.Escape(n.Of(missing))], [Markup.Escape(ReportText.NoData), .. Enumerable.Repeat("", 3 + extra.Count + (land ? 1 : 0))]);
            }
            AddGasRow(byRegion, n, ["", s.Coverage is { Complete: false } ? ReportText.TotalIncomplete : ReportText.Total], s.Territorial, extra, land, bold: true);
            byRegion.Write(console);
        }

        var byCategory = GasTable(n, Text.Format(ReportText.TableByCategoryTitle, GasUnits(n)), ReportText.ColumnCategory, extra, false);
        foreach (var c in s.ByCategory)
        {
            AddGasRow(byCategory, n, [new string(' ', 2 * c.Depth) + c.Category.Code.Value, n.Of(c.Category)], c.Totals, extra, false, bold: c.Depth == 0);
        }
        if (land)
        {
            // The two totals UNFCCC reporting gives: excluding and including land use (3.B, removals negative).
            AddGasRow(byCategory, n, ["", SectorReportText.TotalExclLulucf], s.Territorial, extra, false, bold: true);
            AddGasRow(byCategory, n, ["3.B", SectorReportText.LulucfRow], s.Territorial.Lulucf!, extra, false);
            AddGasRow(byCategory, n, ["", SectorReportText.TotalInclLulucf], s.Territorial.IncludingLulucf!, extra, false, bold: true);
        }
        byCategory.Write(console);
        WriteMemo(console, s, n, extra);

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
        using var culture = UiCulture.Use(n.Culture);
        string unit = n.Co2eUnit();
        var table = new FittedTable(Markup.Escape(Text.Format(ReportText.BridgeTitle, unit)), [Markup.Escape(ReportText.ColumnItem)], [Markup.Escape(unit)]);
        void Row(string label, string value) => table.AddRow([label], [value]);
        Row(Markup.Escape(ReportText.BridgeTerritorialTotal), Markup.Escape(n.Co2e(b.TerritorialCell)));
        Row(Markup.Escape(ReportText.BridgeMinusGeneration), Markup.Escape(n.Co2eNegated(b.ElectricityGenerationCell)));
        Row(Markup.Escape(ReportText.BridgePlusElectricity), Markup.Escape(n.Co2e(b.PurchasedElectricityCell)));
        AddHeatRows(Row, b, n);
        Row($"[bold]{Markup.Escape(ReportText.BridgeConsumptionTotal)}[/]", $"[bold]{Markup.Escape(n.Co2e(b.ConsumptionCell))}[/]");
        if (b.GenerationUnknown)
        {
            Row(Markup.Escape(ReportText.BridgeGeneratedUsed), Markup.Escape($"NE / {Used(b)}"));
            Row(Markup.Escape(Text.Format(ReportText.BridgeNetExportNotEstimated, PowerNames.GenerationWhy(b, n.Zh))), "NE");
        }
        else
        {
            Row(Markup.Escape(ReportText.BridgeGeneratedUsed), Markup.Escape($"{Format.Tonnes(b.GenerationKwh / 1e8, 2)} / {Used(b)}"));
            Row(Markup.Escape(ReportText.BridgeNetExport), b.NetExportShownKwh is { } kwh ? Markup.Escape(Format.Tonnes(kwh / 1e8, 2)) : "NE");
        }
        if (b.NetExportCo2eTonnes is null && (b.PlantFuelNotEstimated || b.PlantSplitUnknown) && !b.GenerationUnknown)
        {
            Row(Markup.Escape(ReportText.BridgeExportEmissionsNotEstimated), "NE");
        }
        if (b.NetExportCo2eTonnes is { } exported)
        {
            Row(Markup.Escape(ReportText.BridgeExportEmissions), Markup.Escape(n.Co2e(exported)));
        }
        if (b.ElectricityNotEstimatedKwh > 0)
        {
            Row(Markup.Escape(ReportText.BridgeElectricityWithoutFactor), Markup.Escape(Format.Tonnes(b.ElectricityNotEstimatedKwh / 1e8, 2)));
        }
        AddChpRows(Row, b, n);
        table.Write(console);

        // Electricity used, 亿kWh; "x + NE" when some use is under a notation key (never a bare number that looks complete).
        static string Used(Core.Reporting.ElectricityBridge bridge) =>
            !bridge.ConsumptionNotEstimated ? Format.Tonnes(bridge.ConsumptionKwh / 1e8, 2)
            : bridge.ConsumptionKwh > 0 ? Format.Tonnes(bridge.ConsumptionKwh / 1e8, 2) + " + NE" : "NE";
        foreach (var problem in b.Problems)
        {
            console.WriteLine(ReportText.BridgeProblemPrefix + problem);
        }
    }

    /// <summary>The heat rows of the bridge: heat supply removed and heat used × heat factor where heat moved, what stayed, and the factor used with its origin.</summary>
    private static void AddHeatRows(Action<string, string> row, ElectricityBridge b, ReportNames n)
    {
        if (b.PurchasedHeatCo2eTonnes is { } heat)
        {
            row(Markup.Escape(ReportText.BridgeMinusHeatSupply), Markup.Escape(n.Co2eNegated(b.HeatSupplyRemovedCell)));
            row(Markup.Escape(ReportText.BridgePlusHeat), Markup.Escape(b.PurchasedHeatCell.HasNumber || b.PurchasedHeatCell.Keys.Count > 0 ? n.Co2e(b.PurchasedHeatCell) : n.Co2e(heat)));
        }
        if (b.HeatSupplyStayedCo2eTonnes > 0 || b.HeatSupplyStayedCell.Keys.Count > 0 || b.PurchasedHeatCo2eTonnes is null)
        {
            row(Markup.Escape(Text.Format(ReportText.BridgeHeatStayed, n.Co2e(b.HeatSupplyStayedCell), n.Co2eUnit())), "");
        }
        foreach (var h in b.HeatUses)
        {
            string factor = h.FactorCo2ePerGj is { } f ? $"{f.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} t CO2e/GJ" : "NE";
            row(Markup.Escape(Text.Format(h.Moved ? ReportText.BridgeHeatFactorMoved : ReportText.BridgeHeatFactorStayed, h.Region, factor, h.Origin)), "");
        }
    }

    /// <summary>The CHP split rows of the bridge: the method and each plant group's electricity share.</summary>
    private static void AddChpRows(Action<string, string> row, ElectricityBridge b, ReportNames n)
    {
        var chp = b.Plants.Where(p => p.Counted && p.ElectricityShare is > 0 and < 1).ToList();
        row(Markup.Escape(Text.Format(ReportText.BridgeChpSplit, PowerNames.Split(b.Split, n))), "");
        foreach (var p in chp)
        {
            string kind = p.Kind == Core.Power.PlantKind.Autoproducer ? ReportText.BridgeAutoproducerSuffix : "";
            row(Markup.Escape(Text.Format(ReportText.BridgeChpShare, p.Region, p.Category, kind,
                    p.ElectricityShare.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
                    (1 - p.ElectricityShare).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture))),
                Markup.Escape($"{n.Co2e(p.ElectricityCo2eTonnes)} / {n.Co2e(p.HeatCo2eTonnes)}"));
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
        using var culture = UiCulture.Use(n.Culture);
        var table = new FittedTable(Markup.Escape(ReportText.NonEnergyTitle), [Markup.Escape(ReportText.ColumnFuel)],
            [.. new[] { ReportText.NonEnergyCarbon, ReportText.NonEnergyCo2UpperBound, ReportText.NonEnergyEnergyGj, ReportText.NonEnergyEnergyTce }.Select(Markup.Escape)]);
        foreach (var u in s.NonEnergyUse)
        {
            // A part under a notation key shows as the key alone, or as "x + NE" beside a number: never 0.
            string Memo(double? value) => value is { } v ? Format.Tonnes(v) + (u.Notation is { } k ? $" + {k}" : "") : (u.Notation ?? Core.Domain.NotationKey.NE).ToString();
            table.AddRow([Markup.Escape(n.Activity(u.Activity))], [Markup.Escape(Memo(u.CarbonTonnes)), Markup.Escape(Memo(u.Co2UpperBoundTonnes)),
                Markup.Escape(Memo(u.CarbonTonnes is null ? null : u.EnergyGj)), Markup.Escape(u.EnergyTce is { } tce ? Memo(tce) : (u.Notation ?? Core.Domain.NotationKey.NE).ToString())]);
        }
        table.AddNote(Markup.Escape(NonEnergyCaption(s.NonEnergyUse, n)));
        table.Write(console);
    }

    /// <summary>The memo's caption: where the feedstock carbon is accounted (the coal-chemical balance's IPPU categories), or for which
    /// fuels no balance could be formed; "not estimated" only for the latter (issue 15).</summary>
    /// <param name="uses">The summary's memo of non-energy use.</param>
    /// <param name="n">Names and language of the report.</param>
    public static string NonEnergyCaption(IReadOnlyList<NonEnergyUse> uses, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(uses);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        var categories = uses.SelectMany(u => u.BalancedIn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string unbalanced = string.Join(n.T("、", ", "), uses.Where(u => u.Unbalanced).Select(u => n.Activity(u.Activity)));
        string balanced = string.Join(n.T("、", ", "), uses.Where(u => u.BalancedIn.Count > 0).Select(u => n.Activity(u.Activity)));
        string cats = string.Join(n.T("、", ", "), categories);
        return (categories.Count, unbalanced.Length) switch
        {
            (0, _) => TrialFixReportText.NonEnergyCaptionUnbalanced,
            (_, 0) => Text.Format(TrialFixReportText.NonEnergyCaptionBalanced, cats),
            _ => Text.Format(TrialFixReportText.NonEnergyCaptionBoth, balanced, cats, unbalanced),
        };
    }

    /// <summary>The sum of records as a GasTotals cell shows it: <c>600.00 万吨 + NE</c>, or the key alone (<c>C</c>) when no record has a number.</summary>
    private static string RecordsCell(ControlCheck c, double scale, string unit) =>
        c.RecordsOnlyKey is { } key ? key.ToString() : Format.Tonnes(c.RecordsBase / scale, 2) + unit + Parts(c);

    private static string Parts(ControlCheck c) => string.Concat(c.RecordsNotation.Select(k => $" + {k}"));

    /// <summary>The verdict cell: agrees, DOES NOT agree, incomplete (NE) or not comparable (C).</summary>
    internal static string Verdict(ControlCheck c, ReportNames n)
    {
        using var culture = UiCulture.Use(n.Culture);
        return c.Verdict switch
        {
            ControlVerdict.Agrees => $"[green]{Markup.Escape(ReportText.VerdictAgrees)}[/]",
            ControlVerdict.Incomplete => $"[yellow]{Markup.Escape(ReportText.VerdictIncomplete)}[/]",
            ControlVerdict.NotComparable => $"[yellow]{Markup.Escape(ReportText.VerdictNotComparable)}[/]",
            _ => $"[red]{Markup.Escape(ReportText.VerdictDisagrees)}[/]",
        };
    }

    /// <summary>Writes the reconciliation against the region's control totals: per fuel the control, the sum of records, the
    /// difference and its share, and a verdict within the tolerance; without control totals, says there is no check.</summary>
    public static void WriteControl(IAnsiConsole console, InventorySummary s, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        if (s.Control is not { HasControls: true } control)
        {
            console.WriteLine(Text.Format(ReportText.ControlNone, n.Of(s.Region), s.Year));
            return;
        }
        string tolerance = Format.Percent(control.ToleranceShare);
        string parts = s.Region.Parent is null || s.ByRegion.Any(r => !r.OwnRecordsOnly)
            ? ReportText.ControlPartsBanners
            : Text.Format(ReportText.ControlPartsRegion, n.Of(s.Region));
        var table = new FittedTable(Markup.Escape(Text.Format(ReportText.ControlTitle, parts, tolerance)), [Markup.Escape(ReportText.ColumnFuel)],
            [.. new[] { ReportText.ControlColumnControl, ReportText.ControlColumnRecords, ReportText.ControlColumnDifference, ReportText.ControlColumnShare,
                ReportText.ControlColumnVerdict, ReportText.ControlColumnSource }.Select(Markup.Escape)]);
        foreach (var c in control.Checks)
        {
            double scale = c.Control.UnitToBase;
            string unit = " " + c.Control.Unit;
            table.AddRow([Markup.Escape(n.Activity(c.Control.Activity))], [
                Markup.Escape(Format.Tonnes(c.Control.Value, 2) + unit),
                Markup.Escape(RecordsCell(c, scale, unit)),
                c.RecordsOnlyKey is null ? Markup.Escape(Format.WithSign(c.DifferenceBase / scale, 2) + unit + Parts(c)) : "–",
                c.Share is { } share && c.RecordsNotation.Count == 0 ? Markup.Escape(Format.SignedPercent(share)) : "–",
                Verdict(c, n),
                Markup.Escape(c.Control.Origin)]);
        }
        table.Write(console);
        if (s.Coverage is { Complete: false } coverage)
        {
            // The records of the parts with data are set against a control total of the whole region: a gap shows as a difference.
            console.MarkupLine(Markup.Escape(Text.Format(ReportText.ControlLacksParts, coverage.Missing.Count,
                string.Join(ReportText.ListSeparator, coverage.Missing.Select(n.Of)))));
        }
    }

    private static void WriteNotEstimated(IAnsiConsole console, List<EmissionLine> lines, ReportNames n)
    {
        if (lines.Count == 0)
        {
            return;
        }
        // Each line under its own key: NO (not occurring) is not NE (not estimated).
        console.MarkupLine(Markup.Escape(Text.Format(ReportText.NotEstimatedHeading, lines.Count)));
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
            console.WriteLine(Text.Format(ReportText.NotEstimatedMore, reasons.Count - 20));
        }
    }

    /// <summary>The units of the gas columns for a title: "CO2, CO2e: 万吨; CH4, N2O: t".</summary>
    private static string GasUnits(ReportNames n) => Text.Format(ReportText.GasUnits, n.MassUnit(), ReportText.UnitTonnes);

    private static FittedTable GasTable(ReportNames n, string title, string nameColumn, IReadOnlyList<Core.Domain.Gas> extra, bool land) =>
        new(Markup.Escape(title), [Markup.Escape(ReportText.ColumnCode), Markup.Escape(nameColumn)],
            [.. new[] { $"CO2\n{n.MassUnit()}", $"CH4\n{ReportText.UnitTonnes}", $"N2O\n{ReportText.UnitTonnes}" }
                .Concat(extra.Select(g => $"{g.Code}\n{ReportText.UnitTonnes}"))
                .Append($"CO2e\n{n.MassUnit()}")
                .Concat(land ? [$"{SectorReportText.ColumnCo2eInclLulucf}\n{n.MassUnit()}"] : [])
                .Select(Markup.Escape)]);

    /// <summary>The substances of the region's lines (land use and memo items included) other than CO2, CH4 and N2O, by formula.</summary>
    private static List<Core.Domain.Gas> ExtraSubstances(InventorySummary s) =>
        (s.Territorial.IncludingLulucf ?? s.Territorial).Substances.Select(t => t.Gas)
            .Concat(s.MemoTotals.SelectMany(c => c.Totals.Substances).Select(t => t.Gas))
            .Where(g => g != Core.Domain.Gas.CO2 && g != Core.Domain.Gas.CH4 && g != Core.Domain.Gas.N2O)
            .Distinct().OrderBy(g => g.Code, StringComparer.Ordinal).ToList();

    /// <summary>True when a split total has land-use lines (a number or a notation key).</summary>
    private static bool HasLulucf(GasTotals t) => t.Lulucf is { } l && l.Substances.Count > 0;

    /// <summary>The memo items (bunkers, biomass CO2, feedstock carbon) by category, apart from every total; nothing when there are none.</summary>
    private static void WriteMemo(IAnsiConsole console, InventorySummary s, ReportNames n, IReadOnlyList<Core.Domain.Gas> extra)
    {
        if (s.MemoTotals.Count == 0)
        {
            return;
        }
        var memo = GasTable(n, Text.Format(SectorReportText.MemoTitle, GasUnits(n)), ReportText.ColumnCategory, extra, false);
        foreach (var c in s.MemoTotals)
        {
            AddGasRow(memo, n, [new string(' ', 2 * c.Depth) + c.Category.Code.Value, n.Of(c.Category)], c.Totals, extra, false);
        }
        memo.Write(console);
    }

    private static void AddGasRow(FittedTable table, ReportNames n, string[] labels, GasTotals t, IReadOnlyList<Core.Domain.Gas> extra, bool land, bool bold = false)
    {
        string[] values = [n.Co2e(t.Co2), Format.Cell(t.Ch4, 1, fixedPoint: true), Format.Cell(t.N2o, 1, fixedPoint: true),
            .. extra.Select(g => t.For(g) is { } x ? Format.Cell(x.Mass, 3, fixedPoint: true) : ""),
            n.Co2e(t.Co2e), .. land ? [n.Co2e(t.Co2eIncludingLulucf)] : Array.Empty<string>()];
        string Cell(string text) => bold ? $"[bold]{Markup.Escape(text)}[/]" : Markup.Escape(text);
        table.AddRow([.. labels.Select(Cell)], [.. values.Select(Cell)]);
    }
}
