using GhgInventory.Core.Localization;
using Text = GhgInventory.Core.Localization.Text;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>Renders several years of one region side by side: CO2e by sub-region and by category, the bridge and reconciliation per year.</summary>
/// <remarks>CO2e in the unit of the <see cref="ReportNames"/> (万吨, one decimal, by default); on a narrow console the years come in
/// parts, each a table of its own with the names repeated (<see cref="FittedTable"/>).</remarks>
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
        using var culture = UiCulture.Use(n.Culture);
        var region = years[0].Region;
        string unit = n.Co2eUnit();

        var byRegion = YearTable(Text.Format(ReportText.TrendByRegionTitle, n.Of(region), unit), ReportText.ColumnBanner, years);
        var parts = years.SelectMany(y => y.ByRegion).Select(r => (r.Region.Code, r.OwnRecordsOnly)).Distinct().OrderBy(p => p.OwnRecordsOnly).ThenBy(p => p.Code.Value, StringComparer.Ordinal);
        foreach (var (code, own) in parts)
        {
            var first = years.SelectMany(y => y.ByRegion).First(r => r.Region.Code == code && r.OwnRecordsOnly == own);
            string name = own ? Text.Format(ReportText.OwnRecordsName, n.Of(first.Region)) : n.Of(first.Region);
            byRegion.AddRow([code.Value, Markup.Escape(name)], [.. years.Select(y =>
                y.ByRegion.FirstOrDefault(r => r.Region.Code == code && r.OwnRecordsOnly == own) is { } t ? Value(n, t.Totals.Co2e) : "–")]);
        }
        byRegion.AddRow(["", $"[bold]{Markup.Escape(ReportText.Total)}[/]"], [.. years.Select(y => $"[bold]{Value(n, y.Territorial.Co2e)}[/]")]);
        if (years.Any(y => y.Coverage is { Complete: false }))
        {
            byRegion.AddRow(["", $"[red]{Markup.Escape(ReportText.TrendPartsWithNoData)}[/]"], [.. years.Select(y =>
                y.Coverage is { Complete: false } c ? $"[red]{c.Missing.Count}/{c.Expected}[/]" : "–")]);
        }
        AddKeyLegend(byRegion, years.SelectMany(y => y.ByRegion.Select(r => r.Totals.Co2e).Append(y.Territorial.Co2e)));
        byRegion.Write(console);

        var byCategory = YearTable(Text.Format(ReportText.TrendByCategoryTitle, n.Of(region), unit), ReportText.ColumnCategory, years);
        var categories = years.SelectMany(y => y.ByCategory).Where(c => c.Depth <= maxCategoryDepth)
            .Select(c => c.Category).DistinctBy(c => c.Code).OrderBy(c => c.Code, Core.Domain.CategoryOrder.Instance).ToList();
        foreach (var category in categories)
        {
            int depth = years.SelectMany(y => y.ByCategory).First(c => c.Category.Code == category.Code).Depth;
            byCategory.AddRow([Markup.Escape(new string(' ', 2 * depth) + category.Code.Value), Markup.Escape(n.Of(category))], [.. years.Select(y =>
                y.ByCategory.FirstOrDefault(c => c.Category.Code == category.Code) is { } t ? Value(n, t.Totals.Co2e) : "–")]);
        }
        AddKeyLegend(byCategory, years.SelectMany(y => y.ByCategory.Where(c => c.Depth <= maxCategoryDepth).Select(c => c.Totals.Co2e)));
        byCategory.Write(console);

        var bridge = YearTable(Text.Format(ReportText.TrendBridgeTitle, unit), ReportText.ColumnItem, years);
        void Row(string label, Func<InventorySummary, string> cell) => bridge.AddRow(["", Markup.Escape(label)], [.. years.Select(cell)]);
        Row(ReportText.TrendTerritorial, y => Value(n, y.Bridge.TerritorialCell));
        Row(ReportText.TrendMinusGeneration, y => Markup.Escape(n.Co2eNegated(y.Bridge.ElectricityGenerationCell, compact: true)));
        Row(ReportText.TrendPlusElectricity, y => Value(n, y.Bridge.PurchasedElectricityCell));
        AddHeatAndChpRows(Row, years, n);
        Row(ReportText.TrendConsumption, y => Value(n, y.Bridge.ConsumptionCell));
        Row(ReportText.TrendNetExport, y => y.Bridge.NetExportShownKwh is { } kwh ? Format.Fixed(kwh / 1e8, 1) : "NE");
        GridVintageMarks.AddTrendRow(bridge, years, n);
        Row(ReportText.TrendReconciliation, y =>
            y.Control is not { HasControls: true } c ? Markup.Escape(ReportText.TrendNoControlTotals)
            : c.Agrees ? Markup.Escape(ReportText.TrendAgree)
            : c.Checks.Any(k => k.Verdict == ControlVerdict.Disagrees) ? $"[red]{Markup.Escape(ReportText.TrendDiffer)}[/]"
            : c.Checks.Any(k => k.Verdict == ControlVerdict.NotComparable) ? Markup.Escape(ReportText.VerdictNotComparable) : Markup.Escape(ReportText.VerdictIncomplete));
        AddKeyLegend(bridge, years.SelectMany(y => new[]
        {
            y.Bridge.TerritorialCell, y.Bridge.ElectricityGenerationCell, y.Bridge.PurchasedElectricityCell, y.Bridge.HeatSupplyRemovedCell,
            y.Bridge.PurchasedHeatCell, y.Bridge.HeatSupplyStayedCell, y.Bridge.ConsumptionCell,
        }));
        bridge.Write(console);
    }

    /// <summary>The bridge rows of the heat terms, the heat factor used and the CHP split (kept apart from other rows of the table).</summary>
    private static void AddHeatAndChpRows(Action<string, Func<InventorySummary, string>> row, IReadOnlyList<InventorySummary> years, ReportNames n)
    {
        // Issue 13 finding: a CHP without output rows showed its heat supply as 0; the cells carry NE where the split is unknown.
        row(ReportText.TrendMinusHeatSupply, y => Markup.Escape(n.Co2eNegated(y.Bridge.HeatSupplyRemovedCell, compact: true)));
        row(ReportText.TrendPlusHeat, y => Value(n, y.Bridge.PurchasedHeatCell));
        row(ReportText.TrendHeatStayed, y => Value(n, y.Bridge.HeatSupplyStayedCell));
        row(ReportText.TrendHeatFactor, y => Markup.Escape(HeatFactor(y.Bridge)));
        row(Text.Format(ReportText.TrendChpShare, PowerNames.Split(years[0].Bridge.Split, n)), y => ChpShare(y.Bridge));
    }

    /// <summary>The heat factor of a year in a cell: the factor applied over the region (<see cref="ElectricityBridge.HeatFactorCo2ePerGj"/>)
    /// with its origin; NE when no heat used has a factor.</summary>
    private static string HeatFactor(ElectricityBridge b)
    {
        if (b.HeatFactorCo2ePerGj is not { } factor)
        {
            return "NE";
        }
        var used = b.HeatUses.Where(h => h.FactorCo2ePerGj is not null).ToList();
        string origin = used.All(h => h.Source == Core.Reporting.HeatFactorSource.Derived) ? ReportText.HeatFactorDerived
            : used.Any(h => h.Source is Core.Reporting.HeatFactorSource.Derived or Core.Reporting.HeatFactorSource.LocalAndDerived) ? ReportText.HeatFactorLocalDerived
            : ReportText.HeatFactorLocal;
        return $"{factor.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)} {origin}";
    }

    /// <summary>The electricity share of the CHP plants of a year (their electricity emissions over their fuel emissions); "–" without CHP.</summary>
    private static string ChpShare(ElectricityBridge b)
    {
        var chp = b.Plants.Where(p => p.Counted && p.ElectricityShare is > 0 and < 1).ToList();
        double fuel = chp.Sum(p => p.FuelCo2eTonnes);
        if (fuel <= 0 && b.PlantSplitUnknown)
        {
            return "NE"; // a CHP whose split is unknown is not "no CHP"
        }
        return fuel > 0 ? (chp.Sum(p => p.ElectricityCo2eTonnes) / fuel).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) : "–";
    }

    /// <summary>Under a table whose cells carry <c>+NE</c> or <c>+C</c>, the legend of those marks.</summary>
    private static void AddKeyLegend(FittedTable table, IEnumerable<GasCell> cells)
    {
        var keys = cells.SelectMany(c => c.OnlyKey is { } k ? [k] : c.IncompleteBecause).Distinct().Order().ToList();
        if (keys.Count > 0)
        {
            table.AddNote(Markup.Escape(Text.Format(ReportText.KeyLegend, string.Join(ReportText.ListSeparator, keys.Select(NotationNames.Of)))));
        }
    }

    private static FittedTable YearTable(string title, string label, IReadOnlyList<InventorySummary> years) =>
        new(Markup.Escape(title), ["", Markup.Escape(label)], [.. years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    private static string Value(ReportNames n, GasCell cell) => Markup.Escape(n.Co2e(cell, compact: true));
}
