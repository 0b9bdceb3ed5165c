using System.Text;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>The names an activity file may use, interned to small integers and looked up by their UTF-8 bytes.</summary>
/// <remarks>
/// Every name is held as written and in ASCII lower case, so <c>Diesel</c> finds <c>diesel</c> and <c>Raw Coal</c> the
/// English name <c>raw coal</c>. Callers look up the field as written first (the fast path) and only on a miss its NFKC,
/// lower-cased form (<see cref="TextFields.Fold"/>).
/// </remarks>
internal sealed class Vocabulary
{
    /// <summary>How many distinct unit spellings are remembered; a hostile file cannot grow the cache past this.</summary>
    private const int UnitCacheCap = 4096;

    private readonly Utf8KeyTable<int> regions = new();
    private readonly Utf8KeyTable<int> categories = new();
    private readonly Utf8KeyTable<int> activities = new();
    private readonly Utf8KeyTable<int> uses = new();
    private readonly Utf8KeyTable<Unit?> units = new();
    private readonly Dictionary<int, double> powerCoalRates = [];
    private int unitCount;

    /// <summary>Region codes by id.</summary>
    public List<string> RegionCodes { get; } = [];

    /// <summary>Database id of each category, by index.</summary>
    public List<long> CategoryIds { get; } = [];

    /// <summary>Category code (<c>1.A.2.c</c>) by vocabulary id.</summary>
    public List<string> CategoryCodes { get; } = [];

    /// <summary>Activity keys by id.</summary>
    public List<string> ActivityKeys { get; } = [];

    /// <summary>Chinese name of each activity, by id.</summary>
    public List<string> ActivityNamesZh { get; } = [];

    /// <summary>Database id of each activity, by index.</summary>
    public List<long> ActivityIds { get; } = [];

    /// <summary>Dimension of each activity, by id.</summary>
    public List<Dimension> Dimensions { get; } = [];

    /// <summary>True, by activity id, for electricity and electricity generated: their coal-equivalent units must name a basis.</summary>
    public List<bool> IsElectricity { get; } = [];

    /// <summary>Category codes by their Chinese and English names (trimmed, ASCII in lower case), for the hint when a file writes a name where a code belongs.</summary>
    public Dictionary<string, string> CategoryCodeByName { get; } = new(StringComparer.Ordinal);

    /// <summary>True for an activity of kind fuel, by id: only fuel rows take a use other than combustion.</summary>
    public List<bool> IsFuel { get; } = [];

    /// <summary>True for an activity of kind indicator (GDP, growth index, population …), by id: recorded in category 0 only, never with a facility or a use.</summary>
    public List<bool> IsIndicator { get; } = [];

    /// <summary>For an activity a registry method computes (production, livestock, land, waste, material, recovery: issue 15), the categories
    /// whose routes (methods.csv) take its kind, by id; null for every other activity.</summary>
    public List<IReadOnlyList<string>?> RoutedCategories { get; } = [];

    /// <summary>The category id of the socio-economic indicators (<see cref="Core.Economy.IndicatorKeys.Category"/>, code 0), or −1 when the vocabulary has none.</summary>
    public int IndicatorCategory { get; private set; } = -1;

    /// <summary>The uses of fuel (fuel_uses), by id: key and Chinese name.</summary>
    public List<(string Key, string NameZh)> Uses { get; } = [];

    /// <summary>The years for which a national power coal rate (gce/kWh) is published, ascending.</summary>
    public IEnumerable<int> PowerCoalRateYears => powerCoalRates.Keys.Order();

    /// <summary>The bundled file of other names of activities (columns alias, activity, note).</summary>
    public const string AliasFile = "emission-factors/vocabulary/activity-aliases.csv";

    /// <summary>Reads regions, categories, activities (with the other names of <see cref="AliasFile"/>), uses and the power coal rates from the database.</summary>
    public static Vocabulary Load(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        var v = new Vocabulary();
        foreach (var (code, nameZh, nameEn) in connection.Query<(string, string, string)>("SELECT code, name_zh, name_en FROM regions ORDER BY code", transaction: transaction))
        {
            int id = v.RegionCodes.Count;
            v.RegionCodes.Add(code);
            AddNames(v.regions, id, code, nameZh, nameEn);
        }
        foreach (var (id, code, nameZh, nameEn) in connection.Query<(long, string, string, string)>("SELECT id, code, name_zh, name_en FROM categories ORDER BY code", transaction: transaction))
        {
            v.CategoryCodeByName.TryAdd(nameZh.Trim(), code);
            v.CategoryCodeByName.TryAdd(nameEn.Trim().ToLowerInvariant(), code);
            v.categories.TryAdd(Encoding.UTF8.GetBytes(code), v.CategoryIds.Count);
            // Codes differ in more than letter case, so 1.A.2.C is read as 1.A.2.c (as explain reads it).
            v.categories.TryAdd(Encoding.UTF8.GetBytes(TextFields.Fold(code)), v.CategoryIds.Count);
            if (code == Core.Economy.IndicatorKeys.Category)
            {
                v.IndicatorCategory = v.CategoryIds.Count;
            }
            v.CategoryIds.Add(id);
            v.CategoryCodes.Add(code);
        }
        foreach (var (id, key, nameZh, nameEn, dimension, kind) in connection.Query<(long, string, string, string, string, string)>(
            "SELECT id, key, name_zh, name_en, dimension, kind FROM activities ORDER BY key", transaction: transaction))
        {
            AddNames(v.activities, v.ActivityKeys.Count, key, nameZh, nameEn);
            v.ActivityKeys.Add(key);
            v.ActivityNamesZh.Add(nameZh);
            v.ActivityIds.Add(id);
            v.Dimensions.Add(Enum.Parse<Dimension>(dimension, ignoreCase: true));
            v.IsElectricity.Add(key is "electricity" or "electricity_generation");
            v.IsFuel.Add(string.Equals(kind, "fuel", StringComparison.OrdinalIgnoreCase));
            v.IsIndicator.Add(string.Equals(kind, "indicator", StringComparison.OrdinalIgnoreCase));
            v.RoutedCategories.Add(Enum.TryParse<GhgInventory.Core.Domain.ActivityKind>(kind, ignoreCase: true, out var k)
                && k is GhgInventory.Core.Domain.ActivityKind.Production or GhgInventory.Core.Domain.ActivityKind.Livestock or GhgInventory.Core.Domain.ActivityKind.Land
                    or GhgInventory.Core.Domain.ActivityKind.Waste or GhgInventory.Core.Domain.ActivityKind.Material or GhgInventory.Core.Domain.ActivityKind.Recovery
                ? FactorSets.MethodRoutes.Registry.Routes.Where(r => r.Kind == k).Select(r => r.Category.Value).Distinct().Order(StringComparer.Ordinal).ToList()
                : null);
        }
        // Other names of the same activities (地区生产总值指数 for gdp_index, 常住人口 for population …): data, not code, in
        // emission-factors/vocabulary/activity-aliases.csv; an alias of an activity this database does not have is skipped.
        var keyIndex = v.ActivityKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        foreach (var alias in CsvTable.ReadBundled(AliasFile, ["alias", "activity"], ["note"]).Rows)
        {
            if (alias["alias"] is { } name && alias["activity"] is { } target && keyIndex.TryGetValue(target, out int index))
            {
                AddNames(v.activities, index, name);
            }
        }
        foreach (var (id, key, nameZh) in connection.Query<(long, string, string)>("SELECT id, key, name_zh FROM fuel_uses ORDER BY id", transaction: transaction))
        {
            while (v.Uses.Count <= id)
            {
                v.Uses.Add(("", ""));
            }
            v.Uses[(int)id] = (key, nameZh);
            AddNames(v.uses, (int)id, key, nameZh);
        }
        // 原料 is how balance tables head the feedstock column (原料用能 in full).
        if (v.uses.TryGetValue(Encoding.UTF8.GetBytes("原料用能"), out int feedstock))
        {
            v.uses.TryAdd(Encoding.UTF8.GetBytes("原料"), feedstock);
        }
        // 产品 (products) is how a transformation's outputs are headed in balance tables, beside 产出 (output).
        if (v.uses.TryGetValue(Encoding.UTF8.GetBytes("产出"), out int output))
        {
            v.uses.TryAdd(Encoding.UTF8.GetBytes("产品"), output);
        }
        // The national power coal rate of each year it is published for (emission-factors/gbt-2589, power_coal_rate);
        // a later set of the same key overrides an earlier one.
        foreach (var (year, rate) in connection.Query<(long, double)>("""
            SELECT f.valid_from, f.value FROM factors f JOIN factor_sets s ON s.id = f.factor_set_id
            WHERE s.set_key = 'gbt-2589' AND f.activity = 'electricity' AND f.parameter = 'power_coal_rate'
              AND f.unit = 'gce/kWh' AND f.valid_from = f.valid_to
            ORDER BY s.id
            """, transaction: transaction))
        {
            v.powerCoalRates[(int)year] = rate;
        }
        // The duplicate check packs these ids into 10 bits each (KeyEntry); a vocabulary past that needs a wider key.
        if (v.RegionCodes.Count > KeyEntry.MaxIds || v.CategoryIds.Count > KeyEntry.MaxIds || v.ActivityIds.Count > KeyEntry.MaxIds || v.Uses.Count > KeyEntry.MaxUses)
        {
            throw new InvalidOperationException($"The vocabulary has more than {KeyEntry.MaxIds} regions, categories or activities, or more than {KeyEntry.MaxUses} uses; widen KeyEntry.");
        }
        return v;
    }

    /// <summary>How a message names activity <paramref name="id"/>: its key in English (as files write it), its Chinese name in Chinese.</summary>
    public string ActivityName(int id) => UiCulture.IsChinese ? ActivityNamesZh[id] : ActivityKeys[id];

    /// <summary>The uses of fuel for a message: <c>autoproducer (自备电厂), …</c> in English, <c>自备电厂、…</c> in Chinese.</summary>
    public string UseList() => UiCulture.IsChinese
        ? string.Join("、", Uses.Select(u => u.NameZh))
        : string.Join(", ", Uses.Select(u => $"{u.Key} ({u.NameZh})"));

    /// <summary>Region id for a code or exact name (English names in any ASCII case), or −1.</summary>
    public int Region(ReadOnlySpan<byte> utf8) => regions.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>Category id, or −1.</summary>
    public int Category(ReadOnlySpan<byte> utf8) => categories.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>Activity id for a key, Chinese name or English name (ASCII case-insensitive), or −1.</summary>
    public int Activity(ReadOnlySpan<byte> utf8) => activities.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>Use id (fuel_uses.id) for a key or Chinese name, or −1.</summary>
    public int Use(ReadOnlySpan<byte> utf8) => uses.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>The national power coal rate of <paramref name="year"/> in gce/kWh, or null when none is published for it.</summary>
    public double? PowerCoalRate(int year) => powerCoalRates.TryGetValue(year, out double rate) ? rate : null;

    /// <summary>The unit a spelling means, or null; each distinct spelling is parsed once (<see cref="TextFields.UnitOf"/>).</summary>
    public Unit? Unit(ReadOnlySpan<byte> utf8)
    {
        if (units.TryGetValue(utf8, out var unit))
        {
            return unit;
        }
        unit = TextFields.UnitOf(Encoding.UTF8.GetString(utf8));
        if (unitCount < UnitCacheCap && units.TryAdd(utf8, unit))
        {
            unitCount++;
        }
        return unit;
    }

    private static void AddNames(Utf8KeyTable<int> table, int id, params string[] names)
    {
        foreach (var name in names)
        {
            table.TryAdd(Encoding.UTF8.GetBytes(name), id);
            table.TryAdd(Encoding.UTF8.GetBytes(TextFields.Fold(name)), id);
        }
    }
}
