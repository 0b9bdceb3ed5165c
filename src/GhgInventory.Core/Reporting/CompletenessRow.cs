using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>One row of the completeness matrix: a reporting-level category and one cell per gas column.</summary>
/// <param name="Category">The category (with its Chinese and English names).</param>
/// <param name="Cells">One cell per column of the matrix, in column order.</param>
/// <param name="IsMemo">True for a memo row (international bunkers, 1.A.3.a.i and 1.A.3.d.i): its cells sum the region's memo lines, are
/// reported for information only and are in no total (IPCC 2006 Vol 2 Ch 1 §1.2.1.3 / Vol 1 Ch 8 Table 8.2, memo items).</param>
public sealed record CompletenessRow(Category Category, IReadOnlyList<CompletenessCell> Cells, bool IsMemo = false);
