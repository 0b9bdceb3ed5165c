using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Units;
using GhgInventory.Data.ReferenceData;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>Regions, categories, activities and substances in the database.</summary>
public sealed class ReferenceStore(SqliteConnection connection)
{
    /// <summary>Inserts or updates regions (names and grids may be corrected; codes are identities).</summary>
    public void SaveRegions(IEnumerable<Region> regions, SqliteTransaction transaction)
    {
        const string sql = """
            INSERT INTO regions (code, parent_code, level, name_zh, name_en, grid, valid_from, valid_to)
            VALUES (@Code, @Parent, @Level, @NameZh, @NameEn, @Grid, @ValidFrom, @ValidTo)
            ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level,
                name_zh = excluded.name_zh, name_en = excluded.name_en, grid = excluded.grid,
                valid_from = excluded.valid_from, valid_to = excluded.valid_to
            """;
        // Parents first, so the foreign key holds row by row.
        foreach (var r in regions.OrderBy(r => r.Code.Level))
        {
            connection.Execute(sql, new { Code = r.Code.Value, Parent = r.Parent?.Value, Level = ReferenceDataLoader.Lower(r.Level), r.NameZh, r.NameEn, r.Grid, r.ValidFrom, r.ValidTo }, transaction);
        }
    }

    /// <summary>Inserts or updates the category tree.</summary>
    public void SaveCategories(IEnumerable<Category> categories, SqliteTransaction transaction)
    {
        const string sql = """
            INSERT INTO categories (code, parent_code, name_zh, name_en) VALUES (@Code, @Parent, @NameZh, @NameEn)
            ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, name_zh = excluded.name_zh, name_en = excluded.name_en
            """;
        foreach (var c in categories.OrderBy(c => c.Code.Value.Length))
        {
            connection.Execute(sql, new { Code = c.Code.Value, Parent = c.Parent?.Value, c.NameZh, c.NameEn }, transaction);
        }
    }

    /// <summary>Inserts or updates the activity vocabulary.</summary>
    public void SaveActivities(IEnumerable<ActivityDefinition> activities, SqliteTransaction transaction)
    {
        const string sql = """
            INSERT INTO activities (key, name_zh, name_en, dimension, kind) VALUES (@Key, @NameZh, @NameEn, @Dimension, @Kind)
            ON CONFLICT (key) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, dimension = excluded.dimension, kind = excluded.kind
            """;
        foreach (var a in activities)
        {
            connection.Execute(sql, new { a.Key, a.NameZh, a.NameEn, Dimension = ReferenceDataLoader.Lower(a.Dimension), Kind = ReferenceDataLoader.Lower(a.Kind) }, transaction);
        }
    }

    /// <summary>Inserts or updates substances from rows of (gas, name_zh, name_en, kind).</summary>
    public void SaveSubstances(IEnumerable<(string Gas, string NameZh, string NameEn, string Kind)> substances, SqliteTransaction transaction)
    {
        const string sql = """
            INSERT INTO substances (gas, name_zh, name_en, kind) VALUES (@Gas, @NameZh, @NameEn, @Kind)
            ON CONFLICT (gas) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind
            """;
        foreach (var s in substances)
        {
            connection.Execute(sql, new { s.Gas, s.NameZh, s.NameEn, s.Kind }, transaction);
        }
    }

    /// <summary>The region tree.</summary>
    public RegionTree LoadRegions(SqliteTransaction? transaction = null)
    {
        const string sql = "SELECT code AS Code, parent_code AS Parent, name_zh AS NameZh, name_en AS NameEn, grid AS Grid, valid_from AS ValidFrom, valid_to AS ValidTo FROM regions";
        return new RegionTree(connection.Query<(string Code, string? Parent, string NameZh, string NameEn, string? Grid, long? ValidFrom, long? ValidTo)>(sql, transaction: transaction)
            .Select(r => new Region(RegionCode.Parse(r.Code), r.Parent is null ? null : RegionCode.Parse(r.Parent), r.NameZh, r.NameEn, r.Grid)
            {
                ValidFrom = (int?)r.ValidFrom,
                ValidTo = (int?)r.ValidTo,
            }));
    }

    /// <summary>The category tree by code.</summary>
    public IReadOnlyDictionary<CategoryCode, Category> LoadCategories()
    {
        const string sql = "SELECT code AS Code, parent_code AS Parent, name_zh AS NameZh, name_en AS NameEn FROM categories";
        return connection.Query<(string Code, string? Parent, string NameZh, string NameEn)>(sql)
            .Select(c => new Category(CategoryCode.Parse(c.Code), c.Parent is null ? null : CategoryCode.Parse(c.Parent), c.NameZh, c.NameEn))
            .ToDictionary(c => c.Code);
    }

    /// <summary>The activity vocabulary by key.</summary>
    public IReadOnlyDictionary<string, ActivityDefinition> LoadActivities(SqliteTransaction? transaction = null)
    {
        const string sql = "SELECT key AS Key, name_zh AS NameZh, name_en AS NameEn, dimension AS Dimension, kind AS Kind FROM activities";
        return connection.Query<(string Key, string NameZh, string NameEn, string Dimension, string Kind)>(sql, transaction: transaction)
            .Select(a => new ActivityDefinition(a.Key, a.NameZh, a.NameEn,
                Enum.Parse<Dimension>(a.Dimension, ignoreCase: true), Enum.Parse<ActivityKind>(a.Kind, ignoreCase: true)))
            .ToDictionary(a => a.Key);
    }
}
