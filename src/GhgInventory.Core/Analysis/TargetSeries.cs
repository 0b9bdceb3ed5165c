namespace GhgInventory.Core.Analysis;

/// <summary>An indicator and its required path year by year, for one target and rule.</summary>
/// <param name="Target">The target.</param>
/// <param name="Rule">The rule of the values.</param>
/// <param name="Unit">The unit of the values and the path.</param>
/// <param name="Points">One entry a year from the base year.</param>
public sealed record TargetSeries(Target Target, string Rule, string Unit, IReadOnlyList<TargetSeriesPoint> Points);

/// <summary>One year of a <see cref="TargetSeries"/>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The indicator's value; null when missing (or not computed in a year the run does not cover).</param>
/// <param name="Path">The required path's value; null when the path cannot be computed (no base value).</param>
public sealed record TargetSeriesPoint(int Year, double? Value, double? Path);
