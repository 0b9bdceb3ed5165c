using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>The change of a region's territorial CO2e from one year to the next, with what makes the comparison weaker.</summary>
/// <remarks>
/// Difference = current − previous (t CO2e); share = difference / |previous| (a net removal, LULUCF, makes a total negative: the share
/// keeps the sign of the difference, so more emissions always read as an increase). Both are null when either year has no number
/// (a total made only of notation keys). A total with NE or C parts is a lower bound, so its change compares lower bounds:
/// <see cref="IncompleteBecause"/> names those keys; a year whose coverage is incomplete compares a part of the region
/// with another: <see cref="CoverageDiffers"/> says so. Nothing is hidden: callers show the caveats beside the figures.
/// </remarks>
/// <param name="Year">The later year.</param>
/// <param name="PreviousYear">The earlier year.</param>
/// <param name="DifferenceTonnes">Current minus previous CO2e, t; null without a number in either year.</param>
/// <param name="Share">Difference over the magnitude of the previous year's CO2e; null without both numbers or with a previous total of 0.</param>
/// <param name="IncompleteBecause">Notation keys (NE, C) that make either total a lower bound, in <see cref="GasCell.KeyOrder"/>.</param>
/// <param name="CoverageDiffers">True when either year lacks data for some banner or district.</param>
public sealed record YearOnYear(int Year, int PreviousYear, double? DifferenceTonnes, double? Share, IReadOnlyList<NotationKey> IncompleteBecause, bool CoverageDiffers)
{
    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/> (same region, consecutive or not), of the total
    /// excluding LULUCF or, with <paramref name="includingLulucf"/>, of the total including it (issue 15).</summary>
    public static YearOnYear Of(InventorySummary current, InventorySummary previous, bool includingLulucf = false)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var now = includingLulucf ? current.Territorial.Co2eIncludingLulucf : current.Territorial.Co2e;
        var before = includingLulucf ? previous.Territorial.Co2eIncludingLulucf : previous.Territorial.Co2e;
        double? difference = now.HasNumber && before.HasNumber ? now.Tonnes - before.Tonnes : null;
        // Over the magnitude of the previous total: a net sink (LULUCF removals above emissions) has a negative total, and a change
        // towards more emissions must read as an increase whatever the sign of the base.
        double? share = difference is { } d && before.Tonnes != 0 ? d / Math.Abs(before.Tonnes) : null;
        var keys = GasCell.Ordered(now.IncompleteBecause.Concat(before.IncompleteBecause));
        bool coverage = current.Coverage is { Complete: false } || previous.Coverage is { Complete: false };
        return new YearOnYear(current.Year, previous.Year, difference, share, keys, coverage);
    }
}
