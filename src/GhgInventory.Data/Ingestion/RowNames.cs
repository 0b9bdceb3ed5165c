using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>How messages name an activity row: <c>1.A.2 raw_coal facility 'F1' use feedstock</c> in English, <c>1.A.2 原煤 企业 'F1' 用途 原料用能</c> in Chinese.</summary>
internal sealed class RowNames
{
    private readonly Dictionary<string, string> activityZh;
    private readonly Dictionary<string, string> useZh;

    private RowNames(Dictionary<string, string> activityZh, Dictionary<string, string> useZh)
    {
        this.activityZh = activityZh;
        this.useZh = useZh;
    }

    /// <summary>Reads the Chinese names of activities and uses.</summary>
    public static RowNames Load(SqliteConnection connection, SqliteTransaction? transaction) => new(
        connection.Query<(string Key, string NameZh)>("SELECT key, name_zh FROM activities", transaction: transaction).ToDictionary(a => a.Key, a => a.NameZh),
        connection.Query<(string Key, string NameZh)>("SELECT key, name_zh FROM fuel_uses", transaction: transaction).ToDictionary(u => u.Key, u => u.NameZh));

    /// <summary>An activity as a message names it: its key in English (as files write it), its Chinese name in Chinese.</summary>
    public string Activity(string key) => UiCulture.IsChinese ? activityZh.GetValueOrDefault(key, key) : key;

    /// <summary>A use as a message names it: its key in English, its Chinese name in Chinese.</summary>
    public string Use(string key) => UiCulture.IsChinese ? useZh.GetValueOrDefault(key, key) : key;

    /// <summary>A row named by its category code, activity, facility (null for none) and use (null for combustion).</summary>
    public string Describe(string category, string activity, string? facility, string? use) =>
        $"{category} {Activity(activity)}"
        + (facility is null ? "" : Text.Format(DataIngestText.RowFacility, Quote(facility)))
        + (use is null ? "" : Text.Format(DataIngestText.RowUse, Use(use)));

    /// <summary>A row in the neutral form of <see cref="StoredText.Row"/>.</summary>
    public string Describe(string neutral)
    {
        ArgumentNullException.ThrowIfNull(neutral);
        var parts = neutral.TrimStart(StoredText.RowMark).Split(StoredText.RowSeparator);
        return parts.Length < 4 ? neutral : Describe(parts[0], parts[1], parts[2].Length == 0 ? null : parts[2], parts[3].Length == 0 ? null : parts[3]);
    }

    private static string Quote(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
