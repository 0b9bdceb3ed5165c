using System.Globalization;

namespace GhgInventory.Core.Factors;

/// <summary>What a factor is a value of: activity, parameter, gas, category, region and years; two factors of one identity compete for the same lines.</summary>
/// <param name="Activity">Activity key, or null.</param>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Gas">Gas, or null.</param>
/// <param name="Category">Category prefix, or null for all.</param>
/// <param name="Region">Region code or grid key, or null for everywhere.</param>
/// <param name="ValidFrom">First year, or null for open.</param>
/// <param name="ValidTo">Last year, or null for open.</param>
public readonly record struct FactorIdentity(string? Activity, string Parameter, string? Gas, string? Category, string? Region, int? ValidFrom, int? ValidTo)
{
    /// <summary>The identity of <paramref name="factor"/>.</summary>
    public static FactorIdentity Of(Factor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return new(factor.Activity, factor.Parameter, factor.Gas, factor.Category, factor.Region, factor.ValidFrom, factor.ValidTo);
    }

    /// <summary>The years as a reader writes them: <c>2023</c>, <c>2020–2025</c>, <c>all years</c>.</summary>
    public string Years => (ValidFrom, ValidTo) switch
    {
        (null, null) => Localization.Say.Now(nameof(Resources.CoreText.WordAllYears)),
        ({ } from, { } to) when from == to => from.ToString(CultureInfo.InvariantCulture),
        _ => $"{ValidFrom}–{ValidTo}",
    };

    /// <summary>The identity in words, blanks left out: <c>raw_coal ncv 150622 2023</c>.</summary>
    public override string ToString() =>
        string.Join(' ', new[] { Activity, Parameter, Gas, Category, Region, Years }.Where(p => !string.IsNullOrEmpty(p)));
}
