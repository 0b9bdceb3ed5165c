using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GhgInventory.Reports;
using static GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests;
using static GhgInventory.Tests.Reports.HtmlScenarioOutcomes;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 16: the scenario section of the HTML report on hand-built outcomes (<see cref="HtmlScenarioOutcomes"/>): the four
/// charts for the city and the banner carry the figures given (万吨 = t / 10^4 to 0.1, shares in %), Chinese and English labels, the
/// illustrative label and the flags, the peak table, and no section without outcomes.</summary>
[TestFixture]
public sealed partial class Issue16_ScenarioSectionTests
{
    private static readonly GhgInventory.Core.Domain.Region NoBanner = null!;

    private static string Zh() => Html(ReportLanguage.Zh, [Baseline(), Plan(), Enhanced()], JungarRegion);

    private static string En() => Html(ReportLanguage.En, [Baseline(), Plan(), Enhanced()], JungarRegion);

    /// <summary>The ECharts option of chart <paramref name="id"/> from the page's chart data.</summary>
    private static JsonObject Option(string html, string id)
    {
        var json = Regex.Match(html, "<script type=\"application/json\" id=\"ghg-chart-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.That(json.Success, Is.True, "no chart data");
        var chart = JsonNode.Parse(json.Groups[1].Value)!["charts"]!.AsArray().FirstOrDefault(c => (string?)c!["id"] == id);
        Assert.That(chart, Is.Not.Null, $"no chart {id}");
        return chart!["option"]!.AsObject();
    }

    private static List<double?> Values(JsonNode? array) => [.. array!.AsArray().Select(v => v is null ? (double?)null : (double)v)];

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(v => (string)v!)];

    private static JsonObject Series(JsonObject option, string name) =>
        option["series"]!.AsArray().Select(s => s!.AsObject()).Single(s => (string?)s["name"] == name);

    private static string Section(string html) => Regex.Match(html, "<section id=\"scenarios\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;

    [Test]
    public void Issue16_Html_FourChartsForTheCityAndTheBanner()
    {
        string html = Zh();
        foreach (var id in new[] { "chart-scenario-paths-city", "chart-scenario-fan-city", "chart-scenario-peak-city", "chart-scenario-tornado",
                     "chart-scenario-paths-150622", "chart-scenario-fan-150622", "chart-scenario-peak-150622" })
        {
            Assert.That(html, Does.Contain($"id=\"{id}\""), id);
        }
        Assert.That(Regex.Count(html, "id=\"chart-scenario-tornado"), Is.EqualTo(1), "the tornado is the city's only");
    }

    [Test]
    public void Issue16_Paths_HistoryThenEveryScenarioCentralIn10kTonnes()
    {
        var option = Option(Zh(), "chart-scenario-paths-city");
        var history = Series(option, "清单（历史）");
        var plan = Series(option, "规划情景 plan（示意）");
        var baseline = Series(option, "基准情景 baseline");
        using (Assert.EnterMultipleScope())
        {
            // History 2022–2024, then the projection 2025–2030 on one axis.
            Assert.That(Strings(option["xAxis"]!["data"]), Is.EqualTo(new[] { "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030" }));
            // 100, 105, 110 million t = 10,000.0, 10,500.0, 11,000.0 万吨; nothing after the base year.
            Assert.That(Values(history["data"]), Is.EqualTo(new double?[] { 10000.0, 10500.0, 11000.0, null, null, null, null, null, null }));
            // Plan: none before 2024; 110e6 → 11000.0, 2027: 119,876,543 t / 10^4 = 11,987.6543 → 11987.7; 2030: 113e6 → 11300.0.
            Assert.That(Values(plan["data"]), Is.EqualTo(new double?[] { null, null, 11000.0, 11500.0, 11800.0, 11987.7, 11700.0, 11500.0, 11300.0 }));
            // Baseline 2030: 122e6 → 12200.0.
            Assert.That(Values(baseline["data"])[^1], Is.EqualTo(12200.0));
            Assert.That(option["series"]!.AsArray(), Has.Count.EqualTo(4), "history + three scenarios");
            Assert.That(Series(option, "强化情景 enhanced（示意）"), Is.Not.Null);
            Assert.That((string?)history["markLine"]!["data"]![0]!["xAxis"], Is.EqualTo("2024"));
            Assert.That((string?)history["markLine"]!["label"]!["formatter"], Is.EqualTo("基准年2024年"));
        }
        // The banner's: history 30, 31, 32 million t; the plan peaks at 33.5 million t in 2026 = 3350.0.
        var banner = Option(Zh(), "chart-scenario-paths-150622");
        Assert.That(Values(Series(banner, "清单（历史）")["data"]).Take(3), Is.EqualTo(new double?[] { 3000.0, 3100.0, 3200.0 }));
        Assert.That(Values(Series(banner, "规划情景 plan（示意）")["data"]), Is.EqualTo(new double?[] { null, null, 3200.0, 3300.0, 3350.0, 3300.0, 3200.0, 3100.0, 3000.0 }));
    }

    [Test]
    public void Issue16_Fan_PlanBandsMedianAndCentral()
    {
        var option = Option(Zh(), "chart-scenario-fan-city");
        var outer = Series(option, "5%–95%分位数区间")["ghgBand"]!;
        var inner = Series(option, "25%–75%分位数区间")["ghgBand"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Strings(option["xAxis"]!["data"]), Is.EqualTo(new[] { "2024", "2025", "2026", "2027", "2028", "2029", "2030" }));
            // 2027 (index 3): central 119,876,543 t; p05 = −8e6 → 111,876,543 → 11187.7; p95 = +9e6 → 128,876,543 → 12887.7.
            Assert.That(Values(outer["lower"])[3], Is.EqualTo(11187.7));
            Assert.That(Values(outer["upper"])[3], Is.EqualTo(12887.7));
            // p25 = −3e6 → 116,876,543 → 11687.7; p75 = +3e6 → 122,876,543 → 12287.7.
            Assert.That(Values(inner["lower"])[3], Is.EqualTo(11687.7));
            Assert.That(Values(inner["upper"])[3], Is.EqualTo(12287.7));
            // Base year 2024: 110e6 − 8e6 = 102e6 → 10200.0; + 9e6 = 119e6 → 11900.0.
            Assert.That(Values(outer["lower"])[0], Is.EqualTo(10200.0));
            Assert.That(Values(outer["upper"])[0], Is.EqualTo(11900.0));
            // Median −0.5e6 → 119,376,543 → 11937.7; central 11987.7.
            Assert.That(Values(Series(option, "中位数（50%分位数）")["data"])[3], Is.EqualTo(11937.7));
            Assert.That(Values(Series(option, "中心路径")["data"])[3], Is.EqualTo(11987.7));
            Assert.That(Strings(option["legend"]!["data"]), Is.EqualTo(new[] { "5%–95%分位数区间", "25%–75%分位数区间", "中位数（50%分位数）", "中心路径" }));
        }
        // The banner's fan: 2026 central 33.5e6, p05 −2e6 → 31.5e6 → 3150.0, p95 +2e6 → 3550.0.
        var banner = Option(Zh(), "chart-scenario-fan-150622");
        Assert.That(Values(Series(banner, "5%–95%分位数区间")["ghgBand"]!["lower"])[2], Is.EqualTo(3150.0));
        Assert.That(Values(Series(banner, "5%–95%分位数区间")["ghgBand"]!["upper"])[2], Is.EqualTo(3550.0));
    }

    [Test]
    public void Issue16_Fan_WithoutPlanOrRuns_TheFirstScenarioCentralOnly()
    {
        string html = Html(ReportLanguage.En, [Baseline()], NoBanner);
        var option = Option(html, "chart-scenario-fan-city");
        Assert.Multiple(() =>
        {
            Assert.That(option["series"]!.AsArray(), Has.Count.EqualTo(1));
            // 110e6 … 122e6 t → 11000.0 … 12200.0.
            Assert.That(Values(Series(option, "Central path")["data"]), Is.EqualTo(new double?[] { 11000.0, 11200.0, 11400.0, 11600.0, 11800.0, 12000.0, 12200.0 }));
            Assert.That(html, Does.Contain("has no Monte Carlo runs (0 iterations)"));
            Assert.That(html, Does.Contain("no scenario has Monte Carlo runs"), "no histogram without runs");
            Assert.That(html, Does.Not.Contain("chart-scenario-peak-city"));
            Assert.That(html, Does.Not.Contain("id=\"chart-scenario-paths-150622\""), "no banner asked");
        });
    }

    [Test]
    public void Issue16_Histogram_SharesByPeakYearAndNotPeakedBar()
    {
        var option = Option(Zh(), "chart-scenario-peak-city");
        using (Assert.EnterMultipleScope())
        {
            // Years with runs in any drawn scenario (plan 2026–2028, enhanced 2024–2025), then the plan's not-peaked runs by 2030.
            Assert.That(Strings(option["xAxis"]!["data"]), Is.EqualTo(new[] { "2024", "2025", "2026", "2027", "2028", "2030年前未达峰" }));
            // Plan: 0.2, 0.5, 0.25 and 0.05 not peaked → 20.0, 50.0, 25.0, 5.0 %.
            Assert.That(Values(Series(option, "规划情景 plan（示意）")["data"]), Is.EqualTo(new double?[] { 0, 0, 20.0, 50.0, 25.0, 5.0 }));
            // Enhanced: 0.9 at 2024, 0.1 at 2025 → 90.0, 10.0 %; none not peaked.
            Assert.That(Values(Series(option, "强化情景 enhanced（示意）")["data"]), Is.EqualTo(new double?[] { 90.0, 10.0, 0, 0, 0, 0 }));
            Assert.That(option["series"]!.AsArray(), Has.Count.EqualTo(2), "the baseline has no runs");
        }
        var banner = Option(Zh(), "chart-scenario-peak-150622");
        // Banner plan: 0.1, 0.6, 0.3 at 2025–2027; enhanced 1.0 at 2024; no run not peaked → no not-peaked bar.
        Assert.That(Strings(banner["xAxis"]!["data"]), Is.EqualTo(new[] { "2024", "2025", "2026", "2027" }));
        Assert.That(Values(Series(banner, "规划情景 plan（示意）")["data"]), Is.EqualTo(new double?[] { 0, 10.0, 60.0, 30.0 }));
    }

    [Test]
    public void Issue16_Tornado_PeakLevelsAtLowAndHighWithCatalogueNames()
    {
        var zh = Option(Zh(), "chart-scenario-tornado");
        var t = zh["ghgTornado"]!;
        var rows = t["rows"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            // Names from emission-factors/vocabulary/scenario-levers.csv (name_zh); a banner's own lever with the banner; an unknown key marked.
            Assert.That(Strings(zh["yAxis"]!["data"]), Is.EqualTo(new[] { "地区生产总值增速", "煤电供电标准煤耗（准格尔旗）", "made_up_lever（措施目录中无此项）" }));
            // Central peak 119,876,543 t → 11987.7; gdp_growth 115e6 → 11500.0 and 125,432,100 → 12543.2.
            Assert.That((double)t["central"]!, Is.EqualTo(11987.7));
            Assert.That((double)rows[0]!["low"]!, Is.EqualTo(11500.0));
            Assert.That((double)rows[0]!["high"]!, Is.EqualTo(12543.2));
            Assert.That((int?)rows[0]!["lowYear"], Is.EqualTo(2026));
            Assert.That((int?)rows[0]!["highYear"], Is.EqualTo(2029));
            // coal_power_rate@150622: 118e6 → 11800.0, 121e6 → 12100.0; made_up_lever 120.5e6 → 12050.0, not peaked at 0.9.
            Assert.That((double)rows[1]!["low"]!, Is.EqualTo(11800.0));
            Assert.That((double)rows[1]!["high"]!, Is.EqualTo(12100.0));
            Assert.That((string?)rows[1]!["key"], Is.EqualTo("coal_power_rate@150622"));
            Assert.That((double)rows[2]!["high"]!, Is.EqualTo(12050.0));
            Assert.That(rows[2]!["highYear"], Is.Null);
            Assert.That((string?)t["lowName"], Is.EqualTo("措施取10%分位数（u = 0.1）"));
        }
        var en = Option(En(), "chart-scenario-tornado");
        Assert.That(Strings(en["yAxis"]!["data"]), Is.EqualTo(new[] { "GDP growth", "coal-power supply coal rate (Jungar Banner)", "made_up_lever (not in the lever catalogue)" }));
    }

    [Test]
    public void Issue16_Labels_ChineseAndEnglish()
    {
        string zh = Zh();
        string en = En();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh, Does.Contain("<h2>碳达峰情景</h2>"));
            Assert.That(zh, Does.Contain("<a href=\"#scenarios\">碳达峰情景</a>"));
            Assert.That(zh, Does.Contain("<h3>鄂尔多斯市</h3>").And.Contain("<h3>准格尔旗</h3>"));
            Assert.That(zh, Does.Contain("鄂尔多斯市：各情景中心路径，二氧化碳当量（不含LULUCF，万吨）"));
            Assert.That(zh, Does.Contain("准格尔旗：规划情景 plan（示意），蒙特卡洛模拟分位数区间"));
            Assert.That(zh, Does.Contain("鄂尔多斯市：峰值年份分布"));
            Assert.That(zh, Does.Contain("龙卷风图"));
            Assert.That(en, Does.Contain("<h2>Peak-carbon scenarios</h2>"));
            Assert.That(en, Does.Contain("<h3>Ordos</h3>").And.Contain("<h3>Jungar Banner</h3>"));
            Assert.That(en, Does.Contain("Ordos: central paths of the scenarios, CO2e excluding LULUCF (10^4 t)"));
            Assert.That(en, Does.Contain("Jungar Banner: peak year, share of Monte Carlo runs (%)"));
            Assert.That(en, Does.Contain("tornado chart"));
            var enPaths = Option(en, "chart-scenario-paths-city");
            Assert.That(Series(enPaths, "Inventory (history)"), Is.Not.Null);
            Assert.That(Series(enPaths, "规划情景 plan (illustrative)"), Is.Not.Null);
            Assert.That(Strings(Option(en, "chart-scenario-peak-city")["xAxis"]!["data"])[^1], Is.EqualTo("Not peaked by 2030"));
        }
    }

    [Test]
    public void Issue16_Illustrative_LabelledOnEveryIllustrativeScenarioAndFlagsFirst()
    {
        string section = Section(Zh());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(section, Does.Contain("示意情景——规划情景 plan（示意）：其假设并非已批准规划的数值"));
            Assert.That(section, Does.Contain("示意情景——强化情景 enhanced（示意）"));
            Assert.That(section, Does.Not.Contain("基准情景 baseline（示意）"), "the baseline is not illustrative");
            Assert.That(section, Does.Contain("<caption>规划情景 plan（示意）：达峰与目标检验</caption>"));
            Assert.That(section, Does.Contain("<caption>强化情景 enhanced（示意）：达峰与目标检验</caption>"));
            Assert.That(section, Does.Contain("<caption>基准情景 baseline：达峰与目标检验</caption>"));
            // The flag in Chinese, before the first chart.
            int flag = section.IndexOf("伊金霍洛旗2029年火电发电量降为0", StringComparison.Ordinal);
            Assert.That(flag, Is.GreaterThan(0));
            Assert.That(flag, Is.LessThan(section.IndexOf("chart-scenario-paths-city", StringComparison.Ordinal)));
            Assert.That(section.IndexOf("示意情景——", StringComparison.Ordinal), Is.LessThan(flag));
        }
        Assert.That(Section(En()), Does.Contain("thermal generation of 150627 reaches 0 in 2029").And.Contain("Illustrative scenario — 规划情景 plan (illustrative)"));
    }

    [Test]
    public void Issue16_Table_PeakProbabilitiesChecksAndBudget()
    {
        string section = Section(Zh());
        string Plain(string s) => Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(s, "<[^>]+>", "|")), @"\|+", "|");
        string TableOf(string caption) => Plain(Regex.Match(section, $"<caption>{Regex.Escape(caption)}</caption>(.*?)</table>", RegexOptions.Singleline).Groups[1].Value);
        string plan = TableOf("规划情景 plan（示意）：达峰与目标检验");
        string baseline = TableOf("基准情景 baseline：达峰与目标检验");
        string enhanced = TableOf("强化情景 enhanced（示意）：达峰与目标检验");
        string checks = TableOf("规划情景 plan（示意）：目标与碳预算检验");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan, Does.Contain("|项目|鄂尔多斯市|准格尔旗|"));
            // City 2027 at 119,876,543 t = 11,987.7 万吨; banner 2026 at 33.5e6 = 3,350.0.
            Assert.That(plan, Does.Contain("|峰值年份（中心路径）|2027|2026|"));
            Assert.That(plan, Does.Contain("|峰值排放量（中心路径，万吨二氧化碳当量）|11,987.7|3,350.0|"));
            // p by 2025: city 0.0, banner 0.1 → 0.0 %, 10.0 %; by 2030: 0.95, 1.0 → 95.0 %, 100.0 %; not peaked 0.05, 0 → 5.0 %, 0.0 %.
            Assert.That(plan, Does.Contain("|2025年前达峰概率|0.0%|10.0%|"));
            Assert.That(plan, Does.Contain("|2030年前达峰概率|95.0%|100.0%|"));
            Assert.That(plan, Does.Contain("|2030年前未达峰概率|5.0%|0.0%|"));
            // The city's one target checked, not met; the banner's not checked; the city's budget checked, exceeded.
            Assert.That(plan, Does.Contain("|中心路径达成的目标|已检验1项，达成0项|已检验0项，达成0项|"));
            Assert.That(plan, Does.Contain("|中心路径未超出的碳预算|已检验1项，未超出0项|已检验0项，未超出0项|"));
            Assert.That(baseline, Does.Contain("|峰值年份（中心路径）|2030年前未达峰|2030年前未达峰|"));
            Assert.That(baseline, Does.Contain("|2030年前达峰概率|—（未模拟）|—（未模拟）|"));
            Assert.That(baseline, Does.Contain("|峰值排放量（中心路径，万吨二氧化碳当量）|12,200.0|3,800.0|"));
            Assert.That(enhanced, Does.Contain("|峰值年份（中心路径）|2024（基准年或之前已达峰）|2024（基准年或之前已达峰）|"));
            // The target: −65 % by 2030 from 2020, central 2.1, not met, probability 0.35 → 35.0 %.
            Assert.That(checks, Does.Contain("|鄂尔多斯市|碳排放强度（单位GDP二氧化碳排放）（净调入电力按全国电网排放因子）：2030年-65%（基年2020年）|2.1|未达成|35.0%|"));
            Assert.That(checks, Does.Contain("|准格尔旗|").And.Contain("|–|未检验：该指标未预测|–|"));
            // Budget 2021–2030 of 1e9 t = 100,000.0 万吨; 1.05e9 used = 105,000.0; run out in 2029; 0.2 → 20.0 %.
            Assert.That(checks, Does.Contain("|鄂尔多斯市|碳预算2021–2030年：100,000.0万吨二氧化碳|已用105,000.0万吨二氧化碳|2029年超出|20.0%|"));
        }
    }

    [Test]
    public void Issue16_NoOutcomes_NoSection()
    {
        string html = Html(ReportLanguage.Zh, [], JungarRegion);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("id=\"scenarios\""));
            Assert.That(html, Does.Not.Contain("#scenarios"));
            Assert.That(html, Does.Not.Contain("碳达峰情景"));
        });
    }

    [Test]
    public void Issue16_BannerNotProjected_SaidAndCityAlone()
    {
        var other = new GhgInventory.Core.Domain.Region(Kangbashi, City, "康巴什区", "Kangbashi", null);
        string html = Html(ReportLanguage.Zh, [Plan()], other);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("康巴什区不在各情景的预测分区中，仅绘制全市图表。"));
            Assert.That(html, Does.Contain("id=\"chart-scenario-paths-city\""));
            Assert.That(html, Does.Not.Contain("chart-scenario-paths-150603"));
        });
    }
}
