using Dapper;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Storage;

/// <summary>Factor sets, factors and GWP values in the database.</summary>
public sealed class FactorStore(SqliteConnection connection)
{
    /// <summary>The id of the stored set of this key and content, or null when there is none.</summary>
    public long? Find(string key, string contentHash, SqliteTransaction? transaction = null) =>
        connection.ExecuteScalar<long?>("SELECT id FROM factor_sets WHERE set_key = @key AND content_hash = @contentHash", new { key, contentHash }, transaction);

    /// <summary>Stores a set unless the same key and content are already stored; returns its id and whether it was new.</summary>
    public (long Id, bool IsNew) Save(FactorSetDefinition set, Instant loadedAt, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (Find(set.Key, set.ContentHash, transaction) is { } id)
        {
            return (id, false);
        }
        const string insertSet = """
            INSERT INTO factor_sets (set_key, content_hash, tier, rank, name_en, name_zh, edition, description, file_name, loaded_at, outlier_reason)
            VALUES (@Key, @ContentHash, @Tier, @Rank, @NameEn, @NameZh, @Edition, @Description, @FileName, @LoadedAt, @OutlierReason)
            RETURNING id
            """;
        long setId = connection.ExecuteScalar<long>(insertSet,
            new { set.Key, set.ContentHash, set.Tier, set.Rank, set.NameEn, set.NameZh, set.Edition, set.Description, set.FileName, LoadedAt = loadedAt.ToString(), set.OutlierReason },
            transaction);

        const string insertFactor = """
            INSERT INTO factors (factor_set_id, activity, parameter, gas, category, region, valid_from, valid_to, value, unit,
                                 uncertainty_pct, source, source_table, status, file_line)
            VALUES (@SetId, @Activity, @Parameter, @Gas, @Category, @Region, @ValidFrom, @ValidTo, @Value, @Unit,
                    @UncertaintyPct, @Source, @Table, @Status, @Line)
            """;
        connection.Execute(insertFactor, set.Factors.Select(f => new
        {
            SetId = setId, f.Activity, f.Parameter, f.Gas, f.Category, f.Region, f.ValidFrom, f.ValidTo, f.Value,
            Unit = f.Unit.Symbol, f.UncertaintyPct, f.Source, f.Table, f.Status, Line = f.Id,
        }), transaction);

        const string insertGwp = """
            INSERT INTO gwp_values (factor_set_id, gwp_set, gas, value, source, source_table, status)
            VALUES (@SetId, @GwpSet, @Gas, @Value, @Source, @Table, @Status)
            """;
        connection.Execute(insertGwp, set.GwpValues.Select(g => new { SetId = setId, g.GwpSet, g.Gas, g.Value, g.Source, g.Table, g.Status }), transaction);
        return (setId, true);
    }

    /// <summary>The sets a new run uses: the newest version of each bundled set and of the GWP table, and every local import not withdrawn.</summary>
    public IReadOnlyList<long> ActiveSetIds(SqliteTransaction? transaction = null) =>
        connection.Query<long>("""
            SELECT max(id) FROM factor_sets WHERE tier <> 'local' GROUP BY set_key
            UNION SELECT id FROM factor_sets s WHERE tier = 'local'
                AND NOT EXISTS (SELECT 1 FROM factor_set_withdrawals w WHERE w.factor_set_id = s.id)
            ORDER BY 1
            """, transaction: transaction).ToList();

    /// <summary>The factors of the local sets not withdrawn, each with its set and file line.</summary>
    public IReadOnlyList<LocalFactorLine> ActiveLocalFactors(SqliteTransaction? transaction = null)
    {
        const string sql = """
            SELECT f.factor_set_id AS SetId, f.file_line AS Line, f.id
            FROM factors f JOIN factor_sets s ON s.id = f.factor_set_id
            WHERE s.tier = 'local' AND NOT EXISTS (SELECT 1 FROM factor_set_withdrawals w WHERE w.factor_set_id = s.id)
            ORDER BY f.id
            """;
        var lines = connection.Query<(long SetId, long Line, long Id)>(sql, transaction: transaction).ToList();
        var factors = LoadFactors(lines.Select(l => l.SetId).Distinct(), transaction).ToDictionary(f => f.Id);
        return lines.Select(l => new LocalFactorLine(l.SetId, (int)l.Line, factors[l.Id])).ToList();
    }

    /// <summary>Records that local set <paramref name="setId"/> is withdrawn: new compiles ignore it; it stays stored, so old runs still cite it.</summary>
    /// <returns>Null when done; otherwise why not (no such set, not a local set, already withdrawn).</returns>
    public string? Withdraw(long setId, string? reason, Instant at)
    {
        var found = connection.Query<(string Tier, string? WithdrawnAt)>("""
            SELECT s.tier, w.withdrawn_at FROM factor_sets s LEFT JOIN factor_set_withdrawals w ON w.factor_set_id = s.id WHERE s.id = @setId
            """, new { setId }).FirstOrDefault();
        if (found.Tier is null)
        {
            return Text.Format(DataFactorText.WithdrawNoSet, setId);
        }
        if (found.Tier != FactorLibrary.LocalTier)
        {
            return Text.Format(DataFactorText.WithdrawBundled, setId, found.Tier);
        }
        if (found.WithdrawnAt is not null)
        {
            return Text.Format(DataFactorText.WithdrawAlready, setId, found.WithdrawnAt);
        }
        connection.Execute("INSERT INTO factor_set_withdrawals (factor_set_id, reason, withdrawn_at) VALUES (@setId, @reason, @at)",
            new { setId, reason, at = at.ToString() });
        return null;
    }

    /// <summary>When set <paramref name="setId"/> was withdrawn (ISO-8601), or null when it is not.</summary>
    public string? WithdrawnAt(long setId) =>
        connection.ExecuteScalar<string?>("SELECT withdrawn_at FROM factor_set_withdrawals WHERE factor_set_id = @setId", new { setId });

    /// <summary>The grid keys the stored factors name (<c>grid:KEY</c> regions), for checking a local file's region column.</summary>
    public IReadOnlySet<string> GridKeys() =>
        connection.Query<string>("SELECT DISTINCT substr(region, 6) FROM factors WHERE region LIKE 'grid:%'").ToHashSet(StringComparer.Ordinal);

    /// <summary>The factors of the given sets.</summary>
    public IReadOnlyList<Factor> LoadFactors(IEnumerable<long> setIds, SqliteTransaction? transaction = null)
    {
        const string sql = """
            SELECT f.id, s.set_key, s.tier, s.rank, f.activity, f.parameter, f.gas, f.category, f.region, f.valid_from, f.valid_to,
                   f.value, f.unit, f.uncertainty_pct, f.source, f.source_table, f.status
            FROM factors f JOIN factor_sets s ON s.id = f.factor_set_id
            WHERE s.id IN @Ids
            ORDER BY f.id
            """;
        return connection.Query<FactorRow>(sql, new { Ids = setIds.ToArray() }, transaction).Select(ToFactor).ToList();
    }

    /// <summary>One factor by id, whatever set it belongs to (old runs cite factors of superseded sets).</summary>
    public Factor? LoadFactor(long id) =>
        connection.Query<FactorRow>("""
            SELECT f.id, s.set_key, s.tier, s.rank, f.activity, f.parameter, f.gas, f.category, f.region, f.valid_from, f.valid_to,
                   f.value, f.unit, f.uncertainty_pct, f.source, f.source_table, f.status
            FROM factors f JOIN factor_sets s ON s.id = f.factor_set_id WHERE f.id = @id
            """, new { id }).Select(ToFactor).FirstOrDefault();

    /// <summary>The GWP values of the newest GWP set among <paramref name="setIds"/>.</summary>
    public GwpTable LoadGwp(IEnumerable<long> setIds) =>
        new(connection.Query<(long Id, string GwpSet, string Gas, double Value, string Source, string? Table, string Status)>("""
            SELECT id, gwp_set, gas, value, source, source_table, status FROM gwp_values
            WHERE factor_set_id = (SELECT max(id) FROM factor_sets WHERE tier = 'gwp' AND id IN @Ids)
            """, new { Ids = setIds.ToArray() })
            .Select(g => new GwpValue(g.Id, g.GwpSet, g.Gas, g.Value, g.Source, g.Table, g.Status)));

    /// <summary>Summary of the stored sets, newest first within each key.</summary>
    public IReadOnlyList<FactorSetSummary> ListSets() =>
        connection.Query<FactorSetSummary>("""
            SELECT s.id AS Id, s.set_key AS SetKey, s.tier AS Tier, s.rank AS Rank, s.name_en AS NameEn, s.name_zh AS NameZh,
                   substr(s.content_hash, 1, 12) AS Hash, s.loaded_at AS LoadedAt, s.file_name AS FileName,
                   s.outlier_reason AS OutlierReason, w.withdrawn_at AS WithdrawnAt, w.reason AS WithdrawalReason,
                   (SELECT count(*) FROM factors f WHERE f.factor_set_id = s.id) + (SELECT count(*) FROM gwp_values g WHERE g.factor_set_id = s.id) AS Rows
            FROM factor_sets s LEFT JOIN factor_set_withdrawals w ON w.factor_set_id = s.id
            ORDER BY s.tier, s.rank, s.set_key, s.id DESC
            """).ToList();

    private static Factor ToFactor(FactorRow r) =>
        new(r.id, r.set_key, FactorLibrary.TierOf(r.tier),
            (int)r.rank, r.activity, r.parameter, r.gas, r.category, r.region, (int?)r.valid_from, (int?)r.valid_to, r.value,
            FactorUnit.TryParse(r.unit, out var unit) ? unit : throw new InvalidDataException($"Stored factor {r.id} has unknown unit {r.unit}."),
            r.uncertainty_pct, r.source, r.source_table, r.status);

#pragma warning disable IDE1006, CA1812, SA1300 // column names, materialised by Dapper
    private sealed record FactorRow(long id, string set_key, string tier, long rank, string? activity, string parameter, string? gas,
        string? category, string? region, long? valid_from, long? valid_to, double value, string unit, double? uncertainty_pct,
        string source, string? source_table, string status);
#pragma warning restore IDE1006, CA1812, SA1300
}

/// <summary>A stored factor set as listed by <c>ghg factors list</c>.</summary>
public sealed record FactorSetSummary
{
    /// <summary>Database id.</summary>
    public long Id { get; init; }
    /// <summary>Set name.</summary>
    public string SetKey { get; init; } = "";
    /// <summary>Tier.</summary>
    public string Tier { get; init; } = "";
    /// <summary>Rank within the tier.</summary>
    public long Rank { get; init; }
    /// <summary>English name.</summary>
    public string NameEn { get; init; } = "";
    /// <summary>Chinese name.</summary>
    public string NameZh { get; init; } = "";
    /// <summary>First 12 hex digits of the content hash.</summary>
    public string Hash { get; init; } = "";
    /// <summary>When it was loaded (ISO-8601).</summary>
    public string LoadedAt { get; init; } = "";
    /// <summary>Number of rows.</summary>
    public long Rows { get; init; }
    /// <summary>The file the set was read from.</summary>
    public string FileName { get; init; } = "";
    /// <summary>Why out-of-range values were accepted (--accept-outlier), or null.</summary>
    public string? OutlierReason { get; init; }
    /// <summary>When the set was withdrawn (ISO-8601), or null while it is in use.</summary>
    public string? WithdrawnAt { get; init; }
    /// <summary>Why it was withdrawn, if a reason was given.</summary>
    public string? WithdrawalReason { get; init; }
}
