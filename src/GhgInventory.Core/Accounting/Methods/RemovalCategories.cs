using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>The categories whose lines may be negative (removals, IPCC 2006 Vol.4: land use, 3.B): the <c>removals</c> column of categories.csv.</summary>
public sealed class RemovalCategories
{
    private readonly IReadOnlyList<CategoryCode> roots;

    /// <summary>Removals are allowed in <paramref name="roots"/> and their sub-categories.</summary>
    public RemovalCategories(IEnumerable<CategoryCode> roots) => this.roots = roots.ToList();

    /// <summary>No category allows removals.</summary>
    public static RemovalCategories None { get; } = new([]);

    /// <summary>Land use (3.B) and below: the IPCC 2006 default.</summary>
    public static RemovalCategories Lulucf { get; } = new([CategoryCode.Parse("3.B")]);

    /// <summary>True when a line of <paramref name="category"/> may be negative.</summary>
    public bool Allows(CategoryCode category) => roots.Any(r => category.IsWithin(r.Value));

    /// <summary>The categories (roots) that allow removals.</summary>
    public IReadOnlyList<CategoryCode> Roots => roots;
}
