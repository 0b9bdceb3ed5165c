using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>One applicable cell of the reporting matrix (emission-factors/vocabulary/reporting-cells.csv): a reporting-level category, a
/// gas column, and the notation key that stands, with its reason, when a region and year have no line for it.</summary>
/// <remarks>A category × gas without a row does not apply (IPCC 2006 Vol 1 Ch 8 Table 8.2: NA), e.g. CH4 of cement (2.A).</remarks>
/// <param name="Category">Reporting-level category (1.A.1, 1.B.1, 2.A, 3.A.1, 3.B.1, 4.A …).</param>
/// <param name="Column">Gas column: CO2, CH4, N2O, SF6, or a group (HFCs, PFCs) summed in CO2e.</param>
/// <param name="Key">The key when no line exists (NE "no activity data", or NO with why it does not occur).</param>
/// <param name="ReasonZh">Why, in Chinese.</param>
/// <param name="ReasonEn">Why, in English.</param>
public sealed record ReportingCell(CategoryCode Category, string Column, NotationKey Key, string ReasonZh, string ReasonEn);
