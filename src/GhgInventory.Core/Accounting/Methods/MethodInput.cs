using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>The sources a method computes from.</summary>
/// <param name="Source">The source the call is for (for a group or series, the group's first source of the year <see cref="Year"/>).</param>
/// <param name="Group">All numeric sources routed to the method with the same region, year and category (the source alone for <see cref="MethodScope.Source"/>), in source order.</param>
/// <param name="Series">For <see cref="MethodScope.Series"/>: all numeric sources routed to the method with the same region and category, every year, ordered by year then source order; empty otherwise.</param>
/// <param name="Activities">The activity vocabulary.</param>
/// <param name="Refusals">Where a method names an input it cannot account (e.g. methane recovered above the methane emitted); a result with refusals is not stored.</param>
public sealed record MethodInput(
    EmissionSource Source,
    IReadOnlyList<EmissionSource> Group,
    IReadOnlyList<EmissionSource> Series,
    IReadOnlyDictionary<string, ActivityDefinition> Activities,
    ICollection<string> Refusals)
{
    /// <summary>For <see cref="MethodScope.Group"/>: the sources of the group's region, year and category routed to the method that stand (wholly
    /// or partly) under a notation key that hides an amount (NE, C, IE; a numeric source with NE or C rows beside it too): a balance
    /// method names them instead of balancing what is known. Empty for the other scopes.</summary>
    public IReadOnlyList<EmissionSource> Unknown { get; init; } = [];

    /// <summary>The inventory year computed.</summary>
    public int Year => Source.Year;

    /// <summary>The definition of <paramref name="source"/>'s activity.</summary>
    public ActivityDefinition ActivityOf(EmissionSource source) => Activities[source.Activity];

    /// <summary>Names an input the method cannot account; the compile's result will not be stored.</summary>
    public void Refuse(string reason) => Refusals.Add(reason);
}
