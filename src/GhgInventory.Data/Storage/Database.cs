using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>Opens SQLite connections the way every part of the tool expects them: WAL, foreign keys on.</summary>
public static class Database
{
    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and applies the connection pragmas.</summary>
    public static SqliteConnection Open(string path)
    {
        TypeHandlers.Register();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // a closed connection must release the file at once, so tests can compare and delete it
        }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL lets a report read while an import writes; NORMAL sync is durable at each commit in WAL mode.
        pragma.CommandText = path == ":memory:"
            ? "PRAGMA foreign_keys = ON;"
            : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
