namespace GhgInventory.Core.Analysis;

/// <summary>Carbon-budget arithmetic: used, remaining, the trend and the year the budget runs out, and a project's effect on it.</summary>
/// <remarks>
/// Used = Σ CO2 of the years from the budget's start through the year asked (a missing year makes it unknown, never 0).
/// The trend is linear: the average annual change over the last <see cref="TrendYears"/> years, Δ = (E_Y − E_{Y−3}) / 3, and the
/// projection E_{Y+k} = max(0, E_Y + k·Δ); the budget runs out in the first year of its period whose cumulative CO2 exceeds the allowed
/// total. A budget is a quantity for its period: when the trend does not exhaust it by the period's last year there is no run-out year,
/// and what would be left at the end of the period is given instead (issue 14: a 2021–2030 budget is never said to run out in 2032).
/// This is a convention of this engine (no national rule for projecting a budget was found): it is printed with every run-out year.
/// </remarks>
public static class BudgetArithmetic
{
    /// <summary>The number of years the trend's average annual change is taken over.</summary>
    public const int TrendYears = 3;

    /// <summary>Assesses <paramref name="budget"/> through <paramref name="throughYear"/> from the annual CO2 (t, by year; a null value is a year without a figure).</summary>
    public static BudgetAssessment Assess(CarbonBudget budget, IReadOnlyDictionary<int, double?> annualTonnes, int throughYear)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(annualTonnes);
        int last = Math.Min(throughYear, budget.EndYear);
        var missing = new List<int>();
        double used = 0;
        int? exceededIn = null;
        for (int y = budget.StartYear; y <= last; y++)
        {
            if (annualTonnes.GetValueOrDefault(y) is { } e)
            {
                used += e;
                if (used > budget.AllowedTonnes && missing.Count == 0)
                {
                    exceededIn ??= y;
                }
            }
            else
            {
                missing.Add(y);
            }
        }
        double? usedOrNull = missing.Count == 0 ? used : null;
        double? trend = Trend(annualTonnes, throughYear);
        int horizon = budget.EndYear;
        (int? runOut, double? leftAtEnd) = exceededIn is { } done ? (done, null)
            : usedOrNull is { } u && annualTonnes.GetValueOrDefault(throughYear) is { } latest && trend is { } d
                ? RunOut(budget, u, latest, d, 0, throughYear, horizon) : (null, null);
        return new(budget, throughYear, usedOrNull, budget.AllowedTonnes - usedOrNull, usedOrNull / budget.AllowedTonnes * 100, trend, runOut, horizon, missing)
        {
            LeftAtEndTonnes = leftAtEnd,
        };
    }

    /// <summary>The effect of a project emitting <paramref name="projectTonnesPerYear"/> t CO2 a year from the year after the assessment's through-year.</summary>
    public static ProjectImpact Project(BudgetAssessment assessment, IReadOnlyDictionary<int, double?> annualTonnes, double projectTonnesPerYear)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(annualTonnes);
        ArgumentOutOfRangeException.ThrowIfNegative(projectTonnesPerYear);
        var b = assessment.Budget;
        int firstProjectYear = Math.Max(assessment.ThroughYear + 1, b.StartYear);
        double inPeriod = projectTonnesPerYear * Math.Max(0, b.EndYear - firstProjectYear + 1);
        double? share = assessment.RemainingTonnes is { } r && r > 0 ? inPeriod / r * 100 : null;
        bool exceeded = assessment.UsedTonnes > b.AllowedTonnes;
        (int? with, double? left) = exceeded ? (assessment.RunOutYear, null)
            : assessment.UsedTonnes is { } u && annualTonnes.GetValueOrDefault(assessment.ThroughYear) is { } latest && assessment.TrendTonnesPerYear is { } d
                ? RunOut(b, u, latest, d, projectTonnesPerYear, assessment.ThroughYear, assessment.LastProjectedYear) : (null, null);
        int? forward = assessment.RunOutYear is { } without && with is { } w ? without - w : null;
        return new(assessment, projectTonnesPerYear, inPeriod, share, with, forward) { LeftAtEndWithProjectTonnes = left };
    }

    private static double? Trend(IReadOnlyDictionary<int, double?> annual, int year) =>
        annual.GetValueOrDefault(year) is { } now && annual.GetValueOrDefault(year - TrendYears) is { } then ? (now - then) / TrendYears : null;

    /// <summary>The first year up to <paramref name="lastYear"/> (the period's end) whose cumulative CO2 exceeds the budget, or null with what is
    /// left of the budget after <paramref name="lastYear"/> at the trend (allowed − used − projected, t).</summary>
    private static (int? Year, double? Left) RunOut(CarbonBudget b, double used, double latest, double trend, double extra, int throughYear, int lastYear)
    {
        if (used > b.AllowedTonnes)
        {
            return (null, null); // already exceeded: Assess names the year it happened
        }
        double cumulative = used;
        for (int y = Math.Max(throughYear + 1, b.StartYear); y <= lastYear; y++)
        {
            cumulative += Math.Max(0, latest + (y - throughYear) * trend) + extra;
            if (cumulative > b.AllowedTonnes)
            {
                return (y, null);
            }
        }
        return (null, b.AllowedTonnes - cumulative);
    }
}
