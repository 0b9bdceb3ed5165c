using System.Globalization;
using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Reports.Resources;
using Spectre.Console;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>
/// Prints a scenario run (<c>ghg scenario run</c>, docs/scenarios.md §7), a comparison (<c>ghg scenario compare</c>, §8) and the short
/// peak summary of <c>ghg demo</c>: JSON with fixed keys and round-trip numbers (no time, path or machine in it, so one seed prints
/// the same bytes), and tables fitted to the console (zh or en, the UI culture). Rendering only: every figure comes from the outcome.
/// </summary>
/// <remarks>The illustrative label is this report's: it is printed first (the first flag, the table's first line) whenever the
/// scenario is illustrative, so the outcome's own flags do not repeat it.</remarks>
public static class ScenarioReport
{
    private const double TenThousand = 1e4;

    /// <summary>What the reader must see first: the illustrative label when the scenario is illustrative, then the outcome's flags, rendered.</summary>
    public static IReadOnlyList<string> FlagLines(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var lines = new List<string>();
        if (outcome.Scenario.Illustrative)
        {
            lines.Add(Text.Format(ScenarioReportText.Illustrative, outcome.Scenario.Title));
        }
        lines.AddRange(outcome.Flags.Select(f => f.Render()));
        return lines;
    }

    /// <summary>The run's JSON as text, the bytes <see cref="WriteJson"/> writes (what is printed and stored).</summary>
    public static string JsonText(ScenarioOutcome outcome, LeverCatalogue catalogue, RegionTree regions)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, outcome, catalogue, regions);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the run as JSON (UTF-8, indented): the keys of issue 16 item 6 and docs/scenarios.md §7, city first, the parts under <c>areas</c>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="outcome">The run.</param>
    /// <param name="catalogue">The lever catalogue, for the levers' names.</param>
    /// <param name="regions">The region tree, for the regions' names.</param>
    /// <exception cref="InvalidOperationException">A figure is NaN or infinite (a defect upstream; never printed).</exception>
    public static void WriteJson(Stream output, ScenarioOutcome outcome, LeverCatalogue catalogue, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(regions);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        var s = outcome.Scenario;
        w.WriteStartObject();
        w.WriteString("scenario", s.Name);
        w.WriteString("title", s.Title);
        w.WriteBoolean("illustrative", s.Illustrative);
        w.WriteStartArray("flags");
        foreach (string flag in FlagLines(outcome))
        {
            w.WriteStringValue(flag);
        }
        w.WriteEndArray();
        w.WriteString("file_sha256", s.ContentSha256);
        w.WriteNumber("base_run", outcome.Base.RunId);
        w.WriteNumber("base_year", outcome.Base.BaseYear);
        w.WriteNumber("horizon", s.Horizon);
        w.WriteNumber("seed", outcome.Seed);
        w.WriteNumber("iterations", outcome.Iterations);
        w.WriteString("region", outcome.Base.City.Value);
        var city = outcome.Areas[0];
        WriteArea(w, city);
        w.WriteStartArray("targets");
        foreach (var t in outcome.Targets)
        {
            w.WriteStartObject();
            w.WriteString("region", t.Target.Region.Value);
            w.WriteString("indicator", t.Target.Indicator);
            w.WriteString("rule", t.Rule);
            w.WriteString("name", ScorecardWords.Named(t.Target.Indicator, t.Rule));
            w.WriteNumber("base_year", t.Target.BaseYear);
            w.WriteNumber("target_year", t.Target.TargetYear);
            w.WriteString("kind", Snake(t.Target.Kind.ToString()));
            JsonOutput.NumberOrNull(w, "value", t.Target.Value);
            w.WriteString("unit", t.Target.Unit);
            JsonOutput.NumberOrNull(w, "base_value", t.BaseValue);
            JsonOutput.NumberOrNull(w, "target_value", t.TargetValue);
            JsonOutput.NumberOrNull(w, "central_value", t.CentralValue);
            BoolOrNull(w, "central_met", t.CentralMet);
            JsonOutput.NumberOrNull(w, "p_met", t.ProbabilityMet);
            StringOrNull(w, "not_checked_because", t.NotCheckedBecause?.Render());
            w.WriteString("source", t.Target.Source);
            w.WriteString("location", t.Target.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("budgets");
        foreach (var b in outcome.Budgets)
        {
            w.WriteStartObject();
            w.WriteString("region", b.Budget.Region.Value);
            w.WriteNumber("start_year", b.Budget.StartYear);
            w.WriteNumber("end_year", b.Budget.EndYear);
            JsonOutput.NumberOrNull(w, "allowed_t", b.Budget.AllowedTonnes);
            w.WriteString("basis", b.Budget.Basis);
            JsonOutput.NumberOrNull(w, "history_used_t", b.HistoryUsedTonnes);
            JsonOutput.NumberOrNull(w, "central_used_t", b.CentralUsedTonnes);
            BoolOrNull(w, "central_within", b.CentralWithin);
            JsonOutput.NumberOrNull(w, "p_within", b.ProbabilityWithin);
            JsonOutput.NumberOrNull(w, "central_run_out_year", b.CentralRunOutYear);
            StringOrNull(w, "not_checked_because", b.NotCheckedBecause?.Render());
            w.WriteString("source", b.Budget.Source);
            w.WriteString("location", b.Budget.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sensitivity");
        foreach (var x in outcome.Sensitivity)
        {
            w.WriteStartObject();
            w.WriteString("lever", x.Dimension.Lever);
            StringOrNull(w, "region", x.Dimension.Region?.Value);
            w.WriteString("name", LeverName(x.Dimension, catalogue, regions));
            JsonOutput.NumberOrNull(w, "peak_co2e_t_low", x.PeakCo2eLow);
            JsonOutput.NumberOrNull(w, "peak_co2e_t_high", x.PeakCo2eHigh);
            JsonOutput.NumberOrNull(w, "peak_year_low", x.PeakYearLow);
            JsonOutput.NumberOrNull(w, "peak_year_high", x.PeakYearHigh);
            JsonOutput.NumberOrNull(w, "first_order_peak_co2e", x.FirstOrderPeakCo2e);
            JsonOutput.NumberOrNull(w, "first_order_peak_year", x.FirstOrderPeakYear);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("areas");
        foreach (var a in outcome.Areas.Skip(1))
        {
            w.WriteStartObject(AreaKey(a));
            w.WriteString("region", a.Region.Value);
            w.WriteString("name", AreaName(a, regions));
            w.WriteBoolean("city_rest", a.IsCityRest);
            WriteArea(w, a);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The key of a part under <c>areas</c>: its region code, or <c>city_rest</c> for the city's lines in no banner (which share the city's code).</summary>
    public static string AreaKey(AreaOutcome area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return area.IsCityRest ? "city_rest" : area.Region.Value;
    }

    /// <summary>The flags printed in a table before the rest are counted (the projection's own come first).</summary>
    public const int TableFlagLimit = 12;

    /// <summary>Writes the run as tables: the illustrative label (or the title) first, the flags, the setting, the peak summary, the
    /// peak-year distribution, the city's path (and that of <paramref name="detail"/>), the targets, the budgets and the tornado rows.</summary>
    /// <param name="console">The console (its width fits the tables).</param>
    /// <param name="outcome">The run.</param>
    /// <param name="catalogue">The lever catalogue.</param>
    /// <param name="regions">The region tree.</param>
    /// <param name="detail">A part whose path is shown too; null for none.</param>
    public static void WriteTable(IAnsiConsole console, ScenarioOutcome outcome, LeverCatalogue catalogue, RegionTree regions, AreaOutcome? detail = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(regions);
        var s = outcome.Scenario;
        if (!s.Illustrative)
        {
            console.WriteLine(Text.Format(ScenarioReportText.NotIllustrative, s.Title));
        }
        var flags = FlagLines(outcome);
        // The base's notes (every line without a number, per banner) can run to hundreds: the first ones are printed, the count of the
        // rest is said, and every one is in the JSON (flags) and the HTML report.
        int shown = Math.Min(flags.Count, TableFlagLimit + (s.Illustrative ? 1 : 0));
        for (int i = 0; i < shown; i++)
        {
            // The illustrative label is the first line as it is; every other flag is marked.
            console.WriteLine(i == 0 && s.Illustrative ? flags[i] : Text.Format(ScenarioReportText.Flag, flags[i]));
        }
        if (flags.Count > shown)
        {
            console.WriteLine(Text.Format(ScenarioReportText.FlagsMore, flags.Count - shown));
        }
        console.WriteLine(Text.Format(ScenarioReportText.Setting, s.Name, outcome.Base.BaseYear, outcome.Base.RunId, s.Horizon,
            outcome.Iterations.ToString("#,0", CultureInfo.InvariantCulture), outcome.Seed.ToString(CultureInfo.InvariantCulture)));
        var city = outcome.Areas[0];
        console.WriteLine(PeakLine(city, outcome.Base.BaseYear, s.Horizon));
        console.WriteLine(ProbabilityLine(city, s.Horizon));
        WriteHistogram(console, city, s.Horizon);
        var years = TableYears(outcome);
        WritePath(console, city, AreaName(city, regions), years);
        if (detail is not null)
        {
            console.WriteLine(Text.Format(ScenarioReportText.AreaTitle, AreaName(detail, regions)));
            console.WriteLine(PeakLine(detail, outcome.Base.BaseYear, s.Horizon));
            console.WriteLine(ProbabilityLine(detail, s.Horizon));
            WritePath(console, detail, AreaName(detail, regions), years);
        }
        // The table shows the city's targets and budgets and those of the banner asked for; every banner's are in the JSON.
        var shownRegions = new HashSet<RegionCode> { city.Region };
        if (detail is not null)
        {
            shownRegions.Add(detail.Region);
        }
        WriteTargets(console, outcome, regions, shownRegions);
        WriteBudgets(console, outcome, regions, shownRegions);
        int others = outcome.Targets.Count(t => !shownRegions.Contains(t.Target.Region)) + outcome.Budgets.Count(b => !shownRegions.Contains(b.Budget.Region));
        if (others > 0)
        {
            console.WriteLine(Text.Format(ScenarioReportText.OtherRegionsChecks, others));
        }
        WriteSensitivity(console, outcome, catalogue, regions);
    }

    /// <summary>A few lines for <c>ghg demo</c>: the scenario (illustrative label first when it is), the central peak year and level, and the probability of peaking by 2030.</summary>
    public static void WriteDemoSummary(TextWriter output, ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcome);
        var city = outcome.Areas[0];
        output.WriteLine(Text.Format(ScenarioReportText.DemoTitle, outcome.Scenario.Title));
        if (outcome.Scenario.Illustrative)
        {
            output.WriteLine("  " + FlagLines(outcome)[0]);
        }
        string p2030 = city.PPeakBy2030 is { } p ? Format.Percent(p) : ScenarioReportText.NoProbability;
        string level = TenThousandTonnes(city.PeakCo2eTonnes, 1);
        output.WriteLine(city.PeakedAtBase ? Text.Format(ScenarioReportText.DemoPeakedAtBase, outcome.Base.BaseYear, level, p2030)
            : city.PeakYear is { } y ? Text.Format(ScenarioReportText.DemoPeak, y, level, p2030)
            : Text.Format(ScenarioReportText.DemoNotPeaked, outcome.Scenario.Horizon, level, p2030));
    }

    /// <summary>Writes a comparison as JSON: both scenarios' identity and peak, B − A by year and by sector, the Shapley attribution.</summary>
    /// <exception cref="InvalidOperationException">A figure is NaN or infinite.</exception>
    public static void WriteComparisonJson(Stream output, ScenarioComparison comparison, LeverCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(catalogue);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteStartArray("flags");
        foreach (string flag in ComparisonFlags(comparison))
        {
            w.WriteStringValue(flag);
        }
        w.WriteEndArray();
        w.WriteNumber("base_run", comparison.A.Base.RunId);
        w.WriteNumber("base_year", comparison.A.Base.BaseYear);
        foreach (var (key, o) in new[] { ("a", comparison.A), ("b", comparison.B) })
        {
            w.WriteStartObject(key);
            w.WriteString("scenario", o.Scenario.Name);
            w.WriteString("title", o.Scenario.Title);
            w.WriteBoolean("illustrative", o.Scenario.Illustrative);
            w.WriteString("file_sha256", o.Scenario.ContentSha256);
            w.WriteNumber("horizon", o.Scenario.Horizon);
            JsonOutput.NumberOrNull(w, "peak_year", o.Areas[0].PeakYear);
            JsonOutput.NumberOrNull(w, "peak_co2e_t", o.Areas[0].PeakCo2eTonnes);
            w.WriteBoolean("peaked_at_base", o.Areas[0].PeakedAtBase);
            w.WriteEndObject();
        }
        w.WriteStartArray("difference");
        foreach (var (year, d) in comparison.Years)
        {
            w.WriteStartObject();
            w.WriteNumber("year", year);
            JsonOutput.NumberOrNull(w, "co2e_t", d);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("by_sector");
        foreach (var (year, sector, d) in comparison.BySector)
        {
            w.WriteStartObject();
            w.WriteNumber("year", year);
            w.WriteString("sector", Snake(sector.ToString()));
            JsonOutput.NumberOrNull(w, "co2e_t", d);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("attribution");
        foreach (var a in comparison.Attribution)
        {
            w.WriteStartObject();
            w.WriteString("lever", a.Lever);
            w.WriteString("name", LeverName(a.Lever, catalogue));
            JsonOutput.NumberOrNull(w, "peak_co2e_t", a.PeakCo2eTonnes);
            JsonOutput.NumberOrNull(w, "co2e_2030_t", a.Co2e2030Tonnes);
            JsonOutput.NumberOrNull(w, "cumulative_co2e_t", a.CumulativeCo2eTonnes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes a comparison as tables: the flags (illustrative labels first), both peaks, B − A by year (every 5th year and the
    /// horizon) and by sector, and the levers that explain it.</summary>
    public static void WriteComparisonTable(IAnsiConsole console, ScenarioComparison comparison, LeverCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(catalogue);
        // As run's table: the illustrative labels first as they are, then the first TableFlagLimit notes of both files, the rest counted
        // (every one is in the JSON's flags).
        var labels = new[] { comparison.A, comparison.B }.Where(o => o.Scenario.Illustrative)
            .Select(o => Text.Format(ScenarioReportText.Illustrative, o.Scenario.Title)).Distinct(StringComparer.Ordinal).ToList();
        var notes = ComparisonFlags(comparison).Where(f => !labels.Contains(f, StringComparer.Ordinal)).ToList();
        foreach (string label in labels)
        {
            console.WriteLine(label);
        }
        foreach (string note in notes.Take(TableFlagLimit))
        {
            console.WriteLine(Text.Format(ScenarioReportText.Flag, note));
        }
        if (notes.Count > TableFlagLimit)
        {
            console.WriteLine(Text.Format(ScenarioReportText.FlagsMoreCompare, notes.Count - TableFlagLimit));
        }
        console.WriteLine(Text.Format(ScenarioReportText.CompareTitle, comparison.A.Scenario.Name, comparison.B.Scenario.Name, comparison.A.Base.BaseYear,
            comparison.A.Base.RunId));
        foreach (var (label, o) in new[] { ("A", comparison.A), ("B", comparison.B) })
        {
            console.WriteLine(Text.Format(ScenarioReportText.ComparePeak, $"{label} {o.Scenario.Name}", PeakShort(o.Areas[0], o.Base.BaseYear, o.Scenario.Horizon)));
        }
        var a = comparison.A.Areas[0].Path.ToDictionary(p => p.Year, p => p.Central);
        var b = comparison.B.Areas[0].Path.ToDictionary(p => p.Year, p => p.Central);
        int last = comparison.Years.Count == 0 ? 0 : comparison.Years[^1].Year;
        var shown = comparison.Years.Where((y, i) => i == 0 || y.Year % 5 == 0 || y.Year == last).ToList();
        int decimals = Decimals(a.Values.Concat(b.Values));
        var years = new FittedTable(Markup.Escape(ScenarioReportText.CompareYearsTitle), [Markup.Escape(ScenarioReportText.ColYear)],
            [.. new[] { ScenarioReportText.ColA, ScenarioReportText.ColB, ScenarioReportText.ColDifference }.Select(Markup.Escape)]);
        foreach (var (year, d) in shown)
        {
            years.AddRow([year.ToString(CultureInfo.InvariantCulture)],
                [Opt(a, year, decimals), Opt(b, year, decimals), Markup.Escape(Format.WithSign(Round(d / TenThousand, decimals), decimals))]);
        }
        years.Write(console);
        var sectorYears = comparison.BySector.Select(x => x.Year).Distinct().OrderBy(y => y).ToList();
        if (sectorYears.Count > 0)
        {
            var sectors = new FittedTable(Markup.Escape(ScenarioReportText.CompareSectorTitle), [Markup.Escape(ScenarioReportText.ColSector)],
                [.. sectorYears.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
            foreach (var sector in comparison.BySector.Select(x => x.Sector).Distinct().OrderBy(x => x))
            {
                var byYear = comparison.BySector.Where(x => x.Sector == sector).ToDictionary(x => x.Year, x => x.DifferenceTonnes);
                sectors.AddRow([Markup.Escape(SectorName(sector))],
                    [.. sectorYears.Select(y => byYear.TryGetValue(y, out double d) ? Markup.Escape(Format.WithSign(Round(d / TenThousand, 1), 1)) : "—")]);
            }
            sectors.Write(console);
        }
        if (comparison.Attribution.Count == 0)
        {
            console.WriteLine(ScenarioReportText.NoAttribution);
            return;
        }
        var attribution = new FittedTable(Markup.Escape(ScenarioReportText.AttributionTitle), [Markup.Escape(ScenarioReportText.ColLever)],
            [.. new[] { ScenarioReportText.ColAttributionPeak, ScenarioReportText.ColAttribution2030,
                Text.Format(ScenarioReportText.ColAttributionCumulative, comparison.A.Scenario.Horizon) }.Select(Markup.Escape)]);
        foreach (var x in comparison.Attribution)
        {
            attribution.AddRow([Markup.Escape(LeverName(x.Lever, catalogue))],
            [
                Markup.Escape(Format.WithSign(Round(x.PeakCo2eTonnes / TenThousand, 1), 1)), Markup.Escape(Format.WithSign(Round(x.Co2e2030Tonnes / TenThousand, 1), 1)),
                Markup.Escape(Format.WithSign(Round(x.CumulativeCo2eTonnes / TenThousand, 1), 1)),
            ]);
        }
        attribution.Write(console);
    }

    /// <summary>The name of a sector in the UI language, its IPCC code in brackets.</summary>
    public static string SectorName(ScenarioSector sector) =>
        ScenarioReportText.ResourceManager.GetString("Sector" + sector, CultureInfo.CurrentUICulture) ?? sector.ToString();

    /// <summary>The name of a lever in the UI language with its key in brackets (<c>供电标准煤耗 [coal_power_rate]</c>); the key alone when the catalogue lacks it.
    /// <paramref name="lever"/> may be <c>key@region</c>.</summary>
    public static string LeverName(string lever, LeverCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(lever);
        ArgumentNullException.ThrowIfNull(catalogue);
        int at = lever.IndexOf('@', StringComparison.Ordinal);
        string key = at < 0 ? lever : lever[..at];
        string name = catalogue.Find(key) is { } d ? Text.Format(ScenarioReportText.LeverName, UiCulture.IsChinese ? d.NameZh : d.NameEn, key) : key;
        return at < 0 ? name : Text.Format(ScenarioReportText.LeverRegion, name, lever[(at + 1)..]);
    }

    private static string LeverName(UncertainDimension dimension, LeverCatalogue catalogue, RegionTree regions)
    {
        string name = LeverName(dimension.Lever, catalogue);
        return dimension.Region is { } r ? Text.Format(ScenarioReportText.LeverRegion, name, RegionName(r, regions)) : name;
    }

    private static List<string> ComparisonFlags(ScenarioComparison comparison) =>
        FlagLines(comparison.A).Concat(FlagLines(comparison.B)).Distinct(StringComparer.Ordinal).ToList();

    private static void WriteArea(Utf8JsonWriter w, AreaOutcome a)
    {
        JsonOutput.NumberOrNull(w, "peak_year", a.PeakYear);
        JsonOutput.NumberOrNull(w, "peak_co2e_t", a.PeakCo2eTonnes);
        w.WriteBoolean("peaked_at_base", a.PeakedAtBase);
        JsonOutput.NumberOrNull(w, "p_peak_by_2025", a.PPeakBy2025);
        JsonOutput.NumberOrNull(w, "p_peak_by_2030", a.PPeakBy2030);
        JsonOutput.NumberOrNull(w, "p_not_peaked", a.PNotPeaked);
        w.WriteStartArray("peak_year_distribution");
        // Years in order, the runs not peaked by the horizon last (year null).
        foreach (var (year, share) in a.PeakYearShares.OrderBy(x => x.Key == AreaOutcome.NotPeakedKey ? int.MaxValue : x.Key))
        {
            w.WriteStartObject();
            JsonOutput.NumberOrNull(w, "year", year == AreaOutcome.NotPeakedKey ? null : year);
            JsonOutput.NumberOrNull(w, "share", share);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("path");
        foreach (var p in a.Path)
        {
            w.WriteStartObject();
            w.WriteNumber("year", p.Year);
            JsonOutput.NumberOrNull(w, "central_co2e_t", p.Central);
            JsonOutput.NumberOrNull(w, "mean_co2e_t", p.Mean);
            JsonOutput.NumberOrNull(w, "p05", p.P05);
            JsonOutput.NumberOrNull(w, "p25", p.P25);
            JsonOutput.NumberOrNull(w, "p50", p.P50);
            JsonOutput.NumberOrNull(w, "p75", p.P75);
            JsonOutput.NumberOrNull(w, "p95", p.P95);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string PeakLine(AreaOutcome a, int baseYear, int horizon) =>
        a.PeakedAtBase ? Text.Format(ScenarioReportText.PeakedAtBase, baseYear, TenThousandTonnes(a.PeakCo2eTonnes, 1))
        : a.PeakYear is { } y ? Text.Format(ScenarioReportText.PeakAt, y, TenThousandTonnes(a.PeakCo2eTonnes, 1))
        : Text.Format(ScenarioReportText.NotPeaked, horizon, TenThousandTonnes(a.PeakCo2eTonnes, 1));

    private static string PeakShort(AreaOutcome a, int baseYear, int horizon) =>
        a.PeakedAtBase ? Text.Format(ScenarioReportText.PeakShortAtBase, baseYear, TenThousandTonnes(a.PeakCo2eTonnes, 1))
        : a.PeakYear is { } y ? Text.Format(ScenarioReportText.PeakShortAt, y, TenThousandTonnes(a.PeakCo2eTonnes, 1))
        : Text.Format(ScenarioReportText.PeakShortNot, horizon, TenThousandTonnes(a.PeakCo2eTonnes, 1));

    private static string ProbabilityLine(AreaOutcome a, int horizon) =>
        a.PPeakBy2025 is { } p25 && a.PPeakBy2030 is { } p30 && a.PNotPeaked is { } pn
            ? Text.Format(ScenarioReportText.Probabilities, Format.Percent(p25), Format.Percent(p30), horizon, Format.Percent(pn))
            : ScenarioReportText.NoRuns;

    private static void WriteHistogram(IAnsiConsole console, AreaOutcome a, int horizon)
    {
        if (a.PeakYearShares.Count == 0)
        {
            return;
        }
        var ordered = a.PeakYearShares.OrderBy(x => x.Key == AreaOutcome.NotPeakedKey ? int.MaxValue : x.Key).ToList();
        var table = new FittedTable(Markup.Escape(ScenarioReportText.HistogramTitle), [Markup.Escape(ScenarioReportText.ColPeakYear)],
            [Markup.Escape(ScenarioReportText.ColShare)]);
        foreach (var (year, share) in ordered)
        {
            table.AddRow([Markup.Escape(year == AreaOutcome.NotPeakedKey ? Text.Format(ScenarioReportText.NotPeakedBy, horizon) : year.ToString(CultureInfo.InvariantCulture))],
                [Markup.Escape(Format.Percent(share))]);
        }
        table.Write(console);
    }

    /// <summary>The years the path table shows: the base year, every 5th year, every checked target's year, the horizon.</summary>
    private static HashSet<int> TableYears(ScenarioOutcome outcome)
    {
        var years = new HashSet<int> { outcome.Base.BaseYear, outcome.Scenario.Horizon };
        foreach (var p in outcome.Areas[0].Path.Where(p => p.Year % 5 == 0))
        {
            years.Add(p.Year);
        }
        foreach (var t in outcome.Targets.Where(t => t.NotCheckedBecause is null))
        {
            years.Add(t.Target.TargetYear);
        }
        return years;
    }

    private static void WritePath(IAnsiConsole console, AreaOutcome a, string name, HashSet<int> years)
    {
        var rows = a.Path.Where(p => years.Contains(p.Year)).ToList();
        int decimals = Decimals(rows.Select(p => p.Central));
        var table = new FittedTable(Markup.Escape(Text.Format(ScenarioReportText.PathTitle, name)), [Markup.Escape(ScenarioReportText.ColYear)],
            [.. new[] { ScenarioReportText.ColCentral, ScenarioReportText.ColMean, "P5", "P25", "P50", "P75", "P95" }.Select(Markup.Escape)]);
        foreach (var p in rows)
        {
            table.AddRow([p.Year.ToString(CultureInfo.InvariantCulture)],
                [.. new[] { p.Central, p.Mean, p.P05, p.P25, p.P50, p.P75, p.P95 }.Select(v => v is { } x ? Markup.Escape(TenThousandTonnes(x, decimals)) : "—")]);
        }
        table.AddNote(Markup.Escape(ScenarioReportText.PathNote));
        table.Write(console);
    }

    private static void WriteTargets(IAnsiConsole console, ScenarioOutcome outcome, RegionTree regions, HashSet<RegionCode> shown)
    {
        var targets = outcome.Targets.Where(t => shown.Contains(t.Target.Region)).ToList();
        if (targets.Count == 0)
        {
            return;
        }
        var table = new FittedTable(Markup.Escape(ScenarioReportText.TargetsTitle),
            [Markup.Escape(ScenarioReportText.ColRegion), Markup.Escape(ScenarioReportText.ColTarget)],
            [.. new[] { ScenarioReportText.ColTargetValue, ScenarioReportText.ColCentralValue, ScenarioReportText.ColMet, ScenarioReportText.ColProbabilityMet }.Select(Markup.Escape)]);
        foreach (var t in targets)
        {
            string target = Text.Format(ScenarioReportText.TargetLine, ScorecardWords.Named(t.Target.Indicator, t.Rule), ScorecardWords.Goal(t.Target),
                t.Target.TargetYear, t.Target.BaseYear);
            string met = t.NotCheckedBecause is { } why ? Text.Format(ScenarioReportText.NotChecked, why.Render())
                : t.CentralMet is { } m ? (m ? ScenarioReportText.Met : ScenarioReportText.NotMet) : "—";
            table.AddRow([Markup.Escape(RegionName(t.Target.Region, regions)), Markup.Escape(target)],
                [Markup.Escape(TargetLevel(t.TargetValue, t, outcome)), Markup.Escape(TargetLevel(t.CentralValue, t, outcome)),
                    Markup.Escape(met), Markup.Escape(t.ProbabilityMet is { } p ? Format.Percent(p) : "—")]);
        }
        table.Write(console);
    }

    private static void WriteBudgets(IAnsiConsole console, ScenarioOutcome outcome, RegionTree regions, HashSet<RegionCode> shown)
    {
        var budgets = outcome.Budgets.Where(b => shown.Contains(b.Budget.Region)).ToList();
        if (budgets.Count == 0)
        {
            return;
        }
        var table = new FittedTable(Markup.Escape(ScenarioReportText.BudgetsTitle),
            [Markup.Escape(ScenarioReportText.ColRegion), Markup.Escape(ScenarioReportText.ColPeriod)],
            [.. new[] { ScenarioReportText.ColAllowed, ScenarioReportText.ColUsed, ScenarioReportText.ColWithin, ScenarioReportText.ColProbabilityWithin,
                ScenarioReportText.ColRunOut }.Select(Markup.Escape)]);
        foreach (var b in budgets)
        {
            string within = b.NotCheckedBecause is { } why ? Text.Format(ScenarioReportText.NotChecked, why.Render())
                : b.CentralWithin is { } w ? (w ? ScenarioReportText.Within : ScenarioReportText.Over) : "—";
            table.AddRow([Markup.Escape(RegionName(b.Budget.Region, regions)), $"{b.Budget.StartYear}–{b.Budget.EndYear}"],
            [
                Markup.Escape(TenThousandTonnes(b.Budget.AllowedTonnes, 1)), Markup.Escape(b.CentralUsedTonnes is { } u ? TenThousandTonnes(u, 1) : "—"), Markup.Escape(within),
                Markup.Escape(b.ProbabilityWithin is { } p ? Format.Percent(p) : "—"),
                b.CentralRunOutYear is { } y ? y.ToString(CultureInfo.InvariantCulture) : "—",
            ]);
        }
        table.Write(console);
    }

    private static void WriteSensitivity(IAnsiConsole console, ScenarioOutcome outcome, LeverCatalogue catalogue, RegionTree regions)
    {
        if (outcome.Sensitivity.Count == 0)
        {
            console.WriteLine(ScenarioReportText.NoSensitivity);
            return;
        }
        var table = new FittedTable(Markup.Escape(ScenarioReportText.SensitivityTitle), [Markup.Escape(ScenarioReportText.ColLever)],
            [.. new[] { ScenarioReportText.ColPeakLow, ScenarioReportText.ColPeakHigh, ScenarioReportText.ColYearLow, ScenarioReportText.ColYearHigh,
                ScenarioReportText.ColFirstOrderLevel, ScenarioReportText.ColFirstOrderYear }.Select(Markup.Escape)]);
        foreach (var x in outcome.Sensitivity)
        {
            table.AddRow([Markup.Escape(LeverName(x.Dimension, catalogue, regions))],
            [
                Markup.Escape(TenThousandTonnes(x.PeakCo2eLow, 1)), Markup.Escape(TenThousandTonnes(x.PeakCo2eHigh, 1)), Markup.Escape(YearText(x.PeakYearLow)), Markup.Escape(YearText(x.PeakYearHigh)),
                x.FirstOrderPeakCo2e is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "—",
                x.FirstOrderPeakYear is { } b ? b.ToString("0.00", CultureInfo.InvariantCulture) : "—",
            ]);
        }
        table.AddNote(Markup.Escape(ScenarioReportText.SensitivityNote));
        table.Write(console);
    }

    /// <summary>A level of the target's indicator: with the target's unit for a level target; for a change target (unit %) the indicator's
    /// level without a unit, since the % is the change, not the level's unit.</summary>
    /// <summary>A level of a checked target (its target value or the central value) with the indicator's unit: the unit of the run's own
    /// points of that indicator (a change target's unit is %, not the level's), else the target's unit for a level target; "—" for none.</summary>
    public static string TargetLevel(double? value, TargetCheck check, ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(outcome);
        string unit = outcome.Base.History.Indicators.FirstOrDefault(p => p.Indicator == check.Target.Indicator)?.Unit
            ?? (check.Target.Kind == Core.Analysis.TargetKind.Change ? "" : check.Target.Unit);
        return value is { } v ? ScorecardWords.Level(v, unit) : "—";
    }

    private static string YearText(int? year) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) : ScenarioReportText.NotPeakedShort;

    private static string AreaName(AreaOutcome a, RegionTree regions) =>
        a.IsCityRest ? Text.Format(ScenarioReportText.CityRest, RegionName(a.Region, regions)) : RegionName(a.Region, regions);

    /// <summary>The region's name in the reader's language, or its code when the tree does not have it.</summary>
    public static string RegionName(RegionCode code, RegionTree regions) =>
        regions.Contains(code) ? (UiCulture.IsChinese ? regions[code].NameZh : regions[code].NameEn) : code.Value;

    /// <summary>Tonnes in 万吨 (10^4 t) with <paramref name="decimals"/> decimals and thousands separators.</summary>
    private static string TenThousandTonnes(double tonnes, int decimals) => Format.Fixed(tonnes / TenThousand, decimals);

    private static string Opt(Dictionary<int, double> values, int year, int decimals) =>
        values.TryGetValue(year, out double v) ? Markup.Escape(TenThousandTonnes(v, decimals)) : "—";

    /// <summary>No decimals for 万吨 figures of 1,000 and more (a path row then fits 80 columns), one below.</summary>
    private static int Decimals(IEnumerable<double> tonnes) => tonnes.DefaultIfEmpty(0).Max(t => Math.Abs(t)) >= 1000 * TenThousand ? 0 : 1;

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static void BoolOrNull(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary><c>AtMost</c> → <c>at_most</c>.</summary>
    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
