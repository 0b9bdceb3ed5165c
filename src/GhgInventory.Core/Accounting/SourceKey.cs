using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting;

/// <summary>What makes records one source: region, year, category, activity and the use of the fuel.</summary>
/// <remarks>
/// The hash reads a few characters of each code instead of whole strings: grouping a million records hashes a million keys,
/// and the codes of one inventory differ in their last characters anyway. Equality still compares everything.
/// </remarks>
/// <param name="Region">Region.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="Use">Use of the fuel.</param>
internal readonly record struct SourceKey(RegionCode Region, int Year, CategoryCode Category, string Activity, FuelUse Use)
{
    /// <inheritdoc/>
    public bool Equals(SourceKey other) =>
        Year == other.Year
        && Use == other.Use
        && string.Equals(Activity, other.Activity, StringComparison.Ordinal)
        && string.Equals(Category.Value, other.Category.Value, StringComparison.Ordinal)
        && string.Equals(Region.Value, other.Region.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        string region = Region.Value, category = Category.Value;
        return HashCode.Combine(Year + ((int)Use << 16), region[^1] | (region[^2] << 16), category.Length | (category[^1] << 8),
            Activity.Length | (Activity[0] << 8) | (Activity[^1] << 16));
    }
}
