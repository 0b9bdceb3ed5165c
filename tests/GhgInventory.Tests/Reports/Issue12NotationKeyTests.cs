using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 12 item 4 / build 3: a cell made only of NE lines shows NE (never 0) in the table, JSON and compile output; a total with NE parts says so.</summary>
[TestFixture]
public sealed class Issue12NotationKeyTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void Setup()
    {
        temp = TempFolder.Create("ghg-notation");
        Assert.That(CliRunner.Run("init", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string file = Path.Combine(temp.Path, "banner.csv");
        // 1 万吨 raw coal in public power (1.A.1.a.i) and 1000 t diesel in 1.A.5 (non-specified): no CH4/N2O factor there → NE.
        // (Issue 12 used road transport 1.A.3.b; issue 15 gives it the IPCC mobile factors, so the NE example moved to 1.A.5, which
        // Tables 2.2–2.5 and Ch 3 do not cover.)
        File.WriteAllText(file, ActivityFile.Text(
            "150622,2020,1.A.1.a.i,raw_coal,1,万吨,stat,",
            "150622,2020,1.A.5,diesel,1000,t,stat,"));
        var ingest = CliRunner.Run("ingest", file, "--db", temp.Db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Issue12_NonSpecifiedCh4_IsNeInTableAndJson_NeverZero()
    {
        var compile = CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", temp.Db);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        // The year's total has NE parts (1.A.5 CH4, N2O): it says so.
        Assert.That(compile.Out, Does.Match(@"2020: [\d,]+\.\d \+ NE 10\^4 t CO2e territorial"));

        var json = CliRunner.Run("report", "--year", "2020", "--region", "150622", "--format", "json", "--db", temp.Db);
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Success), json.ToString());
        using var doc = JsonDocument.Parse(json.Out);
        var nonSpecified = doc.RootElement.GetProperty("by_category").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "1.A.5");
        Assert.That(nonSpecified.GetProperty("CH4_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(nonSpecified.GetProperty("CH4_notation").GetString(), Is.EqualTo("NE"));
        Assert.That(nonSpecified.GetProperty("N2O_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(nonSpecified.GetProperty("N2O_notation").GetString(), Is.EqualTo("NE"));
        Assert.That(nonSpecified.GetProperty("CO2_t").GetDouble(), Is.GreaterThan(0));
        Assert.That(nonSpecified.GetProperty("CO2e_incomplete").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "NE" }));

        // Power: 1 万吨 = 10,000 t raw coal × 20,908 kJ/kg = 209.08 TJ (IPCC 2006 Vol 2 Tables 2.2: CH4 1 kg/TJ, N2O 1.5 kg/TJ):
        // CO2 = 10,000 × 1.9002988 = 19,002.988 t; CH4 0.20908 t × 28 = 5.85424; N2O 0.31362 t × 265 = 83.1093; CO2e 19,091.95134 t.
        var power = doc.RootElement.GetProperty("by_category").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "1.A.1");
        Assert.That(power.GetProperty("CH4_t").GetDouble(), Is.EqualTo(0.20908).Within(1e-6));
        Assert.That(power.GetProperty("CO2e_t").GetDouble(), Is.EqualTo(19_091.95134).Within(0.01));
        Assert.That(power.TryGetProperty("CO2e_incomplete", out _), Is.False, "a total without NE parts is complete");
        Assert.That(power.TryGetProperty("CH4_notation", out _), Is.False);

        // The whole: a number with its NE parts marked.
        var totals = doc.RootElement.GetProperty("totals");
        Assert.That(totals.GetProperty("CH4_t").GetDouble(), Is.EqualTo(0.20908).Within(1e-6));
        Assert.That(totals.GetProperty("CH4_incomplete").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "NE" }));

        var table = CliRunner.Run("report", "--year", "2020", "--region", "150622", "--lang", "en", "--db", temp.Db);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Success), table.ToString());
        string row = table.Out.Split('\n').Single(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"│ +1\.A\.5 ") && !l.Contains("1.A.5.", StringComparison.Ordinal));
        var cells = row.Split('│', StringSplitOptions.TrimEntries).Where(c => c.Length > 0).ToArray();
        // Code, name, CO2, CH4, N2O, CO2e
        Assert.That(cells[^3], Is.EqualTo("NE"), row);
        Assert.That(cells[^2], Is.EqualTo("NE"), row);
        Assert.That(cells[^1], Does.EndWith(" + NE"), row);
    }
}
