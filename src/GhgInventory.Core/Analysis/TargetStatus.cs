namespace GhgInventory.Core.Analysis;

/// <summary>Where a target stands in the year scored.</summary>
public enum TargetStatus
{
    /// <summary>Before the target year, the current value is at or better than the required path.</summary>
    OnTrack,

    /// <summary>Before the target year, the current value is worse than the required path.</summary>
    OffTrack,

    /// <summary>In or after the target year, the value meets the target.</summary>
    Met,

    /// <summary>In or after the target year, the value does not meet the target.</summary>
    NotMet,

    /// <summary>The target cannot be scored: a value is missing (<see cref="TargetProblem"/> says which and why).</summary>
    Missing,

    /// <summary>A reported target: shown with its figure where one exists, not scored.</summary>
    Reported,

    /// <summary>The value compared is a lower bound (or the base of the path is), and the bound is on the good side of the path: the true
    /// value may be on either side, so neither on track nor off track can be said (issue 14). A lower bound that already misses a falling
    /// target is a definite off track / not met, not this.</summary>
    Indeterminate,
}
