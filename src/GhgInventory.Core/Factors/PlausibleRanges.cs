using GhgInventory.Core.Units;

namespace GhgInventory.Core.Factors;

/// <summary>The table of plausible factor ranges (emission-factors/plausible-ranges.csv), looked up most specific first.</summary>
public sealed class PlausibleRanges(IEnumerable<PlausibleRange> ranges)
{
    private readonly List<PlausibleRange> all = ranges.ToList();

    /// <summary>Every range of the table.</summary>
    public IReadOnlyList<PlausibleRange> All => all;

    /// <summary>The range that applies to a value of <paramref name="parameter"/>: one naming the activity before one for every activity; null when none does.</summary>
    public PlausibleRange? Find(string parameter, string? gas, string? activity, FactorUnit unit) =>
        all.Where(r => r.Matches(parameter, gas, activity, unit))
            .OrderByDescending(r => r.Activities.Count > 0)
            .ThenByDescending(r => r.Gas is not null)
            .FirstOrDefault();
}
