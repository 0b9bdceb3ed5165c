using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Economy;

/// <summary>The socio-economic indicators of regions over years, and what is derived from them: values at constant prices of any base year.</summary>
/// <remarks>
/// Constant-price values are never typed in; they are chained from the base year's current-price value and the volume indices
/// (previous year = 100), as China's statistics publish them (国家统计局, 地区生产总值指数):
/// V(Y at prices of B) = V_current(B) × Π_{t=B+1..Y} I_t / 100 for Y &gt; B, and V_current(B) ÷ Π_{t=Y+1..B} I_t / 100 for Y &lt; B.
/// A missing index or base value makes the result missing with the reason; nothing is interpolated.
/// </remarks>
public sealed class EconomicSeries
{
    private readonly Dictionary<(RegionCode Region, int Year, string Key), IndicatorValue> values;
    private readonly IReadOnlyDictionary<string, ActivityDefinition>? names;

    /// <summary>Indexes <paramref name="values"/>; one value per region, year and key.</summary>
    /// <param name="values">The indicator values.</param>
    /// <param name="names">The vocabulary, so that a reason names an indicator as a reader knows it (地区生产总值); keys are shown without it.</param>
    /// <exception cref="ArgumentException">A region, year and key given twice.</exception>
    public EconomicSeries(IEnumerable<IndicatorValue> values, IReadOnlyDictionary<string, ActivityDefinition>? names = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.names = names;
        this.values = [];
        foreach (var value in values)
        {
            if (!this.values.TryAdd((value.Region, value.Year, value.Key), value))
            {
                throw new ArgumentException($"Indicator {value.Key} of {value.Region} in {value.Year} given twice.", nameof(values));
            }
        }
    }

    /// <summary>Every value held.</summary>
    public IEnumerable<IndicatorValue> Values => values.Values;

    /// <summary>The indicator <paramref name="key"/> of <paramref name="region"/> in <paramref name="year"/>, or null when no row gave it.</summary>
    public IndicatorValue? Find(RegionCode region, int year, string key) => values.GetValueOrDefault((region, year, key));

    /// <summary>The number of <paramref name="key"/> in base units, or null when absent or under a notation key.</summary>
    public double? Number(RegionCode region, int year, string key) => Find(region, year, key)?.BaseValue;

    /// <summary>GDP of <paramref name="region"/> in <paramref name="year"/> at the prices of <paramref name="baseYear"/>, yuan.</summary>
    public ConstantPriceValue GdpAtConstantPrices(RegionCode region, int year, int baseYear) =>
        AtConstantPrices(region, year, baseYear, IndicatorKeys.Gdp);

    /// <summary>A current-price indicator (<c>gdp</c>, <c>value_added_*</c>) of <paramref name="year"/> at the prices of <paramref name="baseYear"/>, chained with its volume index.</summary>
    /// <exception cref="ArgumentException"><paramref name="currentPriceKey"/> has no volume index.</exception>
    public ConstantPriceValue AtConstantPrices(RegionCode region, int year, int baseYear, string currentPriceKey)
    {
        string indexKey = IndicatorKeys.IndexOf(currentPriceKey)
            ?? throw new ArgumentException($"{currentPriceKey} has no volume index.", nameof(currentPriceKey));
        var chain = new List<(int Year, double Index)>();
        if (Number(region, baseYear, currentPriceKey) is not { } baseValue)
        {
            return new ConstantPriceValue(null, baseYear, chain, Say.Text(nameof(CoreText.ConstantPriceNoBaseValue), Say.Activity(currentPriceKey, names), region, baseYear));
        }
        double value = baseValue;
        // Forward from the base year multiplies by each later year's index; backward divides by each index up to the base year.
        int from = Math.Min(year, baseYear) + 1, to = Math.Max(year, baseYear);
        for (int t = from; t <= to; t++)
        {
            if (Number(region, t, indexKey) is not { } index)
            {
                return new ConstantPriceValue(null, baseYear, chain, Say.Text(nameof(CoreText.ConstantPriceNoIndex), Say.Activity(indexKey, names), region, t));
            }
            chain.Add((t, index));
            value = year > baseYear ? value * index / 100 : value / (index / 100);
        }
        return new ConstantPriceValue(value, baseYear, chain, null);
    }
}
