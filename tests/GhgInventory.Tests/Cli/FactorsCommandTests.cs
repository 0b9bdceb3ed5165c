using System.Text;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 11, a banner official's local factor files: <c>ghg factors import</c> reads a year as activity files do, each bad one reported once.</summary>
[TestFixture]
public sealed class FactorsCommandTests
{
    private const string Header = "activity,parameter,gas,value,unit,source,category,region,year";

    private TempDatabase database = null!;
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        folder = Directory.CreateTempSubdirectory("ghg-factors-cli-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Issue11_Import_YearWithNian_IsAccepted()
    {
        var result = Ghg("factors", "import", Write("local.csv", "raw_coal,ncv,,5000,大卡/千克,准格尔旗电厂煤质化验 2023,,150622,2023年"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("1 local factor(s) stored as factor set #"));
    }

    [Test]
    public void Issue11_Import_BadYear_IsPrintedOnce()
    {
        string file = Write("local.csv", "raw_coal,ncv,,5000,大卡/千克,实测,,150622,二〇二三");
        var result = Ghg("factors", "import", file);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Error.Split('\n').Count(l => l.Contains(file + ":2:", StringComparison.Ordinal)), Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain($"{file}:2: column 9 'year': found '二〇二三', expected a year between 1990 and 2100 (2023 or 2023年)"));
    }

    private CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", database.Path]);

    private string Write(string name, params string[] rows)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }
}
