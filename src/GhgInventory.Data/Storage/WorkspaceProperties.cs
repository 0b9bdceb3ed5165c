using Dapper;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>Facts about the database file itself (table workspace_properties), such as which verb created it.</summary>
public static class WorkspaceProperties
{
    /// <summary>The key naming the verb that created the file; <c>ghg demo</c> rewrites only a file whose value is <see cref="DemoCreator"/>.</summary>
    public const string CreatedBy = "created_by";

    /// <summary>The value of <see cref="CreatedBy"/> on a database made by <c>ghg demo</c>.</summary>
    public const string DemoCreator = "ghg demo";

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>, replacing an earlier value.</summary>
    public static void Set(SqliteConnection connection, string key, string value) =>
        connection.Execute("INSERT INTO workspace_properties (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { key, value });

    /// <summary>The value of <paramref name="key"/>, or null when it is not set.</summary>
    public static string? Get(SqliteConnection connection, string key) =>
        connection.ExecuteScalar<string?>("SELECT value FROM workspace_properties WHERE key = @key", new { key });
}
