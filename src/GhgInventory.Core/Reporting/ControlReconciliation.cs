using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>A control total the compiler supplies for one region, year and activity (e.g. a row of the city energy balance 能源平衡表).</summary>
/// <param name="Region">Region the total is for (with everything below it).</param>
/// <param name="Year">Year.</param>
/// <param name="Activity">Activity key (a fuel or secondary energy).</param>
/// <param name="Value">Value as written.</param>
/// <param name="Unit">Unit as written, e.g. <c>万吨</c>.</param>
/// <param name="UnitToBase">Base units per written unit (1e4 for 万吨 → t).</param>
/// <param name="BaseUnit">Symbol of the base unit (t, m3 or GJ).</param>
/// <param name="Source">Source column, if any.</param>
/// <param name="Origin">File and line it came from, <c>balance.csv:3</c>.</param>
public sealed record ControlTotal(RegionCode Region, int Year, string Activity, double Value, string Unit, double UnitToBase, string BaseUnit, string? Source, string Origin)
{
    /// <summary>The total in the base unit.</summary>
    public double BaseValue => Value * UnitToBase;
}

/// <summary>The verdict of one check of the reconciliation.</summary>
public enum ControlVerdict
{
    /// <summary>The records sum within the tolerance of the control total.</summary>
    Agrees,
    /// <summary>The records sum outside the tolerance.</summary>
    Disagrees,
    /// <summary>Some records are NE: their amounts are unknown, so the sum is a lower bound and cannot be said to agree.</summary>
    Incomplete,
    /// <summary>Some records are C (confidential): the sum cannot be compared with the control total.</summary>
    NotComparable,
}

/// <summary>One activity of the reconciliation: the control total against the sum of the records.</summary>
/// <param name="Control">The control total.</param>
/// <param name="RecordsBase">Sum of the numeric records of the activity in the region and year (banners and city-level records, all categories and uses but output rows), base unit.</param>
/// <param name="ToleranceShare">Largest |difference| / control counted as agreement.</param>
public sealed record ControlCheck(ControlTotal Control, double RecordsBase, double ToleranceShare)
{
    /// <summary>The keys of the records written only under NE or C (issue 12), C first: parts of the sum whose amount is unknown.
    /// NO, NA and IE parts count as none (not occurring, or the amount is in another row).</summary>
    public IReadOnlyList<NotationKey> RecordsNotation { get; init; } = [];

    /// <summary>True when at least one record has a number; false when the sum is made only of notation keys (then it is shown as the key).</summary>
    public bool HasNumericRecords { get; init; } = true;

    /// <summary>The key the sum shows alone (<c>C</c>, <c>NE</c>) when no record has a number, else null.</summary>
    public NotationKey? RecordsOnlyKey => !HasNumericRecords && RecordsNotation.Count > 0 ? RecordsNotation[0] : null;

    /// <summary>Sum of records minus control, base unit (of the numeric records only when <see cref="RecordsNotation"/> is not empty).</summary>
    public double DifferenceBase => RecordsBase - Control.BaseValue;

    /// <summary>The difference as a share of the control total; null when the control total is 0 (then any record disagrees).</summary>
    public double? Share => Control.BaseValue != 0 ? DifferenceBase / Control.BaseValue : null;

    /// <summary>The verdict: not comparable when a record is C, incomplete when one is NE, else agrees or disagrees by the tolerance.</summary>
    public ControlVerdict Verdict =>
        RecordsNotation.Contains(NotationKey.C) ? ControlVerdict.NotComparable
        : RecordsNotation.Contains(NotationKey.NE) ? ControlVerdict.Incomplete
        : (Share is { } s ? Math.Abs(s) <= ToleranceShare : RecordsBase == 0) ? ControlVerdict.Agrees : ControlVerdict.Disagrees;

    /// <summary>True when the verdict is <see cref="ControlVerdict.Agrees"/>: |difference| ≤ tolerance × control, no record under NE or C (a control of 0 agrees only with records summing to 0).</summary>
    public bool Agrees => Verdict == ControlVerdict.Agrees;
}

/// <summary>The reconciliation of a region's records against its own control totals, by activity: a check that can fail.</summary>
/// <remarks>
/// The sum of the banners' and city-level records of each activity (all categories and uses, output rows excepted) is compared with
/// the control total supplied for the region and year. Where no control total is supplied there is no check (<see cref="HasControls"/>
/// false), never an "agrees".
/// </remarks>
/// <param name="Checks">One check per activity with a control total, by activity key.</param>
/// <param name="ToleranceShare">The tolerance applied, as a share (0.01 = 1 %).</param>
public sealed record ControlReconciliation(IReadOnlyList<ControlCheck> Checks, double ToleranceShare)
{
    /// <summary>Default tolerance: 1 % of the control total, about the statistical discrepancy (平衡差额) a city energy balance carries.</summary>
    public const double DefaultToleranceShare = 0.01;

    /// <summary>True when at least one control total exists for the region and year.</summary>
    public bool HasControls => Checks.Count > 0;

    /// <summary>True when there are control totals and every check agrees (a check with NE or C records does not).</summary>
    public bool Agrees => HasControls && Checks.All(c => c.Agrees);

    /// <summary>Compares <paramref name="controls"/> for <paramref name="region"/> in <paramref name="year"/> with the sums of <paramref name="sources"/> within the region.</summary>
    public static ControlReconciliation Of(RegionTree regions, RegionCode region, int year, IEnumerable<ControlTotal> controls, IEnumerable<EmissionSource> sources,
        double toleranceShare = DefaultToleranceShare)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(sources);
        if (!(toleranceShare >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(toleranceShare), Localization.Say.Now(nameof(Resources.CoreText.ToleranceNotAShare)));
        }
        var inRegion = sources.Where(s => s.Year == year && regions.Contains(s.Region) && regions.IsWithin(s.Region, region)
            && s.Use != FuelUse.Output).ToList(); // products of a transformation are not a use of the fuel
        var checks = controls.Where(c => c.Region == region && c.Year == year)
            .OrderBy(c => c.Activity, StringComparer.Ordinal)
            .Select(c =>
            {
                var records = inRegion.Where(s => s.Activity == c.Activity).ToList();
                var numeric = records.Where(s => s.Notation is null).ToList();
                return new ControlCheck(c, numeric.Sum(s => s.ActivityBase), toleranceShare)
                {
                    // A record under NE or C is a part of unknown amount, never a 0 (issue 12).
                    RecordsNotation = records.Select(s => s.Notation ?? s.PartNotation).OfType<NotationKey>().Where(NotationKeys.LeavesTotalIncomplete)
                        .Distinct().OrderBy(k => k == NotationKey.C ? 0 : 1).ToList(),
                    HasNumericRecords = numeric.Count > 0,
                };
            })
            .ToList();
        return new ControlReconciliation(checks, toleranceShare);
    }
}
