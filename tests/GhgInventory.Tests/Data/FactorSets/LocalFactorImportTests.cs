using System.Text;
using GhgInventory.Cli;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Data;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.FactorSets;

/// <summary>Issue 11 items 3 and 4: a local factor file is checked like an activity file, against what the methods read and against plausible ranges.</summary>
/// <remarks>
/// Cited defaults (emission-factors/): china-provincial-2011 raw coal 20908 kJ/kg, 26.37 tC/TJ, 0.94; ipcc-2006 1.A.2 coal CH4 10 kg/TJ;
/// china-grid-ef 华北 0.6776 kgCO2/kWh (2022), 0.6361 (2023). Hand calculations are written beside each assertion.
/// </remarks>
[TestFixture]
public sealed class LocalFactorImportTests
{
    /// <summary>The engine and the hand calculation do the same arithmetic in a different order.</summary>
    private const double RelTol = 1e-9;

    private const string Header = "activity,parameter,gas,value,unit,source,category,region,year";

    private TempDatabase database = null!;
    private Workspace workspace = null!;
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        workspace = database.Open();
        folder = Directory.CreateTempSubdirectory("ghg-factors-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        workspace.Dispose();
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    // Each row below was imported with a ✓ before issue 11 and could never be used (or was wildly wrong).
    [TestCase("raw_coal,ncv,,18500,GJ/t,实测,,150622,2020", "value", "[5, 35] GJ/t", "IPCC 2006 Vol 2 Ch 1 Table 1.2")]
    [TestCase("raw_coal,oxidation,,94,fraction,实测,,150622,2020", "value", "(0, 1] fraction", "94 % is 0.94 (unit %)")]
    [TestCase("diesel,carbon_content,,0,tC/TJ,实测,,,", "value", "[16, 27] tC/TJ", "IPCC 2006 Vol 2 Ch 1 Table 1.4")]
    [TestCase("raw_coal,NCV,,20.9,GJ/t,实测,,,", "parameter", "one of ncv, carbon_content, oxidation, ef, grid_ef, heat_ef, coal_equivalent, power_coal_rate", "did you mean 'ncv'?")]
    [TestCase("raw_coal,ncv_measured,,20.9,GJ/t,实测,,,", "parameter", "one of ncv, carbon_content", "did you mean 'ncv'?")]
    [TestCase("raw_coal,ncv,,20.9,GJ/t,实测,1.A.2.C,,", "category", "a code of the category tree", "did you mean '1.A.2.c'?")]
    [TestCase("raw_coal,ncv,,20.9,GJ/t,实测,,150662,", "region", "150602, 150603, 150621", "grid:KEY")]
    [TestCase("raw_coal,ef,CO2,1.9,tCO2/t,实测,,,", "gas", "CH4 or N2O", "give carbon_content (tC/TJ) and oxidation")]
    [TestCase("natural_gas,ncv,,38.9,GJ/t,实测,,,", "unit", "an energy per volume unit", "natural_gas is measured by volume")]
    [TestCase("electricity,grid_ef,CO2,0.5,kgCO2/t,实测,,150627,", "unit", "kgCO2/kWh, tCO2/MWh", "for grid_ef")]
    [TestCase("raw_coal,grid_ef,CO2,0.5,kgCO2/kWh,实测,,150627,", "activity", "electricity", "grid_ef is read")]
    [TestCase("raw_coal,carbon_content,,26,tC/TJ,实测,1.B.1,,", "category", "within 1.A", "fuel combustion")]
    [TestCase("raw_coal,ncv,CO2,20.9,GJ/t,实测,,,", "gas", "blank", "not given per gas")]
    public void Issue11_UnusableOrImplausibleFactorRow_IsRefusedWithTheAcceptedValuesAndNothingIsStored(string row, string column, string expected, string alsoExpected)
    {
        string file = Write("local.csv", row);
        string before = DatabaseDump.Content(workspace.Connection);
        var e = Assert.Throws<InputRejectedException>(() => workspace.ImportLocalFactors(file));
        var issue = e!.Issues.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(issue.Line, Is.EqualTo(2));
            Assert.That(issue.Column, Is.EqualTo(column));
            Assert.That(issue.ColumnNumber, Is.EqualTo(Header.Split(',').ToList().IndexOf(column) + 1));
            Assert.That(issue.Expected, Does.Contain(expected).And.Contain(alsoExpected));
            Assert.That(issue.ToString(), Does.StartWith(file + ":2:"));
        }
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_TheSixMisspelledRowsOfTheIssue_AreEachRefused()
    {
        string file = Write("local.csv",
            "raw_coal,NCV,,20.9,GJ/t,实测,,,",
            "raw_coal,ncv_measured,,20.9,GJ/t,实测,,,",
            "raw_coal,ef,ch4,5,kg/TJ,实测,1.A.2.C,,",
            "raw_coal,carbon_content,,26,tC/TJ,实测,,150662,",
            "raw_coal,ef,CO2,1.9,tCO2/t,实测,,,",
            "raw_coal,oxidation,,0.95,fraction,实测,,,");
        var e = Assert.Throws<InputRejectedException>(() => workspace.ImportLocalFactors(file));
        Assert.That(e!.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[]
        {
            (2, "parameter"), (3, "parameter"), (4, "category"), (5, "region"), (6, "gas"),
        }));
    }

    [Test]
    public void Issue11_GasInLowerCase_IsStoredAsCh4AndApplied()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2023,1.A.2.c,raw_coal,1,万吨,test,"));
        workspace.ImportLocalFactors(Write("local.csv", "raw_coal,ef,ch4,5,kg/TJ,化工厂实测,1.A.2,150622,2023"));
        var line = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Single(l => l.Gas == Gas.CH4);
        // 10^4 t × 20.908 GJ/t (provincial NCV) = 209.08 TJ × 5 kg CH4/TJ (local) = 1045.4 kg = 1.0454 t
        // (the IPCC 1.A.2 default 10 kg/TJ would give 2.0908 t).
        const double expected = 1.0454;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.MassTonnes, Is.EqualTo(expected).Within(RelTol * expected));
            Assert.That(line.Factors[1].Parameter, Is.EqualTo("ef"));
            Assert.That(line.Factors[1].Source, Is.EqualTo("化工厂实测"));
            Assert.That(line.Factors[1].Tier, Is.EqualTo(ResolutionTier.RegionMeasured));
        }
        Assert.That(workspace.Factors.LoadFactor(line.Factors[1].FactorId)!.Gas, Is.EqualTo("CH4"));
    }

    [Test]
    public void Issue11_RegionByChineseNameAndActivityByChineseName_AreStoredAsKeys()
    {
        workspace.ImportLocalFactors(Write("local.csv", "原煤,ncv,,19.5,GJ/t,实测,,准格尔旗,2020"));
        var stored = workspace.Factors.LoadFactors(workspace.Factors.ActiveSetIds()).Single(f => f.Tier == FactorTier.Local);
        Assert.That((stored.Activity, stored.Region), Is.EqualTo(("raw_coal", "150622")));
    }

    [Test]
    public void Issue11_AcceptOutlier_StoresTheReasonAndTheFactorIsUsed()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,1,万吨,test,"));
        const string Reason = "value confirmed by the plant laboratory";
        var import = workspace.ImportLocalFactors(Write("local.csv", "raw_coal,ncv,,18500,GJ/t,实测,,150622,2020"), Reason);
        Assert.That(import.OutlierReason, Is.EqualTo(Reason));
        Assert.That(import.Outliers.Single(), Does.Contain("18500 GJ/t").And.Contain("[5, 35] GJ/t"));
        Assert.That(workspace.Factors.ListSets().Single(s => s.Id == import.Id).OutlierReason, Is.EqualTo(Reason));

        var line = workspace.Compile(2020, 2020, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Single(l => l.Gas == Gas.CO2);
        // 10^4 t × 18500 GJ/t = 1.85e8 GJ × 0.02637 tC/GJ × 0.94 × 44/12 = 16,814,391 t CO2 (the issue's 10 万吨 gives 168,143,910 t).
        const double expected = 16_814_391.0;
        Assert.That(line.MassTonnes, Is.EqualTo(expected).Within(RelTol * expected));
        Assert.That(line.Factors[0].Status, Does.Contain("accepted: " + Reason));
    }

    [Test]
    public void Issue11_NcvInKilocaloriesPerKilogram_GivesTheHandCalculatedCo2()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,1,万吨,test,"));
        workspace.ImportLocalFactors(Write("local.csv", "raw_coal,ncv,,5000,大卡/千克,煤质化验,,150622,2020"));
        var line = workspace.Compile(2020, 2020, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Single(l => l.Gas == Gas.CO2);
        // 5000 kcal/kg × 4.1868 kJ/kcal (International Table calorie, GB/T 2589) = 20,934 kJ/kg = 20.934 GJ/t;
        // 10,000 t × 20.934 GJ/t = 209,340 GJ × 0.02637 tC/GJ = 5,520.2958 tC × 0.94 = 5,189.078052 tC × 44/12 = 19,026.619524 t CO2.
        const double expected = 19_026.619524;
        Assert.That(line.MassTonnes, Is.EqualTo(expected).Within(RelTol * expected));
        Assert.That(line.Factors[0].EngineValue, Is.EqualTo(20.934).Within(RelTol * 20.934));
    }

    [TestCase(GridChoice.Regional)]
    [TestCase(GridChoice.National)]
    public void Issue11_LocalGridFactorsOfTheBannerAndTheCity_AreUsedBeforeThePublishedGrid(GridChoice grid)
    {
        ActivityFile.Ingest(workspace, "power.csv", ActivityFile.Utf8(
            "150627,2023,1.A.2.c,electricity,1,亿千瓦时,test,",
            "150602,2023,1.A.2.c,electricity,1,亿千瓦时,test,",
            "150603,2023,1.A.2.c,electricity,1,亿千瓦时,test,"));
        workspace.ImportLocalFactors(Write("grid.csv",
            "electricity,grid_ef,CO2,0.5,tCO2/MWh,伊金霍洛旗实测,,150627,2023",
            "electricity,grid_ef,co2,0.55,kgCO2/kWh,鄂尔多斯市测算,,鄂尔多斯市,2023"));
        var lines = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions(grid)).Result.Lines
            .Where(l => l.Activity == "electricity").ToDictionary(l => l.Region.Value);
        // 10^8 kWh = 10^5 MWh × 0.5 t/MWh = 50,000 t; 10^8 kWh × 0.55 kg/kWh = 5.5e7 kg = 55,000 t
        // (华北 2023 0.6361 would give 63,610 t; 2022 0.6776, 67,760 t).
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines["150627"].MassTonnes, Is.EqualTo(50_000).Within(RelTol * 50_000));
            Assert.That(lines["150602"].MassTonnes, Is.EqualTo(55_000).Within(RelTol * 55_000));
            Assert.That(lines["150603"].MassTonnes, Is.EqualTo(55_000).Within(RelTol * 55_000));
            Assert.That(lines["150627"].Factors.Single().Tier, Is.EqualTo(ResolutionTier.RegionMeasured));
            Assert.That(lines["150602"].Factors.Single().Tier, Is.EqualTo(ResolutionTier.CityValue));
        }
    }

    [Test]
    public void Issue11_LocalGridFactorOfAnotherYear_IsNotBorrowed()
    {
        ActivityFile.Ingest(workspace, "power.csv", ActivityFile.Utf8("150627,2022,1.A.2.c,electricity,1,亿千瓦时,test,"));
        workspace.ImportLocalFactors(Write("grid.csv", "electricity,grid_ef,CO2,0.5,tCO2/MWh,伊金霍洛旗实测,,150627,2023"));
        var line = workspace.Compile(2022, 2022, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Single(l => l.Activity == "electricity");
        // 10^8 kWh × 华北 2022 0.6776 kg/kWh = 67,760 t: the local 2023 value does not reach back to 2022.
        Assert.That(line.MassTonnes, Is.EqualTo(67_760).Within(RelTol * 67_760));
    }

    [Test]
    public void Issue11_LocalHeatFactor_IsUsedInItsYearOnly()
    {
        ActivityFile.Ingest(workspace, "heat.csv", ActivityFile.Utf8(
            "150602,2022,1.A.4.a,heat,1,万吉焦,test,",
            "150602,2023,1.A.4.a,heat,1,万吉焦,test,"));
        workspace.ImportLocalFactors(Write("heat.csv", "heat,heat_ef,CO2,0.11,tCO2/GJ,东胜区供热公司测算,,东胜区,2023"));
        var lines = workspace.Compile(2022, 2023, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Where(l => l.Activity == "heat").ToDictionary(l => l.Year);
        // 10^4 GJ × 0.11 t CO2/GJ = 1,100 t in 2023; no heat factor is published, so 2022 is NE rather than a borrowed 2023 value.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[2023].MassTonnes, Is.EqualTo(1_100).Within(RelTol * 1_100));
            Assert.That(lines[2023].Factors.Single().Tier, Is.EqualTo(ResolutionTier.RegionMeasured));
            Assert.That(lines[2022].MassTonnes, Is.Null);
            Assert.That(lines[2022].Notation, Is.EqualTo(NotationKey.NE));
        }
    }

    [Test]
    public void Issue11_WithdrawnSet_IsIgnoredByNewCompilesAndOldRunsReprintUnchanged()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,1,万吨,test,"));
        var import = workspace.ImportLocalFactors(Write("local.csv", "raw_coal,ncv,,19.5,GJ/t,准格尔旗电厂实测 2020,,150622,2020"));
        var (oldRun, oldResult) = workspace.Compile(2020, 2020, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions());
        // 10^4 t × 19.5 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 17,723.277 t
        const double measured = 17_723.277;
        Assert.That(oldResult.Lines.Single(l => l.Gas == Gas.CO2).MassTonnes, Is.EqualTo(measured).Within(RelTol * measured));

        Assert.That(workspace.Factors.Withdraw(import.Id, "laboratory report superseded", TestClock.Create().GetCurrentInstant()), Is.Null);
        Assert.That(workspace.Factors.ActiveSetIds(), Does.Not.Contain(import.Id));

        var newLine = workspace.Compile(2020, 2020, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines
            .Single(l => l.Gas == Gas.CO2);
        // Defaults again: 10^4 t × 20.908 GJ/t × 0.02637 × 0.94 × 44/12 = 19,002.988 t (1.9002988 t CO2/t).
        const double defaults = 19_002.988;
        Assert.That(newLine.MassTonnes, Is.EqualTo(defaults).Within(1e-6 * defaults));
        Assert.That(newLine.Factors[0].SetKey, Is.EqualTo("china-provincial-2011"));

        var reprinted = workspace.Runs.LoadLines(oldRun.Id, 2020).Single(l => l.Gas == Gas.CO2);
        Assert.That(reprinted.MassTonnes, Is.EqualTo(measured).Within(RelTol * measured));
        Assert.That(reprinted.Factors[0].Source, Is.EqualTo("准格尔旗电厂实测 2020"));
    }

    [Test]
    public void Withdraw_BundledOrUnknownOrTwice_IsRefusedAndRecordsNothingMore()
    {
        var import = workspace.ImportLocalFactors(Write("local.csv", "raw_coal,ncv,,19.5,GJ/t,实测,,150622,2020"));
        var now = TestClock.Create().GetCurrentInstant();
        long bundled = workspace.Factors.ListSets().First(s => s.Tier != "local").Id;
        Assert.That(workspace.Factors.Withdraw(bundled, null, now), Does.Contain("only local sets"));
        Assert.That(workspace.Factors.Withdraw(999_999, null, now), Does.Contain("no factor set #999999"));
        Assert.That(workspace.Factors.Withdraw(import.Id, null, now), Is.Null);
        Assert.That(workspace.Factors.Withdraw(import.Id, null, now), Does.Contain("already withdrawn"));
    }

    [Test]
    public void Cli_ImportListWithdraw_ShowsOutlierReasonAndWithdrawal()
    {
        workspace.Dispose();
        string file = Write("local.csv", "raw_coal,oxidation,,1.02,fraction,实测,,150622,2020");
        var refused = CliRunner.Run("factors", "import", file, "--db", database.Path);
        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.InputRejected), refused.ToString());
        Assert.That(refused.Error, Does.Contain("local.csv:2:").And.Contain("(0, 1] fraction").And.Contain("--accept-outlier"));

        var accepted = CliRunner.Run("factors", "import", file, "--accept-outlier", "test of an outlier", "--db", database.Path);
        Assert.That(accepted.ExitCode, Is.EqualTo(ExitCodes.Success), accepted.ToString());
        long id = long.Parse(accepted.Out.Split("factor set #")[^1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);

        var listed = CliRunner.Run("factors", "list", "--db", database.Path);
        Assert.That(listed.Out, Does.Contain("test of an outlier").And.Contain("active"));

        var withdrawn = CliRunner.Run("factors", "withdraw", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "wrong plant", "--db", database.Path);
        Assert.That(withdrawn.ExitCode, Is.EqualTo(ExitCodes.Success), withdrawn.ToString());
        Assert.That(CliRunner.Run("factors", "list", "--db", database.Path).Out, Does.Contain("withdrawn").And.Contain("wrong plant"));

        var again = CliRunner.Run("factors", "import", file, "--accept-outlier", "test of an outlier", "--db", database.Path);
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Failure), again.ToString());
        Assert.That(again.Error, Does.Contain("withdrawn"));
        workspace = database.Open();
    }

    [Test]
    public void Issue11_AcceptedOutliersWhoseProductOverflows_CompileIsRefusedNothingStored()
    {
        var compile = CompileWithAcceptedOutliers(["raw_coal,ncv,,1e308,GJ/t,test,,150622,2020", "raw_coal,carbon_content,,1e308,tC/TJ,test,,150622,2020"],
            "150622,2020,1.A.1.a.i,raw_coal,1,万吨");
        Assert.That(compile.Error, Does.Contain("not a finite number").And.Contain("ncv 1E+308 GJ/t"));
    }

    [Test]
    public void Issue11_AcceptedOutliersWhoseLinesAreFiniteButTotalOverflows_CompileIsRefused()
    {
        // Each of two sources: 8 × 10^4 t × 1e150 GJ/t × 4e155 tC/TJ ÷ 1000 × 0.94 × 44/12 = 1.10e308 t CO2, finite (double's
        // largest is 1.80e308); their sum, 2.21e308, is not.
        var compile = CompileWithAcceptedOutliers(["raw_coal,ncv,,1e150,GJ/t,test,,150622,2020", "raw_coal,carbon_content,,4e155,tC/TJ,test,,150622,2020"],
            "150622,2020,1.A.2.c,raw_coal,8,万吨", "150622,2020,1.A.2.d,raw_coal,8,万吨");
        Assert.That(compile.Error, Does.Contain("makes the total overflow"));
    }

    /// <summary>Imports <paramref name="factorRows"/> with --accept-outlier and the activity rows, compiles 150622/2020 and checks the compile was refused with nothing stored.</summary>
    private CliResult CompileWithAcceptedOutliers(string[] factorRows, params string[] activityRows)
    {
        workspace.Dispose();
        string file = Write("extreme.csv", factorRows);
        Assert.That(CliRunner.Run("factors", "import", file, "--accept-outlier", "test", "--db", database.Path).ExitCode, Is.EqualTo(ExitCodes.Success));
        string activity = Path.Combine(Path.GetDirectoryName(file)!, "coal.csv");
        File.WriteAllText(activity, "region,year,category,activity,value,unit\n" + string.Join("\n", activityRows) + "\n");
        Assert.That(CliRunner.Run("ingest", activity, "--db", database.Path).ExitCode, Is.EqualTo(ExitCodes.Success));
        var compile = CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", database.Path);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Failure), compile.ToString());
        workspace = database.Open();
        Assert.That(workspace.Runs.List(), Is.Empty, "a refused compile stores no run");
        return compile;
    }

    [Test]
    public void Cli_ExplainOfElectricity_ShowsTheCityGridFactorAndItsTier()
    {
        workspace.Dispose();
        string activity = Path.Combine(folder, "power.csv");
        File.WriteAllText(activity, ActivityFile.Text("150602,2023,1.A.2.c,electricity,1,亿千瓦时,test,"), new UTF8Encoding(false));
        Assert.That(CliRunner.Run("ingest", activity, "--db", database.Path).ExitCode, Is.EqualTo(ExitCodes.Success));
        string grid = Write("grid.csv", "electricity,grid_ef,CO2,0.55,kgCO2/kWh,鄂尔多斯市测算,,150600,2023");
        Assert.That(CliRunner.Run("factors", "import", grid, "--db", database.Path).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("compile", "--year", "2023", "--grid", "national", "--db", database.Path).ExitCode, Is.EqualTo(ExitCodes.Success));
        var explain = CliRunner.RunZh("explain", "--year", "2023", "--region", "150602", "--category", "1.A.2.c", "--activity", "electricity", "--db", database.Path);
        // 10^8 kWh × 0.55 kg/kWh = 55,000 t, whatever --grid picked for the default.
        Assert.That(explain.Out, Does.Contain("0.55 kgCO2/kWh").And.Contain("市级值").And.Contain("鄂尔多斯市测算").And.Contain("= 55,000 t CO2,"),
            explain.ToString());
        workspace = database.Open();
    }

    [TestCase("2023年")]
    [TestCase("２０２３")]
    [TestCase("２０２３年")]
    [TestCase(" 2023 ")]
    public void Issue11_YearWrittenAsActivityFilesAccept_IsStoredAs2023(string year)
    {
        var import = workspace.ImportLocalFactors(Write("local.csv", $"raw_coal,ncv,,19.5,GJ/t,实测,,150622,{year}"));
        var stored = workspace.Factors.LoadFactors([import.Id]).Single();
        Assert.That((stored.ValidFrom, stored.ValidTo), Is.EqualTo(((int?)2023, (int?)2023)));
    }

    [Test]
    public void Issue11_BadYear_IsOneIssueNotOnePerEndOfTheRange()
    {
        string file = Write("local.csv", "raw_coal,ncv,,19.5,GJ/t,实测,,150622,2023年度");
        string before = DatabaseDump.Content(workspace.Connection);
        var e = Assert.Throws<InputRejectedException>(() => workspace.ImportLocalFactors(file));
        var issue = e!.Issues.Single();
        Assert.That((issue.Line, issue.Column, issue.Found), Is.EqualTo((2, "year", "2023年度")));
        Assert.That(issue.Expected, Does.Contain("2023年"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_ChineseHeaders_AreReadAsTheirColumns()
    {
        string path = Path.Combine(folder, "zh.csv");
        File.WriteAllText(path, "品种,参数,气体,数值,单位,来源,部门,行政区划代码,年份,不确定性,表,状态\n"
            + "原煤,ef,ch4,5,kg/TJ,化工园区实测,1.A.2,准格尔旗,2023年,10,化验报告表3,verified\n", new UTF8Encoding(false));
        var import = workspace.ImportLocalFactors(path);
        var f = workspace.Factors.LoadFactors([import.Id]).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((f.Activity, f.Parameter, f.Gas, f.Category, f.Region), Is.EqualTo(("raw_coal", "ef", "CH4", "1.A.2", "150622")));
            Assert.That((f.ValidFrom, f.ValidTo, f.Value, f.Unit.Symbol), Is.EqualTo(((int?)2023, (int?)2023, 5.0, "kg/TJ")));
            Assert.That((f.UncertaintyPct, f.Source, f.Table, f.Status), Is.EqualTo(((double?)10, "化工园区实测", "化验报告表3", "verified")));
        }
    }

    [Test]
    public void Issue11_HeadersInAnyCaseAndTheOtherAliases_AreRead()
    {
        string path = Path.Combine(folder, "mixed.csv");
        File.WriteAllText(path, "能源品种,PARAMETER,Value,计量单位,Source,类别,地区,YEAR\n原煤,ncv,19.5,GJ/t,实测,,准格尔旗,2023\n", new UTF8Encoding(false));
        var import = workspace.ImportLocalFactors(path);
        var f = workspace.Factors.LoadFactors([import.Id]).Single();
        Assert.That((f.Activity, f.Parameter, f.Region, f.ValidFrom, f.Value), Is.EqualTo(("raw_coal", "ncv", "150622", (int?)2023, 19.5)));
    }

    [Test]
    public void Issue11_ColumnGivenTwiceUnderTwoNames_IsRefusedAndNothingIsStored()
    {
        string path = Path.Combine(folder, "twice.csv");
        File.WriteAllText(path, "activity,品种,parameter,value,unit,source\nraw_coal,原煤,ncv,19.5,GJ/t,实测\n", new UTF8Encoding(false));
        string before = DatabaseDump.Content(workspace.Connection);
        var e = Assert.Throws<InputRejectedException>(() => workspace.ImportLocalFactors(path));
        var issue = e!.Issues.Single();
        Assert.That((issue.Line, issue.Column, issue.ColumnNumber), Is.EqualTo((1, "品种", (int?)2)));
        Assert.That(issue.Expected, Does.Contain("'activity' is also column 1"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_UnknownColumn_ListsTheChineseAliases()
    {
        string path = Path.Combine(folder, "extra.csv");
        File.WriteAllText(path, "activity,parameter,value,unit,source,备注\nraw_coal,ncv,19.5,GJ/t,实测,x\n", new UTF8Encoding(false));
        var issue = Assert.Throws<InputRejectedException>(() => workspace.ImportLocalFactors(path))!.Issues.Single();
        Assert.That((issue.Column, issue.ColumnNumber), Is.EqualTo(("备注", (int?)6)));
        Assert.That(issue.Expected, Does.Contain("activity (品种, 能源品种)").And.Contain("parameter (参数)").And.Contain("status (状态)"));
    }

    [Test]
    public void Issue11_CheckOnly_ReportsWhatAnImportWouldDoAndStoresNothing()
    {
        var first = workspace.ImportLocalFactors(Write("a.csv", "raw_coal,ncv,,5000,kcal/kg,准格尔旗电厂煤质化验 2023,,150622,2023"));
        string before = DatabaseDump.Content(workspace.Connection);
        var check = workspace.ImportLocalFactors(Write("b.csv", "raw_coal,ncv,,4800,kcal/kg,复检 2023,,150622,2023"), checkOnly: true);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((check.Stored, check.IsNew, check.Id, check.Rows), Is.EqualTo((false, true, 0L, 1)));
            Assert.That(check.Supersedes.Single().Earlier.SetId, Is.EqualTo(first.Id));
            Assert.That(check.Supersedes.Single().Later.Factor.Value, Is.EqualTo(4800));
        }
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        Assert.Throws<InputRejectedException>(() => workspace.ImportLocalFactors(Write("c.csv", "raw_coal,ncv,,18500,GJ/t,实测,,150622,2023"), checkOnly: true));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_SameFactorInALaterSet_IsReportedAsSupersedingAndTheLaterValueIsUsed()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,1,万吨,test,"));
        var first = workspace.ImportLocalFactors(Write("a.csv",
            "raw_coal,ncv,,5000,kcal/kg,准格尔旗电厂煤质化验 2023,,150622,2023",
            "raw_coal,ncv,,5100,kcal/kg,准格尔旗电厂煤质化验 2022,,150622,2022"));
        var second = workspace.ImportLocalFactors(Write("b.csv",
            "raw_coal,ncv,,4800,kcal/kg,准格尔旗电厂复检 2023,,150622,2023",
            "raw_coal,ncv,,4900,kcal/kg,准格尔旗电厂复检 2021,,150622,2021"));
        var s = second.Supersedes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((s.Earlier.SetId, s.Earlier.Line, s.Earlier.Factor.Published), Is.EqualTo((first.Id, 2, "5000 kcal/kg")));
            Assert.That((s.Later.SetId, s.Later.Line, s.Later.Factor.Published), Is.EqualTo((second.Id, 2, "4800 kcal/kg")));
            Assert.That(s.Identity.ToString(), Is.EqualTo("raw_coal ncv 150622 2023"));
        }
        Assert.That(Supersession.Among(workspace.Factors.ActiveLocalFactors()).Select(x => (x.Earlier.SetId, x.Earlier.Line, x.Later.SetId)),
            Is.EqualTo(new[] { (first.Id, 2, second.Id) }));

        var line = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), GwpSet.Default, new CompileOptions()).Result.Lines.Single(l => l.Gas == Gas.CO2);
        // 4800 kcal/kg × 4.1868 kJ/kcal = 20.09664 GJ/t; 10,000 t × 20.09664 GJ/t = 200,966.4 GJ × 0.02637 tC/GJ = 5,299.483968 tC
        // × 0.94 = 4,981.51492992 tC × 44/12 = 18,265.55474304 t CO2 (the first set's 5000 kcal/kg gives 19,026.619524 t).
        const double expected = 18_265.55474304;
        Assert.That(line.MassTonnes, Is.EqualTo(expected).Within(RelTol * expected));

        Assert.That(workspace.Factors.Withdraw(second.Id, null, TestClock.Create().GetCurrentInstant()), Is.Null);
        Assert.That(Supersession.Among(workspace.Factors.ActiveLocalFactors()), Is.Empty);
    }

    private string Write(string name, params string[] rows)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }
}
