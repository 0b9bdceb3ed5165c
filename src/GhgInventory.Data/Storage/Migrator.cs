using System.Globalization;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Storage;

/// <summary>Applies the numbered SQL files of migrations/ in order, each once and in its own transaction, recording each in schema_version.</summary>
public static class Migrator
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    /// <summary>The bundled migrations as (version, name) in order.</summary>
    public static IReadOnlyList<(int Version, string Name)> Available =>
        BundledData.Names("migrations/")
            .Select(n => n["migrations/".Length..])
            .Select(n => (int.Parse(n.AsSpan(0, 4), CultureInfo.InvariantCulture), n))
            .OrderBy(m => m.Item1)
            .ToList();

    /// <summary>Applies every migration not yet recorded; returns the names applied.</summary>
    /// <exception cref="InvalidOperationException">The database records a schema version newer than this engine knows; nothing is written.</exception>
    public static IReadOnlyList<string> Migrate(SqliteConnection connection, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);
        int current = CurrentVersion(connection), engine = Available[^1].Version;
        if (current > engine)
        {
            // Migrating down is not a thing: a newer engine's tables and meanings are unknown here.
            throw new InvalidOperationException(Text.Format(DataStorageText.MigratorNewer, current, engine));
        }
        connection.Execute(CreateVersionTable);
        var applied = connection.Query<long>("SELECT version FROM schema_version").ToHashSet();
        var done = new List<string>();
        // A migration that rebuilds a referenced table must run with foreign keys off (the pragma is ignored inside a
        // transaction); each one checks them itself before it commits (https://www.sqlite.org/lang_altertable.html).
        connection.Execute("PRAGMA foreign_keys = OFF");
        try
        {
            foreach (var (version, name) in Available.Where(m => !applied.Contains(m.Version)))
            {
                Apply(connection, clock, version, name);
                done.Add(name);
            }
        }
        finally
        {
            connection.Execute("PRAGMA foreign_keys = ON");
        }
        return done;
    }

    private static void Apply(SqliteConnection connection, IClock clock, int version, string name)
    {
        string sql;
        using (var reader = new StreamReader(BundledData.Open("migrations/" + name)))
        {
            sql = reader.ReadToEnd();
        }
        using var transaction = connection.BeginTransaction();
        connection.Execute(sql, transaction: transaction);
        var broken = connection.Query<(string Table, long? RowId, string Parent)>("PRAGMA foreign_key_check", transaction: transaction).FirstOrDefault();
        if (broken.Table is not null)
        {
            throw new InvalidOperationException(Text.Format(DataStorageText.MigrationForeignKey, name, broken.Table, broken.RowId, broken.Parent));
        }
        connection.Execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
            new { version, name, at = clock.GetCurrentInstant().ToString() }, transaction);
        transaction.Commit();
    }

    /// <summary>The highest applied version, or 0 for a database never migrated.</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        bool exists = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'") > 0;
        return exists ? (int)connection.ExecuteScalar<long>("SELECT coalesce(max(version), 0) FROM schema_version") : 0;
    }
}
