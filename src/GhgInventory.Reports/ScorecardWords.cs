using System.Globalization;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>The words of the scorecard: indicator and rule names, goals, statuses and reasons, in the current UI language.</summary>
public static class ScorecardWords
{
    /// <summary>The indicator's name (能耗强度（单位GDP能耗）…); an indicator key no resource names (a user's own row) as written.</summary>
    public static string Indicator(string key) => ScorecardText.ResourceManager.GetString("Ind_" + key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The rule's name, each part of a combined rule (<c>non_fossil_excluded+feedstock_excluded</c>) named; empty for no rule.</summary>
    public static string Rule(string rule) => string.Join(ScorecardText.RuleJoin, rule.Split('+', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => ScorecardText.ResourceManager.GetString("Rule_" + p, CultureInfo.CurrentUICulture) ?? p));

    /// <summary>The indicator with its rule: <c>能耗强度（单位GDP能耗）（非化石能源不纳入）</c>.</summary>
    public static string Named(string indicator, string rule) =>
        rule.Length == 0 ? Indicator(indicator) : Text.Format(ScorecardText.NamedWithRule, Indicator(indicator), Rule(rule));

    /// <summary>The goal as the plan states it: <c>-16.5%</c>, <c>≤ 75 %</c>, <c>≥ 50 GW</c>, a cap, or reported.</summary>
    public static string Goal(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string value = target.Value is { } v ? Number(v) : "";
        return target.Kind switch
        {
            TargetKind.Change => Text.Format(ScorecardText.GoalChange, value),
            TargetKind.AtMost => Text.Format(ScorecardText.GoalAtMost, value, UnitWords.Of(target.Unit)),
            TargetKind.AtLeast => Text.Format(ScorecardText.GoalAtLeast, value, UnitWords.Of(target.Unit)),
            TargetKind.Cap => Text.Format(ScorecardText.GoalCap, value, UnitWords.Of(target.Unit)),
            _ => target.Value is null ? ScorecardText.GoalReportedNone : Text.Format(ScorecardText.GoalReported, value, UnitWords.Of(target.Unit)),
        };
    }

    /// <summary>The status in words.</summary>
    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => ScorecardText.StatusOnTrack,
        TargetStatus.OffTrack => ScorecardText.StatusOffTrack,
        TargetStatus.Met => ScorecardText.StatusMet,
        TargetStatus.NotMet => ScorecardText.StatusNotMet,
        TargetStatus.Reported => ScorecardText.StatusReported,
        TargetStatus.Indeterminate => ScorecardText.StatusIndeterminate,
        _ => ScorecardText.StatusMissing,
    };

    /// <summary>Why an assessment has no score (with the indicator's own reason where it gave one); null when it was scored.</summary>
    public static string? Problem(TargetAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        string because = a.PointMissing is { } why ? Text.Format(ScorecardText.Because, why.Render()) : "";
        return a.Problem switch
        {
            TargetProblem.None => null,
            TargetProblem.NoData => ScorecardText.ProblemNoData,
            TargetProblem.BaseMissing => Text.Format(ScorecardText.ProblemBaseMissing, a.Target.BaseYear, because),
            TargetProblem.CurrentMissing => Text.Format(ScorecardText.ProblemCurrentMissing, a.Year, because),
            TargetProblem.BeforeBase => Text.Format(ScorecardText.ProblemBeforeBase, a.Year, a.Target.BaseYear),
            TargetProblem.NotPositive => ScorecardText.ProblemNotPositive,
            _ => Text.Format(ScorecardText.ProblemUnitMismatch, a.PointMissing?.Render() ?? ""),
        };
    }

    /// <summary>A level as printed: four significant decimals below 10, two above, invariant culture.</summary>
    public static string Number(double value) =>
        value.ToString(Math.Abs(value) < 10 ? "0.####" : "#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A value with its unit in the reader's language (<see cref="UnitWords.Of"/>), or a dash when missing (never 0).</summary>
    public static string Level(double? value, string unit) => value is { } v ? $"{Number(v)} {UnitWords.Of(unit)}".TrimEnd() : "—";

    /// <summary>As <see cref="Level(double?, string)"/>, marked "at least" (不低于) when the value is a lower bound (a part of it NE or without a coefficient).</summary>
    public static string Level(double? value, string unit, bool lowerBound) =>
        lowerBound && value is not null ? ScorecardText.AtLeastPrefix + Level(value, unit) : Level(value, unit);

    /// <summary>A percentage with two decimals and its sign, or a dash.</summary>
    public static string Pct(double? pct) => pct is { } p ? (p > 0 ? "+" : "") + p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>An annual rate, % a year, or a dash.</summary>
    public static string Rate(double? pct) => pct is { } p ? Text.Format(ScorecardText.PerYear, (p > 0 ? "+" : "") + p.ToString("0.00", CultureInfo.InvariantCulture)) : "—";
}
