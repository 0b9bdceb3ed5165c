using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Which run <c>targets</c>, <c>budget</c>, <c>compare --from --to</c> and <c>energy</c> read, and the warnings they print first
/// (issue 14, after the user trial: a one-year correction run made <c>targets</c> say the base year had no GDP; a provisional run, a stale run
/// and a population typed in 人 as 万人 went through silently).</summary>
public class Issue14_RunChoiceTests
{
    private const double RelTol = 1e-6;
    private TempDatabase database = null!;
    private string dir = null!;

    // 准格尔旗 (illustrative figures): raw coal 100 万吨 in 1.A.2.c every year 2020–2023; GDP 2020 100 亿元, volume index 110 (上年=100)
    // 2021–2023; population 11.2 万人 every year. Run #1 compiles 2020–2023. Then a correction of 2023 (raw coal 200 万吨, population typed
    // as 132000 万人: flagged at ingest) is compiled for 2023 alone: run #2.
    [OneTimeSetUp]
    public void Build()
    {
        database = TempDatabase.Initialized();
        dir = Directory.CreateTempSubdirectory("ghg-runchoice-").FullName;
        using var workspace = database.Open();
        var rows = new List<string> { "150622,2020,0,gdp,100,亿元,illustrative," };
        foreach (int y in new[] { 2020, 2021, 2022, 2023 })
        {
            rows.Add($"150622,{y},1.A.2.c,raw_coal,100,万吨,illustrative,");
            rows.Add($"150622,{y},0,population,11.2,万人,illustrative,");
            if (y > 2020)
            {
                rows.Add($"150622,{y},0,gdp_index,110,上年=100,illustrative,");
            }
        }
        var first = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8([.. rows]));
        Assert.That(first.Accepted, Is.True, string.Join("; ", first.Issues));
        workspace.Compile(2020, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
        var fix = ActivityFile.Ingest(workspace, "fix.csv", ActivityFile.Utf8(
            "150622,2023,1.A.2.c,raw_coal,200,万吨,illustrative,",
            "150622,2023,0,population,132000,万人,illustrative,",
            "150622,2023,0,gdp_index,110,上年=100,illustrative,"));
        Assert.That(fix.Accepted, Is.True, string.Join("; ", fix.Issues));
        workspace.Compile(2023, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
        File.WriteAllText(Path.Combine(dir, "targets.csv"),
            "region,indicator,rule,base_year,target_year,kind,value,unit,source,note\n150622,energy_intensity,gross,2020,2025,change,-16.5,%,test,\n");
        File.WriteAllText(Path.Combine(dir, "budgets.csv"),
            "region,start_year,end_year,allowed,unit,basis,source,note\n150622,2021,2025,1000,万吨,territorial,illustrative,\n");
    }

    [OneTimeTearDown]
    public void Clean()
    {
        database.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    private string Targets => Path.Combine(dir, "targets.csv");

    [Test]
    public void Issue14_Targets_ReadTheNewestRunCoveringBaseYearThroughYear_AndSayWhichNewerRunWasLeftAside()
    {
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150622", "--year", "2023", "--targets", Targets, "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var energy = doc.RootElement.GetProperty("targets").EnumerateArray().Single();
        var notes = doc.RootElement.GetProperty("run_notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        var warnings = doc.RootElement.GetProperty("warnings").EnumerateArray().Select(n => n.GetString()!).ToList();
        // Run #1's figures, not a false "no GDP in 2020": 100 万吨 × 0.7143 tce/t = 714,300 tce over 1,000,000 万元 = 0.7143 tce/万元 (2020);
        // 2023 714,300 / (100 × 1.1^3 = 133.1 亿元 = 1,331,000 万元) = 0.5366642 (the correction's 200 万吨 is in run #2 only).
        Assert.Multiple(() =>
        {
            Assert.That(energy.GetProperty("base_value").GetDouble(), Is.EqualTo(0.7143).Within(RelTol * 100).Percent);
            Assert.That(energy.GetProperty("current_value").GetDouble(), Is.EqualTo(0.5366642).Within(RelTol * 100).Percent);
            Assert.That(notes, Has.Count.EqualTo(1));
            Assert.That(notes[0], Does.StartWith("Run #2 covers only 2023 of the years needed (2020–2023); using run #1 (covers 2020–2023)"));
            Assert.That(notes[0], Does.Contain("ghg compile --year 2020-2023"));
            // run #1 is out of date in 2023 (the correction made v2 current) and the table's first lines say so, as ghg report does
            Assert.That(warnings, Has.Some.StartWith("run #1 is out of date"));
            Assert.That(warnings, Has.Some.Contains("150622/2023"));
            // the denominator, printed so the reader can check it: GDP 2020 100 亿元 = 1e10 yuan; 2023 at 2020 prices 1e10 × 1.1^3 = 1.331e10 yuan
            Assert.That(energy.GetProperty("price_base_year").GetInt32(), Is.EqualTo(2020));
            Assert.That(energy.GetProperty("gdp_constant_yuan").GetProperty("base").GetDouble(), Is.EqualTo(1e10).Within(RelTol * 100).Percent);
            Assert.That(energy.GetProperty("gdp_constant_yuan").GetProperty("current").GetDouble(), Is.EqualTo(1.331e10).Within(RelTol * 100).Percent);
        });
        Assert.That(r.Error, Does.Contain("Run #2 covers only 2023"), "beside JSON the lines go to stderr, as ghg report's");
    }

    [Test]
    public void Issue14_Targets_RunNamedThatDoesNotCoverTheYears_IsRefusedNamingThem()
    {
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150622", "--year", "2023", "--targets", Targets, "--run", "2");
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1), r.ToString());
            Assert.That(r.Error, Does.Contain("Run #2 does not cover 150622 in 2020–2023 (it covers 2023"));
            Assert.That(r.Out + r.Error, Does.Not.Contain("no GDP").And.Not.Contain("no gdp"));
        });
    }

    [Test]
    public void Issue14_Targets_NoRunCoversTheYears_IsRefusedWithExit1()
    {
        // the year 2024 is in no run: refused, naming the newest run's years and the compile that would cover them
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150622", "--year", "2024", "--targets", Targets);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1), r.ToString());
            Assert.That(r.Error, Does.Contain("No run covers 150622 in all the years needed (2020–2024); the newest, run #2, covers 2023"));
            Assert.That(r.Error, Does.Contain("ghg compile --year 2020-2024"));
        });
    }

    [Test]
    public void Issue14_Compare_UsesTheCorrectionRunWhenItCoversBothYears_ElseSaysSo()
    {
        // 2022→2023 needs 2022, which run #2 lacks: run #1 with the note and its out-of-date warning, before the table
        var r = CliRunner.Run("compare", "--db", database.Path, "--region", "150622", "--from", "2022", "--to", "2023");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        int note = r.Out.IndexOf("Run #2 covers only 2023 of the years needed (2022–2023); using run #1", StringComparison.Ordinal);
        int stale = r.Out.IndexOf("run #1 is out of date", StringComparison.Ordinal);
        int table = r.Out.IndexOf("run #1", stale + 1, StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(note, Is.GreaterThanOrEqualTo(0), r.Out);
            Assert.That(stale, Is.GreaterThan(note), r.Out);
            Assert.That(table, Is.GreaterThan(stale), r.Out);
        });
    }

    [Test]
    public void Issue14_Flags_OnRowsTheFiguresUse_ArePrintedWithTheirLocation()
    {
        // Run #2 holds the population typed as 132000 万人 (fix.csv line 3, after the header); the energy account of run #2 with --base-year 2023 reads only 2023
        var r = CliRunner.Run("energy", "--db", database.Path, "--region", "150622", "--year", "2023", "--base-year", "2023", "--run", "2", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var warnings = doc.RootElement.GetProperty("warnings").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(warnings, Has.Some.Contains("plausibility flag(s)"));
            Assert.That(warnings, Has.Some.Contains("fix.csv:3").And.Contains("132000"));
        });
    }

    [Test]
    public void Issue14_Energy_RunNamedWithoutTheBaseYear_IsRefused()
    {
        // the intensities at 2020 prices chain the volume indices of 2021–2023: run #2 (2023 only) cannot give them
        var r = CliRunner.Run("energy", "--db", database.Path, "--region", "150622", "--year", "2023", "--run", "2");
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1), r.ToString());
            Assert.That(r.Error, Does.Contain("Run #2 does not cover 150622 in 2020–2023"));
        });
    }

    [Test]
    public void Issue14_ProvisionalRun_IsSaidFirstByTargetsAndEnergy()
    {
        using var db = TempDatabase.Initialized();
        File.Copy(database.Path, db.Path, overwrite: true);
        var c = CliRunner.Run("compile", "--db", db.Path, "--year", "2020-2023", "--provisional", "--note", "December estimated");
        Assert.That(c.ExitCode, Is.EqualTo(0), c.ToString());
        var t = CliRunner.Run("targets", "--db", db.Path, "--region", "150622", "--year", "2023", "--targets", Targets, "--run", "3");
        var e = CliRunner.Run("energy", "--db", db.Path, "--region", "150622", "--year", "2023", "--run", "3");
        Assert.Multiple(() =>
        {
            Assert.That(t.ExitCode, Is.EqualTo(0), t.ToString());
            Assert.That(t.Out, Does.StartWith("PROVISIONAL: run 3"), t.Out);
            Assert.That(e.ExitCode, Is.EqualTo(0), e.ToString());
            Assert.That(e.Out, Does.StartWith("PROVISIONAL: run 3"), e.Out);
        });
    }

    [Test]
    public void Issue14_Budget_ReadsTheRunCoveringThePeriodToThrough()
    {
        // 2021–2023 of the 2021–2025 budget: run #1 (run #2 has 2023 alone). Used = 3 × 100 万吨 raw coal × CO2 per t in run #1;
        // checked here only as the run read, the arithmetic is Issue14_BudgetRunOut's.
        var r = CliRunner.Run("budget", "--db", database.Path, "--region", "150622", "--through", "2023", "--budgets", Path.Combine(dir, "budgets.csv"), "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var budget = doc.RootElement.GetProperty("budgets").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(budget.GetProperty("missing_years").GetArrayLength(), Is.EqualTo(0));
            Assert.That(doc.RootElement.GetProperty("run_notes").EnumerateArray().Single().GetString(),
                Does.StartWith("Run #2 covers only 2023 of the years needed (2021–2023); using run #1"));
        });
    }

    [Test]
    public void Issue14_Energy_PrintsTheConstantPriceGdpAndItsChainOfIndices()
    {
        // GDP 2020 100 亿元 (current prices = 2020 prices); 2023 at 2020 prices = 100 × 110/100 × 110/100 × 110/100 = 133.1 亿元.
        var table = CliRunner.Run("energy", "--db", database.Path, "--region", "150622", "--year", "2023");
        var json = CliRunner.Run("energy", "--db", database.Path, "--region", "150622", "--year", "2023", "--format", "json");
        Assert.That(table.ExitCode, Is.EqualTo(0), table.ToString());
        Assert.That(json.ExitCode, Is.EqualTo(0), json.ToString());
        using var doc = JsonDocument.Parse(json.Out);
        var gdp = doc.RootElement.GetProperty("gdp_constant_yuan");
        Assert.Multiple(() =>
        {
            Assert.That(table.Out, Does.Contain("GDP of the price base year 2020 (the denominator of the base-year intensities): 100 10^8 yuan"));
            Assert.That(table.Out, Does.Contain("GDP at 2020 constant prices (the denominator of the intensities): 2023 133.1 10^8 yuan = 100 10^8 yuan of 2020"
                + " × volume indices (previous year = 100) 2021 110, 2022 110, 2023 110"));
            Assert.That(gdp.GetProperty("price_base_year").GetInt32(), Is.EqualTo(2020));
            Assert.That(gdp.GetProperty("base").GetDouble(), Is.EqualTo(1e10).Within(RelTol * 100).Percent);
            Assert.That(gdp.GetProperty("current").GetDouble(), Is.EqualTo(1.331e10).Within(RelTol * 100).Percent);
            Assert.That(gdp.GetProperty("index_chain").EnumerateArray().Select(c => (c.GetProperty("year").GetInt32(), c.GetProperty("index").GetDouble())),
                Is.EqualTo(new[] { (2021, 110.0), (2022, 110.0), (2023, 110.0) }));
        });
    }

    [Test]
    public void Issue14_HtmlReport_OfTheCorrectionRun_ScoresTargetsOnTheRunCoveringTheBaseYear()
    {
        // The report of 2023 reads run #2 (2023 only); its scorecard needs 2020–2023 (bundled targets: base 2020) and reads run #1.
        string html = Path.Combine(dir, "r.html");
        var r = CliRunner.Run("report", "--db", database.Path, "--year", "2023", "--region", "150622", "--format", "html", "--out", html);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        string page = File.ReadAllText(html);
        Assert.That(page, Does.Contain("Targets and budgets read run #1 (2020–2023), not this report&#39;s run #2")
            .Or.Contain("Targets and budgets read run #1 (2020–2023), not this report's run #2"));
        Assert.That(page, Does.Not.Contain("in the base year 2020"));
    }
}
