using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Scenarios;

/// <summary>Scenario bases already built (table scenario_bases, migrations/0010_scenario_bases.sql; docs/scenarios.md §3, "The base, kept"):
/// building one reads the stored run's lines, sources and indicator rows and recomputes its energy accounts, all of it immutable once stored,
/// so a base is kept under the SHA-256 of everything it is built from (<see cref="Key"/>) and read back instead of rebuilt.</summary>
/// <remarks>
/// The stored form is JSON written by reflection over the base's records (each record's primary-constructor properties, then its init-only
/// ones): doubles in their shortest round-trip form (the same double reads back; a non-finite one as the string "NaN", "Infinity" or
/// "-Infinity"), texts in <see cref="LineText"/>'s stored form (<see cref="LineText.Encode"/>, so a flag reads back as the same text with its
/// structure), region codes as text, enums by name, dictionaries of the history in their enumeration order (sums over them stay in the same
/// order). A row that does not read back (written by another build that kept the key, or damaged) is not used: the base is built again.
/// </remarks>
public static class ScenarioBaseCache
{
    /// <summary>The version of the stored form; part of the key.</summary>
    private const string FormVersion = "scenario-base/1";

    /// <summary>The key of a base: SHA-256 (lower-case hex) over the stored form's version, the build of the engine (the module version ids of
    /// the assemblies that build and project it: a rebuilt engine never reads a base an older build kept), the run's id, content hash and
    /// <see cref="RunFingerprint"/>, the city, the base year, the reference data's content hash (its vocabulary and regions are read in
    /// building) and the bytes and names of the targets and budgets files.</summary>
    /// <param name="run">The stored inventory run the base is built from.</param>
    /// <param name="runFingerprint">The run's <see cref="RunFingerprint"/>.</param>
    /// <param name="city">The city.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="referenceSha256">The content hash of the reference data the base is built with.</param>
    /// <param name="targets">The targets file's name and bytes.</param>
    /// <param name="budgets">The budgets file's name and bytes.</param>
    public static string Key(RunHeader run, string runFingerprint, RegionCode city, int baseYear, string referenceSha256, (string Name, byte[] Bytes) targets,
        (string Name, byte[] Bytes) budgets)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(runFingerprint);
        ArgumentNullException.ThrowIfNull(referenceSha256);
        string[] parts =
        [
            FormVersion, Workspace.EngineVersion, Build, run.Id.ToString(CultureInfo.InvariantCulture), run.InputsSha256, runFingerprint, city.Value,
            baseYear.ToString(CultureInfo.InvariantCulture), referenceSha256, targets.Name, Convert.ToHexStringLower(SHA256.HashData(targets.Bytes)),
            budgets.Name, Convert.ToHexStringLower(SHA256.HashData(budgets.Bytes)),
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
    }

    /// <summary>What the run holds, in brief: the count, highest id and sums of mass and CO2e of its lines, and the count, highest id, sum of
    /// amounts and two sums of each source's id weighted by its region, year, category, activity and use. A stored run never changes; this only
    /// matters when the file was changed by other means (a line deleted, a source moved to another region with sqlite3): the base kept for the
    /// run before is then not read back. It is a checksum, not a hash: an edit made to keep every sum the same would not be seen.</summary>
    public static string RunFingerprint(SqliteConnection connection, long runId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var lines = connection.QuerySingle<(long Count, long? MaxId, double Mass, double Co2e)>(
            "SELECT count(*), max(id), total(mass_t), total(co2e_t) FROM emission_lines WHERE run_id = @runId", new { runId });
        var sources = connection.QuerySingle<(long Count, long? MaxId, double Amount, double ByRegion, double ByRow)>("""
            SELECT count(*), max(id), total(activity_base),
                   total(id * (CAST(substr(region_code, 1, 6) AS INTEGER) + length(region_code))),
                   total(id * (year + 31 * length(category) + unicode(substr(category, -1)) + 7 * length(activity) + unicode(activity)
                               + unicode(substr(activity, -1)) + 13 * use_id))
            FROM emission_sources WHERE run_id = @runId
            """, new { runId });
        return string.Join(' ', new object?[] { lines.Count, lines.MaxId, lines.Mass, lines.Co2e, sources.Count, sources.MaxId, sources.Amount,
            sources.ByRegion, sources.ByRow }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
    }

    /// <summary>The build of GhgInventory.Core and GhgInventory.Data, which build and project a base (<see cref="Workspace.BuildOf"/>).</summary>
    private static string Build => Workspace.BuildOf(typeof(ScenarioBase), typeof(ScenarioBaseCache));

    /// <summary>The base kept under <paramref name="key"/>; null when none is kept, the row was changed since it was written (its JSON no
    /// longer has the SHA-256 written beside it) or does not read back, or the database has no table of kept bases (opened read-only at an
    /// older schema).</summary>
    public static ScenarioBase? Find(SqliteConnection connection, string key)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!HasTable(connection))
        {
            return null;
        }
        try
        {
            var row = connection.QuerySingleOrDefault<(string Json, string Sha256)?>(
                "SELECT json, json_sha256 FROM scenario_bases WHERE key_sha256 = @key", new { key });
            if (row is not { } kept || Sha256(kept.Json) != kept.Sha256)
            {
                return null;
            }
            return Parse(kept.Json);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException
                                      or TargetInvocationException or OverflowException or InvalidCastException or System.Data.DataException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="baseState"/> under <paramref name="key"/>, in place of a row under it that did not read back; nothing
    /// when the database has no table of kept bases (dropped by hand: the base is then built on every run).</summary>
    public static void Save(SqliteConnection connection, string key, ScenarioBase baseState, Instant now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(baseState);
        if (!HasTable(connection))
        {
            return;
        }
        string json = Text(baseState);
        connection.Execute("""
            INSERT OR REPLACE INTO scenario_bases (key_sha256, base_run_id, region_code, base_year, engine_version, created_at, json, json_sha256)
            VALUES (@key, @RunId, @Region, @BaseYear, @Engine, @At, @json, @Sha)
            """, new { key, baseState.RunId, Region = baseState.City.Value, baseState.BaseYear, Engine = Workspace.EngineVersion, At = now.ToString(), json, Sha = Sha256(json) });
    }

    private static bool HasTable(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scenario_bases'") > 0;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The stored form of <paramref name="baseState"/> (see the remarks of the type).</summary>
    public static string Text(ScenarioBase baseState)
    {
        ArgumentNullException.ThrowIfNull(baseState);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ScenarioBaseJson.WriteValue(writer, baseState, Kept);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the stored form back (see the remarks of the type).</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="InvalidOperationException">A value has another JSON kind than its property's type, or is null where the type allows none.</exception>
    public static ScenarioBase Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (ScenarioBase)Read(document.RootElement, typeof(ScenarioBase))!;
    }

    /// <summary>The kept form: the records' own names, enums by name, texts in their stored form, non-finite numbers as text.</summary>
    private static readonly ScenarioBaseJson.JsonStyle Kept = new(name => name, e => e.ToString(), (writer, text) => writer.WriteStringValue(text.Encode()), true);

    // The records' nullable annotations: a null where the type says not null (a sector, a list) is refused, not handed to the projection.
    // (NullabilityInfoContext is not thread-safe: one per thread.)
    private static readonly ThreadLocal<NullabilityInfoContext> Nullability = new(() => new());

    private static object? NotNullUnlessAllowed(object? value, NullabilityInfo nullability, string name) =>
        value is null && nullability.WriteState == NullabilityState.NotNull ? throw new InvalidOperationException($"null for {name}") : value;

    private static object? Read(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? null
                : throw new InvalidOperationException($"null for {type.Name}");
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(double))
        {
            return element.ValueKind == JsonValueKind.String ? double.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetDouble();
        }
        if (type == typeof(int))
        {
            return element.GetInt32();
        }
        if (type == typeof(long))
        {
            return element.GetInt64();
        }
        if (type == typeof(bool))
        {
            return element.GetBoolean();
        }
        if (type == typeof(string))
        {
            return element.GetString();
        }
        if (type == typeof(RegionCode))
        {
            return RegionCode.Parse(element.GetString()!);
        }
        if (type.IsEnum)
        {
            return Enum.Parse(type, element.GetString()!);
        }
        if (type == typeof(LineText))
        {
            return LineText.Decode(element.GetString()!);
        }
        if (type == typeof(IReadOnlyDictionary<(RegionCode Region, int Year), double>))
        {
            var totals = new Dictionary<(RegionCode Region, int Year), double>();
            foreach (var entry in element.EnumerateArray())
            {
                totals.Add((RegionCode.Parse(entry[0].GetString()!), entry[1].GetInt32()), (double)Read(entry[2], typeof(double))!);
            }
            return totals;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            foreach (var item in element.EnumerateArray())
            {
                list.Add(Read(item, itemType));
            }
            return list;
        }
        // A record: its primary constructor, then its init-only properties.
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var arguments = parameters.Select(p => NotNullUnlessAllowed(Read(element.GetProperty(p.Name!), p.ParameterType), Nullability.Value!.Create(p), p.Name!)).ToArray();
        object result = constructor.Invoke(arguments);
        foreach (var property in ScenarioBaseJson.Properties(type).Skip(parameters.Length))
        {
            property.SetValue(result, NotNullUnlessAllowed(Read(element.GetProperty(property.Name), property.PropertyType), Nullability.Value!.Create(property), property.Name));
        }
        return result;
    }
}
