using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;

namespace GhgInventory.Tests.Core.Factors;

[TestFixture]
public sealed class FactorResolverTests
{
    /// <summary>Factor values are compared as written in the factor file: they are read, not computed.</summary>
    private const double AsWritten = 0.0;

    private static readonly RegionCode InnerMongolia = RegionCode.Parse("150000");
    private static readonly RegionCode Ordos = RegionCode.Parse("150600");
    private static readonly RegionCode Jungar = RegionCode.Parse("150622");
    private static readonly RegionCode Dalad = RegionCode.Parse("150621");
    private static readonly CategoryCode PowerPlants = CategoryCode.Parse("1.A.1.a.i");

    private static readonly RegionTree Regions = new(
    [
        new Region(InnerMongolia, null, "内蒙古自治区", "Inner Mongolia", "north_china"),
        new Region(Ordos, InnerMongolia, "鄂尔多斯市", "Ordos", null),
        new Region(Jungar, Ordos, "准格尔旗", "Jungar Banner", null),
        new Region(Dalad, Ordos, "达拉特旗", "Dalad Banner", null),
    ]);

    private long nextId;

    [SetUp]
    public void ResetIds() => nextId = 0;

    // Raw coal NCV from every rung of the resolution order: measured in 准格尔旗, city value of 鄂尔多斯,
    // provincial guideline (rank 1, 20908 kJ/kg), GB/T 32151 (rank 2, 19.570 GJ/t) and IPCC (25.8 TJ/Gg).
    private Factor MeasuredInJungar() => Ncv(FactorTier.Local, 0, 21.5, "GJ/t", region: "150622", set: "local");
    private Factor CityValue() => Ncv(FactorTier.Local, 0, 20.1, "GJ/t", region: "150600", set: "local");
    private Factor ProvincialGuideline() => Ncv(FactorTier.ChinaGuideline, 1, 20908, "kJ/kg", set: "china-provincial-2011");
    private Factor GbT32151() => Ncv(FactorTier.ChinaGuideline, 2, 19.570, "GJ/t", set: "gbt-32151-2024");
    private Factor Ipcc() => Ncv(FactorTier.IpccDefault, 1, 25.8, "TJ/Gg", set: "ipcc-2006");

    [Test]
    public void Resolve_AllRungsPresent_TakesTheValueMeasuredInTheLinesRegion()
    {
        var measured = MeasuredInJungar();
        var resolution = Resolve([Ipcc(), GbT32151(), ProvincialGuideline(), CityValue(), measured], NcvQuery(Jungar));
        Assert.That(resolution, Is.Not.Null);
        Assert.That(resolution!.Factor, Is.SameAs(measured));
        Assert.That(resolution.Tier, Is.EqualTo(ResolutionTier.RegionMeasured));
    }

    [Test]
    public void Resolve_NoValueForTheBanner_TakesTheCityValue()
    {
        var city = CityValue();
        var resolution = Resolve([Ipcc(), GbT32151(), ProvincialGuideline(), city], NcvQuery(Jungar));
        Assert.That(resolution!.Factor, Is.SameAs(city));
        Assert.That(resolution.Tier, Is.EqualTo(ResolutionTier.CityValue));
    }

    [Test]
    public void Resolve_CityValueQueriedForTheCityItself_IsRegionMeasured()
    {
        var city = CityValue();
        var resolution = Resolve([ProvincialGuideline(), city], NcvQuery(Ordos));
        Assert.That(resolution!.Factor, Is.SameAs(city));
        Assert.That(resolution.Tier, Is.EqualTo(ResolutionTier.RegionMeasured));
    }

    [Test]
    public void Resolve_LocalValueOfAnotherBanner_IsNotApplied()
    {
        var guideline = ProvincialGuideline();
        var dalad = Ncv(FactorTier.Local, 0, 18.0, "GJ/t", region: "150621", set: "local");
        var resolution = Resolve([guideline, dalad], NcvQuery(Jungar));
        Assert.That(resolution!.Factor, Is.SameAs(guideline));
        Assert.That(resolution.Tier, Is.EqualTo(ResolutionTier.ChinaGuidelineDefault));
    }

    [Test]
    public void Resolve_NoLocalValue_TakesChinaGuidelineRank1BeforeRank2()
    {
        var rank1 = ProvincialGuideline();
        // Listed first and with the lower id, rank 2 must still lose.
        var resolution = Resolve([GbT32151(), rank1, Ipcc()], NcvQuery(Jungar));
        Assert.That(resolution!.Factor, Is.SameAs(rank1));
        Assert.That(resolution.Tier, Is.EqualTo(ResolutionTier.ChinaGuidelineDefault));
    }

    [Test]
    public void Resolve_OnlyIpcc_TakesTheIpccDefault()
    {
        var ipcc = Ipcc();
        var resolution = Resolve([ipcc], NcvQuery(Jungar));
        Assert.That(resolution!.Factor, Is.SameAs(ipcc));
        Assert.That(resolution.Tier, Is.EqualTo(ResolutionTier.IpccDefault));
        Assert.That(resolution.SubstituteYear, Is.Null);
    }

    [Test]
    public void Resolve_ChinaGuidelineAndIpcc_ChinaWinsEvenWhenIpccIsMoreSpecific()
    {
        var china = ProvincialGuideline();
        var ipccForPowerPlants = Ncv(FactorTier.IpccDefault, 1, 25.8, "TJ/Gg", category: "1.A.1", set: "ipcc-2006");
        var resolution = Resolve([ipccForPowerPlants, china], NcvQuery(Jungar));
        Assert.That(resolution!.Factor, Is.SameAs(china));
    }

    // IPCC 2006 Vol 2 Ch 2 Tables 2.2–2.5: raw coal CH4 1 kg/TJ in 1.A.1, 10 in 1.A.2 and 1.A.4.a, 300 in 1.A.4.b.
    [TestCase("1.A.1.a.i", 1)]
    [TestCase("1.A.1", 1)]
    [TestCase("1.A.2.c", 10)]
    [TestCase("1.A.4.a", 10)]
    [TestCase("1.A.4.b", 300)]
    [TestCase("1.A.4", 10)]
    public void Resolve_CategoryRows_MostSpecificPrefixWins(string category, double expectedKgPerTj)
    {
        var factors = new[]
        {
            Ch4(1, "1.A.1"),
            Ch4(10, "1.A.2"),
            Ch4(10, "1.A.4"),
            Ch4(300, "1.A.4.b"),
        };
        var resolution = Resolve(factors, Ch4Query(category));
        Assert.That(resolution, Is.Not.Null);
        Assert.That(resolution!.Factor.Value, Is.EqualTo(expectedKgPerTj).Within(AsWritten));
    }

    [TestCase("1.A.3.b")]
    [TestCase("1.A.5")]
    [TestCase("1.A")]
    public void Resolve_NoRowForTheCategory_ReturnsNull(string category)
    {
        var factors = new[] { Ch4(1, "1.A.1"), Ch4(10, "1.A.2"), Ch4(300, "1.A.4.b") };
        Assert.That(Resolve(factors, Ch4Query(category)), Is.Null);
    }

    [Test]
    public void Resolve_CategoryPrefix_DoesNotMatchASiblingThatStartsWithTheSameDigits()
    {
        // A row for 1.A.1 covers 1.A.1.a.i but not a (hypothetical) 1.A.10: prefixes end at a dot.
        var factors = new[] { Ch4(1, "1.A.1") };
        Assert.That(Resolve(factors, Ch4Query("1.A.10")), Is.Null);
    }

    [Test]
    public void Resolve_BlankCategory_AppliesToEveryCategory()
    {
        var all = Ch4(7, null);
        Assert.That(Resolve([all], Ch4Query("1.A.3.b"))!.Factor, Is.SameAs(all));
    }

    [Test]
    public void Resolve_NaturalGasByVolume_SkipsAnNcvPerMass()
    {
        // IPCC gives natural gas NCV per mass (48.0 TJ/Gg); activity data count m3, so only a per-volume NCV may serve.
        var ipccPerMass = Ncv(FactorTier.IpccDefault, 1, 48.0, "TJ/Gg", activity: "natural_gas", set: "ipcc-2006");
        var query = NcvQuery(Jungar, "natural_gas") with { Per = Dimension.Volume };
        Assert.That(Resolve([ipccPerMass], query), Is.Null);

        var provincialPerVolume = Ncv(FactorTier.ChinaGuideline, 1, 38931, "kJ/m3", activity: "natural_gas", set: "china-provincial-2011");
        var resolution = Resolve([ipccPerMass, provincialPerVolume], query);
        Assert.That(resolution!.Factor, Is.SameAs(provincialPerVolume));
    }

    [Test]
    public void Resolve_PerDimension_OutranksTheResolutionOrder()
    {
        // A measured NCV per mass for 准格尔旗 is the top rung, but cannot serve gas counted in m3.
        var measuredPerMass = Ncv(FactorTier.Local, 0, 49.0, "GJ/t", activity: "natural_gas", region: "150622", set: "local");
        var guidelinePerVolume = Ncv(FactorTier.ChinaGuideline, 2, 389.31, "GJ/10^4 m3", activity: "natural_gas", set: "gbt-32151-2024");
        var query = NcvQuery(Jungar, "natural_gas") with { Per = Dimension.Volume };
        Assert.That(Resolve([measuredPerMass, guidelinePerVolume], query)!.Factor, Is.SameAs(guidelinePerVolume));
        Assert.That(Resolve([measuredPerMass, guidelinePerVolume], query with { Per = Dimension.Mass })!.Factor, Is.SameAs(measuredPerMass));
    }

    // MEE/NBS 华北 grid factors (china-grid-ef): 0.6776 kgCO2/kWh for 2022, 0.6361 for 2023; none for other years.
    [TestCase(2020, 0.6776, 2022)]
    [TestCase(2021, 0.6776, 2022)]
    [TestCase(2024, 0.6361, 2023)]
    [TestCase(2030, 0.6361, 2023)]
    public void Resolve_GridFactorYearNotPublished_TakesNearestYearAndRecordsIt(int year, double expected, int substituteYear)
    {
        var resolution = Resolve(GridFactors(), GridQuery(year));
        Assert.That(resolution, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution!.Factor.Value, Is.EqualTo(expected).Within(AsWritten));
            Assert.That(resolution.SubstituteYear, Is.EqualTo(substituteYear));
            Assert.That(resolution.Reason, Does.Contain(substituteYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [TestCase(2022, 0.6776)]
    [TestCase(2023, 0.6361)]
    public void Resolve_GridFactorOfTheInventoryYear_IsNoSubstitute(int year, double expected)
    {
        var resolution = Resolve(GridFactors(), GridQuery(year));
        Assert.That(resolution!.Factor.Value, Is.EqualTo(expected).Within(AsWritten));
        Assert.That(resolution.SubstituteYear, Is.Null);
    }

    [Test]
    public void Resolve_YearNotCoveredWithoutNearestYear_ReturnsNull()
    {
        Assert.That(Resolve(GridFactors(), GridQuery(2020) with { NearestYear = false }), Is.Null);
    }

    [Test]
    public void Resolve_Scope_OnlyFactorsOfThatGrid()
    {
        // Only 华北 rows serve a 华北 query: its nearest year (2022) is taken although a national value exists for 2021.
        var factors = GridFactors().Append(Grid(0.5568, "grid:national", 2021)).ToList();
        var resolution = Resolve(factors, GridQuery(2021));
        Assert.That(resolution!.Factor.Region, Is.EqualTo("grid:north_china"));
        Assert.That(resolution.Factor.Value, Is.EqualTo(0.6776).Within(AsWritten));
        Assert.That(Resolve(factors, GridQuery(2021) with { Scope = "grid:national" })!.Factor.Value, Is.EqualTo(0.5568).Within(AsWritten));
    }

    [Test]
    public void Resolve_NarrowerYearRange_WinsWithinARung()
    {
        var openEnded = Ncv(FactorTier.Local, 0, 20.0, "GJ/t", region: "150622", set: "local");
        var for2020 = Ncv(FactorTier.Local, 0, 21.0, "GJ/t", region: "150622", set: "local", from: 2020, to: 2020);
        Assert.That(Resolve([for2020, openEnded], NcvQuery(Jungar))!.Factor, Is.SameAs(for2020));
        Assert.That(Resolve([for2020, openEnded], NcvQuery(Jungar) with { Year = 2021 })!.Factor, Is.SameAs(openEnded));
    }

    [Test]
    public void Resolve_TwoLocalImportsOfTheSameKey_NewestWins()
    {
        var older = Ncv(FactorTier.Local, 0, 20.0, "GJ/t", region: "150622", set: "local");
        var newer = Ncv(FactorTier.Local, 0, 21.0, "GJ/t", region: "150622", set: "local");
        Assert.That(Resolve([newer, older], NcvQuery(Jungar))!.Factor, Is.SameAs(newer));
    }

    [Test]
    public void Resolve_NoFactorForTheActivity_ReturnsNull()
    {
        Assert.That(Resolve([ProvincialGuideline(), Ipcc()], NcvQuery(Jungar, "gangue")), Is.Null);
    }

    [Test]
    public void Resolve_NoFactorForTheGas_ReturnsNull()
    {
        Assert.That(Resolve([Ch4(1, "1.A.1")], Ch4Query("1.A.1.a.i") with { Gas = Gas.N2O }), Is.Null);
    }

    [Test]
    public void Resolve_RegionNotInTheTree_StillTakesDefaults()
    {
        var guideline = ProvincialGuideline();
        var resolution = Resolve([guideline, CityValue()], NcvQuery(RegionCode.Parse("110101")));
        Assert.That(resolution!.Factor, Is.SameAs(guideline));
    }

    [Test]
    public void Resolve_LocalOnly_IgnoresPublishedFactorsAndPublishedOnly_IgnoresLocalOnes()
    {
        var city = CityValue();
        var provincial = ProvincialGuideline();
        var local = Resolve([Ipcc(), provincial, city], NcvQuery(Jungar) with { Origin = FactorOrigin.LocalOnly });
        var published = Resolve([Ipcc(), provincial, city], NcvQuery(Jungar) with { Origin = FactorOrigin.PublishedOnly });
        var none = Resolve([Ipcc(), provincial], NcvQuery(Jungar) with { Origin = FactorOrigin.LocalOnly });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(local!.Factor, Is.SameAs(city));
            Assert.That(published!.Factor, Is.SameAs(provincial));
            Assert.That(none, Is.Null);
        }
    }

    private static FactorResolution? Resolve(IEnumerable<Factor> factors, FactorQuery query) =>
        new FactorResolver(factors, Regions).Resolve(query);

    private static FactorQuery NcvQuery(RegionCode region, string activity = "raw_coal") =>
        new(activity, Parameters.Ncv, null, PowerPlants, region, 2020);

    private static FactorQuery Ch4Query(string category) =>
        new("raw_coal", Parameters.EmissionFactor, Gas.CH4, CategoryCode.Parse(category), Jungar, 2020, Per: Dimension.Energy);

    private static FactorQuery GridQuery(int year) =>
        new("electricity", Parameters.GridEmissionFactor, Gas.CO2, CategoryCode.Parse("1.A.2.c"), Jungar, year,
            Scope: "grid:north_china", NearestYear: true, Per: Dimension.Energy);

    private Factor[] GridFactors() => [Grid(0.6776, "grid:north_china", 2022), Grid(0.6361, "grid:north_china", 2023)];

    private Factor Grid(double value, string scope, int year) =>
        Make(FactorTier.ChinaGuideline, 4, "china-grid-ef", "electricity", Parameters.GridEmissionFactor, "CO2", null, scope, year, year, value, "kgCO2/kWh");

    private Factor Ch4(double kgPerTj, string? category) =>
        Make(FactorTier.IpccDefault, 1, "ipcc-2006", "raw_coal", Parameters.EmissionFactor, "CH4", category, null, null, null, kgPerTj, "kg/TJ");

    private Factor Ncv(FactorTier tier, int rank, double value, string unit, string activity = "raw_coal", string? category = null,
        string? region = null, string set = "test", int? from = null, int? to = null) =>
        Make(tier, rank, set, activity, Parameters.Ncv, null, category, region, from, to, value, unit);

    private Factor Make(FactorTier tier, int rank, string set, string activity, string parameter, string? gas, string? category, string? region,
        int? from, int? to, double value, string unit) =>
        new(++nextId, set, tier, rank, activity, parameter, gas, category, region, from, to, value,
            FactorUnit.TryParse(unit, out var u) ? u : throw new ArgumentException(unit, nameof(unit)), null, "test source", "test table", "verified");
}
