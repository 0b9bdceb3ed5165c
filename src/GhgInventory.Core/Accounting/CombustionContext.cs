using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Accounting;

/// <summary>What every method needs besides the source: the resolver, the GWP values and the run's choices.</summary>
/// <param name="Factors">Factor resolver over the run's factor sets.</param>
/// <param name="Gwp">GWP values.</param>
/// <param name="GwpSet">The run's GWP set.</param>
/// <param name="Regions">Region tree (for grids).</param>
/// <param name="Options">Run options.</param>
public sealed record CombustionContext(FactorResolver Factors, GwpTable Gwp, GwpSet GwpSet, RegionTree Regions, CompileOptions Options)
{
    /// <summary>The factor resolver, answering under the run's guideline edition (<see cref="CompileOptions.Edition"/>; issue 15).</summary>
    public FactorResolver Factors { get; init; } = Factors.ForEdition(Options.Edition);

    /// <summary>The routes from (category, activity kind, use) to a method (methods.csv); empty leaves every non-energy source NE "no method yet".</summary>
    public Methods.MethodRegistry Methods { get; init; } = Accounting.Methods.MethodRegistry.Empty;

    /// <summary>The categories whose lines may be negative (removals); land use (3.B) unless the vocabulary says otherwise.</summary>
    public Methods.RemovalCategories Removals { get; init; } = Accounting.Methods.RemovalCategories.Lulucf;
}
