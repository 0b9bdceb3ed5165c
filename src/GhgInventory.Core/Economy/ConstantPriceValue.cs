using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Economy;

/// <summary>A value at the constant prices of a base year derived from current-price values and volume indices, or why it cannot be.</summary>
/// <param name="Yuan">The value at base-year prices, yuan; null when <see cref="Missing"/> says what is lacking.</param>
/// <param name="BaseYear">The price base year.</param>
/// <param name="Chain">The indices applied, year by year (points, previous year = 100), in the order of the years.</param>
/// <param name="Missing">What is lacking (a current-price value of the base year, an index of a year), never filled by interpolation.</param>
public sealed record ConstantPriceValue(double? Yuan, int BaseYear, IReadOnlyList<(int Year, double Index)> Chain, LineText? Missing)
{
    /// <summary>True when the value could be derived.</summary>
    public bool HasValue => Yuan is not null;
}
