using System.Collections.Concurrent;
using System.Text.Json;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;
using PuppeteerSharp;
using static GhgInventory.Tests.Reports.HtmlScenarioOutcomes;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 16: the scenario section (hand-built outcomes, <see cref="HtmlScenarioOutcomes"/>) opened in headless Chromium as the
/// issue 13 report is (<see cref="Issue13_HtmlReportBrowserTests"/>): every scenario chart drawn as an SVG with paths and Chinese labels,
/// the fan chart's bands and the tornado's bars drawn from the figures given, no script error and no request leaving the file.</summary>
/// <remarks>Needs the Debian packages <c>chromium</c> and <c>fonts-noto-cjk</c>; without Chromium these tests fail, saying what to install.</remarks>
[TestFixture]
[NonParallelizable]
public sealed class Issue16_ScenarioSectionBrowserTests
{
    private TempFolder folder = null!;
    private IBrowser browser = null!;
    private IPage page = null!;
    private string reportUrl = "";
    private readonly ConcurrentQueue<string> blocked = new();
    private readonly ConcurrentQueue<string> pageErrors = new();

    [OneTimeSetUp]
    public async Task OpenReport()
    {
        folder = TempFolder.Create("ghg-scenario-html");
        string path = Path.Combine(folder.Path, "scenarios.html");
        await File.WriteAllTextAsync(path, Html(ReportLanguage.Zh, [Baseline(), Plan(), Enhanced()], JungarRegion));
        reportUrl = new Uri(path).AbsoluteUri;

        (browser, page) = await HeadlessChromium.OpenAsync();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url == reportUrl || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                blocked.Enqueue(e.Request.Url);
                await e.Request.AbortAsync();
            }
        };
        page.PageError += (_, e) => pageErrors.Enqueue(e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                pageErrors.Enqueue(e.Message.Text);
            }
        };
        await page.GoToAsync(reportUrl, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.chart[data-rendered=\"1\"]').length === document.querySelectorAll('.chart').length");
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser.Dispose();
        }
        folder?.Dispose();
    }

    [Test]
    public void Issue16_Browser_NoScriptErrorNoRequest()
    {
        Assert.That(pageErrors, Is.Empty, "script errors: " + string.Join(" | ", pageErrors));
        Assert.That(blocked, Is.Empty, "requests outside the file: " + string.Join(", ", blocked));
    }

    [Test]
    public async Task Issue16_Browser_EveryScenarioChartIsAnSvgWithPathsAndChineseLabels()
    {
        var charts = await page.EvaluateExpressionAsync<JsonElement>("""
            Array.from(document.querySelectorAll('.chart')).map(el => {
              const svg = el.querySelector('svg');
              const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
              const paths = svg ? Array.from(svg.querySelectorAll('path')).filter(p => (p.getAttribute('d') || '').length > 4) : [];
              const texts = svg ? Array.from(svg.querySelectorAll('text')).map(t => t.textContent).filter(t => t.trim().length > 0) : [];
              return { id: el.id, width: box.width, height: box.height, paths: paths.length, texts: texts };
            })
            """);
        var list = charts.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);
        Assert.That(list.Keys, Is.EquivalentTo(new[] { "chart-scenario-paths-city", "chart-scenario-fan-city", "chart-scenario-peak-city", "chart-scenario-tornado",
            "chart-scenario-paths-150622", "chart-scenario-fan-150622", "chart-scenario-peak-150622" }));
        List<string> Texts(string id) => [.. list[id].GetProperty("texts").EnumerateArray().Select(t => t.GetString()!)];
        foreach (var (id, chart) in list)
        {
            Assert.Multiple(() =>
            {
                Assert.That(chart.GetProperty("width").GetDouble(), Is.GreaterThan(300), id);
                Assert.That(chart.GetProperty("height").GetDouble(), Is.GreaterThan(200), id);
                // Paths: 4 lines (history + 3 scenarios); fan: 2 bands + median + central; histogram: 2 × 6 bars; tornado: 2 × 3 bars.
                Assert.That(chart.GetProperty("paths").GetInt32(), Is.GreaterThanOrEqualTo(4), id);
            });
        }
        Assert.Multiple(() =>
        {
            Assert.That(Texts("chart-scenario-paths-city"), Does.Contain("清单（历史）").And.Contain("规划情景 plan（示意）").And.Contain("基准年2024年").And.Contain("2030"));
            Assert.That(Texts("chart-scenario-fan-city"), Does.Contain("5%–95%分位数区间").And.Contain("中位数（50%分位数）").And.Contain("中心路径"));
            Assert.That(Texts("chart-scenario-peak-city"), Does.Contain("2030年前未达峰").And.Contain("强化情景 enhanced（示意）"));
            Assert.That(Texts("chart-scenario-tornado"), Does.Contain("地区生产总值增速").And.Contain("煤电供电标准煤耗（准格尔旗）"));
            // The tornado's labels are the peak levels themselves: 11,500.0 and 12,543.2 (万吨) for GDP growth.
            Assert.That(Texts("chart-scenario-tornado"), Does.Contain("11,500.0").And.Contain("12,543.2"));
            Assert.That(Texts("chart-scenario-paths-150622"), Does.Contain("清单（历史）"));
            Assert.That(list["chart-scenario-peak-city"].GetProperty("paths").GetInt32(), Is.GreaterThanOrEqualTo(9), "9 non-zero bars at least");
        });
    }

    [Test]
    public async Task Issue16_Browser_BandsAndTornadoBarsAsDrawn()
    {
        var drawn = await page.EvaluateExpressionAsync<JsonElement>("""
            (() => {
              const fan = echarts.getInstanceByDom(document.getElementById('chart-scenario-fan-city')).getOption();
              const tor = echarts.getInstanceByDom(document.getElementById('chart-scenario-tornado')).getOption();
              return { fan: fan.series.map(s => ({ name: s.name || '', stack: s.stack || '', data: s.data, area: !!s.areaStyle })),
                       tornado: tor.series.map(s => s.data.map(d => d.value)) };
            })()
            """);
        var fan = drawn.GetProperty("fan").EnumerateArray().ToList();
        var stack0 = fan.Where(s => s.GetProperty("stack").GetString() == "ghg-band-0").ToList();
        double At(JsonElement s, int i) => s.GetProperty("data")[i].GetDouble();
        Assert.Multiple(() =>
        {
            // The outer band: an invisible line at p05 with the width p95 − p05 stacked on it and filled; 2027 (index 3):
            // 11187.7 and 12887.7 − 11187.7 = 1700.0 (the offsets −8e6 and +9e6 t: 17e6 t = 1700.0 万吨).
            Assert.That(stack0, Has.Count.EqualTo(2));
            Assert.That(At(stack0[0], 3), Is.EqualTo(11187.7).Within(1e-9));
            Assert.That(At(stack0[1], 3), Is.EqualTo(1700.0).Within(1e-6));
            Assert.That(stack0[1].GetProperty("area").GetBoolean(), Is.True);
            // The quantiles themselves for the tooltip: p95 at 2027 = 12887.7.
            Assert.That(At(fan.Single(s => s.GetProperty("name").GetString() == "95%分位数"), 3), Is.EqualTo(12887.7).Within(1e-9));
        });
        // Tornado bars from the central peak 11987.7: GDP growth 11500.0 − 11987.7 = −487.7 and 12543.2 − 11987.7 = +555.5;
        // coal-power rate 11800.0 − 11987.7 = −187.7 and 12100.0 − 11987.7 = +112.3.
        var bars = drawn.GetProperty("tornado").EnumerateArray().Select(s => s.EnumerateArray().Select(v => v.GetDouble()).ToList()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(bars[0][0], Is.EqualTo(-487.7).Within(1e-6));
            Assert.That(bars[1][0], Is.EqualTo(555.5).Within(1e-6));
            Assert.That(bars[0][1], Is.EqualTo(-187.7).Within(1e-6));
            Assert.That(bars[1][1], Is.EqualTo(112.3).Within(1e-6));
        });
    }
}
