using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Targets;

/// <summary>Reads a project file for <c>ghg budget --project</c>: <c>name,region,co2_t_per_year[,source]</c>, one project a row, read whole or refused.</summary>
/// <remarks>Issue 14: a project's CO2 is 0 to <see cref="MaxTonnesPerYear"/> t a year, and a name appears once.</remarks>
public static class ProjectFile
{
    /// <summary>The largest yearly CO2 of one project, t: 10^8 t (100 Mt) — several times the largest coal power stations' emissions
    /// (a 5 GW station at about 0.8 t/MWh and 5,000 h emits about 20 Mt a year; order of magnitude, UNVERIFIED against a published list);
    /// more is taken for a typing error (the trial's 1e300).</summary>
    public const double MaxTonnesPerYear = 1e8;

    /// <summary>The columns a project file must have.</summary>
    public static readonly string[] Required = ["name", "region", "co2_t_per_year"];

    /// <summary>The columns a project file may have.</summary>
    public static readonly string[] Optional = ["source"];

    /// <summary>True when <paramref name="bytes"/> is a stated-figure project file (its header names <c>co2_t_per_year</c>); false for an
    /// activity file (CSV with <c>region,year,category,activity,value,unit…</c>, or an XLSX workbook), the second form of <c>--project</c>.</summary>
    public static bool IsStated(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
        {
            return false;
        }
        string head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        int end = head.IndexOfAny(['\r', '\n']);
        string header = (end < 0 ? head : head[..end]).TrimStart('\uFEFF');
        return header.Split(',').Any(c => c.Trim().Trim('"').Equals("co2_t_per_year", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The projects of <paramref name="bytes"/> (file <paramref name="file"/>).</summary>
    /// <exception cref="InputRejectedException">The file has problems; all of them are listed, located.</exception>
    public static IReadOnlyList<BudgetProject> Read(string file, byte[] bytes, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var table = CsvTable.Read(file, bytes, Required, Optional);
        var issues = new List<ValidationIssue>();
        var projects = new List<BudgetProject>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            int before = issues.Count;
            if (row["name"] is null)
            {
                issues.Add(row.Issue("name", TargetDataText.ExpectedName));
            }
            var region = TargetRows.Region(row, regions, issues);
            double? tonnes = TargetRows.Number(row, "co2_t_per_year", issues);
            if (tonnes is < 0)
            {
                issues.Add(row.Issue("co2_t_per_year", TargetDataText.ExpectedNonNegative));
            }
            else if (tonnes > MaxTonnesPerYear)
            {
                issues.Add(row.Issue("co2_t_per_year", Text.Format(TargetDataText.ExpectedProjectBound, MaxTonnesPerYear.ToString("#,0", CultureInfo.InvariantCulture))));
            }
            if (row["name"] is { } name && !names.TryAdd(name.Trim(), row.Line))
            {
                issues.Add(row.Issue("name", Text.Format(TargetDataText.ExpectedUniqueProject, name.Trim(), names[name.Trim()])));
            }
            if (issues.Count == before)
            {
                projects.Add(new BudgetProject(row["name"]!, region!.Value, tonnes!.Value, row["source"] ?? "",
                    string.Create(CultureInfo.InvariantCulture, $"{file}:{row.Line}")));
            }
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : projects;
    }
}
