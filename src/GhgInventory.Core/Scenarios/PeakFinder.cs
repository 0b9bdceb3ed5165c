namespace GhgInventory.Core.Scenarios;

/// <summary>Where a path of yearly emissions peaks (docs/scenarios.md §4, "Peak").</summary>
public static class PeakFinder
{
    /// <summary>The peak of <paramref name="path"/> (base year first, one value a year).</summary>
    /// <param name="path">CO2e by year, t; at least one value, all finite.</param>
    /// <param name="baseYear">The year of <c>path[0]</c>.</param>
    /// <returns>The highest value and its year; the year is null when the highest value is the last year's (not peaked by the horizon), and
    /// <c>AtBase</c> is true when it is the base year's (peaked at or before the base year). A tie goes to the earliest year: a plateau has
    /// peaked when it starts.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static (int? Year, bool AtBase, double Peak) Find(ReadOnlySpan<double> path, int baseYear)
    {
        if (path.IsEmpty)
        {
            throw new ArgumentException("the path has no year", nameof(path));
        }
        int best = 0;
        for (int i = 1; i < path.Length; i++)
        {
            if (path[i] > path[best])
            {
                best = i;
            }
        }
        bool notPeaked = path.Length > 1 && best == path.Length - 1;
        return (notPeaked ? null : baseYear + best, best == 0, path[best]);
    }
}
