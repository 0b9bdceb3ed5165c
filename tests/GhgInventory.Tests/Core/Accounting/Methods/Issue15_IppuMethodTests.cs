using System.Text;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods;

/// <summary>Issue 15, industrial processes and F-gases: each method against a hand calculation from the factors of
/// emission-factors/ipcc-2006-ippu (IPCC 2006 Vol.3 Tier 1 as transcribed; ../shared/reference B3), through ingestion, routes and a stored run.</summary>
public sealed class Issue15_IppuMethodTests : FreshWorkspaceFixture
{
    private const double Tol = 1e-6; // arithmetic only: every expected value below is exact to the printed factors
    private static readonly RegionCode City = RegionCode.Parse("150600");

    private IReadOnlyList<EmissionLine> Compile(GwpSet gwp, params string[] rows)
    {
        var ingested = ActivityFile.Ingest(workspace, "ippu.csv", ActivityFile.Utf8(rows));
        Assert.That(ingested.Accepted, Is.True, string.Join("; ", ingested.Issues));
        return workspace.Compile(2020, 2020, City, gwp, new CompileOptions()).Result.Lines;
    }

    private static EmissionLine One(IReadOnlyList<EmissionLine> lines, string activity, string gas) =>
        lines.Single(l => l.Activity == activity && l.Gas.Code == gas);

    [Test]
    public void CementClinker_Tier1_Is052PerTonneOfClinker()
    {
        var lines = Compile(GwpSet.Default, "150624,2020,2.A.1,clinker,12,万吨,test,");
        // 120,000 t clinker × 0.52 t CO2/t (IPCC 2006 Vol.3 Ch.2 Tier 1 = 0.65 × 0.7848 × 1.02, as transcribed) = 62,400 t CO2.
        var co2 = One(lines, "clinker", "CO2");
        Assert.That((co2.MassTonnes, co2.Co2eTonnes), Is.EqualTo(((double?)62_400, (double?)62_400)).Within(Tol));
        Assert.That(co2.Factors.Select(f => f.Parameter), Is.EqualTo(new[] { "process_ef" }));
    }

    [Test]
    public void CementClinker_MeasuredCaoContent_GivesTier2WithTheCkdCorrection()
    {
        ActivityFile.Ingest(workspace, "ippu.csv", ActivityFile.Utf8("150624,2020,2.A.1,clinker,12,万吨,test,"));
        string factorFile = Path.Combine(Path.GetTempPath(), $"ghg-cao-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(factorFile, "activity,parameter,value,unit,source,region,year\nclinker,clinker_cao,63,%,鄂托克旗水泥厂熟料化验 2020,150624,2020\n", Encoding.UTF8);
            workspace.ImportLocalFactors(factorFile);
        }
        finally
        {
            File.Delete(factorFile);
        }
        var co2 = One(workspace.Compile(2020, 2020, City, GwpSet.Default, new CompileOptions()).Result.Lines, "clinker", "CO2");
        // 120,000 t × 0.63 CaO × 0.7848 t CO2/t CaO × 1.02 CKD = 75,600 × 0.7848 = 59,330.88 × 1.02 = 60,517.4976 t CO2.
        Assert.That(co2.MassTonnes, Is.EqualTo(60_517.4976).Within(Tol));
        Assert.That(co2.Factors.Select(f => f.Parameter), Is.EqualTo(new[] { "clinker_cao", "cao_co2_ratio", "ckd_correction" }));
    }

    [Test]
    public void Lime_ByType_UsesTheFactorOfEachType()
    {
        var lines = Compile(GwpSet.Default,
            "150624,2020,2.A.2,lime_high_calcium,10000,吨,test,",
            "150624,2020,2.A.2,lime_dolomitic,2000,吨,test,",
            "150624,2020,2.A.2,lime_hydraulic,1000,吨,test,");
        // 10,000 × 0.75 = 7,500; 2,000 × 0.77 = 1,540; 1,000 × 0.59 = 590 t CO2 (IPCC 2006 Vol.3 Ch.2 lime, as transcribed).
        Assert.That(new[] { "lime_high_calcium", "lime_dolomitic", "lime_hydraulic" }.Select(a => One(lines, a, "CO2").MassTonnes!.Value),
            Is.EqualTo(new[] { 7_500, 1_540, 590.0 }).Within(Tol));
    }

    [Test]
    public void Glass_Tier1WithCullet_AndCarbonatesStoichiometric()
    {
        var lines = Compile(GwpSet.Default,
            "150624,2020,2.A.3,glass,5,万吨,test,",
            "150622,2020,2.A.4,carbonate_limestone,10000,吨,test,",
            "150622,2020,2.A.4,carbonate_soda_ash,1000,吨,test,");
        // Glass: 50,000 t × 0.20 t CO2/t × (1 − 0.5 cullet) = 5,000 t CO2.
        Assert.That(One(lines, "glass", "CO2").MassTonnes, Is.EqualTo(5_000).Within(Tol));
        // Carbonates: 10,000 t CaCO3 × 0.43971 = 4,397.1; 1,000 t Na2CO3 × 0.41492 = 414.92 t CO2.
        Assert.That(One(lines, "carbonate_limestone", "CO2").MassTonnes, Is.EqualTo(4_397.1).Within(Tol));
        Assert.That(One(lines, "carbonate_soda_ash", "CO2").MassTonnes, Is.EqualTo(414.92).Within(Tol));
    }

    [Test]
    public void Glass_OutputAndCarbonatesInOneRegionYear_IsRefused_AndNothingIsStored()
    {
        ActivityFile.Ingest(workspace, "ippu.csv", ActivityFile.Utf8(
            "150624,2020,2.A.3,glass,5,万吨,test,",
            "150624,2020,2.A.3,carbonate_limestone,1,万吨,test,"));
        string before = DatabaseDump.Content(workspace.Connection);
        var error = Assert.Throws<InvalidOperationException>(() => workspace.Compile(2020, 2020, City, GwpSet.Default, new CompileOptions()));
        Assert.That(error!.Message, Does.Contain("150624").And.Contain("2.A.3"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused compile stores no run");
    }

    [Test]
    public void CalciumCarbide_ProducedAndUsedForAcetylene()
    {
        var lines = Compile(GwpSet.Default,
            "150624,2020,2.B.5,calcium_carbide,20,万吨,test,",
            "150624,2020,2.B.5,calcium_carbide_to_acetylene,5,万吨,test,");
        // 200,000 t carbide × 1.090 = 218,000 t CO2; 50,000 t used for acetylene × 1.100 = 55,000 t CO2 (IPCC 2006 Vol.3 Ch.3, as transcribed).
        Assert.That(One(lines, "calcium_carbide", "CO2").MassTonnes, Is.EqualTo(218_000).Within(Tol));
        var acetylene = One(lines, "calcium_carbide_to_acetylene", "CO2");
        Assert.That(acetylene.MassTonnes, Is.EqualTo(55_000).Within(Tol));
        using (GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.English))
        {
            Assert.That(acetylene.Arithmetic, Does.Contain("vinyl chloride"), "the line says what the acetylene factor assumes");
        }
    }

    [Test]
    public void Ferroalloys_Co2ByType_AndFossilCh4OfSiliconAlloys_UnderAr6()
    {
        var lines = Compile(new GwpSet("AR6"),
            "150624,2020,2.C.2,ferrosilicon_75,10,万吨,test,",
            "150624,2020,2.C.2,silicomanganese,5,万吨,test,");
        // FeSi 75: 100,000 t × 4.0 = 400,000 t CO2; CH4 100,000 t × 1.0 kg/t = 100 t, fossil: × 29.8 (AR6 Table 7.15) = 2,980 t CO2e.
        Assert.That(One(lines, "ferrosilicon_75", "CO2").MassTonnes, Is.EqualTo(400_000).Within(Tol));
        var ch4 = One(lines, "ferrosilicon_75", "CH4");
        Assert.That((ch4.MassTonnes, ch4.Co2eTonnes), Is.EqualTo(((double?)100, (double?)2_980)).Within(Tol));
        // SiMn: 50,000 t × 1.4 = 70,000 t CO2; IPCC gives no Tier 1 CH4 for SiMn: NE with the reason, never 0.
        Assert.That(One(lines, "silicomanganese", "CO2").MassTonnes, Is.EqualTo(70_000).Within(Tol));
        Assert.That(One(lines, "silicomanganese", "CH4").Notation, Is.EqualTo(NotationKey.NE));
    }

    [Test]
    public void IronAndSteel_ByRoute_AndSinterMethane()
    {
        var lines = Compile(GwpSet.Default,
            "150622,2020,2.C.1,steel_bof,100,万吨,test,",
            "150622,2020,2.C.1,steel_eaf,20,万吨,test,",
            "150622,2020,2.C.1,iron_sinter,150,万吨,test,");
        // BOF 1,000,000 × 1.46 = 1,460,000; EAF 200,000 × 0.08 = 16,000; sinter 1,500,000 × 0.20 = 300,000 t CO2 (Table 4.1);
        // sinter CH4 1,500,000 t × 0.07 kg/t = 105 t CH4 × 28 (AR5) = 2,940 t CO2e.
        Assert.That(One(lines, "steel_bof", "CO2").MassTonnes, Is.EqualTo(1_460_000).Within(Tol));
        Assert.That(One(lines, "steel_eaf", "CO2").MassTonnes, Is.EqualTo(16_000).Within(Tol));
        Assert.That(One(lines, "iron_sinter", "CO2").MassTonnes, Is.EqualTo(300_000).Within(Tol));
        Assert.That(One(lines, "iron_sinter", "CH4").Co2eTonnes, Is.EqualTo(2_940).Within(Tol));
    }

    [Test]
    public void Ammonia_ProductionBased_FuelRequirementTimesCarbon()
    {
        var lines = Compile(GwpSet.Default,
            "150624,2020,2.B.1,ammonia_gas_feed,10,万吨,test,",
            "150624,2020,2.B.1,ammonia_coal_feed,10,万吨,test,");
        // Gas: 100,000 t × 30.2 GJ/t × 0.0153 t C/GJ × 44/12 = 46,206 t C × 44/12 = 169,422 t CO2 (IPCC's 1.694 t CO2/t NH3).
        Assert.That(One(lines, "ammonia_gas_feed", "CO2").MassTonnes, Is.EqualTo(169_422).Within(Tol));
        // Coal (partial oxidation): 100,000 t × 42.5 GJ/t × 0.0258 t C/GJ = 109,650 t C × 44/12 = 402,050 t CO2.
        Assert.That(One(lines, "ammonia_coal_feed", "CO2").MassTonnes, Is.EqualTo(402_050).Within(Tol));
    }

    [Test]
    public void Refrigerants_BlendsSplitIntoTheirGases_EachWithItsOwnGwp()
    {
        var lines = Compile(GwpSet.Default,
            "150602,2020,2.F.1.a,r410a_emitted,10,吨,test,",
            "150602,2020,2.F.1.a,r407c_emitted,10,吨,test,");
        // R-410A 10 t = 50 % HFC-32 + 50 % HFC-125: 5 t × 677 = 3,385 and 5 t × 3,170 = 15,850 t CO2e (AR5).
        Assert.That(One(lines, "r410a_emitted", "HFC-32").Co2eTonnes, Is.EqualTo(3_385).Within(Tol));
        Assert.That(One(lines, "r410a_emitted", "HFC-125").Co2eTonnes, Is.EqualTo(15_850).Within(Tol));
        // R-407C 10 t = 23/25/52 % HFC-32/125/134a: 2.3 + 2.5 + 5.2 t; HFC-134a 5.2 t × 1,300 = 6,760 t CO2e.
        var r407c = lines.Where(l => l.Activity == "r407c_emitted").ToDictionary(l => l.Gas.Code, l => l.MassTonnes!.Value);
        Assert.That(r407c, Is.EquivalentTo(new Dictionary<string, double> { ["HFC-32"] = 2.3, ["HFC-125"] = 2.5, ["HFC-134a"] = 5.2 }).Using<double>((a, b) => Math.Abs(a - b) < Tol));
        Assert.That(One(lines, "r407c_emitted", "HFC-134a").Co2eTonnes, Is.EqualTo(6_760).Within(Tol));
    }

    [Test]
    public void Sf6_EmittedIsPricedAtItsGwp_ABankWithoutLeakRateIsNotEstimated()
    {
        var lines = Compile(GwpSet.Default,
            "150622,2020,2.G.1.b,sf6_emitted,2,吨,test,",
            "150621,2020,2.G.1.b,sf6_bank,40,吨,test,");
        // 2 t SF6 × 23,500 (AR5) = 47,000 t CO2e.
        Assert.That(One(lines, "sf6_emitted", "SF6").Co2eTonnes, Is.EqualTo(47_000).Within(Tol));
        var bank = One(lines, "sf6_bank", "SF6");
        Assert.That((bank.Notation, bank.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NE, (double?)null)), "no default leak rate: NE, never 0");
    }

    [Test]
    public void GwpSetWithoutAGasTheLinesReport_IsRefused_AndNothingIsStored()
    {
        ActivityFile.Ingest(workspace, "ippu.csv", ActivityFile.Utf8("150622,2020,2.G.1.b,sf6_emitted,2,吨,test,"));
        // SAR has SF6 (23,900) as shipped: the run goes through.
        Assert.That(One(workspace.Compile(2020, 2020, City, new GwpSet("SAR"), new CompileOptions()).Result.Lines, "sf6_emitted", "SF6").Co2eTonnes,
            Is.EqualTo(47_800).Within(Tol));
        workspace.Connection.Execute("DELETE FROM gwp_values WHERE gwp_set = 'TAR' AND gas = 'SF6'");
        string before = DatabaseDump.Content(workspace.Connection);
        var error = Assert.Throws<InvalidOperationException>(() => workspace.Compile(2020, 2020, City, new GwpSet("TAR"), new CompileOptions()));
        Assert.That(error!.Message, Does.Contain("TAR").And.Contain("SF6").And.Contain("2.G.1.b"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused compile stores no run");
    }

    [Test]
    public void Lines_ReadInChinese_WithTheMethodNameAndTheWordsOfTheGuideline()
    {
        var co2 = One(Compile(GwpSet.Default, "150624,2020,2.A.1,clinker,12,万吨,test,"), "clinker", "CO2");
        using (GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.Chinese))
        {
            Assert.That(GhgInventory.Core.Localization.MethodNames.Of(co2.Method), Does.StartWith("水泥熟料生产过程排放"));
            Assert.That(co2.Arithmetic, Is.EqualTo("水泥熟料 120,000 吨 × 排放因子 0.52 吨CO2/吨 = 62,400 吨CO2"));
        }
    }

    [Test]
    public void BundledBlendCompositions_AddUpToOne()
    {
        // R-410A 0.5 + 0.5; R-407C 0.23 + 0.25 + 0.52; R-404A 0.44 + 0.52 + 0.04: each refrigerant's gas fractions sum to 1.
        var sums = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "emission-factors", "ipcc-2006-ippu", "factors.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(c => c[1] == "gas_fraction")
            .GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.Sum(c => double.Parse(c[7], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(sums.Keys, Does.Contain("r407c_emitted").And.Contain("r404a_bank").And.Contain("sf6_emitted"));
        Assert.That(sums.Where(kv => Math.Abs(kv.Value - 1) > 1e-12).Select(kv => $"{kv.Key} {kv.Value}"), Is.Empty);
    }
}
