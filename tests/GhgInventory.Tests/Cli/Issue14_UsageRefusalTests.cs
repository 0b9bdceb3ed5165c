using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Usage the new verbs refuse (issue 14, after the adversarial trial): the two forms of compare mixed, one run compared with
/// itself, an input file that is not there or is a folder; and the scorecard's word for a target judged on a lower bound.</summary>
public class Issue14_UsageRefusalTests
{
    private TempDatabase database = null!;
    private string dir = null!;

    // Two runs of one illustrative row (准格尔旗 raw coal 100 万吨, 2020), so that --run 1 --run 2 names existing runs.
    [OneTimeSetUp]
    public void Build()
    {
        database = TempDatabase.Initialized();
        dir = Directory.CreateTempSubdirectory("ghg-usage-").FullName;
        using var workspace = database.Open();
        var file = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,100,万吨,illustrative,"));
        Assert.That(file.Accepted, Is.True, string.Join("; ", file.Issues));
        workspace.Compile(2020, 2020, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
        workspace.Compile(2020, 2020, RegionCode.Parse("150600"), new GwpSet("AR6"), new GhgInventory.Core.Accounting.CompileOptions());
        // 东胜区 in 2015 and 2020, 康巴什区 (created 2016 from part of 东胜区, regions file) in 2020 only: run #3 covers 2015–2020.
        var split = ActivityFile.Ingest(workspace, "split.csv", ActivityFile.Utf8(
            "150602,2015,1.A.4.b,raw_coal,10,万吨,illustrative,", "150602,2020,1.A.4.b,raw_coal,8,万吨,illustrative,",
            "150603,2020,1.A.4.b,raw_coal,2,万吨,illustrative,"));
        Assert.That(split.Accepted, Is.True, string.Join("; ", split.Issues));
        workspace.Compile(2015, 2020, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
    }

    [OneTimeTearDown]
    public void Clean()
    {
        database.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    public void Issue14_Compare_RunsWithYears_IsRefusedNotSilentlyIgnored()
    {
        var result = CliRunner.Run("compare", "--db", database.Path, "--run", "1", "--run", "2", "--from", "2020", "--to", "2024");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain("--run compares two stored runs; --from/--to compares two years"));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Issue14_Compare_SameRunTwice_SaysSoInChinese()
    {
        var result = CliRunner.RunZh("compare", "--db", database.Path, "--run", "1", "--run", "1");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain("--run 1 给了两次"));
    }

    [Test]
    public void Issue14_Targets_MissingTargetsFile_IsBadUsageNamingTheFile()
    {
        string missing = Path.Combine(dir, "nonexistent.csv");
        var result = CliRunner.Run("targets", "--db", database.Path, "--region", "150600", "--year", "2020", "--targets", missing);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain($"{missing}: no such file"));
    }

    [Test]
    public void Issue14_Budget_FolderAsBudgetFile_IsBadUsageNotAReadOnlyDatabase()
    {
        var result = CliRunner.Run("budget", "--db", database.Path, "--region", "150600", "--through", "2020", "--budgets", dir);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain($"{dir}: no such file").And.Not.Contain("read-only"));
    }

    [Test]
    public void Issue14_Scorecard_LowerBound_IsMarkedAndIndeterminate()
    {
        using var _ = GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.Chinese);
        Assert.That(ScorecardWords.Status(TargetStatus.Indeterminate), Is.EqualTo("无法判定：当前值为下限值"));
        Assert.That(ScorecardWords.Level(2.5, "tce/10^4 yuan", lowerBound: true), Does.StartWith("不低于 2.5"));
        Assert.That(ScorecardWords.Level(2.5, "tce/10^4 yuan", lowerBound: false), Does.Not.Contain("不低于"));
    }

    [Test]
    public void Issue14_Compare_AcrossKangbashiCreation_SaysTheAreasDiffer()
    {
        var table = CliRunner.RunZh("compare", "--db", database.Path, "--region", "150600", "--from", "2015", "--to", "2020");
        Assert.That(table.ExitCode, Is.EqualTo(0), table.ToString());
        Assert.That(table.Out, Does.Contain("行政区划变化：150603 康巴什区 于 2016 年设立"));
        var json = CliRunner.Run("compare", "--db", database.Path, "--region", "150600", "--from", "2015", "--to", "2020", "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.That(document.RootElement.GetProperty("boundary_changes").GetArrayLength(), Is.EqualTo(1));
        Assert.That(document.RootElement.GetProperty("boundary_changes")[0].GetString(), Does.Contain("150603 Kangbashi District was created in 2016"));
    }
}
