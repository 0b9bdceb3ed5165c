using Dapper;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Indicators;

/// <summary>Issue 14 item 4: the demo carries GDP, growth indices and population, published where ../shared/reference has them, labelled illustrative otherwise.</summary>
[TestFixture]
public sealed class IndicatorDemoTests
{
    private const string Illustrative = "示例数据(非统计公布值) illustrative; not published statistics";

    [Test]
    public void Issue14_Demo_HoldsThePublishedCityFiguresWithTheirSources()
    {
        using var connection = Database.Open(DemoRun.DatabasePath, DatabaseAccess.ReadOnly);
        var rows = connection.Query<(string Region, long Year, string Activity, double Value, string Unit, string Source)>("""
            SELECT region_code, year, activity, value, unit, source FROM activity_records_readable WHERE category = '0'
            """).ToList();
        (double Value, string Unit, string Source) At(string region, int year, string key) =>
            rows.Where(r => r.Region == region && r.Year == year && r.Activity == key).Select(r => (r.Value, r.Unit, r.Source)).Single();
        using (Assert.EnterMultipleScope())
        {
            // ordos_city_facts.csv: GDP 2020 3533.7 亿元 (real growth −2.9 %), 2022 5613.44 (+5.4 %); population 2023 222.03 万人; capacity 2021 2945 万千瓦.
            Assert.That(At("150600", 2020, "gdp"), Is.EqualTo((3533.7, "亿元", "ordos_city_facts.csv: regional.chinadaily.com.cn/ordosen/en/2021-03/05/c_125821.htm (citing Ordos statistics bureau)")));
            Assert.That(At("150600", 2020, "gdp_index").Value, Is.EqualTo(97.1));
            Assert.That(At("150600", 2022, "gdp").Value, Is.EqualTo(5613.44));
            Assert.That(At("150600", 2022, "gdp_index").Value, Is.EqualTo(105.4));
            Assert.That(At("150600", 2023, "population").Value, Is.EqualTo(222.03));
            Assert.That(At("150600", 2021, "installed_capacity").Value, Is.EqualTo(2945));
            // ordos_banner_facts.csv: 准格尔旗 2022 1300.1, 伊金霍洛旗 2022 1219.2, 东胜区 2023 1030.51 亿元.
            Assert.That(At("150622", 2022, "gdp").Value, Is.EqualTo(1300.1));
            Assert.That(At("150627", 2022, "gdp").Value, Is.EqualTo(1219.2));
            Assert.That(At("150602", 2023, "gdp").Value, Is.EqualTo(1030.51));
            // Not published: illustrative, and said so on the row.
            Assert.That(At("150600", 2024, "gdp").Source, Is.EqualTo(Illustrative));
            Assert.That(At("150621", 2020, "gdp").Source, Is.EqualTo(Illustrative));
            Assert.That(rows.Where(r => r.Source != Illustrative), Has.All.Matches<(string, long, string, double, string, string Source)>(r => r.Source.StartsWith("ordos_", StringComparison.Ordinal)));
        }
    }

    [Test]
    public void Issue14_Demo_HasTheIndicatorsEveryYearForTheCityAndEveryBanner()
    {
        using var connection = Database.Open(DemoRun.DatabasePath, DatabaseAccess.ReadOnly);
        var regionYears = connection.Query<(string Region, long Year)>("""
            SELECT DISTINCT region_code, year FROM activity_records_readable WHERE category = '0' AND activity IN ('gdp', 'gdp_index', 'population')
            """).ToHashSet();
        // Ten regions × 2015–2024, less 康巴什区 2015 (split from 东胜区 in 2016, which carries it that year).
        Assert.That(regionYears, Has.Count.EqualTo(99));
        Assert.That(regionYears, Does.Not.Contain(("150603", 2015L)));
        // The banners' GDP stays within a few percent of the city's every year (IndicatorSizing.GdpShare adds up to 0.994).
        var gdp = connection.Query<(string Region, long Year, double Value)>("SELECT region_code, year, value FROM activity_records_readable WHERE activity = 'gdp'").ToList();
        foreach (var year in gdp.Select(g => g.Year).Distinct())
        {
            double city = gdp.Single(g => g.Region == "150600" && g.Year == year).Value;
            double banners = gdp.Where(g => g.Region != "150600" && g.Year == year).Sum(g => g.Value);
            Assert.That(banners / city, Is.EqualTo(1).Within(0.03), $"{year}");
        }
    }
}
