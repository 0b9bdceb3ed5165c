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
            var own = new List<StoredRow>();
            resolver.ForEachOwn(versionId, withText: true, row => own.Add(row.Copy()));
            var ownByKey = own.ToLookup(r => r.Key).ToDictionary(g => g.Key, g => g.ToList());
            StoredRow? OwnMatch(StoredRow row) => ownByKey.TryGetValue(row.Key, out var same) ? same.Find(o => o.Facility == row.Facility) : null;

            // The version current before this file: the base of a merge, the version a --replace supersedes.
            var previous = resolver.Of(region, year).LastOrDefault(v => v.Version < version.Version);
            var merged = new List<StoredRow>(own);
            int replaced = 0, kept = 0, removed = 0;
            var examples = new List<string>();
            if (previous is not null)
            {
                resolver.ForEachEffective([previous.Id], withText: true, (_, row) =>
                {
                    if (OwnMatch(row) is { } newer)
                    {
                        replaced++;
                        if (examples.Count < ExampleCount)
                        {
                            examples.Add($"{names.Describe(row)}: {names.ValueText(row)} → {names.ValueText(newer)} (line {newer.FileLine})");
                        }
                    }
                    else if (batch.Options.Replace)
                    {
                        removed++;
                    }
                    else
                    {
                        kept++;
                        merged.Add(row.Copy());
                    }
                });
            }
            int added = own.Count - replaced;
            connection.Execute("UPDATE activity_versions SET rows_added = @added, rows_replaced = @replaced, rows_kept = @kept WHERE id = @versionId",
                new { added, replaced, kept, versionId }, transaction);
            changes.Add(new VersionChange(region, year, version.Version, added, replaced, kept, examples, removed, previous?.Version));

            issues.AddRange(OverlapFinder.Find(batch.FileName, versionId, merged, names));
            flags.AddRange(plausibility.Check(batch, version, own, merged));
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
