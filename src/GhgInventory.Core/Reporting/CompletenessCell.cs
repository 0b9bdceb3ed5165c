namespace GhgInventory.Core.Reporting;

/// <summary>One cell of the completeness matrix: the sum of the lines with their keys ("x + NE"), or the key that stands without lines,
/// with its reason; never blank.</summary>
/// <param name="Column">Gas column (CO2, CH4, N2O, HFCs, PFCs, SF6, or another substance's formula).</param>
/// <param name="Value">The lines' cell (t of the gas; t CO2e for a group column); null when no line exists.</param>
/// <param name="Key">The key when no line exists: the default of reporting-cells.csv, or NA where the gas does not apply; null with lines.</param>
/// <param name="ReasonZh">Why the default key stands, in Chinese; null with lines.</param>
/// <param name="ReasonEn">Why the default key stands, in English; null with lines.</param>
/// <param name="Notes">The reasons of the lines under a notation key in this cell (distinct, in line order).</param>
public sealed record CompletenessCell(string Column, GasCell? Value, Domain.NotationKey? Key, string? ReasonZh, string? ReasonEn, IReadOnlyList<CellNote> Notes);
