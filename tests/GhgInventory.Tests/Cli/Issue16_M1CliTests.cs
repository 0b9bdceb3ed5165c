using GhgInventory.Cli;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data;
using GhgInventory.Data.Scenarios;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 16, the planner's trial on the demo database: <c>compare</c> limits its notes as <c>run</c> does, <c>--run</c> naming a run
/// that is not stored is bad usage naming the option and the stored runs, and the city-rest note gives its unit.</summary>
[TestFixture]
public sealed class Issue16_M1CliTests
{
    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", "ordos", name);


    [Test]
    public void Issue16_Compare_Table_PrintsTwelveNotesAndCountsTheRest()
    {
        using var db = TempDatabase.DemoCopy();
        var json = CliRunner.Run("scenario", "compare", Sample("baseline.toml"), Sample("plan.toml"), "--format", "json", "--db", db.Path);
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Success), json.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        // Every flag of both files is in the JSON: the two illustrative labels and the notes.
        int all = doc.RootElement.GetProperty("flags").GetArrayLength();
        Assert.That(all, Is.GreaterThan(2 + 12), "the demo's two files carry more notes than the table prints");
        var table = CliRunner.Run("scenario", "compare", Sample("baseline.toml"), Sample("plan.toml"), "--db", db.Path);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Success), table.ToString());
        var lines = table.Out.Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Count(l => l.StartsWith("! ", StringComparison.Ordinal) && !l.StartsWith("! …", StringComparison.Ordinal)), Is.EqualTo(12),
                "TableFlagLimit notes, marked");
            Assert.That(table.Out, Does.Contain($"! … and {all - 2 - 12} more notes of the two files"), "the rest counted: all − 2 labels − 12 printed");
            Assert.That(table.Out, Does.Contain("every one is in --format json (flags)"));
            Assert.That(lines[0], Does.StartWith("Illustrative scenario: "), "the labels first, as they are");
        }
        var zh = CliRunner.RunZh("scenario", "compare", Sample("baseline.toml"), Sample("plan.toml"), "--db", db.Path);
        Assert.That(zh.Out, Does.Contain($"两个情景文件另有 {all - 2 - 12} 条提示"));
    }

    [Test]
    public void Issue16_Run_ARunThatIsNotStored_BadUsageNamingTheOptionAndTheRuns()
    {
        using var db = TempDatabase.DemoCopy();
        string before = db.Dump();
        var en = CliRunner.Run("scenario", "run", Sample("plan.toml"), "--run", "99", "--iterations", "0", "--db", db.Path);
        var zh = CliRunner.RunZh("scenario", "run", Sample("plan.toml"), "--run", "99", "--iterations", "0", "--db", db.Path);
        long newest;
        using (var workspace = Workspace.OpenReadOnly(db.Path, TestClock.Create()))
        {
            newest = workspace.Runs.List()[0].Id;
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.BadUsage), en.ToString());
            Assert.That(en.Error, Does.Contain("--run 99: found 99, expected a stored inventory run; stored: #" + newest + " Ordos"));
            Assert.That(en.Error, Does.Contain("(`ghg runs` lists them)"));
            Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.BadUsage), zh.ToString());
            Assert.That(zh.Error, Does.Contain("--run 99：发现 99，应为已存储的核算编号；已存储的核算：#" + newest + " 鄂尔多斯市"));
            Assert.That(db.Dump(), Is.EqualTo(before), "nothing stored");
        }
    }

    [Test]
    public void Issue16_Base_CityRestNote_GivesTheUnit()
    {
        using var workspace = Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        var scenario = new ScenarioDefinition("test", "test", "", true, RegionCode.Parse("150600"), null, null, 2060, null, null, [], [], "test.toml",
            new string('0', 64));
        var flags = new ScenarioBaseReader(workspace).Read(scenario).Parts.Single(p => p.IsCityRest).Flags;
        var residual = flags.Where(f => Render(f, UiCulture.English).Contains("minus the banners' sum", StringComparison.Ordinal)).ToList();
        Assert.That(residual, Is.Not.Empty, "the demo's city reports less than its banners for some figure");
        using (Assert.EnterMultipleScope())
        {
            foreach (var f in residual)
            {
                string en = Render(f, UiCulture.English), zh = Render(f, UiCulture.Chinese);
                // Every number is followed by its unit: "figure 1,234 kW minus the banners' sum 5,678 kW is −4,444 kW".
                Assert.That(en, Does.Match(@"figure [\d,.]+ (yuan|persons|kW|GJ) minus the banners' sum [\d,.]+ \1 is -?[\d,.]+ \1, below 0"), en);
                Assert.That(zh, Does.Match(@"全市数值 [\d,.]+ (元|人|千瓦|吉焦) 减去各旗区合计 [\d,.]+ \1 为 -?[\d,.]+ \1，"), zh);
            }
        }
    }

    private static string Render(LineText text, System.Globalization.CultureInfo culture)
    {
        using var scope = UiCulture.Use(culture);
        return text.Render();
    }
}
