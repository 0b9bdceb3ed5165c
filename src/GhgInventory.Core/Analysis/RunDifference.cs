namespace GhgInventory.Core.Analysis;

/// <summary>What changed between two runs of the same years: every changed line with its causes, and the changes summed by cause.</summary>
/// <param name="A">The earlier (or reference) run.</param>
/// <param name="B">The later run.</param>
/// <param name="Years">The years compared (covered by both runs).</param>
/// <param name="Changes">Every line whose CO2e, mass or notation key differs, or that is in one run only, in key order.</param>
/// <param name="ByCause">The changes summed per scope and combination of causes.</param>
/// <param name="Totals">Per scope, total(A), total(B) and Σ changes.</param>
/// <param name="Unchanged">How many matched lines are the same in both runs.</param>
public sealed record RunDifference(RecalcSide A, RecalcSide B, IReadOnlyList<int> Years, IReadOnlyList<LineChange> Changes,
    IReadOnlyList<CauseTotal> ByCause, IReadOnlyList<ScopeTotals> Totals, int Unchanged)
{
    /// <summary>The run options differ between the two runs.</summary>
    public bool OptionsDiffer => !string.Equals(A.Options, B.Options, StringComparison.Ordinal);

    /// <summary>Both runs were compiled from the same inputs (equal hashes): a provisional and a final run of the same data, say.</summary>
    public bool SameInputs => string.Equals(A.InputsSha256, B.InputsSha256, StringComparison.Ordinal);
}
