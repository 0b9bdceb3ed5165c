using System.Globalization;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Targets;

/// <summary>Reads a carbon-budget file (<c>samples/ordos/budgets.csv</c>): one budget of a region over a period a row.</summary>
/// <remarks>
/// Columns: <c>region,start_year,end_year,allowed,unit,basis,source,note</c>. <c>allowed</c> is the CO2 allowed over the whole period (a
/// one-year period is a yearly budget), in <c>t</c>, <c>万吨</c> (10^4 t) or <c>亿吨</c> (10^8 t); <c>basis</c> is <c>territorial</c> or a
/// rule of the <c>co2_target</c> indicator. Two budgets of one region and basis may not cover the same year. Read whole or refused.
/// </remarks>
public static class BudgetFile
{
    /// <summary>The columns a budget file must have.</summary>
    public static readonly string[] Required = ["region", "start_year", "end_year", "allowed", "unit", "basis", "source"];

    /// <summary>The columns a budget file may have.</summary>
    public static readonly string[] Optional = ["note"];

    // Tonnes per unit: t, 万吨 = 10^4 t, 亿吨 = 10^8 t (the units Chinese statistics write masses in).
    private static readonly Dictionary<string, double> TonnesPer = new(StringComparer.Ordinal) { ["t"] = 1, ["万吨"] = 1e4, ["亿吨"] = 1e8 };

    /// <summary>The budgets of <paramref name="bytes"/> (file <paramref name="file"/>).</summary>
    /// <exception cref="InputRejectedException">The file has problems; all of them are listed, located.</exception>
    public static IReadOnlyList<CarbonBudget> Read(string file, byte[] bytes, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var table = CsvTable.Read(file, bytes, Required, Optional);
        var issues = new List<ValidationIssue>();
        var budgets = new List<(CarbonBudget Budget, int Line)>();
        foreach (var row in table.Rows)
        {
            int before = issues.Count;
            var region = TargetRows.Region(row, regions, issues);
            int? start = TargetRows.Year(row, "start_year", issues);
            int? end = TargetRows.Year(row, "end_year", issues);
            if (start is { } s && end is { } e && e < s)
            {
                issues.Add(row.Issue("end_year", Text.Format(TargetDataText.ExpectedNotBefore, "start_year", s)));
            }
            double? allowed = TargetRows.Number(row, "allowed", issues);
            if (allowed is <= 0)
            {
                issues.Add(row.Issue("allowed", TargetDataText.ExpectedPositive));
            }
            double? per = TonnesPer.TryGetValue(row["unit"] ?? "", out double f) ? f : null;
            if (per is null)
            {
                issues.Add(row.Issue("unit", TargetDataText.ExpectedBudgetUnit));
            }
            string basis = row["basis"] ?? "";
            // Issue 14: only the documented bases; a made-up key (basis=bogus) was accepted and then matched nothing.
            if (basis != IntensityIndicators.Territorial && Core.Energy.Co2Rules.Parse(basis) is null)
            {
                issues.Add(row.Issue("basis", Text.Format(TargetDataText.ExpectedBudgetBasis,
                    string.Join(", ", IntensityIndicators.Territorial, Core.Energy.Co2Rules.NationalGridName, Core.Energy.Co2Rules.RegionGridName))));
            }
            if (row["source"] is null)
            {
                issues.Add(row.Issue("source", TargetDataText.ExpectedSource));
            }
            if (issues.Count > before)
            {
                continue;
            }
            var budget = new CarbonBudget(region!.Value, start!.Value, end!.Value, allowed!.Value * per!.Value, basis, row["source"]!, row["note"] ?? "",
                string.Create(CultureInfo.InvariantCulture, $"{file}:{row.Line}"));
            if (budgets.FirstOrDefault(o => o.Budget.Region == budget.Region && o.Budget.Basis == basis
                && o.Budget.StartYear <= budget.EndYear && budget.StartYear <= o.Budget.EndYear) is { Budget: not null } other)
            {
                issues.Add(row.Issue("start_year", Text.Format(TargetDataText.ExpectedNoOverlap, other.Line, other.Budget.StartYear, other.Budget.EndYear)));
                continue;
            }
            budgets.Add((budget, row.Line));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : budgets.Select(b => b.Budget).ToList();
    }
}
