using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>One row of the completeness matrix: a reporting-level category and one cell per gas column.</summary>
/// <param name="Category">The category (with its Chinese and English names).</param>
/// <param name="Cells">One cell per column of the matrix, in column order.</param>
public sealed record CompletenessRow(Category Category, IReadOnlyList<CompletenessCell> Cells);
