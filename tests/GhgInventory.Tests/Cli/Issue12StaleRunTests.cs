using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12 item 6 / build 5: after a correction, report and explain name the stale run in their first line with the compile command that refreshes it; --run reprints the old run as it was.</summary>
[TestFixture]
public sealed class Issue12StaleRunTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void Setup()
    {
        temp = TempFolder.Initialized("ghg-stale");
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    private void Ingest(string name, params string[] rows) => temp.Ingest(name, rows);

    [Test]
    public void Issue12_ReportAfterACorrection_NamesTheStaleRun()
    {
        Ingest("wushen.csv", "150626,2020,1.A.1.a.i,raw_coal,500,万吨,stat,", "150626,2020,1.A.2.c,raw_coal,100,万吨,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string before = CliRunner.RunZh("report", "--year", "2020", "--run", "1", "--format", "json", "--db", temp.Db).Out;

        Ingest("fix.csv", "150626,2020,1.A.2.c,raw_coal,120,万吨,fix,");
        string refresh = $"'ghg compile --year 2020 --region 150626 --db {temp.Db}'";
        var report = CliRunner.RunZh("report", "--year", "2020", "--region", "150626", "--db", temp.Db);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        var lines = report.Out.Split('\n');
        Assert.That(lines[0], Does.StartWith("⚠ 运行 #1 已过期").And.Contain(refresh));
        Assert.That(lines[1], Does.Contain("150626/2020：运行 #1 使用的是 v1，当前版本为 v2"));

        var explain = CliRunner.RunZh("explain", "--year", "2020", "--region", "150626", "--category", "1.A.2.c", "--db", temp.Db);
        Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
        Assert.That(explain.Out.Split('\n')[0], Does.StartWith("⚠ 运行 #1 已过期"));

        // --run 1 reprints the old run exactly as it was; the note goes to standard error.
        var reprint = CliRunner.RunZh("report", "--year", "2020", "--run", "1", "--format", "json", "--db", temp.Db);
        Assert.That(reprint.Out, Is.EqualTo(before));
        Assert.That(reprint.Error, Does.Contain("运行 #1 已过期"));

        // A newer local factor set: named with its file, so the user can find it in 'ghg factors list'.
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string factors = Path.Combine(temp.Path, "ordos-ncv.csv");
        File.WriteAllText(factors, "activity,parameter,gas,value,unit,source,region,year\nraw_coal,ncv,,18.5,GJ/t,plant lab 2020,150626,2020\n");
        var import = CliRunner.Run("factors", "import", factors, "--db", temp.Db);
        Assert.That(import.ExitCode, Is.EqualTo(ExitCodes.Success), import.ToString());
        var afterFactors = CliRunner.RunZh("report", "--year", "2020", "--region", "150626", "--db", temp.Db);
        Assert.That(afterFactors.Out.Split('\n')[0], Does.StartWith("⚠ 运行 #2 已过期"));
        Assert.That(afterFactors.Out, Does.Contain("自运行 #2 以来排放因子集已更改（现在使用：#").And.Contain("(ordos-ncv.csv)"));

        // Recompiled: current, no note.
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.RunZh("report", "--year", "2020", "--region", "150626", "--db", temp.Db).Out, Does.Not.Contain("已过期"));
    }
}
