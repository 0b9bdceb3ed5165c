using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 11: <c>ghg ingest</c>'s composition summary, <c>ghg data</c>, <c>data revert</c> and <c>data accept-flag</c> end to end.</summary>
[TestFixture]
public sealed class DataCommandTests
{
    private TempFolder temp = null!;
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Initialized("ghg-data");
        folder = temp.Path;
        db = temp.Db;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void Issue11_DataAndRevert_EndToEnd_OldRunReprintsUnchanged()
    {
        Ingest("banner.csv",
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,",
            "150622,2020,1.A.3.b,diesel,1000,t,stat,",
            "150622,2020,1.A.2,electricity,100,万千瓦时,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string Report(string run) => CliRunner.Run("report", "--year", "2020", "--region", "150622", "--run", run, "--format", "json", "--db", db).Out;
        string firstReport = Report("1");

        var correction = Ingest("fix.csv", "150622,2020,1.A.2,electricity,120,万千瓦时,fix,");
        Assert.That(correction.Out, Does.Contain("v2 of 150622/2020: 0 added, 1 replaced, 2 kept (over v1)"));
        Assert.That(correction.Out, Does.Contain("1.A.2 electricity: 100 万千瓦时 → 120 万千瓦时 (line 2)"));
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Report("2"), Is.Not.EqualTo(firstReport));

        var revert = CliRunner.Run("data", "revert", "--region", "150622", "--year", "2020", "--to", "1", "--db", db);
        Assert.That(revert.ExitCode, Is.EqualTo(ExitCodes.Success), revert.ToString());
        Assert.That(revert.Out, Does.Contain("v3 made current"));

        var list = CliRunner.Run("data", "--region", "150622", "--year", "2020", "--db", db);
        Assert.That(list.ExitCode, Is.EqualTo(ExitCodes.Success), list.ToString());
        Assert.That(list.Out, Does.Contain("banner.csv").And.Contain("fix.csv"));
        Assert.That(list.Out, Does.Contain("150622/2020  v1  import  banner.csv  2026-11-27T08:00:00Z  3/0/0  none"));
        Assert.That(list.Out, Does.Contain("150622/2020  v2  import  fix.csv  2026-11-27T08:00:00Z  0/1/2  v1"));
        Assert.That(list.Out, Does.Contain("150622/2020  v3  revert  -  2026-11-27T08:00:00Z  0/0/3  v1  ← current"));

        // The old run reprints byte for byte after the correction and the revert, and is current again: v3 holds v1's rows.
        Assert.That(Report("1"), Is.EqualTo(firstReport));
        Assert.That(CliRunner.RunZh("report", "--run", "1", "--db", db).ToString(), Does.Not.Contain("已过期"));
        // A compile after the revert gives the first run's lines again (only the run id differs).
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Report("3").Replace("\"run\": \"3\"", "\"run\": \"1\"", StringComparison.Ordinal), Is.EqualTo(firstReport));
    }

    [Test]
    public void Issue11_ReportAfterCorrection_SaysItsRunIsOutOfDateUntilRecompiled()
    {
        Ingest("banner.csv", "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,", "150622,2020,1.A.2,electricity,100,万千瓦时,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var fresh = CliRunner.RunZh("report", "--year", "2020", "--region", "150622", "--db", db);
        Assert.That(fresh.Out, Does.Not.Contain("已过期"));

        Ingest("fix.csv", "150622,2020,1.A.2,electricity,120,万千瓦时,fix,");
        var table = CliRunner.RunZh("report", "--year", "2020", "--region", "150622", "--db", db);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Success), table.ToString());
        Assert.That(table.Out.Split('\n')[0], Does.StartWith("⚠ 运行 #1 已过期"));
        Assert.That(table.Out, Does.Contain("150622/2020：运行 #1 使用的是 v1，当前版本为 v2"));
        Assert.That(table.Out, Does.Contain($"'ghg compile --year 2020 --region 150622 --db {db}' 生成当前清单"), "the suggested command works as printed");
        var json = CliRunner.RunZh("report", "--year", "2020", "--region", "150622", "--format", "json", "--db", db);
        Assert.That(json.Out, Does.Contain("\"stale_because\""));
        Assert.That(json.Error, Does.Contain("已过期"));
        // A new local factor set makes it out of date too.
        var factors = Write("grid.csv", "");
        File.WriteAllText(factors, "activity,parameter,gas,value,unit,source,region,year\nelectricity,grid_ef,CO2,0.5,tCO2/MWh,local,150622,2020\n");
        Assert.That(CliRunner.Run("factors", "import", factors, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("report", "--year", "2020", "--region", "150622", "--db", db).Out, Does.Contain("the factor sets changed since run #1"));

        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var current = CliRunner.RunZh("report", "--year", "2020", "--region", "150622", "--db", db);
        Assert.That(current.Out, Does.Not.Contain("已过期"));
        Assert.That(CliRunner.Run("report", "--year", "2020", "--region", "150622", "--format", "json", "--db", db).Out, Does.Not.Contain("stale_because"));
    }

    [Test]
    public void Issue11_CityReportAfterANewBannerYear_SaysItsRunDoesNotIncludeIt()
    {
        Ingest("banner.csv", "150622,2020,1.A.2,electricity,100,万千瓦时,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Ingest("other.csv", "150621,2020,1.A.2,electricity,5,万千瓦时,stat,");
        var city = CliRunner.Run("report", "--year", "2020", "--db", db);
        Assert.That(city.Out, Does.Contain("150621/2020 has data (v1) that run #1 does not include"));
    }

    [Test]
    public void Issue11_ReportRun_TakesTheRunsRegionAndYear()
    {
        Ingest("banner.csv", "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var byRun = CliRunner.Run("report", "--run", "1", "--format", "json", "--db", db);
        Assert.That(byRun.ExitCode, Is.EqualTo(ExitCodes.Success), byRun.ToString());
        // 10^6 t × 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12 = 1,900,298.85 t CO2 (provincial factors).
        Assert.That(byRun.Out, Does.Contain("\"region\": \"150622\"").And.Contain("\"year\": 2020").And.Contain("1900298.8"));
        var none = CliRunner.Run("report", "--db", db);
        Assert.That(none.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(none.Error, Does.Contain("--year is required"));
    }

    [Test]
    public void Issue11_Check_ShowsTheFlagsAndChangesAnImportWouldMake()
    {
        Ingest("2022.csv", "150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,");
        string before = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(db)));
        var check = CliRunner.Run("ingest", Write("2023.csv", "150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,", ",,,,,,,"), "--check", "--db", db);
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success), check.ToString());
        Assert.That(check.Out, Does.Contain("1 empty row(s) skipped"));
        Assert.That(check.Out, Does.Contain("v1 of 150622/2023: 1 added, 0 replaced, 0 kept (first version)"));
        Assert.That(check.Out, Does.Contain("⚠ would be flagged:").And.Contain("11,987× the 2022 total"));
        Assert.That(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(db))), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_NotationRows_AreShownUnderTheirOwnKeyNeverAsNeOrZero()
    {
        Ingest("keys.csv", "150622,2020,1.A.2.d,diesel,NO,,stat,boilers closed in 2019", "150622,2020,1.A.2.c,raw_coal,NE,,stat,not surveyed");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var table = CliRunner.Run("report", "--year", "2020", "--region", "150622", "--lang", "en", "--db", db);
        Assert.That(table.Out, Does.Contain("NO ×3: boilers closed in 2019").And.Contain("NE ×3: not surveyed"));
        var explain = CliRunner.Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.2.d", "--activity", "diesel", "--gas", "CO2", "--db", db);
        Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
        Assert.That(explain.Out, Does.Contain("activity: NO, sum of 1 record(s)").Or.Contain("活动水平: NO, 共 1 条记录"));
        Assert.That(explain.Out, Does.Not.Contain(": 0 t"));
    }

    [Test]
    public void Issue11_NotationRowsWithDifferentKeysInOneSource_AreReportedNeNamingBoth()
    {
        string file = Path.Combine(folder, "mixed.csv");
        File.WriteAllText(file, "region,year,category,activity,value,unit,note,facility\n"
            + "150622,2020,1.A.2.c,raw_coal,NO,,closed,F1\n150622,2020,1.A.2.c,raw_coal,NE,,not surveyed,F2\n");
        Assert.That(CliRunner.Run("ingest", file, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var explain = CliRunner.Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.2.c", "--gas", "CO2", "--db", db);
        Assert.That(explain.Out, Does.Contain("= NE").And.Contain("rows with different notation keys (NO, NE) reported as NE"));
    }

    [Test]
    public void Issue11_NumberOptionOfAnotherType_SaysAWholeNumberNotADotNetType()
    {
        var run = CliRunner.Run("report", "--run", "abc", "--db", db);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(run.Error, Does.Contain("as a whole number").And.Not.Contain("System."));
    }

    [Test]
    public void Issue11_FileImportedAgain_SaysWhatARevertWouldUndoAndThatReplaceWasNotApplied()
    {
        string first = Write("a1.csv", "150622,2020,1.A.2.c,raw_coal,100,万吨,stat,", "150622,2020,1.A.3.b,diesel,5,万吨,stat,");
        Assert.That(CliRunner.Run("ingest", first, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Ingest("x3.csv", "150622,2020,1.A.2.c,raw_coal,120,万吨,fix,");
        var again = CliRunner.Run("ingest", first, "--replace", "--db", db);
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success), again.ToString());
        Assert.That(again.Out, Does.Contain("(--replace was NOT applied)"));
        Assert.That(again.Out, Does.Contain("--to 1' makes v1, the version this file made, current again as a whole, undoing every later version"));
    }

    [Test]
    public void Issue11_PowerPlantFuelWithoutGeneration_NetExportIsNotEstimatedNotNegative()
    {
        // A coal-power banner that gave its plants' coal but no 发电量 row is not a net importer of 49 亿kWh: the export is NE.
        Ingest("power.csv", "150627,2022,1.A.1.a.i,raw_coal,856.3,万吨,stat,", "150627,2022,1.A.2,electricity,49.14,亿千瓦时,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2022", "--region", "150627", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var table = CliRunner.Run("report", "--year", "2022", "--region", "150627", "--lang", "en", "--db", db);
        Assert.That(table.Out, Does.Contain("Net export: NE (power-plant fuel, but no electricity_generation row)").And.Not.Contain("-49.14"));
        var json = CliRunner.Run("report", "--year", "2022", "--region", "150627", "--format", "json", "--db", db);
        Assert.That(json.Out, Does.Contain("\"net_export_kwh\": null").And.Contain("\"generation_kwh\": null"));
    }

    [Test]
    public void Issue11_DropToZeroAgainstAnAdjacentYear_IsFlagged()
    {
        Ingest("2022.csv", "150622,2022,1.A.2.c,raw_coal,500,万吨,stat,");
        var zero = Ingest("2023.csv", "150622,2023,1.A.2.c,raw_coal,0,万吨,stat,");
        Assert.That(zero.Out, Does.Contain("totals 0 t, against 5,000,000 t in 2022").And.Contain("written NO"));
    }

    [Test]
    public void Issue11_CorrectionWithAUnitSlip_IsFlagged()
    {
        // 98,765.4 t corrected to 987.6 万吨 = 9,876,000 t: 99.99× the value it corrects.
        Ingest("year.csv", "150621,2023,1.A.2.c,raw_coal,98765.4,吨,stat,");
        var fix = Ingest("fix.csv", "150621,2023,1.A.2.c,raw_coal,987.6,万吨,fix,");
        Assert.That(fix.Out, Does.Contain("987.6 万吨 replaces 98765.4 吨, 99.99× the value it corrects"));
        var small = Ingest("fix2.csv", "150621,2023,1.A.2.c,raw_coal,1000,万吨,fix,");
        Assert.That(small.Out, Does.Not.Contain("the value it corrects"), "a correction of 1.01× is not flagged");
    }

    [Test]
    public void Issue11_FlagOnACorrectedRow_IsListedAsNoLongerCurrent()
    {
        Ingest("2022.csv", "150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,");
        Ingest("2023.csv", "150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,");
        Assert.That(CliRunner.Run("data", "--db", db).Out, Does.Contain("[open]"));
        Ingest("fix.csv", "150622,2023,1.A.1.a.i,raw_coal,1198.7,万吨,fix,");
        var list = CliRunner.Run("data", "--db", db).Out;
        Assert.That(list, Does.Contain("[no longer current: a later version replaced or removed its row; nothing to accept]").And.Not.Contain("[open]"));
    }

    [Test]
    public void Issue11_RevertToTheCurrentOrAMissingVersion_IsBadUsage()
    {
        Ingest("banner.csv", "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,");
        var current = CliRunner.Run("data", "revert", "--region", "150622", "--year", "2020", "--to", "1", "--db", db);
        Assert.That(current.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(current.Error, Does.Contain("already the current version"));
        var missing = CliRunner.Run("data", "revert", "--region", "150622", "--year", "2020", "--to", "7", "--db", db);
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(missing.Error, Does.Contain("has no version 7"));
    }

    [Test]
    public void Issue11_FlaggedRow_PrintedAtIngestShownByCompileAndReportUntilAccepted()
    {
        Ingest("2022.csv", "150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,");
        var strict = CliRunner.Run("ingest", Write("2023.csv", "150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,"), "--strict", "--db", db);
        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.InputRejected), strict.ToString());
        Assert.That(strict.Error, Does.Contain("2023.csv:2"));

        var ingest = Ingest("2023.csv", "150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,");
        Assert.That(ingest.Out, Does.Contain("⚠ flag #1 2023.csv:2").And.Contain("⚠ flag #2 2023.csv:2"));
        var compile = CliRunner.Run("compile", "--year", "2023", "--region", "150622", "--db", db);
        Assert.That(compile.Out.Split('\n')[0], Does.StartWith("⚠ 2 plausibility flag(s)"));
        var table = CliRunner.RunZh("report", "--year", "2023", "--region", "150622", "--db", db);
        Assert.That(table.Out.Split('\n')[0], Does.StartWith("⚠ 本清单的活动数据有 2 条合理性标记"));
        var json = CliRunner.Run("report", "--year", "2023", "--region", "150622", "--format", "json", "--db", db);
        Assert.That(json.Out, Does.Contain("\"qa_flags\"").And.Contain("\"kind\": \"year_jump\""));

        foreach (var id in new[] { "1", "2" })
        {
            var accept = CliRunner.Run("data", "accept-flag", id, "--reason", "checked", "--db", db);
            Assert.That(accept.ExitCode, Is.EqualTo(ExitCodes.Success), accept.ToString());
        }
        Assert.That(CliRunner.Run("report", "--year", "2023", "--region", "150622", "--format", "json", "--db", db).Out, Does.Not.Contain("qa_flags"));
        Assert.That(CliRunner.Run("data", "--db", db).Out, Does.Contain("[accepted: checked]"));
    }

    [Test]
    public void Issue11_Demo_RaisesNoPlausibilityFlagAndListsItsVersions()
    {
        // The bundled sample is plausible data: a flag here would be a false alarm on every demo report.
        Assert.That(DemoRun.Result.Out, Does.Not.Contain("⚠"));
        var list = CliRunner.Run("data", "--region", "150622", "--year", "2020", "--db", DemoRun.DatabasePath);
        Assert.That(list.ExitCode, Is.EqualTo(ExitCodes.Success), list.ToString());
        Assert.That(list.Out, Does.Contain("150622/2020  v1  import  energy_2020.csv").And.Contain("← current"));
        Assert.That(list.Out, Does.Not.Contain("plausibility flags"));
    }

    private CliResult Ingest(string name, params string[] rows) => temp.Ingest(name, rows);

    private string Write(string name, params string[] rows) => temp.Write(name, ActivityFile.Text(rows));
}
