using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Storage;

/// <summary>Batches, versions and plausibility flags of the activity data: what <c>ghg data</c> lists, reverts and accepts.</summary>
public sealed class VersionStore(SqliteConnection connection, IClock clock)
{
    /// <summary>Every imported batch, oldest first.</summary>
    public IReadOnlyList<BatchSummary> Batches() =>
        connection.Query<BatchSummary>("""
            SELECT b.id AS Id, b.file_name AS FileName, b.imported_at AS ImportedAt, b.encoding AS Encoding, b.row_count AS Rows,
                   CASE WHEN EXISTS (SELECT 1 FROM activity_versions v WHERE v.batch_id = b.id AND v.change = 'replace' AND v.created_at IS NOT NULL)
                        THEN 'replace' ELSE b.mode END AS Mode
            FROM activity_batches b ORDER BY b.id
            """).ToList();

    /// <summary>The versions of every region-year (optionally one region and/or one year), by region, year and version.</summary>
    public IReadOnlyList<VersionSummary> Versions(string? region, int? year) =>
        connection.Query<VersionSummary>("""
            SELECT v.region_code AS Region, v.year AS Year, v.version AS Version, v.change AS Change, b.file_name AS FileName,
                   coalesce(v.created_at, b.imported_at) AS CreatedAt, v.rows_added AS Added, v.rows_replaced AS Replaced, v.rows_kept AS Kept,
                   base.version AS BaseVersion, v.batch_id AS BatchId,
                   v.version = (SELECT max(w.version) FROM activity_versions w WHERE w.region_code = v.region_code AND w.year = v.year) AS IsCurrent
            FROM activity_versions v
            LEFT JOIN activity_batches b ON b.id = v.batch_id
            LEFT JOIN activity_versions base ON base.id = v.base_version_id
            WHERE (@region IS NULL OR v.region_code = @region) AND (@year IS NULL OR v.year = @year)
            ORDER BY v.region_code, v.year, v.version
            """, new { region, year }).ToList();

    /// <summary>Makes version <paramref name="to"/> of a region-year current again as a new version (change 'revert', base = it); returns the new version's number.</summary>
    /// <exception cref="ArgumentException">The region-year has no such version, or it (or a version with its rows) is already current.</exception>
    public int Revert(string region, int year, int to)
    {
        using var transaction = connection.BeginTransaction();
        var resolver = new VersionResolver(connection, transaction);
        var versions = resolver.Of(region, year);
        if (versions.Count == 0)
        {
            throw new ArgumentException(Text.Format(DataStorageText.RevertNoData, region, year));
        }
        var target = versions.FirstOrDefault(v => v.Version == to)
            ?? throw new ArgumentException(Text.Format(DataStorageText.RevertNoVersion, region, year, to, versions[^1].Version));
        if (target.Version == versions[^1].Version)
        {
            throw new ArgumentException(Text.Format(DataStorageText.RevertAlreadyCurrent, to, region, year));
        }
        // A version whose effective rows are V's already (a revert to V, or a revert to a revert to V) makes V current:
        // another revert would add a version that changes nothing.
        var current = versions[^1];
        var targetRows = new HashSet<long>();
        var currentRows = new HashSet<long>();
        // One version a call: two chains that share a layer are resolved apart.
        resolver.ForEachEffective([target.Id], withText: false, (_, row) => targetRows.Add(row.Id));
        resolver.ForEachEffective([current.Id], withText: false, (_, row) => currentRows.Add(row.Id));
        if (currentRows.SetEquals(targetRows))
        {
            throw new ArgumentException(Text.Format(DataStorageText.RevertSameRows, to, region, year, current.Version));
        }
        int kept = targetRows.Count;
        int version = versions[^1].Version + 1;
        connection.Execute("""
            INSERT INTO activity_versions (region_code, year, version, batch_id, base_version_id, change, created_at, rows_added, rows_replaced, rows_kept)
            VALUES (@region, @year, @version, NULL, @baseId, 'revert', @at, 0, 0, @kept)
            """, new { region, year, version, baseId = target.Id, at = clock.GetCurrentInstant().ToString(), kept }, transaction);
        transaction.Commit();
        return version;
    }

    /// <summary>Flags not yet accepted on records that the given versions really use (a corrected row's flag no longer shows).</summary>
    public IReadOnlyList<QaFlag> OpenFlags(IReadOnlyCollection<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        var resolver = new VersionResolver(connection, null);
        var chains = versionIds.ToDictionary(v => v, v => resolver.Chain(v).Where(c => c.BatchId is not null).Select(c => c.Id).ToList());
        var regionYears = versionIds.Select(v => (resolver[v].Region, resolver[v].Year)).ToHashSet();
        var flags = connection.Query<(long Id, long RecordId, string Region, long Year, string Kind, string Message, string FileName, long FileLine, long VersionId, string? Sheet)>("""
            SELECT f.id, f.record_id, f.region_code, f.year, f.kind, f.message, f.file_name, f.file_line, r.version_id, f.file_sheet
            FROM qa_flags f JOIN activity_records r ON r.id = f.record_id
            WHERE NOT EXISTS (SELECT 1 FROM qa_flag_acceptances a WHERE a.flag_id = f.id)
            ORDER BY f.id
            """).Where(f => regionYears.Contains((f.Region, (int)f.Year))).ToList();
        var open = new List<QaFlag>();
        var names = RowNames.Load(connection, null);
        foreach (var f in flags)
        {
            var chain = chains.FirstOrDefault(c => resolver[c.Key].Region == f.Region && resolver[c.Key].Year == f.Year).Value;
            int layer = chain?.IndexOf(f.VersionId) ?? -1;
            if (layer >= 0 && !HiddenByNewer(f.RecordId, chain!.Take(layer)))
            {
                open.Add(new QaFlag(f.Id, f.RecordId, f.Region, (int)f.Year, f.Kind, StoredText.Render(f.Message, names), f.FileName, f.FileLine, "") { Sheet = f.Sheet });
            }
        }
        return open;
    }

    /// <summary>Every version of every region in <paramref name="year"/>: id, region, version number, change (import, replace, revert), base.</summary>
    public IReadOnlyList<(long Id, string Region, long Version, string Change, long? BaseId)> VersionsOfYear(int year) =>
        connection.Query<(long Id, string Region, long Version, string Change, long? BaseId)>(
            "SELECT id, region_code, version, change, base_version_id FROM activity_versions WHERE year = @year", new { year }).ToList();

    /// <summary>The ids of the flags not accepted whose row is still in the current version of its region-year.</summary>
    public HashSet<long> OpenInCurrent(IEnumerable<(string Region, int Year)> regionYears)
    {
        var resolver = new VersionResolver(connection, null);
        var current = regionYears.Distinct().Select(ry => resolver.Current(ry.Region, ry.Year)?.Id).OfType<long>().ToList();
        return OpenFlags(current).Select(f => f.Id).ToHashSet();
    }

    /// <summary>Every flag with its acceptance, if any, oldest first (optionally of one region and/or year).</summary>
    public IReadOnlyList<(QaFlag Flag, string? Reason)> AllFlags(string? region, int? year)
    {
        var names = RowNames.Load(connection, null);
        return connection.Query<(long Id, long RecordId, string Region, long Year, string Kind, string Message, string FileName, long FileLine, string? Reason, string? Sheet)>("""
            SELECT f.id, f.record_id, f.region_code, f.year, f.kind, f.message, f.file_name, f.file_line, a.reason, f.file_sheet
            FROM qa_flags f LEFT JOIN qa_flag_acceptances a ON a.flag_id = f.id
            WHERE (@region IS NULL OR f.region_code = @region) AND (@year IS NULL OR f.year = @year)
            ORDER BY f.id
            """, new { region, year })
            .Select(f => (new QaFlag(f.Id, f.RecordId, f.Region, (int)f.Year, f.Kind, StoredText.Render(f.Message, names), f.FileName, f.FileLine, "") { Sheet = f.Sheet }, f.Reason)).ToList();
    }

    /// <summary>Records that a person accepted flag <paramref name="flagId"/> for <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentException">No such flag, it is already accepted, or the reason is blank.</exception>
    public void AcceptFlag(long flagId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(Text.Format(DataStorageText.AcceptNoReason, flagId));
        }
        if (connection.ExecuteScalar<long?>("SELECT id FROM qa_flags WHERE id = @flagId", new { flagId }) is null)
        {
            throw new ArgumentException(Text.Format(DataStorageText.AcceptNoFlag, flagId));
        }
        if (connection.ExecuteScalar<string?>("SELECT reason FROM qa_flag_acceptances WHERE flag_id = @flagId", new { flagId }) is { } earlier)
        {
            throw new ArgumentException(Text.Format(DataStorageText.AcceptAlready, flagId, earlier));
        }
        connection.Execute("INSERT INTO qa_flag_acceptances (flag_id, reason, accepted_at) VALUES (@flagId, @reason, @at)",
            new { flagId, reason = reason.Trim(), at = clock.GetCurrentInstant().ToString() });
    }

    private bool HiddenByNewer(long recordId, IEnumerable<long> newerVersionIds) =>
        // Each newer layer is read through its batch's id range (the bulk table has no index on version_id).
        newerVersionIds.Any(versionId => connection.ExecuteScalar<bool>("""
            SELECT EXISTS (SELECT 1 FROM activity_versions v JOIN activity_batches b ON b.id = v.batch_id
                           JOIN activity_records r ON r.id = @recordId
                           JOIN activity_records o ON o.id BETWEEN b.first_record_id AND b.last_record_id
                           WHERE v.id = @versionId AND o.version_id = v.id AND o.category_id = r.category_id AND o.activity_id = r.activity_id
                             AND o.use_id = r.use_id AND o.facility IS r.facility)
            """, new { recordId, versionId }));
}

/// <summary>One imported batch as <c>ghg data</c> lists it.</summary>
public sealed record BatchSummary
{
    /// <summary>Batch id.</summary>
    public long Id { get; init; }

    /// <summary>File name.</summary>
    public string FileName { get; init; } = "";

    /// <summary>Import time (ISO-8601 UTC).</summary>
    public string ImportedAt { get; init; } = "";

    /// <summary>Detected encoding.</summary>
    public string Encoding { get; init; } = "";

    /// <summary>Data rows.</summary>
    public long Rows { get; init; }

    /// <summary>merge or replace.</summary>
    public string Mode { get; init; } = "";
}

/// <summary>One version of a region-year as <c>ghg data</c> lists it.</summary>
public sealed record VersionSummary
{
    /// <summary>Region code.</summary>
    public string Region { get; init; } = "";

    /// <summary>Year.</summary>
    public long Year { get; init; }

    /// <summary>Version number.</summary>
    public long Version { get; init; }

    /// <summary>import, replace or revert.</summary>
    public string Change { get; init; } = "";

    /// <summary>File of its rows; null for a revert.</summary>
    public string? FileName { get; init; }

    /// <summary>When it was made (ISO-8601 UTC); the batch's import time for versions made before schema 2.</summary>
    public string? CreatedAt { get; init; }

    /// <summary>Keys new in it; null for versions made before schema 2.</summary>
    public long? Added { get; init; }

    /// <summary>Keys it replaced.</summary>
    public long? Replaced { get; init; }

    /// <summary>Keys carried over unchanged.</summary>
    public long? Kept { get; init; }

    /// <summary>Number of its base version, if any.</summary>
    public long? BaseVersion { get; init; }

    /// <summary>Its batch; null for a revert.</summary>
    public long? BatchId { get; init; }

    /// <summary>True for the current version of its region-year.</summary>
    public bool IsCurrent { get; init; }
}
