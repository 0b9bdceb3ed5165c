using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>A cumulative CO2 budget of a region over a period of years (a one-year period is a yearly budget).</summary>
/// <param name="Region">The region the budget is for.</param>
/// <param name="StartYear">First year of the period, inclusive.</param>
/// <param name="EndYear">Last year of the period, inclusive, not before <paramref name="StartYear"/>.</param>
/// <param name="AllowedTonnes">The CO2 allowed over the whole period, t CO2, positive.</param>
/// <param name="Basis">Which CO2 the budget counts: <c>territorial</c> (the inventory's CO2) or a rule of the <c>co2_target</c> indicator.</param>
/// <param name="Source">Where the budget comes from (a document, or "illustrative").</param>
/// <param name="Note">A note for the reader; empty when none.</param>
/// <param name="Location">Where the budget was read (<c>budgets.csv:3</c>).</param>
public sealed record CarbonBudget(RegionCode Region, int StartYear, int EndYear, double AllowedTonnes, string Basis, string Source, string Note, string Location)
{
    /// <summary>The basis that counts the inventory's territorial CO2.</summary>
    public const string Territorial = "territorial";

    /// <summary>The number of years in the period.</summary>
    public int Years => EndYear - StartYear + 1;
}
