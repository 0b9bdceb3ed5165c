using System.Globalization;
using System.Text;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>Opens SQLite connections the way every part of the tool expects them, and tells what a file is before anything writes to it.</summary>
/// <remarks>
/// Writers use the rollback journal (journal_mode DELETE), not WAL: a WAL database needs its -shm file beside it even to
/// be read, so a report in a read-only folder failed, and a report by another user left -wal/-shm files that blocked the
/// owner's next import. A rollback-journal database is read with no file beside it. A writer converts a WAL database it
/// opens. Concurrent writers wait for each other (busy timeout) instead of failing.
/// </remarks>
public static class Database
{
    /// <summary>How long a connection waits for another process's lock before it fails, in milliseconds.</summary>
    /// <remarks>A 1M-row import holds the write lock for a few seconds; a minute leaves room for a slow disk.</remarks>
    public const int BusyTimeoutMilliseconds = 60_000;

    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> for reading and writing, with the connection pragmas.</summary>
    public static SqliteConnection Open(string path) => Open(path, DatabaseAccess.ReadWrite);

    /// <summary>Opens the database at <paramref name="path"/> with <paramref name="access"/>; a read-only connection writes nothing, not even a journal mode.</summary>
    public static SqliteConnection Open(string path, DatabaseAccess access)
    {
        ArgumentNullException.ThrowIfNull(path);
        TypeHandlers.Register();
        bool memory = path == ":memory:";
        // A WAL database with no -wal file is fully in its main file; reading it as immutable creates no -shm beside it.
        bool immutable = access == DatabaseAccess.ReadOnly && !memory && IsWalWithoutLog(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? ImmutableUri(path) : path,
            Mode = access == DatabaseAccess.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // a closed connection must release the file at once, so tests can compare and delete it
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;");
        pragma.ExecuteNonQuery();
        if (access == DatabaseAccess.ReadWrite && !memory)
        {
            // DELETE is SQLite's default; setting it converts a WAL database (when no other connection holds it open).
            pragma.CommandText = "PRAGMA journal_mode = DELETE;";
            pragma.ExecuteNonQuery();
        }
        return connection;
    }

    /// <summary>Tells what <paramref name="path"/> holds, reading it only: nothing is created, written or switched.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="countRecords">Whether to count the activity records of an inventory database (a scan of the bulk table; for messages that name them).</param>
    /// <param name="busyWait">How long to wait for another process's write lock before the file is reported <see cref="DatabaseFileKind.Busy"/>; the busy timeout by default.</param>
    public static DatabaseFileInfo Inspect(string path, bool countRecords = false, TimeSpan? busyWait = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == ":memory:")
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.Missing, 0, 0, null, DataStorageText.InMemoryDatabase);
        }
        if (Directory.Exists(path))
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.NotSqlite, 0, 0, null, DataStorageText.AFolder);
        }
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.Missing, 0, 0, null, DataStorageText.NoFileYet);
        }
        if (file.Length == 0)
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.Empty, 0, 0, null, DataStorageText.EmptyFile0);
        }
        var header = ReadHeader(path);
        if (header.Length < 100 || !header.AsSpan(0, SqliteHeader.Length).SequenceEqual(SqliteHeader))
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.NotSqlite, 0, 0, null,
                Text.Format(DataStorageText.NotSqliteFile, file.Length.ToString("N0", CultureInfo.InvariantCulture), Printable(header)));
        }
        // A live writer holds its lock for the whole import; SQLite may report it at once (a reader meeting a writer's journal
        // does not always call the busy handler), so the wait is done here, then named as what it is.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // A non-empty -journal may be hot (a writer was killed mid-import): only a connection that may write can roll
                // it back, as any SQLite client must before reading; a live writer's journal is left alone (it holds a lock).
                using var connection = HasJournal(path) ? OpenToRecover(path) : Open(path, DatabaseAccess.ReadOnly);
                if (busyWait is { } wait)
                {
                    // Both SQLite's busy handler and the provider's retry wait at most as long as asked.
                    int seconds = (int)Math.Ceiling(wait.TotalSeconds);
                    connection.DefaultTimeout = seconds;
                    connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(int)wait.TotalMilliseconds}"));
                }
                return Classify(path, connection, countRecords);
            }
            catch (SqliteException e) when (IsBusy(e) && waited.Elapsed < (busyWait ?? TimeSpan.FromMilliseconds(BusyTimeoutMilliseconds)))
            {
                Thread.Sleep(250);
            }
            catch (SqliteException e) when (IsBusy(e))
            {
                return new DatabaseFileInfo(path, DatabaseFileKind.Busy, 0, 0, null,
                    Text.Format(DataStorageText.InUse, (busyWait ?? TimeSpan.FromMilliseconds(BusyTimeoutMilliseconds)).TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)));
            }
            catch (SqliteException e)
            {
                return new DatabaseFileInfo(path, DatabaseFileKind.NotSqlite, 0, 0, null, Text.Format(DataStorageText.SqliteCannotRead, e.Message));
            }
        }
    }

    /// <summary>True for SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock.</summary>
    public static bool IsBusy(SqliteException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (e.SqliteErrorCode & 0xFF) is 5 or 6;
    }

    private static bool HasJournal(string path)
    {
        var journal = new FileInfo(path + "-journal");
        return journal.Exists && journal.Length > 0;
    }

    /// <summary>A connection that may roll back a hot journal: read-write, never creating, with no pragma that writes.</summary>
    private static SqliteConnection OpenToRecover(string path)
    {
        TypeHandlers.Register();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString());
        connection.Open();
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}"));
        return connection;
    }

    private static DatabaseFileInfo Classify(string path, SqliteConnection connection, bool countRecords)
    {
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").ToList();
        if (tables.Count == 0)
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.Empty, 0, 0, null, DataStorageText.SqliteNoTables);
        }
        var foreign = new DatabaseFileInfo(path, DatabaseFileKind.ForeignSqlite, 0, 0, null,
            Text.Format(DataStorageText.OtherProgramDatabase, string.Join(", ", tables.Take(6)) + (tables.Count > 6 ? ", …" : "")));
        if (!tables.Contains("schema_version"))
        {
            return foreign;
        }
        List<(long Version, string Name)> applied;
        try
        {
            applied = connection.Query<(long, string)>("SELECT version, name FROM schema_version ORDER BY version").ToList();
        }
        catch (SqliteException)
        {
            return foreign; // a schema_version table of another shape
        }
        var known = Migrator.Available.ToDictionary(m => (long)m.Version, m => m.Name);
        // Our lineage: the first migration is ours, and every version this engine knows carries our file name.
        if (applied.Count == 0 || applied[0].Version != 1 || applied[0].Name != known[1]
            || applied.Any(a => known.TryGetValue(a.Version, out var name) && name != a.Name))
        {
            return foreign;
        }
        int version = (int)applied[^1].Version;
        int engine = known.Keys.Count == 0 ? 0 : (int)known.Keys.Max();
        if (version > engine)
        {
            return new DatabaseFileInfo(path, DatabaseFileKind.NewerInventory, version, 0, null,
                Text.Format(DataStorageText.NewerSchema, version, engine));
        }
        long records = countRecords && tables.Contains("activity_records") ? connection.ExecuteScalar<long>("SELECT count(*) FROM activity_records") : 0;
        string? createdBy = tables.Contains("workspace_properties")
            ? connection.ExecuteScalar<string?>("SELECT value FROM workspace_properties WHERE key = 'created_by'")
            : null;
        return new DatabaseFileInfo(path, DatabaseFileKind.Inventory, version, records, createdBy,
            Text.Format(DataStorageText.InventoryDatabase, version, countRecords ? Text.Format(DataStorageText.InventoryRecords, records.ToString("N0", CultureInfo.InvariantCulture)) : "",
                createdBy is null ? "" : Text.Format(DataStorageText.MadeBy, createdBy)));
    }

    private static byte[] ReadHeader(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[100];
        int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..read];
    }

    /// <summary>Bytes 18 and 19 of the header are 2 in WAL mode (https://www.sqlite.org/fileformat.html, 1.3.4).</summary>
    private static bool IsWalWithoutLog(string path)
    {
        if (!File.Exists(path) || File.Exists(path + "-wal"))
        {
            return false;
        }
        var header = ReadHeader(path);
        return header.Length >= 20 && header.AsSpan(0, SqliteHeader.Length).SequenceEqual(SqliteHeader) && (header[18] == 2 || header[19] == 2);
    }

    private static string ImmutableUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";

    /// <summary>The first bytes of a file as text for a message: at most 24 characters, control characters escaped.</summary>
    private static string Printable(byte[] header)
    {
        var text = new StringBuilder();
        foreach (char c in Encoding.UTF8.GetString(header))
        {
            if (text.Length >= 24)
            {
                text.Append('…');
                break;
            }
            text.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}") : c.ToString());
        }
        return text.ToString();
    }
}
