namespace GhgInventory.Core.Reporting;

/// <summary>A row the data-entry workbook lists on a sector sheet for the official to fill in (issue 15: one per row of
/// <c>emission-factors/vocabulary/template-rows.csv</c>), with its unit list, what it is and last year's value.</summary>
/// <param name="CategoryLabel">Its category as the drop-down shows it (<c>1.B.1.a 煤炭开采和矿后活动</c>).</param>
/// <param name="Activity">Its activity's name in the UI language (露天矿原煤产量), which the import reads back.</param>
/// <param name="Unit">The unit pre-filled: last year's unit when there is one, otherwise the one the vocabulary row names.</param>
/// <param name="Units">The units of the activity's dimension its drop-down offers, <paramref name="Unit"/> first.</param>
/// <param name="Note">What to write, in the UI language (the 说明 column, never read).</param>
/// <param name="Previous">Last year's row of the same category and activity (no facility, no use), or null.</param>
public sealed record TemplateEntryRow(string CategoryLabel, string Activity, string Unit, IReadOnlyList<string> Units, string Note, TemplatePreviousRow? Previous)
{
    /// <summary>The use pre-filled, its name in the UI language (原料用能 for the coal a coal-chemical plant gasifies); empty for combustion.</summary>
    public string Use { get; init; } = "";
}
