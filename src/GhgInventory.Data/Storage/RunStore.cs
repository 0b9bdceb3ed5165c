using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GhgInventory.Data.Storage;

/// <summary>Reads the activity data a run uses and stores and reads inventory runs.</summary>
public sealed class RunStore(SqliteConnection connection)
{
    /// <summary>The newest version of every (region, year) in the years, within <paramref name="within"/> (all regions when null).</summary>
    public IReadOnlyList<long> CurrentVersionIds(int yearFrom, int yearTo, RegionTree regions, RegionCode? within)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var rows = connection.Query<(long Id, string Region, long Year, long Version)>("""
            SELECT v.id, v.region_code, v.year, v.version FROM activity_versions v
            WHERE v.year BETWEEN @yearFrom AND @yearTo
              AND v.version = (SELECT max(version) FROM activity_versions w WHERE w.region_code = v.region_code AND w.year = v.year)
            ORDER BY v.id
            """, new { yearFrom, yearTo });
        return rows.Where(r => within is null || regions.IsWithin(RegionCode.Parse(r.Region), within.Value)).Select(r => r.Id).ToList();
    }

    /// <summary>The data versions run <paramref name="runId"/> used.</summary>
    public IReadOnlyList<long> VersionIdsOf(long runId) =>
        connection.Query<long>("SELECT version_id FROM run_activity_versions WHERE run_id = @runId", new { runId }).ToList();

    /// <summary>The (region, year) pairs run <paramref name="runId"/> has inventory data for: what it covers, not the range asked for.</summary>
    /// <remarks>A version that holds only socio-economic indicators (category 0: GDP, population …) is no inventory data: the run
    /// keeps it as a source for intensities, but the region-year is not covered by it (issue 14), so a banner with only its GDP
    /// is still missing and a year with only indicators is never printed as an inventory of 0.</remarks>
    public IReadOnlyList<(RegionCode Region, int Year)> RegionYearsOf(long runId) =>
        connection.Query<(string Region, long Year)>($"""
            SELECT v.region_code, v.year FROM run_activity_versions rv JOIN activity_versions v ON v.id = rv.version_id
            WHERE rv.run_id = @runId
              AND EXISTS (SELECT 1 FROM emission_sources s WHERE s.run_id = rv.run_id AND s.version_id = v.id AND s.category <> '{IndicatorKeys.Category}')
            ORDER BY v.year, v.region_code
            """, new { runId })
            .Select(r => (RegionCode.Parse(r.Region), (int)r.Year)).ToList();

    /// <summary>The years the given data versions are of, ascending and distinct.</summary>
    public IReadOnlyList<int> YearsOf(IReadOnlyList<long> versionIds) =>
        connection.Query<long>("SELECT DISTINCT year FROM activity_versions WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY year",
            new { ids = JsonIds(versionIds) })
            .Select(y => (int)y).ToList();

    /// <summary>The years run <paramref name="runId"/> has data for within <paramref name="region"/>, ascending.</summary>
    public IReadOnlyList<int> YearsCovered(long runId, RegionCode region, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return RegionYearsOf(runId).Where(ry => regions.Contains(ry.Region) && regions.IsWithin(ry.Region, region))
            .Select(ry => ry.Year).Distinct().Order().ToList();
    }

    /// <summary>The factor sets run <paramref name="runId"/> used.</summary>
    public IReadOnlyList<long> FactorSetIdsOf(long runId) =>
        connection.Query<long>("SELECT factor_set_id FROM run_factor_sets WHERE run_id = @runId", new { runId }).ToList();

    /// <summary>The years that have activity data, ascending.</summary>
    public IReadOnlyList<int> YearsWithData() =>
        connection.Query<long>("SELECT DISTINCT year FROM activity_versions ORDER BY year").Select(y => (int)y).ToList();

    /// <summary>The effective records of the given versions (each composed over its bases), in id order, with quantities in base units.</summary>
    /// <remarks>
    /// Read through the raw statement API: a version with no base is one range scan of its batch; a chain of corrections
    /// reads its small newer layers first and drops the older rows whose key they hold (<see cref="VersionResolver"/>).
    /// </remarks>
    public IReadOnlyList<ActivityRecord> LoadRecords(IReadOnlyList<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        var resolver = new VersionResolver(connection, null);
        var regionYear = versionIds.Distinct().ToDictionary(v => v, v => (Region: RegionCode.Parse(resolver[v].Region), resolver[v].Year));
        var (categories, activities) = CategoriesAndActivitiesById();
        var records = new List<ActivityRecord>(checked((int)Math.Min(resolver.MaxRows(regionYear.Keys), Array.MaxLength)));
        resolver.ForEachEffective(regionYear.Keys, withText: false, (requested, row) =>
        {
            var (region, year) = regionYear[requested];
            records.Add(new ActivityRecord(row.Id, region, year, categories[row.Key.CategoryId], activities[row.Key.ActivityId], row.BaseValue ?? 0,
                (FuelUse)row.Key.UseId, row.Notation is null ? null : Enum.Parse<NotationKey>(row.Notation), row.Note));
        });
        records.Sort((a, b) => a.Id.CompareTo(b.Id));
        return records;
    }

    /// <summary>The effective rows of the given versions summed per source (region, year, category, activity, use), each in id order.</summary>
    /// <remarks>
    /// What <see cref="LoadRecords"/> followed by grouping gives, without a record object per row: a version with no base is
    /// one range scan of its batch in id order, so its rows are added to their source as they are read. A chain of
    /// corrections visits its newer layers first; its rows are held (id, key, amount) and added once sorted by id, so every
    /// sum is the same double as when the records are grouped one by one (InventoryCompiler.Compile of records).
    /// </remarks>
    public IReadOnlyCollection<SourceRows> LoadSourceRows(IReadOnlyList<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        var resolver = new VersionResolver(connection, null);
        var requested = versionIds.Distinct().ToList();
        var regionYear = requested.ToDictionary(v => v, v => (Region: RegionCode.Parse(resolver[v].Region), resolver[v].Year));
        var chained = requested.Where(v => resolver.Chain(v).Count(c => c.BatchId is not null) > 1).ToHashSet();
        var (categories, activities) = CategoriesAndActivitiesById();
        var sources = new Dictionary<(long Version, long Category, long Activity, long Use), SourceRows>();
        var held = new List<(long Version, long Id, RowKey Key, double Base, NotationKey? Notation, string? Note)>();

        void Add(long version, long id, RowKey key, double baseValue, NotationKey? notation, string? note)
        {
            ref var rows = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sources, (version, key.CategoryId, key.ActivityId, key.UseId), out _);
            if (rows is null)
            {
                var (region, year) = regionYear[version];
                rows = new SourceRows(region, year, categories[key.CategoryId], activities[key.ActivityId], (FuelUse)key.UseId);
            }
            rows.Add(id, baseValue, notation, note);
        }

        // Versions with no base: their sums stored when they were composed (migrations/0005), else their batch's rows in
        // id order, read column by column on the statement pointer.
        var whole = requested.Where(v => !chained.Contains(v)).ToList();
        var layerOf = whole.Where(v => resolver.Chain(v).Any(c => c.BatchId is not null))
            .ToDictionary(v => resolver.Chain(v).First(c => c.BatchId is not null).Id, v => v);
        var stored = connection.Query<(long VersionId, long CategoryId, long ActivityId, long UseId, double Sum, long Count, long First, long Last)>("""
            SELECT version_id, category_id, activity_id, use_id, sum_base, record_count, first_record_id, last_record_id FROM version_source_sums
            WHERE version_id IN (SELECT value FROM json_each(@layers))
            """, new { layers = JsonIds(layerOf.Keys) }).ToList();
        foreach (var s in stored)
        {
            long version = layerOf[s.VersionId];
            var (region, year) = regionYear[version];
            var (category, activity) = (categories[s.CategoryId], activities[s.ActivityId]);
            var ids = new RecordIdRange(checked((int)s.Count), s.First, s.Last, () => EffectiveRecordIds(version, category.Value, activity, (FuelUse)s.UseId));
            sources[(version, s.CategoryId, s.ActivityId, s.UseId)] = SourceRows.FromStoredSum(region, year, category, activity, (FuelUse)s.UseId, s.Sum, ids);
        }
        foreach (long layer in stored.Select(s => s.VersionId).Distinct())
        {
            layerOf.Remove(layer);
        }
        if (layerOf.Count > 0)
        {
            ScanWhole(layerOf, resolver, (layer, key) =>
            {
                var (region, year) = regionYear[layerOf[layer]];
                return sources[(layerOf[layer], key.CategoryId, key.ActivityId, key.UseId)] =
                    new SourceRows(region, year, categories[key.CategoryId], activities[key.ActivityId], (FuelUse)key.UseId);
            });
        }

        if (chained.Count > 0)
        {
            resolver.ForEachEffective(chained, withText: false, (version, row) =>
                held.Add((version, row.Id, row.Key, row.BaseValue ?? 0, row.Notation is null ? null : Enum.Parse<NotationKey>(row.Notation), row.Note)));
        }
        held.Sort((a, b) => a.Id.CompareTo(b.Id));
        foreach (var (version, id, key, baseValue, notation, note) in held)
        {
            Add(version, id, key, baseValue, notation, note);
        }
        return sources.Values;
    }

    /// <summary>
    /// Reads the rows of the batches of <paramref name="layerOf"/>'s versions (keys: the version whose batch holds the rows)
    /// in id order and adds each to its source, which <paramref name="open"/> makes the first time a (layer version, key)
    /// is met; the note and notation key are read only for a notation row.
    /// </summary>
    /// <remarks>
    /// The loop of a million rows: no delegate per row, one dictionary lookup keyed by a packed long where the ids fit
    /// (version below 2^31, category below 2^15, activity below 2^14, use below 8: FuelUse runs to Output = 4), else by the tuple.
    /// </remarks>
    private void ScanWhole(Dictionary<long, long> layerOf, VersionResolver resolver, Func<long, RowKey, SourceRows> open)
    {
        var packed = new Dictionary<long, SourceRows>();
        var wide = new Dictionary<(long, long, long, long), SourceRows>();
        SourceRows Find(long version, long category, long activity, long use)
        {
            bool fits = (ulong)version < (1UL << 31) && (ulong)category < (1UL << 15) && (ulong)activity < (1UL << 14) && (ulong)use < 8;
            long k = (version << 32) | (category << 17) | (activity << 3) | use;
            if (fits ? packed.TryGetValue(k, out var rows) : wide.TryGetValue((version, category, activity, use), out rows))
            {
                return rows;
            }
            rows = open(version, new RowKey(category, activity, use, 0));
            if (fits)
            {
                packed[k] = rows;
            }
            else
            {
                wide[(version, category, activity, use)] = rows;
            }
            return rows;
        }

        var batches = layerOf.Keys.Select(v => resolver[v].BatchId!.Value).Distinct().ToList();
        var ranges = connection.Query<(long Id, long? First, long? Last)>("SELECT id, first_record_id, last_record_id FROM activity_batches WHERE id IN (SELECT value FROM json_each(@batches))",
            new { batches = JsonIds(batches) }).Where(b => b.First is not null).OrderBy(b => b.First).ToList();
        const string Sql = "SELECT id, version_id, category_id, activity_id, use_id, base_value, notation_key, note FROM activity_records WHERE id BETWEEN ?1 AND ?2";
        Ok(raw.sqlite3_prepare_v2(connection.Handle, Sql, out var statement));
        using (statement)
        {
            IntPtr stmt = statement.DangerousGetHandle(); // finalised by the using, after the last call below
            long lastVersion = -1;
            foreach (var (_, first, last) in ranges)
            {
                Ok(raw.sqlite3_bind_int64(statement, 1, first!.Value));
                Ok(raw.sqlite3_bind_int64(statement, 2, last!.Value));
                int rc;
                while ((rc = Ingestion.NativeMethods.sqlite3_step(stmt)) == raw.SQLITE_ROW)
                {
                    long version = Ingestion.NativeMethods.sqlite3_column_int64(stmt, 1);
                    if (version != lastVersion)
                    {
                        if (!layerOf.ContainsKey(version))
                        {
                            continue; // a row of another region-year in the same file
                        }
                        lastVersion = version;
                    }
                    var rows = Find(version, Ingestion.NativeMethods.sqlite3_column_int64(stmt, 2), Ingestion.NativeMethods.sqlite3_column_int64(stmt, 3),
                        Ingestion.NativeMethods.sqlite3_column_int64(stmt, 4));
                    long id = Ingestion.NativeMethods.sqlite3_column_int64(stmt, 0);
                    if (Ingestion.NativeMethods.sqlite3_column_type(stmt, 5) != raw.SQLITE_NULL)
                    {
                        rows.Add(id, Ingestion.NativeMethods.sqlite3_column_double(stmt, 5), null, null);
                    }
                    else
                    {
                        // A notation row (rare): a key instead of a number, with its reason.
                        rows.Add(id, 0, Enum.Parse<NotationKey>(ColumnText(statement, 6)!), ColumnText(statement, 7));
                    }
                }
                if (rc != raw.SQLITE_DONE)
                {
                    Ok(rc);
                }
                Ok(raw.sqlite3_reset(statement));
            }
        }
    }

    private static string? ColumnText(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

    /// <summary>Category codes and activity keys by their database ids, for turning stored rows into records.</summary>
    private (Dictionary<long, CategoryCode> Categories, Dictionary<long, string> Activities) CategoriesAndActivitiesById() =>
        (connection.Query<(long Id, string Code)>("SELECT id, code FROM categories").ToDictionary(c => c.Id, c => CategoryCode.Parse(c.Code)),
         connection.Query<(long Id, string Key)>("SELECT id, key FROM activities").ToDictionary(a => a.Id, a => a.Key));

    /// <summary>The ids of the effective records of one version with the given category, activity and use: what a source summed.</summary>
    public IReadOnlyList<long> EffectiveRecordIds(long versionId, string category, string activity, FuelUse use)
    {
        long categoryId = connection.ExecuteScalar<long>("SELECT id FROM categories WHERE code = @category", new { category });
        long activityId = connection.ExecuteScalar<long>("SELECT id FROM activities WHERE key = @activity", new { activity });
        var ids = new List<long>();
        new VersionResolver(connection, null).ForEachEffective([versionId], withText: false, (_, row) =>
        {
            if (row.Key.CategoryId == categoryId && row.Key.ActivityId == activityId && row.Key.UseId == (long)use)
            {
                ids.Add(row.Id);
            }
        });
        ids.Sort();
        return ids;
    }

    /// <summary>A hash of everything that decides a run's lines, by content, so equal inputs are recognised in any database.</summary>
    /// <remarks>
    /// Canonical text, SHA-256: per data version (sorted by region and year) the content hashes of the batches whose rows it
    /// holds, walking its base chain (a revert has no batch and continues to the version it restores); the factor sets as
    /// key:content hash, sorted; the reference data's hash (<see cref="ReferenceData.ReferenceSnapshot"/>); the GWP set; the
    /// options text; the engine version. Internal ids enter nowhere.
    /// </remarks>
    public string InputsHash(IReadOnlyList<long> versionIds, IReadOnlyList<long> factorSetIds, string gwpSet, string options, string referenceSha256, string engineVersion)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        var resolver = new VersionResolver(connection, null);
        var batchHash = connection.Query<(long Id, string Hash)>("SELECT id, content_sha256 FROM activity_batches").ToDictionary(b => b.Id, b => b.Hash);
        var data = new List<string>();
        foreach (long id in versionIds.Distinct())
        {
            var chain = resolver.Chain(id).Select(v => v.BatchId).OfType<long>().Select(b => batchHash[b]);
            data.Add($"{resolver[id].Region}/{resolver[id].Year.ToString(CultureInfo.InvariantCulture)}:{string.Join('>', chain)}");
        }
        data.Sort(StringComparer.Ordinal);
        var sets = connection.Query<string>("SELECT set_key || ':' || content_hash FROM factor_sets WHERE id IN (SELECT value FROM json_each(@ids))",
            new { ids = JsonIds(factorSetIds) })
            .Order(StringComparer.Ordinal);
        string text = "data\n" + string.Join('\n', data) + "\nfactor_sets\n" + string.Join('\n', sets)
            + "\nreference\n" + referenceSha256 + "\ngwp\n" + gwpSet + "\noptions\n" + options + "\nengine\n" + engineVersion + "\n";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Stores a run with its sources, provenance and lines in one transaction; returns the run id.</summary>
    public long Save(RunHeader header, CompileResult result, IReadOnlyList<long> versionIds, IReadOnlyList<long> factorSetIds)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        using var transaction = connection.BeginTransaction();
        long runId = connection.ExecuteScalar<long>("""
            INSERT INTO inventory_runs (created_at, engine_version, gwp_set, year_from, year_to, region_code, options, inputs_sha256, reference_version_id,
                                        status, status_note)
            VALUES (@CreatedAt, @EngineVersion, @GwpSet, @YearFrom, @YearTo, @RegionCode, @Options, @InputsSha256, @ReferenceVersionId,
                    @Status, @StatusNote) RETURNING id
            """, new { CreatedAt = header.CreatedAt.ToString(), header.EngineVersion, header.GwpSet, header.YearFrom, header.YearTo, header.RegionCode, header.Options, header.InputsSha256,
                header.ReferenceVersionId, Status = header.Status.Name(), header.StatusNote },
            transaction);
        connection.Execute("INSERT INTO run_activity_versions (run_id, version_id) VALUES (@runId, @versionId)",
            versionIds.Select(versionId => new { runId, versionId }), transaction);
        connection.Execute("INSERT INTO run_factor_sets (run_id, factor_set_id) VALUES (@runId, @setId)",
            factorSetIds.Select(setId => new { runId, setId }), transaction);

        var versionOf = connection.Query<(long Id, string Region, long Year)>("SELECT id, region_code, year FROM activity_versions WHERE id IN (SELECT value FROM json_each(@ids))",
            new { ids = JsonIds(versionIds) }, transaction).ToDictionary(v => (v.Region, (int)v.Year), v => v.Id);
        var sourceIds = SaveSources(runId, result.Sources, versionOf, transaction);
        SaveLines(runId, result.Lines, sourceIds, transaction);
        transaction.Commit();
        return runId;
    }

    private long[] SaveSources(long runId, IReadOnlyList<EmissionSource> sources, Dictionary<(string, int), long> versionOf, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO emission_sources (run_id, version_id, region_code, year, category, activity, activity_base, base_unit, record_count,
                                          first_record_id, last_record_id, use_id)
            VALUES ($run, $version, $region, $year, $category, $activity, $base, $unit, $count, $first, $last, $use) RETURNING id
            """;
        var p = Parameters(command, "$run", "$version", "$region", "$year", "$category", "$activity", "$base", "$unit", "$count", "$first", "$last", "$use");
        var ids = new long[sources.Count];
        foreach (var s in sources)
        {
            Bind(p, runId, versionOf[(s.Region.Value, s.Year)], s.Region.Value, s.Year, s.Category.Value, s.Activity, s.ActivityBase, s.BaseUnit,
                s.RecordIds.Count, s.RecordIds[0], s.RecordIds[^1], (long)s.Use);
            ids[s.Index] = (long)command.ExecuteScalar()!;
        }
        return ids;
    }

    /// <summary>Stores the lines, each under its own source (<paramref name="sourceIds"/> by source index) with its own category: a line a
    /// registry method wrote below its source's category (a herd at 3.A giving lines at 3.A.1, 3.A.2 and 3.C.6; coal output at 1.B.1.a giving
    /// 1.B.1.a.i.1 …) keeps it (migrations/0008), and the source is stored once, with its own amount.</summary>
    private void SaveLines(long runId, IReadOnlyList<EmissionLine> lines, long[] sourceIds, SqliteTransaction transaction)
    {
        using var line = connection.CreateCommand();
        line.Transaction = transaction;
        line.CommandText = """
            INSERT INTO emission_lines (run_id, source_id, category, gas, scope, mass_t, co2e_t, gwp, notation_key, method, arithmetic, note)
            VALUES ($run, $source, $category, $gas, $scope, $mass, $co2e, $gwp, $notation, $method, $arithmetic, $note) RETURNING id
            """;
        var lp = Parameters(line, "$run", "$source", "$category", "$gas", "$scope", "$mass", "$co2e", "$gwp", "$notation", "$method", "$arithmetic", "$note");
        using var factor = connection.CreateCommand();
        factor.Transaction = transaction;
        factor.CommandText = """
            INSERT INTO emission_line_factors (line_id, position, factor_id, tier, substitute_year) VALUES ($line, $position, $factor, $tier, $year)
            """;
        var fp = Parameters(factor, "$line", "$position", "$factor", "$tier", "$year");
        for (int index = 0; index < lines.Count; index++)
        {
            var l = lines[index];
            Bind(lp, runId, sourceIds[l.SourceIndex], l.Category.Value, l.Gas.Code, l.Scope.ToString().ToLowerInvariant(), l.MassTonnes, l.Co2eTonnes, l.Gwp,
                l.Notation?.ToString(), l.Method, l.ArithmeticText.Encode(), l.NoteText?.Encode());
            long lineId = (long)line.ExecuteScalar()!;
            for (int i = 0; i < l.Factors.Count; i++)
            {
                var f = l.Factors[i];
                Bind(fp, lineId, i + 1, f.FactorId, f.Tier.ToString(), f.SubstituteYear);
                factor.ExecuteNonQuery();
            }
        }
    }

    /// <summary>A stored run.</summary>
    public RunHeader? Find(long runId) =>
        connection.Query<RunRow>("SELECT * FROM inventory_runs WHERE id = @runId", new { runId }).Select(ToHeader).FirstOrDefault();

    /// <summary>The newest run covering <paramref name="year"/> and <paramref name="region"/> (optionally with a given GWP set).</summary>
    public RunHeader? FindLatest(int year, RegionCode region, RegionTree regions, string? gwpSet)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var candidates = connection.Query<RunRow>("""
                SELECT * FROM inventory_runs WHERE @year BETWEEN year_from AND year_to AND (@gwpSet IS NULL OR gwp_set = @gwpSet) ORDER BY id DESC
                """, new { year, gwpSet })
            .Select(ToHeader)
            .Where(r => regions.IsWithin(region, RegionCode.Parse(r.RegionCode)))
            .ToList();
        // The newest run with data for the region in that year; else the newest whose range names the year (it will be refused saying what it covers).
        return candidates.FirstOrDefault(r => YearsCovered(r.Id, region, regions).Contains(year)) ?? candidates.FirstOrDefault();
    }

    /// <summary>The newest run whose region contains <paramref name="region"/>, whatever its years; null when none.</summary>
    public RunHeader? FindLatestOf(RegionCode region, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return List().FirstOrDefault(r => regions.Contains(RegionCode.Parse(r.RegionCode)) && regions.IsWithin(region, RegionCode.Parse(r.RegionCode)));
    }

    /// <summary>All runs, newest first.</summary>
    public IReadOnlyList<RunHeader> List() =>
        connection.Query<RunRow>("SELECT * FROM inventory_runs ORDER BY id DESC").Select(ToHeader).ToList();

    /// <summary>The sources of a run for one year (without record ids; <see cref="RecordsOf"/> gives those).</summary>
    /// <remarks>A source whose records were all notation keys gets its key back from its lines of <see cref="Core.Accounting.InventoryCompiler.NotationMethod"/>,
    /// one with NE or C rows beside numbers its <see cref="EmissionSource.PartNotation"/> from <see cref="Core.Accounting.InventoryCompiler.PartNotationMethod"/>
    /// (the schema stores no key on the source), so a sum over sources can show it rather than 0 (issue 12).</remarks>
    public IReadOnlyList<EmissionSource> LoadSources(long runId, int year)
    {
        var keys = new Dictionary<long, NotationKey>();
        var parts = new Dictionary<long, NotationKey>();
        foreach (var (sourceId, key, method) in connection.Query<(long SourceId, string Key, string Method)>("""
            SELECT l.source_id, l.notation_key, l.method FROM emission_lines l JOIN emission_sources es ON es.id = l.source_id
            WHERE l.run_id = @runId AND es.year = @year AND l.method IN (@method, @partMethod) AND l.notation_key IS NOT NULL
            """, new { runId, year, method = Core.Accounting.InventoryCompiler.NotationMethod, partMethod = Core.Accounting.InventoryCompiler.PartNotationMethod }))
        {
            (method == Core.Accounting.InventoryCompiler.NotationMethod ? keys : parts).TryAdd(sourceId, Enum.Parse<NotationKey>(key));
        }
        return connection.Query<(long Id, string Region, long Year, string Category, string Activity, double Base, string Unit, long Use)>("""
            SELECT id, region_code, year, category, activity, activity_base, base_unit, use_id FROM emission_sources
            WHERE run_id = @runId AND year = @year ORDER BY id
            """, new { runId, year })
            .Select(s => new EmissionSource(checked((int)s.Id), RegionCode.Parse(s.Region), (int)s.Year, CategoryCode.Parse(s.Category), s.Activity, s.Base, s.Unit, [],
                (FuelUse)s.Use, keys.TryGetValue(s.Id, out var k) ? k : null) { PartNotation = parts.TryGetValue(s.Id, out var p) ? p : null })
            .ToList();
    }

    /// <summary>The lines of a run for one year, with the factors each used.</summary>
    /// <remarks>Each line at its own category (migrations/0008), which may lie below its source's; a line stored before schema 8 has none
    /// and is read at its source's, where it was stored (a run is read exactly as it was compiled).</remarks>
    public IReadOnlyList<EmissionLine> LoadLines(long runId, int year)
    {
        var factors = connection.Query<(long LineId, long FactorId, string Parameter, double Value, string Unit, string SetKey, string Source, string? Table, string Status, string Tier, long? SubstituteYear, string? Region)>("""
            SELECT lf.line_id, f.id, f.parameter, f.value, f.unit, s.set_key, f.source, f.source_table, f.status, lf.tier, lf.substitute_year, f.region
            FROM emission_line_factors lf
            JOIN emission_lines l ON l.id = lf.line_id
            JOIN emission_sources es ON es.id = l.source_id
            JOIN factors f ON f.id = lf.factor_id
            JOIN factor_sets s ON s.id = f.factor_set_id
            WHERE l.run_id = @runId AND es.year = @year
            ORDER BY lf.line_id, lf.position
            """, new { runId, year })
            .ToLookup(f => f.LineId, f =>
            {
                var unit = Core.Units.FactorUnit.TryParse(f.Unit, out var u) ? u : throw new InvalidDataException($"Factor {f.FactorId} has unknown unit {f.Unit}.");
                return new AppliedFactor(f.FactorId, f.Parameter, f.Value, f.Unit, unit.ToEngine(f.Value), unit.EngineSymbol, f.SetKey, f.Source, f.Table, f.Status,
                    Enum.Parse<ResolutionTier>(f.Tier), (int?)f.SubstituteYear, f.Region);
            });
        return connection.Query<LineRow>("""
            SELECT l.id, l.source_id, es.region_code, es.year, coalesce(l.category, es.category) AS category, es.activity, l.gas, l.scope, l.mass_t, l.co2e_t, l.gwp,
                   l.notation_key, l.method, l.arithmetic, l.note, es.use_id
            FROM emission_lines l JOIN emission_sources es ON es.id = l.source_id
            WHERE l.run_id = @runId AND es.year = @year ORDER BY l.id
            """, new { runId, year })
            .Select(l => new EmissionLine(checked((int)l.source_id), RegionCode.Parse(l.region_code), (int)l.year, CategoryCode.Parse(l.category), l.activity,
                new Gas(l.gas), Enum.Parse<EmissionScope>(l.scope, ignoreCase: true), l.mass_t, l.co2e_t, l.gwp,
                l.notation_key is null ? null : Enum.Parse<NotationKey>(l.notation_key), l.method, LineText.Decode(l.arithmetic), LineText.DecodeOrNull(l.note), factors[l.id].ToList(),
                (FuelUse)l.use_id))
            .ToList();
    }

    /// <summary>
    /// The records behind each of the sources <paramref name="sourceIds"/> (at most <paramref name="limit"/> each, lowest ids
    /// first) and how many each summed, read in one pass over the activity records however many sources are asked for.
    /// </summary>
    /// <remarks>
    /// A source names its version, category, activity and use, and the id range of its records (first and last record id,
    /// stored with the run). One pass of <see cref="VersionResolver"/> over the versions involved, bounded by the lowest
    /// first and the highest last id, collects the effective rows of every source at once and stops as soon as each
    /// source has its <paramref name="limit"/> lowest ids (or all of them); one more query reads their file, line and
    /// value. No index is needed: the pass is a range scan of the rowid, the table's own order.
    /// </remarks>
    public IReadOnlyDictionary<long, SourceRecords> RecordsOf(IReadOnlyCollection<long> sourceIds, int limit)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (sourceIds.Count == 0)
        {
            return new Dictionary<long, SourceRecords>();
        }
        var sources = connection.Query<(long Id, long VersionId, string Category, string Activity, long Use, long Count, long First, long Last)>("""
            SELECT id, version_id, category, activity, use_id, record_count, first_record_id, last_record_id FROM emission_sources
            WHERE id IN (SELECT value FROM json_each(@ids))
            """, new { ids = JsonIds(sourceIds) }).ToList();
        var categoryIds = connection.Query<(long Id, string Code)>("SELECT id, code FROM categories").ToDictionary(c => c.Code, c => c.Id, StringComparer.Ordinal);
        var activityIds = connection.Query<(long Id, string Key)>("SELECT id, key FROM activities").ToDictionary(a => a.Key, a => a.Id, StringComparer.Ordinal);

        var resolver = new VersionResolver(connection, null);
        var byKey = new Dictionary<(long Version, long Category, long Activity, long Use), SourceCollector>();
        var collectorOf = new Dictionary<long, SourceCollector>();
        foreach (var s in sources)
        {
            var key = (s.VersionId, categoryIds[s.Category], activityIds[s.Activity], s.Use);
            if (!byKey.TryGetValue(key, out var collector))
            {
                byKey[key] = collector = new SourceCollector(s.Count);
            }
            collectorOf[s.Id] = collector;
        }
        // A version's oldest layer is read in id order after its newer layers: once a source holds `limit` of its rows,
        // every further row has a higher id than those already held, so it can no longer be among the lowest `limit`.
        var oldestLayer = byKey.Keys.Select(k => k.Version).Distinct()
            .ToDictionary(v => v, v => resolver.Chain(v).Last(c => c.BatchId is not null).Id);
        int open = byKey.Values.Count(c => !c.IsComplete(limit));
        if (open > 0)
        {
            resolver.ForEachEffective(oldestLayer.Keys, withText: false, sources.Min(s => s.First), sources.Max(s => s.Last), (requested, row) =>
            {
                if (byKey.TryGetValue((requested, row.Key.CategoryId, row.Key.ActivityId, row.Key.UseId), out var collector) && !collector.IsComplete(limit))
                {
                    collector.Add(row.Id, row.VersionId == oldestLayer[requested]);
                    if (collector.IsComplete(limit))
                    {
                        open--;
                    }
                }
                return open > 0;
            });
        }

        var listed = byKey.Values.SelectMany(c => c.Lowest(limit)).Distinct().ToList();
        var traces = connection.Query<RecordTrace>("""
            SELECT r.id AS Id, b.file_name AS FileName, r.file_line AS FileLine, b.id AS BatchId, v.version AS Version, v.region_code AS Region,
                   r.facility AS Facility, r.value AS Value, u.text AS Unit, r.base_value AS BaseValue, s.text AS Source,
                   r.notation_key AS Notation, r.file_sheet AS Sheet
            FROM activity_records r
            JOIN activity_versions v ON v.id = r.version_id
            JOIN activity_batches b ON b.id = v.batch_id
            LEFT JOIN text_values u ON u.id = r.unit_id
            LEFT JOIN text_values s ON s.id = r.source_id
            WHERE r.id IN (SELECT value FROM json_each(@ids))
            """, new { ids = JsonIds(listed) }).ToDictionary(t => t.Id);
        return collectorOf.ToDictionary(kv => kv.Key,
            kv => new SourceRecords(kv.Value.Lowest(limit).Select(id => traces[id]).ToList(), kv.Value.RecordCount));
    }

    private static string JsonIds(IEnumerable<long> ids) => "[" + string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>The record ids of one source gathered during the pass of <see cref="RecordsOf"/>.</summary>
    private sealed class SourceCollector(long recordCount)
    {
        private readonly List<long> ids = [];
        private int fromOldestLayer;

        public long RecordCount { get; } = recordCount;

        public void Add(long id, bool oldestLayer)
        {
            ids.Add(id);
            fromOldestLayer += oldestLayer ? 1 : 0;
        }

        public bool IsComplete(int limit) => fromOldestLayer >= limit || ids.Count >= RecordCount;

        public IEnumerable<long> Lowest(int limit) => ids.Order().Take(limit);
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();

    private static void Bind(SqliteParameter[] parameters, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Ok(int rc) => SqliteResult.Check(rc, DataStorageText.ReadingRecords);

    private static RunHeader ToHeader(RunRow r) =>
        new(r.id, NodaTime.Text.InstantPattern.ExtendedIso.Parse(r.created_at).Value, r.engine_version, r.gwp_set, (int)r.year_from, (int)r.year_to,
            r.region_code, r.options, r.inputs_sha256)
        {
            ReferenceVersionId = r.reference_version_id,
            Status = RunStatuses.Parse(r.status),
            StatusNote = r.status_note,
        };

#pragma warning disable IDE1006, CA1812 // column names, materialised by Dapper
    private sealed record RunRow(long id, string created_at, string engine_version, string gwp_set, long year_from, long year_to,
        string region_code, string options, string inputs_sha256, long? reference_version_id, string status, string? status_note);

    private sealed record LineRow(long id, long source_id, string region_code, long year, string category, string activity, string gas,
        string scope, double? mass_t, double? co2e_t, double? gwp, string? notation_key, string method, string arithmetic, string? note, long use_id);
#pragma warning restore IDE1006, CA1812
}
