using System.Security.Cryptography;
using Dapper;
using GhgInventory.Data;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data.Storage;

[TestFixture]
public sealed class MigratorTests
{
    private SqliteConnection connection = null!;

    [SetUp]
    public void OpenInMemory() => connection = Database.Open(":memory:");

    [TearDown]
    public void Close() => connection.Dispose();

    [Test]
    public void Migrate_NewDatabase_AppliesEveryMigrationOnceAndRecordsIt()
    {
        var applied = Migrator.Migrate(connection, TestClock.Create());
        var recorded = connection.Query<(long Version, string Name, string AppliedAt)>("SELECT version, name, applied_at FROM schema_version ORDER BY version").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.EqualTo(Migrator.Available.Select(m => m.Name)));
            Assert.That(applied, Does.Contain("0001_initial.sql"));
            Assert.That(recorded.Select(r => r.Name), Is.EqualTo(applied));
            Assert.That(recorded.Select(r => (int)r.Version), Is.EqualTo(Migrator.Available.Select(m => m.Version)));
            Assert.That(recorded.Select(r => r.AppliedAt), Has.All.EqualTo("2026-11-27T08:00:00Z"));
            Assert.That(Migrator.CurrentVersion(connection), Is.EqualTo(Migrator.Available[^1].Version));
        }
    }

    [Test]
    public void Migrate_AgainOnAMigratedDatabase_AppliesNothingAndChangesNothing()
    {
        Migrator.Migrate(connection, TestClock.Create());
        string before = DatabaseDump.Content(connection);
        var second = Migrator.Migrate(connection, new NodaTime.Testing.FakeClock(TestClock.Now.PlusTicks(1)));
        Assert.That(second, Is.Empty);
        Assert.That(DatabaseDump.Content(connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_Migrate_NewerSchema_ThrowsAndChangesNothing()
    {
        Migrator.Migrate(connection, TestClock.Create());
        connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')");
        string before = DatabaseDump.Content(connection);
        Assert.That(() => Migrator.Migrate(connection, TestClock.Create()),
            Throws.InvalidOperationException.With.Message.Contains($"schema version 99, newer than this engine knows (up to {Migrator.Available[^1].Version})"));
        Assert.That(DatabaseDump.Content(connection), Is.EqualTo(before));
    }

    [Test]
    public void CurrentVersion_NeverMigrated_IsZero()
    {
        Assert.That(Migrator.CurrentVersion(connection), Is.Zero);
    }

    [Test]
    public void Available_Migrations_AreNumberedFromOneWithoutGaps()
    {
        var versions = Migrator.Available.Select(m => m.Version).ToList();
        // Issue 12 was built on five branches at once, each given one number (0003–0007): until they are all merged a
        // branch has a gap below its own number, and only there. Once merged, this is Enumerable.Range(1, versions.Count) again.
        int[] parallelIssue12 = [3, 4, 5, 6, 7];
        Assert.That(versions, Is.Ordered.Ascending.And.Unique);
        Assert.That(Enumerable.Range(1, versions[^1]).Except(versions), Is.SubsetOf(parallelIssue12));
        Assert.That(versions.Take(2), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(Migrator.Available.Select(m => m.Name), Has.All.Match(@"^\d{4}_[a-z0-9_]+\.sql$"));
    }

    private static IEnumerable<TestCaseData> ShippedMigrations() =>
        CaseFile.Read("ShippedMigrations.csv").Select(r => new TestCaseData(r["name"], r["sha256"]).SetName($"Available_{r["name"]}_IsNeverEdited"));

    [TestCaseSource(nameof(ShippedMigrations))]
    public void Available_ShippedMigration_IsNeverEdited(string name, string sha256)
    {
        // A database records only the migration's number, so an edited migration never reaches databases that already ran it:
        // a schema change is the next numbered file (STYLE.md). Line ends are normalised so a CRLF checkout still matches.
        byte[] content = BundledData.ReadAllBytes("migrations/" + name);
        byte[] normalized = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(content).ReplaceLineEndings("\n"));
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(normalized)), Is.EqualTo(sha256),
            $"{name} was edited after it shipped; put the change in a new migration instead");
    }

    [Test]
    public void Available_EveryMigration_HasAShippedChecksum()
    {
        var recorded = CaseFile.Read("ShippedMigrations.csv").Select(r => r["name"]);
        Assert.That(Migrator.Available.Select(m => m.Name), Is.EquivalentTo(recorded),
            "record the SHA-256 of a new migration in Cases/ShippedMigrations.csv when it ships");
    }

    [Test]
    public void Migrate_Schema_HasTheTablesTheStoreUses()
    {
        Migrator.Migrate(connection, TestClock.Create());
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToList();
        Assert.That(tables, Is.SupersetOf(new[]
        {
            "schema_version", "regions", "categories", "activities", "substances", "factor_sets", "factors", "gwp_values",
            "activity_batches", "activity_versions", "activity_records", "text_values", "inventory_runs", "run_activity_versions",
            "run_factor_sets", "emission_sources", "emission_lines", "emission_line_factors",
        }));
    }
}
