using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.ReferenceData;

/// <summary>The applicable cells of the completeness matrix, bundled as emission-factors/vocabulary/reporting-cells.csv
/// (<c>category,gas,key,reason_zh,reason_en</c>): what stands in a category × gas of a region and year with no line.</summary>
public static class ReportingCells
{
    /// <summary>The file inside the bundle.</summary>
    public const string BundledFile = "emission-factors/vocabulary/reporting-cells.csv";

    private static readonly Lazy<IReadOnlyList<ReportingCell>> BundledCells = new(() => Parse(CsvTable.ReadBundled(BundledFile, ["category", "gas", "key", "reason_zh", "reason_en"])));

    /// <summary>The bundled cells.</summary>
    /// <exception cref="InputRejectedException">A row with a category code, gas column or notation key that is not one, a missing reason, or a
    /// repeated category × gas, each located by file and line.</exception>
    public static IReadOnlyList<ReportingCell> Bundled => BundledCells.Value;

    /// <summary>Parses the rows of a reporting-cells table, checking each (see <see cref="Bundled"/>).</summary>
    public static IReadOnlyList<ReportingCell> Parse(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<ValidationIssue>();
        var result = new List<ReportingCell>();
        var seen = new HashSet<(CategoryCode, string)>();
        foreach (var row in table.Rows)
        {
            bool ok = true;
            if (!CategoryCode.TryParse(row["category"], out var category))
            {
                issues.Add(row.Issue("category", "an IPCC category code (1.A.1, 3.B.1 …)"));
                ok = false;
            }
            string? gas = row["gas"];
            if (gas is null || (!CompletenessMatrix.StandardColumns.Contains(gas) && CompletenessMatrix.ColumnOf(new Gas(gas)) != gas))
            {
                issues.Add(row.Issue("gas", string.Join(", ", CompletenessMatrix.StandardColumns) + ", or one substance's formula"));
                ok = false;
            }
            if (!Enum.TryParse<NotationKey>(row["key"], ignoreCase: false, out var key) || !Enum.IsDefined(key) || key == NotationKey.NA)
            {
                issues.Add(row.Issue("key", "NE, NO, IE or C (a gas that does not apply has no row: NA)"));
                ok = false;
            }
            if (row["reason_zh"] is null)
            {
                issues.Add(row.Issue("reason_zh", "the reason in Chinese"));
                ok = false;
            }
            if (row["reason_en"] is null)
            {
                issues.Add(row.Issue("reason_en", "the reason in English"));
                ok = false;
            }
            if (ok && !seen.Add((category, gas!)))
            {
                issues.Add(row.Issue("gas", "each category × gas once"));
                ok = false;
            }
            if (ok)
            {
                result.Add(new ReportingCell(category, gas!, key, row["reason_zh"]!, row["reason_en"]!));
            }
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : result;
    }
}
