using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GhgInventory.Data.Ingestion;

/// <summary>Inserts activity records through SQLite's raw statement API, binding only the parameters that changed since the last row.</summary>
/// <remarks>
/// <para>SQLite keeps bindings across <c>sqlite3_reset</c>, and each bind is a native call that costs about as much as the row's
/// validation; region, category, unit and source repeat from row to row, so most rows bind five values instead of eleven.</para>
/// </remarks>
internal sealed class RecordInserter : IDisposable
{
    private const string Sql = """
        INSERT INTO activity_records (version_id, category_id, activity_id, facility, value, unit_id, base_value, source_id, note, uncertainty_pct, file_line,
                                      use_id, notation_key)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        """;

    /// <summary>The page cache while rows are appended, as PRAGMA cache_size takes it (negative: KiB).</summary>
    private const int BulkCacheKib = -512;

    private readonly SqliteConnection connection;
    private readonly long cacheSize;
    private readonly sqlite3_stmt statement;
    private readonly IntPtr handle;
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

    /// <summary>The notation keys a row may hold (IPCC 2006 Vol 1 Ch 8).</summary>
    private static readonly string[] NotationKeys = ["NO", "NE", "NA", "IE", "C"];

    /// <summary>Prepares the statement on <paramref name="connection"/>, which must be inside the import's transaction.</summary>
    public RecordInserter(SqliteConnection connection)
    {
        this.connection = connection;
        // Appending rows touches only the right edge of the table's b-tree: a small page cache serves it as well as
        // SQLite's default 2 MiB, and the difference counts against the import's peak memory (issue 11: 80 MiB).
        cacheSize = connection.ExecuteScalar<long>("PRAGMA cache_size");
        Ok(raw.sqlite3_exec(connection.Handle, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {BulkCacheKib}")));
        Ok(raw.sqlite3_prepare_v2(connection.Handle, Sql, out statement));
        handle = statement.DangerousGetHandle(); // the statement lives until Dispose, which finalises it after the last use
    }

    /// <summary>Inserts one record; category and activity as their table ids, text columns as UTF-8; a notation row has NaN value and base value, and unit id −1.</summary>
    public void Insert(long versionId, long categoryId, long activityId, ReadOnlySpan<byte> facilityUtf8,
        double value, long unitId, double baseValue, long sourceId, ReadOnlySpan<byte> noteUtf8, double? uncertaintyPct, int line,
        int useId, string? notationKey)
    {
        CheckRow(value, baseValue, notationKey);
        if (versionId != version)
        {
            Ok(NativeMethods.sqlite3_bind_int64(handle, 1, version = versionId));
        }
        if (categoryId != category)
        {
            Ok(NativeMethods.sqlite3_bind_int64(handle, 2, category = categoryId));
        }
        if (activityId != activity)
        {
            Ok(NativeMethods.sqlite3_bind_int64(handle, 3, activity = activityId));
        }
        BindOptionalText(4, facilityUtf8, ref facilityIsNull);
        Ok(notationKey is null ? NativeMethods.sqlite3_bind_double(handle, 5, value) : NativeMethods.sqlite3_bind_null(handle, 5));
        if (unitId != unit)
        {
            unit = unitId;
            Ok(unitId < 0 ? NativeMethods.sqlite3_bind_null(handle, 6) : NativeMethods.sqlite3_bind_int64(handle, 6, unitId));
        }
        Ok(notationKey is null ? NativeMethods.sqlite3_bind_double(handle, 7, baseValue) : NativeMethods.sqlite3_bind_null(handle, 7));
        if (useId != use)
        {
            Ok(NativeMethods.sqlite3_bind_int64(handle, 12, use = useId));
        }
        if (!ReferenceEquals(notationKey, notation))
        {
            notation = notationKey;
            Ok(notationKey is null ? NativeMethods.sqlite3_bind_null(handle, 13) : raw.sqlite3_bind_text(statement, 13, notationKey));
        }
        if (sourceId != source)
        {
            source = sourceId;
            Ok(sourceId < 0 ? NativeMethods.sqlite3_bind_null(handle, 8) : NativeMethods.sqlite3_bind_int64(handle, 8, sourceId));
        }
        BindOptionalText(9, noteUtf8, ref noteIsNull);
        if (!Nullable.Equals(uncertaintyPct, uncertainty))
        {
            uncertainty = uncertaintyPct;
            Ok(uncertaintyPct is { } u ? NativeMethods.sqlite3_bind_double(handle, 10, u) : NativeMethods.sqlite3_bind_null(handle, 10));
        }
        Ok(NativeMethods.sqlite3_bind_int64(handle, 11, line));
        Ok(NativeMethods.sqlite3_step(handle));
        Ok(NativeMethods.sqlite3_reset(handle));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        statement.Dispose();
        Ok(raw.sqlite3_exec(connection.Handle, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}")));
    }

    private static void Ok(int rc) => SqliteResult.Check(rc, DataIngestText.StoringRecords);

    /// <summary>The table's rule, kept here rather than by a CHECK (migrations/0002): a number (finite value and base value) or one notation key, never both or neither.</summary>
    private static void CheckRow(double value, double baseValue, string? notationKey)
    {
        bool valid = notationKey is null ? double.IsFinite(value) && double.IsFinite(baseValue) : Array.IndexOf(NotationKeys, notationKey) >= 0;
        if (!valid)
        {
            throw new ArgumentException($"An activity record needs a finite value and base value, or a notation key instead (got {value}, {baseValue}, '{notationKey}').",
                nameof(notationKey));
        }
    }

    private void BindOptionalText(int index, ReadOnlySpan<byte> utf8, ref bool isNull)
    {
        if (utf8.IsEmpty)
        {
            if (!isNull)
            {
                Ok(NativeMethods.sqlite3_bind_null(handle, index));
                isNull = true;
            }
            return;
        }
        Ok(NativeMethods.sqlite3_bind_text(handle, index, ref MemoryMarshal.GetReference(utf8), utf8.Length, NativeMethods.Transient));
        isNull = false;
    }
}
