using System.Text;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GhgInventory.Data.Storage;

/// <summary>One stored version of a region-year.</summary>
/// <param name="Id">activity_versions.id.</param>
/// <param name="Region">Region code.</param>
/// <param name="Year">Year.</param>
/// <param name="Version">Version number within the region-year.</param>
/// <param name="BatchId">The batch whose file made it; null for a revert.</param>
/// <param name="BaseId">The version it applies its rows over; null for 'replace' and first versions.</param>
/// <param name="Change">import, replace or revert.</param>
internal sealed record VersionInfo(long Id, string Region, int Year, int Version, long? BatchId, long? BaseId, string Change);

/// <summary>Resolves the effective records of composed versions: a version's own rows applied by key over its base's, newest layer first.</summary>
/// <remarks>
/// A version with no base is one range scan of its batch, as before schema 2. A chain (corrections over a full year) loads
/// only its newer layers, which are small, and their key sets; the oldest layer is streamed and a row is dropped when a
/// newer layer holds its key. Keys compare category, activity and use as integers and the facility by a 64-bit FNV-1a
/// hash of its UTF-8 bytes (computed on every row read, no string made), confirmed on the text when the hashes are equal,
/// so a collision can never hide a row. Rows of several versions in one batch are read in one scan of that batch.
/// </remarks>
internal sealed class VersionResolver
{
    private const string RowSql = """
        SELECT id, version_id, category_id, activity_id, use_id, base_value, value, unit_id, notation_key, note, file_line, facility, file_sheet
        FROM activity_records WHERE id BETWEEN ?1 AND ?2 ORDER BY id
        """;

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction? transaction;
    private readonly Dictionary<long, VersionInfo> versions;
    private readonly Dictionary<long, (long First, long Last)> batchRanges = [];

    /// <summary>Reads the versions and batch ranges on <paramref name="connection"/> (inside <paramref name="transaction"/> when given).</summary>
    public VersionResolver(SqliteConnection connection, SqliteTransaction? transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        versions = connection.Query<(long Id, string Region, long Year, long Version, long? BatchId, long? BaseId, string Change)>(
                "SELECT id, region_code, year, version, batch_id, base_version_id, change FROM activity_versions", transaction: transaction)
            .ToDictionary(v => v.Id, v => new VersionInfo(v.Id, v.Region, (int)v.Year, (int)v.Version, v.BatchId, v.BaseId, v.Change));
        var batches = connection.Query<(long Id, long? First, long? Last)>("SELECT id, first_record_id, last_record_id FROM activity_batches",
            transaction: transaction).ToList();
        // A batch still being imported has no range yet: its rows are the ids above every committed batch's.
        long committedLast = batches.Max(b => b.Last) ?? 0;
        foreach (var (id, first, last) in batches)
        {
            batchRanges[id] = first is { } f && last is { } l ? (f, l) : (committedLast + 1, long.MaxValue);
        }
    }

    /// <summary>The version with id <paramref name="id"/>.</summary>
    public VersionInfo this[long id] => versions[id];

    /// <summary>All versions of one region-year, oldest first.</summary>
    public IReadOnlyList<VersionInfo> Of(string region, int year) =>
        versions.Values.Where(v => v.Region == region && v.Year == year).OrderBy(v => v.Version).ToList();

    /// <summary>An upper bound on the effective rows of the versions: the sizes of the batches their chains read.</summary>
    public long MaxRows(IEnumerable<long> versionIds) =>
        versionIds.SelectMany(Chain).Select(v => v.BatchId).OfType<long>().Distinct()
            .Sum(b => batchRanges[b].Last == long.MaxValue ? 0 : batchRanges[b].Last - batchRanges[b].First + 1);

    /// <summary>The current (highest) version of one region-year, or null when it has none.</summary>
    public VersionInfo? Current(string region, int year) => Of(region, year) is { Count: > 0 } all ? all[^1] : null;

    /// <summary>The version and its bases, newest first.</summary>
    public IReadOnlyList<VersionInfo> Chain(long versionId)
    {
        var chain = new List<VersionInfo>();
        for (long? id = versionId; id is { } next; id = versions[next].BaseId)
        {
            chain.Add(versions[next]);
        }
        return chain;
    }

    /// <summary>The rows the versions were imported with (none for a revert), one range scan per batch.</summary>
    public void ForEachOwn(IReadOnlyCollection<long> versionIds, bool withText, Action<StoredRow> visit)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(visit);
        var withRows = versionIds.Where(v => versions[v].BatchId is not null).ToHashSet();
        Scan(BatchesOf(withRows), withRows, withText, 0, long.MaxValue, row =>
        {
            visit(row);
            return true;
        });
    }

    /// <summary>The rows with the given ids, with their text (for messages).</summary>
    /// <remarks>Read in chunks, so any number of ids stays under SQLite's limit on bound parameters (32,766).</remarks>
    public IReadOnlyList<StoredRow> Rows(IEnumerable<long> ids)
    {
        var rows = new List<StoredRow>();
        foreach (var chunk in ids.Distinct().Chunk(10_000))
        {
            rows.AddRange(connection.Query<(long Id, long VersionId, long CategoryId, long ActivityId, long UseId, string? Facility, double? Value, double? BaseValue,
                    long? UnitId, string? Notation, string? Note, long FileLine, string? FileSheet)>("""
                SELECT id, version_id, category_id, activity_id, use_id, facility, value, base_value, unit_id, notation_key, note, file_line, file_sheet
                FROM activity_records WHERE id IN @chunk
                """, new { chunk }, transaction)
                .Select(r => new StoredRow
                {
                    Id = r.Id, VersionId = r.VersionId, Key = new RowKey(r.CategoryId, r.ActivityId, r.UseId, RowKey.HashOf(r.Facility)),
                    Facility = string.IsNullOrEmpty(r.Facility) ? null : r.Facility, Value = r.Value, BaseValue = r.BaseValue, UnitId = r.UnitId,
                    Notation = r.Notation, Note = r.Note, FileLine = r.FileLine, FileSheet = r.FileSheet,
                }));
        }
        return rows;
    }

    /// <summary>The facility of one record (null when blank), to confirm equal facility hashes on the text.</summary>
    public string? FacilityOf(long recordId) => ReadFacility(recordId);

    /// <summary>Visits every effective row of each version in <paramref name="versionIds"/> with the version it belongs to.</summary>
    /// <remarks>Streamed rows reuse one <see cref="StoredRow"/>: a visitor that keeps a row must <see cref="StoredRow.Copy"/> it.</remarks>
    public void ForEachEffective(IReadOnlyCollection<long> versionIds, bool withText, Action<long, StoredRow> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ForEachEffective(versionIds, withText, 0, long.MaxValue, (requested, row) =>
        {
            visit(requested, row);
            return true;
        });
    }

    /// <summary>
    /// Visits the effective rows of each version in <paramref name="versionIds"/> whose id lies in
    /// [<paramref name="fromId"/>, <paramref name="toId"/>], until <paramref name="visit"/> returns false.
    /// </summary>
    /// <remarks>
    /// The rows of newer layers (small, held in memory) come first, then the oldest layers in ascending id order, so a
    /// visitor that wants the lowest ids of a key can stop once it has enough of them. Rows outside the range are neither
    /// read nor visited; newer layers are still read whole, since they decide which older rows are hidden.
    /// </remarks>
    public void ForEachEffective(IReadOnlyCollection<long> versionIds, bool withText, long fromId, long toId, Func<long, StoredRow, bool> visit)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        ArgumentNullException.ThrowIfNull(visit);
        var layerOf = new Dictionary<long, (long Requested, int Layer)>();
        var oldest = new HashSet<long>();
        var newer = new HashSet<long>();
        foreach (long requested in versionIds)
        {
            var layers = Chain(requested).Where(v => v.BatchId is not null).ToList();
            for (int k = 0; k < layers.Count; k++)
            {
                layerOf[layers[k].Id] = (requested, k);
                (k == layers.Count - 1 ? oldest : newer).Add(layers[k].Id);
            }
        }

        // Newer layers: held in memory with their keys, then filtered among themselves (a newer layer hides an older one's key).
        var held = new Dictionary<long, List<(int Layer, StoredRow Row)>>();
        var keys = new Dictionary<long, Dictionary<RowKey, List<(int Layer, string? Facility)>>>();
        if (newer.Count > 0)
        {
            Scan(BatchesOf(newer), newer, withText: true, 0, long.MaxValue, row =>
            {
                var (requested, layer) = layerOf[row.VersionId];
                var copy = row.Copy();
                Add(held, requested, (layer, copy));
                var byKey = keys.TryGetValue(requested, out var k) ? k : keys[requested] = [];
                Add(byKey, copy.Key, (layer, copy.Facility));
                return true;
            });
            foreach (var (requested, rows) in held)
            {
                foreach (var (layer, row) in rows.Where(r => r.Row.Id >= fromId && r.Row.Id <= toId && !IsHidden(keys[requested], r.Row.Key, r.Row.Facility, r.Layer)))
                {
                    if (!visit(requested, row))
                    {
                        return;
                    }
                }
            }
        }

        // The oldest layer of each chain (the whole region-year for a version with no base): one range scan per batch.
        Scan(BatchesOf(oldest), oldest, withText, fromId, toId, row =>
        {
            var (requested, layer) = layerOf[row.VersionId];
            if (keys.TryGetValue(requested, out var byKey) && byKey.ContainsKey(row.Key)
                && IsHidden(byKey, row.Key, row.Facility ?? ReadFacility(row.Id), layer))
            {
                return true;
            }
            return visit(requested, row);
        });
    }

    private static bool IsHidden(Dictionary<RowKey, List<(int Layer, string? Facility)>> byKey, RowKey key, string? facility, int layer) =>
        byKey.TryGetValue(key, out var entries) && entries.Exists(e => e.Layer < layer && e.Facility == facility);

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        list.Add(value);
    }

    private IEnumerable<long> BatchesOf(IEnumerable<long> versionIds) =>
        versionIds.Select(v => versions[v].BatchId!.Value).Distinct().OrderBy(b => batchRanges[b].First);

    private string? ReadFacility(long recordId) =>
        connection.ExecuteScalar<string?>("SELECT facility FROM activity_records WHERE id = @recordId", new { recordId }, transaction);

    /// <summary>Reads the rows of <paramref name="batches"/> within [fromId, toId] in id order until <paramref name="visit"/> returns false.</summary>
    private void Scan(IEnumerable<long> batches, HashSet<long> versionFilter, bool withText, long fromId, long toId, Func<StoredRow, bool> visit)
    {
        var row = new StoredRow();
        Ok(raw.sqlite3_prepare_v2(connection.Handle, RowSql, out var stmt));
        using (stmt)
        {
            foreach (long batch in batches)
            {
                var (first, last) = batchRanges[batch];
                (first, last) = (Math.Max(first, fromId), Math.Min(last, toId));
                if (first > last)
                {
                    continue;
                }
                Ok(raw.sqlite3_bind_int64(stmt, 1, first));
                Ok(raw.sqlite3_bind_int64(stmt, 2, last));
                int rc = raw.SQLITE_DONE;
                bool more = true;
                while (more && (rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
                {
                    long versionId = raw.sqlite3_column_int64(stmt, 1);
                    if (!versionFilter.Contains(versionId))
                    {
                        continue;
                    }
                    Read(stmt, row, versionId, withText);
                    more = visit(row);
                }
                if (more && rc != raw.SQLITE_DONE)
                {
                    Ok(rc);
                }
                Ok(raw.sqlite3_reset(stmt));
                if (!more)
                {
                    return;
                }
            }
        }
    }

    private static void Read(sqlite3_stmt stmt, StoredRow row, long versionId, bool withText)
    {
        row.Id = raw.sqlite3_column_int64(stmt, 0);
        row.VersionId = versionId;
        bool isNotation = raw.sqlite3_column_type(stmt, 5) == raw.SQLITE_NULL;
        row.BaseValue = isNotation ? null : raw.sqlite3_column_double(stmt, 5);
        row.Notation = isNotation ? Text(stmt, 8) : null;
        row.Note = isNotation || withText ? Text(stmt, 9) : null;
        row.FileLine = raw.sqlite3_column_int64(stmt, 10);
        row.FileSheet = Text(stmt, 12);
        // The facility's hash is part of every key; its text is decoded only when asked for.
        var facility = raw.sqlite3_column_blob(stmt, 11);
        ulong facilityHash = RowKey.HashOf(facility);
        row.Facility = withText && !facility.IsEmpty ? Encoding.UTF8.GetString(facility) : null;
        row.Key = new RowKey(raw.sqlite3_column_int64(stmt, 2), raw.sqlite3_column_int64(stmt, 3), raw.sqlite3_column_int64(stmt, 4), facilityHash);
        if (withText)
        {
            row.Value = isNotation ? null : raw.sqlite3_column_double(stmt, 6);
            row.UnitId = raw.sqlite3_column_type(stmt, 7) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(stmt, 7);
        }
    }

    private static string? Text(sqlite3_stmt stmt, int column) =>
        raw.sqlite3_column_type(stmt, column) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(stmt, column));

    private static void Ok(int rc) => SqliteResult.Check(rc, DataStorageText.ReadingRecords);
}
