using System.Globalization;
using Dapper;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Ingestion;

/// <summary>
/// Runs inside an import's transaction, after the file's rows are stored as new versions: composes each new version over its
/// base (rows added, replaced, kept), refuses overlaps, and flags implausible rows.
/// </summary>
internal sealed class VersionComposer(SqliteConnection connection, SqliteTransaction transaction, IClock clock)
{
    /// <summary>How many replaced rows are shown as "old → new" per version.</summary>
    public const int ExampleCount = 3;

    /// <summary>Composes the versions <paramref name="batch"/> created; issues returned here reject the whole file.</summary>
    /// <remarks>
    /// Streams: one pass over the file's rows and one over the previous version's effective rows, keeping only the file's
    /// keys (when there is a previous version), per-(activity, use, category) shapes and the totals of the keys the file
    /// touches. Rows are held in memory only where an overlap is possible (a category beside its ancestor, a blank facility
    /// beside facility rows), which a facility-level file without totals never has.
    /// </remarks>
    public Composition Compose(ComposeRequest batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var resolver = new VersionResolver(connection, transaction);
        var names = StoreNames.Load(connection, transaction);
        var issues = new List<ValidationIssue>();
        var changes = new List<VersionChange>();
        var flags = new List<QaFlag>();
        var plausibility = new ActivityPlausibility(connection, transaction, resolver, names);
        foreach (var (versionId, region, year) in batch.Versions.OrderBy(v => v.Region, StringComparer.Ordinal).ThenBy(v => v.Year))
        {
            var version = resolver[versionId];
            // The version current before this file: the base of a merge, the version a --replace supersedes.
            var previous = resolver.Of(region, year).LastOrDefault(v => v.Version < version.Version);
            var shapes = new OverlapShapes(names);
            var totals = new Dictionary<(long, long, long), (double Sum, long FirstOwnId, long FileLine)>();
            var ownKeys = previous is null ? null : new Dictionary<RowKey, List<long>>();
            var boundFlagged = new List<(long Id, double Factor)>();
            int ownCount = 0;
            resolver.ForEachOwn(versionId, withText: false, row =>
            {
                ownCount++;
                shapes.Add(row, own: true);
                ownKeys?.TryAdd(row.Key, []);
                ownKeys?[row.Key].Add(row.Id);
                if (row.BaseValue is { } v)
                {
                    var key = SumKey(row);
                    var t = totals.GetValueOrDefault(key, (0, row.Id, row.FileLine));
                    totals[key] = (t.Sum + v, t.FileLine <= row.FileLine ? t.FirstOwnId : row.Id, Math.Min(t.FileLine, row.FileLine));
                    if (plausibility.ExceedsBound(region, row) is { } factor)
                    {
                        boundFlagged.Add((row.Id, factor));
                    }
                }
            });

            int replaced = 0, kept = 0, removed = 0;
            var examplePairs = new List<(long Old, long New)>();
            if (previous is not null)
            {
                resolver.ForEachEffective([previous.Id], withText: false, (_, row) =>
                {
                    long? newer = null;
                    if (ownKeys!.TryGetValue(row.Key, out var candidates))
                    {
                        // Equal 64-bit hashes: confirm on the facility text.
                        string? facility = row.Key.FacilityHash == 0 ? null : resolver.FacilityOf(row.Id);
                        newer = candidates.Count == 1 && row.Key.FacilityHash == 0 ? candidates[0]
                            : candidates.Cast<long?>().FirstOrDefault(c => resolver.FacilityOf(c!.Value) == facility);
                    }
                    if (newer is { } newId)
                    {
                        replaced++;
                        if (examplePairs.Count < ExampleCount)
                        {
                            examplePairs.Add((row.Id, newId));
                        }
                    }
                    else if (batch.Options.Replace)
                    {
                        removed++;
                    }
                    else
                    {
                        kept++;
                        shapes.Add(row, own: false);
                        if (row.BaseValue is { } v && totals.TryGetValue(SumKey(row), out var t))
                        {
                            totals[SumKey(row)] = (t.Sum + v, t.FirstOwnId, t.FileLine);
                        }
                    }
                });
            }
            int added = ownCount - replaced;
            connection.Execute("UPDATE activity_versions SET rows_added = @added, rows_replaced = @replaced, rows_kept = @kept WHERE id = @versionId",
                new { added, replaced, kept, versionId }, transaction);
            var exampleRows = resolver.Rows(examplePairs.SelectMany(p => new[] { p.Old, p.New })).ToDictionary(r => r.Id);
            var examples = examplePairs.Select(p => (Old: exampleRows[p.Old], New: exampleRows[p.New]))
                .Select(p => $"{names.Describe(p.Old)}: {names.ValueText(p.Old)} → {names.ValueText(p.New)} (line {p.New.FileLine})").ToList();
            changes.Add(new VersionChange(region, year, version.Version, added, replaced, kept, examples, removed, previous?.Version));

            if (shapes.Risky() is { Count: > 0 } risky)
            {
                // Only the rows of (activity, use, category) groups that can overlap are read again, with their text.
                var rows = new List<StoredRow>();
                var replacedIds = new HashSet<long>();
                resolver.ForEachOwn(versionId, withText: true, row =>
                {
                    if (risky.Contains(OverlapShapes.GroupOf(row)))
                    {
                        rows.Add(row.Copy());
                    }
                });
                if (previous is not null && !batch.Options.Replace)
                {
                    var ownRiskyKeys = rows.Select(r => (r.Key, r.Facility)).ToHashSet();
                    resolver.ForEachEffective([previous.Id], withText: true, (_, row) =>
                    {
                        if (risky.Contains(OverlapShapes.GroupOf(row)) && !ownRiskyKeys.Contains((row.Key, row.Facility)))
                        {
                            rows.Add(row.Copy());
                        }
                    });
                }
                issues.AddRange(OverlapFinder.Find(batch.FileName, versionId, rows, names));
            }

            var firstRows = resolver.Rows(totals.Values.Select(t => t.FirstOwnId).Concat(boundFlagged.Select(b => b.Id))).ToDictionary(r => r.Id);
            flags.AddRange(plausibility.YearJumps(batch, version, totals.ToDictionary(t => t.Key, t => (t.Value.Sum, firstRows[t.Value.FirstOwnId]))));
            flags.AddRange(boundFlagged.Select(b => plausibility.BoundFlag(batch, version, firstRows[b.Id], b.Factor)));
        }

        if (batch.Options.Strict)
        {
            issues.AddRange(flags.Select(f => new ValidationIssue(batch.FileName, checked((int)f.FileLine), "value", f.Found,
                $"a plausible value ({f.Message}); rejected because of --strict: fix the row, or import without --strict and accept the flag with 'ghg data accept-flag ID --reason …'")));
            flags.Clear();
        }
        else if (issues.Count == 0 && !batch.Options.CheckOnly)
        {
            string at = clock.GetCurrentInstant().ToString();
            for (int i = 0; i < flags.Count; i++)
            {
                var f = flags[i];
                long id = connection.ExecuteScalar<long>("""
                    INSERT INTO qa_flags (batch_id, record_id, region_code, year, kind, message, file_name, file_line, created_at)
                    VALUES (@BatchId, @RecordId, @Region, @Year, @Kind, @Message, @FileName, @FileLine, @at) RETURNING id
                    """, new { batch.BatchId, f.RecordId, f.Region, f.Year, f.Kind, f.Message, f.FileName, f.FileLine, at }, transaction);
                flags[i] = f with { Id = id };
            }
        }
        return new Composition(issues.OrderBy(i => i.Line).ToList(), changes, flags);
    }

    private static (long, long, long) SumKey(StoredRow r) => (r.Key.CategoryId, r.Key.ActivityId, r.Key.UseId);
}

/// <summary>Names of the ids stored on activity rows, for messages: categories, activities, uses, units, the files of versions.</summary>
internal sealed class StoreNames
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<long, string> units = [];
    private readonly Dictionary<long, string> fileOfVersion;

    private StoreNames(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        Categories = connection.Query<(long Id, string Code)>("SELECT id, code FROM categories", transaction: transaction).ToDictionary(c => c.Id, c => c.Code);
        CategoryIds = Categories.ToDictionary(c => c.Value, c => c.Key);
        Activities = connection.Query<(long Id, string Key)>("SELECT id, key FROM activities", transaction: transaction).ToDictionary(a => a.Id, a => a.Key);
        Uses = connection.Query<(long Id, string Key)>("SELECT id, key FROM fuel_uses", transaction: transaction).ToDictionary(u => u.Id, u => u.Key);
        fileOfVersion = connection.Query<(long Id, string File)>("SELECT v.id, b.file_name FROM activity_versions v JOIN activity_batches b ON b.id = v.batch_id",
            transaction: transaction).ToDictionary(v => v.Id, v => v.File);
    }

    /// <summary>Category codes by id.</summary>
    public IReadOnlyDictionary<long, string> Categories { get; }

    /// <summary>Category ids by code.</summary>
    public IReadOnlyDictionary<string, long> CategoryIds { get; }

    /// <summary>Activity keys by id.</summary>
    public IReadOnlyDictionary<long, string> Activities { get; }

    /// <summary>Use keys by id.</summary>
    public IReadOnlyDictionary<long, string> Uses { get; }

    /// <summary>Loads the names within <paramref name="transaction"/>.</summary>
    public static StoreNames Load(SqliteConnection connection, SqliteTransaction transaction) => new(connection, transaction);

    /// <summary>The file a version's rows came from.</summary>
    public string FileOf(long versionId) => fileOfVersion.GetValueOrDefault(versionId, "?");

    /// <summary>"1.A.2 raw_coal [facility F1] [use feedstock]".</summary>
    public string Describe(StoredRow row) =>
        $"{Categories[row.Key.CategoryId]} {Activities[row.Key.ActivityId]}"
        + (row.Facility is null ? "" : $" facility '{Quote(row.Facility)}'")
        + (row.Key.UseId == 0 ? "" : $" use {Uses.GetValueOrDefault(row.Key.UseId, "?")}");

    /// <summary>The value as written with its unit, or the notation key.</summary>
    public string ValueText(StoredRow row) =>
        row.Notation ?? $"{row.Value?.ToString("R", CultureInfo.InvariantCulture)} {Unit(row.UnitId)}".TrimEnd();

    private string Unit(long? id)
    {
        if (id is not { } unitId)
        {
            return "";
        }
        if (!units.TryGetValue(unitId, out var text))
        {
            units[unitId] = text = connection.ExecuteScalar<string>("SELECT text FROM text_values WHERE id = @unitId", new { unitId }, transaction) ?? "";
        }
        return text;
    }

    private static string Quote(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
