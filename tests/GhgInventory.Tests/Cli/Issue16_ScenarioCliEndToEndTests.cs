using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 16 end to end on the demo database: the bundled plan scenario run twice prints the same bytes, compare, list. They need
/// the merged scenario parts (the frame's stubs throw until then).</summary>
[TestFixture]
public sealed class Issue16_ScenarioCliEndToEndTests
{
    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", "ordos", name);


    [Test]
    public void Run_Plan_SameSeed_SameBytes_StoredOnce()
    {
        using var db = TempDatabase.DemoCopy();
        string[] args = ["scenario", "run", Sample("plan.toml"), "--iterations", "2000", "--seed", "1", "--format", "json", "--db", db.Path];
        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.ToString());
        Assert.That(second.Out, Is.EqualTo(first.Out), "byte-identical with the same seed");
        // The id is whatever the database gives (ghg demo may store runs of its own); the second run finds the first's.
        var stored = System.Text.RegularExpressions.Regex.Match(first.Error, @"Stored as scenario run #(\d+)\.");
        Assert.That(stored.Success, Is.True, first.Error);
        Assert.That(second.Error, Does.Contain($"The same run was stored before: scenario run #{stored.Groups[1].Value}."));
        using var doc = JsonDocument.Parse(first.Out);
        var root = doc.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("scenario").GetString(), Is.EqualTo("plan"));
            Assert.That(root.GetProperty("seed").GetUInt64(), Is.EqualTo(1));
            Assert.That(root.GetProperty("iterations").GetInt32(), Is.EqualTo(2000));
            Assert.That(root.GetProperty("base_year").GetInt32(), Is.EqualTo(2024));
            Assert.That(root.GetProperty("p_peak_by_2030").GetDouble(), Is.InRange(0.0, 1.0));
            Assert.That(root.GetProperty("path")[0].GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That(root.GetProperty("areas").EnumerateObject().Count(), Is.GreaterThanOrEqualTo(9), "the nine banners");
        }
        var other = CliRunner.Run(["scenario", "run", Sample("plan.toml"), "--iterations", "2000", "--seed", "2", "--format", "json", "--db", db.Path]);
        Assert.That(other.Out, Is.Not.EqualTo(first.Out), "another seed draws other runs");
    }

    [Test]
    public void Run_Plan_Table_ZhAndEn_WithABanner()
    {
        using var db = TempDatabase.DemoCopy();
        var zh = CliRunner.RunZh("scenario", "run", Sample("plan.toml"), "--iterations", "500", "--region", "150622", "--db", db.Path);
        var en = CliRunner.Run("scenario", "run", Sample("plan.toml"), "--iterations", "500", "--region", "150622", "--db", db.Path);
        Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.Success), zh.ToString());
        Assert.That(zh.Out, Does.StartWith("示意情景："));
        Assert.That(zh.Out, Does.Contain("地区：准格尔旗"));
        Assert.That(en.Out, Does.Contain("Region: Jungar Banner"));
        Assert.That(en.Out, Does.Contain("The same run was stored before"));
    }

    [Test]
    public void Compare_BaselineAndPlan_DifferByYearAndLever()
    {
        using var db = TempDatabase.DemoCopy();
        var result = CliRunner.Run("scenario", "compare", Sample("baseline.toml"), Sample("plan.toml"), "--format", "json", "--db", db.Path);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        using var doc = JsonDocument.Parse(result.Out);
        Assert.That(doc.RootElement.GetProperty("a").GetProperty("scenario").GetString(), Is.EqualTo("baseline"));
        Assert.That(doc.RootElement.GetProperty("difference").GetArrayLength(), Is.GreaterThan(1));
        Assert.That(doc.RootElement.GetProperty("attribution").GetArrayLength(), Is.GreaterThan(0));
        var table = CliRunner.Run("scenario", "compare", Sample("baseline.toml"), Sample("plan.toml"), "--db", db.Path);
        Assert.That(table.Out, Does.Contain("Scenario comparison: A = baseline, B = plan"));
    }

    [Test]
    public void List_AfterTwoRuns_ShowsBoth()
    {
        using var db = TempDatabase.DemoCopy();
        CliRunner.Run("scenario", "run", Sample("plan.toml"), "--iterations", "100", "--format", "json", "--db", db.Path);
        CliRunner.Run("scenario", "run", Sample("baseline.toml"), "--iterations", "100", "--format", "json", "--db", db.Path);
        var list = CliRunner.Run("scenario", "list", "--db", db.Path);
        Assert.That(list.ExitCode, Is.EqualTo(ExitCodes.Success), list.ToString());
        Assert.That(list.Out, Does.Contain("plan"));
        Assert.That(list.Out, Does.Contain("baseline"));
    }

    [Test]
    public void Base_WritesTheJsonForNumpy()
    {
        using var db = TempDatabase.DemoCopy();
        using var temp = TempFolder.Create("ghg-s16-base");
        string output = Path.Combine(temp.Path, "base.json");
        var result = CliRunner.Run("scenario", "base", Sample("plan.toml"), "--out", output, "--db", db.Path);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllBytes(output));
        Assert.That(doc.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
    }
}
