using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;

namespace GhgInventory.Tests.Core.Economy;

public class EconomicSeriesTests
{
    private const double RelTol = 1e-12; // arithmetic only
    private static readonly RegionCode Ordos = RegionCode.Parse("150600");

    // Ordos GDP 2020 at current prices 3533.7 亿元 (regional.chinadaily.com.cn/ordosen/en/2021-03/05/c_125821.htm);
    // real growth 2021 +7.0 % (…/2022-01/28/c_125821.htm) and 2022 +5.4 % (China News Weekly 2023-09), as in ../shared/reference.
    private static EconomicSeries Published() => new([
        new IndicatorValue(Ordos, 2020, IndicatorKeys.Gdp, 3533.7e8),
        new IndicatorValue(Ordos, 2020, IndicatorKeys.GdpIndex, 97.1),
        new IndicatorValue(Ordos, 2021, IndicatorKeys.Gdp, 4715.7e8),
        new IndicatorValue(Ordos, 2021, IndicatorKeys.GdpIndex, 107.0),
        new IndicatorValue(Ordos, 2022, IndicatorKeys.Gdp, 5613.44e8),
        new IndicatorValue(Ordos, 2022, IndicatorKeys.GdpIndex, 105.4),
    ]);

    [Test]
    public void GdpAtConstantPrices_Ordos2022At2020Prices_MatchesHandCalculation()
    {
        // 3533.7 × 107.0/100 × 105.4/100 = 3781.059 × 1.054 = 3985.236186 亿元 (by hand).
        var value = Published().GdpAtConstantPrices(Ordos, 2022, 2020);
        Assert.That(value.Yuan, Is.EqualTo(3985.236186e8).Within(RelTol).Percent);
        Assert.That(value.Chain, Is.EqualTo(new[] { (2021, 107.0), (2022, 105.4) }));
    }

    [Test]
    public void GdpAtConstantPrices_EarlierYearAtLaterPrices_DividesByTheIndices()
    {
        // 2020 at 2022 prices: 5613.44 ÷ 1.054 ÷ 1.07 = 5325.844402… ÷ 1.07 = 4977.4246… 亿元 (5613.44 / 1.12778 = 4977.424675…).
        var value = Published().GdpAtConstantPrices(Ordos, 2020, 2022);
        Assert.That(value.Yuan, Is.EqualTo(5613.44e8 / 1.12778).Within(RelTol).Percent);
        Assert.That(value.Yuan / 1e8, Is.EqualTo(4977.4247).Within(1e-4));
    }

    [Test]
    public void GdpAtConstantPrices_BaseYear_IsTheCurrentPriceValue()
    {
        Assert.That(Published().GdpAtConstantPrices(Ordos, 2021, 2021).Yuan, Is.EqualTo(4715.7e8));
    }

    [Test]
    public void GdpAtConstantPrices_IndexMissing_IsMissingWithTheYearNotInterpolated()
    {
        var series = new EconomicSeries(Published().Values.Where(v => !(v.Year == 2021 && v.Key == IndicatorKeys.GdpIndex)));
        var value = series.GdpAtConstantPrices(Ordos, 2022, 2020);
        Assert.That(value.HasValue, Is.False);
        Assert.That(value.Missing!.Render(), Does.Contain("gdp_index").And.Contain("2021"));
    }

    [Test]
    public void GdpAtConstantPrices_BaseValueUnderNotationKey_IsMissing()
    {
        var series = new EconomicSeries([new IndicatorValue(Ordos, 2020, IndicatorKeys.Gdp, null, NotationKey.C), new IndicatorValue(Ordos, 2021, IndicatorKeys.GdpIndex, 107)]);
        Assert.That(series.GdpAtConstantPrices(Ordos, 2021, 2020).Missing!.Render(), Does.Contain("2020"));
    }
}
