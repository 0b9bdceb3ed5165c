using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Data.Scenarios;

/// <summary>Writes a scenario base as JSON for the independent numpy implementation (tools/Benchmarks/scenario_numpy.py), in the format of
/// docs/scenarios.md §3 ("The base as JSON").</summary>
/// <remarks>Names are the snake_case of the frame records' properties (<c>parts[].industry.fuel_tce.coal</c>), in declaration order; region codes
/// are strings; enums are the snake_case of their names (<c>fugitive_coal</c>); null is null; doubles are written shortest round-trip (what
/// <c>double.ToString("R")</c> gives, so <c>float()</c> reads back the same double); texts (flags, notes) are objects <c>{"en", "zh"}</c>. The
/// history's two dictionaries are one array of <c>{region, year, territorial_co2_t, co2e_t}</c> (ordered by region, then year).</remarks>
public static class ScenarioBaseJson
{
    private static readonly JsonNamingPolicy Snake = JsonNamingPolicy.SnakeCaseLower;

    /// <summary>Writes <paramref name="baseState"/> to <paramref name="stream"/> (UTF-8, no BOM, numbers round-trip).</summary>
    /// <exception cref="InvalidOperationException">A number is not finite (NaN or infinity has no JSON form; the base never holds one).</exception>
    public static void Write(Stream stream, ScenarioBase baseState)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(baseState);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        foreach (var property in Properties(typeof(ScenarioBase)))
        {
            writer.WritePropertyName(Snake.ConvertName(property.Name));
            if (property.Name == nameof(ScenarioBase.History))
            {
                WriteHistory(writer, baseState.History);
            }
            else
            {
                WriteValue(writer, property.GetValue(baseState));
            }
        }
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteHistory(Utf8JsonWriter writer, ScenarioHistory history)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("emissions");
        writer.WriteStartArray();
        var keys = history.TerritorialCo2Tonnes.Keys.Union(history.Co2eTonnes.Keys)
            .OrderBy(k => k.Region.Value, StringComparer.Ordinal).ThenBy(k => k.Year);
        foreach (var key in keys)
        {
            writer.WriteStartObject();
            writer.WriteString("region", key.Region.Value);
            writer.WriteNumber("year", key.Year);
            writer.WritePropertyName("territorial_co2_t");
            WriteValue(writer, history.TerritorialCo2Tonnes.TryGetValue(key, out double co2) ? co2 : null);
            writer.WritePropertyName("co2e_t");
            WriteValue(writer, history.Co2eTonnes.TryGetValue(key, out double co2e) ? co2e : null);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WritePropertyName("indicators");
        WriteValue(writer, history.Indicators);
        writer.WriteEndObject();
    }

    /// <summary>The properties written for a record: its primary constructor's (declaration order), then its init-only extras
    /// (<c>IndicatorPoint.Basis</c>, <c>LowerBound</c>); computed properties (<c>FuelAmounts.Total</c>) are left out.</summary>
    internal static List<PropertyInfo> Properties(Type type)
    {
        var all = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var byName = all.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var ordered = constructor.GetParameters().Select(p => byName.GetValueOrDefault(p.Name!)).OfType<PropertyInfo>().ToList();
        ordered.AddRange(all.Where(p => !ordered.Contains(p) && p.SetMethod is { IsPublic: true }));
        return ordered;
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value) => WriteValue(writer, value, Numpy);

    /// <summary>How <see cref="WriteValue(Utf8JsonWriter, object?, JsonStyle)"/> writes what differs between the numpy form and the kept
    /// form of <see cref="ScenarioBaseCache"/>: property and enum names, texts, and a number that is not finite.</summary>
    /// <param name="Name">A property's name as written.</param>
    /// <param name="EnumName">An enum value as written.</param>
    /// <param name="Text">Writes a text.</param>
    /// <param name="NonFiniteAsText">True: NaN and infinities as the strings "NaN", "Infinity", "-Infinity"; false: refused.</param>
    internal sealed record JsonStyle(Func<string, string> Name, Func<Enum, string> EnumName, Action<Utf8JsonWriter, LineText> Text, bool NonFiniteAsText);

    /// <summary>The numpy form: snake_case names and enums, texts as <c>{"en", "zh"}</c>, non-finite numbers refused.</summary>
    private static readonly JsonStyle Numpy = new(Snake.ConvertName, e => Snake.ConvertName(e.ToString()), WriteBothLanguages, false);

    private static void WriteBothLanguages(Utf8JsonWriter writer, LineText text)
    {
        writer.WriteStartObject();
        using (UiCulture.Use(UiCulture.English))
        {
            writer.WriteString("en", text.Render());
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            writer.WriteString("zh", text.Render());
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="value"/> (a number, text, region code, enum, list, the history's totals or a record, by its
    /// <see cref="Properties"/>) in <paramref name="style"/>.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? value, JsonStyle style)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d); // shortest round-trip form (System.Text.Json formats doubles as "R")
                break;
            case double d:
                writer.WriteStringValue(style.NonFiniteAsText ? d.ToString(CultureInfo.InvariantCulture)
                    : throw new InvalidOperationException($"A number of the scenario base is not finite ({d})."));
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case RegionCode code:
                writer.WriteStringValue(code.Value);
                break;
            case Gas gas:
                writer.WriteStringValue(gas.Code);
                break;
            case Enum e:
                writer.WriteStringValue(style.EnumName(e));
                break;
            case LineText text:
                style.Text(writer, text);
                break;
            case IReadOnlyDictionary<(RegionCode Region, int Year), double> totals:
                // [region, year, tonnes] in the dictionary's order (sums over it keep their order when read back).
                writer.WriteStartArray();
                foreach (var (key, tonnes) in totals)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(key.Region.Value);
                    writer.WriteNumberValue(key.Year);
                    WriteValue(writer, tonnes, style);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item, style);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var property in Properties(value.GetType()))
                {
                    writer.WritePropertyName(style.Name(property.Name));
                    WriteValue(writer, property.GetValue(value), style);
                }
                writer.WriteEndObject();
                break;
        }
    }
}
