using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Accounting;
using GhgInventory.Data.Analysis;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Analysis;

/// <summary>A small hand-made banner (伊金霍洛旗, illustrative figures, not statistics) through ingest, compile and <c>Workspace.Intensities</c>:
/// every expected value is computed by hand below from the GB/T 2589 coefficients and the grid factors of the bundled factor sets.</summary>
/// <remarks>
/// Coefficients (emission-factors/gbt-2589): raw coal 0.7143 kgce/kg, natural gas 1.3300 kgce/m3, electricity 0.1229 kgce/kWh (当量值),
/// power coal rate 2020 305.5 gce/kWh (nearest published year to 2021). Grid factors (emission-factors/china-grid-ef): national 2021
/// 0.5568 kg CO2/kWh; North China 2022 0.6776 (no 2021 value: the nearest year is borrowed).
/// 2021: power plant raw coal 400 万吨 = 4e6 t × 0.7143 = 2,857,200 tce; feedstock raw coal 50 万吨 = 357,150 tce; chemical-plant fuel
/// raw coal 10 万吨 = 71,430 tce; households natural gas 1000 万m3 = 1e7 m3 × 1.33 = 13,300 tce. Fossil = 3,299,080 tce.
/// Generation 100 亿kWh, use 25 + 15 = 40 亿kWh: net import = 40e8 − 100e8 = −60e8 kWh; × 0.0001229 = −737,400 tce.
/// Renewable electricity 4 亿kWh × 0.0001229 = 49,160 tce; other non-fossil 2.9307 万GJ = 29,307 GJ ÷ 29.307 = 1,000 tce.
/// Gross = 3,299,080 − 737,400 + 49,160 + 1,000 = 2,611,840 tce.
/// new_renewable_excluded: (4 + 1 green certificates − 3 in 2020) 亿kWh = 2e8 kWh × 0.0001229 = 24,580 → 2,587,260 tce.
/// non_fossil_excluded: 49,160 + 1,000 + 1e8 × 0.0001229 (certificates) 12,290 = 62,450 → 2,549,390 tce.
/// feedstock_excluded: 2,611,840 − 357,150 = 2,254,690 tce.
/// GDP 2021 at 2020 prices = 100 亿元 × 105/100 = 1.05e10 yuan = 1,050,000 × 10^4 yuan.
/// </remarks>
[TestFixture]
public sealed class Issue14_IntensityServiceTests : FreshWorkspaceFixture
{
    private const double RelTol = 1e-9; // arithmetic only
    private static readonly RegionCode Banner = RegionCode.Parse("150627");

    private static readonly string[] Rows =
    [
        "150627,2020,1.A.4.b,natural_gas,100,万立方米,illustrative,,",
        "150627,2020,0,gdp,100,亿元,illustrative,,",
        "150627,2020,0,value_added_industry,40,亿元,illustrative,,",
        "150627,2020,0,renewable_electricity_consumption,3,亿千瓦时,illustrative,,",
        "150627,2021,1.A.1.a.i,raw_coal,400,万吨,illustrative,,",
        "150627,2021,1.A.1.a.i,electricity_generation,100,亿千瓦时,illustrative,,",
        "150627,2021,1.A.2.c,raw_coal,50,万吨,illustrative,,feedstock",
        "150627,2021,1.A.2.c,raw_coal,10,万吨,illustrative,,",
        "150627,2021,1.A.2.c,electricity,25,亿千瓦时,illustrative,,",
        "150627,2021,1.A.4.b,natural_gas,1000,万立方米,illustrative,,",
        "150627,2021,1.A.4.b,electricity,15,亿千瓦时,illustrative,,",
        "150627,2021,0,gdp,110,亿元,illustrative,,",
        "150627,2021,0,gdp_index,105,上年=100,illustrative,,",
        "150627,2021,0,value_added_industry,50,亿元,illustrative,,",
        "150627,2021,0,value_added_industry_index,110,上年=100,illustrative,,",
        "150627,2021,0,population,20,万人,illustrative,,",
        "150627,2021,0,renewable_electricity_consumption,4,亿千瓦时,illustrative,,",
        "150627,2021,0,green_certificate_electricity,1,亿千瓦时,illustrative,,",
        "150627,2021,0,nonfossil_energy_other,2.9307,万吉焦,illustrative,,",
        "150627,2021,0,renewable_capacity,300,万千瓦,illustrative,,",
        "150627,2021,0,installed_capacity,600,万千瓦,illustrative,,",
    ];

    private IntensityResult Compute(ElectricityBasis basis = ElectricityBasis.Calorific)
    {
        var ingest = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8WithUse(Rows));
        Assert.That(ingest.Accepted, Is.True, string.Join("\n", ingest.Issues));
        var (run, _) = workspace.Compile(2020, 2021, Banner, GwpSet.Default, new CompileOptions());
        return workspace.Intensities(run, Banner, 2020, IntensityOptions.Default with { Basis = basis });
    }

    private static double? Point(IntensityResult result, string indicator, string rule, int year = 2021) =>
        result.Points.Single(p => p.Region == Banner && p.Year == year && p.Indicator == indicator && p.Rule == rule).Value;

    [Test]
    public void Intensities_HandMadeBanner_FourEnergyRulesDifferAsTheRulesSay()
    {
        var result = Compute();
        var account = result.Account(Banner, 2021)!;
        Assert.That(account.FossilTce, Is.EqualTo(3_299_080).Within(RelTol).Percent);
        Assert.That(account.FeedstockTce, Is.EqualTo(357_150).Within(RelTol).Percent);
        Assert.That(account.NetImportKwh, Is.EqualTo(-6e9).Within(RelTol).Percent);
        Assert.That(account.NetImportTce, Is.EqualTo(-737_400).Within(RelTol).Percent);
        Assert.That(account.GrossTce, Is.EqualTo(2_611_840).Within(RelTol).Percent);
        Assert.That(account.GrossLowerBoundBecause, Is.Empty);

        Assert.That(Point(result, IntensityIndicators.EnergyTotal, "gross"), Is.EqualTo(2_611_840).Within(RelTol).Percent);
        Assert.That(Point(result, IntensityIndicators.EnergyTotal, "new_renewable_excluded"), Is.EqualTo(2_587_260).Within(RelTol).Percent);
        Assert.That(Point(result, IntensityIndicators.EnergyTotal, "non_fossil_excluded"), Is.EqualTo(2_549_390).Within(RelTol).Percent);
        Assert.That(Point(result, IntensityIndicators.EnergyTotal, "feedstock_excluded"), Is.EqualTo(2_254_690).Within(RelTol).Percent);
        // 2,549,390 − 357,150 = 2,192,240.
        Assert.That(Point(result, IntensityIndicators.EnergyTotal, "non_fossil_excluded+feedstock_excluded"), Is.EqualTo(2_192_240).Within(RelTol).Percent);

        // Intensities over 1,050,000 × 10^4 yuan; new renewables deducted from the total are still counted in the intensity (2022 notice).
        Assert.That(Point(result, IntensityIndicators.EnergyIntensity, "gross"), Is.EqualTo(2.487466666667).Within(1e-9).Percent);
        Assert.That(Point(result, IntensityIndicators.EnergyIntensity, "new_renewable_excluded"), Is.EqualTo(2.487466666667).Within(1e-9).Percent);
        Assert.That(Point(result, IntensityIndicators.EnergyIntensity, "non_fossil_excluded"), Is.EqualTo(2.427990476190).Within(1e-9).Percent);
        Assert.That(Point(result, IntensityIndicators.EnergyIntensity, "feedstock_excluded"), Is.EqualTo(2.147323809524).Within(1e-9).Percent);
    }

    [Test]
    public void Intensities_NetExporter_ImportTermIsNegativeGenerationLessUseTimesGridFactor()
    {
        var result = Compute();
        var national = result.Co2.Single(c => c.Region == Banner && c.Year == 2021 && c.Rule == "co2_national_grid");
        var regional = result.Co2.Single(c => c.Region == Banner && c.Year == 2021 && c.Rule == "co2_region_grid");
        // (40 − 100) 亿kWh = −6e9 kWh × 0.5568 kg/kWh = −3,340,800 t (national 2021).
        Assert.That(national.ImportTermTonnes, Is.EqualTo(-3_340_800).Within(RelTol).Percent);
        Assert.That(national.GridFactorYear, Is.EqualTo(2021));
        Assert.That(national.Tonnes, Is.EqualTo(national.EnergyCo2Tonnes - 3_340_800).Within(RelTol).Percent);
        // −6e9 kWh × 0.6776 kg/kWh = −4,065,600 t (North China, 2022 borrowed for 2021 and said so).
        Assert.That(regional.ImportTermTonnes, Is.EqualTo(-4_065_600).Within(RelTol).Percent);
        Assert.That(regional.GridFactorYear, Is.EqualTo(2022));
        Assert.That(regional.Notes, Has.Count.EqualTo(1));
        Assert.That(national.EnergyCo2Tonnes, Is.GreaterThan(0));
        // CO2 per capita under the national rule: the target CO2 over 200,000 persons.
        Assert.That(Point(result, IntensityIndicators.Co2PerCapita, "co2_national_grid"), Is.EqualTo(national.Tonnes!.Value / 200_000).Within(RelTol).Percent);
    }

    [Test]
    public void Intensities_SharesAndIndustry_MatchHandValues()
    {
        var result = Compute();
        // (4 + 1) 亿kWh of 40 亿kWh used = 12.5 %; 300 of 600 万kW = 50 %; 300 万kW = 3 GW.
        Assert.That(Point(result, IntensityIndicators.RenewableConsumptionShare, ""), Is.EqualTo(12.5).Within(RelTol).Percent);
        Assert.That(Point(result, IntensityIndicators.RenewableCapacityShare, ""), Is.EqualTo(50).Within(RelTol).Percent);
        Assert.That(Point(result, IntensityIndicators.RenewableCapacity, ""), Is.EqualTo(3).Within(RelTol).Percent);
        // Final energy: 357,150 + 71,430 + 13,300 fuels + 40e8 kWh × 0.0001229 = 491,600 electricity = 933,480 tce; 491,600 / 933,480 = 52.66315…%.
        Assert.That(Point(result, IntensityIndicators.ElectricityShareFinal, ""), Is.EqualTo(491_600.0 / 933_480 * 100).Within(RelTol).Percent);
        // Industry = gross − households (13,300 gas + 15e8 kWh × 0.0001229 = 184,350) = 2,414,190 tce over 40 亿元 × 1.10 = 440,000 × 10^4 yuan.
        Assert.That(Point(result, IntensityIndicators.IndustryEnergyIntensity, ""), Is.EqualTo(2_414_190.0 / 440_000).Within(RelTol).Percent);
        // Non-fossil share: (49,160 + 1,000) / 2,611,840.
        Assert.That(Point(result, IntensityIndicators.NonFossilShare, ""), Is.EqualTo(50_160.0 / 2_611_840 * 100).Within(RelTol).Percent);
    }

    [Test]
    public void Intensities_CoalEquivalentBasis_UsesPowerCoalRateOfNearestYear()
    {
        var result = Compute(ElectricityBasis.CoalEquivalent);
        var account = result.Account(Banner, 2021)!;
        // 305.5 gce/kWh (2020): net import −6e9 × 0.0003055 = −1,833,000; renewable 4e8 × 0.0003055 = 122,200;
        // gross = 3,299,080 − 1,833,000 + 122,200 + 1,000 = 1,589,280 tce.
        Assert.That(account.GrossTce, Is.EqualTo(1_589_280).Within(RelTol).Percent);
        Assert.That(account.Notes, Has.Count.EqualTo(1), "the borrowed power coal rate year is said");
    }

    [Test]
    public void Intensities_2020WithoutIndex_IntensityMissingNotInterpolated()
    {
        var result = Compute();
        // 2020 is the base year: GDP at its own prices is 100 亿元, no index needed.
        Assert.That(Point(result, IntensityIndicators.EnergyIntensity, "gross", 2020), Is.Not.Null);
        // Population of 2020 is not given: per-capita CO2 is missing with its reason, never 0.
        var perCapita = result.Points.Single(p => p.Region == Banner && p.Year == 2020 && p.Indicator == IntensityIndicators.Co2PerCapita && p.Rule == "territorial");
        Assert.That(perCapita.Value, Is.Null);
        Assert.That(perCapita.Missing, Is.Not.Null);
        // Other non-fossil energy of 2020 not given: the gross total of 2020 is a lower bound and says why.
        Assert.That(result.Account(Banner, 2020)!.Total(EnergyRule.Gross).IsLowerBound, Is.True);
    }

    [Test]
    public void Economy_IndicatorRows_CarryTheirFileAndLine()
    {
        var ingest = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8WithUse(Rows));
        Assert.That(ingest.Accepted, Is.True, string.Join("\n", ingest.Issues));
        var (run, _) = workspace.Compile(2020, 2021, Banner, GwpSet.Default, new CompileOptions());
        var economy = workspace.Economy(run);
        var gdp = economy.Find(Banner, 2021, "gdp")!;
        // 110 亿元 = 1.1e10 yuan; the row is the 12th after the header: line 13 of banner.csv.
        Assert.That(gdp.BaseValue, Is.EqualTo(1.1e10).Within(RelTol).Percent);
        Assert.That(gdp.Location?.ToString(), Does.Contain("banner.csv").And.Contain("13"));
        // 2021 at 2020 prices: 100 亿元 × 105 / 100 = 1.05e10 yuan.
        Assert.That(economy.GdpAtConstantPrices(Banner, 2021, 2020).Yuan, Is.EqualTo(1.05e10).Within(RelTol).Percent);
    }
}
