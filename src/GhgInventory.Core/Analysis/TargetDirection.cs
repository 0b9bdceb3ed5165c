namespace GhgInventory.Core.Analysis;

/// <summary>Which way a target wants its indicator to move.</summary>
public enum TargetDirection
{
    /// <summary>Lower is better (intensities, coal share, caps).</summary>
    Down,

    /// <summary>Higher is better (renewable capacity, non-fossil share).</summary>
    Up,
}
