using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.FactorSets;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods.Waste;

/// <summary>Issue 15 item 6: solid waste disposal CH4 by first-order decay (IPCC 2006 Vol 5 Ch 3 Eq 3.1–3.6) through the bundled
/// routes and the ipcc-2006-waste set, against hand calculations.</summary>
public sealed class Issue15_WasteLandfillFodTests : FreshWorkspaceFixture
{
    private const double RelTol = 1e-9; // arithmetic only
    private static readonly RegionCode Banner = RegionCode.Parse("150622");

    private InventoryCompiler Compiler(GwpSet gwp)
    {
        var regions = workspace.References.LoadRegions();
        var ids = workspace.Factors.ActiveSetIds();
        var context = new CombustionContext(new FactorResolver(workspace.Factors.LoadFactors(ids), regions), workspace.Factors.LoadGwp(ids), gwp, regions, new CompileOptions())
        {
            Methods = MethodRoutes.Registry,
        };
        return new InventoryCompiler(workspace.References.LoadActivities(), context);
    }

    private static ActivityRecord Row(long id, int year, string category, string activity, double tonnes) =>
        new(id, Banner, year, CategoryCode.Parse(category), activity, tonnes);

    /// <summary>2018 0 t, 2019 1000 t food waste, 2020 and 2021 0 t, in a managed site (4.A.1).</summary>
    private static List<ActivityRecord> Pulse() =>
        [Row(1, 2018, "4.A.1", "food_waste", 0), Row(2, 2019, "4.A.1", "food_waste", 1000), Row(3, 2020, "4.A.1", "food_waste", 0), Row(4, 2021, "4.A.1", "food_waste", 0)];

    [Test]
    public void Compile_FoodWastePulse_DecaysYearByYear_AsTheHandCalculation()
    {
        var result = Compiler(new GwpSet("AR6")).Compile(Pulse());
        Assert.That(result.Refusals, Is.Empty);
        var ch4 = result.Lines.Where(l => l.Gas == Gas.CH4).OrderBy(l => l.Year).ToList();
        // Factors: food DOC 0.15 (Vol 5 Ch 2 Table 2.4), DOCf 0.5, MCF 1.0 (4.A.1 managed anaerobic, Table 3.1), k 0.06 (Table 3.3 boreal
        // and temperate dry, food), F 0.5, OX 0.1 (Table 3.2 managed covered).
        // DDOCm(2019) = 1000 t × 0.15 × 0.5 × 1.0 = 75 t; nothing decays in the year of deposit: 2019 CH4 = 0.
        // 2020: decomposed = 75 × (1 − e^−0.06) = 75 × 0.0582354664157513 = 4.36765998118135 t DDOCm;
        //       CH4 generated = 4.36765998118135 × 0.5 × 16/12 = 2.91177332078756 t; emitted × (1 − 0.1) = 2.62059598870881 t.
        // 2021: decomposed = 75 × e^−0.06 × (1 − e^−0.06) = 70.6323400188187 × 0.0582354664157513 = 4.11330726503184 t;
        //       CH4 generated = 4.11330726503184 × 0.5 × 16/12 = 2.74220484335456 t; emitted × 0.9 = 2.46798435901910 t.
        Assert.That(ch4.Select(l => l.Year), Is.EqualTo(new[] { 2018, 2019, 2020, 2021 }));
        Assert.That(ch4[0].MassTonnes, Is.EqualTo(0));
        Assert.That(ch4[1].MassTonnes, Is.EqualTo(0));
        Assert.That(ch4[2].MassTonnes!.Value, Is.EqualTo(2.62059598870881).Within(RelTol).Percent);
        Assert.That(ch4[3].MassTonnes!.Value, Is.EqualTo(2.46798435901910).Within(RelTol).Percent);
        // Waste CH4 is non-fossil: AR6 27.0 → 2.46798435901910 × 27.0 = 66.6355776935157 t CO2e.
        Assert.That(ch4[3].Co2eTonnes!.Value, Is.EqualTo(66.6355776935157).Within(RelTol).Percent);
        Assert.That(ch4[3].NoteText, Is.Null, "a first data year of 0 t backfills nothing");
        Assert.That(ch4[3].Factors.Select(f => f.Parameter), Is.EqualTo(new[] { "swds_doc", "swds_docf", "swds_mcf", "swds_k", "swds_f", "swds_ox" }));
    }

    [Test]
    public void Compile_FirstDataYearAboveZero_BackfillsFiftyYears_AsTheGeometricSeries()
    {
        var result = Compiler(GwpSet.Default).Compile([Row(1, 2020, "4.A.3", "msw", 1000)]);
        var line = result.Lines.Single(l => l.Gas == Gas.CH4);
        // Bulk MSW in an uncategorised site: DOC 0.20, DOCf 0.5, MCF 0.6, k 0.05, F 0.5, OX 0 → DDOCm = 1000 × 0.2 × 0.5 × 0.6 = 60 t a year.
        // 50 backfilled deposits (1970–2019) of 60 t before 2020: decomposed(2020) = 60 × (1 − e^(−0.05 × 50)) = 60 × (1 − e^−2.5)
        //   = 60 × 0.917915001376101 = 55.0749000825661 t; CH4 = 55.0749000825661 × 0.5 × 16/12 = 36.7166000550441 t (× (1 − 0)).
        Assert.That(line.MassTonnes!.Value, Is.EqualTo(36.7166000550441).Within(RelTol).Percent);
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(line.Note, Does.Contain("50 years (1970–2019) backfilled with the 2020 deposit, 1,000 t a year"));
            Assert.That(line.Arithmetic, Does.Contain("1970–2019 backfilled"));
        }
    }

    [Test]
    public void Compile_MethaneRecovered_IsDeducted_AndItsRowIsIncludedElsewhere()
    {
        var rows = Pulse();
        rows.Add(Row(5, 2021, "4.A.1", "landfill_ch4_recovered", 1));
        var lines = Compiler(GwpSet.Default).Compile(rows).Lines.Where(l => l.Year == 2021).ToList();
        // (2.74220484335456 generated − 1 recovered) × (1 − 0.1) = 1.74220484335456 × 0.9 = 1.56798435901910 t.
        Assert.That(lines.Single(l => l.Activity == "food_waste").MassTonnes!.Value, Is.EqualTo(1.56798435901910).Within(RelTol).Percent);
        Assert.That(lines.Single(l => l.Activity == "landfill_ch4_recovered").Notation, Is.EqualTo(NotationKey.IE));
    }

    [Test]
    public void Compile_RecoveryAboveGeneration_OrAGapInTheYears_IsRefused()
    {
        var rows = Pulse();
        rows.Add(Row(5, 2021, "4.A.1", "landfill_ch4_recovered", 3));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(Compiler(GwpSet.Default).Compile(rows).Refusals, Has.Some.Contains("methane recovered 3 t is more than the methane generated 2.742 t"));
            var gap = Compiler(GwpSet.Default).Compile([Row(1, 2018, "4.A.1", "food_waste", 10), Row(2, 2020, "4.A.1", "food_waste", 10)]);
            Assert.That(gap.Refusals, Has.Some.Contains("no deposit row for 2019 between 2018 and 2020"));
        }
    }

    [Test]
    public void Compile_AYearAfterTheLastDeposit_WithOtherDataOfTheRegion_IsRefused_NotSilentlyWithoutDecay()
    {
        // Deposits 2018–2019, then 2020 has data of the banner (raw coal) but no 4.A row: the earlier waste still emits in 2020, and without a
        // 2020 row the method is never called for it, so the year must be refused, never compiled with the landfill left out (breaker, issue 15).
        var result = Compiler(GwpSet.Default).Compile([Row(1, 2018, "4.A.1", "food_waste", 10), Row(2, 2019, "4.A.1", "food_waste", 10),
            new ActivityRecord(3, RegionCode.Parse("150622"), 2020, CategoryCode.Parse("1.A.4.b"), "raw_coal", 1000)]);
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(result.Refusals, Has.Some.Contains("150622 2020: category 4.A.1").And.Some.Contains("has rows for 2018–2019 but none for 2020"));
        }
    }

    [Test]
    public void Compile_OneWasteTypeStopping_WhileAnotherGoesOn_IsRefused_NotItsDecayDropped()
    {
        // Paper deposited 2018–2019 and none written for 2020, while food goes on: paper's earlier deposits still decay in 2020 (review).
        var result = Compiler(GwpSet.Default).Compile([Row(1, 2018, "4.A.1", "food_waste", 10), Row(2, 2019, "4.A.1", "food_waste", 10),
            Row(3, 2020, "4.A.1", "food_waste", 10), Row(4, 2018, "4.A.1", "paper_waste", 10), Row(5, 2019, "4.A.1", "paper_waste", 10)]);
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(result.Refusals, Has.Some.Contains("paper_waste").And.Some.Contains("has rows for 2018–2019 but none for 2020"));
            Assert.That(result.Refusals, Has.None.Contains("food_waste"));
        }
    }

    [Test]
    public void Compile_UnmanagedSite_WithoutALocalMcf_IsNotEstimated_NamingTheMcf()
    {
        var line = Compiler(GwpSet.Default).Compile([Row(1, 2020, "4.A.2", "msw", 1000)]).Lines.Single();
        Assert.That((line.Notation, line.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NE, (double?)null)));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(line.Note, Does.Contain("No methane correction factor MCF for msw in 4.A.2"));
        }
    }

    [Test]
    public void WorkspaceCompile_OfOneYear_ReadsTheEarlierDeposits_AndGivesTheSameLineAsTheRange()
    {
        ActivityFile.Ingest(workspace, "waste.csv", ActivityFile.Utf8(
            "150622,2018,4.A.1,food_waste,0,t,test,", "150622,2019,4.A.1,food_waste,1000,t,test,",
            "150622,2020,4.A.1,food_waste,0,t,test,", "150622,2021,4.A.1,food_waste,0,t,test,"));
        var (alone, aloneResult) = workspace.Compile(2021, 2021, Banner, GwpSet.Default, new CompileOptions());
        var (_, rangeResult) = workspace.Compile(2018, 2021, Banner, GwpSet.Default, new CompileOptions());
        double single = aloneResult.Lines.Single(l => l.Gas == Gas.CH4).MassTonnes!.Value;
        double ranged = rangeResult.Lines.Single(l => l.Gas == Gas.CH4 && l.Year == 2021).MassTonnes!.Value;
        // The hand value of the pulse test: 2.46798435901910 t in 2021, from the 2019 deposit the one-year compile never stores.
        Assert.That(single, Is.EqualTo(2.46798435901910).Within(RelTol).Percent);
        Assert.That(single, Is.EqualTo(ranged));
        Assert.That(aloneResult.Sources.Select(s => s.Year).Distinct(), Is.EqualTo(new[] { 2021 }), "earlier years feed the decay but store no source or line");
        Assert.That((alone.YearFrom, alone.YearTo), Is.EqualTo((2021, 2021)));
        Assert.That(workspace.Runs.VersionIdsOf(alone.Id), Has.Count.EqualTo(4), "the run names the versions of the deposits it read");
    }
}
