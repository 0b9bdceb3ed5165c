using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;

namespace GhgInventory.Tests.Core.Factors;

/// <summary>
/// Issue 12: the resolver borrows another year's factor under the query's <see cref="GridYearPolicy"/>. Factors as shipped in
/// china-grid-ef for 华北: 0.8843 kgCO2/kWh (2012, NDRC), 0.6776 (2022) and 0.6361 (2023, MEE &amp; NBS); and a factor valid over a
/// range of years, as the CCER operating margin of 2012–2014 is written (1.0000 tCO2/MWh).
/// </summary>
[TestFixture]
public sealed class Issue12_FactorResolverYearPolicyTests
{
    private static readonly RegionCode InnerMongolia = RegionCode.Parse("150000");
    private static readonly RegionCode Jungar = RegionCode.Parse("150622");

    private static readonly RegionTree Regions = new(
    [
        new Region(InnerMongolia, null, "内蒙古自治区", "Inner Mongolia", "north_china"),
        new Region(Jungar, InnerMongolia, "准格尔旗", "Jungar Banner", null),
    ]);

    private long nextId;

    [SetUp]
    public void ResetIds() => nextId = 0;

    // year, expected factor year and value under each policy; null = no factor (NE).
    [TestCase(2010, GridYearPolicy.Nearest, 2012, 0.8843)]
    [TestCase(2016, GridYearPolicy.Nearest, 2012, 0.8843)] // 4 years from 2012, 6 from 2022
    [TestCase(2017, GridYearPolicy.Nearest, 2012, 0.8843)] // 5 and 5: the tie takes the earlier year
    [TestCase(2018, GridYearPolicy.Nearest, 2022, 0.6776)]
    [TestCase(2030, GridYearPolicy.Nearest, 2023, 0.6361)]
    [TestCase(2010, GridYearPolicy.Earlier, null, null)]
    [TestCase(2021, GridYearPolicy.Earlier, 2012, 0.8843)] // not the nearer 2022
    [TestCase(2030, GridYearPolicy.Earlier, 2023, 0.6361)]
    [TestCase(2021, GridYearPolicy.None, null, null)]
    [TestCase(2024, GridYearPolicy.None, null, null)]
    public void Issue12_Resolve_BorrowsUnderThePolicy(int year, GridYearPolicy policy, int? factorYear, double? value)
    {
        var resolution = Resolve(NorthChina(), Query(year, policy));
        if (factorYear is null)
        {
            Assert.That(resolution, Is.Null);
            return;
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution!.SubstituteYear, Is.EqualTo(factorYear));
            Assert.That(resolution.Factor.Value, Is.EqualTo(value));
        }
    }

    [TestCase(GridYearPolicy.Nearest)]
    [TestCase(GridYearPolicy.Earlier)]
    [TestCase(GridYearPolicy.None)]
    public void Issue12_Resolve_OwnYear_IsNeverBorrowed(GridYearPolicy policy)
    {
        var resolution = Resolve(NorthChina(), Query(2022, policy));
        Assert.That(resolution!.Factor.Value, Is.EqualTo(0.6776));
        Assert.That(resolution.SubstituteYear, Is.Null);
    }

    [Test]
    public void Issue12_Resolve_Earlier_TakesTheLastYearOfARange()
    {
        // A factor valid 2012–2014: for 2016 the latest earlier year it covers is 2014.
        Factor[] factors = [Grid(1.0, "grid:north_china", 2012, 2014, "tCO2/MWh")];
        var resolution = Resolve(factors, Query(2016, GridYearPolicy.Earlier));
        Assert.That(resolution!.SubstituteYear, Is.EqualTo(2014));
    }

    [Test]
    public void Issue12_Resolve_WithoutNearestYear_PolicyDoesNotBorrow()
    {
        // The policy only applies to queries that may borrow (grid factors); others never take another year's value.
        var resolution = Resolve(NorthChina(), Query(2021, GridYearPolicy.Nearest) with { NearestYear = false });
        Assert.That(resolution, Is.Null);
    }

    private Factor[] NorthChina() =>
    [
        Grid(0.8843, "grid:north_china", 2012, 2012),
        Grid(0.6776, "grid:north_china", 2022, 2022),
        Grid(0.6361, "grid:north_china", 2023, 2023),
    ];

    private static FactorResolution? Resolve(IEnumerable<Factor> factors, FactorQuery query) => new FactorResolver(factors, Regions).Resolve(query);

    private static FactorQuery Query(int year, GridYearPolicy policy) =>
        new("electricity", Parameters.GridEmissionFactor, Gas.CO2, CategoryCode.Parse("1.A.2.c"), Jungar, year,
            Scope: "grid:north_china", NearestYear: true, Per: Dimension.Energy, YearPolicy: policy);

    private Factor Grid(double value, string scope, int from, int to, string unit = "kgCO2/kWh") =>
        new(++nextId, "china-grid-ef", FactorTier.ChinaGuideline, 4, "electricity", Parameters.GridEmissionFactor, "CO2", null, scope, from, to, value,
            FactorUnit.TryParse(unit, out var u) ? u : throw new ArgumentException(unit, nameof(unit)), null, "test source", "test table", "verified");
}
