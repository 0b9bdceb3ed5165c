using System.Globalization;
using System.Text.Json;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Renders one region-year of an energy account with its rule totals, CO2 for the target and indicators (<c>ghg energy</c>): table or JSON; computes nothing.</summary>
public static class EnergyReport
{

    /// <summary>What one report shows: the account, its totals under the rules, the CO2 for the target under each rule and the indicator points.</summary>
    /// <param name="Run">The run id.</param>
    /// <param name="Region">The region with its names.</param>
    /// <param name="Account">The energy account.</param>
    /// <param name="Totals">The totals under each rule asked for.</param>
    /// <param name="Co2">The CO2 for the target under each rule asked for.</param>
    /// <param name="Points">The indicator points of the region and year.</param>
    /// <param name="BaseYear">The price base year.</param>
    public sealed record View(long Run, Region Region, EnergyAccount Account, IReadOnlyList<EnergyTotal> Totals, IReadOnlyList<Co2ForTarget> Co2,
        IReadOnlyList<IndicatorPoint> Points, int BaseYear)
    {
        /// <summary>The IPCC categories by code (names of the sectors shown beside their codes); null shows codes only.</summary>
        public IReadOnlyDictionary<CategoryCode, Category>? Categories { get; init; }

        /// <summary>True to show energy in 10^4 tce (万吨标准煤, 2 decimals) instead of tce (0 decimals).</summary>
        public bool InTenThousandTce { get; init; }
    }

    /// <summary>The stable name of a coefficient basis in JSON: <c>gbt2589_coefficient</c>, <c>ncv_29307</c> (calorific value ÷ 29.307 GJ/tce) or <c>none</c>.</summary>
    public static string BasisName(CoefficientBasis basis) => basis switch
    {
        CoefficientBasis.Coefficient => "gbt2589_coefficient",
        CoefficientBasis.CalorificValue => "ncv_29307",
        _ => "none",
    };

    /// <summary>The words of a rule name (<c>non_fossil_excluded+feedstock_excluded</c> → "non-fossil energy excluded + feedstock energy excluded"), as <see cref="ScorecardWords.Rule"/> names it.</summary>
    public static string RuleWords(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        // One name per rule (issue 14, user trial): the scorecard's words, so that energy, targets, compare and the HTML say the same.
        return ScorecardWords.Rule(rule);
    }

    /// <summary>Writes <paramref name="view"/> as a table in the current UI language.</summary>
    public static void WriteTable(TextWriter writer, View view, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(names);
        var a = view.Account;
        string Tce(double value) => view.InTenThousandTce ? (value / 1e4).ToString("#,0.00", CultureInfo.InvariantCulture) : Whole(value);
        string Bounded(double value, bool lowerBound) => lowerBound ? $"{EnergyReportText.LowerBound} {Tce(value)}" : Tce(value);
        string Unit(string title) => view.InTenThousandTce ? title.Replace(EnergyReportText.UnitTce, EnergyReportText.UnitTenThousandTce, StringComparison.Ordinal) : title;
        string SectorName(string code) => view.Categories is { } c && CategoryCode.TryParse(code, out var key) && c.TryGetValue(key, out var cat)
            ? $"{code} {(names.Language == ReportLanguage.Zh ? cat.NameZh : cat.NameEn)}" : code;
        string basis = a.Basis == ElectricityBasis.Calorific
            ? Text.Format(EnergyReportText.BasisCalorific, Number(a.ElectricityTcePerKwh * 1000, 4))
            : Text.Format(EnergyReportText.BasisCoalEquivalent, Number(a.ElectricityTcePerKwh * 1e6, 1));
        writer.WriteLine(Text.Format(EnergyReportText.Title, names.Of(view.Region), a.Year, basis, view.Run));
        writer.WriteLine();
        writer.WriteLine(Unit(EnergyReportText.Composition));
        Row(writer, EnergyReportText.Fossil, Tce(a.FossilTce));
        Row(writer, EnergyReportText.OfWhichFeedstock, Tce(a.FeedstockTce));
        // Shown in 10^8 kWh with 2 decimals (as the sample writes generation); the stored kWh is not rounded.
        Row(writer, Text.Format(EnergyReportText.NetImport, a.NetImportKwh is { } kwh ? (kwh / 1e8).ToString("#,0.00", CultureInfo.InvariantCulture) : "NE"),
            a.NetImportTce is { } t ? Tce(t) : "NE");
        Row(writer, EnergyReportText.Renewable, a.RenewableElectricityKwh is null ? EnergyReportText.NotGiven : Tce(a.RenewableElectricityTce));
        Row(writer, EnergyReportText.NonFossilOther, a.NonFossilOtherTce is { } o ? Tce(o) : EnergyReportText.NotGiven);
        Row(writer, EnergyReportText.Gross, Bounded(a.GrossTce, a.GrossLowerBoundBecause.Count > 0));
        writer.WriteLine();
        writer.WriteLine(Unit(EnergyReportText.Totals));
        foreach (var total in view.Totals)
        {
            Row(writer, RuleWords(total.Rule), total.Tce is { } v ? Bounded(v, total.IsLowerBound) : Text.Format(EnergyReportText.Missing, total.Missing?.Render()));
        }
        foreach (var reason in a.GrossLowerBoundBecause)
        {
            writer.WriteLine(Text.Format(EnergyReportText.Because, reason.Render()));
        }
        foreach (var note in a.Notes)
        {
            writer.WriteLine(Text.Format(EnergyReportText.Note, note.Render()));
        }
        void Parts(string title, IReadOnlyList<EnergyPart> parts, Func<string, string> name, bool markCalorific = false)
        {
            writer.WriteLine();
            writer.WriteLine(Unit(title));
            foreach (var p in parts)
            {
                Row(writer, name(p.Key) + (markCalorific && p.ByCalorificValue ? " " + EnergyReportText.ByCalorificValueMark : ""), Bounded(p.Tce, p.LowerBound));
            }
            if (markCalorific && parts.Any(p => p.ByCalorificValue))
            {
                writer.WriteLine(Text.Format(EnergyReportText.ByCalorificValueFootnote, EnergyReportText.ByCalorificValueMark));
            }
        }
        Parts(EnergyReportText.ByFuel, a.ByFuel(), names.Activity, markCalorific: true);
        Parts(EnergyReportText.BySector, a.BySector(), SectorName);
        Parts(EnergyReportText.ByUse, a.ByUse(), UseWord);
        double final = a.FinalTce;
        Parts(Text.Format(EnergyReportText.FinalBySector, final > 0 ? Fixed(a.ElectricityFinalCalorificTce / final * 100, 1) + "%" : "-"), a.FinalBySector(), SectorName);
        writer.WriteLine();
        writer.WriteLine(EnergyReportText.Co2Title);
        foreach (var c in view.Co2)
        {
            writer.WriteLine($"[{RuleWords(c.Rule)}]");
            Row(writer, EnergyReportText.EnergyCo2, BoundedWhole(c.EnergyCo2Tonnes, c.LowerBoundBecause.Count > 0));
            Row(writer, Text.Format(EnergyReportText.ImportTerm, c.GridFactorKgPerKwh is { } f ? Number(f, 4) : "NE", c.GridFactorYear?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                c.ImportTermTonnes is { } i ? Whole(i) : "NE");
            Row(writer, EnergyReportText.Co2Total, c.Tonnes is { } total ? BoundedWhole(total, c.LowerBoundBecause.Count > 0) : Text.Format(EnergyReportText.Missing, c.Missing?.Render()));
            foreach (var note in c.LowerBoundBecause.Select(r => Text.Format(EnergyReportText.Because, r.Render())).Concat(c.Notes.Select(n => Text.Format(EnergyReportText.Note, n.Render()))))
            {
                writer.WriteLine(note);
            }
        }
        writer.WriteLine();
        writer.WriteLine(Text.Format(EnergyReportText.Indicators, view.BaseYear));
        var shown = a.Notes.Concat(a.GrossLowerBoundBecause).ToHashSet();
        var pointNotes = new List<LineText>();
        foreach (var p in view.Points)
        {
            string label = IndicatorWord(p.Indicator) + (p.Rule.Length > 0 ? $" [{RuleWords(p.Rule)}]" : "");
            string value = p.Value is { } v ? PointValue(v, p.Unit) : Text.Format(EnergyReportText.Missing, p.Missing?.Render());
            Row(writer, label, p.LowerBound && p.Value is not null ? $"{EnergyReportText.LowerBound} {value}" : value);
            pointNotes.AddRange((p.Notes ?? []).Where(n => shown.Add(n)));
        }
        foreach (var note in pointNotes)
        {
            writer.WriteLine(Text.Format(EnergyReportText.Note, note.Render()));
        }
    }

    /// <summary>Writes <paramref name="view"/> as UTF-8 JSON: keys in English, rules by their stable names, quantities in tce, t, kWh or %.</summary>
    public static void WriteJson(Stream output, View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var a = view.Account;
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("region", view.Region.Code.Value);
        w.WriteString("name_zh", view.Region.NameZh);
        w.WriteString("name_en", view.Region.NameEn);
        w.WriteNumber("year", a.Year);
        w.WriteNumber("run", view.Run);
        w.WriteString("basis", a.Basis == ElectricityBasis.Calorific ? "calorific" : "coal-equivalent");
        w.WriteNumber("electricity_tce_per_kwh", a.ElectricityTcePerKwh);
        w.WriteNumber("fossil_tce", a.FossilTce);
        w.WriteNumber("feedstock_tce", a.FeedstockTce);
        w.WriteNumber("coal_tce", a.CoalTce);
        JsonOutput.NumberOrNull(w, "generation_kwh", a.GenerationKwh);
        w.WriteNumber("consumption_kwh", a.ConsumptionKwh);
        JsonOutput.NumberOrNull(w, "net_import_kwh", a.NetImportKwh);
        JsonOutput.NumberOrNull(w, "net_import_tce", a.NetImportTce);
        JsonOutput.NumberOrNull(w, "renewable_electricity_kwh", a.RenewableElectricityKwh);
        JsonOutput.NumberOrNull(w, "green_certificate_kwh", a.GreenCertificateKwh);
        JsonOutput.NumberOrNull(w, "nonfossil_other_tce", a.NonFossilOtherTce);
        w.WriteNumber("gross_tce", a.GrossTce);
        Texts(w, "gross_lower_bound_because", a.GrossLowerBoundBecause);
        Texts(w, "notes", a.Notes);
        w.WriteStartArray("totals");
        foreach (var t in view.Totals)
        {
            w.WriteStartObject();
            w.WriteString("rule", t.Rule);
            w.WriteString("basis", a.Basis == ElectricityBasis.Calorific ? "calorific" : "coal-equivalent");
            JsonOutput.NumberOrNull(w, "tce", t.Tce);
            w.WriteBoolean("lower_bound", t.IsLowerBound);
            w.WriteNumber("nonfossil_deducted_tce", t.NonFossilDeductedTce);
            w.WriteNumber("feedstock_deducted_tce", t.FeedstockDeductedTce);
            if (t.Missing is { } m)
            {
                w.WriteString("missing", m.Render());
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteParts(w, "by_fuel", a.ByFuel());
        WriteParts(w, "by_sector", a.BySector());
        WriteParts(w, "by_use", a.ByUse());
        WriteParts(w, "final_by_sector", a.FinalBySector());
        w.WriteNumber("final_tce", a.FinalTce);
        w.WriteStartArray("co2_for_target");
        foreach (var c in view.Co2)
        {
            w.WriteStartObject();
            w.WriteString("rule", c.Rule);
            w.WriteNumber("energy_co2_t", c.EnergyCo2Tonnes);
            JsonOutput.NumberOrNull(w, "net_import_kwh", c.NetImportKwh);
            JsonOutput.NumberOrNull(w, "grid_factor_kg_per_kwh", c.GridFactorKgPerKwh);
            JsonOutput.NumberOrNull(w, "grid_factor_year", c.GridFactorYear);
            JsonOutput.NumberOrNull(w, "import_term_t", c.ImportTermTonnes);
            JsonOutput.NumberOrNull(w, "co2_t", c.Tonnes);
            w.WriteBoolean("lower_bound", c.LowerBoundBecause.Count > 0);
            Texts(w, "notes", c.LowerBoundBecause.Concat(c.Notes).ToList());
            if (c.Missing is { } m)
            {
                w.WriteString("missing", m.Render());
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("base_year", view.BaseYear);
        w.WriteStartArray("indicators");
        foreach (var p in view.Points)
        {
            w.WriteStartObject();
            w.WriteString("indicator", p.Indicator);
            w.WriteString("rule", p.Rule);
            w.WriteString("basis", p.Basis);
            JsonOutput.NumberOrNull(w, "value", p.Value);
            w.WriteString("unit", p.Unit);
            w.WriteBoolean("lower_bound", p.LowerBound);
            if (p.Missing is { } m)
            {
                w.WriteString("missing", m.Render());
            }
            Texts(w, "notes", p.Notes ?? []);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Row(TextWriter writer, string label, string value) => writer.WriteLine($"  {label,-48} {value,20}");

    /// <summary>Tonnes (of standard coal or CO2) with thousands separators and no decimals.</summary>
    private static string Whole(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string BoundedWhole(double value, bool lowerBound) => lowerBound ? $"{EnergyReportText.LowerBound} {Whole(value)}" : Whole(value);

    private static string Number(double value, int decimals) => value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    private static string Fixed(double value, int decimals) => value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>An indicator value with the decimals of its unit: tonnes 0, shares 1 (with %), capacity 1, intensities 4.</summary>
    private static string PointValue(double value, string unit) => unit switch
    {
        "tce" or "t" => Whole(value),
        "%" => Fixed(value, 1) + "%",
        "GW" => Fixed(value, 1),
        _ => Fixed(value, 4),
    };

    private static string UseWord(string use) => use switch
    {
        "combustion" => EnergyReportText.UseCombustion,
        "autoproducer" => EnergyReportText.UseAutoproducer,
        "feedstock" => EnergyReportText.UseFeedstock,
        "transformation" => EnergyReportText.UseTransformation,
        "output" => EnergyReportText.UseOutput,
        _ => use,
    };

    private static string IndicatorWord(string key) => EnergyReportText.ResourceManager.GetString("Ind_" + key, CultureInfo.CurrentUICulture) ?? key;

    private static void Texts(Utf8JsonWriter w, string name, IReadOnlyList<LineText> texts)
    {
        w.WriteStartArray(name);
        foreach (var t in texts)
        {
            w.WriteStringValue(t.Render());
        }
        w.WriteEndArray();
    }

    private static void WriteParts(Utf8JsonWriter w, string name, IReadOnlyList<EnergyPart> parts)
    {
        w.WriteStartArray(name);
        foreach (var p in parts)
        {
            w.WriteStartObject();
            w.WriteString("key", p.Key);
            w.WriteNumber("tce", p.Tce);
            w.WriteBoolean("lower_bound", p.LowerBound);
            w.WriteString("coefficient_basis", BasisName(p.Basis));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
