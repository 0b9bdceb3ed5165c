using System.Globalization;
using CsvHelper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Renders a summary as CSV for spreadsheets: the lines with their factors, and (in a separate file) the totals and the bridge.</summary>
/// <remarks>
/// Written by CsvHelper: a field holding a comma, quote, CR or LF is quoted; UTF-8 with a byte order mark, so Excel reads
/// the Chinese right; text beginning with <c>= + - @</c>, tab or CR gets a leading apostrophe (OWASP), numbers never do.
/// In the lines file each view has its own mass and CO2e columns (territorial, indirect, memo), so summing a column never
/// mixes territorial and indirect lines; totals, banners and the bridge are in the totals file (<see cref="WriteTotals"/>).
/// Masses are rounded to <see cref="Decimals"/> decimals of a tonne (1 kg) and written in the shortest form that reads back
/// as that rounded value, so <c>68930000000.00002</c> is written <c>68930000000</c>.
/// </remarks>
public static class CsvReport
{
    /// <summary>Decimals of a tonne kept in every mass: 3, one kilogram, far below any published figure's precision.</summary>
    public const int Decimals = 3;

    /// <summary>The header row in English (the column names), also what <c>--lang en</c> writes.</summary>
    public const string Header = "run,region,year,category,category_name,activity,activity_name,gas,scope,"
        + "territorial_mass_t,territorial_co2e_t,indirect_mass_t,indirect_co2e_t,memo_mass_t,memo_co2e_t,gwp,notation_key,method,factors,note";

    /// <summary>The header row of the lines file in Chinese.</summary>
    public const string HeaderZh = "运行,地区,年份,类别代码,类别,品种代码,品种,气体,口径,"
        + "属地排放量_吨,属地排放_吨CO2当量,间接排放量_吨,间接排放_吨CO2当量,备忘项_吨,备忘项_吨CO2当量,GWP,注释键,方法,排放因子,备注";

    /// <summary>The header row of the totals file in English.</summary>
    public const string TotalsHeader = "run,region,year,table,code,name,co2_t,ch4_t,n2o_t,co2e_t,notation_key";

    /// <summary>The header row of the totals file in Chinese.</summary>
    public const string TotalsHeaderZh = "运行,地区,年份,表,代码,名称,CO2_吨,CH4_吨,N2O_吨,CO2当量_吨,注释键";

    /// <summary>A mass as the CSV writes it: rounded to <see cref="Decimals"/> decimals, shortest round-trip form, invariant culture.</summary>
    public static string Number(double tonnes) => Rounded(tonnes).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Writes the lines of <paramref name="summary"/> to <paramref name="writer"/>, byte order mark first.</summary>
    public static void Write(TextWriter writer, InventorySummary summary, ReportNames names, IReadOnlyDictionary<Core.Domain.CategoryCode, Core.Domain.Category> categories)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(categories);
        using var csv = Open(writer);
        ProvisionalFirst(csv, summary, names, (names.Zh ? HeaderZh : Header).Split(',').Length);
        csv.WriteRecord((names.Zh ? HeaderZh : Header).Split(','));
        foreach (var l in summary.Lines)
        {
            string categoryName = categories.TryGetValue(l.Category, out var c) ? names.Of(c) : "";
            string factors = string.Join("; ", l.Factors.Select(f => $"{f.Parameter}={Format.Exact(f.Value)} {f.Unit} [{f.SetKey}: {f.Table}]"));
            csv.WriteField(summary.RunId.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(l.Region.Value);
            csv.WriteField(l.Year.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(l.Category.Value);
            csv.WriteField(categoryName);
            csv.WriteField(l.Activity);
            csv.WriteField(names.Activity(l.Activity));
            csv.WriteField(l.Gas.Code);
            csv.WriteField(Label(names, l.Scope switch
            {
                EmissionScope.Territorial => nameof(ExportText.ScopeTerritorial),
                EmissionScope.Memo => nameof(ExportText.ScopeMemo),
                _ => nameof(ExportText.ScopeIndirect),
            }));
            foreach (var scope in new[] { EmissionScope.Territorial, EmissionScope.Indirect, EmissionScope.Memo })
            {
                MassField(csv, l.Scope == scope ? l.MassTonnes : null);
                MassField(csv, l.Scope == scope ? l.Co2eTonnes : null);
            }
            if (l.Gwp is { } g)
            {
                csv.WriteField(g, "R");
            }
            else
            {
                csv.WriteField("");
            }
            csv.WriteField(l.Notation?.ToString() ?? "");
            csv.WriteField(MethodNames.Of(l.Method));
            csv.WriteField(factors);
            csv.WriteField(l.Note ?? "");
            csv.EndRecord();
        }
    }

    /// <summary>Writes the totals of <paramref name="summary"/>: by category and gas, by banner, and the territorial to consumption-based bridge.</summary>
    public static void WriteTotals(TextWriter writer, InventorySummary summary, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(names);
        using var csv = Open(writer);
        ProvisionalFirst(csv, summary, names, (names.Zh ? TotalsHeaderZh : TotalsHeader).Split(',').Length);
        csv.WriteRecord((names.Zh ? TotalsHeaderZh : TotalsHeader).Split(','));
        void Row(string table, string code, string name, GasTotals? totals, GasCell co2e)
        {
            csv.WriteField(summary.RunId.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(summary.Region.Code.ToString());
            csv.WriteField(summary.Year.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(table);
            csv.WriteField(code);
            csv.WriteField(name);
            MassField(csv, totals?.Co2.HasNumber == true ? totals.Co2Tonnes : null);
            MassField(csv, totals?.Ch4.HasNumber == true ? totals.Ch4Tonnes : null);
            MassField(csv, totals?.N2o.HasNumber == true ? totals.N2oTonnes : null);
            MassField(csv, co2e.HasNumber ? co2e.Tonnes : null);
            csv.WriteField(string.Join("+", co2e.Keys));
            csv.EndRecord();
        }
        string byCategory = Label(names, nameof(ExportText.TableByCategory));
        Row(byCategory, "", Label(names, nameof(ExportText.TotalTerritorial)), summary.Territorial, summary.Territorial.Co2e);
        // Issue 15: the territorial total excludes LULUCF; land use apart (NE when there is no land-use line, never 0) and the total
        // including it follow, as UNFCCC reporting gives both.
        if (summary.Territorial is { Lulucf: { } land, IncludingLulucf: { } including })
        {
            Row(byCategory, "", TotalsLabel(names, nameof(TotalsText.CsvLulucf)), land, land.Co2e);
            Row(byCategory, "", TotalsLabel(names, nameof(TotalsText.CsvTotalInclLulucf)), including, including.Co2e);
        }
        foreach (var c in summary.ByCategory)
        {
            Row(byCategory, c.Category.Code.Value, names.Of(c.Category), c.Totals, c.Totals.Co2e);
        }
        string byRegion = Label(names, nameof(ExportText.TableByRegion));
        foreach (var r in summary.ByRegion)
        {
            Row(byRegion, r.Region.Code.ToString(), names.Of(r.Region) + (r.OwnRecordsOnly ? Label(names, nameof(ExportText.OwnRecords)) : ""), r.Totals, r.Totals.Co2e);
        }
        string bridge = Label(names, nameof(ExportText.TableBridge));
        foreach (var (key, cell) in BridgeRows(summary.Bridge))
        {
            Row(bridge, "", Label(names, key), null, cell);
        }
    }

    /// <summary>The bridge's rows in order, signed as they add up: territorial − generation − heat supply removed + bought electricity + bought heat = consumption-based.</summary>
    public static IReadOnlyList<(string LabelKey, GasCell Cell)> BridgeRows(ElectricityBridge bridge)
    {
        ArgumentNullException.ThrowIfNull(bridge);
        var generation = bridge.ElectricityGenerationCell;
        var heatRemoved = bridge.HeatSupplyRemovedCell;
        return
        [
            (nameof(ExportText.BridgeTerritorial), bridge.TerritorialCell),
            (nameof(ExportText.BridgeGeneration), generation with { Tonnes = Format.Minus(generation.Tonnes) }),
            (nameof(ExportText.BridgeHeatRemoved), heatRemoved with { Tonnes = Format.Minus(heatRemoved.Tonnes) }),
            (nameof(ExportText.BridgePurchasedElectricity), bridge.PurchasedElectricityCell),
            (nameof(ExportText.BridgePurchasedHeat), bridge.PurchasedHeatCell),
            (nameof(ExportText.BridgeConsumption), bridge.ConsumptionCell),
        ];
    }

    /// <summary>An export label in the report's language.</summary>
    internal static string Label(ReportNames names, string key) =>
        ExportText.ResourceManager.GetString(key, names.Zh ? Core.Localization.UiCulture.Chinese : Core.Localization.UiCulture.English) ?? key;

    /// <summary>A totals label (<c>Resources/TotalsText</c>) in the report's language.</summary>
    internal static string TotalsLabel(ReportNames names, string key) =>
        TotalsText.ResourceManager.GetString(key, names.Zh ? Core.Localization.UiCulture.Chinese : Core.Localization.UiCulture.English) ?? key;

    /// <summary>A value rounded to <see cref="Decimals"/> decimals, −0 made 0.</summary>
    internal static double Rounded(double tonnes) => Math.Round(tonnes, Decimals, MidpointRounding.AwayFromZero) + 0.0;

    private static CsvWriter Open(TextWriter writer)
    {
        // The byte order mark tells Excel the file is UTF-8; written as a character, so it reaches a file or a pipe alike.
        writer.Write('\uFEFF');
        return CsvWriter.Create(writer, new CsvWriterOptions
        {
            Separator = ',',
            NewLine = "\r\n",
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        }, leaveOpen: true);
    }

    private static void MassField(CsvWriter csv, double? tonnes)
    {
        if (tonnes is { } t)
        {
            csv.WriteField(Rounded(t), "R");
        }
        else
        {
            csv.WriteField("");
        }
    }

    /// <summary>Issue 14: a provisional run's file starts with one record saying so, before the header, so that no reader takes it
    /// for the final inventory: a reader that takes the first record for the header finds the banner there.</summary>
    private static void ProvisionalFirst(CsvWriter csv, InventorySummary summary, ReportNames names, int fields)
    {
        if (RunStatusText.Banner(summary, names) is { } provisional)
        {
            // As many fields as the header (RFC 4180: the same number in every record), the banner in the first.
            csv.WriteRecord([provisional, .. Enumerable.Repeat("", fields - 1)]);
        }
    }
}
