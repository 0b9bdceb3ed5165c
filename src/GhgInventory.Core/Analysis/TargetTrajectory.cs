using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Analysis;

/// <summary>The constant-rate path from a base value to a target value, and the scoring of a target against an indicator's values.</summary>
/// <remarks>
/// The required path assumes a constant annual rate from the base year B to the target year T, as Chinese statistics state a
/// multi-year target as an average annual rate (平均发展速度, 水平法 / geometric mean: (末期/基期)^(1/n) − 1; the national
/// "单位GDP能耗下降13.5%" of the 14th Five-Year Plan is read as 1 − 0.865^(1/5) ≈ 2.86 % a year; convention as commonly stated,
/// the official text defining it was not read here: UNVERIFIED citation):
/// r = (target/base)^(1/(T−B)) − 1, path(Y) = base × (1 + r)^(Y−B) for B ≤ Y ≤ T, the target value after T.
/// The rate now needed from year Y &lt; T is (target/current)^(1/(T−Y)) − 1. A level target whose base already meets it has the level
/// itself as its path (staying within it is what is required); a cap is its level in every year.
/// </remarks>
public static class TargetTrajectory
{
    // Relative tolerance of the on-track comparison: a value equal to the path to arithmetic noise is on the path.
    private const double RelTol = 1e-12;

    /// <summary>The constant annual rate (a fraction: −0.035 for −3.5 % a year) that takes <paramref name="baseValue"/> to <paramref name="targetValue"/> in <paramref name="years"/> years.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive, or <paramref name="years"/> is not positive.</exception>
    public static double AnnualRate(double baseValue, double targetValue, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baseValue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetValue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        return Math.Pow(targetValue / baseValue, 1.0 / years) - 1;
    }

    /// <summary>The value after <paramref name="years"/> years at the constant annual rate <paramref name="rate"/> (a fraction) from <paramref name="baseValue"/>.</summary>
    public static double PathValue(double baseValue, double rate, int years) => baseValue * Math.Pow(1 + rate, years);

    /// <summary>
    /// Scores <paramref name="target"/> in <paramref name="year"/> against <paramref name="points"/> (any regions, indicators and
    /// years: those of the target's region and indicator are used): one assessment per rule (several when the target's rule is
    /// <see cref="Target.AnyRule"/>), never none: a target without values is returned as missing or reported, with the reason.
    /// </summary>
    public static IReadOnlyList<TargetAssessment> Assess(Target target, IReadOnlyList<IndicatorPoint> points, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(points);
        var mine = Finite(points.Where(p => p.Region == target.Region && p.Indicator == target.Indicator));
        var rules = target.Rule == Target.AnyRule
            ? mine.Select(p => p.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : [target.Rule];
        if (rules.Count == 0)
        {
            rules.Add(target.Rule);
        }
        return rules.Select(rule => Guard(AssessRule(target, rule, mine.Where(p => p.Rule == rule).ToList(), year))).ToList();
    }

    /// <summary>The points with any non-finite value made missing with the reason: Infinity or NaN never enters the scoring (issue 14).</summary>
    private static List<IndicatorPoint> Finite(IEnumerable<IndicatorPoint> points) =>
        points.Select(p => p.Value is { } v && !double.IsFinite(v)
            ? p with { Value = null, Missing = p.Missing ?? SectorSay.Energy.Text("NotFinite", p.Region.ToString(), p.Year), LowerBound = false }
            : p).ToList();

    /// <summary>The guard on what leaves: an assessment with any non-finite figure is returned missing (not scorable), never with Infinity or NaN.</summary>
    private static TargetAssessment Guard(TargetAssessment a)
    {
        double?[] figures = [a.BaseValue, a.TargetValue, a.RequiredRatePct, a.RequiredPath, a.CurrentValue, a.AchievedChangePct, a.Gap, a.GapPct, a.NeededRatePct];
        return figures.All(v => v is null || double.IsFinite(v.Value))
            ? a
            : a with
            {
                BaseValue = Clean(a.BaseValue), TargetValue = null, RequiredRatePct = null, RequiredPath = null, CurrentValue = Clean(a.CurrentValue),
                AchievedChangePct = null, Gap = null, GapPct = null, NeededRatePct = null, Status = TargetStatus.Missing, Problem = TargetProblem.NotPositive,
            };
    }

    private static double? Clean(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The status once lower bounds are counted (issue 14): a lower-bound current value is "at least" (it proves a rising target and
    /// disproves a falling one, nothing else); a lower-bound base makes the path a lower bound (proves a falling target's progress, disproves a
    /// rising one's). Otherwise <see cref="TargetStatus.Indeterminate"/>.</summary>
    private static bool Indeterminate(bool down, bool good, bool currentLowerBound, bool pathLowerBound) =>
        (currentLowerBound && down == good) || (pathLowerBound && down != good);

    private static TargetAssessment AssessRule(Target t, string rule, List<IndicatorPoint> points, int year)
    {
        var basePoint = points.FirstOrDefault(p => p.Year == t.BaseYear);
        var current = points.FirstOrDefault(p => p.Year == year);
        string unit = current?.Unit ?? basePoint?.Unit ?? (t.Kind == TargetKind.Change ? "" : t.Unit);
        var notes = new[] { basePoint, current }.Where(p => p?.Notes is not null).SelectMany(p => p!.Notes!).Distinct().ToList();
        TargetAssessment Missing(TargetProblem problem, LineText? why = null, double? baseValue = null, double? currentValue = null) =>
            new(t, rule, year, unit, baseValue, null, null, null, currentValue, null, null, null, null,
                t.Kind == TargetKind.Reported ? TargetStatus.Reported : TargetStatus.Missing, problem, why, notes);

        if (t.Kind == TargetKind.Reported || points.Count == 0)
        {
            return Missing(points.Count == 0 ? TargetProblem.NoData : current?.Value is null ? TargetProblem.CurrentMissing : TargetProblem.None,
                current?.Missing, basePoint?.Value, current?.Value);
        }
        if (t.Kind != TargetKind.Change && !string.Equals(unit, t.Unit, StringComparison.Ordinal))
        {
            return Missing(TargetProblem.UnitMismatch, LineText.Verbatim($"{t.Unit} ≠ {unit}"));
        }
        if (year < t.BaseYear)
        {
            return Missing(TargetProblem.BeforeBase);
        }
        if (current?.Value is not { } now)
        {
            return Missing(TargetProblem.CurrentMissing, current?.Missing, basePoint?.Value);
        }
        double? baseValue = basePoint?.Value;
        bool down = t.Direction == TargetDirection.Down;
        bool Better(double value, double limit) => down
            ? value <= limit + RelTol * Math.Abs(limit)
            : value >= limit - RelTol * Math.Abs(limit);

        bool currentLowerBound = current.LowerBound;
        bool baseLowerBound = basePoint?.LowerBound == true && baseValue is not null;
        if (t.Kind == TargetKind.Cap)
        {
            double cap = t.Value!.Value;
            bool ok = Better(now, cap);
            var status = Indeterminate(down, ok, currentLowerBound, false) ? TargetStatus.Indeterminate
                : year >= t.TargetYear ? (ok ? TargetStatus.Met : TargetStatus.NotMet) : (ok ? TargetStatus.OnTrack : TargetStatus.OffTrack);
            return new(t, rule, year, unit, baseValue, cap, null, cap, now, Change(baseValue, now), now - cap, (now - cap) / cap * 100,
                null, status, TargetProblem.None, null, IndeterminateNotes(status, notes, currentLowerBound, year, now, unit, t.BaseYear))
            { LowerBound = currentLowerBound, BaseLowerBound = baseLowerBound };
        }
        if (baseValue is not { } b)
        {
            return Missing(TargetProblem.BaseMissing, basePoint?.Missing, null, now);
        }
        double target = t.Kind == TargetKind.Change ? b * (1 + t.Value!.Value / 100) : t.Value!.Value;
        if (b <= 0 || target <= 0)
        {
            return Missing(TargetProblem.NotPositive, null, b, now);
        }
        int span = t.TargetYear - t.BaseYear;
        // A level the base already meets is itself the requirement; otherwise the constant-rate path from the base to it.
        bool baseMeets = t.Kind != TargetKind.Change && Better(b, target);
        double? rate = baseMeets ? null : AnnualRate(b, target, span);
        double path = year >= t.TargetYear || rate is null ? target : PathValue(b, rate.Value, year - t.BaseYear);
        double? needed = year < t.TargetYear && now > 0 ? AnnualRate(now, target, t.TargetYear - year) * 100 : null;
        bool onPath = Better(now, path);
        // The path leans on the base when it is the changed base (a change target) or the constant-rate path to a level before the target year.
        bool pathLowerBound = baseLowerBound && (t.Kind == TargetKind.Change || (rate is not null && year < t.TargetYear));
        var result = Indeterminate(down, onPath, currentLowerBound, pathLowerBound) ? TargetStatus.Indeterminate
            : year >= t.TargetYear ? (onPath ? TargetStatus.Met : TargetStatus.NotMet) : (onPath ? TargetStatus.OnTrack : TargetStatus.OffTrack);
        return new(t, rule, year, unit, b, target, rate * 100, path, now, Change(b, now), now - path, (now - path) / path * 100,
            needed, result, TargetProblem.None, null, IndeterminateNotes(result, notes, currentLowerBound, year, now, unit, t.BaseYear))
        { LowerBound = currentLowerBound, BaseLowerBound = baseLowerBound };
    }

    /// <summary>The indicator against its required path, year by year from the base year through <paramref name="lastYear"/> (or the
    /// target year, whichever is later), for each rule <see cref="Assess"/> scores: what the report's trajectory chart draws.</summary>
    public static IReadOnlyList<TargetSeries> Series(Target target, IReadOnlyList<IndicatorPoint> points, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(target);
        points = Finite(points);
        var years = Enumerable.Range(target.BaseYear, Math.Max(lastYear, target.TargetYear) - target.BaseYear + 1).ToList();
        var byYear = years.Select(y => Assess(target, points, y)).ToList();
        return byYear[0].Select((first, i) => new TargetSeries(target, first.Rule, first.Unit,
            [.. years.Select((y, k) => new TargetSeriesPoint(y, Value(target, points, first.Rule, y),
                byYear[k][i].RequiredPath ?? PathAt(target, Value(target, points, first.Rule, target.BaseYear), y)))])).ToList();
    }

    private static double? Value(Target t, IReadOnlyList<IndicatorPoint> points, string rule, int year) =>
        points.FirstOrDefault(p => p.Region == t.Region && p.Indicator == t.Indicator && p.Rule == rule && p.Year == year)?.Value;

    /// <summary>The required level of <paramref name="t"/> in <paramref name="year"/> from <paramref name="baseValue"/>; null when there is no path.</summary>
    private static double? PathAt(Target t, double? baseValue, int year)
    {
        if (t.Kind == TargetKind.Cap)
        {
            return t.Value;
        }
        if (t.Kind == TargetKind.Reported || baseValue is not { } b || b <= 0 || t.Value is not { } v || year < t.BaseYear)
        {
            return null;
        }
        double target = t.Kind == TargetKind.Change ? b * (1 + v / 100) : v;
        bool down = t.Direction == TargetDirection.Down;
        bool baseMeets = t.Kind != TargetKind.Change && (down ? b <= target : b >= target);
        return target <= 0 ? null : year >= t.TargetYear || baseMeets ? target : PathValue(b, AnnualRate(b, target, t.TargetYear - t.BaseYear), year - t.BaseYear);
    }

    /// <summary><paramref name="notes"/> with the reason of an indeterminate status first.</summary>
    private static List<LineText> IndeterminateNotes(TargetStatus status, List<LineText> notes, bool currentLowerBound, int year,
        double now, string unit, int baseYear)
    {
        if (status != TargetStatus.Indeterminate)
        {
            return notes;
        }
        var why = currentLowerBound ? SectorSay.Energy.Text("IndeterminateLowerBound", year, now, unit) : SectorSay.Energy.Text("IndeterminateBaseLowerBound", baseYear);
        return [why, .. notes];
    }

    private static double? Change(double? baseValue, double now) => baseValue is { } b && b != 0 ? (now / b - 1) * 100 : null;
}
