using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Indicators;

/// <summary>Issue 14, item 2 and the plausibility part of item 1: indicator rows are data, never inventory coverage, and a unit slip in them is flagged.</summary>
[TestFixture]
public sealed class IndicatorCoverageTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void MakeFolder() => temp = TempFolder.Initialized("ghg-indicators");

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void Issue14_BannerWithOnlyIndicators_IsStillMissingFromTheCityCoverage()
    {
        temp.Ingest("energy.csv", "150621,2024,1.A.1.a.i,raw_coal,100,万吨,stat,");
        temp.Ingest("indicators.csv", "150622,2024,0,gdp,1350.2,亿元,illustrative,", "150622,2024,0,population,40.2,万人,illustrative,");
        Assert.That(temp.Ghg("compile", "--year", "2024").ExitCode, Is.EqualTo(ExitCodes.Success));

        var json = temp.Ghg("report", "--year", "2024", "--format", "json");
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Success), json.ToString());
        var coverage = JsonDocument.Parse(json.Out).RootElement.GetProperty("coverage");
        // 达拉特旗 (150621) has energy rows; 准格尔旗 (150622) only GDP and population, so it is missing like the seven others.
        Assert.That(coverage.GetProperty("regions_with_data").EnumerateArray().Select(Code), Is.EqualTo(new[] { "150621" }));
        Assert.That(coverage.GetProperty("regions_missing").EnumerateArray().Select(Code), Does.Contain("150622"));
        Assert.That(coverage.GetProperty("regions_missing").GetArrayLength(), Is.EqualTo(8));
        Assert.That(json.Out, Does.Not.Contain("\"category\": \"0\""), "category 0 is no emission category");

        var table = temp.Ghg("report", "--year", "2024");
        Assert.That(table.Out, Does.Contain("8 of 9 banners/districts have no data").And.Contain("准格尔旗 150622"));
    }

    [Test]
    public void Issue14_YearWithOnlyIndicators_IsNoInventoryOfZero()
    {
        temp.Ingest("indicators.csv", "150622,2024,0,gdp,1350.2,亿元,illustrative,");
        var compile = temp.Ghg("compile", "--year", "2024");
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        Assert.That(compile.Out, Does.Contain("no emission data for 150600 in 2024: the data hold only socio-economic indicators"));
        Assert.That(compile.Out, Does.Not.Contain("2024: 0.0"), "no total of 0 is printed as an inventory");

        var report = temp.Ghg("report", "--year", "2024");
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Failure), report.ToString());
        Assert.That(report.Out, Is.Empty);
    }

    [Test]
    public void Issue14_GdpWrittenInWanYuanInsteadOfYiYuan_IsFlaggedAgainstLastYear()
    {
        temp.Ingest("2023.csv", "150622,2023,0,gdp,1300.1,亿元,illustrative,");
        // 1350.2 typed under 万元 is 1.3502 × 10^7 yuan against 1.3001 × 10^11 yuan the year before: 1/9629 of it, far past the 10× bound.
        var slip = temp.Ingest("2024.csv", "150622,2024,0,gdp,1350.2,万元,illustrative,");
        Assert.That(slip.Out, Does.Contain("⚠ flag #1 2024.csv:2"), slip.ToString());
        Assert.That(temp.Ghg("data").Out, Does.Contain("[open]"));
    }

    [Test]
    public void Issue14_RefusedIndicatorRow_IsLocatedInChineseByDefault()
    {
        string file = temp.Write("bad.csv", "地区,年份,指标,数值,单位\n150622,2024,gdp_index,5.4,%\n");
        var result = CliRunner.RunZh("ingest", file, "--db", temp.Db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Error, Does.Contain("bad.csv:2").And.Contain("第 4 列").And.Contain("增长 5.4% 应写作 105.4，单位写“上年=100”"));
    }

    private static string Code(JsonElement region) => region.ValueKind == JsonValueKind.String ? region.GetString()! : region.GetProperty("code").GetString()!;
}
