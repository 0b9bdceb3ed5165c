using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods.Waste;

/// <summary>Issue 15 item 6: waste incineration (4.C.1, IPCC 2006 Vol 5 Ch 5 Eq 5.1, 5.4, 5.5) through the bundled route and the
/// ipcc-2006-waste set, against hand calculations; the CO2 of biogenic carbon is a memo line outside the total.</summary>
[TestFixture]
public sealed class Issue15_WasteWaterIncinerationTests
{
    private TempDatabase database = null!;
    private static readonly RegionCode Zhunge = RegionCode.Parse("150622");

    [SetUp]
    public void Create() => database = TempDatabase.Initialized();

    [TearDown]
    public void Delete() => database.Dispose();

    private static (RunHeader Run, CompileResult Result) Compile(Workspace workspace, params string[] rows)
    {
        var ingested = ActivityFile.Ingest(workspace, "rows.csv", ActivityFile.Utf8(rows));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        var compiled = workspace.Compile(2020, 2020, Zhunge, new GwpSet("AR6"), new CompileOptions());
        Assert.That(compiled.Result.Refusals, Is.Empty);
        return compiled;
    }

    private static List<EmissionLine> Lines(CompileResult result, string activity, Gas gas) =>
        result.Lines.Where(l => l.Activity == activity && l.Gas == gas).ToList();

    [Test]
    public void Compile_FoodPlasticsTextiles_FossilCo2InTheTotal_BiogenicCo2AMemo()
    {
        using var workspace = database.Open();
        var (run, result) = Compile(workspace,
            "150622,2020,4.C.1,food_waste,1000,t,test,", "150622,2020,4.C.1,plastic_waste,100,t,test,", "150622,2020,4.C.1,textile_waste,100,t,test,");
        // Factors (IPCC 2006 Vol 5 Ch 2 Table 2.4 dm / CF / FCF; Ch 5 Table 5.2 OF 1.0 for incineration):
        // food 0.40 / 0.38 / 0; plastics 1.00 / 0.75 / 1.00; textiles 0.80 / 0.50 / 0.20.
        // Food: fossil = 1000 × 0.4 × 0.38 × 0 × 1 × 44/12 = 0 t; biogenic = 1000 × 0.4 × 0.38 × 1 × 1 × 44/12 = 152 × 3.666… = 557.333333 t (memo).
        // Plastics: fossil = 100 × 1 × 0.75 × 1 × 1 × 44/12 = 75 × 3.666… = 275 t; biogenic = 0 → no memo line.
        // Textiles: fossil = 100 × 0.8 × 0.5 × 0.2 × 1 × 44/12 = 8 × 3.666… = 29.333333 t; biogenic = 100 × 0.8 × 0.5 × 0.8 × 44/12 = 32 × 3.666… = 117.333333 t.
        var food = Lines(result, "food_waste", Gas.CO2);
        var plastics = Lines(result, "plastic_waste", Gas.CO2);
        var textiles = Lines(result, "textile_waste", Gas.CO2);
        var summary = workspace.Summarize(run, Zhunge, 2020);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(food.Single(l => l.Scope == EmissionScope.Territorial).MassTonnes, Is.EqualTo(0));
            Assert.That(food.Single(l => l.Scope == EmissionScope.Memo).MassTonnes!.Value, Is.EqualTo(557.333333).Within(1e-6));
            Assert.That(plastics.Select(l => l.Scope), Is.EqualTo(new[] { EmissionScope.Territorial }), "no biogenic carbon in plastics: no memo line");
            Assert.That(plastics.Single().MassTonnes!.Value, Is.EqualTo(275).Within(1e-9));
            Assert.That(textiles.Single(l => l.Scope == EmissionScope.Territorial).MassTonnes!.Value, Is.EqualTo(29.333333).Within(1e-6));
            Assert.That(textiles.Single(l => l.Scope == EmissionScope.Memo).MassTonnes!.Value, Is.EqualTo(117.333333).Within(1e-6));
            // Territorial CO2 = 0 + 275 + 29.333333 = 304.333333 t: the 557.333333 + 117.333333 t of biogenic CO2 are outside it.
            Assert.That(summary.Territorial.Co2Tonnes, Is.EqualTo(304.333333).Within(1e-6));
            Assert.That(textiles.Single(l => l.Scope == EmissionScope.Memo).Factors.Select(f => f.Parameter),
                Is.EqualTo(new[] { "incin_dm", "incin_cf", "incin_fcf", "incin_of" }));
        }
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(food.Single(l => l.Scope == EmissionScope.Memo).Note, Does.Contain("memo item, reported beside and never inside the total"));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(textiles.Single(l => l.Scope == EmissionScope.Territorial).Arithmetic, Does.Contain("矿物碳比例 0.2"));
        }
    }

    [Test]
    public void Compile_Ch4AndN2O_ByTheTable53And56Defaults_Ch4AtTheNonFossilGwp()
    {
        using var workspace = database.Open();
        var (_, result) = Compile(workspace, "150622,2020,4.C.1,food_waste,1000,t,test,");
        // CH4 (Table 5.3, MSW continuous stoker 0.2 kg/Gg = 0.0002 kg/t) = 1000 t × 0.0002 kg/t = 0.2 kg = 0.0002 t;
        //   CO2e at AR6 non-fossil 27.0 = 0.0002 × 27.0 = 0.0054 t.
        // N2O (Table 5.6, MSW continuous 50 g/t = 0.05 kg/t) = 1000 × 0.05 kg = 50 kg = 0.05 t; CO2e at AR6 273 = 0.05 × 273 = 13.65 t.
        var ch4 = Lines(result, "food_waste", Gas.CH4).Single();
        var n2o = Lines(result, "food_waste", Gas.N2O).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ch4.MassTonnes!.Value, Is.EqualTo(0.0002).Within(1e-12));
            Assert.That(ch4.Co2eTonnes!.Value, Is.EqualTo(0.0054).Within(1e-12));
            Assert.That(n2o.MassTonnes!.Value, Is.EqualTo(0.05).Within(1e-12));
            Assert.That(n2o.Co2eTonnes!.Value, Is.EqualTo(13.65).Within(1e-9));
        }
    }

    [Test]
    public void Compile_BulkMsw_WithoutACarbonContent_IsNotEstimatedForCo2_NamingTheParameter()
    {
        using var workspace = database.Open();
        var (_, result) = Compile(workspace, "150622,2020,4.C.1,msw,1000,t,test,");
        var co2 = Lines(result, "msw", Gas.CO2).Single();
        Assert.That((co2.Notation, co2.MassTonnes), Is.EqualTo(((NotationKey?)NotationKey.NE, (double?)null)));
        // N2O still has its default: 1000 × 0.05 kg = 0.05 t.
        Assert.That(Lines(result, "msw", Gas.N2O).Single().MassTonnes!.Value, Is.EqualTo(0.05).Within(1e-12));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(co2.Note, Does.Contain("No dry matter content for msw in 4.C.1 (waste incineration)"));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(co2.Note, Does.Contain("城市生活垃圾缺少干物质比例"));
        }
    }
}
