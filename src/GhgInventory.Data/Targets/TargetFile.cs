using System.Globalization;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Targets;

/// <summary>Reads a targets file (<c>samples/ordos/targets.csv</c>): one quantitative target of a plan a row, each with its source.</summary>
/// <remarks>
/// Columns: <c>region,indicator,rule,base_year,target_year,kind,value,unit,source,note</c> (<c>rule</c>, <c>value</c> and <c>note</c> may be
/// blank; <c>rule</c> <c>*</c> scores every rule the indicator is computed under). <c>kind</c>: <c>change</c> (value in % against the base
/// year), <c>at_most</c>, <c>at_least</c>, <c>cap</c>, <c>reported</c>. UTF-8 or GB18030. The file is read whole or refused: every problem
/// is a <see cref="ValidationIssue"/> with line, column, the value found and what was expected.
/// </remarks>
public static class TargetFile
{
    /// <summary>The columns a targets file must have.</summary>
    public static readonly string[] Required = ["region", "indicator", "base_year", "target_year", "kind", "unit", "source"];

    /// <summary>The columns a targets file may have.</summary>
    public static readonly string[] Optional = ["rule", "value", "note"];

    private static readonly Dictionary<string, TargetKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["change"] = TargetKind.Change, ["at_most"] = TargetKind.AtMost, ["<="] = TargetKind.AtMost, ["at_least"] = TargetKind.AtLeast,
        [">="] = TargetKind.AtLeast, ["cap"] = TargetKind.Cap, ["reported"] = TargetKind.Reported,
    };

    /// <summary>The targets of <paramref name="bytes"/> (file <paramref name="file"/>), regions named by code or exact name in <paramref name="regions"/>.</summary>
    /// <exception cref="InputRejectedException">The file has problems; all of them are listed, located.</exception>
    public static IReadOnlyList<Target> Read(string file, byte[] bytes, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var table = CsvTable.Read(file, bytes, Required, Optional);
        var issues = new List<ValidationIssue>();
        var targets = new List<Target>();
        var seen = new Dictionary<(RegionCode, string, string, int, int, TargetKind), int>();
        foreach (var row in table.Rows)
        {
            int before = issues.Count;
            var region = TargetRows.Region(row, regions, issues);
            string indicator = row["indicator"] ?? "";
            if (!TargetRows.IsKey(indicator))
            {
                issues.Add(row.Issue("indicator", TargetDataText.ExpectedIndicator));
            }
            string rule = row["rule"] ?? "";
            int? baseYear = TargetRows.Year(row, "base_year", issues);
            int? targetYear = TargetRows.Year(row, "target_year", issues);
            if (baseYear is { } b && targetYear is { } t && t <= b)
            {
                issues.Add(row.Issue("target_year", Text.Format(TargetDataText.ExpectedLaterYear, "base_year", b)));
            }
            TargetKind? kind = Kinds.TryGetValue(row["kind"] ?? "", out var k) ? k : null;
            if (kind is null)
            {
                issues.Add(row.Issue("kind", TargetDataText.ExpectedKind));
            }
            double? value = null;
            if (row["value"] is { } text)
            {
                value = TargetRows.Number(row, "value", issues);
            }
            else if (kind is not null and not TargetKind.Reported)
            {
                issues.Add(row.Issue("value", TargetDataText.ExpectedValueForKind));
            }
            string unit = row["unit"] ?? "";
            if (kind == TargetKind.Change)
            {
                if (value is { } v && (v <= -100 || v == 0))
                {
                    issues.Add(row.Issue("value", TargetDataText.ExpectedChange));
                }
                if (unit != "%")
                {
                    issues.Add(row.Issue("unit", TargetDataText.ExpectedPercent));
                }
            }
            if (row["source"] is null)
            {
                issues.Add(row.Issue("source", TargetDataText.ExpectedSource));
            }
            if (issues.Count > before || region is not { } r || baseYear is not { } by || targetYear is not { } ty || kind is not { } kd)
            {
                continue;
            }
            var key = (r, indicator, rule, by, ty, kd);
            if (seen.TryGetValue(key, out int firstLine))
            {
                issues.Add(row.Issue("indicator", Text.Format(TargetDataText.ExpectedUniqueTarget, firstLine)));
                continue;
            }
            seen[key] = row.Line;
            targets.Add(new Target(r, indicator, rule, by, ty, kd, value, unit, row["source"]!, row["note"] ?? "",
                string.Create(CultureInfo.InvariantCulture, $"{file}:{row.Line}")));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : targets;
    }
}
