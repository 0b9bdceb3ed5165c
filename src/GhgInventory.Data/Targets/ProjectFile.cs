using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Targets;

/// <summary>Reads a project file for <c>ghg budget --project</c>: <c>name,region,co2_t_per_year[,source]</c>, one project a row, read whole or refused.</summary>
public static class ProjectFile
{
    /// <summary>The columns a project file must have.</summary>
    public static readonly string[] Required = ["name", "region", "co2_t_per_year"];

    /// <summary>The columns a project file may have.</summary>
    public static readonly string[] Optional = ["source"];

    /// <summary>The projects of <paramref name="bytes"/> (file <paramref name="file"/>).</summary>
    /// <exception cref="InputRejectedException">The file has problems; all of them are listed, located.</exception>
    public static IReadOnlyList<BudgetProject> Read(string file, byte[] bytes, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var table = CsvTable.Read(file, bytes, Required, Optional);
        var issues = new List<ValidationIssue>();
        var projects = new List<BudgetProject>();
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
            if (issues.Count == before)
            {
                projects.Add(new BudgetProject(row["name"]!, region!.Value, tonnes!.Value, row["source"] ?? "",
                    string.Create(CultureInfo.InvariantCulture, $"{file}:{row.Line}")));
            }
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : projects;
    }
}
