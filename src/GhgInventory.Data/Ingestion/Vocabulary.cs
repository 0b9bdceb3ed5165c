using System.Text;
using Dapper;
using GhgInventory.Core.Units;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>The names an activity file may use, interned to small integers for the streaming pass.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit?> units = new(StringComparer.Ordinal);

    /// <summary>Region codes by id.</summary>
    public List<string> RegionCodes { get; } = [];

    /// <summary>Category codes as UTF-8, by id, for binding without allocation.</summary>
    public List<byte[]> CategoryUtf8 { get; } = [];

    /// <summary>Activity keys by id.</summary>
    public List<string> ActivityKeys { get; } = [];

    /// <summary>Activity keys as UTF-8, by id.</summary>
    public List<byte[]> ActivityUtf8 { get; } = [];

    /// <summary>Dimension of each activity, by id.</summary>
    public List<Dimension> Dimensions { get; } = [];

    /// <summary>Reads regions, categories and activities from the database.</summary>
    public static Vocabulary Load(SqliteConnection connection)
    {
        var v = new Vocabulary();
        foreach (var (code, nameZh, nameEn) in connection.Query<(string, string, string)>("SELECT code, name_zh, name_en FROM regions ORDER BY code"))
        {
            int id = v.RegionCodes.Count;
            v.RegionCodes.Add(code);
            v.regions[code] = id;
            v.regions.TryAdd(nameZh, id);
            v.regions.TryAdd(nameEn, id);
        }
        foreach (var code in connection.Query<string>("SELECT code FROM categories ORDER BY code"))
        {
            v.categories[code] = v.CategoryUtf8.Count;
            v.CategoryUtf8.Add(Encoding.UTF8.GetBytes(code));
        }
        foreach (var (key, dimension) in connection.Query<(string, string)>("SELECT key, dimension FROM activities ORDER BY key"))
        {
            v.activities[key] = v.ActivityKeys.Count;
            v.ActivityKeys.Add(key);
            v.ActivityUtf8.Add(Encoding.UTF8.GetBytes(key));
            v.Dimensions.Add(Enum.Parse<Dimension>(dimension, ignoreCase: true));
        }
        return v;
    }

    /// <summary>Region id for a code or exact name, or −1.</summary>
    public int Region(ReadOnlySpan<char> text) => Find(regions, text);

    /// <summary>Category id, or −1.</summary>
    public int Category(ReadOnlySpan<char> text) => Find(categories, text);

    /// <summary>Activity id, or −1.</summary>
    public int Activity(ReadOnlySpan<char> text) => Find(activities, text);

    /// <summary>The unit a spelling means, or null; each distinct spelling is parsed once.</summary>
    public Unit? Unit(ReadOnlySpan<char> text)
    {
        var lookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var unit))
        {
            return unit;
        }
        string s = text.ToString();
        unit = Core.Units.Unit.TryParse(s, out var parsed) ? parsed : null;
        units[s] = unit;
        return unit;
    }

    private static int Find(Dictionary<string, int> map, ReadOnlySpan<char> text) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out int id) ? id : -1;
}
