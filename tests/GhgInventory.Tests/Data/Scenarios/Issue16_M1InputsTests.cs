using System.Globalization;
using System.Text;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Scenarios;

namespace GhgInventory.Tests.Data.Scenarios;

/// <summary>Issue 16, the planner's trial (inputs): a fraction among percents in a % level path, and the catalogue's plausible maxima
/// (a value no city can reach, such as tonnes typed as 万吨), each refused at its line:column with what was expected.</summary>
[TestFixture]
public sealed class Issue16_M1InputsTests
{
    private const string File = "plan.toml";

    // Lines 1–5; the case's lever table starts at line 6, its path on line 9.
    private const string Head = "[scenario]\nname = \"t\"\nregion = \"150600\"\nbase_year = 2024\nhorizon = 2060\n";

    private static readonly RegionTree Regions = new(ReferenceDataLoader.ParseRegions(
        CsvTable.ReadBundled("regions/150600-ordos.csv", ReferenceDataLoader.RegionColumns, ReferenceDataLoader.RegionOptionalColumns)));

    private static readonly LeverCatalogue Levers = ScenarioFile.Catalogue();

    private static string Lever(string key, string unit, string path) => Head + $"[levers.{key}]\nunit = \"{unit}\"\nsource = \"s\"\npath = {path}\n";

    [Test]
    public void Issue16_FractionAmongPercents_RefusedAtTheFractionWithTheHint()
    {
        // Line 9 "path = { 2025 = 0.25, 2030 = 30 }": 0.25 at column 17, 30 at column 30 (0.25 meant as 25 %).
        var (zh, en) = Single(Lever("electrification", "%", "{ 2025 = 0.25, 2030 = 30 }"));
        Assert.That(en, Is.EqualTo("plan.toml:9:17: found '0.25', expected electrification of industry and buildings [electrification] in % (0–100) like its "
            + "point 30 at plan.toml:9:30, not a fraction of 1; looks like a fraction: write 25 for 25 % (a value up to 1 % beside one above 5 % is refused)"));
        Assert.That(zh, Is.EqualTo("plan.toml:9:17: 发现 '0.25'，应为 工业和建筑电气化率 [electrification] 以 % 计（0–100），与 plan.toml:9:30 处的取值 30 一致，"
            + "不是 1 以内的小数；看起来是小数形式的比例：25 % 请写 25（同一路径中已有大于 5 % 的取值时，不接受不超过 1 % 的取值）"));
    }

    [Test]
    public void Issue16_FractionAmongPercents_InADistribution_AndEachSmallPointRefused()
    {
        // Line 9 "path = { 2024 = 1, 2030 = { dist = "uniform", min = 0.3, max = 40 } }": 1 at column 17; min 0.3 at column 53.
        var en = Refused(Lever("nev_share", "%", "{ 2024 = 1, 2030 = { dist = \"uniform\", min = 0.3, max = 40 } }"), UiCulture.English);
        using var _ = UiCulture.Use(UiCulture.English);
        Assert.That(en.Issues.Select(i => i.ToString().Split(": found")[0] + " " + i.ToString().Split('\'')[1]),
            Is.EqualTo(new[] { "plan.toml:9:17 1", "plan.toml:9:53 0.3" }));
    }

    [Test]
    public void Issue16_AShareFallingTo1PercentOrLess_IsAPath_ADipBetweenPercentsIsAFraction()
    {
        // Review of issue 16: a share phased out (60 % in 2030 to 1 % and 0.5 % by 2060) is a path, not a fraction among percents; 0.25
        // between 20 and 30 still is (line 9 "path = { 2024 = 20, 2025 = 0.25, 2030 = 30 }": 0.25 at column 28).
        Assert.That(Read(Lever("coal_share_final_fuel", "%", "{ 2030 = 60, 2050 = 1, 2060 = 0.5 }")).Setting("coal_share_final_fuel")!.Points, Has.Count.EqualTo(3));
        var en = Refused(Lever("electrification", "%", "{ 2024 = 20, 2025 = 0.25, 2030 = 30 }"), UiCulture.English);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber)), Is.EqualTo(new[] { (9, (int?)28) }));
    }

    [Test]
    public void Issue16_PercentPaths_ThatAreNotAMix_StillRead()
    {
        // 0 beside 70 is a level (no coal left), not a fraction; 2 % beside 30 % is above 1; a rate (%/a) of 0.5 beside 6 is a rate.
        Assert.That(Read(Lever("coal_share_final_fuel", "%", "{ 2030 = 70, 2060 = 0 }")).Setting("coal_share_final_fuel")!.Points, Has.Count.EqualTo(2));
        Assert.That(Read(Lever("nev_share", "%", "{ 2024 = 2, 2030 = 30 }")).Setting("nev_share")!.Points, Has.Count.EqualTo(2));
        Assert.That(Read(Lever("gdp_growth", "%/a", "{ 2025 = 0.5, 2030 = 6 }")).Setting("gdp_growth")!.Points, Has.Count.EqualTo(2));
        // All points ≤ 1 keeps the earlier rule (one issue at the first point, every value listed).
        var (_, en) = Single(Lever("electrification", "%", "{ 2025 = 0.25, 2030 = 0.3 }"));
        Assert.That(en, Does.StartWith("plan.toml:9:17: found '0.25, 0.3', expected electrification of industry and buildings [electrification] in % (0–100), not a fraction of 1"));
    }

    [TestCase("steel_cap", "万吨", "1000000", "a value of steel capacity cap [steel_cap] from 0 to 100,000 万吨")]
    [TestCase("ccus_capture", "万吨", "4000000", "a value of CCUS capture [ccus_capture] from 0 to 100,000 万吨")]
    [TestCase("ferroalloy_cap", "万吨", "20000", "a value of ferroalloy capacity cap [ferroalloy_cap] from 0 to 10,000 万吨")]
    [TestCase("renewable_hours", "h", "9000", "a value of renewable full-load hours [renewable_hours] from 0 to 8,760 h")]
    [TestCase("coal_power_rate", "gce/kWh", "150", "a value of coal-power supply coal rate [coal_power_rate] from 200 to 500 gce/kWh")]
    [TestCase("coal_power_rate", "gce/kWh", "3050", "a value of coal-power supply coal rate [coal_power_rate] from 200 to 500 gce/kWh")]
    [TestCase("grid_factor", "tCO2/MWh", "580", "a value of grid emission factor [grid_factor] from 0 to 1.5 tCO2/MWh")]
    public void Issue16_BeyondTheCataloguesRange_RefusedWithTheRange(string key, string unit, string value, string expected)
    {
        // Line 9 "path = { 2024 = V }": V at column 17.
        var (_, en) = Single(Lever(key, unit, $"{{ 2024 = {value} }}"));
        Assert.That(en, Is.EqualTo($"plan.toml:9:17: found '{value}', expected {expected}"));
    }

    [Test]
    public void Issue16_BeyondTheCataloguesRange_Chinese_AndADistributionsBound()
    {
        // Line 9 "path = { 2025 = 50, 2030 = { dist = "triangular", min = 80, mode = 100, max = 3000 } }": max 3000 at column 79.
        var (zh, en) = Single(Head + "[levers.renewable_capacity]\nunit = \"GW\"\nsource = \"s\"\n"
            + "path = { 2025 = 50, 2030 = { dist = \"triangular\", min = 80, mode = 100, max = 3000 } }\n[levers.renewable_hours]\nunit = \"h\"\nsource = \"s\"\npath = { 2024 = 2000 }\n");
        Assert.That(en, Is.EqualTo("plan.toml:9:79: found '3000', expected a value of renewable capacity [renewable_capacity] from 0 to 2,000 GW"));
        Assert.That(zh, Is.EqualTo("plan.toml:9:79: 发现 '3000'，应为 新能源装机容量 [renewable_capacity] 的取值范围：0 到 2,000 GW"));
    }

    [Test]
    public void Issue16_AtTheCataloguesBounds_Read()
    {
        // The bounds themselves are plausible: 100,000 万吨 of steel, 200 and 500 gce/kWh, 8,760 h.
        Assert.That(Read(Lever("steel_cap", "万吨", "{ 2024 = 100000 }")).Setting("steel_cap")!.Points[0].Value, Is.EqualTo(new Uncertain.Fixed(100000)));
        Assert.That(Read(Lever("coal_power_rate", "gce/kWh", "{ 2024 = 500, 2060 = 200 }")).Setting("coal_power_rate")!.Points, Has.Count.EqualTo(2));
        Assert.That(Read(Lever("renewable_hours", "h", "{ 2024 = 8760 }")).Setting("renewable_hours")!.Points, Has.Count.EqualTo(1));
    }

    [Test]
    public void Issue16_Catalogue_MinAndMaxAreTheCsvs()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That((Levers.Find("steel_cap")!.Min, Levers.Find("steel_cap")!.Max), Is.EqualTo(((double?)null, (double?)100000)));
            Assert.That((Levers.Find("coal_power_rate")!.Min, Levers.Find("coal_power_rate")!.Max), Is.EqualTo(((double?)200, (double?)500)));
            Assert.That((Levers.Find("gdp_growth")!.Min, Levers.Find("gdp_growth")!.Max), Is.EqualTo(((double?)null, (double?)null)), "a rate keeps its unit's range");
        }
    }

    [Test]
    public void Issue16_Catalogue_MinNotBelowMax_Refused()
    {
        string csv = string.Join(",", ScenarioFile.CatalogueColumns) + "\nx,level,GW,region,,file,,新,new,m,10,5\n";
        var table = CsvTable.Read("levers.csv", Encoding.UTF8.GetBytes(csv), ScenarioFile.CatalogueColumns);
        var e = Assert.Throws<InputRejectedException>(() => ScenarioFile.ParseCatalogue(table))!;
        Assert.That(e.Issues.Single().ToString(), Does.Contain("levers.csv:2").And.Contain("a number above min"));
    }

    private static ScenarioDefinition Read(string toml) => ScenarioFile.Read(File, Encoding.UTF8.GetBytes(toml), Levers, Regions);

    /// <summary>The file's only issue, in Chinese and in English.</summary>
    private static (string Zh, string En) Single(string toml)
    {
        var en = Refused(toml, UiCulture.English);
        string english;
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(en.Issues, Has.Count.EqualTo(1), string.Join("\n", en.Issues));
            english = en.Issues[0].ToString();
        }
        var zh = Refused(toml, UiCulture.Chinese);
        using var _ = UiCulture.Use(UiCulture.Chinese);
        return (zh.Issues[0].ToString(), english);
    }

    private static InputRejectedException Refused(string toml, CultureInfo culture)
    {
        using var _ = UiCulture.Use(culture);
        return Assert.Throws<InputRejectedException>(() => ScenarioFile.Read(File, Encoding.UTF8.GetBytes(toml), Levers, Regions))!;
    }
}
