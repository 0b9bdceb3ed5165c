using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Energy;

/// <summary>A region's energy total for one year under one counting rule, with what was deducted.</summary>
/// <param name="Rule">The rule's stable name (<see cref="EnergyRule.Name"/>).</param>
/// <param name="Tce">The total, tonnes of standard coal; null when a deduction cannot be computed (<paramref name="Missing"/>).</param>
/// <param name="GrossTce">Gross energy consumption before deductions, tce.</param>
/// <param name="NonFossilDeductedTce">Non-fossil energy deducted under the rule, tce.</param>
/// <param name="FeedstockDeductedTce">Feedstock energy (原料用能) deducted under the rule, tce.</param>
/// <param name="LowerBoundBecause">Why the total is only a lower bound (a fuel without coefficient, a source under NE …), one sentence each; empty when complete.</param>
/// <param name="Missing">Why <paramref name="Tce"/> is null.</param>
public sealed record EnergyTotal(string Rule, double? Tce, double GrossTce, double NonFossilDeductedTce, double FeedstockDeductedTce,
    IReadOnlyList<LineText> LowerBoundBecause, LineText? Missing = null)
{
    /// <summary>True when the total is at least <see cref="Tce"/>, not exactly it.</summary>
    public bool IsLowerBound => LowerBoundBecause.Count > 0;
}
