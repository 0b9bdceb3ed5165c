using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Core.Units;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>Reads a control-total file (e.g. the city energy balance 能源平衡表): <c>region,year,activity,value,unit[,source][,note]</c>,
/// with the decoding (UTF-8 or GB18030), Chinese column names, units and located errors of activity files.</summary>
public static class ControlFile
{
    /// <summary>Columns a control file must have.</summary>
    public static readonly string[] Required = ["region", "year", "activity", "value", "unit"];

    /// <summary>Columns it may have.</summary>
    public static readonly string[] Optional = ["source", "note"];

    /// <summary>Parses <paramref name="bytes"/>; every row must name a known region, an inventory year, an activity of the vocabulary,
    /// a number ≥ 0 and a unit of the activity's dimension; one row per (region, year, activity).</summary>
    /// <exception cref="InputRejectedException">Any row is wrong; nothing is returned.</exception>
    public static ControlFileContent Parse(string file, byte[] bytes, RegionTree regions, IReadOnlyDictionary<string, ActivityDefinition> activities)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(activities);
        var table = CsvTable.Read(file, bytes, Required, Optional, ActivityColumns.Aliases);
        var issues = new List<ValidationIssue>();
        var rows = new List<(ControlTotal Total, int Line, string? Note)>();
        var seen = new Dictionary<(string, int, string), int>();
        byte[] scratch = [];
        foreach (var row in table.Rows)
        {
            if (row["region"] is not { } regionText || !regions.TryFind(regionText, out var region))
            {
                issues.Add(row.Issue("region", DataIngestText.ControlExpectedRegion));
                continue;
            }
            int year = row["year"] is { } yearText ? TextFields.Year(yearText) : -1;
            if (year < 0)
            {
                issues.Add(row.Issue("year", Text.Format(DataIngestText.ControlExpectedYear, InventoryYear.Min, InventoryYear.Max)));
                continue;
            }
            if (ActivityNames.Find(activities, row["activity"]) is not { } activity)
            {
                issues.Add(row.Issue("activity", Text.Format(DataIngestText.ControlExpectedActivity, ActivityNames.Examples(activities, row["activity"]))));
                continue;
            }
            if (row["value"] is not { } valueText || !TextFields.TryAmount(Encoding.UTF8.GetBytes(valueText), ref scratch, out double value))
            {
                issues.Add(row.Issue("value", DataIngestText.ControlExpectedValue));
                continue;
            }
            string? unitText = row["unit"];
            var unit = unitText is null ? null : TextFields.UnitOf(unitText);
            if (unit is null)
            {
                issues.Add(row.Issue("unit", DataIngestText.ControlExpectedUnit));
                continue;
            }
            if (unit.Dimension != activity.Dimension)
            {
                issues.Add(row.Issue("unit", Text.Format(DataIngestText.ExpectedUnitOfDimension, DataWords.Dimension(activity.Dimension), ActivityNames.Of(activity), Unit.BaseOf(activity.Dimension).Symbol)));
                continue;
            }
            if (unit.Basis == CoalEquivalentBasis.CoalEquivalent || (unit.IsCoalEquivalent && activity.Dimension == Dimension.Energy && activity.Key == "electricity"))
            {
                issues.Add(row.Issue("unit", Text.Format(DataIngestText.ControlExpectedPhysicalUnit, ActivityNames.Of(activity))));
                continue;
            }
            var key = (region.Code.Value, year, activity.Key);
            if (seen.TryGetValue(key, out int firstLine))
            {
                issues.Add(row.Issue("activity", Text.Format(DataIngestText.ControlExpectedOneRow, region.Code, year, ActivityNames.Of(activity), firstLine)));
                continue;
            }
            seen[key] = row.Line;
            rows.Add((new ControlTotal(region.Code, year, activity.Key, value, unitText!, unit.ToBase, Unit.BaseOf(activity.Dimension).Symbol, row["source"],
                $"{file}:{row.Line.ToString(CultureInfo.InvariantCulture)}"), row.Line, row["note"]));
        }
        if (issues.Count > 0)
        {
            throw new InputRejectedException(issues);
        }
        if (rows.Count == 0)
        {
            throw new InputRejectedException([new ValidationIssue(file, 0, null, DataIngestText.ControlFoundNoRows, Text.Format(DataIngestText.ControlExpectedAtLeastOne, string.Join(",", Required)))]);
        }
        var inspection = TextDecoding.Examine(() => new MemoryStream(bytes, writable: false));
        return new ControlFileContent(file, Convert.ToHexStringLower(SHA256.HashData(bytes)), inspection.EncodingName, rows);
    }
}

/// <summary>A parsed control file.</summary>
/// <param name="FileName">File name as given.</param>
/// <param name="Sha256">SHA-256 of the file's bytes: its identity.</param>
/// <param name="Encoding">Encoding it was read in.</param>
/// <param name="Rows">The control totals with their file lines and notes, in file order.</param>
public sealed record ControlFileContent(string FileName, string Sha256, string Encoding, IReadOnlyList<(ControlTotal Total, int Line, string? Note)> Rows);
