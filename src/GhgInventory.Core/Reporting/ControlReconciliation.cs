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

/// <summary>One activity of the reconciliation: the control total against the sum of the records.</summary>
/// <param name="Control">The control total.</param>
/// <param name="RecordsBase">Sum of every record of the activity in the region and year (banners and city-level records, all categories and uses but output rows), base unit.</param>
/// <param name="ToleranceShare">Largest |difference| / control counted as agreement.</param>
public sealed record ControlCheck(ControlTotal Control, double RecordsBase, double ToleranceShare)
{
    /// <summary>Sum of records minus control, base unit.</summary>
    public double DifferenceBase => RecordsBase - Control.BaseValue;

    /// <summary>The difference as a share of the control total; null when the control total is 0 (then any record disagrees).</summary>
    public double? Share => Control.BaseValue != 0 ? DifferenceBase / Control.BaseValue : null;

    /// <summary>True when |difference| ≤ tolerance × control (a control of 0 agrees only with records summing to 0).</summary>
    public bool Agrees => Share is { } s ? Math.Abs(s) <= ToleranceShare : RecordsBase == 0;
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

    /// <summary>True when there are control totals and every check agrees.</summary>
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
            throw new ArgumentOutOfRangeException(nameof(toleranceShare), "a tolerance is a share ≥ 0");
        }
        var inRegion = sources.Where(s => s.Year == year && regions.Contains(s.Region) && regions.IsWithin(s.Region, region)
            && s.Use != FuelUse.Output).ToList(); // products of a transformation are not a use of the fuel
        var checks = controls.Where(c => c.Region == region && c.Year == year)
            .OrderBy(c => c.Activity, StringComparer.Ordinal)
            .Select(c => new ControlCheck(c, inRegion.Where(s => s.Activity == c.Activity).Sum(s => s.ActivityBase), toleranceShare))
            .ToList();
        return new ControlReconciliation(checks, toleranceShare);
    }
}
