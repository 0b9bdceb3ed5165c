using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.FactorSets;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods;

/// <summary>Issue 15 item 5: carbon stock change of forest land and grassland (3.B) by gain-loss and stock-difference, removals as
/// negative lines, and the arithmetic above the lines (sums, year-on-year shares) with a negative figure.</summary>
/// <remarks>
/// Factors are the bundled set ipcc-2006-afolu-land (IPCC 2006 Vol.4, every value UNVERIFIED (recalled), shown on the line):
/// biomass_growth 3.0 t d.m./ha/yr for afforested_area and 0.5 for forest_area (Table 4.9), root_shoot_ratio 0.46 (Table 4.4),
/// carbon_fraction_dm 0.47 (Table 4.3), bcef_removals 1.0 t d.m./m3 (Table 4.5), wood_density 0.40 t d.m./m3 and
/// biomass_expansion 1.4 (Eq.2.8), biomass_after 6.5 t d.m./ha and biomass_before 0 for grassland_established_area (Table 6.4).
/// </remarks>
public sealed class Issue15_LandCarbonStockChangeTests : FreshWorkspaceFixture
{
    private const double ArithmeticTolTonnes = 1e-6; // arithmetic only: the hand values are exact to the digits written
    private static readonly RegionCode Hanggin = RegionCode.Parse("150625");
    private static readonly RegionCode Uxin = RegionCode.Parse("150626");

    private (GhgInventory.Data.Storage.RunHeader Run, CompileResult Result) IngestAndCompileRun(int from, int to, RegionCode region, params string[] rows)
    {
        var ingest = ActivityFile.Ingest(workspace, "land.csv", ActivityFile.Utf8(rows));
        Assert.That(ingest.IssueCount, Is.Zero, string.Join("; ", ingest.Issues.Select(i => i.ToString())));
        return workspace.Compile(from, to, region, GwpSet.Default, new CompileOptions());
    }

    private CompileResult IngestAndCompile(int from, int to, RegionCode region, params string[] rows) => IngestAndCompileRun(from, to, region, rows).Result;

    private static EmissionLine Line(CompileResult result, string category, string activity, int year = 2020) =>
        result.Lines.Single(l => l.Category.Value == category && l.Activity == activity && l.Year == year);

    [Test]
    public void Compile_GainLoss_MatchesHandCalculation_WithTheSignOfEachLine()
    {
        var result = IngestAndCompile(2020, 2020, Hanggin,
            "150625,2020,3.B.1.b,afforested_area,1000,公顷,test,",
            "150625,2020,3.B.1.a,forest_area,1000,公顷,test,",
            "150625,2020,3.B.1.a,wood_removals,1000,立方米,test,",
            "150625,2020,3.B.3.b,grassland_established_area,100,公顷,test,",
            "150625,2020,3.B.3.a,grassland_area,1000,公顷,test,");

        using (Assert.EnterMultipleScope())
        {
            // Afforestation (Eq.2.9–2.10): 1000 ha × 3.0 t d.m./ha × (1 + 0.46) × 0.47 t C/t d.m. = 2058.6 t C;
            // CO2 = −2058.6 × 44/12 = −90578.4/12 = −7548.2 t: a removal, negative.
            var afforested = Line(result, "3.B.1.b", "afforested_area");
            Assert.That(afforested.MassTonnes, Is.EqualTo(-7548.2).Within(ArithmeticTolTonnes));
            Assert.That(afforested.Co2eTonnes, Is.EqualTo(-7548.2).Within(ArithmeticTolTonnes), "CO2e keeps the sign (GWP of CO2 = 1)");
            Assert.That(afforested.Gas, Is.EqualTo(Gas.CO2));
            // Forest remaining forest: 1000 × 0.5 × 1.46 × 0.47 = 343.1 t C → −343.1 × 44/12 = −15096.4/12 = −1258.0333… t.
            Assert.That(Line(result, "3.B.1.a", "forest_area").MassTonnes, Is.EqualTo(-15096.4 / 12).Within(ArithmeticTolTonnes));
            // Wood removals (Eq.2.12): 1000 m3 × 1.0 t d.m./m3 × 1.46 × 0.47 = 686.2 t C lost → +686.2 × 44/12 = +30192.8/12 = +2516.0666… t.
            Assert.That(Line(result, "3.B.1.a", "wood_removals").MassTonnes, Is.EqualTo(30192.8 / 12).Within(ArithmeticTolTonnes));
            // Land converted to grassland (Eq.2.16): 100 ha × (6.5 − 0) t d.m./ha × 0.47 = 305.5 t C → −305.5 × 44/12 = −13442/12 = −1120.1666… t.
            Assert.That(Line(result, "3.B.3.b", "grassland_established_area").MassTonnes, Is.EqualTo(-13442.0 / 12).Within(ArithmeticTolTonnes));
            // Grassland remaining grassland, Tier 1: a computed 0 that says why (Vol.4 Ch.6 §6.2.1.1), not a notation key shown as 0.
            var grass = Line(result, "3.B.3.a", "grassland_area");
            Assert.That((grass.MassTonnes, grass.Notation), Is.EqualTo(((double?)0, (NotationKey?)null)));
            Assert.That(grass.Arithmetic, Does.Contain("Tier 1").Or.Contain("方法1"));
            // Every factor used is shown with its status.
            Assert.That(afforested.Factors.Select(f => f.Parameter), Is.EquivalentTo(new[] { "biomass_growth", "root_shoot_ratio", "carbon_fraction_dm" }));
        }
    }

    [Test]
    public void Compile_StockDifference_MatchesHandCalculation_AndIncludesTheGainLossRowsOfItsYear()
    {
        var result = IngestAndCompile(2019, 2020, Uxin,
            "150626,2019,3.B.1.a,forest_growing_stock,10,万立方米,test,",
            "150626,2019,3.B.1.a,forest_area,1000,公顷,test,",
            "150626,2020,3.B.1.a,forest_growing_stock,11,万立方米,test,",
            "150626,2020,3.B.1.a,forest_area,1000,公顷,test,");

        using (Assert.EnterMultipleScope())
        {
            // Eq.2.8, C = V × D × BEF × (1 + R) × CF:
            //   C_2020 = 110000 m3 × 0.40 × 1.4 × 1.46 × 0.47 = 44000 × 1.4 = 61600 × 1.46 = 89936 × 0.47 = 42269.92 t C;
            //   C_2019 = 100000 m3 × 0.40 × 1.4 × 1.46 × 0.47 = 81760 × 0.47 = 38427.2 t C;
            //   ΔC = (42269.92 − 38427.2)/1 = 3842.72 t C/yr; CO2 = −3842.72 × 44/12 = −169079.68/12 = −14089.9733… t.
            var stock = Line(result, "3.B.1.a", "forest_growing_stock");
            Assert.That(stock.MassTonnes, Is.EqualTo(-169079.68 / 12).Within(ArithmeticTolTonnes));
            // The area row of the same year is in the stock-difference: IE, not counted twice.
            Assert.That(Line(result, "3.B.1.a", "forest_area").Notation, Is.EqualTo(NotationKey.IE));
            // 2019 has no earlier stock: the stock is NA and the gain-loss stands (1000 × 0.5 × 1.46 × 0.47 = 343.1 t C → −15096.4/12 t).
            Assert.That(Line(result, "3.B.1.a", "forest_growing_stock", 2019).Notation, Is.EqualTo(NotationKey.NA));
            Assert.That(Line(result, "3.B.1.a", "forest_area", 2019).MassTonnes, Is.EqualTo(-15096.4 / 12).Within(ArithmeticTolTonnes));
        }
    }

    [Test]
    public void Compile_StockWithoutAnEarlierStockOrAreaRows_IsNotEstimatedWithTheReason()
    {
        var result = IngestAndCompile(2020, 2020, Uxin, "150626,2020,3.B.1.a,forest_growing_stock,11,万立方米,test,");
        var line = result.Lines.Single();
        Assert.That((line.Notation, line.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NE, (double?)null)), "never 0");
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(line.Note, Does.Contain("earlier year"));
        }
    }

    [Test]
    public void Compile_SameNegativeIn1A_Throws_WhileIn3BItIsKept()
    {
        // Route the land method to 1.A as well: the line it computes there is negative, and MethodLines refuses a negative outside 3.B.
        var regions = workspace.References.LoadRegions();
        var ids = workspace.Factors.ActiveSetIds();
        var routes = MethodRoutes.Registry.Routes.Append(new MethodRoute(CategoryCode.Parse("1.A.4.c"), ActivityKind.Land, null, LandCarbonStockChangeMethod.MethodKey));
        var context = new CombustionContext(new FactorResolver(workspace.Factors.LoadFactors(ids), regions), workspace.Factors.LoadGwp(ids), GwpSet.Default, regions, new CompileOptions())
        {
            Methods = new MethodRegistry(routes),
        };
        var compiler = new InventoryCompiler(workspace.References.LoadActivities(), context);
        ActivityRecord Row(string category) => new(1, Hanggin, 2020, CategoryCode.Parse(category), "afforested_area", 1000);

        // 1000 ha in 3.B.1.b: −7548.2 t (hand value of the gain-loss test).
        Assert.That(compiler.Compile([Row("3.B.1.b")]).Lines.Single().MassTonnes, Is.EqualTo(-7548.2).Within(ArithmeticTolTonnes));
        var error = Assert.Throws<InvalidOperationException>(() => compiler.Compile([Row("1.A.4.c")]));
        Assert.That(error!.Message, Does.Contain("1.A.4.c").And.Contain("negative"));
    }

    [Test]
    public void Summarize_RemovalIsSummedIntoItsCategoryAndTheTotal_WithItsSign()
    {
        var (run, _) = IngestAndCompileRun(2020, 2020, Hanggin,
            "150625,2020,3.B.1.b,afforested_area,1000,公顷,test,",
            "150625,2020,3.B.1.a,wood_removals,1000,立方米,test,",
            "150625,2020,1.A.4.b,raw_coal,1000,吨,test,");
        var summary = workspace.Summarize(run, Hanggin, 2020);
        double Category(string code) => summary.ByCategory.Single(c => c.Category.Code.Value == code).Totals.Co2eTonnes;

        using (Assert.EnterMultipleScope())
        {
            // 3.B.1 = 3.B.1.a + 3.B.1.b = +30192.8/12 − 7548.2 = 2516.0666… − 7548.2 = −5032.1333… t CO2e.
            Assert.That(Category("3.B.1"), Is.EqualTo(30192.8 / 12 - 7548.2).Within(ArithmeticTolTonnes));
            Assert.That(Category("3.B"), Is.EqualTo(30192.8 / 12 - 7548.2).Within(ArithmeticTolTonnes));
            // The territorial total excludes LULUCF (UNFCCC "total excluding LULUCF": the coal line's CO2e); including LULUCF it is the coal
            // line plus the (negative) land total −5032.1333….
            double energy = summary.Lines.Where(l => l.Category.Value == "1.A.4.b" && l.Co2eTonnes is not null).Sum(l => l.Co2eTonnes!.Value);
            Assert.That(energy, Is.GreaterThan(0));
            Assert.That(summary.Territorial.Co2eTonnes, Is.EqualTo(energy).Within(ArithmeticTolTonnes));
            Assert.That(summary.Territorial.IncludingLulucf!.Co2eTonnes, Is.EqualTo(energy + 30192.8 / 12 - 7548.2).Within(ArithmeticTolTonnes));
        }
    }

    [Test]
    public void BudgetTerritorialCo2_LeavesOutLandUseRemovals()
    {
        // 1000 t raw coal in 1.A.4.b (provincial factors): 1000 × 20.908 GJ/t × 26.37 tC/TJ / 1000 × 0.94 × 44/12 = 1900.2988488 t CO2
        // (the 100 万吨 case of ExplainCommandTests, / 1000); the afforestation's −7548.2 t is not spent against a budget.
        var (run, _) = IngestAndCompileRun(2020, 2020, Hanggin,
            "150625,2020,3.B.1.b,afforested_area,1000,公顷,test,",
            "150625,2020,1.A.4.b,raw_coal,1000,吨,test,");
        var annual = workspace.Targets.AnnualCo2(run, Hanggin, CarbonBudget.Territorial);
        Assert.That(annual[2020], Is.EqualTo(1900.2988488).Within(1e-6));
        // The summary's territorial CO2 including LULUCF is net of the removal: 1900.2988488 − 7548.2 = −5647.9011512 t.
        Assert.That(workspace.Summarize(run, Hanggin, 2020).Territorial.IncludingLulucf!.Co2Tonnes, Is.EqualTo(-5647.9011512).Within(1e-6));
    }

    [Test]
    public void YearOnYear_WithANegativeBase_KeepsTheSignOfTheChange()
    {
        // A banner with land only is a net sink: 2019 1000 ha afforested → −7548.2 t; 2020 500 ha → −3774.1 t (half).
        var (run, _) = IngestAndCompileRun(2019, 2020, Hanggin,
            "150625,2019,3.B.1.b,afforested_area,1000,公顷,test,",
            "150625,2020,3.B.1.b,afforested_area,500,公顷,test,");
        var change = YearOnYear.Of(workspace.Summarize(run, Hanggin, 2020), workspace.Summarize(run, Hanggin, 2019), includingLulucf: true);
        // Difference −3774.1 − (−7548.2) = +3774.1 t (less removal = more net emission); share +3774.1 / |−7548.2| = +0.5, an increase.
        Assert.That(change.DifferenceTonnes, Is.EqualTo(3774.1).Within(ArithmeticTolTonnes));
        Assert.That(change.Share, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void ChangeRow_WithANegativeEarlierFigure_SharesOverItsMagnitude()
    {
        // −100 → −50: +50 t; +50/|−100| = +0.5. −100 → −150: −50 t; −0.5 (more removal = a decrease).
        Assert.That(new ChangeRow("3.B", -100, -50).Share, Is.EqualTo(0.5));
        Assert.That(new ChangeRow("3.B", -100, -150).Share, Is.EqualTo(-0.5));
        Assert.That(new ChangeRow("1.A", 100, 150).Share, Is.EqualTo(0.5), "a positive base is unchanged");
    }

    [Test]
    public void Ingest_RejectedLandRow_LeavesTheDatabaseUnchanged()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        // An area in tonnes: a unit of another dimension, refused with its place.
        var ingest = ActivityFile.Ingest(workspace, "land.csv", ActivityFile.Utf8("150625,2020,3.B.1.b,afforested_area,1000,吨,test,"));
        Assert.That(ingest.IssueCount, Is.GreaterThan(0));
        Assert.That(ingest.Issues[0].ToString(), Does.Contain("land.csv"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }
}
