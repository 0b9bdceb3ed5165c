using System.Text;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Agriculture;

/// <summary>Issue 15 item 4: livestock, managed soils and rice, compiled through the bundled routes and factor sets, against hand
/// calculations from the cited factors.</summary>
public sealed class Issue15_AgricultureTests : FreshWorkspaceFixture
{
    private const double RelTol = 1e-9; // arithmetic only
    private static readonly RegionCode Otog = RegionCode.Parse("150624");

    private List<EmissionLine> Compile(string gwp, params string[] rows)
    {
        ActivityFile.Ingest(workspace, "agri.csv", ActivityFile.Utf8(rows));
        return workspace.Compile(2020, 2020, Otog, new GwpSet(gwp), new CompileOptions()).Result.Lines
            .Where(l => l.Region == Otog).ToList();
    }

    private static EmissionLine At(IEnumerable<EmissionLine> lines, string activity, string category, Gas gas) =>
        lines.Single(l => l.Activity == activity && l.Category.Value == category && l.Gas == gas);

    [Test]
    public void Compile_SheepHerdAt3A_GivesEntericManureAndIndirectLines_FromTheCitedFactors()
    {
        var lines = Compile("AR5", "150624,2020,3.A,sheep,1,万只,test,");
        var enteric = At(lines, "sheep", "3.A.1", Gas.CH4);
        var manureCh4 = At(lines, "sheep", "3.A.2", Gas.CH4);
        var manureN2o = At(lines, "sheep", "3.A.2", Gas.N2O);
        var indirect = At(lines, "sheep", "3.C.6", Gas.N2O);
        using (Assert.EnterMultipleScope())
        {
            // 10 000 sheep × 5 kg CH4/head/yr (IPCC 2006 Vol 4 Table 10.10, developing countries; UNVERIFIED) ÷ 1000 = 50 t CH4;
            // AR5 CH4 28 → 50 × 28 = 1400 t CO2e.
            Assert.That(enteric.MassTonnes, Is.EqualTo(50).Within(50 * RelTol));
            Assert.That(enteric.Co2eTonnes, Is.EqualTo(1400).Within(1400 * RelTol));
            Assert.That(enteric.Factors.Single().Status, Does.StartWith("UNVERIFIED"), "the recalled IPCC value says so on the line");
            // 10 000 × 0.15 kg CH4/head (GB/T 32151.22-2024 Table C.7, 华北) ÷ 1000 = 1.5 t CH4.
            Assert.That(manureCh4.MassTonnes, Is.EqualTo(1.5).Within(1.5 * RelTol));
            Assert.That(manureCh4.Factors.Single().SetKey, Is.EqualTo("china-livestock"), "the 华北 China value, not IPCC");
            // 10 000 × 0.093 kg N2O/head (Table C.10, 华北) ÷ 1000 = 0.93 t N2O.
            Assert.That(manureN2o.MassTonnes, Is.EqualTo(0.93).Within(0.93 * RelTol));
            // 10 000 × 12 kg N/head (Table C.8) ÷ 1000 = 120 t N × Frac_GasMS 0.12 (Table 10.22, other animals, solid storage)
            // = 14.4 t N × EF4 0.010 (Table 11.3) = 0.144 t N2O-N × 44/28 = 0.226285714… t N2O.
            Assert.That(indirect.MassTonnes, Is.EqualTo(0.144 * 44 / 28).Within(0.2263 * RelTol));
            Assert.That(indirect.MassTonnes, Is.EqualTo(0.2262857142857).Within(1e-12));
        }
    }

    [Test]
    public void Compile_Ar6_PricesLivestockMethaneAsNonFossil_27()
    {
        var lines = Compile("AR6", "150624,2020,3.A,goats,20000,只,test,");
        // 20 000 goats × 5 kg CH4/head (Table 10.10) ÷ 1000 = 100 t CH4 × 27.0 (AR6 Table 7.15 non-fossil) = 2700 t CO2e
        // (the fossil 29.8 would give 2980).
        Assert.That(At(lines, "goats", "3.A.1", Gas.CH4).Co2eTonnes, Is.EqualTo(2700).Within(2700 * RelTol));
        // 20 000 × 0.17 kg CH4/head (C.7 华北) ÷ 1000 = 3.4 t × 27.0 = 91.8 t CO2e.
        Assert.That(At(lines, "goats", "3.A.2", Gas.CH4).Co2eTonnes, Is.EqualTo(91.8).Within(91.8 * RelTol));
    }

    [Test]
    public void Compile_HerdAt3A1_GivesOnlyTheEntericLine_AndAMissingFactorIsNe()
    {
        var lines = Compile("AR5", "150624,2020,3.A.1,dairy_cattle,1000,头,test,", "150624,2020,3.A,horses,100,匹,test,",
            "150624,2020,3.A,poultry,10,万只,test,");
        var dairy = lines.Where(l => l.Activity == "dairy_cattle").ToList();
        using (Assert.EnterMultipleScope())
        {
            // 1000 dairy cows × 68 kg CH4/head (Table 10.11, Asia; UNVERIFIED) ÷ 1000 = 68 t CH4; no manure line from a 3.A.1 row.
            Assert.That(dairy.Select(l => (l.Category.Value, l.Gas)), Is.EqualTo(new[] { ("3.A.1", Gas.CH4) }));
            Assert.That(dairy[0].MassTonnes, Is.EqualTo(68).Within(68 * RelTol));
            // Horses: no manure N2O factor in any set → NE with its reason at 3.A.2, never 0; 100 × 1.09 kg CH4 (Table 10.15) = 0.109 t.
            var horseN2o = At(lines, "horses", "3.A.2", Gas.N2O);
            Assert.That((horseN2o.Notation, horseN2o.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NE, (double?)null)));
            Assert.That(horseN2o.NoteText!.Render(), Is.Not.Empty);
            Assert.That(At(lines, "horses", "3.A.2", Gas.CH4).MassTonnes, Is.EqualTo(0.109).Within(0.109 * RelTol));
            Assert.That(At(lines, "horses", "3.C.6", Gas.N2O).Notation, Is.EqualTo(NotationKey.NE), "no Nex for horses");
            Assert.That(At(lines, "poultry", "3.A.1", Gas.CH4).Notation, Is.EqualTo(NotationKey.NE), "IPCC gives no poultry enteric factor");
        }
    }

    [Test]
    public void Compile_NitrogenApplied_GivesDirectAndIndirectSoilN2o()
    {
        var lines = Compile("AR5", "150624,2020,3.C.4,synthetic_n,1000,吨,test,", "150624,2020,3.C.4,manure_n_applied,500,吨,test,",
            "150624,2020,3.C.4,crop_residue_n,200,吨,test,");
        using (Assert.EnterMultipleScope())
        {
            // Synthetic N, direct: 1000 t N × EF1 0.01 (Table 11.1) = 10 t N2O-N × 44/28 = 15.714285714… t N2O.
            Assert.That(At(lines, "synthetic_n", "3.C.4", Gas.N2O).MassTonnes, Is.EqualTo(15.714285714285714).Within(1e-9));
            // Indirect: (1000 × Frac_GASF 0.10 × EF4 0.010 = 1 t + 1000 × Frac_LEACH 0.30 × EF5 0.0075 = 2.25 t) = 3.25 t N2O-N
            // × 44/28 = 5.107142857… t N2O.
            Assert.That(At(lines, "synthetic_n", "3.C.5", Gas.N2O).MassTonnes, Is.EqualTo(5.107142857142857).Within(1e-9));
            // Manure N: direct 500 × 0.01 × 44/28 = 7.857142857…; indirect (500 × Frac_GASM 0.20 × 0.010 = 1 + 500 × 0.30 × 0.0075 = 1.125)
            // = 2.125 × 44/28 = 3.339285714….
            Assert.That(At(lines, "manure_n_applied", "3.C.4", Gas.N2O).MassTonnes, Is.EqualTo(7.857142857142857).Within(1e-9));
            Assert.That(At(lines, "manure_n_applied", "3.C.5", Gas.N2O).MassTonnes, Is.EqualTo(3.339285714285714).Within(1e-9));
            // Crop residue N: direct 200 × 0.01 × 44/28 = 3.142857142…; indirect leaching only (Eq 11.9 does not volatilise F_CR):
            // 200 × 0.30 × 0.0075 = 0.45 × 44/28 = 0.707142857….
            Assert.That(At(lines, "crop_residue_n", "3.C.4", Gas.N2O).MassTonnes, Is.EqualTo(3.142857142857143).Within(1e-9));
            Assert.That(At(lines, "crop_residue_n", "3.C.5", Gas.N2O).MassTonnes, Is.EqualTo(0.7071428571428571).Within(1e-9));
            // AR5 N2O 265: 15.714285714 × 265 = 4164.285714… t CO2e.
            Assert.That(At(lines, "synthetic_n", "3.C.4", Gas.N2O).Co2eTonnes, Is.EqualTo(4164.285714285714).Within(1e-6));
        }
    }

    [Test]
    public void Compile_Rice_NoRowIsNo_AndAreaWithoutDaysIsNe_AndWithLocalDaysIsComputed()
    {
        var lines = Compile("AR5", "150624,2020,3.C.7,rice_area,NO,公顷,test,鄂托克旗不种植水稻");
        var no = At(lines, "rice_area", "3.C.7", Gas.CH4);
        Assert.That((no.Notation, no.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NO, (double?)null)));

        var ne = Compile("AR5", "150624,2020,3.C.7,rice_area,100,公顷,test,");
        Assert.That(At(ne, "rice_area", "3.C.7", Gas.CH4).Notation, Is.EqualTo(NotationKey.NE), "no cultivation period: not estimated");

        string folder = Path.Combine(Path.GetTempPath(), "ghg-agri-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "rice.csv");
            File.WriteAllText(file, "activity,parameter,gas,value,unit,source,category,region,year\nrice_area,rice_days,,120,1,示例水稻生长期,,150624,2020\n", new UTF8Encoding(false));
            workspace.ImportLocalFactors(file);
            var lines120 = workspace.Compile(2020, 2020, Otog, GwpSet.Default, new CompileOptions()).Result.Lines;
            // 100 ha × EFc 1.30 kg CH4/ha/day (Table 5.11) × SFw 1 × SFp 1 × SFo 1 × 120 days ÷ 1000 = 15.6 t CH4.
            Assert.That(At(lines120.Where(l => l.Region == Otog), "rice_area", "3.C.7", Gas.CH4).MassTonnes, Is.EqualTo(15.6).Within(15.6 * RelTol));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Compile_StoredRun_KeepsEachLineAtItsOwnCategory_AndArithmeticReadsInChinese()
    {
        ActivityFile.Ingest(workspace, "agri.csv", ActivityFile.Utf8("150624,2020,3.A,sheep,1,万只,test,"));
        var (run, result) = workspace.Compile(2020, 2020, Otog, GwpSet.Default, new CompileOptions());
        var stored = workspace.Runs.LoadLines(run.Id, 2020).Where(l => l.Activity == "sheep").ToList();
        using (Assert.EnterMultipleScope())
        {
            // The herd row is at 3.A; read back from the database its lines are still at 3.A.1, 3.A.2 (CH4, N2O) and 3.C.6, with the masses
            // of the hand calculation above (50 t, 1.5 t, 0.93 t, 0.2262857… t), not folded into 3.A.
            Assert.That(stored.Select(l => (l.Category.Value, l.Gas.Code)).Order(),
                Is.EqualTo(new[] { ("3.A.1", "CH4"), ("3.A.2", "CH4"), ("3.A.2", "N2O"), ("3.C.6", "N2O") }));
            Assert.That(stored.Single(l => l.Category.Value == "3.A.1").MassTonnes, Is.EqualTo(50).Within(50 * RelTol));
            Assert.That(stored.Single(l => l.Category.Value == "3.C.6").MassTonnes, Is.EqualTo(0.2262857142857).Within(1e-12));
            Assert.That(result.Lines.Count(l => l.Activity == "sheep"), Is.EqualTo(4));
            using (GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.Chinese))
            {
                Assert.That(stored.Single(l => l.Category.Value == "3.A.1").Arithmetic, Does.Contain("肠道发酵排放因子").And.Contain("= 50 t CH4"));
            }
            using (GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.English))
            {
                Assert.That(stored.Single(l => l.Category.Value == "3.A.1").Arithmetic, Is.EqualTo("10,000 head × 5 kg CH4/head (enteric fermentation factor) ÷ 1000 = 50 t CH4"));
            }
        }
    }

    [Test]
    public void Ingest_HerdInAnEnergyCategory_IsRefusedWithItsLineAndTheCategoriesThatAccountIt()
    {
        // A herd at 1.A.1.a.i has no method there: it would compile as NE "no method yet" (breaker, issue 15); refused at its line instead.
        string before = DatabaseDump.Content(workspace.Connection);
        var ingested = ActivityFile.Ingest(workspace, "agri.csv", ActivityFile.Utf8("150624,2020,3.A,goats,1,万只,test,", "150624,2020,1.A.1.a.i,sheep,100,头,test,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            Assert.That(ingested.Issues.Single().ToString(), Does.StartWith("agri.csv:3").And.Contain("3.A"));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        }
    }

    [Test]
    public void Ingest_HerdInTonnes_IsRefusedWithItsLine_AndChangesNothing()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var ingested = ActivityFile.Ingest(workspace, "agri.csv", ActivityFile.Utf8("150624,2020,3.A,goats,1,万只,test,", "150624,2020,3.A,sheep,12,吨,test,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            Assert.That(ingested.Issues.Single().ToString(), Does.StartWith("agri.csv:3"), "a herd counted in tonnes: the sheep row's line");
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused file leaves the database unchanged");
        }
    }
}
