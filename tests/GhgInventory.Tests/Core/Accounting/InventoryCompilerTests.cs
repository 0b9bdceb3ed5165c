using System.Globalization;
using System.Text;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting;

/// <summary>Hand calculations of Cases/CombustionHandCalculations.csv, through the whole stack: ingest a small file, compile with the bundled factor sets.</summary>
/// <remarks>
/// The cited factors (emission-factors/*/factors.csv):
///   china-provincial-2011  raw coal 20908 kJ/kg, 26.37 tC/TJ, 0.94; coke 28435 kJ/kg, 29.5 tC/TJ, 0.93;
///                          diesel 42652 kJ/kg, 20.2 tC/TJ, 0.98; natural gas 38931 kJ/m3, 15.3 tC/TJ, 0.99
///   ipcc-2006 Ch 2         coal CH4/N2O 1/1.5 kg/TJ in 1.A.1, 10/1.5 in 1.A.2, 300/1.5 in 1.A.4.b; oil 3/0.6 in 1.A.2;
///                          natural gas 5/0.1 in 1.A.4.b; nothing for 1.A.3 (NE)
///   china-grid-ef          华北 0.6776 kgCO2/kWh (2022), 0.6361 (2023)
///   gwp100                 AR5 CH4 28, N2O 265; AR6 CH4 27.9, N2O 273
/// CO2 = AD × NCV × CC × OF × 44/12; CH4, N2O = AD × NCV × EF; indirect CO2 = kWh × grid EF. Each row's note has its arithmetic.
/// </remarks>
[TestFixture]
public sealed class InventoryCompilerTests
{
    /// <summary>The engine and the hand calculation do the same arithmetic in a different order; the literals carry 12 digits.</summary>
    private const double RelTol = 1e-9;

    /// <summary>Factor and GWP values are compared as written in the factor files: they are read, not computed.</summary>
    private const double AsWritten = 0.0;

    private TempDatabase database = null!;
    private Workspace workspace = null!;
    private CompileResult ar5 = null!;
    private CompileResult ar6 = null!;

    public sealed record HandCase(
        string Name, string Region, int Year, string Category, string Activity, string Value, string Unit, string Gas, EmissionScope Scope,
        double? MassTonnes, double? Co2eAr5Tonnes, double? Co2eAr6Tonnes, double? PublishedPerBase, double? PublishedRounding,
        int? FactorYear, string? Notation, string Note)
    {
        public override string ToString() => Name;
    }

    private static List<HandCase> LoadCases() =>
        CaseFile.Read("CombustionHandCalculations.csv").Select(r => new HandCase(
            r["case"], r["region"], int.Parse(r["year"], CultureInfo.InvariantCulture), r["category"], r["activity"], r["value"], r["unit"], r["gas"],
            Enum.Parse<EmissionScope>(r["scope"], ignoreCase: true),
            Number(r["expected_mass_t"]), Number(r["expected_co2e_ar5_t"]), Number(r["expected_co2e_ar6_t"]),
            Number(r["published_t_per_base"]), Number(r["published_rounding_t_per_base"]),
            r["factor_year"].Length == 0 ? null : int.Parse(r["factor_year"], CultureInfo.InvariantCulture),
            r["notation"].Length == 0 ? null : r["notation"], r["note"])).ToList();

    private static IEnumerable<TestCaseData> Cases() =>
        LoadCases().Select(c => new TestCaseData(c).SetName($"Compile_{c.Name}_MatchesHandCalculation"));

    [OneTimeSetUp]
    public void CompileTheCases()
    {
        database = TempDatabase.Initialized();
        workspace = database.Open();
        // One record per (region, year, category, activity); the CO2, CH4 and N2O cases of a record share it.
        var records = LoadCases()
            .GroupBy(c => (c.Region, c.Year, c.Category, c.Activity))
            .Select(g =>
            {
                // Single(): the cases sharing a record must agree on its value and unit.
                var (value, unit) = g.Select(c => (c.Value, c.Unit)).Distinct().Single();
                return $"{g.Key.Region},{g.Key.Year},{g.Key.Category},{g.Key.Activity},{value},{unit},hand calculation,";
            })
            .ToArray();
        var ingested = ActivityFile.Ingest(workspace, "hand-calculations.csv", ActivityFile.Utf8(records));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        ar5 = workspace.Compile(2020, 2024, RegionCode.Parse("150600"), new GwpSet("AR5"), new CompileOptions()).Result;
        ar6 = workspace.Compile(2020, 2024, RegionCode.Parse("150600"), new GwpSet("AR6"), new CompileOptions()).Result;
    }

    [OneTimeTearDown]
    public void DeleteDatabase()
    {
        workspace.Dispose();
        database.Dispose();
    }

    [TestCaseSource(nameof(Cases))]
    public void Compile_Case_MatchesHandCalculation(HandCase c)
    {
        var line = Find(ar5, c);
        var lineAr6 = Find(ar6, c);
        if (c.Notation is not null)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(line.Notation?.ToString(), Is.EqualTo(c.Notation));
                Assert.That(line.MassTonnes, Is.Null, "a notation key stands instead of a number, never 0");
                Assert.That(line.Co2eTonnes, Is.Null);
                Assert.That(line.Note, Is.Not.Null.And.Not.Empty, "a notation key carries its reason");
                Assert.That(line.Arithmetic, Does.StartWith("NE"));
            }
            return;
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.Notation, Is.Null);
            Assert.That(line.MassTonnes, Is.EqualTo(c.MassTonnes!.Value).Within(RelTol * c.MassTonnes.Value), c.Note);
            Assert.That(line.Co2eTonnes, Is.EqualTo(c.Co2eAr5Tonnes!.Value).Within(RelTol * c.Co2eAr5Tonnes.Value), "AR5: " + c.Note);
            Assert.That(lineAr6.Co2eTonnes, Is.EqualTo(c.Co2eAr6Tonnes!.Value).Within(RelTol * c.Co2eAr6Tonnes.Value), "AR6: " + c.Note);
            Assert.That(line.Factors, Is.Not.Empty);
            Assert.That(line.Factors.Select(f => f.Source), Has.All.Not.Empty);
            if (c.PublishedPerBase is { } published)
            {
                // The published per-unit factor (e.g. 1.9003 t CO2/t raw coal) is rounded; it agrees within half its last digit.
                double perBase = line.MassTonnes!.Value / SourceOf(ar5, line).ActivityBase;
                double publishedRounding = c.PublishedRounding!.Value;
                Assert.That(perBase, Is.EqualTo(published).Within(publishedRounding), "per unit, published rounding: " + c.Note);
            }
            Assert.That(line.Factors[0].SubstituteYear, Is.EqualTo(c.FactorYear), "grid factor year applied");
            if (c.FactorYear is { } year)
            {
                Assert.That(line.Note, Does.Contain(year.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    [Test]
    public void Compile_RawCoalCo2_CitesTheProvincialGuidelineFactors()
    {
        var line = ar5.Lines.Single(l => l.Activity == "raw_coal" && l.Category.Value == "1.A.1.a.i" && l.Gas == Gas.CO2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.Factors.Select(f => f.Parameter), Is.EqualTo(new[] { "ncv", "carbon_content", "oxidation" }));
            Assert.That(line.Factors.Select(f => f.Value), Is.EqualTo(new[] { 20908, 26.37, 0.94 }).Within(AsWritten));
            Assert.That(line.Factors.Select(f => f.Unit), Is.EqualTo(new[] { "kJ/kg", "tC/TJ", "fraction" }));
            Assert.That(line.Factors.Select(f => f.SetKey), Has.All.EqualTo("china-provincial-2011"));
            Assert.That(line.Factors.Select(f => f.Tier), Has.All.EqualTo(ResolutionTier.ChinaGuidelineDefault));
            Assert.That(line.Arithmetic, Does.Contain("1,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 1,900,298.849 t"));
        }
    }

    [Test]
    public void Compile_RawCoalCh4InPowerPlants_CitesTheIpccTable22Factor()
    {
        var line = ar5.Lines.Single(l => l.Activity == "raw_coal" && l.Category.Value == "1.A.1.a.i" && l.Gas == Gas.CH4);
        var ef = line.Factors.Single(f => f.Parameter == Parameters.EmissionFactor);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ef.Value, Is.EqualTo(1).Within(AsWritten));
            Assert.That(ef.Unit, Is.EqualTo("kg/TJ"));
            Assert.That(ef.SetKey, Is.EqualTo("ipcc-2006"));
            Assert.That(ef.Table, Does.Contain("Table 2.2"));
            Assert.That(ef.Tier, Is.EqualTo(ResolutionTier.IpccDefault));
            Assert.That(line.Gwp, Is.EqualTo(28).Within(AsWritten));
        }
    }

    [Test]
    public void Compile_ElectricityInBanner_UsesTheNorthChinaGridOfTheCity()
    {
        var line = ar5.Lines.Single(l => l.Activity == "electricity" && l.Year == 2022 && l.Region.Value == "150622");
        var ef = line.Factors.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.Scope, Is.EqualTo(EmissionScope.Indirect));
            Assert.That(ef.Parameter, Is.EqualTo(Parameters.GridEmissionFactor));
            Assert.That(ef.Value, Is.EqualTo(0.6776).Within(AsWritten));
            Assert.That(ef.Unit, Is.EqualTo("kgCO2/kWh"));
            Assert.That(ef.Table, Does.Contain("华北"));
            Assert.That(line.Arithmetic, Does.Contain("10,000 kWh"));
        }
    }

    // 1 万千瓦时 used in 准格尔旗 in 2022 × the grid factor the run chooses (china-grid-ef, 2022):
    //   regional 华北 0.6776, national 0.5366, provincial 内蒙古 0.6849 kgCO2/kWh → 6.776, 5.366, 6.849 t CO2.
    [TestCase(GridChoice.Regional, 6.776, "grid:north_china")]
    [TestCase(GridChoice.National, 5.366, "grid:national")]
    [TestCase(GridChoice.Provincial, 6.849, "150000")]
    public void Compile_GridChoice_PricesElectricityWithTheChosenFactor(GridChoice grid, double expectedTonnes, string factorRegion)
    {
        var (run, result) = workspace.Compile(2022, 2022, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions(grid));
        var line = result.Lines.Single(l => l.Activity == "electricity" && l.Region.Value == "150622");
        Assert.That(line.MassTonnes, Is.EqualTo(expectedTonnes).Within(RelTol * expectedTonnes));
        Assert.That(line.Factors.Single().SubstituteYear, Is.Null);
        Assert.That(run.Options, Is.EqualTo("grid=" + grid + "; grid_year=nearest; chp=energy; edition=provincial-2011"), "issue 12: the grid-year policy and the CHP split are recorded beside the grid");
        var factor = workspace.Factors.LoadFactor(line.Factors.Single().FactorId);
        Assert.That(factor!.Region, Is.EqualTo(factorRegion));
    }

    [Test]
    public void Compile_RecordsOfTheSameSource_AreSummedOnce()
    {
        // Each (region, year, category, activity) is one source whatever the gases; raw coal in power plants is 100 万吨 = 10^6 t.
        var source = ar5.Sources.Single(s => s.Activity == "raw_coal" && s.Category.Value == "1.A.1.a.i");
        const double ExactTol = 0.0; // 100 × 10^4 is exact
        Assert.That(source.ActivityBase, Is.EqualTo(1e6).Within(ExactTol));
        Assert.That(source.BaseUnit, Is.EqualTo("t"));
        Assert.That(ar5.Lines.Count(l => l.SourceIndex == source.Index), Is.EqualTo(3));
    }

    [Test]
    public void Compile_MeasuredNcvImportedForTheBanner_ReplacesOnlyTheNcv()
    {
        using var db = TempDatabase.Initialized();
        using var ws = db.Open();
        ActivityFile.Ingest(ws, "coal.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,1,万吨,test,"));
        string factorFile = Path.Combine(Path.GetTempPath(), $"ghg-local-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(factorFile, "activity,parameter,value,unit,source,region,year\nraw_coal,ncv,19.5,GJ/t,准格尔旗电厂实测 2020,150622,2020\n", Encoding.UTF8);
            ws.ImportLocalFactors(factorFile);
        }
        finally
        {
            File.Delete(factorFile);
        }
        var line = ws.Compile(2020, 2020, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Single(l => l.Gas == Gas.CO2);
        // 10^4 t × 19.5 GJ/t (measured) × 0.02637 tC/GJ × 0.94 × 44/12 (provincial CC and OF) = 17 723.277 t
        const double expected = 17723.277;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.MassTonnes, Is.EqualTo(expected).Within(RelTol * expected));
            Assert.That(line.Factors[0].Tier, Is.EqualTo(ResolutionTier.RegionMeasured));
            Assert.That(line.Factors[0].Source, Is.EqualTo("准格尔旗电厂实测 2020"));
            Assert.That(line.Factors[1].SetKey, Is.EqualTo("china-provincial-2011"));
            Assert.That(line.Factors[2].SetKey, Is.EqualTo("china-provincial-2011"));
        }
    }

    private static EmissionLine Find(CompileResult result, HandCase c)
    {
        var matches = result.Lines.Where(l => l.Region.Value == c.Region && l.Year == c.Year && l.Category.Value == c.Category
            && l.Activity == c.Activity && l.Gas.Code == c.Gas && l.Scope == c.Scope).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"lines for {c.Name}");
        return matches[0];
    }

    private static EmissionSource SourceOf(CompileResult result, EmissionLine line) => result.Sources[line.SourceIndex];

    private static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
