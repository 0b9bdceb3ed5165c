using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12 item 5 / build 4: a run covers the (region, year) versions it has, a report refuses other years, and a city
/// with banners missing is reported incomplete in the first line, the table title and JSON.</summary>
[TestFixture]
public sealed class Issue12CoverageTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void Setup()
    {
        temp = TempFolder.Initialized("ghg-coverage");
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    private void Ingest(params string[] rows) => temp.Ingest($"data-{Guid.NewGuid():N}.csv", rows);

    [Test]
    public void Issue12_CityWithOneBannerLoaded_IsReportedIncomplete_AndYearsWithoutDataAreRefused()
    {
        Ingest("150622,2020,1.A.1.a.i,raw_coal,1,万吨,stat,");
        var compile = CliRunner.Run("compile", "--year", "2015-2024", "--db", temp.Db);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        Assert.That(compile.Out, Does.Contain("no activity data for 150600 in 2015–2019, 2021–2024: run #1 covers 2020 only"));
        Assert.That(compile.Out, Does.Contain("run #1: 150600 2020,"));
        Assert.That(compile.Out, Does.Contain("(incomplete: 8 of 9 banners/districts have no data"));
        var runs = CliRunner.Run("runs", "--db", temp.Db);
        Assert.That(runs.Out, Does.Contain("│ 2020  ").And.Not.Contain("2015"), "the run claims only the year it has data for");

        // A year the run has no data for: exit 1, naming the years it covers; never a total of 0.
        var report2021 = CliRunner.Run("report", "--year", "2021", "--db", temp.Db);
        Assert.That(report2021.ExitCode, Is.EqualTo(ExitCodes.Failure), report2021.ToString());
        Assert.That(report2021.Error, Does.Contain("covers 2020"));
        Assert.That(report2021.Out, Is.Empty);
        var explain2021 = CliRunner.Run("explain", "--year", "2021", "--region", "150622", "--category", "1.A", "--db", temp.Db);
        Assert.That(explain2021.ExitCode, Is.EqualTo(ExitCodes.Failure), explain2021.ToString());
        Assert.That(explain2021.Error, Does.Contain("covers 2020"));

        // The year it covers: first line says the city is incomplete and names the eight banners/districts without data.
        var table = CliRunner.Run("report", "--year", "2020", "--lang", "en", "--db", temp.Db);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Success), table.ToString());
        string first = table.Out.Split('\n')[0];
        Assert.That(first, Does.StartWith("⚠ 鄂尔多斯市 2020 is incomplete: 8 of 9 banners/districts have no data: 东胜区 150602, 康巴什区 150603, 达拉特旗 150621, "));
        Assert.That(first, Does.Not.Contain("150622"));
        Assert.That(table.Out, Does.Contain("INCOMPLETE: 8 of 9 banners/districts have no data"));
        Assert.That(table.Out, Does.Contain("Total (incomplete)"));

        var json = CliRunner.Run("report", "--year", "2020", "--format", "json", "--db", temp.Db);
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Success), json.ToString());
        using var doc = JsonDocument.Parse(json.Out);
        var coverage = doc.RootElement.GetProperty("coverage");
        Assert.That(coverage.GetProperty("complete").GetBoolean(), Is.False);
        Assert.That(coverage.GetProperty("regions_with_data").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "150622" }));
        Assert.That(coverage.GetProperty("regions_missing").EnumerateArray().Select(e => e.GetString()),
            Is.EqualTo(new[] { "150602", "150603", "150621", "150623", "150624", "150625", "150626", "150627" }));

        // The banner itself is complete: its report has no incomplete line.
        var banner = CliRunner.Run("report", "--year", "2020", "--region", "150622", "--format", "json", "--db", temp.Db);
        using var bannerDoc = JsonDocument.Parse(banner.Out);
        Assert.That(bannerDoc.RootElement.GetProperty("coverage").GetProperty("complete").GetBoolean(), Is.True);
        Assert.That(banner.Error, Does.Not.Contain("incomplete"));
    }

    [Test]
    public void Issue12_RunWithAGapInItsYears_ListsTheYearsItHas_AndRefusesTheGap()
    {
        Ingest("150622,2015,1.A.1.a.i,raw_coal,1,万吨,stat,", "150622,2020,1.A.1.a.i,raw_coal,1,万吨,stat,");
        var compile = CliRunner.Run("compile", "--year", "2015-2020", "--region", "150622", "--db", temp.Db);
        Assert.That(compile.Out, Does.Contain("no activity data for 150622 in 2016–2019: run #1 covers 2015, 2020 only"));
        Assert.That(CliRunner.Run("runs", "--db", temp.Db).Out, Does.Contain("2015, 2020"));
        var gap = CliRunner.Run("report", "--year", "2017", "--region", "150622", "--db", temp.Db);
        Assert.That(gap.ExitCode, Is.EqualTo(ExitCodes.Failure), gap.ToString());
        Assert.That(gap.Error, Does.Contain("run #1 has no data for 150622 in 2017; it covers 2015, 2020"));
    }

    [Test]
    public void Issue12_RegionCreatedLater_IsNotMissingBeforeItExisted()
    {
        // 康巴什区 (150603) was created in 2016 (regions/150600-ordos.csv valid_from): a 2015 city has eight parts, not nine.
        Ingest("150622,2015,1.A.1.a.i,raw_coal,1,万吨,stat,", "150622,2016,1.A.1.a.i,raw_coal,1,万吨,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2015-2016", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var y2015 = CliRunner.Run("report", "--year", "2015", "--lang", "en", "--db", temp.Db);
        Assert.That(y2015.Out.Split('\n')[0], Does.Contain("7 of 8 banners/districts").And.Not.Contain("150603"));
        var y2016 = CliRunner.Run("report", "--year", "2016", "--lang", "en", "--db", temp.Db);
        Assert.That(y2016.Out.Split('\n')[0], Does.Contain("8 of 9 banners/districts").And.Contain("康巴什区 150603"));
    }
}
