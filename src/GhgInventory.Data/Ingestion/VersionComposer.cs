using GhgInventory.Core.Reporting;
using System.Globalization;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
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
    /// Streams: the file's own rows were tallied as they were stored (<see cref="ComposeRequest.OwnRows"/>), so only the
    /// previous version's effective rows are read, keeping per-(activity, use, category) shapes and the totals of the keys the
    /// file touches. Rows are held in memory only where an overlap is possible (a category beside its ancestor, a blank
    /// facility beside facility rows), which a facility-level file without totals never has.
    /// </remarks>
    public Composition Compose(ComposeRequest batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var resolver = new VersionResolver(connection, transaction);
        var names = StoreNames.Load(connection, transaction);
        var plausibility = new ActivityPlausibility(connection, transaction, names);
        var states = batch.Versions.OrderBy(v => v.Region, StringComparer.Ordinal).ThenBy(v => v.Year)
            .Select(v => new State(resolver[v.VersionId], resolver.Of(v.Region, v.Year).LastOrDefault(p => p.Version < resolver[v.VersionId].Version), names,
                batch.OwnRows[v.VersionId]))
            .ToDictionary(s => s.Version.Id);
        var byPrevious = states.Values.Where(s => s.Previous is not null).ToDictionary(s => s.Previous!.Id);

        // One pass over the previous versions' effective rows: replaced, kept (merge) or removed (--replace).
        if (byPrevious.Count > 0)
        {
            resolver.ForEachEffective(byPrevious.Keys, withText: false, (previousId, row) =>
            {
                var state = byPrevious[previousId];
                if (state.Match(row, resolver) is { } newId)
                {
                    state.MatchedOwn.Add(newId);
                    if (row.BaseValue is > 0 and var old)
                    {
                        state.ReplacedValues.Add((newId, old, row.Id));
                    }
                    state.Replaced++;
                    if (state.ExamplePairs.Count < ExampleCount)
                    {
                        state.ExamplePairs.Add((row.Id, newId));
                    }
                }
                else if (batch.Options.Replace)
                {
                    state.Removed++;
                }
                else
                {
                    state.Kept++;
                    state.Group(row).Add(row, own: false);
                }
            });
        }

        var issues = new List<ValidationIssue>();
        if (!batch.Options.Replace)
        {
            issues.AddRange(FacilitiesInAnotherCase(batch.FileName, resolver, states.Values.Where(s => s.Previous is not null), names));
        }
        var changes = new List<VersionChange>();
        var flags = new List<QaFlag>();
        var adjacentTotals = AdjacentTotals(resolver, states.Values);
        var transformations = new TransformationRows(connection, transaction, names);
        foreach (var state in states.Values)
        {
            var version = state.Version;
            int added = state.OwnCount - state.Replaced;
            connection.Execute("UPDATE activity_versions SET rows_added = @added, rows_replaced = @Replaced, rows_kept = @Kept WHERE id = @Id",
                new { added, state.Replaced, state.Kept, version.Id }, transaction);
            var exampleRows = resolver.Rows(state.ExamplePairs.SelectMany(p => new[] { p.Old, p.New })).ToDictionary(r => r.Id);
            var examples = state.ExamplePairs.Select(p => (Old: exampleRows[p.Old], New: exampleRows[p.New]))
                .Select(p => Text.Format(DataIngestText.ExampleReplaced, names.Describe(p.Old), names.ValueText(p.Old), names.ValueText(p.New), p.New.FileLine)).ToList();
            changes.Add(new VersionChange(version.Region, version.Year, version.Version, added, state.Replaced, state.Kept, examples, state.Removed,
                state.Previous?.Version));

            issues.AddRange(transformations.Check(batch.FileName, version, state.Groups));
            if (state.Shapes().Risky() is { Count: > 0 } risky)
            {
                issues.AddRange(OverlapFinder.Find(batch.FileName, version.Id, RiskyRows(resolver, state, risky, batch.Options.Replace), names));
            }
            issues.AddRange(PlantOutputCheck.Find(batch.FileName, state.Groups, names));

            var firstRows = resolver.Rows(state.Totals.Values.Select(t => t.FirstOwnId).Concat(state.BoundFlagged.Select(b => b.Id))).ToDictionary(r => r.Id);
            flags.AddRange(plausibility.YearJumps(batch, version,
                state.Totals.ToDictionary(t => t.Key, t => (t.Value.Sum, firstRows[t.Value.FirstOwnId])), adjacentTotals));
            flags.AddRange(state.BoundFlagged.Select(b => plausibility.BoundFlag(batch, version, firstRows[b.Id], b.Factor)));
            flags.AddRange(CorrectionJumps(resolver, plausibility, batch, state));
        }

        if (batch.Options.Strict)
        {
            issues.AddRange(flags.Select(f => new ValidationIssue(batch.FileName, checked((int)f.FileLine), "value", f.Found,
                Text.Format(DataIngestText.ExpectedPlausibleStrict, f.Message))));
            flags.Clear();
        }
        else if (issues.Count == 0 && !batch.Options.CheckOnly)
        {
            StoreSourceSums(states.Values);
            string at = clock.GetCurrentInstant().ToString();
            for (int i = 0; i < flags.Count; i++)
            {
                var f = flags[i];
                long id = connection.ExecuteScalar<long>("""
                    INSERT INTO qa_flags (batch_id, record_id, region_code, year, kind, message, file_name, file_line, created_at)
                    VALUES (@BatchId, @RecordId, @Region, @Year, @Kind, @Message, @FileName, @FileLine, @at) RETURNING id
                    """, new { batch.BatchId, f.RecordId, f.Region, f.Year, f.Kind, Message = f.StoredMessage ?? f.Message, f.FileName, f.FileLine, at }, transaction);
                flags[i] = f with { Id = id };
            }
        }
        return new Composition(issues.OrderBy(i => i.Line).ToList(), changes, flags);
    }

    /// <summary>
    /// Stores the per-source sums of each new version whose rows are all its own (no base: a first import or --replace)
    /// and numeric, so compile reads these instead of the records (migrations/0005_version_source_sums.sql).
    /// </summary>
    /// <remarks>
    /// Own rows were tallied in the order they were stored, which is record-id order, so <see cref="GroupInfo.OwnSum"/> is
    /// the double compile gets by adding the same records one by one (RunStore.LoadSourceRows).
    /// </remarks>
    private void StoreSourceSums(IEnumerable<State> states)
    {
        var rows = states.Where(s => s.Version.BaseId is null && s.Version.BatchId is not null && s.Groups.Values.All(g => !g.HasNotationOwn))
            .SelectMany(s => s.Groups.Where(g => g.Value.OwnRows > 0).Select(g => new
            {
                VersionId = s.Version.Id, CategoryId = g.Key.Item1, ActivityId = g.Key.Item2, UseId = g.Key.Item3,
                Sum = g.Value.OwnSum, Count = g.Value.OwnRows, First = g.Value.FirstId, Last = g.Value.LastId,
            }))
            .ToList();
        connection.Execute(SourceSumsSql, rows, transaction);
    }

    private const string SourceSumsSql = """
        INSERT INTO version_source_sums (version_id, category_id, activity_id, use_id, sum_base, record_count, first_record_id, last_record_id)
        VALUES (@VersionId, @CategoryId, @ActivityId, @UseId, @Sum, @Count, @First, @Last)
        """;

    /// <summary>Flags for rows of the file that replace a stored value by more than 10× or less than 1/10 of it (a unit slip in a correction).</summary>
    /// <remarks>A row that replaces a flagged row is the fix of that flag, not a new slip, and is not flagged.</remarks>
    private List<QaFlag> CorrectionJumps(VersionResolver resolver, ActivityPlausibility plausibility, ComposeRequest batch, State state)
    {
        var flags = new List<QaFlag>();
        // Chunks keep the IN list under SQLite's limit on bound parameters.
        foreach (var chunk in state.ReplacedValues.Chunk(10_000))
        {
            var rows = resolver.Rows(chunk.Select(c => c.NewId)).ToDictionary(r => r.Id);
            var oldRows = resolver.Rows(chunk.Select(c => c.OldId)).ToDictionary(r => r.Id);
            var flaggedOld = connection.Query<long>("SELECT record_id FROM qa_flags WHERE record_id IN @ids", new { ids = chunk.Select(c => c.OldId) }, transaction)
                .ToHashSet();
            foreach (var (newId, old, oldId) in chunk.Where(c => !flaggedOld.Contains(c.OldId)))
            {
                if (rows[newId].BaseValue is { } now && plausibility.CorrectionJump(batch, state.Version, rows[newId], oldRows[oldId], now, old) is { } flag)
                {
                    flags.Add(flag);
                }
            }
        }
        return flags;
    }

    /// <summary>Facility rows of the file that match no stored key but a stored facility of the same category, activity and use that differs only in letter case or spaces.</summary>
    /// <remarks>"plant a" for a stored "Plant A", or "伊泰煤制油 公司" for a stored "伊泰煤制油公司", would add a second plant beside the one it was
    /// meant to correct, and the fuel would be counted twice. Only the file's added facility rows are looked at, and the stored rows' text
    /// is read only when there are any.</remarks>
    private static List<ValidationIssue> FacilitiesInAnotherCase(string fileName, VersionResolver resolver, IEnumerable<State> merged, StoreNames names)
    {
        var issues = new List<ValidationIssue>();
        foreach (var state in merged)
        {
            var addedIds = state.OwnKeys?.Where(k => k.Key.FacilityHash != 0).SelectMany(k => k.Value).Where(id => !state.MatchedOwn.Contains(id)).ToList() ?? [];
            if (addedIds.Count == 0)
            {
                continue;
            }
            var added = resolver.Rows(addedIds)
                .ToLookup(r => (r.Key.CategoryId, r.Key.ActivityId, r.Key.UseId, Folded: LookAlike(r.Facility!)));
            resolver.ForEachEffective([state.Previous!.Id], withText: true, (_, stored) =>
            {
                if (stored.Facility is { } facility)
                {
                    foreach (var own in added[(stored.Key.CategoryId, stored.Key.ActivityId, stored.Key.UseId, LookAlike(facility))])
                    {
                        issues.Add(new ValidationIssue(fileName, checked((int)own.FileLine), "facility", own.Facility!,
                            Text.Format(DataIngestText.ExpectedFacilityAsStored, TextFields.Shown(facility),
                                new SourceLocation(names.FileOf(stored.VersionId), checked((int)stored.FileLine), stored.FileSheet), names.Describe(stored))));
                    }
                }
            });
        }
        return issues;
    }

    /// <summary>A facility id with letter case and every space removed: ids equal under it name the same plant to a reader.</summary>
    private static string LookAlike(string facility) => string.Concat(facility.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Totals per (category, activity, use) of the current versions of the years before and after each new version, for the keys the file touches.</summary>
    private static Dictionary<(string Region, int Year), (int Version, Dictionary<(long, long, long), double> Totals)> AdjacentTotals(
        VersionResolver resolver, IEnumerable<State> states)
    {
        var wanted = new Dictionary<long, (string Region, int Year, HashSet<(long, long, long)> Keys)>();
        foreach (var state in states.Where(s => s.Totals.Count > 0))
        {
            foreach (int year in new[] { state.Version.Year - 1, state.Version.Year + 1 })
            {
                if (resolver.Current(state.Version.Region, year) is { } adjacent)
                {
                    if (!wanted.TryGetValue(adjacent.Id, out var w))
                    {
                        wanted[adjacent.Id] = w = (adjacent.Region, adjacent.Year, []);
                    }
                    w.Keys.UnionWith(state.Totals.Keys);
                }
            }
        }
        var result = wanted.ToDictionary(w => (w.Value.Region, w.Value.Year), w => (resolver[w.Key].Version, new Dictionary<(long, long, long), double>()));
        if (wanted.Count > 0)
        {
            resolver.ForEachEffective(wanted.Keys, withText: false, (adjacentId, row) =>
            {
                var (region, year, keys) = wanted[adjacentId];
                var key = SumKey(row);
                if (row.BaseValue is { } v && keys.Contains(key))
                {
                    var totals = result[(region, year)].Item2;
                    totals[key] = totals.GetValueOrDefault(key) + v;
                }
            });
        }
        return result;
    }

    /// <summary>The rows, with text, of the groups where an overlap is possible: the file's, and the stored ones it keeps.</summary>
    private static List<StoredRow> RiskyRows(VersionResolver resolver, State state, HashSet<(long, long, long)> risky, bool replace)
    {
        var rows = new List<StoredRow>();
        resolver.ForEachOwn([state.Version.Id], withText: true, row =>
        {
            if (risky.Contains(OverlapShapes.GroupOf(row)))
            {
                rows.Add(row.Copy());
            }
        });
        if (state.Previous is not null && !replace)
        {
            var ownKeys = rows.Select(r => (r.Key, r.Facility)).ToHashSet();
            resolver.ForEachEffective([state.Previous.Id], withText: true, (_, row) =>
            {
                if (risky.Contains(OverlapShapes.GroupOf(row)) && !ownKeys.Contains((row.Key, row.Facility)))
                {
                    rows.Add(row.Copy());
                }
            });
        }
        return rows;
    }

    /// <summary>What composing one new version gathers: the file's own rows as tallied when stored, and the previous version's as they stream by.</summary>
    private sealed class State(VersionInfo version, VersionInfo? previous, StoreNames names, OwnRows own)
    {
        public VersionInfo Version { get; } = version;

        public VersionInfo? Previous { get; } = previous;

        /// <summary>Per (category, activity, use) of the composed version: facility shape, numeric total, first row of the file.</summary>
        public Dictionary<(long, long, long), GroupInfo> Groups => own.Groups;

        /// <summary>Totals of the keys the file touches, with the record id and line of the key's first row in the file.</summary>
        public Dictionary<(long, long, long), (double Sum, long FirstOwnId, long FileLine)> Totals =>
            totals ??= Groups.Where(g => g.Value.FirstOwnLine != long.MaxValue && g.Value.HasNumericOwn)
                .ToDictionary(g => g.Key, g => (g.Value.Sum, g.Value.FirstOwnId, g.Value.FirstOwnLine));

        private Dictionary<(long, long, long), (double Sum, long FirstOwnId, long FileLine)>? totals;

        /// <summary>The group of a row, added when new.</summary>
        public ref GroupInfo Group(StoredRow row) => ref own.Group(row);

        /// <summary>The overlap shapes of the groups.</summary>
        public OverlapShapes Shapes()
        {
            var shapes = new OverlapShapes(names);
            foreach (var ((category, activity, _), g) in Groups)
            {
                shapes.Add(activity, category, g.Shape);
            }
            return shapes;
        }

        /// <summary>The file's keys with their record ids; kept only when there is a previous version to compare with.</summary>
        public Dictionary<RowKey, List<long>>? OwnKeys => own.Keys;

        public List<(long Id, double Factor)> BoundFlagged => own.BoundFlagged;

        public List<(long Old, long New)> ExamplePairs { get; } = [];

        /// <summary>The file's records that replaced a stored numeric row: new record id, old base value, old record id.</summary>
        public List<(long NewId, double Old, long OldId)> ReplacedValues { get; } = [];

        /// <summary>The file's records that replaced a stored key.</summary>
        public HashSet<long> MatchedOwn { get; } = [];

        public int OwnCount => own.Count;

        public int Replaced { get; set; }

        public int Kept { get; set; }

        public int Removed { get; set; }

        /// <summary>The file's record with the same key as <paramref name="row"/>, equal facility hashes confirmed on the text.</summary>
        public long? Match(StoredRow row, VersionResolver resolver)
        {
            if (OwnKeys is null || !OwnKeys.TryGetValue(row.Key, out var candidates))
            {
                return null;
            }
            if (row.Key.FacilityHash == 0)
            {
                return candidates[0];
            }
            string? facility = resolver.FacilityOf(row.Id);
            return candidates.Cast<long?>().FirstOrDefault(c => resolver.FacilityOf(c!.Value) == facility);
        }
    }

    private static (long, long, long) SumKey(StoredRow r) => OwnRows.SumKey(r);
}
