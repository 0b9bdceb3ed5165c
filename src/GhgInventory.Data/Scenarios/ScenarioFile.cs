using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.Scenarios;

/// <summary>Reads a scenario file (TOML 1.0, docs/scenarios.md §6) into a checked <see cref="ScenarioDefinition"/>, and the lever catalogue.</summary>
/// <remarks>
/// The file is read whole or refused: every problem is a <see cref="ValidationIssue"/> located <c>plan.toml:12:5</c> (line and column,
/// 1-based, columns in characters), with what was found and what was expected, in the reader's language. Encoding: UTF-8 with or
/// without BOM, UTF-16/32 with a BOM, else GB18030 (<see cref="TextDecoding"/>, as activity files). The checks are listed in the README
/// section "Scenario files (情景文件)".
/// </remarks>
public static class ScenarioFile
{
    /// <summary>The bundled catalogue's logical name.</summary>
    public const string CatalogueName = "emission-factors/vocabulary/scenario-levers.csv";

    /// <summary>The earliest year a scenario file may name (base year, path points, <c>from</c>).</summary>
    public const int MinYear = 1990;

    /// <summary>The latest year a scenario file may name (the horizon at most).</summary>
    public const int MaxYear = 2100;

    /// <summary>The columns of the catalogue.</summary>
    public static readonly string[] CatalogueColumns = ["key", "kind", "unit", "scope", "weight", "base", "default", "name_zh", "name_en", "meaning", "min", "max"];

    /// <summary>The bundled lever catalogue (emission-factors/vocabulary/scenario-levers.csv).</summary>
    /// <exception cref="InputRejectedException">The bundled file is broken (a build error of this program).</exception>
    public static LeverCatalogue Catalogue() => ParseCatalogue(CsvTable.ReadBundled(CatalogueName, CatalogueColumns));

    /// <summary>The catalogue of <paramref name="table"/>: kind rate, level or ratio; scope region, city_delta or city_shared (with a weight);
    /// base inventory or file for a level, blank otherwise; default, min and max a number or blank (min below max).</summary>
    /// <exception cref="InputRejectedException">A row with an unknown kind, scope, base or a default that is not a number, located.</exception>
    public static LeverCatalogue ParseCatalogue(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<ValidationIssue>();
        var levers = new List<LeverDefinition>();
        foreach (var row in table.Rows)
        {
            LeverKind? kind = row["kind"] switch { "rate" => LeverKind.Rate, "level" => LeverKind.Level, "ratio" => LeverKind.Ratio, _ => null };
            LeverScope? scope = row["scope"] switch { "region" => LeverScope.Region, "city_delta" => LeverScope.CityDelta, "city_shared" => LeverScope.CityShared, _ => null };
            LeverBase? basis = row["base"] switch { null => LeverBase.None, "inventory" => LeverBase.Inventory, "file" => LeverBase.File, _ => null };
            double? fallback = null;
            if (row["default"] is { } text)
            {
                fallback = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) ? d : null;
                if (fallback is null)
                {
                    issues.Add(row.Issue("default", "a number or blank"));
                }
            }
            double? Bound(string column)
            {
                if (row[column] is not { } bound)
                {
                    return null;
                }
                if (double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out double b) && double.IsFinite(b))
                {
                    return b;
                }
                issues.Add(row.Issue(column, "a number or blank"));
                return null;
            }
            double? min = Bound("min");
            double? max = Bound("max");
            if (min is { } lo && max is { } hi && lo >= hi)
            {
                issues.Add(row.Issue("max", "a number above min"));
            }
            if (kind is null)
            {
                issues.Add(row.Issue("kind", "rate, level or ratio"));
            }
            if (scope is null || (scope == LeverScope.CityShared) != (row["weight"] is not null))
            {
                issues.Add(row.Issue("scope", "region, city_delta, or city_shared with a weight"));
            }
            if (basis is null || (kind == LeverKind.Level) != (basis != LeverBase.None))
            {
                issues.Add(row.Issue("base", "inventory or file for a level, blank otherwise"));
            }
            if (row["key"] is null || row["unit"] is null || row["name_zh"] is null || row["name_en"] is null)
            {
                issues.Add(row.Issue("key", "key, unit, name_zh and name_en on every row"));
            }
            if (kind is { } k && scope is { } s && basis is { } b && row["key"] is { } key)
            {
                levers.Add(new LeverDefinition(key, k, row["unit"] ?? "", s, row["weight"] ?? "", b, fallback, row["name_zh"] ?? "", row["name_en"] ?? "",
                    row["meaning"] ?? "", min, max));
            }
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : new LeverCatalogue(levers);
    }

    /// <summary>The scenario in <paramref name="bytes"/>, read from <paramref name="path"/>.</summary>
    /// <param name="path">The file as the user named it: messages start with it, and <c>targets</c>/<c>budgets</c> are resolved against its folder.</param>
    /// <param name="bytes">The file's content; <see cref="ScenarioDefinition.ContentSha256"/> is its SHA-256.</param>
    /// <param name="catalogue">The levers a file may set (<see cref="Catalogue"/>).</param>
    /// <param name="regions">The region list: the city and the regions below it.</param>
    /// <exception cref="InputRejectedException">Every problem of the file, located (file:line:column).</exception>
    public static ScenarioDefinition Read(string path, byte[] bytes, LeverCatalogue catalogue, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(regions);
        return new ScenarioFileReader(path, catalogue, regions).Read(bytes);
    }
}
