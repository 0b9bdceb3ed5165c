using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>A line that differs between run A and run B, with its causes.</summary>
/// <param name="Key">The matched line.</param>
/// <param name="A">The line in run A; null for a new line.</param>
/// <param name="B">The line in run B; null for a removed line.</param>
/// <param name="Causes">Every cause found (flags).</param>
/// <param name="DeltaCo2eTonnes">CO2e of B minus CO2e of A, in tonnes, counting a side with a notation key (or absent) as contributing
/// nothing to its run's total: what the line adds to total(B) − total(A). Shown beside the keys, never as "a number vs 0".</param>
public sealed record LineChange(RecalcLineKey Key, EmissionLine? A, EmissionLine? B, RecalculationCause Causes, double DeltaCo2eTonnes)
{
    /// <summary>The notation key of A's line (NE, NO …), or null when A has a number or no line.</summary>
    public NotationKey? KeyA => A?.Notation;

    /// <summary>The notation key of B's line, or null when B has a number or no line.</summary>
    public NotationKey? KeyB => B?.Notation;

    /// <summary>True when either side stands as a notation key rather than a number.</summary>
    public bool InvolvesNotation => KeyA is not null || KeyB is not null;
}
