using Microsoft.Data.Sqlite;
using GhgInventory.Data.Storage;
using SQLitePCL;

namespace GhgInventory.Data.Ingestion;

/// <summary>Inserts activity records through SQLite's raw statement API, binding only the parameters that changed since the last row.</summary>
/// <remarks>
/// SQLite keeps bindings across <c>sqlite3_reset</c>, and each bind is a native call that costs about as much as the row's
/// validation; region, category, unit and source repeat from row to row, so most rows bind five values instead of eleven.
/// </remarks>
internal sealed class RecordInserter : IDisposable
{
    private const string Sql = """
        INSERT INTO activity_records (version_id, category_id, activity_id, facility, value, unit_id, base_value, source_id, note, uncertainty_pct, file_line,
                                      use_id, notation_key)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        """;

    private readonly sqlite3_stmt statement;
    private long version = -1;
    private long category = -1;
    private long activity = -1;
    private bool facilityIsNull;
    private long unit = -2; // −1 stands for NULL
    private long use = -1;
    private string? notation = "";
    private long source = -2; // −1 stands for NULL
    private bool noteIsNull;
    private double? uncertainty = double.NaN; // NaN: never bound

    /// <summary>Prepares the statement on <paramref name="connection"/>, which must be inside the import's transaction.</summary>
    public RecordInserter(SqliteConnection connection) =>
        Ok(raw.sqlite3_prepare_v2(connection.Handle, Sql, out statement));

    /// <summary>Inserts one record; category and activity as their table ids, text columns as UTF-8; a notation row has NaN value and base value, and unit id −1.</summary>
    public void Insert(long versionId, long categoryId, long activityId, ReadOnlySpan<byte> facilityUtf8,
        double value, long unitId, double baseValue, long sourceId, ReadOnlySpan<byte> noteUtf8, double? uncertaintyPct, int line,
        int useId, string? notationKey)
    {
        if (versionId != version)
        {
            Ok(raw.sqlite3_bind_int64(statement, 1, version = versionId));
        }
        if (categoryId != category)
        {
            Ok(raw.sqlite3_bind_int64(statement, 2, category = categoryId));
        }
        if (activityId != activity)
        {
            Ok(raw.sqlite3_bind_int64(statement, 3, activity = activityId));
        }
        BindOptionalText(4, facilityUtf8, ref facilityIsNull);
        Ok(notationKey is null ? raw.sqlite3_bind_double(statement, 5, value) : raw.sqlite3_bind_null(statement, 5));
        if (unitId != unit)
        {
            unit = unitId;
            Ok(unitId < 0 ? raw.sqlite3_bind_null(statement, 6) : raw.sqlite3_bind_int64(statement, 6, unitId));
        }
        Ok(notationKey is null ? raw.sqlite3_bind_double(statement, 7, baseValue) : raw.sqlite3_bind_null(statement, 7));
        if (useId != use)
        {
            Ok(raw.sqlite3_bind_int64(statement, 12, use = useId));
        }
        if (!ReferenceEquals(notationKey, notation))
        {
            notation = notationKey;
            Ok(notationKey is null ? raw.sqlite3_bind_null(statement, 13) : raw.sqlite3_bind_text(statement, 13, notationKey));
        }
        if (sourceId != source)
        {
            source = sourceId;
            Ok(sourceId < 0 ? raw.sqlite3_bind_null(statement, 8) : raw.sqlite3_bind_int64(statement, 8, sourceId));
        }
        BindOptionalText(9, noteUtf8, ref noteIsNull);
        if (!Nullable.Equals(uncertaintyPct, uncertainty))
        {
            uncertainty = uncertaintyPct;
            Ok(uncertaintyPct is { } u ? raw.sqlite3_bind_double(statement, 10, u) : raw.sqlite3_bind_null(statement, 10));
        }
        Ok(raw.sqlite3_bind_int64(statement, 11, line));
        Ok(raw.sqlite3_step(statement));
        Ok(raw.sqlite3_reset(statement));
    }

    /// <inheritdoc/>
    public void Dispose() => statement.Dispose();

    private static void Ok(int rc) => SqliteResult.Check(rc, "storing activity records");

    private void BindOptionalText(int index, ReadOnlySpan<byte> utf8, ref bool isNull)
    {
        if (utf8.IsEmpty)
        {
            if (!isNull)
            {
                Ok(raw.sqlite3_bind_null(statement, index));
                isNull = true;
            }
            return;
        }
        Ok(raw.sqlite3_bind_text(statement, index, utf8));
        isNull = false;
    }
}
