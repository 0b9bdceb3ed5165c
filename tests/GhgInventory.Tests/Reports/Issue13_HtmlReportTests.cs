using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GhgInventory.Cli;
using GhgInventory.Cli.Commands;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Html;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 13: the HTML report without a browser — it holds the figures of the JSON report as a person reads them, every
/// section in Chinese and in English, notation keys as keys, no reference outside the file, the section slot, and the CLI's refusals.</summary>
[TestFixture]
public sealed partial class Issue13_HtmlReportTests
{
    private static readonly string[] SectionIds = ["summary", "inventory", "banners", "bridge", "trends", "completeness", "sources"];

    private TempFolder folder = null!;

    [OneTimeSetUp]
    public void CreateFolder()
    {
        Assert.That(DemoRun.Result.ExitCode, Is.EqualTo(ExitCodes.Success), DemoRun.Result.ToString());
        folder = TempFolder.Create("ghg-html");
    }

    [OneTimeTearDown]
    public void DeleteFolder() => folder.Dispose();

    private string Html(string year, string lang, params string[] more)
    {
        string path = Path.Combine(folder.Path, $"report-{year}-{lang}-{more.Length}.html");
        var result = CliRunner.Run(["report", "--year", year, "--format", "html", "--out", path, "--lang", lang, "--db", DemoRun.DatabasePath, .. more]);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain(path));
        return File.ReadAllText(path);
    }

    private static JsonDocument Json(string year)
    {
        var result = CliRunner.Run("report", "--year", year, "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        return JsonDocument.Parse(result.Out);
    }

    /// <summary>A tonnage as the report shows it in 万吨 with one decimal and thousands separators (e.g. 221,979,123 t → 22,197.9).</summary>
    private static string TenThousand(double tonnes) => (tonnes / 1e4).ToString("#,0.0", CultureInfo.InvariantCulture);

    /// <summary>The text of an element with id <paramref name="id"/> (tags removed, entities decoded, spaces collapsed).</summary>
    private static string TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<div class=\"card\" id=\"{id}\">(.*?)</div></div>", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"no element {id}");
        return Plain(match.Groups[1].Value);
    }

    private static string Plain(string markup) => Regex.Replace(WebUtility.HtmlDecode(TagPattern().Replace(markup, " ")), @"\s+", " ").Trim();

    /// <summary>The cells of the table row whose first cell is <paramref name="code"/> in the table of class <paramref name="table"/>.</summary>
    private static string[] Row(string html, string table, string code)
    {
        var tableMatch = Regex.Match(html, $"<table class=\"{table}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.That(tableMatch.Success, Is.True, $"no table {table}");
        var row = Regex.Matches(tableMatch.Groups[1].Value, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Matches(m.Groups[1].Value, "<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline).Select(c => Plain(c.Groups[1].Value)).ToArray())
            .FirstOrDefault(cells => cells.Length > 0 && cells[0] == code);
        Assert.That(row, Is.Not.Null, $"no row {code} in {table}");
        return row!;
    }

    [Test]
    public void Issue13_HeadlineTotal2020_IsTheJsonTotalAsDisplayed()
    {
        using var json = Json("2020");
        var totals = json.RootElement.GetProperty("totals");
        double co2e = totals.GetProperty("CO2e_t").GetDouble();
        // The demo's 2020 total has NE parts (transport CH4 and N2O without factors): the HTML says "+ NE", never hides it.
        Assert.That(totals.GetProperty("CO2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
        foreach (var lang in new[] { "zh", "en" })
        {
            string html = Html("2020", lang);
            Assert.That(TextOf(html, "headline-total"), Does.Contain(TenThousand(co2e) + " + NE"), lang);
        }
    }

    [Test]
    public void Issue13_ChangeOnPreviousYear_IsTheDifferenceOfTheTwoJsonTotals()
    {
        using var now = Json("2020");
        using var before = Json("2019");
        double difference = now.RootElement.GetProperty("totals").GetProperty("CO2e_t").GetDouble() - before.RootElement.GetProperty("totals").GetProperty("CO2e_t").GetDouble();
        string html = Html("2020", "zh");
        string card = TextOf(html, "headline-change");
        Assert.That(card, Does.Contain("比2019年"));
        Assert.That(card, Does.Contain((difference > 0 ? "+" : "") + TenThousand(difference)));
        // Both totals are lower bounds (NE parts): the card says so.
        Assert.That(card, Does.Contain("两年合计含 NE 部分"));
    }

    [Test]
    public void Issue13_BannersSideBySide_HoldTheJsonBannerTotals()
    {
        using var json = Json("2020");
        string html = Html("2020", "zh");
        var header = Regex.Match(html, "<table class=\"parts\">.*?<thead>(.*?)</thead>", RegexOptions.Singleline).Groups[1].Value;
        var columns = Regex.Matches(header, "<th[^>]*>(.*?)</th>").Select(m => Plain(m.Groups[1].Value)).ToList();
        var totalRow = Regex.Match(html, "<table class=\"parts\">.*?<tr class=\"total\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var totals = Regex.Matches(totalRow, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => Plain(m.Groups[1].Value)).ToList();
        Assert.That(totals, Has.Count.EqualTo(columns.Count));
        foreach (var part in json.RootElement.GetProperty("by_region").EnumerateArray())
        {
            string name = part.GetProperty("name_zh").GetString()!;
            int column = columns.IndexOf(name);
            Assert.That(column, Is.GreaterThan(1), $"no column for {name}: {string.Join(" | ", columns)}");
            string expected = TenThousand(part.GetProperty("CO2e_t").GetDouble());
            Assert.That(totals[column], Does.StartWith(expected), name);
        }
        // 准格尔旗's energy industries (1.A.1) in the side-by-side table are its own 1.A.1 lines, not the city's.
        using var banner = JsonDocument.Parse(CliRunner.Run("report", "--year", "2020", "--region", "150622", "--format", "json", "--db", DemoRun.DatabasePath).Out);
        double energy = banner.RootElement.GetProperty("by_category").EnumerateArray().First(c => c.GetProperty("category").GetString() == "1.A.1").GetProperty("CO2e_t").GetDouble();
        Assert.That(Row(html, "parts", "1.A.1")[columns.IndexOf("准格尔旗")], Does.StartWith(TenThousand(energy)));
    }

    [Test]
    public void Issue13_InventoryTable_ShowsNotationKeysAsKeysNeverZero()
    {
        using var json = Json("2020");
        // Issue 13 showed transport (1.A.3) CH4 and N2O as NE here: no mobile factor then. Issue 15 gives 1.A.3 its IPCC Vol 2 Ch 3
        // factors, so the demo's transport row is numbers on every gas, and the NE part left in the demo is the cleaned coal of
        // the coke ovens (1.A.1.c.i, no CH4/N2O factor for cleaned coal at 1.A.1.c), which the energy-industries row carries as "+ NE".
        var transport = json.RootElement.GetProperty("by_category").EnumerateArray().First(c => c.GetProperty("category").GetString() == "1.A.3");
        Assert.That(transport.TryGetProperty("CH4_notation", out _), Is.False);
        var industries = json.RootElement.GetProperty("by_category").EnumerateArray().First(c => c.GetProperty("category").GetString() == "1.A.1");
        Assert.That(industries.GetProperty("CH4_incomplete").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "NE" }));
        string html = Html("2020", "zh");
        var row = Row(html, "inventory", "1.A.3");
        var energyRow = Row(html, "inventory", "1.A.1");
        Assert.Multiple(() =>
        {
            Assert.That(row[1], Is.EqualTo("交通运输"));
            Assert.That(row[2], Is.EqualTo(TenThousand(transport.GetProperty("CO2_t").GetDouble())));
            Assert.That(row[3], Does.Not.Contain("NE").And.Not.EqualTo("0"), "CH4");
            Assert.That(row[4], Does.Not.Contain("NE").And.Not.EqualTo("0"), "N2O");
            Assert.That(row[5], Is.EqualTo(TenThousand(transport.GetProperty("CO2e_t").GetDouble())), "CO2e");
            Assert.That(energyRow[3], Does.EndWith(" + NE"), "1.A.1 CH4: a number with its NE part");
            Assert.That(energyRow[5], Is.EqualTo(TenThousand(industries.GetProperty("CO2e_t").GetDouble()) + " + NE"), "1.A.1 CO2e");
        });
        // The legend explains every key.
        foreach (var meaning in new[] { "未估算", "已包含在其他项", "未发生", "不适用", "保密" })
        {
            Assert.That(html, Does.Contain(meaning));
        }
    }

    [TestCase("zh", new[] { "摘要", "分类别、分气体清单报告表", "各旗区对比", "电力热力调入调出: 属地排放 → 消费端排放", "历年趋势", "完整性与注释键", "本次运行的数据版本与排放因子来源" }, "鄂尔多斯市2020年温室气体清单报告")]
    [TestCase("en", new[] { "Summary", "Inventory by category and gas", "Banners and districts side by side", "Electricity and heat: territorial → consumption-based", "Trends over the years", "Completeness and notation keys", "Data versions and factor sources of the run" }, "Ordos 2020 greenhouse-gas inventory")]
    public void Issue13_EverySectionIsPresent_InTheLanguageAsked(string lang, string[] titles, string documentTitle)
    {
        string html = Html("2020", lang);
        Assert.That(html, Does.Contain($"<html lang=\"{(lang == "zh" ? "zh-Hans" : "en")}\">"));
        Assert.That(html, Does.Contain($"<title>{documentTitle}</title>"));
        for (int i = 0; i < SectionIds.Length; i++)
        {
            Assert.That(html, Does.Contain($"<section id=\"{SectionIds[i]}\"><h2>{WebUtility.HtmlEncode(titles[i])}</h2>"), SectionIds[i]);
            Assert.That(html, Does.Contain($"<li><a href=\"#{SectionIds[i]}\">"), "contents: " + SectionIds[i]);
        }
        // The sections come in order.
        var positions = SectionIds.Select(id => html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Is.Ordered);
        // Three charts with their data in the page: sectors over ten years, banners, the bridge.
        var data = ChartData(html);
        // Issue 14 adds the targets section's charts (chart-target-N) after these four (issue 14 also adds the decomposition waterfall).
        Assert.That(data.Select(c => c.GetProperty("id").GetString()).Where(id => !id!.StartsWith("chart-target-", StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { "chart-banners", "chart-bridge", "chart-sectors", "chart-decomposition" }));
        var sectors = data.First(c => c.GetProperty("id").GetString() == "chart-sectors").GetProperty("option");
        Assert.That(sectors.GetProperty("xAxis").GetProperty("data").GetArrayLength(), Is.EqualTo(10), "2015–2024");
    }

    [Test]
    public void Issue13_ChartData_AreTheTableFiguresIn10kTonnes()
    {
        using var json = Json("2020");
        string html = Html("2020", "zh");
        var banners = ChartData(html).First(c => c.GetProperty("id").GetString() == "chart-banners").GetProperty("option");
        var names = banners.GetProperty("yAxis").GetProperty("data").EnumerateArray().Select(e => e.GetString()).ToList();
        var values = banners.GetProperty("series")[0].GetProperty("data").EnumerateArray().Select(e => e.GetDouble()).ToList();
        double zhungeer = json.RootElement.GetProperty("by_region").EnumerateArray().First(r => r.GetProperty("region").GetString() == "150622").GetProperty("CO2e_t").GetDouble();
        Assert.That(values[names.IndexOf("准格尔旗")], Is.EqualTo(Math.Round(zhungeer / 1e4, 1)));
    }

    private static List<JsonElement> ChartData(string html)
    {
        var match = Regex.Match(html, "<script type=\"application/json\" id=\"ghg-chart-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True);
        return JsonDocument.Parse(match.Groups[1].Value).RootElement.GetProperty("charts").EnumerateArray().ToList();
    }

    [Test]
    public void Issue13_TheFileReferencesNothingOutsideItself()
    {
        string html = Html("2020", "zh");
        // The markup outside the scripts (ECharts' own code builds an <img src=…> of a data: URL for its save button, never used here;
        // what the browser actually requests is checked by Issue13_HtmlReportBrowserTests).
        string markup = Regex.Replace(html, "<script>.*?</script>", "<script></script>", RegexOptions.Singleline);
        Assert.Multiple(() =>
        {
            Assert.That(Regex.IsMatch(markup, "<(script|img|iframe|link|source|audio|video)[^>]*\\s(src|href)\\s*=", RegexOptions.IgnoreCase), Is.False, "an element loads a resource");
            Assert.That(Regex.IsMatch(markup, "url\\(\\s*['\"]?(https?:|//)", RegexOptions.IgnoreCase), Is.False, "CSS loads a resource");
            Assert.That(Regex.Matches(markup, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), Has.All.StartWith("#"), "links leave the page");
            Assert.That(html, Does.Contain("Content-Security-Policy\" content=\"default-src 'none'"));
            // ECharts is inside, with its licence header.
            Assert.That(html, Does.Contain("Licensed to the Apache Software Foundation (ASF)"));
        });
    }

    private sealed class LaterSection : IHtmlSection
    {
        public string Id => "intensity";

        public string Title(HtmlReportData data) => "能耗强度目标";

        public void Write(HtmlWriter w, HtmlReportData data) => w.Paragraph($"{data.Summary.Year}: 示例");
    }

    [Test]
    public void Issue13_SectionSlot_RendersAnAddedSectionAfterTheBuiltInOnes()
    {
        using var workspace = GhgInventory.Data.Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        var regions = workspace.References.LoadRegions();
        var city = GhgInventory.Core.Domain.RegionCode.Parse("150600");
        var run = workspace.Runs.FindLatest(2020, city, regions, null)!;
        var names = new GhgInventory.Reports.ReportNames(GhgInventory.Reports.ReportLanguage.Zh, workspace.References.LoadActivities());
        var data = HtmlReportFile.Load(workspace, run, workspace.Summarize(run, city, 2020), names, y => workspace.Summarize(run, city, y));
        using var culture = UiCulture.Use(UiCulture.Chinese);
        using var writer = new StringWriter();
        HtmlReport.Write(writer, data, [new LaterSection()]);
        string html = writer.ToString();
        Assert.That(html, Does.Contain("<section id=\"intensity\"><h2>能耗强度目标</h2><p>2020: 示例</p></section>"));
        Assert.That(html, Does.Contain("<li><a href=\"#intensity\">能耗强度目标</a></li>"));
        Assert.That(html.IndexOf("<section id=\"intensity\"", StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("<section id=\"sources\"", StringComparison.Ordinal)));
        Assert.That(() => HtmlReport.WriteSections(TextWriter.Null, data, [new LaterSection(), new LaterSection()]),
            Throws.ArgumentException.With.Message.Contains("intensity"));
    }

    [Test]
    public void Issue13_HtmlWithoutOut_IsBadUsage_AndAnUnwritableFileFails()
    {
        var missing = CliRunner.Run("report", "--year", "2020", "--format", "html", "--db", DemoRun.DatabasePath);
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.BadUsage), missing.ToString());
        Assert.That(missing.Error, Does.Contain("--out"));
        string nowhere = Path.Combine(folder.Path, "no-such-folder", "r.html");
        var failed = CliRunner.Run("report", "--year", "2020", "--format", "html", "--out", nowhere, "--db", DemoRun.DatabasePath);
        Assert.That(failed.ExitCode, Is.EqualTo(ExitCodes.Failure), failed.ToString());
        Assert.That(failed.Error, Does.Contain(nowhere));
        var table = CliRunner.Run("report", "--year", "2020", "--out", Path.Combine(folder.Path, "t.txt"), "--db", DemoRun.DatabasePath);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.BadUsage), table.ToString());
    }

    [Test]
    public void Issue13_Demo_WritesItsHtmlReportBesideItsDatabase()
    {
        string html = DemoCommand.HtmlPath(DemoRun.DatabasePath);
        Assert.That(Path.GetDirectoryName(html), Is.EqualTo(Path.GetDirectoryName(DemoRun.DatabasePath)));
        Assert.That(Path.GetExtension(html), Is.EqualTo(".html"));
        Assert.That(DemoRun.Result.Out, Does.Contain(html));
        Assert.That(File.ReadAllText(html), Does.Contain("<title>鄂尔多斯市2024年温室气体清单报告</title>"));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
