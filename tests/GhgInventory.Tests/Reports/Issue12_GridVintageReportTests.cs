using System.Globalization;
using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Reports;

/// <summary>
/// Issue 12, item 8: the trend and bridge tables and the JSON bridge mark the years whose grid factor was borrowed, with the factor
/// and its year. The demo (Ordos, 2015–2024, default --grid regional --grid-year nearest) prices electricity with the 华北 factors of
/// emission-factors/china-grid-ef: 0.8843 kgCO2/kWh of 2012 (NDRC) for 2015–2017 (2012 is nearer than 2022, and 2017, five years
/// from both, takes the earlier), 0.6776 of 2022 (MEE &amp; NBS) for 2018–2022 and 0.6361 of 2023 for 2023 and 2024.
/// </summary>
[TestFixture]
public sealed class Issue12_GridVintageReportTests
{
    [TestCase(2015, 0.8843, 2012, true)]
    [TestCase(2017, 0.8843, 2012, true)]
    [TestCase(2018, 0.6776, 2022, true)]
    [TestCase(2020, 0.6776, 2022, true)]
    [TestCase(2021, 0.6776, 2022, true)]
    [TestCase(2022, 0.6776, 2022, false)]
    [TestCase(2023, 0.6361, 2023, false)]
    [TestCase(2024, 0.6361, 2023, true)]
    public void Issue12_DemoJson_GridFactorsMarkBorrowedYears(int year, double value, int factorYear, bool borrowed)
    {
        Assert.That(DemoRun.Result.ExitCode, Is.EqualTo(ExitCodes.Success), DemoRun.Result.ToString());
        var report = CliRunner.Run("report", "--year", year.ToString(CultureInfo.InvariantCulture), "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        using var json = JsonDocument.Parse(report.Out);
        var factor = json.RootElement.GetProperty("electricity_bridge").GetProperty("grid_factors").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(factor.GetProperty("year").GetInt32(), Is.EqualTo(year));
            Assert.That(factor.GetProperty("scope").GetString(), Is.EqualTo("grid:north_china"));
            Assert.That(factor.GetProperty("value").GetDouble(), Is.EqualTo(value));
            Assert.That(factor.GetProperty("unit").GetString(), Is.EqualTo("kgCO2/kWh"));
            Assert.That(factor.GetProperty("factor_year").GetInt32(), Is.EqualTo(factorYear));
            Assert.That(factor.GetProperty("borrowed").GetBoolean(), Is.EqualTo(borrowed));
            Assert.That(factor.GetProperty("policy").GetString(), Is.EqualTo("nearest"));
        }
    }

    [Test]
    public void Issue12_DemoTrend_MarksBorrowedYearsWithFactorYearAndFootnote()
    {
        Assert.That(DemoRun.Result.ExitCode, Is.EqualTo(ExitCodes.Success), DemoRun.Result.ToString());
        string output = DemoRun.Result.Out;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output, Does.Contain("电网因子"));
            // Three years (2015–2017) borrowed 2012's factor, four (2018–2021) 2022's, one (2024) 2023's; the table may wrap a cell, never a token.
            Assert.That(CountOf(output, "(2012)*"), Is.EqualTo(3));
            Assert.That(CountOf(output, "(2022)*"), Is.EqualTo(4));
            Assert.That(CountOf(output, "(2023)*"), Is.EqualTo(1));
            Assert.That(output, Does.Contain("当年无华北电网排放因子, 采用括号内年份的因子 (--grid-year nearest)"));
        }
    }

    [Test]
    public void Issue12_TableReport_BridgeSaysWhichYearsFactor()
    {
        var report = CliRunner.Run("report", "--year", "2024", "--lang", "en", "--db", DemoRun.DatabasePath);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        Assert.That(Flatten(report.Out), Does.Contain("Grid factor: North China grid 0.6361 kgCO2/kWh of 2023 (none published for 2024; --grid-year nearest)"));
    }

    [Test]
    public void Issue12_TableReport_OwnYearIsNotMarkedBorrowed()
    {
        var report = CliRunner.Run("report", "--year", "2023", "--lang", "en", "--db", DemoRun.DatabasePath);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        string text = Flatten(report.Out);
        Assert.That(text, Does.Contain("Grid factor: North China grid 0.6361 kgCO2/kWh (2023)"));
        Assert.That(text, Does.Not.Contain("none published for 2023"));
    }

    private static int CountOf(string text, string token)
    {
        int count = 0;
        for (int i = text.IndexOf(token, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token, i + token.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary>The console may wrap a long line; the words are compared with the breaks removed.</summary>
    private static string Flatten(string text) => string.Join(" ", text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
}
