using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Territorial totals of one node of the category tree (its own lines and all below it).</summary>
/// <param name="Category">The category.</param>
/// <param name="Depth">0 for a sector, 1 for the next level, …, for indenting.</param>
/// <param name="Totals">Totals.</param>
public sealed record CategoryTotal(Category Category, int Depth, GasTotals Totals);
