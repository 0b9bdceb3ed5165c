using System.Globalization;
using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Ingestion;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace GhgInventory.Data.Storage;

/// <summary>Control totals (tables control_batches, control_totals of schema 4), versioned by file content: a file imported again is
/// recognised, and for each region, year and activity the newest file that gives it holds.</summary>
public sealed class ControlStore(SqliteConnection connection)
{
    /// <summary>Stores <paramref name="content"/> as a new batch; returns its id and whether it is new (false: the same bytes were imported before).</summary>
    public (long Id, bool IsNew) Save(ControlFileContent content, Instant now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (connection.ExecuteScalar<long?>("SELECT id FROM control_batches WHERE content_sha256 = @Sha256", new { content.Sha256 }) is { } existing)
        {
            return (existing, false);
        }
        using var transaction = connection.BeginTransaction();
        long id = connection.ExecuteScalar<long>("""
            INSERT INTO control_batches (file_name, content_sha256, encoding, row_count, imported_at)
            VALUES (@FileName, @Sha256, @Encoding, @Count, @At) RETURNING id
            """, new { content.FileName, content.Sha256, content.Encoding, Count = content.Rows.Count, At = now.ToString() }, transaction);
        foreach (var (total, line, note) in content.Rows)
        {
            connection.Execute("""
                INSERT INTO control_totals (batch_id, region_code, year, activity, value, unit, base_value, source, note, file_line)
                VALUES (@id, @Region, @Year, @Activity, @Value, @Unit, @Base, @Source, @note, @Line)
                """, new
            {
                id, Region = total.Region.Value, total.Year, total.Activity, total.Value, total.Unit, Base = total.BaseValue, total.Source, note, Line = line,
            }, transaction);
        }
        transaction.Commit();
        return (id, true);
    }

    /// <summary>The control totals in force for <paramref name="region"/> in <paramref name="year"/>: per activity, the row of the newest batch that gives it.</summary>
    /// <param name="region">The region.</param>
    /// <param name="year">The year.</param>
    /// <param name="activities">The activity vocabulary (base units).</param>
    /// <param name="importedBy">Only batches imported before this instant (a run reprinted as it was compiled); null for all.</param>
    public IReadOnlyList<ControlTotal> Current(RegionCode region, int year, IReadOnlyDictionary<string, ActivityDefinition> activities, Instant? importedBy = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var rows = connection.Query<(long Batch, string ImportedAt, string Region, long Year, string Activity, double Value, string Unit, double Base, string? Source, string File, long Line)>("""
                SELECT t.batch_id, b.imported_at, t.region_code, t.year, t.activity, t.value, t.unit, t.base_value, t.source, b.file_name, t.file_line
                FROM control_totals t JOIN control_batches b ON b.id = t.batch_id
                WHERE t.region_code = @region AND t.year = @year
                """, new { region = region.Value, year })
            // Instants are compared parsed: their ISO text does not sort in time order when fractional seconds differ in length.
            .Where(r => importedBy is not { } cutoff || InstantPattern.ExtendedIso.Parse(r.ImportedAt).Value < cutoff);
        return rows.GroupBy(r => r.Activity, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Batch))
            .OrderBy(r => r.Activity, StringComparer.Ordinal)
            .Select(r => new ControlTotal(RegionCode.Parse(r.Region), (int)r.Year, r.Activity, r.Value, r.Unit, UnitToBase(r.Unit, r.Value, r.Base),
                activities.TryGetValue(r.Activity, out var a) ? Core.Units.Unit.BaseOf(a.Dimension).Symbol : "", r.Source,
                $"{r.File}:{r.Line.ToString(CultureInfo.InvariantCulture)}"))
            .ToList();
    }

    /// <summary>Base units per written unit: from the unit as stored (it was accepted at import), else from the stored pair.</summary>
    private static double UnitToBase(string unit, double value, double baseValue) =>
        TextFields.UnitOf(unit) is { } u ? u.ToBase : value > 0 ? baseValue / value : 1;

    /// <summary>The imported control files, newest first, with what they cover.</summary>
    public IReadOnlyList<ControlBatchInfo> List() =>
        connection.Query<ControlBatchInfo>("""
            SELECT b.id AS Id, b.file_name AS FileName, b.content_sha256 AS Sha256, b.imported_at AS ImportedAt, b.row_count AS Rows,
                   (SELECT group_concat(DISTINCT t.region_code || '/' || t.year) FROM control_totals t WHERE t.batch_id = b.id) AS Covers
            FROM control_batches b ORDER BY b.id DESC
            """).ToList();
}

/// <summary>One imported control file.</summary>
/// <param name="Id">Batch id.</param>
/// <param name="FileName">File name as given.</param>
/// <param name="Sha256">Content hash.</param>
/// <param name="ImportedAt">When (ISO-8601 UTC).</param>
/// <param name="Rows">Control totals in it.</param>
/// <param name="Covers">Region/year pairs it gives, comma-separated.</param>
public sealed record ControlBatchInfo(long Id, string FileName, string Sha256, string ImportedAt, long Rows, string? Covers);
