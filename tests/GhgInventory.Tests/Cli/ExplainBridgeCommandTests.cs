using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary><c>ghg explain --bridge</c> refuses a year its run has no data for as <c>report</c> and <c>explain --category</c> do.</summary>
[TestFixture]
public sealed class ExplainBridgeCommandTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void Setup()
    {
        temp = TempFolder.Create("ghg-explain-bridge");
        Assert.That(CliRunner.Run("init", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void ExplainBridge_YearWithoutData_ExitsFailureNamingTheYearsCovered()
    {
        string file = Path.Combine(temp.Path, "data.csv");
        File.WriteAllText(file, ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,1,万吨,stat,"));
        Assert.That(CliRunner.Run("ingest", file, "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("compile", "--year", "2015-2024", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));

        // Not bad usage (exit 2): the command was right, the run has no data for 2021 (exit 1, as report gives).
        var bridge2021 = CliRunner.Run("explain", "--year", "2021", "--region", "150622", "--bridge", "--db", temp.Db);
        Assert.That(bridge2021.ExitCode, Is.EqualTo(ExitCodes.Failure), bridge2021.ToString());
        Assert.That(bridge2021.Error, Does.Contain("covers 2020"));
        Assert.That(bridge2021.Out, Is.Empty);
    }
}
