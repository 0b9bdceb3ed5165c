using Dapper;
using GhgInventory.Core.Domain;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Scenarios;

/// <summary>One territorial line of a stored run reduced to what a yearly total needs (<see cref="HistoryLines"/>).</summary>
/// <param name="Region">The line's region (its source's).</param>
/// <param name="Year">The year.</param>
/// <param name="Category">The line's category (its own, else its source's, as <see cref="Storage.RunStore.LoadLines"/> reads it).</param>
/// <param name="Gas">The gas.</param>
/// <param name="MassTonnes">Mass, t; null under a notation key.</param>
/// <param name="Co2eTonnes">CO2e, t; null under a notation key or for a gas without GWP.</param>
/// <param name="Notation">The notation key (NE, C, NO …), or null.</param>
public sealed record HistoryLine(RegionCode Region, int Year, CategoryCode Category, Gas Gas, double? MassTonnes, double? Co2eTonnes, NotationKey? Notation);

/// <summary>Reads the territorial lines of a run over a span of years in one query, without their factors and texts: the scenario base's
/// history (docs/scenarios.md §3) sums ten years of lines, which <see cref="Storage.RunStore.LoadLines"/> (factors, arithmetic) reads too slowly
/// for the 2 s budget of <c>ghg scenario run</c>.</summary>
public static class HistoryLines
{
    private const string Sql = """
        SELECT es.region_code AS Region, es.year AS Year, coalesce(l.category, es.category) AS Category, l.gas AS Gas, l.mass_t AS Mass,
               l.co2e_t AS Co2e, l.notation_key AS Notation
        FROM emission_lines l JOIN emission_sources es ON es.id = l.source_id
        WHERE l.run_id = @runId AND es.year BETWEEN @yearFrom AND @yearTo AND l.scope = 'territorial'
        ORDER BY l.id
        """;

    /// <summary>The territorial lines of run <paramref name="runId"/> in <paramref name="yearFrom"/>–<paramref name="yearTo"/>, in stored order.</summary>
    public static IReadOnlyList<HistoryLine> Load(SqliteConnection connection, long runId, int yearFrom, int yearTo)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var regions = new Dictionary<string, RegionCode>(StringComparer.Ordinal);
        var categories = new Dictionary<string, CategoryCode>(StringComparer.Ordinal);
        return connection.Query<(string Region, long Year, string Category, string Gas, double? Mass, double? Co2e, string? Notation)>(Sql, new { runId, yearFrom, yearTo })
            .Select(r => new HistoryLine(
                regions.TryGetValue(r.Region, out var region) ? region : regions[r.Region] = RegionCode.Parse(r.Region), (int)r.Year,
                categories.TryGetValue(r.Category, out var category) ? category : categories[r.Category] = CategoryCode.Parse(r.Category),
                new Gas(r.Gas), r.Mass, r.Co2e, r.Notation is null ? null : Enum.Parse<NotationKey>(r.Notation)))
            .ToList();
    }
}
