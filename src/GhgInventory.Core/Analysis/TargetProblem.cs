namespace GhgInventory.Core.Analysis;

/// <summary>Why a target could not be scored.</summary>
public enum TargetProblem
{
    /// <summary>Nothing: the target was scored.</summary>
    None,

    /// <summary>No indicator value was computed for the region at all (a reported target, or an indicator the run has no data for).</summary>
    NoData,

    /// <summary>The base-year value is missing (the point's own reason says why: no GDP index, NE …).</summary>
    BaseMissing,

    /// <summary>The value of the year scored is missing (the point's own reason says why).</summary>
    CurrentMissing,

    /// <summary>The year scored is before the base year.</summary>
    BeforeBase,

    /// <summary>The base or target value is zero or negative, so a constant annual rate does not exist.</summary>
    NotPositive,

    /// <summary>The target's unit is not the unit of the indicator's values, so the two cannot be compared.</summary>
    UnitMismatch,
}
