using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Data.FactorSets;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods.Fugitive;

/// <summary>Natural gas systems (1.B.2.b) against hand calculations from IPCC 2006 Vol.2 Ch.4 Table 4.2.5 (developing countries, midpoints
/// of the printed ranges, as bundled in ipcc-2006-fugitive from github.com/mamhoff/datasets business/processes/fugitive/oilandgas/data.csv).</summary>
public sealed class Issue15_FugitiveNaturalGasTests : FreshWorkspaceFixture
{
    private const double RelTol = 1e-9; // arithmetic only, per cent
    private static readonly RegionCode Wushen = RegionCode.Parse("150626");

    private CompileResult Compile(GwpSet gwp, params (string Category, string Activity, double CubicMetres)[] rows)
    {
        var regions = workspace.References.LoadRegions();
        var ids = workspace.Factors.ActiveSetIds();
        var context = new CombustionContext(new FactorResolver(workspace.Factors.LoadFactors(ids), regions), workspace.Factors.LoadGwp(ids), gwp, regions, new CompileOptions())
        {
            Methods = MethodRoutes.Registry,
        };
        var compiler = new InventoryCompiler(workspace.References.LoadActivities(), context);
        return compiler.Compile(rows.Select((r, i) => new ActivityRecord(i + 1, Wushen, 2022, CategoryCode.Parse(r.Category), r.Activity, r.CubicMetres)).ToList());
    }

    private static double? Mass(CompileResult result, string category, string activity, string gas) =>
        result.Lines.Single(l => l.Category.Value == category && l.Activity == activity && l.Gas.Code == gas).MassTonnes;

    [Test]
    public void Compile_ProductionAndProcessing_MatchTable425ByHand()
    {
        // 10^9 m3 = 1 000 × 10^6 m3; 1 Gg = 1 000 t, so t = 1 000 × EF (Gg/10^6 m3) × 1 000.
        var result = Compile(GwpSet.Default, ("1.B.2.b", "natural_gas_produced", 1e9), ("1.B.2.b", "natural_gas_processed", 1e9));
        Assert.That(result.Refusals, Is.Empty);
        // production fugitive CH4 1.217E-2 (range 3.4E-4–2.4E-2): 1 000 × 1.217E-2 Gg = 12.17 Gg = 12 170 t; CO2 9.7E-5 → 97 t
        Assert.That(Mass(result, "1.B.2.b.iii.2", "natural_gas_produced", "CH4"), Is.EqualTo(12_170).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.2.b.iii.2", "natural_gas_produced", "CO2"), Is.EqualTo(97).Within(RelTol).Percent);
        // production flaring CH4 8.8E-7 → 0.88 t; CO2 1.4E-3 → 1 400 t; N2O 2.5E-8 → 0.025 t
        Assert.That(Mass(result, "1.B.2.b.ii", "natural_gas_produced", "CH4"), Is.EqualTo(0.88).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.2.b.ii", "natural_gas_produced", "CO2"), Is.EqualTo(1_400).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.2.b.ii", "natural_gas_produced", "N2O"), Is.EqualTo(0.025).Within(RelTol).Percent);
        // processing: fugitive CH4 2.5E-4 → 250 t; raw CO2 venting 6.75E-2 → 67 500 t; flaring CO2 3.55E-3 → 3 550 t
        Assert.That(Mass(result, "1.B.2.b.iii.3", "natural_gas_processed", "CH4"), Is.EqualTo(250).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.2.b.i", "natural_gas_processed", "CO2"), Is.EqualTo(67_500).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.2.b.ii", "natural_gas_processed", "CO2"), Is.EqualTo(3_550).Within(RelTol).Percent);
        // Table 4.2.5 prints no venting CH4 for processing and no N2O for fugitive leaks: no such lines.
        Assert.That(result.Lines.Where(l => l.Category.Value == "1.B.2.b.i" && l.Gas == Gas.CH4), Is.Empty);
        Assert.That(result.Lines.Where(l => l.Category.Value.StartsWith("1.B.2.b.iii", StringComparison.Ordinal) && l.Gas == Gas.N2O), Is.Empty);
    }

    [Test]
    public void Compile_TransmissionWithStorage_AndDistribution_MatchByHand_AndAr6UsesFossilMethane()
    {
        var result = Compile(new GwpSet("AR6"), ("1.B.2.b", "natural_gas_transmitted", 1e9), ("1.B.2.b", "natural_gas_distributed", 1e8));
        // transmission fugitive 6.33E-4 + storage 4.15E-5 = 6.745E-4 Gg/10^6 m3 × 1 000 × 10^6 m3 → 674.5 t CH4 at 1.B.2.b.iii.4
        var transmission = result.Lines.Single(l => l.Category.Value == "1.B.2.b.iii.4" && l.Gas == Gas.CH4);
        Assert.That(transmission.MassTonnes, Is.EqualTo(674.5).Within(RelTol).Percent);
        Assert.That(transmission.Factors.Select(f => f.Parameter), Is.EqualTo(new[] { "og_fugitive_ef", "og_storage_ef" }));
        // AR6 fossil CH4 29.8: 674.5 × 29.8 = 20 100.1 t CO2e
        Assert.That(transmission.Co2eTonnes, Is.EqualTo(20_100.1).Within(RelTol).Percent);
        // transmission venting CH4 3.92E-4 → 392 t at 1.B.2.b.i
        Assert.That(Mass(result, "1.B.2.b.i", "natural_gas_transmitted", "CH4"), Is.EqualTo(392).Within(RelTol).Percent);
        // distribution 10^8 m3 = 100 × 10^6 m3 × 1.8E-3 Gg = 0.18 Gg = 180 t CH4; CO2 9.55E-5 → 9.55 t
        Assert.That(Mass(result, "1.B.2.b.iii.5", "natural_gas_distributed", "CH4"), Is.EqualTo(180).Within(RelTol).Percent);
        Assert.That(Mass(result, "1.B.2.b.iii.5", "natural_gas_distributed", "CO2"), Is.EqualTo(9.55).Within(RelTol).Percent);
    }

    [Test]
    public void Compile_ThroughputAtASegmentCategory_GivesThatSegmentOnly()
    {
        var result = Compile(GwpSet.Default, ("1.B.2.b.iii.2", "natural_gas_produced", 1e9));
        Assert.That(result.Lines.Select(l => l.Category.Value).Distinct(), Is.EqualTo(new[] { "1.B.2.b.iii.2" }), "no flaring line when written at production leaks");
    }
}
