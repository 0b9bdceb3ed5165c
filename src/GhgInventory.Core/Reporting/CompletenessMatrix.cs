using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Reporting;

/// <summary>Issue 15 item 10: every reporting-level category × gas of one region and year holds a number or a notation key with its
/// reason, never a blank (IPCC 2006 Vol 1 Ch 8 §8.2.2, Table 8.2 notation keys; UNFCCC CRT completeness).</summary>
/// <remarks>
/// A cell is the signed sum of the region's territorial lines within the row's category for its gas (GHG masses in t; the HFCs and PFCs
/// columns sum the CO2e of their species, as UNFCCC tables report them), with the keys of its notation lines beside the number
/// ("x + NE") or alone ("NE"); without any line, the key of reporting-cells.csv with its reason; NA where the gas does not apply to the
/// category. Indirect (electricity, heat used) lines are not in the matrix; of the memo items, international bunkers (<see cref="MemoRows"/>)
/// are memo rows at the end (<see cref="CompletenessRow.IsMemo"/>, in no total), summing the memo lines within them, with the key of
/// reporting-cells.csv where none exists; the other memo lines (biomass CO2, feedstock carbon) stay out. A line whose category is under no
/// reporting row, or whose gas has no column, gets a row or a column of its own, so no line is dropped; air pollutants
/// (<c>isGreenhouse</c> false) are not greenhouse-gas cells.
/// </remarks>
/// <param name="Columns">The gas columns, CO2, CH4, N2O, HFCs, PFCs, SF6 first.</param>
/// <param name="Rows">The rows in IPCC order.</param>
public sealed record CompletenessMatrix(IReadOnlyList<string> Columns, IReadOnlyList<CompletenessRow> Rows)
{
    /// <summary>The standard gas columns (IPCC 2006 Vol 1 Ch 8 Table 8.1: CO2, CH4, N2O, HFCs, PFCs, SF6).</summary>
    public static readonly IReadOnlyList<string> StandardColumns = ["CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6"];

    /// <summary>The memo rows of the matrix: international aviation and water-borne navigation (international bunkers, 1.A.3.a.i and 1.A.3.d.i;
    /// IPCC 2006 Vol 2 Ch 3 §3.6.1 and §3.5.1: reported as memo items, excluded from national totals).</summary>
    public static readonly IReadOnlyList<CategoryCode> MemoRows = [CategoryCode.Parse("1.A.3.a.i"), CategoryCode.Parse("1.A.3.d.i")];

    /// <summary>The columns summed in CO2e (groups of species with different GWPs).</summary>
    public static readonly IReadOnlySet<string> Co2eColumns = new HashSet<string>(["HFCs", "PFCs"], StringComparer.Ordinal);

    // The perfluorocarbons of IPCC 2006 Vol 3 Ch 4 and 7 whose formula does not start with "PFC".
    private static readonly HashSet<string> Perfluorocarbons = new(["CF4", "C2F6", "C3F8", "c-C4F8", "C4F10", "C5F12", "C6F14", "C10F18"], StringComparer.Ordinal);

    private static readonly string NotApplicableZh =
        Resources.CompletenessText.ResourceManager.GetString(nameof(Resources.CompletenessText.NotApplicable), System.Globalization.CultureInfo.GetCultureInfo("zh-Hans"))!;

    private static readonly string NotApplicableEn =
        Resources.CompletenessText.ResourceManager.GetString(nameof(Resources.CompletenessText.NotApplicable), System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>The column a substance's lines go to: its formula, HFCs for an HFC, PFCs for a perfluorocarbon.</summary>
    public static string ColumnOf(Gas gas) =>
        gas.Code.StartsWith("HFC", StringComparison.OrdinalIgnoreCase) ? "HFCs"
        : gas.Code.StartsWith("PFC", StringComparison.OrdinalIgnoreCase) || Perfluorocarbons.Contains(gas.Code) ? "PFCs"
        : gas.Code;

    /// <summary>True when every cell holds a number or a key (always, by construction; the tests and the HTML report check it).</summary>
    public bool NoBlankCell => Rows.All(r => r.Cells.Count == Columns.Count && r.Cells.All(c => c.Value is { } v ? v.HasNumber || v.Keys.Count > 0 : c.Key is not null));

    /// <summary>Builds the matrix of <paramref name="lines"/> (one region and year, its sub-regions included; any scope: only territorial
    /// lines count).</summary>
    /// <param name="cells">The applicable cells (reporting-cells.csv).</param>
    /// <param name="categories">The category tree (names, ancestors).</param>
    /// <param name="lines">The region's lines of the year.</param>
    /// <param name="isGreenhouse">Whether a substance is a greenhouse gas (substances.csv kind); null: all are.</param>
    public static CompletenessMatrix Build(IReadOnlyList<ReportingCell> cells, IReadOnlyDictionary<CategoryCode, Category> categories,
        IEnumerable<EmissionLine> lines, Func<Gas, bool>? isGreenhouse = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(lines);
        isGreenhouse ??= _ => true;
        var territorial = lines.Where(l => l.Scope == EmissionScope.Territorial && isGreenhouse(l.Gas)).ToList();
        var rowCodes = cells.Select(c => c.Category).Where(c => !MemoRows.Contains(c)).Distinct().ToList();

        // A line goes to the deepest reporting row it is within; a line under no row makes a row of its own category.
        CategoryCode RowOf(CategoryCode category) =>
            rowCodes.Where(r => category.IsWithin(r.Value)).OrderByDescending(r => r.Value.Length).Cast<CategoryCode?>().FirstOrDefault() ?? category;
        var byCell = territorial.GroupBy(l => (Row: RowOf(l.Category), Column: ColumnOf(l.Gas))).ToDictionary(g => g.Key, g => g.ToList());

        var columns = StandardColumns.Concat(byCell.Keys.Select(k => k.Column).Where(c => !StandardColumns.Contains(c)).Distinct().Order(StringComparer.Ordinal)).ToList();
        var rows = rowCodes.Concat(byCell.Keys.Select(k => k.Row)).Distinct().Order(CategoryOrder.Instance).ToList();
        var defaults = cells.ToDictionary(c => (c.Category, c.Column));

        // Bunkers: the memo lines within each memo row, by column (never mixed with the territorial cells above).
        var memo = lines.Where(l => l.Scope == EmissionScope.Memo && isGreenhouse(l.Gas))
            .Select(l => (Line: l, Row: MemoRows.Cast<CategoryCode?>().FirstOrDefault(r => l.Category.IsWithin(r!.Value.Value))))
            .Where(p => p.Row is not null)
            .GroupBy(p => (Row: p.Row!.Value, Column: ColumnOf(p.Line.Gas))).ToDictionary(g => g.Key, g => g.Select(p => p.Line).ToList());
        columns.AddRange(memo.Keys.Select(k => k.Column).Where(c => !columns.Contains(c)).Distinct().Order(StringComparer.Ordinal).ToList());
        rows.RemoveAll(MemoRows.Contains);
        rows.AddRange(MemoRows);

        var result = new List<CompletenessRow>();
        foreach (var code in rows)
        {
            var category = categories.TryGetValue(code, out var c) ? c : new Category(code, null, code.Value, code.Value);
            var rowCells = new List<CompletenessCell>();
            foreach (var column in columns)
            {
                if ((MemoRows.Contains(code) ? memo : byCell).TryGetValue((code, column), out var cellLines))
                {
                    var totals = GasTotals.Of(cellLines, isGreenhouse);
                    var value = Co2eColumns.Contains(column) ? totals.Co2e : totals.Substances.Single().Mass;
                    var notes = cellLines.Where(l => l.MassTonnes is null).Select(l => new CellNote(l.Notation ?? NotationKey.NE, l.NoteText ?? LineText.Verbatim("")))
                        .DistinctBy(n => (n.Key, n.Reason.Encode())).ToList();
                    rowCells.Add(new CompletenessCell(column, value, null, null, null, notes));
                }
                else if (defaults.TryGetValue((code, column), out var d))
                {
                    rowCells.Add(new CompletenessCell(column, null, d.Key, d.ReasonZh, d.ReasonEn, []));
                }
                else
                {
                    rowCells.Add(new CompletenessCell(column, null, NotationKey.NA, NotApplicableZh, NotApplicableEn, []));
                }
            }
            result.Add(new CompletenessRow(category, rowCells, MemoRows.Contains(code)));
        }
        return new CompletenessMatrix(columns, result);
    }
}
