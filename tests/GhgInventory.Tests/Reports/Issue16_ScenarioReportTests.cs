using System.Text;
using System.Text.Json;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Reports;
using Spectre.Console;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 16: <c>ghg scenario</c>'s JSON and tables on a hand-built outcome (<see cref="Issue16_ScenarioSample"/>).</summary>
[TestFixture]
public sealed class Issue16_ScenarioReportTests
{
    private static string Json(ScenarioOutcome outcome)
    {
        using var stream = new MemoryStream();
        ScenarioReport.WriteJson(stream, outcome, Issue16_ScenarioSample.Catalogue(), Issue16_ScenarioSample.Regions());
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Render(Action<IAnsiConsole> write, int width = 160)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        write(console);
        return output.ToString();
    }

    private static string Table(ScenarioOutcome outcome, int width = 160, AreaOutcome? detail = null) =>
        Render(c => ScenarioReport.WriteTable(c, outcome, Issue16_ScenarioSample.Catalogue(), Issue16_ScenarioSample.Regions(), detail), width);

    [Test]
    public void Json_HasTheIssueKeysInOrder()
    {
        using var doc = JsonDocument.Parse(Json(Issue16_ScenarioSample.Outcome()));
        Assert.That(doc.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "scenario", "title", "illustrative", "flags", "file_sha256", "base_run", "base_year", "horizon", "seed", "iterations", "region",
            "peak_year", "peak_co2e_t", "peaked_at_base", "p_peak_by_2025", "p_peak_by_2030", "p_not_peaked", "peak_year_distribution", "path",
            "targets", "budgets", "sensitivity", "areas",
        }));
        var path0 = doc.RootElement.GetProperty("path")[0];
        Assert.That(path0.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "year", "central_co2e_t", "mean_co2e_t", "p05", "p25", "p50", "p75", "p95" }));
        var jungar = doc.RootElement.GetProperty("areas").GetProperty("150622");
        Assert.That(jungar.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "region", "name", "city_rest", "peak_year", "peak_co2e_t", "peaked_at_base", "p_peak_by_2025", "p_peak_by_2030", "p_not_peaked",
            "peak_year_distribution", "path",
        }));
    }

    [Test]
    public void Json_ValuesAreTheOutcomes_RoundTrip()
    {
        using var doc = JsonDocument.Parse(Json(Issue16_ScenarioSample.Outcome()));
        var root = doc.RootElement;
        var flags = root.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList();
        var distribution = root.GetProperty("peak_year_distribution").EnumerateArray().ToList();
        var path2030 = root.GetProperty("path")[6];
        var target = root.GetProperty("targets")[0];
        var areas = root.GetProperty("areas");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("scenario").GetString(), Is.EqualTo("plan"));
            Assert.That(root.GetProperty("illustrative").GetBoolean(), Is.True);
            // The illustrative label first, then the outcome's own flag.
            Assert.That(flags, Has.Count.EqualTo(2));
            Assert.That(flags[0], Does.StartWith("Illustrative scenario: 规划情景 (示意) plan (illustrative)."));
            Assert.That(flags[1], Is.EqualTo("3.B of 150627 is NE in 2024: carried as NE, not 0"));
            Assert.That(root.GetProperty("file_sha256").GetString(), Is.EqualTo(new string('a', 64)));
            Assert.That(root.GetProperty("base_run").GetInt64(), Is.EqualTo(1));
            Assert.That(root.GetProperty("seed").GetUInt64(), Is.EqualTo(1));
            Assert.That(root.GetProperty("iterations").GetInt32(), Is.EqualTo(10000));
            Assert.That(root.GetProperty("peak_year").GetInt32(), Is.EqualTo(2028));
            Assert.That(root.GetProperty("peak_co2e_t").GetDouble(), Is.EqualTo(52_800_000));
            Assert.That(root.GetProperty("p_peak_by_2025").GetDouble(), Is.EqualTo(0.05));
            Assert.That(root.GetProperty("p_peak_by_2030").GetDouble(), Is.EqualTo(0.8123));
            Assert.That(root.GetProperty("p_not_peaked").GetDouble(), Is.EqualTo(0.1877));
            // Years in order, the runs not peaked last with year null.
            Assert.That(distribution.Select(d => d.GetProperty("year").ValueKind == JsonValueKind.Null ? 0 : d.GetProperty("year").GetInt32()),
                Is.EqualTo(new[] { 2025, 2027, 2028, 2029, 0 }));
            Assert.That(distribution[^1].GetProperty("share").GetDouble(), Is.EqualTo(0.1877));
            // Numbers round-trip: 52,123,456.789 and 49,876,543.21 are printed to the last digit.
            Assert.That(path2030.GetProperty("mean_co2e_t").GetRawText(), Is.EqualTo("52123456.789"));
            Assert.That(path2030.GetProperty("p05").GetRawText(), Is.EqualTo("49876543.21"));
            Assert.That(path2030.GetProperty("p95").GetDouble(), Is.EqualTo(55_555_555.5));
            Assert.That(target.GetProperty("target_value").GetDouble(), Is.EqualTo(8.2));
            Assert.That(target.GetProperty("central_met").GetBoolean(), Is.False);
            Assert.That(target.GetProperty("p_met").GetDouble(), Is.EqualTo(0.25));
            Assert.That(target.GetProperty("kind").GetString(), Is.EqualTo("change"));
            Assert.That(root.GetProperty("targets")[1].GetProperty("central_met").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("targets")[1].GetProperty("not_checked_because").GetString(), Is.EqualTo("not projected: steel capacity"));
            Assert.That(root.GetProperty("budgets")[0].GetProperty("central_used_t").GetDouble(), Is.EqualTo(230_000_000));
            Assert.That(root.GetProperty("budgets")[0].GetProperty("p_within").GetDouble(), Is.EqualTo(0.9));
            Assert.That(root.GetProperty("budgets")[0].GetProperty("central_run_out_year").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("sensitivity")[0].GetProperty("name").GetString(), Is.EqualTo("GDP growth [gdp_growth]"));
            Assert.That(root.GetProperty("sensitivity")[0].GetProperty("peak_year_high").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(areas.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "150622", "city_rest" }));
            Assert.That(areas.GetProperty("150622").GetProperty("peaked_at_base").GetBoolean(), Is.True);
            Assert.That(areas.GetProperty("150622").GetProperty("p_peak_by_2030").ValueKind, Is.EqualTo(JsonValueKind.Null));
            // 20,000,000 − (2030 − 2024) × 100,000 = 19,400,000 t.
            Assert.That(areas.GetProperty("150622").GetProperty("path")[6].GetProperty("central_co2e_t").GetDouble(), Is.EqualTo(19_400_000));
            Assert.That(areas.GetProperty("city_rest").GetProperty("city_rest").GetBoolean(), Is.True);
            Assert.That(areas.GetProperty("city_rest").GetProperty("peak_year").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void Json_TwoEqualOutcomes_SameBytes_NoTimeInThem()
    {
        string first = Json(Issue16_ScenarioSample.Outcome()), second = Json(Issue16_ScenarioSample.Outcome());
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("2026-11-27"), "no instant of the clock in the printed JSON");
        Assert.That(Json(Issue16_ScenarioSample.Outcome(seed: 2)), Is.Not.EqualTo(first), "the seed is printed");
    }

    [Test]
    public void Json_NonFiniteFigure_IsADefectNotANumber()
    {
        var outcome = Issue16_ScenarioSample.Outcome();
        var broken = outcome with { Areas = [outcome.Areas[0] with { PeakCo2eTonnes = double.NaN }, .. outcome.Areas.Skip(1)] };
        Assert.That(() => Json(broken), Throws.InvalidOperationException.With.Message.Contains("peak_co2e_t"));
    }

    [Test]
    public void Table_English_IllustrativeFirst_PeakProbabilitiesPathTargetsBudgetsTornado()
    {
        string text = Table(Issue16_ScenarioSample.Outcome());
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[0], Does.StartWith("Illustrative scenario: 规划情景 (示意) plan (illustrative)."));
            Assert.That(lines[1], Is.EqualTo("! 3.B of 150627 is NE in 2024: carried as NE, not 0"));
            Assert.That(text, Does.Contain("Scenario plan, base year 2024 (inventory run #1), horizon 2030; 10,000 Monte Carlo runs, seed 1."));
            // 52,800,000 t / 10^4 = 5,280.0.
            Assert.That(text, Does.Contain("Peak of the central path: 2028, 5,280.0 10^4 t CO2e (excluding LULUCF)."));
            Assert.That(text, Does.Contain("Probability of peaking by 2025: 5%; by 2030: 81.23%; not peaked by 2030: 18.77%."));
            // The 2025 row: 5,100 central, 5,110 mean (51,100,000 / 10^4), 4,900 P5, 5,350 P95; no decimals above 1,000 万吨.
            Assert.That(lines.Single(l => l.Contains("│ 2025 ", StringComparison.Ordinal) && l.Contains("5,110", StringComparison.Ordinal)),
                Does.Match(@"5,100 .*5,110 .*4,900 .*5,020 .*5,100 .*5,190 .*5,350"));
            Assert.That(lines.Any(l => l.Contains("│ 2026 ", StringComparison.Ordinal)), Is.False, "2026 is neither a 5th year, a target year nor the horizon");
            Assert.That(lines.Count(l => l.Contains("│ 2030 ", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(text, Does.Contain("not met"));
            Assert.That(text, Does.Contain("25%"));
            Assert.That(text, Does.Contain("not checked: not projected: steel capacity"));
            // Budget: 250,000,000 → 25,000.0; central use 230,000,000 → 23,000.0; within; 90%.
            Assert.That(lines.Single(l => l.Contains("2021–2025", StringComparison.Ordinal)), Does.Match(@"25,000\.0 .*23,000\.0 .*within .*90%"));
            // Tornado: 51,000,000 → 5,100.0 and 54,600,000 → 5,460.0; peak years 2027 and not peaked; S1 0.62.
            Assert.That(lines.Single(l => l.Contains("GDP growth [gdp_growth]", StringComparison.Ordinal)),
                Does.Match(@"5,100\.0 .*5,460\.0 .*2027 .*not peaked .*0\.62"));
        }
    }

    [Test]
    public void Table_Chinese_ReadsAsAPlannerWrites()
    {
        using var culture = UiCulture.Use(UiCulture.Chinese);
        string text = Table(Issue16_ScenarioSample.Outcome());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith("示意情景：规划情景 (示意) plan (illustrative)。"));
            Assert.That(text, Does.Contain("中心路径峰值：峰值年份 2028 年，峰值排放量 5,280.0 万吨 CO2e（不含 LULUCF）。"));
            Assert.That(text, Does.Contain("2025 年前达峰概率 5%；2030 年前达峰概率 81.23%；至 2030 年未达峰概率 18.77%。"));
            Assert.That(text, Does.Contain("地区生产总值增速 [gdp_growth]"));
            Assert.That(text, Does.Contain("未达成"));
            Assert.That(text, Does.Contain("龙卷风图"));
        }
    }

    [Test]
    public void Table_NotIllustrative_TitleFirst()
    {
        string text = Table(Issue16_ScenarioSample.Outcome(illustrative: false));
        Assert.That(text, Does.StartWith("Scenario: 规划情景 (示意) plan (illustrative)"));
        Assert.That(text, Does.Not.Contain("Illustrative scenario"));
    }

    [TestCase("en")]
    [TestCase("zh")]
    public void Table_At80Columns_NoLineIsWider(string lang)
    {
        using var culture = UiCulture.Use(UiCulture.Of(lang));
        var outcome = Issue16_ScenarioSample.Outcome();
        string text = Table(outcome, 80, outcome.Areas[1]);
        var wide = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => TextWidth.Of(l) > 80).ToList();
        Assert.That(wide, Is.Empty);
        Assert.That(text, Does.Contain(lang == "en" ? "5,280.0" : "5,280.0"));
    }

    [Test]
    public void Table_WithABanner_ShowsItsPeakAndPath()
    {
        var outcome = Issue16_ScenarioSample.Outcome();
        string text = Table(outcome, detail: outcome.Areas[1]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Region: Jungar Banner"));
            // 20,000,000 t = 2,000.0 万吨, at the base year.
            Assert.That(text, Does.Contain("Peak of the central path: at or before the base year 2024 (2,000.0 10^4 t CO2e in 2024, excluding LULUCF)."));
            Assert.That(text, Does.Contain("No Monte Carlo runs"));
            // Its 2030 row: 19,400,000 t = 1,940 万吨; its quantiles are absent, shown as —.
            Assert.That(text, Does.Contain("Emissions path, 10^4 t CO2e excluding LULUCF: Jungar"));
            Assert.That(text.Split('\n').Any(l => l.Contains("│ 2030 ", StringComparison.Ordinal) && l.Contains("1,940", StringComparison.Ordinal) && l.Contains('—')), Is.True);
        }
    }

    [Test]
    public void DemoSummary_ScenarioPeakAndProbability()
    {
        using var output = new StringWriter();
        ScenarioReport.WriteDemoSummary(output, Issue16_ScenarioSample.Outcome());
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Is.EqualTo("Peak-carbon scenario 规划情景 (示意) plan (illustrative):"));
        Assert.That(lines[1], Does.StartWith("  Illustrative scenario:"));
        Assert.That(lines[2], Is.EqualTo("  peak year 2028, peak level 5,280.0 10^4 t CO2e; probability of peaking by 2030: 81.23%"));
    }

    private static ScenarioComparison Comparison()
    {
        var a = Issue16_ScenarioSample.Outcome();
        var b = Issue16_ScenarioSample.Outcome(illustrative: false) with { Scenario = Issue16_ScenarioSample.Scenario(false) with { Name = "enhanced" } };
        return new ScenarioComparison(a, b, [(2024, 0), (2025, -1_000_000), (2030, -2_500_000)],
            [(2030, ScenarioSector.Power, -2_000_000), (2030, ScenarioSector.Industry, -500_000)],
            [new LeverAttribution("coal_power_rate", -1_500_000, -600_000, -9_000_000), new LeverAttribution("gdp_growth@150622", -250_000, -50_000, -1_000_000)]);
    }

    [Test]
    public void ComparisonJson_DifferencesSectorsAttribution()
    {
        using var stream = new MemoryStream();
        ScenarioReport.WriteComparisonJson(stream, Comparison(), Issue16_ScenarioSample.Catalogue());
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("a").GetProperty("scenario").GetString(), Is.EqualTo("plan"));
            Assert.That(root.GetProperty("b").GetProperty("scenario").GetString(), Is.EqualTo("enhanced"));
            Assert.That(root.GetProperty("difference")[1].GetProperty("co2e_t").GetDouble(), Is.EqualTo(-1_000_000));
            Assert.That(root.GetProperty("by_sector")[0].GetProperty("sector").GetString(), Is.EqualTo("power"));
            Assert.That(root.GetProperty("attribution")[0].GetProperty("cumulative_co2e_t").GetDouble(), Is.EqualTo(-9_000_000));
            // A lever the catalogue does not list is shown by its key; a region's own setting names the region.
            Assert.That(root.GetProperty("attribution")[1].GetProperty("name").GetString(), Is.EqualTo("GDP growth [gdp_growth] — 150622"));
            Assert.That(root.GetProperty("flags")[0].GetString(), Does.StartWith("Illustrative scenario:"));
        }
    }

    [Test]
    public void ComparisonTable_English()
    {
        string text = Render(c => ScenarioReport.WriteComparisonTable(c, Comparison(), Issue16_ScenarioSample.Catalogue()), 80);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[0], Does.StartWith("Illustrative scenario:"));
            Assert.That(text, Does.Contain("Scenario comparison: A = plan, B = enhanced; base year 2024 (inventory run #1)."));
            Assert.That(text, Does.Contain("A plan: peak 2028, 5,280.0 10^4 t CO2e"));
            // 2025: A 5,100, B 5,100 (the same sample path), B − A −1,000,000 t = −100 万吨.
            Assert.That(lines.Single(l => l.Contains("│ 2025 ", StringComparison.Ordinal)), Does.Match(@"5,100 .*5,100 .*-100 "));
            Assert.That(lines.Single(l => l.Contains("Power and heat", StringComparison.Ordinal)), Does.Contain("-200"));
            Assert.That(lines.Single(l => l.Contains("coal_power_rate", StringComparison.Ordinal)), Does.Match(@"-150 .*-60 .*-900 "));
            Assert.That(lines.Where(l => TextWidth.Of(l) > 80), Is.Empty);
        }
    }
}
