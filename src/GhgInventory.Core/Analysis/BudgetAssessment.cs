namespace GhgInventory.Core.Analysis;

/// <summary>How much of a carbon budget is used through a year, what remains, and when it runs out at the current trend.</summary>
/// <param name="Budget">The budget.</param>
/// <param name="ThroughYear">The last year counted as used.</param>
/// <param name="UsedTonnes">CO2 of the years from the budget's start through <paramref name="ThroughYear"/>, t; null when a year is missing.</param>
/// <param name="RemainingTonnes">Allowed − used, t (negative when overspent); null when used is unknown.</param>
/// <param name="UsedPct">Used as a share of the allowed total, %.</param>
/// <param name="TrendTonnesPerYear">The trend: the average annual change of the last <see cref="BudgetArithmetic.TrendYears"/> years, t a year; null when those years are not all known.</param>
/// <param name="RunOutYear">The year in which the cumulative CO2 (at the trend after <paramref name="ThroughYear"/>) first exceeds the budget, never after
/// the period's end; null when the trend does not use it up within the period (<see cref="LeftAtEndTonnes"/> then says what is left) or cannot be projected.</param>
/// <param name="LastProjectedYear">The last year projected: the end of the budget's period.</param>
/// <param name="MissingYears">Years in the counted span with no CO2 figure (each makes used unknown, never 0).</param>
public sealed record BudgetAssessment(CarbonBudget Budget, int ThroughYear, double? UsedTonnes, double? RemainingTonnes, double? UsedPct,
    double? TrendTonnesPerYear, int? RunOutYear, int LastProjectedYear, IReadOnlyList<int> MissingYears)
{
    /// <summary>What is left of the budget after its last year when the trend does not use it up within the period: allowed − used − the projected
    /// CO2 of the years after <see cref="ThroughYear"/> to the period's end, t; null when it runs out (or ran out) or cannot be projected.</summary>
    public double? LeftAtEndTonnes { get; init; }
}
