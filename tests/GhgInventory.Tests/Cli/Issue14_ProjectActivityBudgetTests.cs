using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary><c>ghg budget --project FILE</c> where FILE is a planned facility's activity rows (issue 14 item 6): checked as
/// <c>ghg ingest --check</c>, compiled in memory, never stored, and set against its banner's and the city's budgets.</summary>
public class Issue14_ProjectActivityBudgetTests
{
    private const double AbsTolTonnes = 0.01; // hand calculation rounded to the cent of a tonne
    private TempDatabase database = null!;
    private string dir = null!;
    private string budgets = null!;

    // 乌审旗 (150626), illustrative figures: raw coal 100 万吨 in 1.A.2.c every year 2020–2023, compiled into a run of the city.
    [OneTimeSetUp]
    public void Build()
    {
        database = TempDatabase.Initialized();
        dir = Directory.CreateTempSubdirectory("ghg-project-").FullName;
        using var workspace = database.Open();
        var rows = new[] { 2020, 2021, 2022, 2023 }.Select(y => $"150626,{y},1.A.2.c,raw_coal,100,万吨,illustrative,").ToArray();
        var result = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8(rows));
        Assert.That(result.Accepted, Is.True, string.Join("; ", result.Issues));
        workspace.Compile(2020, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
        // Illustrative budgets (made up for the test, not published): the banner 1000 万吨 and the city 5000 万吨 over 2021–2025.
        budgets = Path.Combine(dir, "budgets.csv");
        File.WriteAllText(budgets, "region,start_year,end_year,allowed,unit,basis,source,note\n"
            + "150600,2021,2025,5000,万吨,territorial,illustrative,\n150626,2021,2025,1000,万吨,territorial,illustrative,\n");
    }

    [OneTimeTearDown]
    public void Clean()
    {
        database.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    private string Dump()
    {
        using var workspace = database.Open();
        return DatabaseDump.Content(workspace.Connection);
    }

    private string Write(string name, params string[] rows)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, "region,year,category,activity,value,unit,source,note,facility,use\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    // A planned coal-to-olefins plant in 乌审旗 (illustrative): 10 万吨 raw coal burnt, 50 万吨 raw coal as feedstock, 1 亿千瓦时 bought.
    private string Plant() => Write("plant.csv",
        "150626,2024,1.A.2.c,raw_coal,10,万吨,illustrative,,uxin-olefins,combustion",
        "150626,2024,1.A.2.c,raw_coal,50,万吨,illustrative,,uxin-olefins,feedstock",
        "150626,2024,1.A.2.c,electricity,10000,万千瓦时,illustrative,,uxin-olefins,");

    [Test]
    public void Issue14_ProjectActivityFile_Co2ByHandAndImpactOnBannerAndCity()
    {
        string before = Dump();
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", Plant(), "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var planned = doc.RootElement.GetProperty("planned_projects").EnumerateArray().Single();
        // Raw coal, china-provincial-2011 factors (emission-factors/china-provincial-2011/factors.csv rows 2–4: NCV 20,908 kJ/kg,
        // carbon content 26.37 tC/TJ, oxidation 0.94; 省级温室气体清单编制指南 2011 via a secondary transcription):
        // 100,000 t × 20.908 GJ/t = 2,090,800 GJ = 2,090.8 TJ; × 26.37 tC/TJ = 55,134.396 tC; × 0.94 = 51,826.33224 tC;
        // × 44/12 = 190,029.8849 t CO2. The feedstock is a memo and the electricity bought is indirect: neither is territorial.
        const double expected = 190_029.8849;
        Assert.Multiple(() =>
        {
            Assert.That(planned.GetProperty("name").GetString(), Is.EqualTo("uxin-olefins"));
            Assert.That(planned.GetProperty("region").GetString(), Is.EqualTo("150626"));
            Assert.That(planned.GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That(planned.GetProperty("co2_t_per_year").GetDouble(), Is.EqualTo(expected).Within(AbsTolTonnes));
            Assert.That(planned.GetProperty("lower_bound").GetBoolean(), Is.False);
            // 1 亿千瓦时 bought: indirect CO2 at the grid factor, shown but not counted; CH4 + N2O of the coal, 10 kg/TJ and 1.5 kg/TJ
            // (IPCC 2006 Vol. 2 Table 2.3) × 2,090.8 TJ = 20.908 t CH4 × 28 + 3.1362 t N2O × 265 (AR5) = 585.424 + 831.093 = 1,416.517 t CO2e.
            Assert.That(planned.GetProperty("indirect_co2_t").GetDouble(), Is.GreaterThan(0));
            Assert.That(planned.GetProperty("other_gases_co2e_t").GetDouble(), Is.EqualTo(1_416.517).Within(AbsTolTonnes));
            var combustion = planned.GetProperty("lines").EnumerateArray()
                .Single(l => l.GetProperty("activity").GetString() == "raw_coal" && l.GetProperty("use").GetString() == "combustion");
            Assert.That(combustion.GetProperty("co2_t").GetDouble(), Is.EqualTo(expected).Within(AbsTolTonnes));
            var budgetsOut = doc.RootElement.GetProperty("budgets").EnumerateArray().ToList();
            Assert.That(budgetsOut.Select(b => b.GetProperty("region").GetString()), Is.EqualTo(new[] { "150600", "150626" }));
            foreach (var b in budgetsOut)
            {
                var p = b.GetProperty("projects").EnumerateArray().Single();
                Assert.That(p.GetProperty("name").GetString(), Is.EqualTo("uxin-olefins"));
                // 2024 and 2025 remain in the period after --through 2023: 2 × 190,029.8849 = 380,059.7698 t.
                Assert.That(p.GetProperty("co2_in_period_t").GetDouble(), Is.EqualTo(380_059.7698).Within(AbsTolTonnes));
            }
        });
        // Compiled in memory: no batch, no version, no run.
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Issue14_ProjectActivityFile_TableShowsLinesAndSaysGasesNotCounted()
    {
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", Plant());
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("uxin-olefins").And.Contain("190,030").And.Contain("not in a CO2 budget").And.Contain("1.A.2.c raw coal combustion"));
    }

    [Test]
    public void Issue14_ProjectActivityFile_NotationRowMakesLowerBound()
    {
        string path = Write("partial.csv",
            "150626,2024,1.A.2.c,raw_coal,10,万吨,illustrative,,uxin-olefins,combustion",
            "150626,2024,1.A.2.c,natural_gas,NE,亿立方米,illustrative,not yet designed,uxin-olefins,combustion");
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", path, "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var planned = doc.RootElement.GetProperty("planned_projects").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(planned.GetProperty("lower_bound").GetBoolean(), Is.True);
            Assert.That(planned.GetProperty("notation_rows").GetInt32(), Is.EqualTo(1));
            Assert.That(planned.GetProperty("co2_t_per_year").GetDouble(), Is.EqualTo(190_029.8849).Within(AbsTolTonnes));
        });
        var table = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", path);
        Assert.That(table.Out, Does.Contain("lower bound"));
    }

    [Test]
    public void Issue14_ProjectActivityFile_AllNotationIsRefused()
    {
        string path = Write("none.csv", "150626,2024,1.A.2.c,raw_coal,NE,万吨,illustrative,not yet designed,uxin-olefins,combustion");
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", path);
        Assert.That(r.ExitCode, Is.EqualTo(1), r.ToString());
        Assert.That(r.Error, Does.Contain("uxin-olefins").And.Contain("notation key"));
    }

    [Test]
    public void Issue14_ProjectActivityFile_BadRowRefusedAtItsLineNothingStored()
    {
        string before = Dump();
        string path = Write("bad.csv",
            "150626,2024,1.A.2.c,raw_coal,10,万吨,illustrative,,uxin-olefins,combustion",
            "150626,2024,1.A.2.c,raw_coal,50,万桶,illustrative,,uxin-olefins,feedstock");
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", path);
        Assert.That(r.ExitCode, Is.EqualTo(3), r.ToString());
        Assert.That(r.Error, Does.Contain("bad.csv:3").And.Contain("unit").And.Contain("万桶"));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Issue14_StatedProjectFile_StillReadByItsHeader()
    {
        string path = Path.Combine(dir, "stated.csv");
        File.WriteAllText(path, "name,region,co2_t_per_year,source\nstated-plant,150626,100000,illustrative\n");
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", path, "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.TryGetProperty("planned_projects", out _), Is.False);
        // 100,000 t a year over 2024–2025 = 200,000 t.
        Assert.That(doc.RootElement.GetProperty("budgets")[0].GetProperty("projects")[0].GetProperty("co2_in_period_t").GetDouble(), Is.EqualTo(200_000));
    }

    [Test]
    public void Issue14_ProjectActivityFile_YearWithStoredDataStandsAlone()
    {
        // 2023 has 100 万吨 of raw coal stored for 乌审旗: the project's 10 万吨 is neither merged with it nor refused as overlapping it.
        string path = Write("steady2023.csv", "150626,2023,1.A.2.c,raw_coal,10,万吨,illustrative,,uxin-olefins,combustion");
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", budgets, "--project", path, "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        // 190,029.8849 t as in the first test (10 万吨 only, not 110 万吨).
        Assert.That(doc.RootElement.GetProperty("planned_projects")[0].GetProperty("co2_t_per_year").GetDouble(), Is.EqualTo(190_029.8849).Within(AbsTolTonnes));
    }
}
