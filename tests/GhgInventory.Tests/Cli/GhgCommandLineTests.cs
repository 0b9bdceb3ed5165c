using System.Globalization;
using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>The <c>ghg</c> command end to end on a temporary database: verbs, outputs and exit codes.</summary>
[TestFixture]
public sealed class GhgCommandLineTests
{
    private TempFolder temp = null!;
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Create("ghg-cli");
        folder = temp.Path;
        db = temp.Db;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void InitIngestCompileReport_Json_HasTheShapeOfDesignMd()
    {
        InitAndIngest();
        Assert.That(Run("compile", "--year", "2020", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var report = Run("report", "--year", "2020", "--format", "json", "--db", db);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());

        using var json = JsonDocument.Parse(report.Out);
        var root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("region").GetString(), Is.EqualTo("150600"));
            Assert.That(root.GetProperty("year").GetInt32(), Is.EqualTo(2020));
            Assert.That(root.GetProperty("gwp").GetString(), Is.EqualTo("AR5"));
            Assert.That(root.GetProperty("run").GetString(), Is.Not.Empty);
            var totals = root.GetProperty("totals");
            foreach (var key in new[] { "CO2_t", "CH4_t", "N2O_t", "CO2e_t" })
            {
                Assert.That(totals.GetProperty(key).ValueKind, Is.EqualTo(JsonValueKind.Number), key);
            }
        }

        var lines = root.GetProperty("lines").EnumerateArray().ToList();
        Assert.That(lines, Has.Count.GreaterThan(0));
        using (Assert.EnterMultipleScope())
        {
            foreach (var line in lines)
            {
                foreach (var key in new[] { "category", "activity", "gas" })
                {
                    Assert.That(line.GetProperty(key).GetString(), Is.Not.Empty, key);
                }
                var mass = line.GetProperty("mass_t");
                Assert.That(line.GetProperty("co2e_t").ValueKind, Is.EqualTo(mass.ValueKind));
                if (mass.ValueKind == JsonValueKind.Null)
                {
                    Assert.That(line.GetProperty("notation_key").GetString(), Is.EqualTo("NE"));
                    continue;
                }
                var factors = line.GetProperty("factors").EnumerateArray().ToList();
                Assert.That(factors, Is.Not.Empty, $"{line.GetProperty("category")} {line.GetProperty("activity")} {line.GetProperty("gas")}");
                foreach (var f in factors)
                {
                    Assert.That(f.GetProperty("parameter").GetString(), Is.Not.Empty);
                    Assert.That(f.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Number));
                    Assert.That(f.GetProperty("unit").GetString(), Is.Not.Empty);
                    Assert.That(f.GetProperty("source").GetString(), Is.Not.Null.And.Not.Empty);
                }
            }
        }

        // Raw coal in 准格尔旗's power plants: 100 万吨 × 1.9002988488 t/t = 1 900 298.8488 t CO2 (provincial NCV, CC, OF).
        const double RelTol = 1e-9; // arithmetic only
        var coal = lines.Single(l => l.GetProperty("activity").GetString() == "raw_coal" && l.GetProperty("gas").GetString() == "CO2");
        Assert.That(coal.GetProperty("mass_t").GetDouble(), Is.EqualTo(1900298.8488).Within(RelTol * 1900298.8488));
        // totals.CO2_t is the sum of the territorial CO2 lines.
        double co2 = lines.Where(l => l.GetProperty("gas").GetString() == "CO2" && l.GetProperty("scope").GetString() == "territorial"
            && l.GetProperty("mass_t").ValueKind == JsonValueKind.Number).Sum(l => l.GetProperty("mass_t").GetDouble());
        Assert.That(root.GetProperty("totals").GetProperty("CO2_t").GetDouble(), Is.EqualTo(co2).Within(RelTol * co2));
    }

    [Test]
    public void Explain_Line_PrintsFileLineFactorsAndArithmetic()
    {
        InitAndIngest();
        Run("compile", "--year", "2020", "--db", db);
        var result = Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.1.a.i", "--activity", "raw_coal", "--gas", "CO2", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("activity.csv:2"));
        Assert.That(result.Out, Does.Contain("20908 kJ/kg").And.Contain("26.37 tC/TJ").And.Contain("0.94"));
        Assert.That(result.Out, Does.Contain("CO2 = AD × NCV × CC × OF × 44/12 = 1,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 1,900,298.849 t"));
        Assert.That(result.Out, Does.Contain("省级温室气体清单编制指南"));
    }

    [Test]
    public void Explain_NoMatchingLine_ExitsWithFailure()
    {
        InitAndIngest();
        Run("compile", "--year", "2020", "--db", db);
        var result = Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.5", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
    }

    [TestCase("init")]
    [TestCase("ingest")]
    [TestCase("factors")]
    [TestCase("compile")]
    [TestCase("report")]
    [TestCase("explain")]
    [TestCase("runs")]
    [TestCase("demo")]
    public void Run_HelpOfAVerb_PrintsItsOptionsIncludingDb(string verb)
    {
        var result = Run(verb, "--help");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain(verb == "factors" ? "import" : "--db"));
        Assert.That(File.Exists(db), Is.False, "help touches no database");
    }

    [Test]
    public void Run_UnknownVerb_ExitsWithBadUsage()
    {
        var result = Run("frob", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("frob"));
    }

    [Test]
    public void Compile_WithoutYear_ExitsWithBadUsage()
    {
        Run("init", "--db", db);
        var result = Run("compile", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("--year"));
    }

    [TestCase("2024-2015")]
    [TestCase("1989")]
    [TestCase("twenty")]
    public void Compile_BadYear_ExitsWithBadUsage(string year)
    {
        Run("init", "--db", db);
        Assert.That(Run("compile", "--year", year, "--db", db).ExitCode, Is.EqualTo(ExitCodes.BadUsage));
    }

    [Test]
    public void Compile_UnknownGwpSet_ExitsWithBadUsage()
    {
        Run("init", "--db", db);
        var result = Run("compile", "--year", "2020", "--gwp", "AR7", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("AR7"));
    }

    [Test]
    public void Compile_UninitialisedDatabase_ExitsWithFailure()
    {
        var result = Run("compile", "--year", "2020", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Error, Does.Contain("ghg init"));
    }

    [Test]
    public void Ingest_MalformedFile_ExitsWithInputRejectedAndStoresNothing()
    {
        Run("init", "--db", db);
        string file = Write("bad.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,", "150622,2020,1.A.2.c,coke,abc,万吨,test,"));
        string before = Dump();
        var result = Run("ingest", file, "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected));
        Assert.That(result.Error, Does.Contain("bad.csv:3: column 5 'value': found 'abc'"));
        Assert.That(result.Error, Does.Contain("bad.csv: rejected, 1 issue(s) in 1 of 2 row(s); nothing of it stored"));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Ingest_ZeroByteFile_ExitsWithInputRejected()
    {
        Run("init", "--db", db);
        string file = Write("zero.csv", "");
        string before = Dump();
        var result = Run("ingest", file, "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Ingest_Check_ValidatesAndStoresNothing()
    {
        Run("init", "--db", db);
        string file = Write("good.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,"));
        string before = Dump();
        var result = Run("ingest", file, "--check", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("nothing stored"));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Ingest_MissingFile_ExitsWithBadUsage()
    {
        Run("init", "--db", db);
        var result = Run("ingest", Path.Combine(folder, "nope.csv"), "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("nope.csv"));
    }

    [Test]
    public void Report_BeforeAnyCompile_ExitsWithBadUsageAndSaysWhy()
    {
        InitAndIngest();
        var result = Run("report", "--year", "2020", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("ghg compile --year 2020"));
    }

    [Test]
    public void Report_English_ShowsEnglishNames()
    {
        InitAndIngest();
        Run("compile", "--year", "2020", "--db", db);
        var result = Run("report", "--year", "2020", "--lang", "en", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("Jungar Banner").And.Contain("Ordos").And.Contain("Electricity Generation"));
        Assert.That(result.Out, Does.Not.Contain("准格尔旗"));
    }

    [Test]
    public void Report_Chinese_ShowsChineseNames()
    {
        InitAndIngest();
        Run("compile", "--year", "2020", "--db", db);
        var result = CliRunner.RunZh("report", "--year", "2020", "--db", db);
        // Issue 12: without control totals the reconciliation is not a check and says so (it used to print 一致 for a partition of the same lines).
        Assert.That(result.Out, Does.Contain("准格尔旗").And.Contain("鄂尔多斯市").And.Contain("无控制数"));
    }

    [Test]
    public void Report_Csv_HasOneWellFormedRowPerLine()
    {
        InitAndIngest();
        Assert.That(Run("compile", "--year", "2020", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var csv = Run("report", "--year", "2020", "--format", "csv", "--lang", "en", "--db", db);
        var json = Run("report", "--year", "2020", "--format", "json", "--db", db);
        using var doc = JsonDocument.Parse(json.Out);

        using var reader = CsvHelper.CsvReader.FromText(csv.Out, new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = true });
        reader.ReadHeader();
        var names = reader.Headers.ToList();
        Assert.That(names, Is.EqualTo(GhgInventory.Reports.CsvReport.Header.Split(',')));
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            Assert.That(reader.FieldCount, Is.EqualTo(names.Count), $"row {rows.Count + 1}: quoting");
            rows.Add(Enumerable.Range(0, names.Count).ToDictionary(i => names[i], reader.GetString));
        }
        Assert.That(rows, Has.Count.EqualTo(doc.RootElement.GetProperty("lines").GetArrayLength()));
        var coal = rows.Single(r => r["activity"] == "raw_coal" && r["gas"] == "CO2");
        Assert.That(coal["factors"], Does.Contain("ncv=20908 kJ/kg").And.Contain("carbon_content=26.37 tC/TJ"));
        Assert.That(coal["category_name"], Is.EqualTo("Electricity Generation"));
        Assert.That(rows.Where(r => r["activity"] == "electricity").Select(r => r["category_name"]), Has.All.EqualTo("Chemicals"));
    }

    [Test]
    public void Runs_AfterTwoCompiles_ListsBoth()
    {
        InitAndIngest();
        Run("compile", "--year", "2020", "--db", db);
        Run("compile", "--year", "2020", "--gwp", "AR6", "--db", db);
        var result = Run("runs", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Out, Does.Contain("AR5").And.Contain("AR6").And.Contain("2026-11-27T08:00:00Z"));
    }

    [Test]
    public void FactorsList_Activity_ShowsValuesWithSources()
    {
        Run("init", "--db", db);
        var result = Run("factors", "list", "--activity", "raw_coal", "--parameter", "ncv", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("20908").And.Contain("kJ/kg").And.Contain("GB/T 2589").And.Contain("ipcc-2006").And.Contain("TJ/Gg"));
    }

    [Test]
    public void FactorsImport_LocalNcv_IsUsedByTheNextCompile()
    {
        InitAndIngest();
        string factors = Write("local.csv", "activity,parameter,value,unit,source,region\nraw_coal,ncv,19.5,GJ/t,准格尔旗实测,150622\n");
        Assert.That(Run("factors", "import", factors, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Run("compile", "--year", "2020", "--db", db);
        var result = CliRunner.RunZh("explain", "--year", "2020", "--region", "150622", "--category", "1.A.1.a.i", "--activity", "raw_coal", "--gas", "CO2", "--db", db);
        Assert.That(result.Out, Does.Contain("19.5 GJ/t").And.Contain("本旗区实测值").And.Contain("准格尔旗实测"));
    }

    [Test]
    public void FactorsImport_InvalidFile_ExitsWithInputRejectedAndStoresNothing()
    {
        Run("init", "--db", db);
        string factors = Write("local.csv", "activity,parameter,value,unit,source\nraw_coal,ncv,-19.5,GJ/t,实测\nraw_coal,carbon_content,26,furlongs,实测\n");
        string before = Dump();
        var result = Run("factors", "import", factors, "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Error, Does.Contain("local.csv:2").And.Contain("local.csv:3"));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void FactorsImport_ZeroByteFile_ExitsWithInputRejected()
    {
        Run("init", "--db", db);
        string factors = Write("empty-factors.csv", "");
        string before = Dump();
        var result = Run("factors", "import", factors, "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void FactorsImport_SameFileTwice_StoresItOnce()
    {
        Run("init", "--db", db);
        string factors = Write("local.csv", "activity,parameter,value,unit,source\nraw_coal,ncv,19.5,GJ/t,实测\n");
        Assert.That(Run("factors", "import", factors, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string before = Dump();
        var again = Run("factors", "import", factors, "--db", db);
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(again.Out, Does.Contain("already"));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    [SetCulture("fi-FI")]
    public void CompileAndRuns_InACultureWithAnotherTimeSeparator_StoreAndReadIsoInstants()
    {
        // Timestamps are stored as ISO-8601 UTC text whatever the machine's culture (fi-FI writes times as 08.00.00).
        Assume.That(CultureInfo.CurrentCulture.DateTimeFormat.TimeSeparator, Is.EqualTo("."), "ICU data of fi-FI");
        InitAndIngest();
        Assert.That(Run("compile", "--year", "2020", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var runs = Run("runs", "--db", db);
        Assert.That(runs.ExitCode, Is.EqualTo(ExitCodes.Success), runs.ToString());
        Assert.That(runs.Out, Does.Contain("2026-11-27T08:00:00Z"));
        Assert.That(Run("report", "--year", "2020", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        using var connection = Database.Open(db);
        var stamps = Dapper.SqlMapper.Query<string>(connection, """
            SELECT applied_at FROM schema_version UNION ALL SELECT loaded_at FROM factor_sets
            UNION ALL SELECT imported_at FROM activity_batches UNION ALL SELECT created_at FROM inventory_runs
            """);
        Assert.That(stamps, Has.All.EqualTo("2026-11-27T08:00:00Z"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Explain_InACultureWithADecimalComma_PrintsNumbersWithADot()
    {
        Assume.That(CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator, Is.EqualTo(","), "ICU data of de-DE");
        InitAndIngest();
        Run("compile", "--year", "2020", "--gwp", "AR6", "--db", db);
        var result = Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.1.a.i", "--activity", "raw_coal", "--gas", "CH4", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        // AR6 GWP of fossil CH4 is 29.8 (Table 7.15; combustion CH4 is fossil, issue 15); 10^6 t × 20.908 GJ/t × 10^-6 t/GJ = 20.908 t CH4.
        Assert.That(result.Out, Does.Contain("GWP 29.8").And.Contain("20.908 t CH4"));
        Assert.That(result.Out, Does.Not.Contain("27,9"));
    }

    [Test]
    public void Demo_TempDatabase_PrintsTheCityEveryYearAndAgreement()
    {
        var result = DemoRun.Result;
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Out, Does.Contain("鄂尔多斯市"));
            foreach (int year in Enumerable.Range(2015, 10))
            {
                Assert.That(result.Out, Does.Contain(year.ToString(CultureInfo.InvariantCulture)));
            }
            // Issue 12: the demo ships no control totals, so its reconciliation row says so instead of "一致".
            Assert.That(result.Out, Does.Contain("无控制数"));
            Assert.That(result.Out, Does.Not.Contain("不一致"));
            Assert.That(result.Out, Does.Contain("(GB18030)"), "the 2015–2017 samples are GB18030");
            Assert.That(result.Error, Is.Empty);
        }
    }

    private void InitAndIngest()
    {
        Assert.That(Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string file = Write("activity.csv", ActivityFile.Text(
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,准格尔旗能源平衡表2020,",
            "150622,2020,1.A.3.b,diesel,1,万吨,准格尔旗能源平衡表2020,",
            "150622,2020,1.A.2.c,electricity,1,万千瓦时,准格尔旗能源平衡表2020,",
            "150622,2020,1.A.1.a.i,electricity_generation,10,亿千瓦时,准格尔旗能源平衡表2020,",
            "150621,2020,1.A.4.b,natural_gas,1,万立方米,达拉特旗能源平衡表2020,"));
        var ingest = Run("ingest", file, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
    }

    private string Write(string name, string content) => temp.Write(name, content);

    private string Dump()
    {
        using var connection = Database.Open(db);
        return DatabaseDump.Content(connection);
    }

    private static CliResult Run(params string[] args) => CliRunner.Run(args);
}
