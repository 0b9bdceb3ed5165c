using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting;

/// <summary>
/// Issue 12, item 8 / "What to build" 7: a year without its own grid factor uses a named policy (nearest, earlier, none), the line's
/// note names the scope and both years, and the policy is recorded with the run.
/// </summary>
/// <remarks>
/// The factors are those shipped in emission-factors/china-grid-ef/factors.csv: 华北 (grid:north_china) 0.8843 kgCO2/kWh for 2012
/// (NDRC 2011/2012 regional averages), 0.6776 for 2022 and 0.6361 for 2023 (MEE &amp; NBS), none for any other year under
/// <c>grid_ef</c>; national (grid:national) 0.5568 for 2021, 0.5366 for 2022 and 0.5306 for 2023 (MEE &amp; NBS, no 2012 national).
/// Each case uses 1 万千瓦时 = 10^4 kWh of electricity in 准格尔旗 (150622, on the 华北 grid through 鄂尔多斯市), so
/// CO2 = 10^4 kWh × F kg/kWh = 10 F t: 0.8843 → 8.843 t, 0.6776 → 6.776 t, 0.6361 → 6.361 t, 0.5568 → 5.568 t, 0.5306 → 5.306 t.
/// </remarks>
[TestFixture]
public sealed class Issue12_GridYearPolicyTests
{
    private const double RelTol = 1e-12;
    private static readonly RegionCode Ordos = RegionCode.Parse("150600");

    private TempDatabase database = null!;
    private Workspace workspace = null!;

    [OneTimeSetUp]
    public void IngestElectricity()
    {
        database = TempDatabase.Initialized();
        workspace = database.Open();
        int[] years = [2010, 2015, 2017, 2018, 2021, 2022, 2023, 2024];
        var rows = years.Select(y => $"150622,{y},1.A.2.c,electricity,1,万千瓦时,grid-year policy test,").ToArray();
        var ingested = ActivityFile.Ingest(workspace, "electricity.csv", ActivityFile.Utf8(rows));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
    }

    [OneTimeTearDown]
    public void DeleteDatabase()
    {
        workspace.Dispose();
        database.Dispose();
    }

    private EmissionLine Line(GridChoice grid, GridYearPolicy policy, int year)
    {
        var (_, result) = workspace.Compile(year, year, Ordos, GwpSet.Default, new CompileOptions(grid, policy));
        return result.Lines.Single(l => l.Activity == "electricity" && l.Year == year);
    }

    // Nearest (the default): 2010 and 2015 are nearer 2012 than 2022; 2017 is 5 years from both and takes the earlier, 2012 (0.8843);
    // 2018 and 2021 take 2022's 0.6776; 2024 takes 2023's 0.6361.
    [TestCase(2010, 8.843, 2012, 0.8843)]
    [TestCase(2015, 8.843, 2012, 0.8843)]
    [TestCase(2017, 8.843, 2012, 0.8843)]
    [TestCase(2018, 6.776, 2022, 0.6776)]
    [TestCase(2021, 6.776, 2022, 0.6776)]
    [TestCase(2024, 6.361, 2023, 0.6361)]
    public void Issue12_Nearest_Regional_BorrowsTheNearestPublishedYear(int year, double tonnes, int factorYear, double factor)
    {
        var line = Line(GridChoice.Regional, GridYearPolicy.Nearest, year);
        Assert.That(line.MassTonnes, Is.EqualTo(tonnes).Within(RelTol * tonnes));
        Assert.That(line.Factors.Single().SubstituteYear, Is.EqualTo(factorYear));
        Assert.That(line.Factors.Single().Value, Is.EqualTo(factor));
    }

    [Test]
    public void Issue12_Nearest_Regional2021_NoteNamesTheScopeAndBothYears()
    {
        // The issue's example: a national 2021 factor exists, so "no factor published for 2021" was wrong; the note names 华北.
        var line = Line(GridChoice.Regional, GridYearPolicy.Nearest, 2021);
        Assert.That(line.Note, Is.EqualTo("no North China grid factor for 2021; the 2022 factor 0.6776 kgCO2/kWh applied (policy nearest)"));
    }

    [Test]
    public void Issue12_National2021_UsesThe2021FactorItself()
    {
        // --grid national: 2021 has its own national factor 0.5568 → 10^4 kWh × 0.5568 kg/kWh = 5.568 t, nothing borrowed, no note.
        var line = Line(GridChoice.National, GridYearPolicy.Nearest, 2021);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.MassTonnes, Is.EqualTo(5.568).Within(RelTol * 5.568));
            Assert.That(line.Factors.Single().SubstituteYear, Is.Null);
            Assert.That(line.Note, Is.Null);
        }
    }

    [Test]
    public void Issue12_National2015_Nearest_Borrows2021()
    {
        // The nearest national year to 2015 is 2021 (0.5568): 5.568 t; the note names national grid.
        var line = Line(GridChoice.National, GridYearPolicy.Nearest, 2015);
        Assert.That(line.MassTonnes, Is.EqualTo(5.568).Within(RelTol * 5.568));
        Assert.That(line.Note, Is.EqualTo("no national grid factor for 2015; the 2021 factor 0.5568 kgCO2/kWh applied (policy nearest)"));
    }

    [Test]
    public void Issue12_Earlier_Regional2024_TakesTheLatestEarlierYear()
    {
        // 2024: the latest 华北 year before it is 2023 → 0.6361 → 6.361 t.
        var line = Line(GridChoice.Regional, GridYearPolicy.Earlier, 2024);
        Assert.That(line.MassTonnes, Is.EqualTo(6.361).Within(RelTol * 6.361));
        Assert.That(line.Note, Is.EqualTo("no North China grid factor for 2024; the 2023 factor 0.6361 kgCO2/kWh applied (policy earlier)"));
    }

    [Test]
    public void Issue12_Earlier_National2024_Takes2023NotAnOlderYear()
    {
        // National factors exist for 2021, 2022 and 2023; the latest earlier than 2024 is 2023's 0.5306 → 5.306 t.
        var line = Line(GridChoice.National, GridYearPolicy.Earlier, 2024);
        Assert.That(line.MassTonnes, Is.EqualTo(5.306).Within(RelTol * 5.306));
        Assert.That(line.Factors.Single().SubstituteYear, Is.EqualTo(2023));
    }

    [TestCase(2015)]
    [TestCase(2021)]
    public void Issue12_Earlier_Regional_TakesThe2012FactorNotTheNearer2022(int year)
    {
        // 2015 and 2021: the latest 华北 year before them is 2012 (0.8843 → 8.843 t), although 2022 is nearer to 2021.
        var line = Line(GridChoice.Regional, GridYearPolicy.Earlier, year);
        Assert.That(line.MassTonnes, Is.EqualTo(8.843).Within(RelTol * 8.843));
        Assert.That(line.Note, Is.EqualTo($"no North China grid factor for {year}; the 2012 factor 0.8843 kgCO2/kWh applied (policy earlier)"));
    }

    [Test]
    public void Issue12_Earlier_Regional_NoEarlierYear_IsNeWithTheReason()
    {
        // 2010: no 华北 grid_ef in or before 2010 → NE, never the later 2012 factor, and the reason names the factor not used.
        var line = Line(GridChoice.Regional, GridYearPolicy.Earlier, 2010);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.Notation, Is.EqualTo(NotationKey.NE));
            Assert.That(line.MassTonnes, Is.Null);
            Assert.That(line.Note, Is.EqualTo("no North China grid factor for 2010 or an earlier year (policy earlier: the 2012 factor 0.8843 kgCO2/kWh is not used)"));
        }
    }

    [Test]
    public void Issue12_None_YearWithoutItsOwnFactor_IsNe()
    {
        var line = Line(GridChoice.Regional, GridYearPolicy.None, 2024);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.Notation, Is.EqualTo(NotationKey.NE));
            Assert.That(line.MassTonnes, Is.Null);
            Assert.That(line.Note, Is.EqualTo("no North China grid factor for 2024 (policy none: the 2023 factor 0.6361 kgCO2/kWh is not used)"));
        }
    }

    [TestCase(GridYearPolicy.None, 2022, 6.776)]
    [TestCase(GridYearPolicy.None, 2023, 6.361)]
    [TestCase(GridYearPolicy.Earlier, 2022, 6.776)]
    public void Issue12_AnyPolicy_YearWithItsOwnFactor_UsesIt(GridYearPolicy policy, int year, double tonnes)
    {
        var line = Line(GridChoice.Regional, policy, year);
        Assert.That(line.MassTonnes, Is.EqualTo(tonnes).Within(RelTol * tonnes));
        Assert.That(line.Factors.Single().SubstituteYear, Is.Null);
    }

    [TestCase(GridYearPolicy.Nearest, "grid=Regional; grid_year=nearest; chp=energy; edition=provincial-2011")]
    [TestCase(GridYearPolicy.Earlier, "grid=Regional; grid_year=earlier; chp=energy; edition=provincial-2011")]
    [TestCase(GridYearPolicy.None, "grid=Regional; grid_year=none; chp=energy; edition=provincial-2011")]
    public void Issue12_Policy_IsRecordedInTheRunOptions(GridYearPolicy policy, string expected)
    {
        var (run, _) = workspace.Compile(2022, 2022, Ordos, GwpSet.Default, new CompileOptions(GridChoice.Regional, policy));
        Assert.That(run.Options, Is.EqualTo(expected));
        Assert.That(GridYearPolicies.FromOptionsText(run.Options), Is.EqualTo(policy));
    }

    [Test]
    public void Issue12_RunStoredBeforeThePolicy_ReadsAsNearest()
    {
        // Runs stored before issue 12 have "grid=Regional" only; they borrowed the nearest year.
        Assert.That(GridYearPolicies.FromOptionsText("grid=Regional"), Is.EqualTo(GridYearPolicy.Nearest));
    }

    [Test]
    public void Issue12_Summary_MarksBorrowedYearsWithFactorAndYear()
    {
        var (run, _) = workspace.Compile(2010, 2024, Ordos, GwpSet.Default, new CompileOptions(GridChoice.Regional, GridYearPolicy.Earlier));
        var y2010 = workspace.Summarize(run, Ordos, 2010);
        var y2021 = workspace.Summarize(run, Ordos, 2021);
        var y2023 = workspace.Summarize(run, Ordos, 2023);
        var y2024 = workspace.Summarize(run, Ordos, 2024);
        using (Assert.EnterMultipleScope())
        {
            // 2010 under "earlier": NE, so no factor to mark.
            Assert.That(y2010.GridFactors, Is.Empty);
            Assert.That(y2021.GridFactors.Single(), Is.EqualTo(new GridVintageExpectation(2021, "grid:north_china", 0.8843, 2012, true)).Using<object>(Match));
            Assert.That(y2023.GridFactors.Single(), Is.EqualTo(new GridVintageExpectation(2023, "grid:north_china", 0.6361, 2023, false)).Using<object>(Match));
            Assert.That(y2024.GridFactors.Single(), Is.EqualTo(new GridVintageExpectation(2024, "grid:north_china", 0.6361, 2023, true)).Using<object>(Match));
            Assert.That(y2024.GridFactors.Single().Policy, Is.EqualTo(GridYearPolicy.Earlier));
        }
    }

    [Test]
    public void Issue12_TrendCell_ShowsFactorAndBorrowedYear()
    {
        // The trend table's cell per year: the factor, and "(year)*" when it was borrowed; NE when no factor applied.
        var (nearest, _) = workspace.Compile(2023, 2024, Ordos, GwpSet.Default, new CompileOptions(GridChoice.Regional, GridYearPolicy.Nearest));
        var (none, _) = workspace.Compile(2024, 2024, Ordos, GwpSet.Default, new CompileOptions(GridChoice.Regional, GridYearPolicy.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(GhgInventory.Reports.GridVintageMarks.Cell(workspace.Summarize(nearest, Ordos, 2023)), Is.EqualTo("0.6361"));
            Assert.That(GhgInventory.Reports.GridVintageMarks.Cell(workspace.Summarize(nearest, Ordos, 2024)), Is.EqualTo("0.6361 (2023)*"));
            Assert.That(GhgInventory.Reports.GridVintageMarks.Cell(workspace.Summarize(none, Ordos, 2024)), Is.EqualTo("NE"));
        }
    }

    private sealed record GridVintageExpectation(int Year, string Scope, double Value, int FactorYear, bool Borrowed);

    private static bool Match(object actual, object expected) =>
        actual is GhgInventory.Core.Reporting.GridVintage a && expected is GridVintageExpectation e
        && a.Year == e.Year && a.Scope == e.Scope && a.Value == e.Value && a.Unit == "kgCO2/kWh" && a.FactorYear == e.FactorYear && a.Borrowed == e.Borrowed;
}
