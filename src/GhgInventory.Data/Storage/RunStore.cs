using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Reporting;
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

    /// <summary>The years that have activity data, ascending.</summary>
    public IReadOnlyList<int> YearsWithData() =>
        connection.Query<long>("SELECT DISTINCT year FROM activity_versions ORDER BY year").Select(y => (int)y).ToList();

    /// <summary>The records of the given versions, in id order, with quantities in base units.</summary>
    /// <remarks>Read through the raw statement API: a million rows in one range scan per batch, integers and doubles only.</remarks>
    public IReadOnlyList<ActivityRecord> LoadRecords(IReadOnlyList<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        var versions = connection.Query<(long Id, string Region, long Year)>("SELECT id, region_code, year FROM activity_versions WHERE id IN @versionIds", new { versionIds })
            .ToDictionary(v => v.Id, v => (Region: RegionCode.Parse(v.Region), Year: (int)v.Year));
        var categories = connection.Query<(long Id, string Code)>("SELECT id, code FROM categories").ToDictionary(c => c.Id, c => CategoryCode.Parse(c.Code));
        var activities = connection.Query<(long Id, string Key)>("SELECT id, key FROM activities").ToDictionary(a => a.Id, a => a.Key);
        var batches = connection.Query<(long First, long Last)>("""
            SELECT DISTINCT b.first_record_id, b.last_record_id FROM activity_batches b JOIN activity_versions v ON v.batch_id = b.id
            WHERE v.id IN @versionIds ORDER BY b.first_record_id
            """, new { versionIds }).ToList();

        var records = new List<ActivityRecord>(checked((int)batches.Sum(b => b.Last - b.First + 1)));
        Ok(raw.sqlite3_prepare_v2(connection.Handle,
            "SELECT id, version_id, category_id, activity_id, base_value FROM activity_records WHERE id BETWEEN ?1 AND ?2 ORDER BY id", out var stmt));
        using (stmt)
        {
            foreach (var (first, last) in batches)
            {
                Ok(raw.sqlite3_bind_int64(stmt, 1, first));
                Ok(raw.sqlite3_bind_int64(stmt, 2, last));
                while (raw.sqlite3_step(stmt) == raw.SQLITE_ROW)
                {
                    if (versions.TryGetValue(raw.sqlite3_column_int64(stmt, 1), out var version))
                    {
                        records.Add(new ActivityRecord(raw.sqlite3_column_int64(stmt, 0), version.Region, version.Year,
                            categories[raw.sqlite3_column_int64(stmt, 2)], activities[raw.sqlite3_column_int64(stmt, 3)],
                            raw.sqlite3_column_double(stmt, 4)));
                    }
                }
                Ok(raw.sqlite3_reset(stmt));
            }
        }
        return records;
    }

    /// <summary>A hash of everything that decides a run's lines, so equal inputs can be recognised.</summary>
    public string InputsHash(IReadOnlyList<long> versionIds, IReadOnlyList<long> factorSetIds, string gwpSet, string options)
    {
        var hashes = connection.Query<string>("SELECT set_key || ':' || content_hash FROM factor_sets WHERE id IN @factorSetIds ORDER BY 1", new { factorSetIds });
        string text = string.Join(';', versionIds.Order()) + "|" + string.Join(';', hashes) + "|" + gwpSet + "|" + options;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Stores a run with its sources, provenance and lines in one transaction; returns the run id.</summary>
    public long Save(RunHeader header, CompileResult result, IReadOnlyList<long> versionIds, IReadOnlyList<long> factorSetIds)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        using var transaction = connection.BeginTransaction();
        long runId = connection.ExecuteScalar<long>("""
            INSERT INTO inventory_runs (created_at, engine_version, gwp_set, year_from, year_to, region_code, options, inputs_sha256)
            VALUES (@CreatedAt, @EngineVersion, @GwpSet, @YearFrom, @YearTo, @RegionCode, @Options, @InputsSha256) RETURNING id
            """, new { CreatedAt = header.CreatedAt.ToString(), header.EngineVersion, header.GwpSet, header.YearFrom, header.YearTo, header.RegionCode, header.Options, header.InputsSha256 },
            transaction);
        connection.Execute("INSERT INTO run_activity_versions (run_id, version_id) VALUES (@runId, @versionId)",
            versionIds.Select(versionId => new { runId, versionId }), transaction);
        connection.Execute("INSERT INTO run_factor_sets (run_id, factor_set_id) VALUES (@runId, @setId)",
            factorSetIds.Select(setId => new { runId, setId }), transaction);

        var versionOf = connection.Query<(long Id, string Region, long Year)>("SELECT id, region_code, year FROM activity_versions WHERE id IN @versionIds",
            new { versionIds }, transaction).ToDictionary(v => (v.Region, (int)v.Year), v => v.Id);
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
                                          first_record_id, last_record_id)
            VALUES ($run, $version, $region, $year, $category, $activity, $base, $unit, $count, $first, $last) RETURNING id
            """;
        var p = Parameters(command, "$run", "$version", "$region", "$year", "$category", "$activity", "$base", "$unit", "$count", "$first", "$last");
        var ids = new long[sources.Count];
        foreach (var s in sources)
        {
            Bind(p, runId, versionOf[(s.Region.Value, s.Year)], s.Region.Value, s.Year, s.Category.Value, s.Activity, s.ActivityBase, s.BaseUnit,
                s.RecordIds.Count, s.RecordIds[0], s.RecordIds[^1]);
            ids[s.Index] = (long)command.ExecuteScalar()!;
        }
        return ids;
    }

    private void SaveLines(long runId, IReadOnlyList<EmissionLine> lines, long[] sourceIds, SqliteTransaction transaction)
    {
        using var line = connection.CreateCommand();
        line.Transaction = transaction;
        line.CommandText = """
            INSERT INTO emission_lines (run_id, source_id, gas, scope, mass_t, co2e_t, gwp, notation_key, method, arithmetic, note)
            VALUES ($run, $source, $gas, $scope, $mass, $co2e, $gwp, $notation, $method, $arithmetic, $note) RETURNING id
            """;
        var lp = Parameters(line, "$run", "$source", "$gas", "$scope", "$mass", "$co2e", "$gwp", "$notation", "$method", "$arithmetic", "$note");
        using var factor = connection.CreateCommand();
        factor.Transaction = transaction;
        factor.CommandText = """
            INSERT INTO emission_line_factors (line_id, position, factor_id, tier, substitute_year) VALUES ($line, $position, $factor, $tier, $year)
            """;
        var fp = Parameters(factor, "$line", "$position", "$factor", "$tier", "$year");
        foreach (var l in lines)
        {
            Bind(lp, runId, sourceIds[l.SourceIndex], l.Gas.Code, l.Scope.ToString().ToLowerInvariant(), l.MassTonnes, l.Co2eTonnes, l.Gwp,
                l.Notation?.ToString(), l.Method, l.Arithmetic, l.Note);
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
        return connection.Query<RunRow>("""
                SELECT * FROM inventory_runs WHERE @year BETWEEN year_from AND year_to AND (@gwpSet IS NULL OR gwp_set = @gwpSet) ORDER BY id DESC
                """, new { year, gwpSet })
            .Select(ToHeader)
            .FirstOrDefault(r => regions.IsWithin(region, RegionCode.Parse(r.RegionCode)));
    }

    /// <summary>All runs, newest first.</summary>
    public IReadOnlyList<RunHeader> List() =>
        connection.Query<RunRow>("SELECT * FROM inventory_runs ORDER BY id DESC").Select(ToHeader).ToList();

    /// <summary>The sources of a run for one year (without record ids; <see cref="Records"/> gives those).</summary>
    public IReadOnlyList<EmissionSource> LoadSources(long runId, int year) =>
        connection.Query<(long Id, string Region, long Year, string Category, string Activity, double Base, string Unit)>("""
            SELECT id, region_code, year, category, activity, activity_base, base_unit FROM emission_sources
            WHERE run_id = @runId AND year = @year ORDER BY id
            """, new { runId, year })
            .Select(s => new EmissionSource(checked((int)s.Id), RegionCode.Parse(s.Region), (int)s.Year, CategoryCode.Parse(s.Category), s.Activity, s.Base, s.Unit, []))
            .ToList();

    /// <summary>The lines of a run for one year, with the factors each used.</summary>
    public IReadOnlyList<EmissionLine> LoadLines(long runId, int year)
    {
        var factors = connection.Query<(long LineId, long FactorId, string Parameter, double Value, string Unit, string SetKey, string Source, string? Table, string Status, string Tier, long? SubstituteYear)>("""
            SELECT lf.line_id, f.id, f.parameter, f.value, f.unit, s.set_key, f.source, f.source_table, f.status, lf.tier, lf.substitute_year
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
                    Enum.Parse<ResolutionTier>(f.Tier), (int?)f.SubstituteYear);
            });
        return connection.Query<LineRow>("""
            SELECT l.id, l.source_id, es.region_code, es.year, es.category, es.activity, l.gas, l.scope, l.mass_t, l.co2e_t, l.gwp,
                   l.notation_key, l.method, l.arithmetic, l.note
            FROM emission_lines l JOIN emission_sources es ON es.id = l.source_id
            WHERE l.run_id = @runId AND es.year = @year ORDER BY l.id
            """, new { runId, year })
            .Select(l => new EmissionLine(checked((int)l.source_id), RegionCode.Parse(l.region_code), (int)l.year, CategoryCode.Parse(l.category), l.activity,
                new Gas(l.gas), Enum.Parse<EmissionScope>(l.scope, ignoreCase: true), l.mass_t, l.co2e_t, l.gwp,
                l.notation_key is null ? null : Enum.Parse<NotationKey>(l.notation_key), l.method, l.arithmetic, l.note, factors[l.id].ToList()))
            .ToList();
    }

    /// <summary>The activity records a source summed, with file and line, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<RecordTrace> Records(long sourceId, int limit) =>
        connection.Query<RecordTrace>("""
            SELECT r.id AS Id, b.file_name AS FileName, r.file_line AS FileLine, b.id AS BatchId, v.version AS Version, v.region_code AS Region,
                   r.facility AS Facility, r.value AS Value, u.text AS Unit, r.base_value AS BaseValue, s.text AS Source
            FROM emission_sources es
            JOIN activity_versions v ON v.id = es.version_id
            JOIN activity_batches b ON b.id = v.batch_id
            JOIN categories c ON c.code = es.category
            JOIN activities a ON a.key = es.activity
            JOIN activity_records r ON r.id BETWEEN es.first_record_id AND es.last_record_id
                 AND r.version_id = es.version_id AND r.category_id = c.id AND r.activity_id = a.id
            JOIN text_values u ON u.id = r.unit_id
            LEFT JOIN text_values s ON s.id = r.source_id
            WHERE es.id = @sourceId ORDER BY r.id LIMIT @limit
            """, new { sourceId, limit }).ToList();

    /// <summary>How many records a source summed.</summary>
    public long RecordCount(long sourceId) =>
        connection.ExecuteScalar<long>("SELECT record_count FROM emission_sources WHERE id = @sourceId", new { sourceId });

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();

    private static void Bind(SqliteParameter[] parameters, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Ok(int rc) => SqliteResult.Check(rc, "reading activity records");

    private static RunHeader ToHeader(RunRow r) =>
        new(r.id, NodaTime.Text.InstantPattern.ExtendedIso.Parse(r.created_at).Value, r.engine_version, r.gwp_set, (int)r.year_from, (int)r.year_to,
            r.region_code, r.options, r.inputs_sha256);

#pragma warning disable IDE1006, CA1812 // column names, materialised by Dapper
    private sealed record RunRow(long id, string created_at, string engine_version, string gwp_set, long year_from, long year_to,
        string region_code, string options, string inputs_sha256);

    private sealed record LineRow(long id, long source_id, string region_code, long year, string category, string activity, string gas,
        string scope, double? mass_t, double? co2e_t, double? gwp, string? notation_key, string method, string arithmetic, string? note);
#pragma warning restore IDE1006, CA1812
}
