using GhgInventory.Cli;
using GhgInventory.Cli.Commands;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data;
using GhgInventory.Data.Scenarios;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Tests.Data.Scenarios;

/// <summary>Issue 16, speed: a scenario base is built once per set of inputs and read back after (migrations/0010_scenario_bases.sql,
/// docs/scenarios.md §3 "The base, kept"). What is read back must be the same base to the last bit and the last word, and a base must
/// never be read back for other inputs.</summary>
[TestFixture]
public sealed class Issue16_ScenarioBaseCacheTests
{
    private static readonly RegionCode City = RegionCode.Parse("150600");
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 8, 0);

    private static ScenarioDefinition Scenario(int? baseYear = null) =>
        new("test", "test", "", true, City, null, baseYear, 2060, null, null, [], [], "test.toml", new string('0', 64));

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", "ordos", name);

    /// <summary>A writable copy of the demo database without the bases `ghg demo` kept.</summary>
    private static TempDatabase DemoCopyWithoutBases()
    {
        var copy = TempDatabase.DemoCopy();
        Execute(copy.Path, "DELETE FROM scenario_bases");
        return copy;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(Workspace workspace) =>
        (long)new SqliteCommand("SELECT count(*) FROM scenario_bases", workspace.Connection).ExecuteScalar()!;

    private static byte[] NumpyForm(ScenarioBase baseState)
    {
        using var stream = new MemoryStream();
        ScenarioBaseJson.Write(stream, baseState);
        return stream.ToArray();
    }

    [Test]
    public void Kept_ReadsBackTheSameBase_EveryNumberTextAndOrder()
    {
        using var db = DemoCopyWithoutBases();
        using var workspace = Workspace.Open(db.Path, TestClock.Create());
        var reader = new ScenarioBaseReader(workspace);
        var built = reader.Read(Scenario());
        Assert.That(Count(workspace), Is.Zero, "nothing is written by reading");
        Assert.That(reader.Read(Scenario()), Is.Not.SameAs(built), "another scenario object is read again (from the database: still nothing kept)");
        reader.Keep(built, Now);
        Assert.That(Count(workspace), Is.EqualTo(1));

        var back = new ScenarioBaseReader(workspace).Read(Scenario());
        Assert.That(back, Is.Not.SameAs(built));
        using (Assert.EnterMultipleScope())
        {
            // The numpy form (ScenarioBaseJson, a second writer) prints every double shortest round-trip and every text in both languages.
            Assert.That(NumpyForm(back), Is.EqualTo(NumpyForm(built)));
            Assert.That(ScenarioBaseCache.Text(back), Is.EqualTo(ScenarioBaseCache.Text(built)));
            // Bit for bit: every part's GDP and account (the doubles the projection starts from).
            Assert.That(back.Parts.Select(p => BitConverter.DoubleToInt64Bits(p.GdpYuan)), Is.EqualTo(built.Parts.Select(p => BitConverter.DoubleToInt64Bits(p.GdpYuan))));
            Assert.That(back.Parts.Select(p => p.Account), Is.EqualTo(built.Parts.Select(p => p.Account)), "records compare by value, doubles exactly");
            Assert.That(back.Parts.Select(p => p.Industry), Is.EqualTo(built.Parts.Select(p => p.Industry)));
            // The history's totals in the same order (budgets sum them in that order).
            Assert.That(back.History.Co2eTonnes.ToList(), Is.EqualTo(built.History.Co2eTonnes.ToList()));
            Assert.That(back.History.TerritorialCo2Tonnes.ToList(), Is.EqualTo(built.History.TerritorialCo2Tonnes.ToList()));
            // Flags keep their structure (LineText equality is of the stored form), so they read the same in either language.
            Assert.That(back.Parts.SelectMany(p => p.Flags), Is.EqualTo(built.Parts.SelectMany(p => p.Flags)));
            Assert.That(back.Targets, Is.EqualTo(built.Targets));
            Assert.That(back.Budgets, Is.EqualTo(built.Budgets));
            Assert.That(back.PriceBaseYear, Is.EqualTo(2020));
            Assert.That(back.Parts.Select(p => p.VaIndustryYuan), Is.EqualTo(built.Parts.Select(p => p.VaIndustryYuan)));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(back.Parts[2].Flags.Select(f => f.Render()), Is.EqualTo(built.Parts[2].Flags.Select(f => f.Render())));
            Assert.That(back.Parts[2].Flags.Select(f => f.Render()), Has.Some.StartsWith("达拉特旗（150621）（2024 年）"));
        }
    }

    [Test]
    public void Kept_TheMonteCarloOfTheBaseReadBack_PrintsTheSameBytes()
    {
        using var db = DemoCopyWithoutBases();
        using var workspace = Workspace.Open(db.Path, TestClock.Create());
        var regions = workspace.References.LoadRegions();
        var catalogue = ScenarioFile.Catalogue();
        var plan = ScenarioFile.Read(Sample("plan.toml"), File.ReadAllBytes(Sample("plan.toml")), catalogue, regions);
        var reader = new ScenarioBaseReader(workspace);
        var built = reader.Read(plan);
        reader.Keep(built, Now);
        var back = new ScenarioBaseReader(workspace).Read(plan);
        Assert.That(back, Is.Not.SameAs(built));
        string Json(ScenarioBase b) =>
            ScenarioReport.JsonText(MonteCarlo.Run(ScenarioModel.Bind(plan, catalogue, b), plan, 300, 7), catalogue, regions);
        Assert.That(Json(back), Is.EqualTo(Json(built)));
    }

    [Test]
    public void Key_IsTheSameForTheSameInputs_AndOtherForAnyOther()
    {
        var run = new RunHeader(1, Instant.FromUtc(2026, 1, 1, 0, 0), "1.0", "AR5", 2015, 2024, "150600", "", new string('a', 64));
        (string, byte[]) targets = ("samples/ordos/targets.csv", "region,indicator\n"u8.ToArray());
        (string, byte[]) budgets = ("samples/ordos/budgets.csv", "region,start_year\n"u8.ToArray());
        string reference = new('r', 64);
        const string fingerprint = "21862 21862 3571997259.26343 4689343083.88212 10486 10486 22402411273982";
        string key = ScenarioBaseCache.Key(run, fingerprint, City, 2024, reference, targets, budgets);
        Assert.That(key, Has.Length.EqualTo(64).And.Match("^[0-9a-f]+$"));
        Assert.That(ScenarioBaseCache.Key(run, fingerprint, City, 2024, reference, targets, budgets), Is.EqualTo(key), "deterministic");
        string[] others =
        [
            ScenarioBaseCache.Key(run with { Id = 2 }, fingerprint, City, 2024, reference, targets, budgets),
            ScenarioBaseCache.Key(run with { InputsSha256 = new string('b', 64) }, fingerprint, City, 2024, reference, targets, budgets),
            ScenarioBaseCache.Key(run, "21861 21862 3571997259.26343 4689343083.88212 10486 10486 22402411273982", City, 2024, reference, targets, budgets),
            ScenarioBaseCache.Key(run, fingerprint, RegionCode.Parse("150622"), 2024, reference, targets, budgets),
            ScenarioBaseCache.Key(run, fingerprint, City, 2023, reference, targets, budgets),
            ScenarioBaseCache.Key(run, fingerprint, City, 2024, new string('s', 64), targets, budgets),
            ScenarioBaseCache.Key(run, fingerprint, City, 2024, reference, ("samples/ordos/targets.csv", "region,indicator\r\n"u8.ToArray()), budgets),
            ScenarioBaseCache.Key(run, fingerprint, City, 2024, reference, ("my-targets.csv", "region,indicator\n"u8.ToArray()), budgets),
            ScenarioBaseCache.Key(run, fingerprint, City, 2024, reference, targets, ("samples/ordos/budgets.csv", "region,start_year,\n"u8.ToArray())),
        ];
        Assert.That(others, Is.Unique);
        Assert.That(others, Has.No.EqualTo(key));
    }

    [Test]
    public void Kept_AnotherBaseYearOrTargetsFile_IsBuiltAgain()
    {
        using var db = DemoCopyWithoutBases();
        using var workspace = Workspace.Open(db.Path, TestClock.Create());
        var reader = new ScenarioBaseReader(workspace);
        reader.Keep(reader.Read(Scenario()), Now);
        var reader2 = new ScenarioBaseReader(workspace);
        var year2020 = reader2.Read(Scenario(baseYear: 2020));
        Assert.That(year2020.BaseYear, Is.EqualTo(2020), "not the 2024 base kept");
        reader2.Keep(year2020, Now);
        Assert.That(Count(workspace), Is.EqualTo(2));

        // A targets file with one target less (the first data row dropped) is another input: the base read has one target less.
        string targets = Path.Combine(Path.GetTempPath(), $"ghg-targets-{Guid.NewGuid():N}.csv");
        try
        {
            var lines = File.ReadAllLines(Sample("targets.csv"));
            File.WriteAllLines(targets, lines.Take(1).Concat(lines.Skip(2)));
            var fewer = new ScenarioBaseReader(workspace).Read(Scenario() with { TargetsPath = targets });
            var all = new ScenarioBaseReader(workspace).Read(Scenario());
            Assert.That(fewer.Targets, Has.Count.EqualTo(all.Targets.Count - 1));
        }
        finally
        {
            File.Delete(targets);
        }
    }

    [Test]
    public void Find_AChangedOrDamagedRow_IsNotUsed_TheBaseIsBuiltAgainAndKeptInItsPlace()
    {
        using var db = DemoCopyWithoutBases();
        string expected;
        using (var workspace = Workspace.Open(db.Path, TestClock.Create()))
        {
            var reader = new ScenarioBaseReader(workspace);
            var built = reader.Read(Scenario());
            expected = ScenarioBaseCache.Text(built);
            reader.Keep(built, Now);
        }
        string[] damages =
        [
            "json = substr(json, 1, 1000)",                                            // cut short: not JSON
            "json = json_set(json, '$.Parts[0].Industry.FuelTce.Coal', 0)",            // a number changed: still JSON, no longer its hash
            "json = json_remove(json, '$.Parts[1]')",                                 // a banner gone
            "json = x'00ff00ff'",                                                     // not text
        ];
        foreach (string damage in damages)
        {
            Execute(db.Path, $"UPDATE scenario_bases SET {damage}");
            using var workspace = Workspace.Open(db.Path, TestClock.Create());
            var reader = new ScenarioBaseReader(workspace);
            var read = reader.Read(Scenario());
            Assert.That(ScenarioBaseCache.Text(read), Is.EqualTo(expected), damage);
            reader.Keep(read, Now);
            Assert.That(new ScenarioBaseReader(workspace).Read(Scenario()), Is.Not.Null);
            Assert.That((string)new SqliteCommand("SELECT json FROM scenario_bases", workspace.Connection).ExecuteScalar()!, Is.EqualTo(expected),
                "the damaged row is replaced by the base built again");
        }

        // A null where the records allow none (a sector), written with its hash: refused on reading, never handed to the projection.
        var root = System.Text.Json.Nodes.JsonNode.Parse(expected)!;
        root["Parts"]![0]!["Industry"] = null;
        string nulled = root.ToJsonString();
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(nulled)));
        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand("UPDATE scenario_bases SET json = $json, json_sha256 = $sha", connection);
            command.Parameters.AddWithValue("$json", nulled);
            command.Parameters.AddWithValue("$sha", sha);
            Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
        }
        Assert.Throws<InvalidOperationException>(() => ScenarioBaseCache.Parse(nulled));
        using (var workspace = Workspace.Open(db.Path, TestClock.Create()))
        {
            Assert.That(ScenarioBaseCache.Text(new ScenarioBaseReader(workspace).Read(Scenario())), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Key_ASourceMovedToAnotherRegionBehindTheProgramsBack_IsAnotherKey()
    {
        using var db = DemoCopyWithoutBases();
        using var workspace = Workspace.Open(db.Path, TestClock.Create());
        string before = ScenarioBaseCache.RunFingerprint(workspace.Connection, 1);
        // Counts and sums stay the same; only the region of one source changes (the breaker's case: 150622 → 150603).
        new SqliteCommand("UPDATE emission_sources SET region_code = '150603' WHERE id = (SELECT min(id) FROM emission_sources WHERE region_code = '150622')",
            workspace.Connection).ExecuteNonQuery();
        Assert.That(ScenarioBaseCache.RunFingerprint(workspace.Connection, 1), Is.Not.EqualTo(before));
    }

    [Test]
    public void Cli_ScenarioRun_KeepsTheBaseOnce_AndPrintsTheSameBytesReadingItBack()
    {
        using var db = DemoCopyWithoutBases();
        string[] args = ["scenario", "run", Sample("plan.toml"), "--iterations", "500", "--seed", "3", "--format", "json", "--db", db.Path];
        var built = CliRunner.Run(args);
        Assert.That(built.ExitCode, Is.EqualTo(ExitCodes.Success), built.ToString());
        using (var workspace = Workspace.OpenReadOnly(db.Path, TestClock.Create()))
        {
            Assert.That(Count(workspace), Is.EqualTo(1));
        }
        var baseline = CliRunner.Run(["scenario", "run", Sample("baseline.toml"), "--iterations", "500", "--seed", "3", "--format", "json", "--db", db.Path]);
        Assert.That(baseline.ExitCode, Is.EqualTo(ExitCodes.Success), baseline.ToString());
        using (var workspace = Workspace.OpenReadOnly(db.Path, TestClock.Create()))
        {
            Assert.That(Count(workspace), Is.EqualTo(1), "baseline and plan start from one base (the same run, year, targets and budgets)");
        }
        // Stored outcome deleted so the second run computes again, on the base read back.
        Execute(db.Path, """
            DELETE FROM scenario_paths; DELETE FROM scenario_peak_years; DELETE FROM scenario_targets; DELETE FROM scenario_budgets;
            DELETE FROM scenario_sensitivity; DELETE FROM scenario_runs;
            """);
        var back = CliRunner.Run(args);
        Assert.That(back.ExitCode, Is.EqualTo(ExitCodes.Success), back.ToString());
        Assert.That(back.Out, Is.EqualTo(built.Out));
    }

    [Test]
    public void Cli_ABundledSampleNamedWithoutTheFolderOnDisk_IsReadFromTheProgram()
    {
        // The published program carries samples/ordos/*.toml inside it (the demo's next steps name samples/ordos/plan.toml): a person with only
        // the program runs it from any folder. The tests' working folder has no samples/ folder.
        Assume.That(File.Exists("samples/ordos/baseline.toml"), Is.False, Environment.CurrentDirectory);
        using var db = DemoCopyWithoutBases();
        var bundled = CliRunner.Run("scenario", "run", "samples/ordos/baseline.toml", "--iterations", "30", "--format", "json", "--db", db.Path);
        var onDisk = CliRunner.Run("scenario", "run", Sample("baseline.toml"), "--iterations", "30", "--format", "json", "--db", db.Path);
        Assert.That(bundled.ExitCode, Is.EqualTo(ExitCodes.Success), bundled.ToString());
        Assert.That(bundled.Out, Is.EqualTo(onDisk.Out), "the same bytes, so the same numbers");
        var missing = CliRunner.Run("scenario", "run", "samples/ordos/nope.toml", "--db", db.Path);
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
    }

    [Test]
    public void Cli_AStoredRunWithOtherFiguresForTheSameInputs_IsSaidNotReused()
    {
        using var db = DemoCopyWithoutBases();
        string[] args = ["scenario", "run", Sample("baseline.toml"), "--iterations", "50", "--seed", "2", "--format", "json", "--db", db.Path];
        Assert.That(CliRunner.Run(args).ExitCode, Is.EqualTo(ExitCodes.Success));
        using (var workspace = Workspace.OpenReadOnly(db.Path, TestClock.Create()))
        {
            // The stored engine version names the build, not only the release: a rebuilt program stores its own runs.
            string engine = (string)new SqliteCommand("SELECT engine_version FROM scenario_runs", workspace.Connection).ExecuteScalar()!;
            Assert.That(engine, Does.StartWith(Workspace.EngineVersion + "+").And.EqualTo(ScenarioRuns.EngineBuild));
            Assert.That(engine, Has.Length.EqualTo(Workspace.EngineVersion.Length + 1 + 24));
        }
        Execute(db.Path, "UPDATE scenario_paths SET central_co2e_t = central_co2e_t + 1 WHERE area = 0 AND year = 2030");
        var again = CliRunner.RunZh(args);
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Failure), again.ToString());
        Assert.That(again.Error, Does.Contain("情景运行 #").And.Contain("排放路径数值不同：数据库在 ghg 之外被改动过"));
    }

    [Test]
    public void Cli_AnInventoryRunOutOfDate_IsSaidFirst()
    {
        using var db = DemoCopyWithoutBases();
        string fix = Path.Combine(Path.GetTempPath(), $"ghg-fix-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(fix, ActivityFile.Text("150622,2024,1.A.2.c,raw_coal,999,万吨,fix,"));
            var ingest = CliRunner.Run("ingest", fix, "--db", db.Path);
            Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        }
        finally
        {
            File.Delete(fix);
        }
        var table = CliRunner.RunZh("scenario", "run", Sample("plan.toml"), "--iterations", "20", "--db", db.Path);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Success), table.ToString());
        Assert.That(table.Out.Split('\n')[0], Does.StartWith("⚠ 运行 #1 已过期"));
        var json = CliRunner.Run("scenario", "run", Sample("plan.toml"), "--iterations", "20", "--format", "json", "--db", db.Path);
        Assert.That(json.Out, Does.StartWith("{"), "the JSON alone on standard output");
        Assert.That(json.Error, Does.Contain("run #1 is out of date"));
    }

    [TestCase("base_run = \"latest\"", "base_run = 99", 10, 12, "Run 99 does not exist. Stored runs: #1 region 150600, 2015–2024.")]
    [TestCase("base_year = 2024", "base_year = 2030", 11, 13, "No stored run covers 150600 in base year 2030. Stored runs: #1 region 150600, 2015–2024.")]
    public void Cli_ABaseTheFileNamesThatIsNotStored_IsRefusedAtItsLine(string line, string instead, int lineNumber, int column, string message)
    {
        using var db = DemoCopyWithoutBases();
        string file = Path.Combine(Path.GetTempPath(), $"ghg-plan-{Guid.NewGuid():N}.toml");
        try
        {
            string text = File.ReadAllText(Sample("plan.toml"));
            Assert.That(text.Split('\n')[lineNumber - 1], Is.EqualTo(line), "the line of plan.toml changed");
            File.WriteAllText(file, text.Replace(line, instead, StringComparison.Ordinal));
            string before = db.Dump();
            var result = CliRunner.Run("scenario", "run", file, "--iterations", "10", "--db", db.Path);
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
            Assert.That(result.Error, Does.Contain($"{file}:{lineNumber}:{column}: {message}"));
            Assert.That(result.Error, Does.Contain("A scenario starts from a compiled city: `ghg demo` makes ghg-demo.db"), "what to do");
            Assert.That(db.Dump(), Is.EqualTo(before), "nothing stored");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
