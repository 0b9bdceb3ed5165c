using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.ReferenceData;

/// <summary>Parses the data files that name things: regions, the category tree, the activity vocabulary and the substances.</summary>
public static class ReferenceDataLoader
{
    /// <summary>Columns of a regions file.</summary>
    public static readonly string[] RegionColumns = ["code", "parent", "level", "name_zh", "name_en"];

    /// <summary>Optional columns of a regions file.</summary>
    public static readonly string[] RegionOptionalColumns = ["grid", "valid_from", "valid_to", "note"];

    /// <summary>Parses a regions file (see regions/README.md); parents must appear in the same file or already be known.</summary>
    public static IReadOnlyList<Region> ParseRegions(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<ValidationIssue>();
        var regions = new List<Region>();
        var codes = table.Rows.Select(r => r["code"]).ToHashSet();
        foreach (var row in table.Rows)
        {
            if (!RegionCode.TryParse(row["code"], out var code))
            {
                issues.Add(row.Issue("code", DataFactorText.RegionExpectedCode));
                continue;
            }
            RegionCode? parent = null;
            if (row["parent"] is { } parentText)
            {
                if (!RegionCode.TryParse(parentText, out var p) || !codes.Contains(parentText))
                {
                    issues.Add(row.Issue("parent", DataFactorText.RegionExpectedParent));
                    continue;
                }
                parent = p;
            }
            if (row["name_zh"] is not { } nameZh || row["name_en"] is not { } nameEn)
            {
                issues.Add(row.Issue(row["name_zh"] is null ? "name_zh" : "name_en", DataFactorText.RegionExpectedName));
                continue;
            }
            int? validFrom = null, validTo = null;
            if (row["valid_from"] is { } fromText)
            {
                if (!TryYear(fromText, out int from))
                {
                    issues.Add(row.Issue("valid_from", Text.Format(DataFactorText.RegionExpectedValidFrom, InventoryYear.Min, InventoryYear.Max)));
                    continue;
                }
                validFrom = from;
            }
            if (row["valid_to"] is { } toText)
            {
                if (!TryYear(toText, out int to) || (validFrom is { } f && to < f))
                {
                    issues.Add(row.Issue("valid_to", DataFactorText.RegionExpectedValidTo));
                    continue;
                }
                validTo = to;
            }
            regions.Add(new Region(code, parent, nameZh, nameEn, row["grid"]) { ValidFrom = validFrom, ValidTo = validTo });
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : regions;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= InventoryYear.Min && year <= InventoryYear.Max;

    /// <summary>Parses the category tree.</summary>
    public static IReadOnlyList<Category> ParseCategories(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<ValidationIssue>();
        var result = new List<Category>();
        foreach (var row in table.Rows)
        {
            if (!CategoryCode.TryParse(row["code"], out var code))
            {
                issues.Add(row.Issue("code", DataFactorText.CategoryExpectedCode));
                continue;
            }
            CategoryCode? parent = row["parent"] is { } p && CategoryCode.TryParse(p, out var pc) ? pc : null;
            result.Add(new Category(code, parent, row["name_zh"] ?? code.Value, row["name_en"] ?? code.Value));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : result;
    }

    /// <summary>Parses the activity vocabulary.</summary>
    public static IReadOnlyList<ActivityDefinition> ParseActivities(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<ValidationIssue>();
        var result = new List<ActivityDefinition>();
        foreach (var row in table.Rows)
        {
            if (!Enum.TryParse<Dimension>(row["dimension"], ignoreCase: true, out var dimension))
            {
                issues.Add(row.Issue("dimension", Text.Format(DataFactorText.ActivityExpectedDimension, string.Join(", ", Enum.GetNames<Dimension>()).ToLowerInvariant())));
                continue;
            }
            if (!Enum.TryParse<ActivityKind>(row["kind"], ignoreCase: true, out var kind))
            {
                issues.Add(row.Issue("kind", DataFactorText.ActivityExpectedKind));
                continue;
            }
            result.Add(new ActivityDefinition(row["activity"] ?? "", row["name_zh"] ?? "", row["name_en"] ?? "", dimension, kind));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : result;
    }

    /// <summary>The lower-case name stored for an enum value.</summary>
    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
