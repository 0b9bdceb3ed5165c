using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12: <c>ghg compile --grid-year nearest|earlier|none</c>, recorded with the run and shown by the reports.</summary>
[TestFixture]
public sealed class Issue12_GridYearCliTests
{
    private TempDatabase database = null!;

    [SetUp]
    public void IngestElectricity()
    {
        database = TempDatabase.Initialized();
        using var workspace = database.Open();
        // 1 万千瓦时 in 准格尔旗 in 2024: 华北 has no 2024 factor; 2023's is 0.6361 kgCO2/kWh (china-grid-ef) → 6.361 t under "nearest".
        var ingested = ActivityFile.Ingest(workspace, "electricity.csv", ActivityFile.Utf8("150622,2024,1.A.2.c,electricity,1,万千瓦时,cli test,"));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
    }

    [TearDown]
    public void Delete() => database.Dispose();

    [Test]
    public void Issue12_GridYearNone_RecordedAndReportedAsNe()
    {
        var compile = CliRunner.Run("compile", "--year", "2024", "--grid-year", "none", "--db", database.Path);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        Assert.That(compile.Out, Does.Contain("(other years: none)"));

        var runs = CliRunner.Run("runs", "--db", database.Path);
        // Shown in words since issue 14 (user trial): grid_year=none is "year: same year only".
        Assert.That(runs.Out, Does.Contain("year: same year only"), runs.ToString());

        var report = CliRunner.Run("report", "--year", "2024", "--format", "json", "--db", database.Path);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        using var json = JsonDocument.Parse(report.Out);
        var bridge = json.RootElement.GetProperty("electricity_bridge");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bridge.GetProperty("grid_factors").GetArrayLength(), Is.Zero);
            // 10^4 kWh went unpriced: NE, not 0 t of a borrowed factor.
            Assert.That(bridge.GetProperty("electricity_without_factor_kwh").GetDouble(), Is.EqualTo(1e4));
            var line = json.RootElement.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("activity").GetString() == "electricity");
            Assert.That(line.GetProperty("notation_key").GetString(), Is.EqualTo("NE"));
            Assert.That(line.GetProperty("note").GetString(), Is.EqualTo("no North China grid factor for 2024 (policy none: the 2023 factor 0.6361 kgCO2/kWh is not used)"));
        }
    }

    [Test]
    public void Issue12_GridYearDefault_IsNearest()
    {
        var compile = CliRunner.Run("compile", "--year", "2024", "--db", database.Path);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        Assert.That(compile.Out, Does.Contain("(other years: nearest)"));
        var report = CliRunner.Run("report", "--year", "2024", "--format", "json", "--db", database.Path);
        using var json = JsonDocument.Parse(report.Out);
        var factor = json.RootElement.GetProperty("electricity_bridge").GetProperty("grid_factors").EnumerateArray().Single();
        Assert.That(factor.GetProperty("value").GetDouble(), Is.EqualTo(0.6361));
        Assert.That(factor.GetProperty("factor_year").GetInt32(), Is.EqualTo(2023));
        Assert.That(factor.GetProperty("policy").GetString(), Is.EqualTo("nearest"));
    }

    [Test]
    public void Issue12_GridYearUnknown_IsRefusedAndStoresNothing()
    {
        string before;
        using (var workspace = database.Open())
        {
            before = DatabaseDump.Content(workspace.Connection);
        }
        var compile = CliRunner.Run("compile", "--year", "2024", "--grid-year", "latest", "--db", database.Path);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.BadUsage), compile.ToString());
        Assert.That(compile.Error, Does.Contain("latest"));
        using (var workspace = database.Open())
        {
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        }
    }
}
