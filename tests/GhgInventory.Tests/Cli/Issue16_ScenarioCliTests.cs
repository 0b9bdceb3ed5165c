using Dapper;
using GhgInventory.Cli;
using GhgInventory.Data.Scenarios;
using GhgInventory.Tests.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 16: <c>ghg scenario</c> refusals that come before the scenario parts run (usage, missing files), <c>list</c>, and the help texts.</summary>
[TestFixture]
public sealed class Issue16_ScenarioCliTests
{
    [Test]
    public void Run_MissingFile_BadUsage_NamesIt_DatabaseUnchanged()
    {
        using var temp = TempFolder.Initialized("ghg-s16-missing");
        string before = Dump(temp);
        var result = temp.Ghg("scenario", "run", Path.Combine(temp.Path, "nope.toml"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.Contain("nope.toml"));
        Assert.That(Dump(temp), Is.EqualTo(before));
    }

    [TestCase("-1")]
    [TestCase("100001")]
    public void Run_IterationsOutOfRange_BadUsage(string iterations)
    {
        using var temp = TempFolder.Initialized("ghg-s16-iter");
        string file = temp.Write("plan.toml", "[scenario]\n");
        var result = temp.Ghg("scenario", "run", file, "--iterations", iterations);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.Contain("--iterations must be between 0 and 100,000; got " + iterations));
    }

    [TestCase("--format", "xml")]
    [TestCase("--seed", "-3")]
    [TestCase("--iterations", "many")]
    [TestCase("--bogus", "1")]
    public void Run_BadOption_BadUsage(string option, string value)
    {
        var result = CliRunner.Run("scenario", "run", "plan.toml", option, value, "--db", "/nonexistent/ghg.db");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
    }

    [Test]
    public void Compare_SecondFileMissing_BadUsage()
    {
        using var temp = TempFolder.Initialized("ghg-s16-cmp");
        string a = temp.Write("a.toml", "[scenario]\n");
        var result = temp.Ghg("scenario", "compare", a, Path.Combine(temp.Path, "b.toml"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.Contain("b.toml"));
    }

    [Test]
    public void Compare_OneFileOnly_BadUsage()
    {
        var result = CliRunner.Run("scenario", "compare", "a.toml");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
    }

    [Test]
    public void Base_WithoutOut_BadUsage()
    {
        var result = CliRunner.Run("scenario", "base", "plan.toml");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.Contain("--out"));
    }

    [Test]
    public void List_Empty_SaysSo()
    {
        using var temp = TempFolder.Initialized("ghg-s16-list0");
        var result = temp.Ghg("scenario", "list");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("No scenario run is stored in"));
    }

    [Test]
    public void List_AStoredRun_ShowsItZhAndEn()
    {
        using var temp = TempFolder.Initialized("ghg-s16-list");
        using (var workspace = GhgInventory.Data.Workspace.Open(temp.Db, TestClock.Create()))
        {
            workspace.Connection.Execute("""
                INSERT INTO inventory_runs (id, created_at, engine_version, gwp_set, year_from, year_to, region_code, options, inputs_sha256)
                VALUES (1, '2026-11-27T08:00:00Z', 'test', 'AR5', 2015, 2024, '150600', '', 'x')
                """);
            new ScenarioStore(workspace.Connection).Save(Issue16_ScenarioSample.Outcome(seed: 7), "{}", "1.0.0", TestClock.Now);
        }
        var en = temp.Ghg("scenario", "list");
        var zh = CliRunner.RunZh("scenario", "list", "--db", temp.Db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Success), en.ToString());
            Assert.That(en.Out, Does.Contain("Stored scenario runs"));
            Assert.That(en.Out, Does.Contain("plan 规划情景"));
            Assert.That(en.Out, Does.Contain("run #1, base year 2024"));
            Assert.That(en.Out, Does.Contain("10,000"));
            Assert.That(en.Out, Does.Contain("plan.toml (aaaaaaaaaaaa)"));
            Assert.That(en.Out, Does.Contain("2026-11-27T08:00:00Z"));
            Assert.That(zh.Out, Does.Contain("已存的情景运行"));
            Assert.That(zh.Out, Does.Contain("清单运行 #1，基准年 2024"));
        }
    }

    [TestCase("en", "Peak-carbon scenarios")]
    [TestCase("zh", "碳达峰情景分析")]
    public void Help_ListsTheSubVerbs(string lang, string words)
    {
        var result = CliRunner.Run("--lang", lang, "scenario", "--help");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain(words));
        foreach (string verb in new[] { "run", "compare", "list", "base" })
        {
            Assert.That(result.Out, Does.Contain(verb));
        }
    }

    private static string Dump(TempFolder temp)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.Db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        return DatabaseDump.Content(connection);
    }
}
