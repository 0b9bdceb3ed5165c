using System.Globalization;
using Dapper;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>Names of the ids stored on activity rows, for messages: categories, activities, uses, units, the files of versions.</summary>
internal sealed class StoreNames
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<long, string> units = [];
    private readonly Dictionary<long, string> fileOfVersion;

    private StoreNames(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        Categories = connection.Query<(long Id, string Code)>("SELECT id, code FROM categories", transaction: transaction).ToDictionary(c => c.Id, c => c.Code);
        CategoryIds = Categories.ToDictionary(c => c.Value, c => c.Key);
        Activities = connection.Query<(long Id, string Key)>("SELECT id, key FROM activities", transaction: transaction).ToDictionary(a => a.Id, a => a.Key);
        Uses = connection.Query<(long Id, string Key)>("SELECT id, key FROM fuel_uses", transaction: transaction).ToDictionary(u => u.Id, u => u.Key);
        fileOfVersion = connection.Query<(long Id, string File)>("SELECT v.id, b.file_name FROM activity_versions v JOIN activity_batches b ON b.id = v.batch_id",
            transaction: transaction).ToDictionary(v => v.Id, v => v.File);
        Names = RowNames.Load(connection, transaction);
    }

    /// <summary>Category codes by id.</summary>
    public IReadOnlyDictionary<long, string> Categories { get; }

    /// <summary>Category ids by code.</summary>
    public IReadOnlyDictionary<string, long> CategoryIds { get; }

    /// <summary>Activity keys by id.</summary>
    public IReadOnlyDictionary<long, string> Activities { get; }

    /// <summary>Use keys by id.</summary>
    public IReadOnlyDictionary<long, string> Uses { get; }

    /// <summary>Loads the names within <paramref name="transaction"/>.</summary>
    public static StoreNames Load(SqliteConnection connection, SqliteTransaction transaction) => new(connection, transaction);

    /// <summary>The file a version's rows came from.</summary>
    public string FileOf(long versionId) => fileOfVersion.GetValueOrDefault(versionId, "?");

    /// <summary>How messages name activities and uses in the reader's language.</summary>
    public RowNames Names { get; }

    /// <summary>"1.A.2 raw_coal [facility F1] [use feedstock]" (Chinese: "1.A.2 原煤 [企业 F1] [用途 原料用能]").</summary>
    public string Describe(StoredRow row) =>
        Names.Describe(Categories[row.Key.CategoryId], Activities[row.Key.ActivityId], row.Facility, row.Key.UseId == 0 ? null : Uses.GetValueOrDefault(row.Key.UseId, "?"));

    /// <summary>The row in the language-neutral form of a stored message (<see cref="StoredText.Row"/>).</summary>
    public string Neutral(StoredRow row) =>
        StoredText.Row(Categories[row.Key.CategoryId], Activities[row.Key.ActivityId], row.Facility, row.Key.UseId == 0 ? null : Uses.GetValueOrDefault(row.Key.UseId, "?"));

    /// <summary>An activity by id as a message names it (key in English, Chinese name in Chinese).</summary>
    public string ActivityName(long id) => Names.Activity(Activities[id]);

    /// <summary>The value as written with its unit, or the notation key.</summary>
    public string ValueText(StoredRow row) =>
        row.Notation ?? $"{row.Value?.ToString("R", CultureInfo.InvariantCulture)} {Unit(row.UnitId)}".TrimEnd();

    private string Unit(long? id)
    {
        if (id is not { } unitId)
        {
            return "";
        }
        if (!units.TryGetValue(unitId, out var text))
        {
            units[unitId] = text = connection.ExecuteScalar<string>("SELECT text FROM text_values WHERE id = @unitId", new { unitId }, transaction) ?? "";
        }
        return text;
    }

}
