using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Targets;

/// <summary>The cell readers shared by the targets and budget files: each adds a located issue and returns null when the cell is wrong.</summary>
internal static class TargetRows
{
    /// <summary>The region a cell names by code or exact name.</summary>
    public static RegionCode? Region(CsvRow row, RegionTree regions, List<ValidationIssue> issues)
    {
        if (row["region"] is { } text && regions.TryFind(text, out var region))
        {
            return region.Code;
        }
        issues.Add(row.Issue("region", TargetDataText.ExpectedRegion));
        return null;
    }

    /// <summary>A year from 1990 to 2100.</summary>
    public static int? Year(CsvRow row, string column, List<ValidationIssue> issues)
    {
        if (int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1990 and <= 2100)
        {
            return year;
        }
        issues.Add(row.Issue(column, TargetDataText.ExpectedYear));
        return null;
    }

    /// <summary>A finite number written with the invariant culture.</summary>
    public static double? Number(CsvRow row, string column, List<ValidationIssue> issues)
    {
        if (double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }
        issues.Add(row.Issue(column, TargetDataText.ExpectedNumber));
        return null;
    }

    /// <summary>True for a key of lower-case ASCII letters, digits and _, starting with a letter.</summary>
    public static bool IsKey(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
