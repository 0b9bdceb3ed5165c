using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12, tester finding: the control reconciliation never takes a record under NE or C as 0 (/tmp/tb/rne.db).</summary>
[TestFixture]
public sealed class Issue12ControlNotationTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void Setup()
    {
        temp = TempFolder.Initialized("ghg-control-ne");
        string data = Path.Combine(temp.Path, "data.csv");
        // 乌审旗 2023: raw coal 600 万吨 at 1.A.2.a and an NE row at 1.A.2.c; natural gas only as a confidential row.
        File.WriteAllText(data, ActivityFile.Text(
            "150626,2023,1.A.2.c,raw_coal,NE,万吨,t,not reported",
            "150626,2023,1.A.2.a,raw_coal,600,万吨,t,",
            "150626,2023,1.A.2.c,natural_gas,C,亿立方米,t,confidential"));
        Assert.That(CliRunner.Run("ingest", data, "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string control = Path.Combine(temp.Path, "ctl.csv");
        File.WriteAllText(control, "region,year,activity,value,unit,source\n150626,2023,raw_coal,600,万吨,bal\n150626,2023,natural_gas,3,亿立方米,bal\n");
        Assert.That(CliRunner.Run("control", "import", control, "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("compile", "--year", "2023", "--region", "150626", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Issue12_ControlCheckWithNeOrCRecords_IsIncompleteOrNotComparable_NeverAgreesOrZero()
    {
        var table = CliRunner.Run("report", "--year", "2023", "--region", "150626", "--lang", "en", "--db", temp.Db);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Success), table.ToString());
        var rows = table.Out.Split('\n');
        // 600 万吨 numeric (6,000,000 t) beside an NE row: the sum shows "600 万吨 + NE" and is incomplete, not "agrees".
        string coal = rows.Single(l => l.Contains("ctl.csv:2", StringComparison.Ordinal));
        Assert.That(coal, Does.Contain("600 万吨 + NE").And.Contain("incomplete (NE)").And.Not.Contain("agrees"));
        // Natural gas only as C: the sum is "C", not "0 亿立方米, −100 %".
        // The row without its file path: the temporary folder's random name may itself contain "-100".
        string gas = rows.Single(l => l.Contains("ctl.csv:3", StringComparison.Ordinal)).Replace(temp.Path, "", StringComparison.Ordinal);
        Assert.That(gas, Does.Contain(" C ").And.Contain("not comparable (C)").And.Not.Contain("-100").And.Not.Contain("DOES NOT agree"));

        var json = CliRunner.Run("report", "--year", "2023", "--region", "150626", "--format", "json", "--db", temp.Db);
        using var doc = JsonDocument.Parse(json.Out);
        var r = doc.RootElement.GetProperty("reconciliation");
        Assert.That(r.GetProperty("agrees").GetBoolean(), Is.False);
        var byActivity = r.GetProperty("by_activity").EnumerateArray().ToDictionary(a => a.GetProperty("activity").GetString()!, a => a.Clone());
        var c = byActivity["raw_coal"];
        Assert.That(c.GetProperty("records").GetDouble(), Is.EqualTo(6_000_000).Within(1e-6));
        Assert.That(c.GetProperty("records_incomplete").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "NE" }));
        Assert.That(c.GetProperty("share").ValueKind, Is.EqualTo(JsonValueKind.Null), "re-test finding: no share of a difference known only in part");
        Assert.That(c.GetProperty("difference_incomplete").GetString(), Is.EqualTo("NE"));
        Assert.That(c.GetProperty("agrees").GetBoolean(), Is.False);
        Assert.That(c.GetProperty("verdict").GetString(), Is.EqualTo("incomplete (NE)"));
        var g = byActivity["natural_gas"];
        Assert.That(g.GetProperty("records").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(g.GetProperty("records_notation").GetString(), Is.EqualTo("C"));
        Assert.That(g.GetProperty("difference").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(g.GetProperty("verdict").GetString(), Is.EqualTo("not comparable (C)"));
        // 3 亿立方米 = 3 × 10^8 m3 in the control still shows.
        Assert.That(g.GetProperty("control").GetDouble(), Is.EqualTo(300_000_000).Within(1e-6));
    }
}
