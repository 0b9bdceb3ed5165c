using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 11, a reliability tester's findings: the demo keeps a user's work, no .NET exception text reaches the user, several files get one summary, devices are refused, factor rows and explain/revert say what is wrong.</summary>
[TestFixture]
public sealed class ReliabilityTests
{
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        folder = Directory.CreateTempSubdirectory("ghg-reliability-").FullName;
        db = Path.Combine(folder, "ghg.db");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    // --- 1. ghg demo rebuilds only a file that holds nothing but its own content.

    [Test]
    public void Issue11_DemoAgainAfterTheUserAddedWork_IsRefusedNamingTheWorkAndTheFileKept()
    {
        string demo = Path.Combine(folder, "demo.db");
        File.Copy(DemoRun.DatabasePath, demo);
        Assert.That(Ghg(demo, "demo").ExitCode, Is.EqualTo(ExitCodes.Success), "a file holding only the demo's content is rebuilt");
        using (var connection = Database.Open(demo, DatabaseAccess.ReadOnly))
        {
            Assert.That(WorkspaceProperties.Get(connection, DemoFootprint.RunsKey), Is.EqualTo("1"), "the demo records its run");
        }

        // A correction 100× the 2023 value raises a plausibility flag, accepted below.
        string correction = Write("corr.csv", ActivityFile.Text("150622,2024,1.A.1.a.i,raw_coal,500000,万吨,更正,"));
        Assert.That(Ghg(demo, "ingest", correction).ExitCode, Is.EqualTo(ExitCodes.Success));
        string factors = Write("f.csv", "activity,parameter,gas,value,unit,source,category,region,year\nraw_coal,ncv,,5000,kcal/kg,实测,,150622,2024\n");
        Assert.That(Ghg(demo, "factors", "import", factors).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(demo, "compile", "--year", "2024").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(demo, "data", "accept-flag", "1", "--reason", "new plant").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(demo, "data", "revert", "--region", "150622", "--year", "2024", "--to", "1").ExitCode, Is.EqualTo(ExitCodes.Success));
        string before = Sha256(demo);

        var again = Ghg(demo, "demo");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Failure), again.ToString());
            Assert.That(again.Error, Does.Contain($"ghg demo will not rebuild {demo}: the demo made it, but it now also holds work the demo did not put there"));
            Assert.That(again.Error, Does.Contain("1 imported file (batch 11 corr.csv)"));
            Assert.That(again.Error, Does.Contain("1 revert or replacement (150622/2024 v3)"));
            Assert.That(again.Error, Does.Contain("1 local factor set (#").And.Contain("f.csv)"));
            Assert.That(again.Error, Does.Contain("1 accepted plausibility flag (#1)"));
            Assert.That(again.Error, Does.Contain("1 inventory run (#2)"));
            Assert.That(again.Error, Does.Contain("nothing was changed").And.Contain("ghg demo --db ghg-demo-2.db").And.Contain($"move {demo} away"));
            Assert.That(Sha256(demo), Is.EqualTo(before));
        }
    }

    [Test]
    public void Issue11_DemoAgainWithOnlyAnExtraRun_IsRefused()
    {
        string demo = Path.Combine(folder, "demo.db");
        File.Copy(DemoRun.DatabasePath, demo);
        Assert.That(Ghg(demo, "compile", "--year", "2020").ExitCode, Is.EqualTo(ExitCodes.Success));
        var again = Ghg(demo, "demo");
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Failure), again.ToString());
        Assert.That(again.Error, Does.Contain("work the demo did not put there: 1 inventory run (#2)."));
    }

    [Test]
    public void Issue11_DemoThatCannotDeleteItsFile_SaysWhyAndKeepsTheFile()
    {
        string demo = Path.Combine(folder, "demo.db");
        File.Copy(DemoRun.DatabasePath, demo);
        // A folder where the -shm file would be resists deletion as a read-only folder would (the tests run as root, which chmod does not stop).
        Directory.CreateDirectory(demo + "-shm");
        File.WriteAllText(Path.Combine(demo + "-shm", "x"), "");
        string before = Sha256(demo);
        var result = Ghg(demo, "demo");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure), result.ToString());
            Assert.That(result.Error, Does.StartWith($"error: ghg demo cannot rebuild {demo}: Access to the path '{demo}-shm' is denied."));
            Assert.That(result.Error, Does.Contain($"its folder {folder} to be writable for you. Nothing was changed.").And.Contain("ghg demo --db ~/ghg-demo.db"));
            Assert.That(Sha256(demo), Is.EqualTo(before));
        }
    }

    private static CliResult Ghg(string database, params string[] args) => CliRunner.Run([.. args, "--db", database]);

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private string Write(string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
