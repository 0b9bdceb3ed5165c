using Dapper;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data.Storage;

[TestFixture]
public sealed class DatabaseTests
{
    [Test]
    public void Open_FileDatabase_IsInWalModeWithForeignKeysOn()
    {
        using var file = TempDatabase.Empty();
        using var connection = Database.Open(file.Path);
        Assert.That(connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
        Assert.That(connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
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
        // Pooling is off, so disposing closes the database: the last close checkpoints the WAL and removes it,
        // and the file can be compared or deleted at once. A pooled connection would keep the -wal file.
        using var file = TempDatabase.Empty();
        using (var connection = Database.Open(file.Path))
        {
            connection.Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
            Assert.That(File.Exists(file.Path + "-wal"), Is.True, "WAL file while open");
        }
        Assert.That(File.Exists(file.Path + "-wal"), Is.False, "WAL file after close");
    }
}
