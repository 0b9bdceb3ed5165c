using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Templates;

/// <summary>Gathers what the data-entry workbook of one region and year shows (<see cref="TemplateContent"/>): vocabularies and the previous year's current version.</summary>
public static class TemplateLoader
{
    /// <summary>Reads the vocabularies and the current version of <paramref name="year"/> − 1 for <paramref name="region"/>.</summary>
    /// <exception cref="ArgumentException">The region is not in the database.</exception>
    public static TemplateContent Load(SqliteConnection connection, RegionCode region, int year)
    {
        ArgumentNullException.ThrowIfNull(connection);
        bool zh = UiCulture.IsChinese;
        string code = region.ToString();
        var regionRow = connection.Query<(string NameZh, string NameEn)>("SELECT name_zh, name_en FROM regions WHERE code = @code", new { code }).Cast<(string NameZh, string NameEn)?>().SingleOrDefault()
            ?? throw new ArgumentException($"region {code} is not in the database ('ghg init' loads the regions)", nameof(region));
        var categories = connection.Query<(long Id, string Code, string NameZh, string NameEn)>("SELECT id, code, name_zh, name_en FROM categories ORDER BY code").ToList();
        string Label(string c, string nameZh, string nameEn) => TemplateContent.CategoryLabel(c, zh ? nameZh : nameEn);
        var sectorCodes = categories.Where(c => c.Code.Count(ch => ch == '.') == 2 && c.Code.StartsWith("1.A.", StringComparison.Ordinal)).ToList();
        const string indicatorCode = TemplateContent.IndicatorSheetCode;
        // Category 0 (socio-economic indicators) is no emission category: it has a sheet of its own, never a place among the others.
        string SectorOf(string c) => c == indicatorCode ? indicatorCode
            : sectorCodes.FirstOrDefault(s => c == s.Code || c.StartsWith(s.Code + ".", StringComparison.Ordinal)).Code ?? "";
        var sectors = sectorCodes
            .Select(s => new TemplateSector(s.Code, zh ? s.NameZh : s.NameEn,
                categories.Where(c => SectorOf(c.Code) == s.Code).Select(c => Label(c.Code, c.NameZh, c.NameEn)).ToList()))
            .Append(new TemplateSector("", zh ? "其他类别" : "Other categories",
                categories.Where(c => SectorOf(c.Code) == "").Select(c => Label(c.Code, c.NameZh, c.NameEn)).ToList()))
            .Concat(categories.Where(c => c.Code == indicatorCode)
                .Select(c => new TemplateSector(indicatorCode, IndicatorText.SheetName, [Label(c.Code, c.NameZh, c.NameEn)])))
            .ToList();
        var activities = connection.Query<(long Id, string Key, string NameZh, string NameEn, string Dimension)>("SELECT id, key, name_zh, name_en, dimension FROM activities ORDER BY id").ToList();
        var indicators = connection.Query<(string Key, string NameZh, string NameEn, string Dimension)>(
                "SELECT key, name_zh, name_en, dimension FROM activities WHERE kind = 'indicator' ORDER BY id")
            .Select(a => new TemplateIndicator(zh ? a.NameZh : a.NameEn, IndicatorUnits(a.Key, a.Dimension),
                IndicatorText.ResourceManager.GetString("Note_" + a.Key, IndicatorText.Culture) ?? ""))
            .ToList();
        var uses = connection.Query<(long Id, string Key, string NameZh, string NameEn)>("SELECT id, key, name_zh, name_en FROM fuel_uses ORDER BY id").ToList();

        var previous = new List<TemplatePreviousRow>();
        var resolver = new VersionResolver(connection, null);
        int? previousVersion = null;
        if (resolver.Current(code, year - 1) is { } current)
        {
            previousVersion = current.Version;
            var units = connection.Query<(long Id, string Text)>("SELECT id, text FROM text_values").ToDictionary(t => t.Id, t => t.Text);
            var categoryById = categories.ToDictionary(c => c.Id);
            var activityById = activities.ToDictionary(a => a.Id);
            var useById = uses.ToDictionary(u => u.Id);
            resolver.ForEachEffective([current.Id], withText: true, (_, row) =>
            {
                var category = categoryById[row.Key.CategoryId];
                var activity = activityById[row.Key.ActivityId];
                var use = useById[row.Key.UseId];
                previous.Add(new TemplatePreviousRow(SectorOf(category.Code), Label(category.Code, category.NameZh, category.NameEn), zh ? activity.NameZh : activity.NameEn,
                    row.Key.UseId == 0 ? "" : zh ? use.NameZh : use.NameEn, row.Facility ?? "", row.Value, row.Notation,
                    row.UnitId is { } unit ? units[unit] : ""));
            });
        }
        return new TemplateContent(zh ? regionRow.NameZh : regionRow.NameEn, code, year, previousVersion, sectors,
            activities.Select(a => new TemplateActivity(zh ? a.NameZh : a.NameEn, UnitsOf(a.Dimension))).ToList(),
            TemplateContent.UnitChoices,
            uses.Select(u => new TemplateUse(zh ? u.NameZh : u.NameEn, u.Key)).ToList(),
            previous.OrderBy(p => p.CategoryLabel, StringComparer.Ordinal).ThenBy(p => p.Activity, StringComparer.Ordinal).ThenBy(p => p.Use, StringComparer.Ordinal)
                .ThenBy(p => p.Facility, StringComparer.Ordinal).ToList(),
            (XlsxText.PreviousYearValueHeader, XlsxText.PreviousYearUnitHeader))
        {
            Indicators = indicators,
        };
    }

    /// <summary>The units an indicator's drop-down offers, the one statistical bulletins use first: 亿元 for money, 上年=100 for an index,
    /// 万人 for population, 万千瓦 for capacity, 万千瓦时 for electricity and 万吨标准煤 for other non-fossil energy.</summary>
    private static IReadOnlyList<string> IndicatorUnits(string key, string dimension) => dimension.ToLowerInvariant() switch
    {
        "money" => ["亿元", "万元", "元"],
        "index" => ["上年=100"],
        "count" => ["万人", "人"],
        "power" => ["万千瓦", "千瓦", "兆瓦", "吉瓦"],
        "energy" when key == Core.Economy.IndicatorKeys.NonFossilEnergyOther => ["万吨标准煤", "吨标准煤", "万吉焦", "吉焦"],
        "energy" => ["万千瓦时", "亿千瓦时", "千瓦时"],
        _ => [],
    };

    private static string UnitsOf(string dimension) => dimension.ToLowerInvariant() switch
    {
        "mass" => "吨, 万吨",
        "volume" => "立方米, 万立方米, 亿立方米",
        "energy" => "吉焦, 万吉焦, 千瓦时, 万千瓦时, 亿千瓦时, 吨标准煤, 万吨标准煤",
        "money" => "元, 万元, 亿元",
        "index" => "上年=100",
        "count" => "人, 万人, 头",
        "power" => "千瓦, 万千瓦, 兆瓦, 吉瓦",
        _ => "",
    };
}
