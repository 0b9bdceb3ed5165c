using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Analysis;

/// <summary>A target scored for one year under one rule: base, required path, current value, gap, the rate now needed, and the status.</summary>
/// <param name="Target">The target scored.</param>
/// <param name="Rule">The rule the values are under (the target's own, or one of the rules <see cref="Target.AnyRule"/> expanded to).</param>
/// <param name="Year">The year scored.</param>
/// <param name="Unit">The unit of every level below (the indicator's unit).</param>
/// <param name="BaseValue">The indicator in the base year, in <paramref name="Unit"/>; null when missing.</param>
/// <param name="TargetValue">The level to reach in the target year, in <paramref name="Unit"/> (base × (1 + change) for a change target).</param>
/// <param name="RequiredRatePct">The constant annual rate of the required path, % a year; null for a cap or when it cannot be computed.</param>
/// <param name="RequiredPath">The required level in <paramref name="Year"/>, in <paramref name="Unit"/>.</param>
/// <param name="CurrentValue">The indicator in <paramref name="Year"/>, in <paramref name="Unit"/>; null when missing.</param>
/// <param name="AchievedChangePct">The change from the base year to <paramref name="Year"/>, % of the base value.</param>
/// <param name="Gap">Current − path, in <paramref name="Unit"/> (positive means above the path: behind for a downward target).</param>
/// <param name="GapPct">The gap as a share of the path, %.</param>
/// <param name="NeededRatePct">The constant annual rate needed from <paramref name="Year"/> to reach the target value, % a year; null in or after the target year.</param>
/// <param name="Status">On track, off track, met, not met, missing or reported.</param>
/// <param name="Problem">Why the target could not be scored; <see cref="TargetProblem.None"/> when it was.</param>
/// <param name="PointMissing">The indicator's own reason for a missing value (no GDP index of 2023 …), when that is the problem.</param>
/// <param name="Notes">What the figures lean on (from the indicator points: a borrowed grid year, a lower bound).</param>
public sealed record TargetAssessment(Target Target, string Rule, int Year, string Unit, double? BaseValue, double? TargetValue,
    double? RequiredRatePct, double? RequiredPath, double? CurrentValue, double? AchievedChangePct, double? Gap, double? GapPct,
    double? NeededRatePct, TargetStatus Status, TargetProblem Problem, LineText? PointMissing, IReadOnlyList<LineText> Notes)
{
    /// <summary>True when the current value is a lower bound (<see cref="IndicatorPoint.LowerBound"/>: the true value is at least it);
    /// the report shows it as "≥". The status then says on track or met only when the bound proves it.</summary>
    public bool LowerBound { get; init; }

    /// <summary>True when the base-year value is a lower bound: the required path drawn from it is then a lower bound too.</summary>
    public bool BaseLowerBound { get; init; }

    /// <summary>The region scored (the target's).</summary>
    public RegionCode Region => Target.Region;

    /// <summary>True when on track or met, false when off track or not met, null when not scored.</summary>
    public bool? OnTrack => Status switch
    {
        TargetStatus.OnTrack or TargetStatus.Met => true,
        TargetStatus.OffTrack or TargetStatus.NotMet => false,
        _ => null,
    };
}
