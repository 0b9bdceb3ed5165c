using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Factors;

/// <summary>What a method asks the resolver for.</summary>
/// <param name="Activity">Activity key.</param>
/// <param name="Parameter">Parameter name (see <see cref="Parameters"/>).</param>
/// <param name="Gas">Gas for emission factors; null otherwise.</param>
/// <param name="Category">The line's IPCC category.</param>
/// <param name="Region">The line's region.</param>
/// <param name="Year">The inventory year.</param>
/// <param name="Scope">When set, only factors whose region column equals it (e.g. <c>grid:north_china</c>).</param>
/// <param name="NearestYear">When no factor covers the year, borrow another published year's under <paramref name="YearPolicy"/> (grid factors are published late and not every year).</param>
/// <param name="Per">When set, only factors whose unit is per this dimension (an NCV per mass cannot serve a fuel measured by volume).</param>
/// <param name="YearPolicy">With <paramref name="NearestYear"/>, which other year may answer: the nearest, the latest earlier, or none (see <see cref="GridYearPolicy"/>).</param>
/// <param name="Origin">Which factors may answer: any, only local (imported) ones, or only published ones (so that a local grid factor is looked for first, and never borrowed from another year).</param>
public readonly record struct FactorQuery(
    string Activity,
    string Parameter,
    Gas? Gas,
    CategoryCode Category,
    RegionCode Region,
    int Year,
    string? Scope = null,
    bool NearestYear = false,
    Units.Dimension? Per = null,
    FactorOrigin Origin = FactorOrigin.Any,
    GridYearPolicy YearPolicy = GridYearPolicy.Nearest);

/// <summary>Which factors may answer a <see cref="FactorQuery"/>.</summary>
public enum FactorOrigin
{
    /// <summary>Every factor of the run's sets.</summary>
    Any,
    /// <summary>Only local (imported) factors.</summary>
    LocalOnly,
    /// <summary>Only published (bundled) factors.</summary>
    PublishedOnly,
}
