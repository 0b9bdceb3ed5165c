using GhgInventory.Core.Analysis;

namespace GhgInventory.Reports.Html;

/// <summary>What the targets section of the HTML report shows, already computed.</summary>
/// <param name="Year">The year scored.</param>
/// <param name="Assessments">The scored targets of the region and every region below it.</param>
/// <param name="Series">The trajectories drawn (the region's intensity targets: value and required path by year).</param>
/// <param name="Budgets">The budgets of the region and the regions below it, assessed through <paramref name="Year"/>.</param>
public sealed record HtmlTargets(int Year, IReadOnlyList<TargetAssessment> Assessments, IReadOnlyList<TargetSeries> Series, IReadOnlyList<BudgetAssessment> Budgets)
{
    /// <summary>Which run the section reads when it is not the report's (the report's covers too few years), or that none covers the years; null otherwise.</summary>
    public string? RunNote { get; init; }
}
