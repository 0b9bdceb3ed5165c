namespace GhgInventory.Core.Analysis;

/// <summary>What a target's value means: a change against the base year, a level to reach, a cap, or a figure only reported.</summary>
public enum TargetKind
{
    /// <summary>A relative change against the base year, in % (−16.5 means "down 16.5 % from the base-year value").</summary>
    Change,

    /// <summary>A level the indicator must be at or below by the target year (coal share ≤ 75 %); the path runs from the base value to it.</summary>
    AtMost,

    /// <summary>A level the indicator must be at or above by the target year (renewable capacity ≥ 50 GW).</summary>
    AtLeast,

    /// <summary>A ceiling that holds in every year of the period (a capacity cap of 100 万吨); no path, the cap is the limit each year.</summary>
    Cap,

    /// <summary>A target the engine cannot score (no indicator computed for it): shown with its value where data exist, never dropped.</summary>
    Reported,
}
