using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Support;

/// <summary>The whole content of a SQLite database as text: the schema, then every row of every table in a stable order.</summary>
/// <remarks>
/// Two dumps are equal when the databases hold the same schema and the same rows with the same ids, which is what
/// "a rejected import changes nothing" means; page layout and free space are not compared.
/// </remarks>
internal static class DatabaseDump
{
    public static string Content(SqliteConnection connection)
    {
        var text = new StringBuilder();
        var tables = new List<(string Name, string Sql)>();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name";
            using var reader = schema.ExecuteReader();
            while (reader.Read())
            {
                text.Append("schema|").AppendJoin('|', reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)).Append('\n');
                if (reader.GetString(0) == "table")
                {
                    tables.Add((reader.GetString(1), reader.GetString(3)));
                }
            }
        }
        foreach (var (name, sql) in tables)
        {
            bool withoutRowId = sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
            int columns = ColumnCount(connection, name);
            using var rows = connection.CreateCommand();
            // WITHOUT ROWID tables have no rowid; every column together orders them.
            rows.CommandText = withoutRowId
                ? $"SELECT * FROM \"{name}\" ORDER BY {string.Join(", ", Enumerable.Range(1, columns))}"
                : $"SELECT rowid, * FROM \"{name}\" ORDER BY rowid";
            using var reader = rows.ExecuteReader();
            text.Append("table|").Append(name).Append('\n');
            while (reader.Read())
            {
                text.Append("  ");
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(i == 0 ? "" : "|").Append(Value(reader.GetValue(i)));
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Rows in each table, for quick assertions.</summary>
    public static long Count(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    private static int ColumnCount(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}')";
        return (int)(long)command.ExecuteScalar()!;
    }

    private static string Value(object value) => value switch
    {
        DBNull => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        byte[] b => "x'" + Convert.ToHexString(b) + "'",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
