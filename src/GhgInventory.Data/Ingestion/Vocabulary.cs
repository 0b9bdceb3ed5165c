using System.Text;
using Dapper;
using GhgInventory.Core.Units;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>The names an activity file may use, interned to small integers and looked up by their UTF-8 bytes.</summary>
internal sealed class Vocabulary
{
    private readonly Utf8KeyTable<int> regions = new();
    private readonly Utf8KeyTable<int> categories = new();
    private readonly Utf8KeyTable<int> activities = new();
    private readonly Utf8KeyTable<Unit?> units = new();

    /// <summary>Region codes by id.</summary>
    public List<string> RegionCodes { get; } = [];

    /// <summary>Database id of each category, by index.</summary>
    public List<long> CategoryIds { get; } = [];

    /// <summary>Activity keys by id.</summary>
    public List<string> ActivityKeys { get; } = [];

    /// <summary>Database id of each activity, by index.</summary>
    public List<long> ActivityIds { get; } = [];

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
            foreach (var name in new[] { code, nameZh, nameEn })
            {
                v.regions.TryAdd(Encoding.UTF8.GetBytes(name), id);
            }
        }
        foreach (var (id, code) in connection.Query<(long, string)>("SELECT id, code FROM categories ORDER BY code"))
        {
            v.categories.TryAdd(Encoding.UTF8.GetBytes(code), v.CategoryIds.Count);
            v.CategoryIds.Add(id);
        }
        foreach (var (id, key, dimension) in connection.Query<(long, string, string)>("SELECT id, key, dimension FROM activities ORDER BY key"))
        {
            v.activities.TryAdd(Encoding.UTF8.GetBytes(key), v.ActivityKeys.Count);
            v.ActivityKeys.Add(key);
            v.ActivityIds.Add(id);
            v.Dimensions.Add(Enum.Parse<Dimension>(dimension, ignoreCase: true));
        }
        return v;
    }

    /// <summary>Region id for a code or exact name, or −1.</summary>
    public int Region(ReadOnlySpan<byte> utf8) => regions.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>Category id, or −1.</summary>
    public int Category(ReadOnlySpan<byte> utf8) => categories.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>Activity id, or −1.</summary>
    public int Activity(ReadOnlySpan<byte> utf8) => activities.TryGetValue(utf8, out int id) ? id : -1;

    /// <summary>The unit a spelling means, or null; each distinct spelling is parsed once.</summary>
    public Unit? Unit(ReadOnlySpan<byte> utf8)
    {
        if (units.TryGetValue(utf8, out var unit))
        {
            return unit;
        }
        unit = Core.Units.Unit.TryParse(Encoding.UTF8.GetString(utf8), out var parsed) ? parsed : null;
        units.TryAdd(utf8, unit);
        return unit;
    }
}
