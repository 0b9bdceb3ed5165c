using System.Text.Json;
using Dapper;
using GhgInventory.Cli;
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

    [Test]
    public void Issue14_DemoBanners_GrowEachIndustryAtTheCitysRatePlusTheirOffset()
    {
        using var connection = Database.Open(DemoRun.DatabasePath, DatabaseAccess.ReadOnly);
        var rows = connection.Query<(string Region, long Year, string Activity, double Value)>("""
            SELECT region_code, year, activity, value FROM activity_records_readable WHERE category = '0' AND activity LIKE '%index'
            """).ToDictionary(r => (r.Region, r.Year, r.Activity), r => r.Value);
        using (Assert.EnterMultipleScope())
        {
            // 东胜区 (IndicatorSizing.IndexOffset +0.5) on the city's published indices (ordos_city_facts.csv): 2021 GDP 107.0,
            // primary 104.4, secondary 106.4, tertiary 108.0; 2022 GDP 105.4, 106.0, 107.9, 101.7. Each + 0.5; industry = secondary.
            Assert.That(rows[("150602", 2021L, "gdp_index")], Is.EqualTo(107.5));
            Assert.That(rows[("150602", 2021L, "value_added_primary_index")], Is.EqualTo(104.9));
            Assert.That(rows[("150602", 2021L, "value_added_secondary_index")], Is.EqualTo(106.9));
            Assert.That(rows[("150602", 2021L, "value_added_tertiary_index")], Is.EqualTo(108.5));
            Assert.That(rows[("150602", 2021L, "value_added_industry_index")], Is.EqualTo(106.9));
            Assert.That(rows[("150602", 2022L, "gdp_index")], Is.EqualTo(105.9));
            Assert.That(rows[("150602", 2022L, "value_added_secondary_index")], Is.EqualTo(108.4));
            Assert.That(rows[("150602", 2022L, "value_added_tertiary_index")], Is.EqualTo(102.2));
            // 杭锦旗 (offset −0.8) 2022: primary 106.0 − 0.8 = 105.2.
            Assert.That(rows[("150625", 2022L, "value_added_primary_index")], Is.EqualTo(105.2));
            // Every banner and year: sector index − GDP index is the city's (one-decimal figures; 1e-9 for the binary sums).
            foreach (var ((region, year, activity), value) in rows.Where(r => r.Key.Region != "150600" && r.Key.Activity.StartsWith("value_added_", StringComparison.Ordinal)))
            {
                string cityKey = activity == "value_added_industry_index" ? "value_added_secondary_index" : activity;
                double expected = rows[("150600", year, cityKey)] - rows[("150600", year, "gdp_index")];
                Assert.That(value - rows[(region, year, "gdp_index")], Is.EqualTo(expected).Within(1e-9), $"{region} {year} {activity}");
            }
        }
    }

    [Test]
    public void Issue14_DemoCompare_GivesEveryBannerAStructureEffect()
    {
        // Before the banners' indices by industry followed the city's, each was the banner's GDP index: G_i/G never moved at
        // constant prices and every banner's structure effect was exactly 0. From 2020 to 2024 东胜区's secondary share at constant
        // prices grows by 106.9 × 108.4 / (107.5 × 105.9) = 1.01789 (2023 and 2024: equal indices), so its structure effect is not 0.
        var result = CliRunner.Run("compare", "--region", "150600", "--from", "2020", "--to", "2024", "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var banners = json.RootElement.GetProperty("decomposition").EnumerateArray().Where(d => d.GetProperty("region").GetString() != "150600").ToList();
        Assert.That(banners, Has.Count.EqualTo(9));
        using (Assert.EnterMultipleScope())
        {
            foreach (var d in banners)
            {
                foreach (var (part, suffix) in new[] { ("emissions", "_t"), ("energy", "_tce") })
                {
                    double structure = d.GetProperty(part).GetProperty("additive" + suffix).GetProperty("structure").GetDouble();
                    // At least 1 t (or tce) either way: a degenerate effect is 0 to rounding.
                    Assert.That(Math.Abs(structure), Is.GreaterThan(1), $"{d.GetProperty("region").GetString()} {part}");
                }
            }
        }
    }
}
