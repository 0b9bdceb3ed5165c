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
        var listed = TemplateRows.Read();
        // A listed row under 1.A goes to the fuel-combustion sheet of its category, where the energy balance's rows are entered;
        // the others make one sheet per name of template-rows.csv, holding the two-level categories (1.B, 2.A, 3.C …) its rows name.
        string? FuelSector(string c) => sectorCodes.Where(s => c == s.Code || c.StartsWith(s.Code + ".", StringComparison.Ordinal)).Select(s => s.Code).FirstOrDefault();
        static string Prefix(string c) => string.Join('.', c.Split('.').Take(2));
        var sheetNames = TemplateRows.SheetNamesEnglish();
        var listedSheets = listed.Where(r => FuelSector(r.Category) is null)
            .GroupBy(r => r.Sheet, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Prefixes: g.Select(r => Prefix(r.Category)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .Select(g => (g.Name, g.Prefixes, Code: string.Join(",", g.Prefixes)))
            .OrderBy(g => g.Prefixes[0], StringComparer.Ordinal)
            .ToList();
        // Category 0 (socio-economic indicators) is no emission category: it has a sheet of its own, never a place among the others.
        string SectorOf(string c) => c == indicatorCode ? indicatorCode
            : FuelSector(c) ?? listedSheets.Where(l => l.Prefixes.Any(p => c == p || c.StartsWith(p + ".", StringComparison.Ordinal))).Select(l => l.Code).FirstOrDefault() ?? "";
        var sectors = sectorCodes
            .Select(s => new TemplateSector(s.Code, zh ? s.NameZh : s.NameEn,
                categories.Where(c => SectorOf(c.Code) == s.Code).Select(c => Label(c.Code, c.NameZh, c.NameEn)).ToList()))
            .Concat(listedSheets.Select(l => new TemplateSector(l.Code, zh ? l.Name : sheetNames.GetValueOrDefault(l.Name, l.Name),
                categories.Where(c => SectorOf(c.Code) == l.Code).Select(c => Label(c.Code, c.NameZh, c.NameEn)).ToList())))
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
        var previousKeys = new List<(string Category, string Activity, long Use, string Facility)>();
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
                previousKeys.Add((category.Code, activity.Key, row.Key.UseId, row.Facility ?? ""));
                previous.Add(new TemplatePreviousRow(SectorOf(category.Code), Label(category.Code, category.NameZh, category.NameEn), zh ? activity.NameZh : activity.NameEn,
                    row.Key.UseId == 0 ? "" : zh ? use.NameZh : use.NameEn, row.Facility ?? "", row.Value, row.Notation,
                    row.UnitId is { } unit ? units[unit] : ""));
            });
        }
        var rowsBySheet = ListedRows(listed, categories.ToDictionary(c => c.Code, c => Label(c.Code, c.NameZh, c.NameEn), StringComparer.Ordinal),
            activities.ToDictionary(a => a.Key, a => (Name: zh ? a.NameZh : a.NameEn, a.Dimension), StringComparer.Ordinal),
            uses.ToDictionary(u => u.Key, u => (u.Id, Name: zh ? u.NameZh : u.NameEn), StringComparer.Ordinal), SectorOf, previous, previousKeys, zh);
        sectors = sectors.Select(s => rowsBySheet.TryGetValue(s.Code, out var rows)
            ? s with { Rows = rows, BlankUnits = s.Code.StartsWith("1.A", StringComparison.Ordinal) ? null : rows.SelectMany(r => r.Units).Distinct(StringComparer.Ordinal).ToList() }
            : s).ToList();
        var listedNames = sectors.Where(s => s.Rows.Count > 0).Select(s => s.Name).ToList();
        return new TemplateContent(zh ? regionRow.NameZh : regionRow.NameEn, code, year, previousVersion, sectors,
            activities.Select(a => new TemplateActivity(zh ? a.NameZh : a.NameEn, string.Join(", ", DimensionUnits(a.Dimension)))).ToList(),
            TemplateContent.UnitChoices,
            uses.Select(u => new TemplateUse(zh ? u.NameZh : u.NameEn, u.Key)).ToList(),
            previous.OrderBy(p => p.CategoryLabel, StringComparer.Ordinal).ThenBy(p => p.Activity, StringComparer.Ordinal).ThenBy(p => p.Use, StringComparer.Ordinal)
                .ThenBy(p => p.Facility, StringComparer.Ordinal).ToList(),
            (XlsxText.PreviousYearValueHeader, XlsxText.PreviousYearUnitHeader))
        {
            Indicators = indicators,
            HintHeader = XlsxText.IndicatorHintHeader,
            UnitListHeading = TemplateSectorText.UnitListHeading,
            SectorInstructions = listedNames.Count > 0 ? [Text.Format(TemplateSectorText.SectorInstruction, string.Join(zh ? "、" : ", ", listedNames))] : [],
        };
    }

    /// <summary>The listed rows of each sheet (by sheet code), in the file's order; last year's row of the same category, activity and use
    /// without a facility is shown beside its listed row and marked <see cref="TemplatePreviousRow.Listed"/> in <paramref name="previous"/>.</summary>
    /// <exception cref="InvalidOperationException">A row names a category, activity or use the database lacks (an older <c>ghg init</c>).</exception>
    private static Dictionary<string, List<TemplateEntryRow>> ListedRows(IReadOnlyList<TemplateRow> listed, Dictionary<string, string> categoryLabels,
        Dictionary<string, (string Name, string Dimension)> activities, Dictionary<string, (long Id, string Name)> uses, Func<string, string> sectorOf,
        List<TemplatePreviousRow> previous, List<(string Category, string Activity, long Use, string Facility)> previousKeys, bool zh)
    {
        var bySheet = new Dictionary<string, List<TemplateEntryRow>>(StringComparer.Ordinal);
        foreach (var row in listed)
        {
            string Missing(string word, string value) => Text.Format(TemplateSectorText.BadTemplateRow, row.Line, word, value);
            string label = categoryLabels.GetValueOrDefault(row.Category) ?? throw new InvalidOperationException(Missing(TemplateSectorText.WordCategory, row.Category));
            var activity = activities.TryGetValue(row.Activity, out var a) ? a : throw new InvalidOperationException(Missing(TemplateSectorText.WordActivity, row.Activity));
            var use = row.Use.Length == 0 ? (Id: 0L, Name: "") : uses.TryGetValue(row.Use, out var u) ? u : throw new InvalidOperationException(Missing(TemplateSectorText.WordUse, row.Use));
            int index = previousKeys.FindIndex(k => k.Category == row.Category && k.Activity == row.Activity && k.Use == use.Id && k.Facility.Length == 0);
            TemplatePreviousRow? last = null;
            if (index >= 0)
            {
                last = previous[index] = previous[index] with { Listed = true };
            }
            string unit = last?.Unit is { Length: > 0 } lastUnit ? lastUnit : row.Unit;
            var units = DimensionUnits(activity.Dimension).Prepend(row.Unit).Prepend(unit).Distinct(StringComparer.Ordinal).ToList();
            string sheet = sectorOf(row.Category);
            if (!bySheet.TryGetValue(sheet, out var rows))
            {
                bySheet[sheet] = rows = [];
            }
            rows.Add(new TemplateEntryRow(label, activity.Name, unit, units, zh ? row.NoteZh : row.NoteEn, last) { Use = use.Name });
        }
        return bySheet;
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

    /// <summary>The units an activity of <paramref name="dimension"/> is written in, as Chinese statistics spell them (each read by the import:
    /// Core/Units/Unit.cs); head units for a count, since the counted activities of the vocabulary are animals.</summary>
    internal static IReadOnlyList<string> DimensionUnits(string dimension) => dimension.ToLowerInvariant() switch
    {
        "mass" => ["吨", "万吨", "千克"],
        "volume" => ["立方米", "万立方米", "亿立方米", "百万立方米"],
        "energy" => ["吉焦", "万吉焦", "千瓦时", "万千瓦时", "亿千瓦时", "吨标准煤", "万吨标准煤"],
        "money" => ["元", "万元", "亿元"],
        "index" => ["上年=100"],
        "count" => ["头", "万头", "只", "万只", "匹", "万匹", "峰", "万峰", "人", "万人"],
        "area" => ["公顷", "千公顷", "万公顷", "亩", "万亩", "平方公里"],
        "power" => ["千瓦", "万千瓦", "兆瓦", "吉瓦"],
        _ => [],
    };
}
