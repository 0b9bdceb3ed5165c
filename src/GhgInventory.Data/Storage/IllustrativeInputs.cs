using Dapper;
using GhgInventory.Core.Economy;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>How many of a run's input rows say in their source that they are illustrative (demo figures, not published statistics).</summary>
/// <param name="IndicatorRows">Socio-economic indicator rows (category 0: GDP, indices, population …) of the run's data versions.</param>
/// <param name="IllustrativeIndicatorRows">Those whose source contains 示例数据 or "illustrative".</param>
/// <param name="ActivityRows">Activity rows of the run's data versions (every other category).</param>
/// <param name="IllustrativeActivityRows">Those whose source contains 示例数据 or "illustrative".</param>
public sealed record IllustrativeInputs(long IndicatorRows, long IllustrativeIndicatorRows, long ActivityRows, long IllustrativeActivityRows)
{
    /// <summary>True when any row of the run is labelled illustrative.</summary>
    public bool Any => IllustrativeIndicatorRows > 0 || IllustrativeActivityRows > 0;

    /// <summary>Counts the effective rows of the data versions run <paramref name="runId"/> used (every year and region it read, each
    /// version's own rows over its base's, as the run read them); the label is the one the samples and the template's users write in the
    /// source column: 示例数据 or "illustrative" (any case).</summary>
    public static IllustrativeInputs Of(SqliteConnection connection, long runId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var versions = connection.Query<long>("SELECT version_id FROM run_activity_versions WHERE run_id = @runId", new { runId }).ToList();
        var ids = new List<long>();
        if (versions.Count > 0)
        {
            new VersionResolver(connection, null).ForEachEffective(versions, withText: false, (_, row) => ids.Add(row.Id));
        }
        long indicators = 0, illustrativeIndicators = 0, activities = 0, illustrativeActivities = 0;
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var (indicator, illustrative, count) in connection.Query<(bool Indicator, bool Illustrative, long Count)>($"""
                SELECT c.code = '{IndicatorKeys.Category}', coalesce(s.text LIKE '%示例数据%' OR s.text LIKE '%illustrative%', 0), count(*)
                FROM activity_records r
                JOIN categories c ON c.id = r.category_id
                LEFT JOIN text_values s ON s.id = r.source_id
                WHERE r.id IN @chunk
                GROUP BY 1, 2
                """, new { chunk }))
            {
                if (indicator)
                {
                    indicators += count;
                    illustrativeIndicators += illustrative ? count : 0;
                }
                else
                {
                    activities += count;
                    illustrativeActivities += illustrative ? count : 0;
                }
            }
        }
        return new IllustrativeInputs(indicators, illustrativeIndicators, activities, illustrativeActivities);
    }
}
