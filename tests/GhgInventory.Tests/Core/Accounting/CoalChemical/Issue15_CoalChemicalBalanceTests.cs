using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.CoalChemical;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.CoalChemical;

/// <summary>Issue 15 item 3 (coal chemicals): the carbon mass balance of 2.B.8/2.B.10 with its closure, the refusal, the feedstock's IE
/// pointing at the balance, no double counting, and the production-based (Tier 1) fallback — each against a hand calculation.</summary>
/// <remarks>
/// Factors, as shipped:
/// raw coal (原煤, china-provincial-2011): NCV 20,908 kJ/kg = 20.908 GJ/t, carbon content 26.37 tC/TJ = 0.02637 tC/GJ;
/// coal-chemical-carbon: methanol 0.375 tC/t, ethylene and propylene 0.856 tC/t (IPCC 2006 Vol 3 Ch 3, AMEE transcription),
/// CO2 captured 0.272727 tC/t (12/44); methanol production-based (IPCC 2006 Vol 3 Table 3.12, coal) 5.285 t CO2/t and 2.3 kg CH4/t;
/// AR5 GWP CH4 28.
/// </remarks>
[TestFixture]
public sealed class Issue15_CoalChemicalBalanceTests : FreshWorkspaceFixture
{
    /// <summary>Arithmetic only: the hand values below carry every digit of the products.</summary>
    private const double AbsTolTonnes = 1e-6;

    private const string UseHeader = "region,year,category,activity,value,unit,use";
    private static readonly RegionCode Wushen = RegionCode.Parse("150626");

    [Test]
    public void Issue15_CoalToMethanol_BalanceClosesAndMatchesTheHandCalculation()
    {
        Accept(
            "150626,2020,2.B.8.a,raw_coal,1000,t,feedstock",
            "150626,2020,2.B.8.a,methanol,800,t,");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());

        // C in  = 1,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 551.34396 t C
        // C out = 800 t methanol × 0.375 tC/t = 300 t C
        // CO2   = (551.34396 − 300) × 44/12 = 251.34396 × 44/12 = 921.59452 t
        var co2s = result.Lines.Where(l => l.Category.Value == "2.B.8.a" && l.Gas == Gas.CO2 && l.MassTonnes is not null && l.Scope == EmissionScope.Territorial).ToList();
        Assert.That(co2s, Has.Count.EqualTo(1), string.Join("\n", result.Lines.Select(l => $"{l.Activity} {l.Gas} {l.Scope} {l.MassTonnes} {l.Notation} {l.Method}")));
        var co2 = co2s[0];
        Assert.That(co2.Activity, Is.EqualTo("methanol"), "the balance stands on the product's line");
        Assert.That(co2.MassTonnes, Is.EqualTo(921.59452).Within(AbsTolTonnes));
        Assert.That(co2.Method, Is.EqualTo(CoalChemicalBalanceMethod.BalanceLabel));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(co2.Arithmetic, Does.Contain("raw_coal 1,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 551.344 t C")
                .And.Contain("methanol 800 t × 0.375 tC/t = 300 tC")
                .And.Contain("carbon emitted = 551.344 − 300 − 0 − 0 = 251.344 tC")
                .And.Contain("CO2 = 251.344 tC × 44/12 = 921.595 t")
                .And.Contain("closure: carbon in 551.344 tC = products 300 + wastes 0 + stored 0 + emitted 251.344 tC"));
        }
        // CH4 = 800 t × 2.3 kg/t = 1,840 kg = 1.84 t (production-based in either case) → × 28 = 51.52 t CO2e.
        var ch4 = result.Lines.Single(l => l.Activity == "methanol" && l.Gas == Gas.CH4);
        Assert.That((ch4.MassTonnes, ch4.Co2eTonnes), Is.EqualTo(((double?)1.84, (double?)51.52)).Using<(double?, double?)>((a, b) =>
            Math.Abs(a.Item1!.Value - b.Item1!.Value) < AbsTolTonnes && Math.Abs(a.Item2!.Value - b.Item2!.Value) < AbsTolTonnes));
    }

    [Test]
    public void Issue15_FeedstockIe_PointsAtTheBalance_AndThePlantsCoalIsCountedOnce()
    {
        Accept(
            "150626,2020,2.B.8.a,raw_coal,1000,t,feedstock",
            "150626,2020,2.B.8.a,methanol,800,t,");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());

        var feedstock = result.Lines.Where(l => l.Activity == "raw_coal").ToList();
        var ie = feedstock.Where(l => l.Scope == EmissionScope.Territorial).ToList();
        Assert.That(ie.Select(l => (l.Gas.Code, l.Notation)), Is.EquivalentTo(new[] { ("CO2", (NotationKey?)NotationKey.IE), ("CH4", NotationKey.IE), ("N2O", NotationKey.IE) }));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(ie[0].Note, Does.Contain("accounted in 2.B.8.a methanol by the carbon mass balance"));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(ie[0].Note, Does.Contain("2.B.8.a 甲醇 的煤化工碳平衡中核算"));
        }
        // The memo of non-energy use stays (never in a total): 551.34396 t C × 44/12 = 2,021.59452 t CO2 upper bound.
        Assert.That(feedstock.Single(l => l.Scope == EmissionScope.Memo).MassTonnes, Is.EqualTo(2_021.59452).Within(AbsTolTonnes));
        // Territorial CO2 of the whole run = the balance alone: the coal appears once (921.59452 t), not also as 2,021.6 t.
        double territorial = result.Lines.Where(l => l.Scope == EmissionScope.Territorial && l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
        Assert.That(territorial, Is.EqualTo(921.59452).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue15_FeedstockWithoutProducts_KeepsTheNonEnergyUseLinesWithTheReason()
    {
        Accept("150626,2020,2.B.8.a,raw_coal,1000,t,feedstock");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        var territorial = result.Lines.Where(l => l.Activity == "raw_coal" && l.Scope == EmissionScope.Territorial).ToList();
        Assert.That(territorial.Select(l => l.Notation), Is.EqualTo(new NotationKey?[] { NotationKey.NE, NotationKey.NE, NotationKey.NE }));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(territorial[0].Note, Does.Contain("no carbon balance could be formed at 2.B.8.a: it has no product rows"));
        }
        Assert.That(result.Lines.Single(l => l.Scope == EmissionScope.Memo).MassTonnes, Is.EqualTo(2_021.59452).Within(AbsTolTonnes));
        Assert.That(result.Lines.Where(l => l.Scope == EmissionScope.Territorial).Sum(l => l.MassTonnes ?? 0), Is.Zero);
    }

    [Test]
    public void Issue15_CoalToOlefinsWithCapture_DeductsProductsAndStoredCarbon()
    {
        Accept(
            "150626,2020,2.B.8.b,raw_coal,10,万吨,feedstock",
            "150626,2020,2.B.8.b,ethylene,1,万吨,",
            "150626,2020,2.B.8.b,propylene,1,万吨,",
            "150626,2020,2.B.8.b,co2_captured,2,万吨,");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());

        // C in     = 100,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 55,134.396 t C
        // products = 10,000 t ethylene × 0.856 + 10,000 t propylene × 0.856 = 8,560 + 8,560 = 17,120 t C
        // stored   = 20,000 t CO2 × 0.272727 tC/t = 5,454.54 t C
        // emitted  = 55,134.396 − 17,120 − 5,454.54 = 32,559.856 t C; CO2 = 32,559.856 × 44/12 = 119,386.138667 t
        var lines = result.Lines.Where(l => l.Category.Value == "2.B.8.b" && l.Scope == EmissionScope.Territorial).ToList();
        var co2 = lines.Single(l => l.Gas == Gas.CO2 && l.MassTonnes is not null);
        Assert.That(co2.Activity, Is.EqualTo("ethylene"));
        Assert.That(co2.MassTonnes, Is.EqualTo(119_386.138_666_7).Within(1e-4));
        Assert.That(lines.Where(l => l.Activity is "propylene" or "co2_captured" && l.Gas == Gas.CO2).Select(l => l.Notation), Has.All.EqualTo(NotationKey.IE));
        // No production-based CH4 factor for olefins in the library: NE with the reason, never 0.
        Assert.That(lines.Where(l => l.Gas == Gas.CH4 && l.Activity is "ethylene" or "propylene").Select(l => l.Notation), Is.EqualTo(new NotationKey?[] { NotationKey.NE, NotationKey.NE }));
    }

    [Test]
    public void Issue15_ProductsHoldingMoreCarbonThanTheFeedstock_AreRefusedAtIngestLocated_AndNothingIsStored()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        // C in = 100 t × 20.908 GJ/t × 0.02637 tC/GJ = 55.134396 t C < C out = 800 t × 0.375 tC/t = 300 t C.
        var result = ActivityFile.Ingest(workspace, "plant.csv", ActivityFile.Utf8WithHeader(UseHeader,
            "150626,2020,2.B.8.a,raw_coal,100,t,feedstock",
            "150626,2020,2.B.8.a,methanol,800,t,"));
        Assert.That(result.Accepted, Is.False);
        var issue = result.Issues.Single();
        Assert.That((issue.Line, issue.Column), Is.EqualTo((3, "value")), "at the product row, the file's third line");
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(issue.ToString(), Does.Contain("300 t C").And.Contain("55.134 t C").And.Contain("2.B.8.a"));
        }
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused file stores nothing");
    }

    [Test]
    public void Issue15_ABalanceThatCannotClose_RefusesTheCompileWithRegionYearAndCategory()
    {
        // The same excess met at compile (data stored before the check, or factors changed since): the result carries a refusal.
        var regions = workspace.References.LoadRegions();
        var ids = workspace.Factors.ActiveSetIds();
        var context = new CombustionContext(new FactorResolver(workspace.Factors.LoadFactors(ids), regions), workspace.Factors.LoadGwp(ids), GwpSet.Default, regions, new CompileOptions())
        {
            Methods = GhgInventory.Data.FactorSets.MethodRoutes.Registry,
        };
        var compiler = new InventoryCompiler(workspace.References.LoadActivities(), context);
        var result = compiler.Compile([
            new ActivityRecord(1, Wushen, 2020, CategoryCode.Parse("2.B.8.a"), "raw_coal", 100, Use: FuelUse.Feedstock),
            new ActivityRecord(2, Wushen, 2020, CategoryCode.Parse("2.B.8.a"), "methanol", 800)]);
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(result.Refusals.Single(), Does.Contain("150626 2020 2.B.8.a").And.Contain("300 tC").And.Contain("55.134 tC"));
        }
        Assert.That(result.Lines.Single(l => l.Activity == "methanol" && l.Gas == Gas.CO2).Notation, Is.EqualTo(NotationKey.NE), "never a negative CO2");
    }

    [Test]
    public void Issue15_OnlyProductionKnown_IsProductionBasedTier1_Labelled()
    {
        Accept("150626,2020,2.B.8.a,methanol,800,t,");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        // CO2 = 800 t × 5.285 t CO2/t = 4,228 t (IPCC 2006 Vol 3 Table 3.12, coal feedstock).
        var co2 = result.Lines.Single(l => l.Gas == Gas.CO2);
        Assert.That(co2.MassTonnes, Is.EqualTo(4_228).Within(AbsTolTonnes));
        Assert.That(co2.Method, Is.EqualTo(CoalChemicalBalanceMethod.ProductionBasedLabel));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(co2.Arithmetic, Does.StartWith("production-based (Tier 1): CO2 = production × emission factor = methanol 800 t × 5.285 t/t = 4,228 t"));
        }
        Assert.That(co2.Factors.Single().Status, Is.EqualTo("verified (secondary transcription)"));
        // Coal-to-glycol has no production-based factor: NE naming what to write, never 0.
        AcceptAs("glycol.csv", "150626,2020,2.B.10.a,ethylene_glycol,500,t,");
        (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        var glycol = result.Lines.Single(l => l.Activity == "ethylene_glycol" && l.Gas == Gas.CO2);
        Assert.That(glycol.Notation, Is.EqualTo(NotationKey.NE));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(glycol.Note, Does.Contain("no production-based factor for ethylene_glycol"));
        }
    }

    [Test]
    public void Issue15_FeedstockUnderC_MakesTheBalanceNeNamingIt()
    {
        Accept(
            "150626,2020,2.B.8.a,raw_coal,C,t,feedstock",
            "150626,2020,2.B.8.a,natural_gas,100,万立方米,feedstock",
            "150626,2020,2.B.8.a,methanol,800,t,");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        var co2 = result.Lines.Single(l => l.Activity == "methanol" && l.Gas == Gas.CO2);
        Assert.That(co2.Notation, Is.EqualTo(NotationKey.NE));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(co2.Note, Does.Contain("the carbon in is unknown (raw_coal under C"));
        }
    }

    [Test]
    public void Issue15_Closure_FailsWhenATermIsMissing()
    {
        // 551.34396 = 300 + 0 + 0 + 251.34396 closes; with 1 t C less emitted the residual is 1 t C, far beyond 10^-9 × 551.34 t C.
        Assert.That(new CarbonClosure(551.34396, 300, 0, 0, 251.34396).Closes, Is.True);
        var open = new CarbonClosure(551.34396, 300, 0, 0, 250.34396);
        Assert.That((open.Closes, Math.Round(open.Residual, 9)), Is.EqualTo((false, 1.0)));
    }

    private IngestResult Accept(params string[] rows) => AcceptAs("coalchem.csv", rows);

    private IngestResult AcceptAs(string name, params string[] rows)
    {
        var result = ActivityFile.Ingest(workspace, name, ActivityFile.Utf8WithHeader(UseHeader, rows));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        return result;
    }
}
