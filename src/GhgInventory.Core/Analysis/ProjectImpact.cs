namespace GhgInventory.Core.Analysis;

/// <summary>What a project's annual CO2 does to a budget: its share of what remains, and how many years earlier the budget runs out.</summary>
/// <param name="Budget">The budget's assessment without the project.</param>
/// <param name="ProjectTonnesPerYear">The project's CO2, t a year, from the year after the budget's through-year.</param>
/// <param name="ProjectTonnesInPeriod">The project's CO2 over the rest of the period, t.</param>
/// <param name="ShareOfRemainingPct">That as a share of the remaining budget, %; null when nothing remains or remaining is unknown.</param>
/// <param name="RunOutYearWithProject">The run-out year at the trend with the project added.</param>
/// <param name="YearsBroughtForward">Run-out year without − with the project; null when either is not within the horizon.</param>
public sealed record ProjectImpact(BudgetAssessment Budget, double ProjectTonnesPerYear, double ProjectTonnesInPeriod, double? ShareOfRemainingPct,
    int? RunOutYearWithProject, int? YearsBroughtForward)
{
    /// <summary>What is left of the budget at the period's end at the trend with the project added, t; null when it runs out within the period or is unknown.</summary>
    public double? LeftAtEndWithProjectTonnes { get; init; }
}
