using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>The rows of the years before a compile that its series methods need (issue 15: first-order decay of 4.A reads every
/// earlier deposit), and the data versions they come from.</summary>
/// <remarks>Only rows of a category a <see cref="MethodScope.Series"/> route covers are kept: they feed the decay and make no line.
/// The versions that gave such rows are named by the run (and in its inputs hash), so a change to an earlier year's deposit makes a
/// new run, never a silently different one.</remarks>
public static class SeriesHistory
{
    /// <summary>The current rows before <paramref name="yearFrom"/> within <paramref name="region"/> of the categories that
    /// <paramref name="registry"/> routes to series methods, summed per source; and the versions they came from.</summary>
    public static (IReadOnlyCollection<SourceRows> Rows, IReadOnlyList<long> VersionIds) Load(SqliteConnection connection, RunStore runs, int yearFrom,
        RegionTree regions, RegionCode region, MethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(registry);
        var categories = registry.Routes.Where(r => MethodRegistry.Methods.TryGetValue(r.Method, out var m) && m.Scope == MethodScope.Series)
            .Select(r => r.Category.Value).Distinct(StringComparer.Ordinal).ToList();
        if (categories.Count == 0)
        {
            return ([], []);
        }
        // Cheap guard first (one scan that stops at the first hit): a database without a row of these categories (the 1M-row
        // energy benchmark) never loads its earlier years.
        var categoryIds = connection.Query<(long Id, string Code)>("SELECT id, code FROM categories")
            .Where(c => categories.Any(root => CategoryCode.Parse(c.Code).IsWithin(root))).Select(c => c.Id).ToList();
        if (categoryIds.Count == 0 || !connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM activity_records WHERE category_id IN (SELECT value FROM json_each(@ids)))",
                new { ids = "[" + string.Join(",", categoryIds) + "]" }))
        {
            return ([], []);
        }
        var versions = runs.CurrentVersionIds(int.MinValue / 2, yearFrom - 1, regions, region);
        if (versions.Count == 0)
        {
            return ([], []);
        }
        var rows = runs.LoadSourceRows(versions).Where(r => categories.Any(c => r.Category.IsWithin(c))).ToList();
        if (rows.Count == 0)
        {
            return ([], []);
        }
        var used = rows.Select(r => (r.Region.Value, r.Year)).ToHashSet();
        var usedIds = connection.Query<(long Id, string Region, long Year)>(
                "SELECT id, region_code, year FROM activity_versions WHERE id IN (SELECT value FROM json_each(@ids))",
                new { ids = "[" + string.Join(",", versions) + "]" })
            .Where(v => used.Contains((v.Region, (int)v.Year))).Select(v => v.Id).Order().ToList();
        return (rows, usedIds);
    }
}
