using System.Globalization;
using Dapper;
using GhgInventory.Core.Scenarios;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Scenarios;

/// <summary>Stored scenario runs (tables scenario_runs, scenario_paths, scenario_peak_years, scenario_targets, scenario_budgets,
/// scenario_sensitivity of schema 9, migrations/0009_scenario_runs.sql). A run is identified by (<see cref="InputsSha256"/>: the file with
/// the targets and budgets it was checked against, base run, seed, iterations, engine version): saving the same again finds the stored one
/// and writes nothing. Every *_co2e_t figure stored excludes LULUCF (the headline total, as printed).</summary>
public sealed class ScenarioStore(SqliteConnection connection)
{
    /// <summary>Stores <paramref name="outcome"/> with the JSON printed for it, in one transaction; returns its id and whether it is new
    /// (false: the same run was stored before and nothing is written).</summary>
    /// <param name="outcome">The outcome (its scenario gives name, file and hash; its base gives the run and years).</param>
    /// <param name="json">The JSON printed for it.</param>
    /// <param name="engineVersion">The engine's version (<see cref="Workspace.EngineVersion"/>): a newer engine may give other numbers.</param>
    /// <param name="now">The workspace clock's instant.</param>
    /// <exception cref="SqliteException">A figure cannot be stored (a NaN where a number is required); nothing is stored.</exception>
    /// <exception cref="InvalidOperationException">A run with the same key is stored with another path (the database was changed outside
    /// the program); nothing is stored.</exception>
    public (long Id, bool IsNew) Save(ScenarioOutcome outcome, string json, string engineVersion, Instant now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(engineVersion);
        var key = new ScenarioRunKey(InputsSha256(outcome), outcome.Base.RunId, outcome.Seed, outcome.Iterations, engineVersion);
        if (Find(key) is { } existing)
        {
            // The same inputs give the same numbers: a stored path with other figures means the database was changed outside the program,
            // and saying "stored before" would point at numbers that are not the ones printed.
            return SamePath(Paths(existing.Id), outcome) ? (existing.Id, false)
                : throw new InvalidOperationException(Core.Localization.Text.Format(Resources.ScenarioBaseText.StoredRunDiffers, existing.Id));
        }
        using var transaction = connection.BeginTransaction();
        long id = connection.ExecuteScalar<long>("""
            INSERT INTO scenario_runs (name, title, illustrative, file_name, file_sha256, inputs_sha256, base_run_id, region_code, base_year, horizon, seed,
                                       iterations, engine_version, created_at, json)
            VALUES (@Name, @Title, @Illustrative, @FileName, @Sha, @Inputs, @BaseRun, @Region, @BaseYear, @Horizon, @Seed, @Iterations, @Engine, @At, @json)
            RETURNING id
            """, new
        {
            outcome.Scenario.Name, outcome.Scenario.Title, Illustrative = outcome.Scenario.Illustrative ? 1 : 0, outcome.Scenario.FileName,
            Sha = outcome.Scenario.ContentSha256, Inputs = key.InputsSha256, BaseRun = key.BaseRunId, Region = outcome.Base.City.Value, outcome.Base.BaseYear, outcome.Scenario.Horizon,
            Seed = SeedText(key.Seed), key.Iterations, Engine = engineVersion, At = now.ToString(), json,
        }, transaction);
        // One prepared command for all the rows of a table (Dapper runs it per element of the list), in the one transaction.
        var paths = outcome.Areas.SelectMany((a, area) => a.Path.Select(p => new
        {
            id, area, Region = a.Region.Value, Rest = a.IsCityRest ? 1 : 0, p.Year, Central = Finite(p.Central), p.Mean, p.P05, p.P25, p.P50, p.P75, p.P95,
        })).ToList();
        connection.Execute("""
            INSERT INTO scenario_paths (scenario_run_id, area, region_code, city_rest, year, central_co2e_t, mean_co2e_t, p05_co2e_t, p25_co2e_t,
                                        p50_co2e_t, p75_co2e_t, p95_co2e_t)
            VALUES (@id, @area, @Region, @Rest, @Year, @Central, @Mean, @P05, @P25, @P50, @P75, @P95)
            """, paths, transaction);
        var peaks = outcome.Areas.SelectMany((a, area) => a.PeakYearShares.OrderBy(s => s.Key)
            .Select(s => new { id, area, Year = s.Key == AreaOutcome.NotPeakedKey ? (int?)null : s.Key, share = s.Value })).ToList();
        connection.Execute("INSERT INTO scenario_peak_years (scenario_run_id, area, peak_year, share) VALUES (@id, @area, @Year, @share)", peaks, transaction);
        for (int i = 0; i < outcome.Targets.Count; i++)
        {
            var t = outcome.Targets[i];
            connection.Execute("""
                INSERT INTO scenario_targets (scenario_run_id, ordinal, region_code, indicator, rule, base_year, target_year, base_value, target_value,
                                              central_value, central_met, probability_met, not_checked, location)
                VALUES (@id, @i, @Region, @Indicator, @Rule, @BaseYear, @TargetYear, @BaseValue, @TargetValue, @CentralValue, @Met, @ProbabilityMet,
                        @NotChecked, @Location)
                """, new
            {
                id, i, Region = t.Target.Region.Value, t.Target.Indicator, t.Rule, t.Target.BaseYear, t.Target.TargetYear, t.BaseValue, t.TargetValue,
                t.CentralValue, Met = t.CentralMet is { } m ? (m ? 1 : 0) : (int?)null, t.ProbabilityMet, NotChecked = t.NotCheckedBecause?.Encode(),
                t.Target.Location,
            }, transaction);
        }
        for (int i = 0; i < outcome.Budgets.Count; i++)
        {
            var b = outcome.Budgets[i];
            connection.Execute("""
                INSERT INTO scenario_budgets (scenario_run_id, ordinal, region_code, start_year, end_year, allowed_t, basis, history_used_t, central_used_t,
                                              central_within, probability_within, central_run_out_year, not_checked, location)
                VALUES (@id, @i, @Region, @StartYear, @EndYear, @Allowed, @Basis, @HistoryUsedTonnes, @CentralUsedTonnes, @Within, @ProbabilityWithin,
                        @CentralRunOutYear, @NotChecked, @Location)
                """, new
            {
                id, i, Region = b.Budget.Region.Value, b.Budget.StartYear, b.Budget.EndYear, Allowed = Finite(b.Budget.AllowedTonnes), b.Budget.Basis,
                b.HistoryUsedTonnes, b.CentralUsedTonnes, Within = b.CentralWithin is { } w ? (w ? 1 : 0) : (int?)null, b.ProbabilityWithin,
                b.CentralRunOutYear, NotChecked = b.NotCheckedBecause?.Encode(), b.Budget.Location,
            }, transaction);
        }
        for (int i = 0; i < outcome.Sensitivity.Count; i++)
        {
            var s = outcome.Sensitivity[i];
            connection.Execute("""
                INSERT INTO scenario_sensitivity (scenario_run_id, ordinal, lever, region_code, peak_co2e_low_t, peak_co2e_high_t, peak_year_low,
                                                  peak_year_high, first_order_peak_co2e, first_order_peak_year)
                VALUES (@id, @i, @Lever, @Region, @Low, @High, @PeakYearLow, @PeakYearHigh, @FirstOrderPeakCo2e, @FirstOrderPeakYear)
                """, new
            {
                id, i, s.Dimension.Lever, Region = s.Dimension.Region?.Value, Low = Finite(s.PeakCo2eLow), High = Finite(s.PeakCo2eHigh),
                s.PeakYearLow, s.PeakYearHigh, s.FirstOrderPeakCo2e, s.FirstOrderPeakYear,
            }, transaction);
        }
        transaction.Commit();
        return (id, true);
    }

    /// <summary>The stored run with <paramref name="key"/>, or null.</summary>
    public StoredScenarioRun? Find(ScenarioRunKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Query("WHERE inputs_sha256 = @InputsSha256 AND base_run_id = @BaseRunId AND seed = @Seed AND iterations = @Iterations AND engine_version = @EngineVersion",
            new { key.InputsSha256, key.BaseRunId, Seed = SeedText(key.Seed), key.Iterations, key.EngineVersion }).FirstOrDefault();
    }

    /// <summary>The stored run <paramref name="id"/>, or null.</summary>
    public StoredScenarioRun? Get(long id) => Query("WHERE id = @id", new { id }).FirstOrDefault();

    /// <summary>Every stored scenario run, newest first (by id).</summary>
    public IReadOnlyList<StoredScenarioRun> List() => Query("", null).OrderByDescending(r => r.Id).ToList();

    /// <summary>The stored path of <paramref name="id"/>, area 0 (the city) first, then each part, each by year.</summary>
    public IReadOnlyList<StoredScenarioPathRow> Paths(long id) =>
        connection.Query<PathRow>("""
                SELECT area AS Area, region_code AS Region, city_rest AS CityRest, year AS Year, central_co2e_t AS Central, mean_co2e_t AS Mean,
                       p05_co2e_t AS P05, p25_co2e_t AS P25, p50_co2e_t AS P50, p75_co2e_t AS P75, p95_co2e_t AS P95
                FROM scenario_paths WHERE scenario_run_id = @id ORDER BY area, year
                """, new { id })
            .Select(r => new StoredScenarioPathRow((int)r.Area, r.Region, r.CityRest != 0, new PathQuantiles((int)r.Year, r.Central, r.Mean, r.P05, r.P25, r.P50, r.P75, r.P95)))
            .ToList();

    /// <summary>The stored shares of runs by peak year of <paramref name="id"/> for <paramref name="area"/> (0: the city); the key
    /// <see cref="AreaOutcome.NotPeakedKey"/> for runs not peaked by the horizon.</summary>
    public IReadOnlyDictionary<int, double> PeakYearShares(long id, int area) =>
        connection.Query<(long? Year, double Share)>("SELECT peak_year, share FROM scenario_peak_years WHERE scenario_run_id = @id AND area = @area", new { id, area })
            .ToDictionary(r => r.Year is { } y ? (int)y : AreaOutcome.NotPeakedKey, r => r.Share);

    /// <summary>The stored target checks of <paramref name="id"/> in their order: indicator, rule, target year, central value, met, share of runs meeting it.</summary>
    public IReadOnlyList<(string Indicator, string Rule, int TargetYear, double? CentralValue, bool? CentralMet, double? ProbabilityMet)> Targets(long id) =>
        connection.Query<(string, string, long, double?, long?, double?)>("""
                SELECT indicator, rule, target_year, central_value, central_met, probability_met FROM scenario_targets WHERE scenario_run_id = @id ORDER BY ordinal
                """, new { id })
            .Select(r => (r.Item1, r.Item2, (int)r.Item3, r.Item4, r.Item5 is { } m ? m != 0 : (bool?)null, r.Item6)).ToList();

    /// <summary>The stored budget checks of <paramref name="id"/> in their order: region, period, central use, within, share of runs within.</summary>
    public IReadOnlyList<(string Region, int StartYear, int EndYear, double? CentralUsedTonnes, bool? CentralWithin, double? ProbabilityWithin)> Budgets(long id) =>
        connection.Query<(string, long, long, double?, long?, double?)>("""
                SELECT region_code, start_year, end_year, central_used_t, central_within, probability_within FROM scenario_budgets WHERE scenario_run_id = @id ORDER BY ordinal
                """, new { id })
            .Select(r => (r.Item1, (int)r.Item2, (int)r.Item3, r.Item4, r.Item5 is { } w ? w != 0 : (bool?)null, r.Item6)).ToList();

    /// <summary>The stored tornado rows of <paramref name="id"/> in their order: lever (key or key@region), peak level at u = 0.1 and 0.9, t.</summary>
    public IReadOnlyList<(string Lever, double PeakCo2eLow, double PeakCo2eHigh)> Sensitivity(long id) =>
        connection.Query<(string Lever, string? Region, double Low, double High)>(
                "SELECT lever, region_code, peak_co2e_low_t, peak_co2e_high_t FROM scenario_sensitivity WHERE scenario_run_id = @id ORDER BY ordinal", new { id })
            .Select(r => (r.Region is null ? r.Lever : $"{r.Lever}@{r.Region}", r.Low, r.High)).ToList();

    private IEnumerable<StoredScenarioRun> Query(string where, object? parameters) =>
        connection.Query<RunRow>($"""
                SELECT id AS Id, name AS Name, title AS Title, illustrative AS Illustrative, file_name AS FileName, file_sha256 AS Sha, base_run_id AS BaseRun,
                       region_code AS Region, base_year AS BaseYear, horizon AS Horizon, seed AS Seed, iterations AS Iterations, engine_version AS Engine,
                       created_at AS CreatedAt, json AS Json
                FROM scenario_runs {where}
                """, parameters)
            .Select(r => new StoredScenarioRun(r.Id, r.Name, r.Title, r.Illustrative != 0, r.FileName, r.Sha, r.BaseRun, r.Region, (int)r.BaseYear,
                (int)r.Horizon, ulong.Parse(r.Seed, CultureInfo.InvariantCulture), (int)r.Iterations, r.Engine, r.CreatedAt, r.Json));

    private sealed class RunRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Title { get; set; } = "";
        public long Illustrative { get; set; }
        public string FileName { get; set; } = "";
        public string Sha { get; set; } = "";
        public long BaseRun { get; set; }
        public string Region { get; set; } = "";
        public long BaseYear { get; set; }
        public long Horizon { get; set; }
        public string Seed { get; set; } = "";
        public long Iterations { get; set; }
        public string Engine { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string Json { get; set; } = "";
    }

    private sealed class PathRow
    {
        public long Area { get; set; }
        public string Region { get; set; } = "";
        public long CityRest { get; set; }
        public long Year { get; set; }
        public double Central { get; set; }
        public double? Mean { get; set; }
        public double? P05 { get; set; }
        public double? P25 { get; set; }
        public double? P50 { get; set; }
        public double? P75 { get; set; }
        public double? P95 { get; set; }
    }

    private static string SeedText(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);

    /// <summary>The identity of a run's inputs besides the base run: the scenario file's SHA-256 with every target and budget it was checked
    /// against (a targets or budgets file changed beside an unchanged scenario file gives other checks, so another stored run), lower-case hex.</summary>
    public static string InputsSha256(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new System.Text.StringBuilder(outcome.Scenario.ContentSha256);
        foreach (var t in outcome.Base.Targets ?? [])
        {
            text.Append(CultureInfo.InvariantCulture, $"\nT|{t.Region.Value}|{t.Indicator}|{t.Rule}|{t.BaseYear}|{t.TargetYear}|{t.Kind}|{t.Value:R}|{t.Unit}");
        }
        foreach (var b in outcome.Base.Budgets ?? [])
        {
            text.Append(CultureInfo.InvariantCulture, $"\nB|{b.Region.Value}|{b.StartYear}|{b.EndYear}|{b.AllowedTonnes:R}|{b.Basis}");
        }
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A required figure, or null for NaN or infinity so that the NOT NULL column refuses it and the transaction rolls back.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>True when the stored path rows are <paramref name="outcome"/>'s paths, every figure equal (a figure not stored, or not
    /// finite, equal to one the same).</summary>
    private static bool SamePath(IReadOnlyList<StoredScenarioPathRow> stored, ScenarioOutcome outcome)
    {
        var fresh = outcome.Areas.SelectMany((a, area) => a.Path.Select(p => (Area: area, p))).ToList();
        static bool Same(double? a, double? b) => Finite(a ?? double.NaN) == Finite(b ?? double.NaN);
        return stored.Count == fresh.Count && stored.Zip(fresh).All(x => x.First.Area == x.Second.Area && x.First.Quantiles.Year == x.Second.p.Year
            && Same(x.First.Quantiles.Central, x.Second.p.Central) && Same(x.First.Quantiles.Mean, x.Second.p.Mean) && Same(x.First.Quantiles.P05, x.Second.p.P05)
            && Same(x.First.Quantiles.P25, x.Second.p.P25) && Same(x.First.Quantiles.P50, x.Second.p.P50) && Same(x.First.Quantiles.P75, x.Second.p.P75)
            && Same(x.First.Quantiles.P95, x.Second.p.P95));
    }
}

/// <summary>What identifies a stored scenario run: the same key gives the same numbers.</summary>
/// <param name="InputsSha256">SHA-256 of the scenario file's bytes with the targets and budgets it was checked against
/// (<see cref="ScenarioStore.InputsSha256"/>, lower-case hex).</param>
/// <param name="BaseRunId">The stored inventory run it starts from.</param>
/// <param name="Seed">The Monte Carlo seed.</param>
/// <param name="Iterations">Monte Carlo runs.</param>
/// <param name="EngineVersion">The engine's version.</param>
public sealed record ScenarioRunKey(string InputsSha256, long BaseRunId, ulong Seed, int Iterations, string EngineVersion);

/// <summary>One stored scenario run.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">The scenario's name.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Illustrative">True for an illustrative scenario.</param>
/// <param name="FileName">The scenario file as the user named it.</param>
/// <param name="FileSha256">SHA-256 of its bytes.</param>
/// <param name="BaseRunId">The inventory run it started from.</param>
/// <param name="Region">The city's code.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Horizon">The last projected year.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Iterations">Monte Carlo runs.</param>
/// <param name="EngineVersion">The engine's version.</param>
/// <param name="CreatedAt">When it was stored (ISO-8601 instant, the workspace clock).</param>
/// <param name="Json">The JSON printed for it.</param>
public sealed record StoredScenarioRun(long Id, string Name, string Title, bool Illustrative, string FileName, string FileSha256, long BaseRunId, string Region,
    int BaseYear, int Horizon, ulong Seed, int Iterations, string EngineVersion, string CreatedAt, string Json);

/// <summary>One stored path row.</summary>
/// <param name="Area">0 the city, k the k-th part.</param>
/// <param name="Region">The region's code (the city's for the city's rest).</param>
/// <param name="IsCityRest">True for the city's rest.</param>
/// <param name="Quantiles">The year's central value and quantiles, t CO2e.</param>
public sealed record StoredScenarioPathRow(int Area, string Region, bool IsCityRest, PathQuantiles Quantiles);
