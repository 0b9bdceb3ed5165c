namespace GhgInventory.Core.Analysis;

/// <summary>Why a line of one run differs from the same line of another; a line may have several causes (flags).</summary>
/// <remarks>
/// A line with several causes is summed under the combination (e.g. activity + factor set), never split between them: a
/// sequential attribution would depend on the order the causes are taken in, and a combined row keeps Σ changes equal to
/// total(B) − total(A) exactly.
/// </remarks>
[Flags]
public enum RecalculationCause
{
    /// <summary>No cause: the line is the same in both runs.</summary>
    None = 0,

    /// <summary>The records behind the line's source differ: the summed activity amount or its notation key.</summary>
    Activity = 1,

    /// <summary>A factor of the line differs in value or unit, or comes from a factor set that only one of the two runs had.</summary>
    FactorSet = 2,

    /// <summary>The GWP applied to the line differs (another GWP set).</summary>
    Gwp = 4,

    /// <summary>The line's method differs.</summary>
    Method = 8,

    /// <summary>The run options differ (grid, grid year, CHP split) and the line changed with factors both runs had: the rule chose differently.</summary>
    Rule = 16,

    /// <summary>The line is only in run B.</summary>
    NewLine = 32,

    /// <summary>The line is only in run A.</summary>
    RemovedLine = 64,

    /// <summary>The line's figure differs and none of the above does (engine or reference data): shown as such, never hidden.</summary>
    Other = 128,

    /// <summary>A factor derived from other lines of the run changed (the heat factor from the region's own heat supply, the
    /// generation intensity of exported electricity): the line moved because those lines did.</summary>
    Derived = 256,
}
