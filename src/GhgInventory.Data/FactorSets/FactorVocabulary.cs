using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.FactorSets;

/// <summary>What a factor file row is checked against: the activity, category and region vocabularies, the known grids and the plausible ranges.</summary>
/// <param name="Activities">Activity vocabulary by key.</param>
/// <param name="Categories">Codes of the category tree.</param>
/// <param name="Regions">The regions table.</param>
/// <param name="GridKeys">The grid keys a <c>grid:KEY</c> region may name; null accepts any well-formed key (bundled sets define them).</param>
/// <param name="Ranges">The plausible range of each parameter.</param>
public sealed record FactorVocabulary(
    IReadOnlyDictionary<string, ActivityDefinition> Activities,
    IReadOnlySet<string> Categories,
    RegionTree Regions,
    IReadOnlySet<string>? GridKeys,
    PlausibleRanges Ranges)
{
    /// <summary>The bundled table of plausible ranges.</summary>
    public const string RangesFile = "emission-factors/plausible-ranges/ranges.csv";

    /// <summary>The vocabularies as bundled with the engine (the same files <c>ghg init</c> loads into the database).</summary>
    public static FactorVocabulary Bundled()
    {
        var activities = ReferenceDataLoader.ParseActivities(CsvTable.ReadBundled("emission-factors/vocabulary/activities.csv",
            ["activity", "name_zh", "name_en", "dimension", "kind"], ["ipcc_fuel"]));
        var categories = ReferenceDataLoader.ParseCategories(CsvTable.ReadBundled("emission-factors/vocabulary/categories.csv", ["code", "parent", "name_zh", "name_en"]));
        var regions = BundledData.Names("regions/").Where(n => n.EndsWith(".csv", StringComparison.Ordinal))
            .SelectMany(n => ReferenceDataLoader.ParseRegions(CsvTable.ReadBundled(n, ReferenceDataLoader.RegionColumns, ReferenceDataLoader.RegionOptionalColumns)));
        return new FactorVocabulary(activities.ToDictionary(a => a.Key), categories.Select(c => c.Code.Value).ToHashSet(StringComparer.Ordinal),
            new RegionTree(regions), null, LoadRanges());
    }

    /// <summary>Reads the bundled plausible-ranges table, rejecting it whole if a row is malformed.</summary>
    public static PlausibleRanges LoadRanges() => ParseRanges(RangesFile, BundledData.ReadAllBytes(RangesFile));

    /// <summary>Parses a plausible-ranges table: parameter,gas,activities,min,max,unit,min_exclusive,source,status.</summary>
    public static PlausibleRanges ParseRanges(string fileName, byte[] bytes)
    {
        var table = CsvTable.Read(fileName, bytes, ["parameter", "min", "max", "unit", "min_exclusive", "source", "status"], ["gas", "activities"]);
        var issues = new List<ValidationIssue>();
        var ranges = new List<PlausibleRange>();
        foreach (var row in table.Rows)
        {
            int before = issues.Count;
            string parameter = row["parameter"] ?? "";
            if (Parameters.Find(parameter) is null)
            {
                issues.Add(row.Issue("parameter", DataFactorText.RangeExpectedParameter));
            }
            double min = Number(row, "min", issues);
            double max = Number(row, "max", issues);
            if (!FactorUnit.TryParse(row["unit"], out var unit))
            {
                issues.Add(row.Issue("unit", DataFactorText.RangeExpectedUnit));
            }
            bool exclusive = row["min_exclusive"] == "yes";
            if (row["min_exclusive"] is not ("yes" or "no"))
            {
                issues.Add(row.Issue("min_exclusive", DataFactorText.RangeExpectedYesNo));
            }
            if (issues.Count == before && !(min <= max))
            {
                issues.Add(row.Issue("max", DataFactorText.RangeExpectedMax));
            }
            if (issues.Count > before)
            {
                continue;
            }
            var activities = (row["activities"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            ranges.Add(new PlausibleRange(parameter, row["gas"], activities, unit!, min, max, exclusive, row["source"]!, row["status"]!, row.Line));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : new PlausibleRanges(ranges);
    }

    private static double Number(CsvRow row, string column, List<ValidationIssue> issues)
    {
        if (double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }
        issues.Add(row.Issue(column, DataFactorText.RangeExpectedNumber));
        return double.NaN;
    }
}
