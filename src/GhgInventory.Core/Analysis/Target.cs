using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>One quantitative target of a plan for a region: an indicator under a rule, from a base year to a target year.</summary>
/// <param name="Region">The region the target is set for.</param>
/// <param name="Indicator">The indicator's key (<c>energy_intensity</c>, <c>coal_share</c> … as <see cref="IndicatorPoint.Indicator"/>), or a
/// descriptive key for a <see cref="TargetKind.Reported"/> target the engine has no figure for (<c>steel_capacity</c>).</param>
/// <param name="Rule">The counting rule the target is judged under; <see cref="AnyRule"/> scores every rule the points carry, each named; empty for an indicator without rules.</param>
/// <param name="BaseYear">The base year (2020 for the 14th Five-Year Plan).</param>
/// <param name="TargetYear">The year the target is to be met (2025), after <paramref name="BaseYear"/>.</param>
/// <param name="Kind">What <paramref name="Value"/> means.</param>
/// <param name="Value">The target's value: % change for <see cref="TargetKind.Change"/>, a level in <paramref name="Unit"/> otherwise; null for a reported target without a figure.</param>
/// <param name="Unit">The unit of <paramref name="Value"/> (<c>%</c> for a change; the indicator's unit for a level).</param>
/// <param name="Source">The plan and section the target is taken from.</param>
/// <param name="Note">A note for the reader (illustrative, UNVERIFIED …), empty when none.</param>
/// <param name="Location">Where the target was read (<c>targets.csv:7</c>), for messages.</param>
public sealed record Target(RegionCode Region, string Indicator, string Rule, int BaseYear, int TargetYear, TargetKind Kind, double? Value,
    string Unit, string Source, string Note, string Location)
{
    /// <summary>The rule text that scores every rule the indicator's points carry, one result each.</summary>
    public const string AnyRule = "*";

    /// <summary>Lower is better for a change below zero, an upper level or a cap; higher is better otherwise.</summary>
    public TargetDirection Direction => Kind switch
    {
        TargetKind.Change => Value < 0 ? TargetDirection.Down : TargetDirection.Up,
        TargetKind.AtLeast => TargetDirection.Up,
        _ => TargetDirection.Down,
    };
}
