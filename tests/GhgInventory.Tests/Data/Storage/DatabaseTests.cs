using Dapper;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data.Storage;

[TestFixture]
public sealed class DatabaseTests
{
    [Test]
    public void Open_FileDatabase_UsesTheRollbackJournalWithForeignKeysOnAndABusyTimeout()
    {
        using var file = TempDatabase.Empty();
        using var connection = Database.Open(file.Path);
        Assert.That(connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("delete"));
        Assert.That(connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        Assert.That(connection.ExecuteScalar<long>("PRAGMA busy_timeout"), Is.EqualTo(60_000));
    }

    [Test]
    public void Open_InMemory_HasForeignKeysOn()
    {
        using var connection = Database.Open(":memory:");
        Assert.That(connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
    }

    [Test]
    public void Open_ForeignKeysOn_RejectsARecordOfAnUnknownVersion()
    {
        using var file = TempDatabase.Initialized();
        using var connection = Database.Open(file.Path);
        Assert.That(() => connection.Execute("""
            INSERT INTO activity_records (version_id, category_id, activity_id, value, unit_id, base_value, file_line)
            VALUES (999, 1, 1, 1, 1, 1, 2)
            """), Throws.InstanceOf<SqliteException>().With.Message.Contains("FOREIGN KEY"));
    }

    [Test]
    public void Open_ClosedConnection_ReallyClosesTheFile()
    {
        // Pooling is off, so disposing closes the database and the file can be compared or deleted at once;
        // the rollback journal exists only during a write transaction.
        using var file = TempDatabase.Empty();
        using (var connection = Database.Open(file.Path))
        {
            connection.Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
        }
        Assert.That(SideFiles(file.Path), Is.Empty);
        File.Delete(file.Path);
        Assert.That(File.Exists(file.Path), Is.False);
    }

    [Test]
    public void Issue11_OpenForWriting_ConvertsAWalDatabaseToTheRollbackJournal()
    {
        using var file = TempDatabase.Empty();
        MakeWal(file.Path);
        Assert.That(File.ReadAllBytes(file.Path)[18], Is.EqualTo(2), "WAL in the header (fileformat.html 1.3.4)");
        using (var connection = Database.Open(file.Path))
        {
            Assert.That(connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("delete"));
        }
        Assert.That(File.ReadAllBytes(file.Path)[18], Is.EqualTo(1), "legacy (rollback journal) in the header");
        Assert.That(SideFiles(file.Path), Is.Empty);
    }

    [Test]
    public void Issue11_OpenReadOnly_WritesNothingAndCreatesNoFileBeside([Values] bool wal)
    {
        using var file = TempDatabase.Empty();
        if (wal)
        {
            MakeWal(file.Path);
        }
        else
        {
            using var writer = Database.Open(file.Path);
            writer.Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);");
        }
        byte[] before = File.ReadAllBytes(file.Path);
        using (var connection = Database.Open(file.Path, DatabaseAccess.ReadOnly))
        {
            Assert.That(connection.ExecuteScalar<long>("SELECT x FROM t"), Is.EqualTo(7));
            Assert.That(() => connection.Execute("INSERT INTO t VALUES (8)"), Throws.InstanceOf<SqliteException>().With.Message.Contains("readonly"));
            Assert.That(SideFiles(file.Path), Is.Empty, "while open");
        }
        Assert.That(File.ReadAllBytes(file.Path), Is.EqualTo(before));
        Assert.That(SideFiles(file.Path), Is.Empty, "after close");
    }

    [Test]
    public void Issue12_Inspect_OfADatabaseAWriterHoldsLocked_SaysItIsBusyNotThatItIsNoDatabase()
    {
        // Breaker finding: during a long import, report and compile said "cc.db is not an inventory database … database is locked".
        using var inventory = TempDatabase.Initialized();
        using var writer = Database.Open(inventory.Path);
        using (var hold = writer.CreateCommand())
        {
            // A writer that has spilled its changes to the file: an exclusive lock and a journal beside the database.
            hold.CommandText = "BEGIN EXCLUSIVE; CREATE TABLE held (x); INSERT INTO held VALUES (1);";
            hold.ExecuteNonQuery();
        }
        var info = Database.Inspect(inventory.Path, busyWait: TimeSpan.FromMilliseconds(600));
        Assert.That(info.Kind, Is.EqualTo(DatabaseFileKind.Busy));
        Assert.That(info.Detail, Does.StartWith("in use: another ghg command"));
        using (var release = writer.CreateCommand())
        {
            release.CommandText = "ROLLBACK;";
            release.ExecuteNonQuery();
        }
        Assert.That(Database.Inspect(inventory.Path).Kind, Is.EqualTo(DatabaseFileKind.Inventory), "once the writer is done, the file reads as before");
    }

    [Test]
    public void Issue11_Inspect_TellsWhatAFileIsWithoutChangingIt()
    {
        using var missing = TempDatabase.Empty();
        using var zero = TempDatabase.Empty();
        File.WriteAllBytes(zero.Path, []);
        using var text = TempDatabase.Empty();
        File.WriteAllText(text.Path, "region,year\n150622,2020\n");
        using var foreign = TempDatabase.Empty();
        MakeForeign(foreign.Path);
        using var inventory = TempDatabase.Initialized();
        using var newer = TempDatabase.Initialized();
        MakeNewer(newer.Path);
        var files = new[] { zero, text, foreign, inventory, newer };
        var before = files.Select(f => File.ReadAllBytes(f.Path)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.Inspect(missing.Path).Kind, Is.EqualTo(DatabaseFileKind.Missing));
            Assert.That(Database.Inspect(zero.Path).Kind, Is.EqualTo(DatabaseFileKind.Empty));
            var t = Database.Inspect(text.Path);
            Assert.That(t.Kind, Is.EqualTo(DatabaseFileKind.NotSqlite));
            Assert.That(t.Detail, Does.Contain("not a SQLite database").And.Contain("region,year\\x0A150622"));
            var f = Database.Inspect(foreign.Path);
            Assert.That(f.Kind, Is.EqualTo(DatabaseFileKind.ForeignSqlite));
            Assert.That(f.Detail, Does.Contain("another program").And.Contain("posts, schema_version, users"));
            var i = Database.Inspect(inventory.Path, countRecords: true);
            Assert.That((i.Kind, i.SchemaVersion, i.ActivityRecords, i.CreatedBy), Is.EqualTo((DatabaseFileKind.Inventory, Migrator.Available[^1].Version, 0L, (string?)null)));
            var n = Database.Inspect(newer.Path);
            Assert.That((n.Kind, n.SchemaVersion), Is.EqualTo((DatabaseFileKind.NewerInventory, 99)));
            Assert.That(n.Detail, Does.Contain($"schema version 99, newer than this engine knows (up to {Migrator.Available[^1].Version})"));
            Assert.That(File.Exists(missing.Path), Is.False);
            for (int k = 0; k < files.Length; k++)
            {
                Assert.That(File.ReadAllBytes(files[k].Path), Is.EqualTo(before[k]), files[k].Path);
                Assert.That(SideFiles(files[k].Path), Is.Empty, files[k].Path);
            }
        }
    }

    /// <summary>The -wal, -shm and -journal files present beside <paramref name="path"/>.</summary>
    internal static IReadOnlyList<string> SideFiles(string path) =>
        new[] { "-wal", "-shm", "-journal" }.Select(s => path + s).Where(File.Exists).ToList();

    /// <summary>A database in WAL mode holding table t with one row (7), closed so that no -wal file is left.</summary>
    internal static void MakeWal(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);");
    }

    /// <summary>Another program's SQLite file, which happens to have a schema_version table of its own.</summary>
    internal static void MakeForeign(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute("""
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT);
            CREATE TABLE schema_version (version INTEGER);
            INSERT INTO users (name) VALUES ('王芳');
            INSERT INTO schema_version VALUES (1);
            """);
    }

    /// <summary>Adds schema_version row 99, as a future engine would.</summary>
    internal static void MakeNewer(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')");
    }
}
