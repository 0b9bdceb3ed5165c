using System.Text;
using Dapper;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Indicators;

/// <summary>Issue 14, item 1: socio-economic indicator files (region,year,indicator,value,unit) ingested as category-0 activity rows, and what is refused.</summary>
[TestFixture]
public sealed class IndicatorIngestionTests : FreshWorkspaceFixture
{
    /// <summary>A decimal value times a power of ten: one rounding at most.</summary>
    private const double RelTol = 1e-12;

    private const string IndicatorHeader = "region,year,indicator,value,unit,source,note";

    [Test]
    public void Issue14_IndicatorFileWithoutCategory_StoresBaseValuesInCategoryZero()
    {
        var result = Ingest(IndicatorHeader,
            "150622,2024,gdp,1350.2,亿元,illustrative,",
            "150622,2024,gdp_index,106.1,上年=100,illustrative,",
            "150622,2024,population,40.2,万人,illustrative,",
            "150622,2024,installed_capacity,1200,万千瓦,illustrative,",
            "150622,2024,renewable_electricity_consumption,5,亿千瓦时,illustrative,");
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var rows = Stored();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Category).Distinct(), Is.EqualTo(new[] { "0" }));
            // 1350.2 亿元 = 1350.2 × 10^8 yuan = 1.3502 × 10^11 yuan.
            Assert.That(rows.Single(r => r.Activity == "gdp").BaseValue, Is.EqualTo(1.3502e11).Within(RelTol).Percent);
            // An index is stored as written, in points (上年=100).
            Assert.That(rows.Single(r => r.Activity == "gdp_index").BaseValue, Is.EqualTo(106.1).Within(RelTol).Percent);
            // 40.2 万人 = 402,000 persons.
            Assert.That(rows.Single(r => r.Activity == "population").BaseValue, Is.EqualTo(402_000.0).Within(RelTol).Percent);
            // 1200 万千瓦 = 1.2 × 10^7 kW.
            Assert.That(rows.Single(r => r.Activity == "installed_capacity").BaseValue, Is.EqualTo(1.2e7).Within(RelTol).Percent);
            // 5 亿千瓦时 = 5 × 10^8 kWh × 3.6 MJ/kWh = 1.8 × 10^6 GJ.
            Assert.That(rows.Single(r => r.Activity == "renewable_electricity_consumption").BaseValue, Is.EqualTo(1.8e6).Within(RelTol).Percent);
        }
    }

    [Test]
    public void Issue14_ChineseHeadersAndNames_AreAnIndicatorFile()
    {
        var result = Ingest("地区,年份,指标名称,数值,单位,来源",
            "准格尔旗,2022年,地区生产总值,1300.1,亿元,ordos_banner_facts.csv",
            "准格尔旗,2022,地区生产总值指数(上年=100),105.4,上年=100,illustrative");
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(Stored().Select(r => (r.Category, r.Activity)), Is.EqualTo(new[] { ("0", "gdp"), ("0", "gdp_index") }));
    }

    [Test]
    public void Issue14_IndicatorWithCategoryZeroInAnActivityFile_IsAccepted()
    {
        var result = Ingest(ActivityFile.Header,
            "150622,2024,1.A.1.a.i,raw_coal,100,万吨,stat,",
            "150622,2024,0,gdp,1350.2,亿元,illustrative,",
            "150622,2024,,population,40.2,万人,illustrative,");
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(Stored().Select(r => (r.Category, r.Activity)), Is.EqualTo(new[] { ("1.A.1.a.i", "raw_coal"), ("0", "gdp"), ("0", "population") }));
    }

    [Test]
    public void Issue14_ConfidentialGdp_StaysANotationKeyWithItsReason()
    {
        var result = Ingest(IndicatorHeader, "150622,2024,gdp,C,,illustrative,confidential until the yearbook is published");
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(workspace.Connection.QuerySingle<(string Key, string Note)>("SELECT notation_key, note FROM activity_records"),
            Is.EqualTo(("C", "confidential until the yearbook is published")));
    }

    /// <summary>Rows that must be refused, each with the column it is located at and what the message says.</summary>
    [TestCase(ActivityFile.Header, "150622,2024,1.A.1,gdp,1350.2,亿元,s,", "category", "category 0 or blank: gdp is a socio-economic indicator", TestName = "Issue14_IndicatorInAnEmissionCategory")]
    [TestCase(ActivityFile.Header, "150622,2024,0,raw_coal,100,万吨,s,", "category", "category 0 holds only socio-economic indicators", TestName = "Issue14_FuelInCategoryZero")]
    [TestCase(ActivityFile.Header, "150622,2024,,raw_coal,100,万吨,s,", "category", "only a socio-economic indicator", TestName = "Issue14_FuelWithBlankCategory")]
    [TestCase(IndicatorHeader, "150622,2024,raw_coal,100,万吨,s,", "category", "only a socio-economic indicator", TestName = "Issue14_FuelInAnIndicatorFile")]
    [TestCase(IndicatorHeader, "150622,2024,gdp_index,5.4,%,s,", "value", "a growth of 5.4 % is written 105.4 with the unit 上年=100", TestName = "Issue14_GrowthRateInPercent")]
    [TestCase(IndicatorHeader, "150622,2024,gdp_index,5.4,上年=100,s,", "value", "between 50 and 200 (105.4 means a real growth of 5.4 %", TestName = "Issue14_GrowthRateAsIndex")]
    [TestCase(IndicatorHeader, "150622,2024,value_added_industry_index,1061,上年=100,s,", "value", "1061 is no plausible year-on-year index", TestName = "Issue14_IndexTimesTen")]
    [TestCase(IndicatorHeader, "150622,2024,gdp,0,亿元,s,", "value", "a value above 0", TestName = "Issue14_ZeroGdp")]
    [TestCase(IndicatorHeader, "150622,2024,population,0,万人,s,", "value", "a value above 0", TestName = "Issue14_ZeroPopulation")]
    [TestCase(IndicatorHeader, "150622,2024,gdp,1350.2,万千瓦,s,", "unit", "money", TestName = "Issue14_GdpInPowerUnit")]
    [TestCase(IndicatorHeader, "150622,2024,gdp,NE,,s,", "value", "reason", TestName = "Issue14_NotEstimatedGdpWithoutReason")]
    [TestCase(ActivityFile.Header + ",facility", "150622,2024,0,gdp,1350.2,亿元,s,,Plant A", "facility", "a figure of the region, not of an enterprise", TestName = "Issue14_IndicatorWithFacility")]
    [TestCase(ActivityFile.Header + ",use", "150622,2024,0,gdp,1350.2,亿元,s,,feedstock", "use", "not a fuel", TestName = "Issue14_IndicatorWithUse")]
    public void Issue14_WrongIndicatorRow_IsRefusedAtItsColumnAndNothingStored(string header, string row, string column, string says)
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = Ingest(header, row);
        Assert.That(result.Accepted, Is.False);
        var issue = result.Issues.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(issue.Line, Is.EqualTo(2));
            Assert.That(issue.Column, Is.EqualTo(column));
            Assert.That(issue.Expected, Does.Contain(says));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused file leaves the database unchanged");
        }
    }

    private IngestResult Ingest(string header, params string[] rows) =>
        ActivityFile.Ingest(workspace, "indicators.csv", Encoding.UTF8.GetBytes(ActivityFile.TextWithHeader(header, rows)));

    private List<(string Category, string Activity, double? BaseValue)> Stored() =>
        workspace.Connection.Query<(string, string, double?)>("SELECT category, activity, base_value FROM activity_records_readable ORDER BY file_line").ToList();
}
