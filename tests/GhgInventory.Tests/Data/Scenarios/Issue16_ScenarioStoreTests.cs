using Dapper;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Scenarios;
using GhgInventory.Tests.Reports;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data.Scenarios;

/// <summary>Issue 16: scenario runs stored (migrations/0009) and found again by (file hash, base run, seed, iterations, engine version).</summary>
[TestFixture]
public sealed class Issue16_ScenarioStoreTests
{
    private TempDatabase database = null!;
    private GhgInventory.Data.Workspace workspace = null!;
    private ScenarioStore store = null!;

    [SetUp]
    public void Open()
    {
        database = TempDatabase.Initialized();
        workspace = database.Open();
        // A stored inventory run for the scenario's base_run_id to point at (id 1).
        workspace.Connection.Execute("""
            INSERT INTO inventory_runs (id, created_at, engine_version, gwp_set, year_from, year_to, region_code, options, inputs_sha256)
            VALUES (1, '2026-11-27T08:00:00Z', 'test', 'AR5', 2015, 2024, '150600', '', 'x')
            """);
        store = new ScenarioStore(workspace.Connection);
    }

    [TearDown]
    public void Close()
    {
        workspace.Dispose();
        database.Dispose();
    }

    [Test]
    public void Save_TheSameRunAgain_FindsTheStoredOne_WritesNothing()
    {
        var (id, isNew) = store.Save(Issue16_ScenarioSample.Outcome(), "{}", "1.0.0", TestClock.Now);
        string before = DatabaseDump.Content(workspace.Connection);
        var (again, againNew) = store.Save(Issue16_ScenarioSample.Outcome(), "{ \"other\": 1 }", "1.0.0", TestClock.Now.PlusTicks(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(isNew, Is.True);
            Assert.That(againNew, Is.False);
            Assert.That(again, Is.EqualTo(id));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
            Assert.That(store.Get(id)!.Json, Is.EqualTo("{}"), "the first JSON is kept");
        }
    }

    [TestCase(2UL, 10000, "1.0.0", "")]
    [TestCase(1UL, 5000, "1.0.0", "")]
    [TestCase(1UL, 10000, "1.0.1", "")]
    [TestCase(1UL, 10000, "1.0.0", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    public void Save_AnyPartOfTheKeyDiffers_IsANewRun(ulong seed, int iterations, string engine, string sha)
    {
        var (first, _) = store.Save(Issue16_ScenarioSample.Outcome(), "{}", "1.0.0", TestClock.Now);
        var (second, isNew) = store.Save(Issue16_ScenarioSample.Outcome(seed: seed, iterations: iterations, sha: sha), "{}", engine, TestClock.Now);
        Assert.That(isNew, Is.True);
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(store.List().Select(r => r.Id), Is.EqualTo(new[] { second, first }), "newest first");
    }

    [Test]
    public void Save_TheSameFileCheckedAgainstAnotherBudget_IsAnotherStoredRun()
    {
        // The breaker's case: the budgets file changed beside an unchanged scenario file printed the new checks but said "stored before".
        var outcome = Issue16_ScenarioSample.Outcome();
        var (first, _) = store.Save(outcome, "{}", "1.0.0", TestClock.Now);
        var tripled = outcome with { Base = outcome.Base with { Budgets = [.. outcome.Base.Budgets.Select(b => b with { AllowedTonnes = b.AllowedTonnes * 3 })] } };
        var (second, isNew) = store.Save(tripled, "{}", "1.0.0", TestClock.Now);
        Assert.That(isNew, Is.True);
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(store.Get(second)!.FileSha256, Is.EqualTo(store.Get(first)!.FileSha256), "the file itself is the same");
    }

    [Test]
    public void Save_RowsReadBack()
    {
        var (id, _) = store.Save(Issue16_ScenarioSample.Outcome(seed: ulong.MaxValue), "{\"scenario\":\"plan\"}", "1.0.0", TestClock.Now);
        var run = store.Get(id)!;
        var paths = store.Paths(id);
        var city2030 = paths.Single(p => p.Area == 0 && p.Quantiles.Year == 2030).Quantiles;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Name, Is.EqualTo("plan"));
            Assert.That(run.Illustrative, Is.True);
            Assert.That(run.FileName, Is.EqualTo("plan.toml"));
            Assert.That(run.BaseRunId, Is.EqualTo(1));
            Assert.That(run.BaseYear, Is.EqualTo(2024));
            Assert.That(run.Horizon, Is.EqualTo(2030));
            Assert.That(run.Seed, Is.EqualTo(ulong.MaxValue), "an unsigned 64-bit seed survives SQLite's signed integers");
            Assert.That(run.Iterations, Is.EqualTo(10000));
            Assert.That(run.CreatedAt, Is.EqualTo("2026-11-27T08:00:00Z"));
            Assert.That(run.Json, Is.EqualTo("{\"scenario\":\"plan\"}"));
            // 3 areas (city, 150622, city rest) × 7 years (2024–2030) = 21 rows.
            Assert.That(paths, Has.Count.EqualTo(21));
            Assert.That(city2030, Is.EqualTo(new PathQuantiles(2030, 52_000_000, 52_123_456.789, 49_876_543.21, 51_000_000, 52_000_000, 53_000_000, 55_555_555.5)));
            Assert.That(paths.Where(p => p.Area == 2).Select(p => p.IsCityRest), Has.All.True);
            Assert.That(paths.Single(p => p.Area == 1 && p.Quantiles.Year == 2025).Quantiles.P05, Is.Null);
            Assert.That(store.PeakYearShares(id, 0), Is.EquivalentTo(new Dictionary<int, double>
                { [2025] = 0.05, [2027] = 0.2, [2028] = 0.4623, [2029] = 0.1, [AreaOutcome.NotPeakedKey] = 0.1877 }));
            Assert.That(store.Targets(id), Is.EqualTo(new[]
            {
                ("co2_intensity", "co2_national_grid", 2025, (double?)8.5, (bool?)false, (double?)0.25),
                ("steel_capacity", "", 2025, null, null, null),
            }));
            Assert.That(store.Budgets(id), Is.EqualTo(new[] { ("150600", 2021, 2025, (double?)230_000_000, (bool?)true, (double?)0.9) }));
            Assert.That(store.Sensitivity(id), Is.EqualTo(new[] { ("gdp_growth", 51_000_000.0, 54_600_000.0) }));
            Assert.That(store.Find(new ScenarioRunKey(ScenarioStore.InputsSha256(Issue16_ScenarioSample.Outcome(seed: ulong.MaxValue)), 1, ulong.MaxValue, 10000, "1.0.0"))!.Id, Is.EqualTo(id));
            Assert.That(store.Get(id)!.FileSha256, Is.EqualTo(new string('a', 64)), "the file's own hash is kept as printed");
        }
    }

    [Test]
    public void Save_AFigureCannotBeStored_NothingIsStored()
    {
        var outcome = Issue16_ScenarioSample.Outcome();
        var rest = outcome.Areas[2];
        // The last area's last year is NaN: every row before it was written inside the transaction, and all roll back.
        var broken = outcome with { Areas = [outcome.Areas[0], outcome.Areas[1], rest with { Path = [.. rest.Path.SkipLast(1), rest.Path[^1] with { Central = double.NaN }] }] };
        string before = DatabaseDump.Content(workspace.Connection);
        Assert.That(() => store.Save(broken, "{}", "1.0.0", TestClock.Now), Throws.InstanceOf<SqliteException>());
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        Assert.That(store.List(), Is.Empty);
    }

    [Test]
    public void Save_BaseRunNotStored_Refused_NothingStored()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        Assert.That(() => store.Save(Issue16_ScenarioSample.Outcome(runId: 99), "{}", "1.0.0", TestClock.Now), Throws.InstanceOf<SqliteException>());
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }
}
