using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods.Fugitive;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Data.FactorSets;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods.Fugitive;

/// <summary>Coal mining and handling CH4 (1.B.1.a) against hand calculations from the bundled factors (ipcc-2006-fugitive: IPCC 2006
/// Vol.2 Ch.4 §4.1 Tier 1, via github.com/mamhoff/datasets): high-gas underground 18 / 2.5 m3/t, low-gas underground 10 / 0.9 m3/t,
/// surface 1.2 / 0.1 m3/t, CH4 density 0.67 kg/m3, flaring combustion efficiency 0.98.</summary>
public sealed class Issue15_FugitiveCoalMiningTests : FreshWorkspaceFixture
{
    private const double RelTol = 1e-9; // arithmetic only, in per cent for Within(...).Percent
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

    private static ActivityRecord Row(long id, string category, string activity, double baseValue) =>
        new(id, Banner, 2020, CategoryCode.Parse(category), activity, baseValue);

    private static double Mass(CompileResult result, string category, string activity, string gas = "CH4") =>
        result.Lines.Single(l => l.Category.Value == category && l.Activity == activity && l.Gas.Code == gas).MassTonnes!.Value;

    [Test]
    public void Compile_EachMineClass_GivesMiningAndPostMiningLines_MatchingHandCalculation()
    {
        var result = Compiler(GwpSet.Default).Compile([
            Row(1, "1.B.1.a", "coal_mined_underground_high_gas", 1_000_000),
            Row(2, "1.B.1.a", "coal_mined_underground_low_gas", 2_000_000),
            Row(3, "1.B.1.a", "coal_mined_surface", 10_000_000)]);

        Assert.That(result.Refusals, Is.Empty);
        // high-gas: 1 000 000 t × 18 m3/t × 0.67 kg/m3 × 10^-3 = 12 060 t; post-mining 1 000 000 × 2.5 × 0.00067 = 1 675 t
        Assert.That(Mass(result, "1.B.1.a.i.1", "coal_mined_underground_high_gas"), Is.EqualTo(12_060).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.1.a.i.2", "coal_mined_underground_high_gas"), Is.EqualTo(1_675).Within(RelTol).Percent);
        // low-gas: 2 000 000 t × 10 × 0.00067 = 13 400 t; post-mining 2 000 000 × 0.9 × 0.00067 = 1 206 t
        Assert.That(Mass(result, "1.B.1.a.i.1", "coal_mined_underground_low_gas"), Is.EqualTo(13_400).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.1.a.i.2", "coal_mined_underground_low_gas"), Is.EqualTo(1_206).Within(RelTol).Percent);
        // surface: 10 000 000 t × 1.2 × 0.00067 = 8 040 t; post-mining 10 000 000 × 0.1 × 0.00067 = 670 t
        Assert.That(Mass(result, "1.B.1.a.ii.1", "coal_mined_surface"), Is.EqualTo(8_040).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.1.a.ii.2", "coal_mined_surface"), Is.EqualTo(670).Within(RelTol).Percent);
        // AR5 CH4 28: 8 040 × 28 = 225 120 t CO2e.
        Assert.That(result.Lines.Single(l => l.Category.Value == "1.B.1.a.ii.1").Co2eTonnes, Is.EqualTo(225_120).Within(RelTol).Percent);
        Assert.That(result.Lines.Single(l => l.Category.Value == "1.B.1.a.ii.1").Factors.Select(f => (f.Parameter, f.Value, f.Unit)),
            Is.EqualTo(new[] { ("coal_mining_ch4_ef", 1.2, "m3/t"), ("ch4_density", 0.67, "kg/m3") }));
    }

    [Test]
    public void Compile_RecoveredMethane_IsDeductedFromUndergroundMiningByShare_AndFlaringGivesCo2()
    {
        var result = Compiler(GwpSet.Default).Compile([
            Row(1, "1.B.1.a", "coal_mined_underground_high_gas", 1_000_000),
            Row(2, "1.B.1.a", "coal_mined_underground_low_gas", 2_000_000),
            Row(3, "1.B.1.a", "coal_mine_methane_utilized", 5_000_000),
            Row(4, "1.B.1.a", "coal_mine_methane_flared", 1_000_000)]);

        Assert.That(result.Refusals, Is.Empty);
        // Mining CH4 before recovery: 12 060 (high) + 13 400 (low) = 25 460 t.
        // Deducted: used 5 000 000 m3 × 0.67 × 10^-3 = 3 350 t + flared 1 000 000 × 0.67 × 10^-3 × 0.98 = 656.6 t → 4 006.6 t.
        // high: 12 060 − 4 006.6 × 12 060 / 25 460 = 12 060 − 1 897.863157894737 = 10 162.136842105263 t
        // low:  13 400 − 4 006.6 × 13 400 / 25 460 = 13 400 − 2 108.736842105263 = 11 291.263157894737 t
        Assert.That(Mass(result, "1.B.1.a.i.1", "coal_mined_underground_high_gas"), Is.EqualTo(10_162.136842105263).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.1.a.i.1", "coal_mined_underground_low_gas"), Is.EqualTo(11_291.263157894737).Within(RelTol).Percent);
        // Post-mining is not reduced: 1 675 and 1 206 t as without recovery.
        Assert.That(Mass(result, "1.B.1.a.i.2", "coal_mined_underground_high_gas"), Is.EqualTo(1_675).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.1.a.i.2", "coal_mined_underground_low_gas"), Is.EqualTo(1_206).Within(RelTol).Percent);
        // Flaring CO2: 656.6 t CH4 burnt × 44/16 = 1 805.65 t CO2, at 1.B.1.a.i.4, GWP 1.
        var co2 = result.Lines.Single(l => l.Gas == Gas.CO2);
        Assert.That((co2.Category.Value, co2.Activity), Is.EqualTo(("1.B.1.a.i.4", "coal_mine_methane_flared")));
        Assert.That(co2.MassTonnes, Is.EqualTo(1_805.65).Within(RelTol).Percent);
        Assert.That(co2.Co2eTonnes, Is.EqualTo(1_805.65).Within(RelTol).Percent);
        // The used methane has no line of its own (its combustion is 1.A): lines are 4 CH4 + 1 CO2.
        Assert.That(result.Lines, Has.Count.EqualTo(5));
    }

    [Test]
    public void Compile_Ar6_CoalMiningMethaneIsFossil_At29Point8()
    {
        var result = Compiler(new GwpSet("AR6")).Compile([Row(1, "1.B.1.a", "coal_mined_surface", 1_000_000)]);
        // 1 000 000 t × 1.2 m3/t × 0.67 kg/m3 × 10^-3 = 804 t CH4; AR6 fossil CH4 29.8 (Table 7.15): 804 × 29.8 = 23 959.2 t CO2e (27.0 would give 21 708).
        var mining = result.Lines.Single(l => l.Category.Value == "1.B.1.a.ii.1");
        Assert.That(mining.MassTonnes, Is.EqualTo(804).Within(RelTol).Percent);
        Assert.That(mining.Gwp, Is.EqualTo(29.8));
        Assert.That(mining.Co2eTonnes, Is.EqualTo(23_959.2).Within(RelTol).Percent);
    }

    [Test]
    public void Compile_OutputWrittenAtTheMiningSubcategory_GivesOnlyThatStage_AndAClassOutsideItsCategoryIsNe()
    {
        var result = Compiler(GwpSet.Default).Compile([
            Row(1, "1.B.1.a.i.1", "coal_mined_underground_low_gas", 1_000_000),
            Row(2, "1.B.1.a.i", "coal_mined_surface", 1_000_000)]);
        // 1.B.1.a.i.1 holds the mining stage only: 1 000 000 × 10 × 0.00067 = 6 700 t, no post-mining line.
        var low = result.Lines.Where(l => l.Activity == "coal_mined_underground_low_gas").ToList();
        Assert.That(low.Select(l => (l.Category.Value, l.MassTonnes)), Is.EqualTo(new[] { ("1.B.1.a.i.1", (double?)6_700) }).Using<(string, double?)>((a, b) => a.Item1 == b.Item1 && Math.Abs(a.Item2!.Value - b.Item2!.Value) < 1e-6));
        // Surface output under underground mines: no stage of it lies there, NE with the reason, never 0.
        var surface = result.Lines.Single(l => l.Activity == "coal_mined_surface");
        Assert.That((surface.Notation, surface.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NE, (double?)null)));
        Assert.That(surface.NoteText!.Render(), Does.Contain("1.B.1.a.ii"));
    }

    [Test]
    public void Compile_RecoveryAboveTheMethaneOfUndergroundMining_IsRefused_NamingRegionYearAndBothNumbers()
    {
        var result = Compiler(GwpSet.Default).Compile([
            Row(1, "1.B.1.a", "coal_mined_underground_low_gas", 1_000_000),
            Row(2, "1.B.1.a", "coal_mined_surface", 5_000_000),
            Row(3, "1.B.1.a", "coal_mine_methane_utilized", 12_000_000)]);
        // Underground mining: 1 000 000 × 10 × 0.00067 = 6 700 t; recovered 12 000 000 m3 × 0.00067 = 8 040 t > 6 700 (surface methane is not drained).
        string refusal;
        using (GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.English))
        {
            refusal = Compiler(GwpSet.Default).Compile([
                Row(1, "1.B.1.a", "coal_mined_underground_low_gas", 1_000_000),
                Row(2, "1.B.1.a", "coal_mined_surface", 5_000_000),
                Row(3, "1.B.1.a", "coal_mine_methane_utilized", 12_000_000)]).Refusals.Single();
        }
        Assert.That(result.Refusals, Has.Count.EqualTo(1));
        Assert.That(refusal, Does.Contain("150622").And.Contain("2020").And.Contain("1.B.1.a").And.Contain("8,040").And.Contain("6,700"));
    }
}
