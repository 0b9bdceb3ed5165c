using System.Text.Json;
using ClosedXML.Excel;
using GhgInventory.Cli;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// Issue 14 item 8: provisional (快报) and final (年报) runs, and <c>ghg compare --run A --run B</c>: every changed line with its
/// cause, the changes summed by cause, totals that tie out. Runs of the bundled (illustrative) Ordos sample for 2020, each
/// pair differing in one thing only.
/// </summary>
/// <remarks>
/// Hand calculations use the line 150626 (乌审旗) 2020 1.A.1.a.i raw_coal, energy_2020.csv line 381: 77.94 万吨 = 779,400 t,
/// with the factors the sample run uses: NCV 20.908 GJ/t (GB/T 2589 App. A, china-provincial-2011), carbon content
/// 26.37 tC/TJ and oxidation 0.94 (省级温室气体清单编制指南(试行) 2011), CH4 1 kg/TJ and N2O 1.5 kg/TJ (IPCC 2006 Vol. 2
/// Ch. 2 Table 2.2); GWP N2O 265 (AR5) and 273 (AR6 WG1 Table 7.SM.7); grid factors 0.5568 kgCO2/kWh national 2021 and
/// 0.6776 kgCO2/kWh 华北 2022 (emission-factors/china-grid-ef, MEE &amp; NBS announcements; nearest year to 2020).
/// </remarks>
[TestFixture]
[NonParallelizable]
public sealed class Issue14_RecalculationTests
{
    private const double ArithmeticTonnes = 1e-5; // JSON rounds to 1e-6 t; the hand values are exact products
    private TempFolder temp = null!;

    // Run ids, in the order OneTimeSetUp compiles them.
    private const string Provisional = "1";
    private const string Final = "2";
    private const string Ar6 = "3";
    private const string National = "4";
    private const string Corrected = "5";
    private const string LocalNcv = "6";

    [OneTimeSetUp]
    public void Setup()
    {
        temp = TempFolder.Initialized("ghg-recalc");
        string sample = BundledData.Names("samples/ordos/").Single(n => n.EndsWith("energy_2020.csv", StringComparison.Ordinal));
        string path = Path.Combine(temp.Path, "energy_2020.csv");
        using (var source = BundledData.Open(sample))
        using (var target = File.Create(path))
        {
            source.CopyTo(target);
        }
        Ok(temp.Ghg("ingest", path));
        Ok(temp.Ghg("compile", "--year", "2020", "--provisional", "--note", "Q1-Q3 data"));
        Ok(temp.Ghg("compile", "--year", "2020"));
        Ok(temp.Ghg("compile", "--year", "2020", "--gwp", "AR6"));
        Ok(temp.Ghg("compile", "--year", "2020", "--grid", "national"));
        Ok(temp.Ingest("fix.csv", "150626,2020,1.A.1.a.i,raw_coal,80,万吨,correction,"));
        Ok(temp.Ghg("compile", "--year", "2020"));
        string factors = temp.Write("ncv.csv", "activity,parameter,gas,value,unit,source,region,year\nraw_coal,ncv,,18.5,GJ/t,plant lab 2020,150626,2020\n");
        Ok(temp.Ghg("factors", "import", factors));
        Ok(temp.Ghg("compile", "--year", "2020"));
    }

    [OneTimeTearDown]
    public void TearDown() => temp.Dispose();

    private static void Ok(CliResult result) => Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());

    private JsonElement Compare(string a, string b, params string[] more)
    {
        var result = temp.Ghg(["compare", "--run", a, "--run", b, "--format", "json", .. more]);
        Ok(result);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static JsonElement Line(JsonElement d, string region, string category, string activity, string gas, string scope = "territorial") =>
        d.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("region").GetString() == region && c.GetProperty("category").GetString() == category
            && c.GetProperty("activity").GetString() == activity && c.GetProperty("gas").GetString() == gas && c.GetProperty("scope").GetString() == scope);

    private static string[] Causes(JsonElement e) => e.GetProperty("causes").EnumerateArray().Select(c => c.GetString()!).ToArray();

    private static IEnumerable<string> AllCauses(JsonElement d) => d.GetProperty("changes").EnumerateArray().SelectMany(Causes).Distinct();

    /// <summary>Σ changes = total(B) − total(A), per view, against the report's own totals (a separate code path: InventorySummarizer).</summary>
    private void AssertTiesOut(JsonElement d, string a, string b)
    {
        foreach (var t in d.GetProperty("totals").EnumerateArray())
        {
            Assert.That(t.GetProperty("sum_of_changes_co2e_t").GetDouble(),
                Is.EqualTo(t.GetProperty("total_b_co2e_t").GetDouble() - t.GetProperty("total_a_co2e_t").GetDouble()).Within(1e-3), t.ToString());
        }
        double Territorial(string run)
        {
            var r = temp.Ghg("report", "--run", run, "--format", "json");
            Ok(r);
            return JsonDocument.Parse(r.Out).RootElement.GetProperty("totals").GetProperty("CO2e_t").GetDouble();
        }
        double sum = d.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("scope").GetString() == "territorial")
            .Sum(c => c.GetProperty("change_co2e_t").GetDouble());
        // The report rounds its totals to 1e-3 t.
        Assert.That(sum, Is.EqualTo(Territorial(b) - Territorial(a)).Within(0.01));
        double byCause = d.GetProperty("by_cause").EnumerateArray().Where(c => c.GetProperty("scope").GetString() == "territorial")
            .Sum(c => c.GetProperty("change_co2e_t").GetDouble());
        Assert.That(byCause, Is.EqualTo(sum).Within(1e-3));
    }

    [Test]
    public void Issue14_ProvisionalThenFinal_SameInputsTwoRunsNoLineChanges()
    {
        var d = Compare(Provisional, Final);
        Assert.That(d.GetProperty("run_a").GetProperty("status").GetString(), Is.EqualTo("provisional"));
        Assert.That(d.GetProperty("run_b").GetProperty("status").GetString(), Is.EqualTo("final"));
        Assert.That(d.GetProperty("same_inputs").GetBoolean(), Is.True, "the status is not part of the inputs hash");
        Assert.That(d.GetProperty("run_a").GetProperty("inputs_sha256").GetString(), Is.EqualTo(d.GetProperty("run_b").GetProperty("inputs_sha256").GetString()));
        Assert.That(d.GetProperty("changes").GetArrayLength(), Is.Zero);
        Assert.That(d.GetProperty("unchanged_lines").GetInt32(), Is.GreaterThan(1000));

        var table = temp.Ghg("compare", "--run", Provisional, "--run", Final);
        Ok(table);
        Assert.That(table.Out, Does.Contain("run 1 (provisional) → run 2 (final (annual))").And.Contain("same inputs"));
    }

    [Test]
    public void Issue14_ProvisionalRun_EveryReportSaysSoFirst()
    {
        var table = temp.Ghg("report", "--run", Provisional);
        Ok(table);
        Assert.That(table.Out.Split('\n')[0], Does.StartWith("PROVISIONAL: run 1").And.Contain("Q1-Q3 data"));
        var zh = CliRunner.RunZh("report", "--run", Provisional, "--db", temp.Db);
        Assert.That(zh.Out.Split('\n')[0], Does.StartWith("快报:核算 1").And.Contain("Q1-Q3 data"));

        var json = JsonDocument.Parse(temp.Ghg("report", "--run", Provisional, "--format", "json").Out).RootElement;
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("provisional"));
        Assert.That(json.GetProperty("status_note").GetString(), Is.EqualTo("Q1-Q3 data"));
        var finalJson = JsonDocument.Parse(temp.Ghg("report", "--run", Final, "--format", "json").Out).RootElement;
        Assert.That(finalJson.GetProperty("status").GetString(), Is.EqualTo("final"));
        Assert.That(finalJson.TryGetProperty("status_note", out _), Is.False);

        var csv = temp.Ghg("report", "--run", Provisional, "--format", "csv");
        Ok(csv);
        Assert.That(csv.Out.TrimStart('\uFEFF').Split('\n')[0], Does.Contain("PROVISIONAL: run 1"));
        Assert.That(temp.Ghg("report", "--run", Final, "--format", "csv").Out, Does.Not.Contain("PROVISIONAL"));

        string html = Path.Combine(temp.Path, "p.html");
        Ok(temp.Ghg("report", "--run", Provisional, "--format", "html", "--out", html));
        string page = File.ReadAllText(html);
        Assert.That(page.IndexOf("class=\"provisional\"", StringComparison.Ordinal), Is.GreaterThan(0).And.LessThan(page.IndexOf("<h1>", StringComparison.Ordinal)));

        string xlsx = Path.Combine(temp.Path, "p.xlsx");
        Ok(temp.Ghg("report", "--run", Provisional, "--format", "xlsx", "--out", xlsx));
        using (var book = new XLWorkbook(xlsx))
        {
            Assert.That(book.Worksheets.Select(s => s.Cell(1, 1).GetString()), Has.All.StartWith("PROVISIONAL: run 1"));
        }

        var runs = temp.Ghg("runs");
        Ok(runs);
        Assert.That(runs.Out, Does.Contain("provisional (Q1-Q3 data)").And.Contain("final (annual)"));
    }

    [Test]
    public void Issue14_Ar6_EveryChangeIsTheGwpSet_N2OLineByHand()
    {
        var d = Compare(Final, Ar6);
        Assert.That(AllCauses(d), Is.EqualTo(new[] { "gwp" }));
        // N2O = 779,400 t × 20.908 GJ/t × 1.5 kg/TJ = 24.4435428 t; × (273 − 265) = 195.5483424 t CO2e.
        var n2o = Line(d, "150626", "1.A.1.a.i", "raw_coal", "N2O");
        Assert.That(n2o.GetProperty("change_co2e_t").GetDouble(), Is.EqualTo(195.5483424).Within(ArithmeticTonnes));
        Assert.That(n2o.GetProperty("a_gwp").GetDouble(), Is.EqualTo(265));
        Assert.That(n2o.GetProperty("b_gwp").GetDouble(), Is.EqualTo(273));
        Assert.That(d.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("gas").GetString() == "CO2"), Is.False, "CO2 has GWP 1 in every set");
        AssertTiesOut(d, Final, Ar6);
    }

    [Test]
    public void Issue14_GridNational_IndirectElectricityIsTheRule_LineByHand()
    {
        var d = Compare(Final, National);
        Assert.That(d.GetProperty("options_differ").GetBoolean(), Is.True);
        Assert.That(AllCauses(d), Is.EqualTo(new[] { "rule" }));
        // 69,202.7 万千瓦时 = 692,027,000 kWh × (0.5568 − 0.6776) kgCO2/kWh = −83,596.8616 t CO2.
        var line = Line(d, "150602", "1.A.2.c", "electricity", "CO2", "indirect");
        Assert.That(line.GetProperty("change_co2e_t").GetDouble(), Is.EqualTo(-83596.8616).Within(ArithmeticTonnes));
        Assert.That(Causes(line), Is.EqualTo(new[] { "rule" }));
        Assert.That(d.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("scope").GetString() == "territorial"), Is.False,
            "the grid factor only enters the consumption-based view");
        AssertTiesOut(d, Final, National);
    }

    [Test]
    public void Issue14_CorrectedActivityRow_OnlyItsSourceChanges_ByHand()
    {
        var d = Compare(Final, Corrected);
        var territorial = d.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("scope").GetString() == "territorial").ToList();
        Assert.That(territorial.Select(c => $"{c.GetProperty("region").GetString()} {c.GetProperty("category").GetString()} {c.GetProperty("activity").GetString()} {c.GetProperty("gas").GetString()}"),
            Is.EquivalentTo(new[] { "150626 1.A.1.a.i raw_coal CO2", "150626 1.A.1.a.i raw_coal CH4", "150626 1.A.1.a.i raw_coal N2O" }));
        Assert.That(AllCauses(d), Is.EqualTo(new[] { "activity" }));
        // (800,000 − 779,400) t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 39,146.15628528 t CO2.
        Assert.That(Line(d, "150626", "1.A.1.a.i", "raw_coal", "CO2").GetProperty("change_co2e_t").GetDouble(), Is.EqualTo(39146.15628528).Within(ArithmeticTonnes));
        // CH4: 20,600 t × 20.908 GJ/t × 1 kg/TJ × 28 (AR5) = 12.0597344 t CO2e.
        Assert.That(Line(d, "150626", "1.A.1.a.i", "raw_coal", "CH4").GetProperty("change_co2e_t").GetDouble(), Is.EqualTo(12.0597344).Within(ArithmeticTonnes));
        AssertTiesOut(d, Final, Corrected);
    }

    [Test]
    public void Issue14_LocalFactorSet_ChangesAreTheFactorSet_ByHand()
    {
        var d = Compare(Corrected, LocalNcv);
        var territorial = d.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("scope").GetString() != "indirect");
        Assert.That(territorial.SelectMany(Causes).Distinct(), Is.EqualTo(new[] { "factor_set" }));
        // Heat used in 150626 carries a factor derived from 150626's own heat supply (1.A.1.a.ii/iii raw coal), which the NCV moved.
        var heat = Line(d, "150626", "1.A.2.c", "heat", "CO2", "indirect");
        Assert.That(Causes(heat), Is.EqualTo(new[] { "derived" }));
        // 800,000 t × (18.5 − 20.908) GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = −175,087.79904 t CO2.
        var line = Line(d, "150626", "1.A.1.a.i", "raw_coal", "CO2");
        Assert.That(line.GetProperty("change_co2e_t").GetDouble(), Is.EqualTo(-175087.79904).Within(ArithmeticTonnes));
        Assert.That(d.GetProperty("changes").EnumerateArray().All(c => c.GetProperty("region").GetString() == "150626"), Is.True, "the measured NCV is 乌审旗's only");
        AssertTiesOut(d, Corrected, LocalNcv);
    }

    [Test]
    public void Issue14_SeveralCausesAreNamedTogether()
    {
        // Run 3 (AR6) against run 6 (AR5, corrected row, local NCV): the raw coal N2O line of 150626 moved for all three reasons.
        var d = Compare(Ar6, LocalNcv);
        Assert.That(Causes(Line(d, "150626", "1.A.1.a.i", "raw_coal", "N2O")), Is.EqualTo(new[] { "activity", "factor_set", "gwp" }));
        var combined = d.GetProperty("by_cause").EnumerateArray().Single(c => c.GetProperty("scope").GetString() == "territorial"
            && Causes(c).SequenceEqual(new[] { "activity", "factor_set", "gwp" }));
        Assert.That(combined.GetProperty("lines").GetInt32(), Is.EqualTo(2), "CH4 and N2O of that source (CO2 has GWP 1: activity + factor set)");
        AssertTiesOut(d, Ar6, LocalNcv);
    }

    [Test]
    public void Issue14_RegionAndYear_Narrow()
    {
        var d = Compare(Final, Corrected, "--region", "150602");
        Assert.That(d.GetProperty("region").GetString(), Is.EqualTo("150602"));
        Assert.That(d.GetProperty("changes").GetArrayLength(), Is.Zero, "the correction is in 150626");
        var years = Compare(Final, Corrected, "--year", "2020").GetProperty("years").EnumerateArray().Select(y => y.GetInt32());
        Assert.That(years, Is.EqualTo(new[] { 2020 }));
    }

    [Test]
    public void Issue14_BadUsage_IsRefusedAndStoresNothing()
    {
        string before;
        using (var w = Workspace.OpenReadOnly(temp.Db, NodaTime.SystemClock.Instance))
        {
            before = DatabaseDump.Content(w.Connection);
        }
        var once = temp.Ghg("compare", "--run", "1");
        Assert.That(once.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(once.Error, Does.Contain("--run A --run B"));
        var missing = temp.Ghg("compare", "--run", "1", "--run", "99");
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(missing.Error, Does.Contain("no run 99"));
        var year = temp.Ghg("compare", "--run", "1", "--run", "2", "--year", "2019");
        Assert.That(year.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(year.Error, Does.Contain("no year in common"));
        using (var w = Workspace.OpenReadOnly(temp.Db, NodaTime.SystemClock.Instance))
        {
            Assert.That(DatabaseDump.Content(w.Connection), Is.EqualTo(before));
        }
    }
}
