using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting;

/// <summary>Issue 15 items 7–9: mobile-combustion CH4/N2O (IPCC 2006 Vol 2 Ch 3, set ipcc-2006-mobile), memo items (international bunkers,
/// biomass CO2) out of every total, and the provincial-guideline edition of a run (--edition), each against a hand calculation.</summary>
[TestFixture]
public sealed class Issue15_MobileMemoEditionTests
{
    private TempDatabase database = null!;

    [SetUp]
    public void Create() => database = TempDatabase.Initialized();

    [TearDown]
    public void Delete() => database.Dispose();

    private static readonly RegionCode Zhunge = RegionCode.Parse("150622");

    private static (RunHeader Run, CompileResult Result) Compile(Workspace workspace, string gwp, CompileOptions options, int from, int to, params string[] rows)
    {
        var ingested = ActivityFile.Ingest(workspace, "rows.csv", ActivityFile.Utf8(rows));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        Assert.That(GwpSet.TryParse(gwp, out var set), Is.True);
        return workspace.Compile(from, to, Zhunge, set, options);
    }

    private static EmissionLine Line(CompileResult result, string category, string activity, Gas gas) =>
        result.Lines.Single(l => l.Category.Value == category && l.Activity == activity && l.Gas == gas && l.Notation is null);

    [Test]
    public void Issue15_RoadDiesel_TakesTable322NotStationary()
    {
        using var workspace = database.Open();
        var (_, result) = Compile(workspace, "AR5", new CompileOptions(), 2020, 2020,
            "150622,2020,1.A.3.b,diesel,1000,吨,test,", "150622,2020,1.A.4.c.ii,diesel,1000,吨,test,", "150622,2020,1.A.4.c.i,diesel,1000,吨,test,");
        // Diesel NCV 42 652 kJ/kg (china-provincial-2011) → 1000 t × 42.652 GJ/t = 42 652 GJ.
        // Road (Table 3.2.2, gas/diesel oil): CH4 = 42 652 GJ × 3.9 kg/TJ = 42 652 × 3.9e-6 t = 0.1663428 t; N2O the same (3.9 kg/TJ).
        // Off-road agriculture (Table 3.3.1, diesel): CH4 = 42 652 × 4.15e-6 = 0.1770058 t; N2O = 42 652 × 28.6e-6 = 1.2198472 t.
        // Stationary agriculture 1.A.4.c.i (Table 2.5, oil): CH4 = 42 652 × 10e-6 = 0.42652 t; N2O = 42 652 × 0.6e-6 = 0.0255912 t.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(result, "1.A.3.b", "diesel", Gas.CH4).MassTonnes, Is.EqualTo(0.1663428).Within(1e-9));
            Assert.That(Line(result, "1.A.3.b", "diesel", Gas.N2O).MassTonnes, Is.EqualTo(0.1663428).Within(1e-9));
            Assert.That(Line(result, "1.A.4.c.ii", "diesel", Gas.CH4).MassTonnes, Is.EqualTo(0.1770058).Within(1e-9));
            Assert.That(Line(result, "1.A.4.c.ii", "diesel", Gas.N2O).MassTonnes, Is.EqualTo(1.2198472).Within(1e-9));
            Assert.That(Line(result, "1.A.4.c.i", "diesel", Gas.CH4).MassTonnes, Is.EqualTo(0.42652).Within(1e-9));
            Assert.That(Line(result, "1.A.4.c.i", "diesel", Gas.N2O).MassTonnes, Is.EqualTo(0.0255912).Within(1e-9));
            Assert.That(Line(result, "1.A.3.b", "diesel", Gas.N2O).Factors[^1].SetKey, Is.EqualTo("ipcc-2006-mobile"));
            // Transport is no longer NE for CH4 and N2O.
            Assert.That(result.Lines.Where(l => l.Category.IsWithin("1.A.3")).Select(l => l.Notation), Has.All.Null);
        }
    }

    [Test]
    public void Issue15_Bunker_IsMemoOnEveryGas_AndOutOfTheTotal()
    {
        using var workspace = database.Open();
        var (run, result) = Compile(workspace, "AR5", new CompileOptions(), 2020, 2020,
            "150622,2020,1.A.3.a.i,kerosene,1000,吨,test,", "150622,2020,1.A.3.b,diesel,1000,吨,test,");
        // Kerosene (china-provincial-2011): 1000 t × 43.070 GJ/t = 43 070 GJ; CO2 = 43 070 × 0.0195 tC/GJ × 0.98 × 44/12
        // = 839.865 × 0.98 × 44/12 = 823.0677 × 3.666… = 3017.9149 t; CH4 (Table 3.6.5 jet kerosene 0.5 kg/TJ) = 43 070 × 0.5e-6 = 0.021535 t.
        // Diesel: 42 652 GJ × 0.0202 × 0.98 × 44/12 = 861.5704 × 0.98 × 44/12 = 844.338992 × 3.666… = 3095.9096 t.
        var kerosene = result.Lines.Where(l => l.Activity == "kerosene").ToList();
        var summary = workspace.Summarize(run, Zhunge, 2020);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(kerosene.Select(l => l.Scope).ToList(), Has.Count.EqualTo(3).And.All.EqualTo(EmissionScope.Memo));
            Assert.That(Line(result, "1.A.3.a.i", "kerosene", Gas.CO2).MassTonnes, Is.EqualTo(3017.9149).Within(1e-3));
            Assert.That(Line(result, "1.A.3.a.i", "kerosene", Gas.CH4).MassTonnes, Is.EqualTo(0.021535).Within(1e-9));
            Assert.That(summary.Territorial.Co2Tonnes, Is.EqualTo(3095.9096).Within(1e-3), "the territorial CO2 is the diesel's alone");
            Assert.That(summary.ByCategory.Where(c => c.Category.Code.Value == "1.A.3.a.i").Select(c => c.Totals.Co2Tonnes), Has.All.EqualTo(0));
        }
    }

    [Test]
    public void Issue15_BiomassCo2_IsMemo_ItsCh4CountsAtNonFossilGwp()
    {
        using var workspace = database.Open();
        var (run, result) = Compile(workspace, "AR6", new CompileOptions(), 2020, 2020, "150622,2020,1.A.4.b,firewood,1000,吨,test,");
        // Firewood (IPCC Table 1.2 wood 15.6 TJ/Gg; Table 1.3 30.5 kgC/GJ; oxidation 1): 1000 t × 15.6 GJ/t = 15 600 GJ;
        // CO2 = 15 600 × 0.0305 × 1 × 44/12 = 475.8 × 3.666… = 1744.6 t (memo).
        // CH4 (Table 2.5 wood 300 kg/TJ) = 15 600 × 300e-6 = 4.68 t, CO2e at AR6 non-fossil 27.0 = 126.36 t; N2O (4 kg/TJ) = 0.0624 t.
        var co2 = Line(result, "1.A.4.b", "firewood", Gas.CO2);
        var ch4 = Line(result, "1.A.4.b", "firewood", Gas.CH4);
        var summary = workspace.Summarize(run, Zhunge, 2020);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(co2.Scope, Is.EqualTo(EmissionScope.Memo));
            Assert.That(co2.MassTonnes, Is.EqualTo(1744.6).Within(1e-6));
            Assert.That(ch4.Scope, Is.EqualTo(EmissionScope.Territorial));
            Assert.That(ch4.MassTonnes, Is.EqualTo(4.68).Within(1e-9));
            Assert.That(ch4.Gwp, Is.EqualTo(27.0));
            Assert.That(ch4.Co2eTonnes, Is.EqualTo(126.36).Within(1e-9));
            Assert.That(Line(result, "1.A.4.b", "firewood", Gas.N2O).MassTonnes, Is.EqualTo(0.0624).Within(1e-12));
            Assert.That(summary.Territorial.Co2Tonnes, Is.Zero, "biomass CO2 is in no total");
            Assert.That(summary.Territorial.Ch4Tonnes, Is.EqualTo(4.68).Within(1e-9));
        }
    }

    [Test]
    public void Issue15_Edition2025_ChangesRawCoalCo2ByTheHandRatio_ForEveryYear()
    {
        using var workspace = database.Open();
        var (run2011, r2011) = Compile(workspace, "AR5", new CompileOptions(), 2019, 2020,
            "150622,2019,1.A.2.c,raw_coal,1000,吨,test,", "150622,2020,1.A.2.c,raw_coal,1000,吨,test,");
        var (run2025, r2025) = workspace.Compile(2019, 2020, Zhunge, GwpSet.Default, new CompileOptions { Edition = GuidelineEdition.Provincial2025 });
        // 2011: 1000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 551.34396 × 0.94 × 44/12 = 518.2633224 × 3.666… = 1900.298849 t.
        // 2025 (烟煤 row for 原煤): 1000 × 19.57 × 0.0261 × 0.93 × 44/12 = 510.777 × 0.93 × 44/12 = 475.02261 × 3.666… = 1741.74957 t.
        // Ratio (19.57 × 26.1 × 0.93) / (20.908 × 26.37 × 0.94) = 475.02261 / 518.2633224 = 0.916567…
        using (Assert.EnterMultipleScope())
        {
            foreach (int year in new[] { 2019, 2020 })
            {
                var old = r2011.Lines.Single(l => l.Year == year && l.Gas == Gas.CO2);
                var now = r2025.Lines.Single(l => l.Year == year && l.Gas == Gas.CO2);
                Assert.That(old.MassTonnes, Is.EqualTo(1900.298849).Within(1e-5));
                Assert.That(now.MassTonnes, Is.EqualTo(1741.74957).Within(1e-5));
                Assert.That(now.MassTonnes / old.MassTonnes, Is.EqualTo(475.02261 / 518.2633224).Within(1e-12));
                Assert.That(now.Factors.Select(f => f.SetKey), Has.All.EqualTo("china-provincial-2025"), $"{year}: the whole series under one edition");
                Assert.That(old.Factors.Select(f => f.SetKey), Has.All.EqualTo("china-provincial-2011"));
            }
            Assert.That(run2011.Options, Does.EndWith("; edition=provincial-2011"));
            Assert.That(run2025.Options, Does.EndWith("; edition=provincial-2025"));
            var setKeys = workspace.Factors.ListSets().ToDictionary(s => s.Id, s => s.SetKey);
            var used = workspace.Runs.FactorSetIdsOf(run2025.Id).Select(id => setKeys[id]).ToList();
            Assert.That(used, Does.Contain("china-provincial-2025").And.Not.Contain("china-provincial-2011"));
            Assert.That(workspace.Staleness(run2025, Zhunge, 2020), Is.Empty, "a 2025 run is not stale for leaving the 2011 set out");
        }
    }

    [Test]
    public void Issue15_CompileEdition_IsShownByCompileAndRuns()
    {
        using (var workspace = database.Open())
        {
            Assert.That(ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,1000,吨,test,")).Accepted, Is.True);
        }
        var compile = CliRunner.Run("compile", "--year", "2020", "--edition", "provincial-2025", "--db", database.Path);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        Assert.That(compile.Out, Does.Contain("Factor edition: Provincial GHG inventory guideline, 2025 edition"));
        var runs = CliRunner.RunZh("runs", "--db", database.Path);
        // The options cell wraps; the edition's words stand whole on its second row.
        Assert.That(runs.Out, Does.Contain("排放").And.Contain("因子版本：省级温室气体清单编制指南（2025年版）"), runs.ToString());
        Assert.That(runs.Out, Does.Not.Contain("edition="));
        var explain = CliRunner.Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.2.c", "--db", database.Path);
        Assert.That(explain.Out, Does.Contain("Factor edition (run #").And.Contain("): Provincial GHG inventory guideline, 2025 edition"), explain.ToString());
        var bad = CliRunner.Run("compile", "--year", "2020", "--edition", "provincial-2030", "--db", database.Path);
        Assert.That(bad.ExitCode, Is.Not.EqualTo(ExitCodes.Success));
    }
}
