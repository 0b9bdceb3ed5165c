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
    private TempFolder temp = null!;
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Create("ghg-reliability");
        folder = temp.Path;
        db = temp.Db;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

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

        // A correction 100× the 2023 value raises a plausibility flag, accepted below. Since issue 14 the demo imports indicators.csv
        // as batch 11 (v2 of every region-year), so the correction is batch 12 and its revert v4.
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
            // Issue 15: the demo also imports each samples/ordos/sector_*.csv (every region and year) after the indicators, one batch
            // and one version of 150622/2024 each, so the correction and its revert come that many later.
            int sectors = GhgInventory.Data.BundledData.Names("samples/ordos/").Count(n => Path.GetFileName(n).StartsWith("sector_", StringComparison.Ordinal));
            Assert.That(again.Error, Does.Contain($"1 imported file (batch {12 + sectors} corr.csv)"));
            Assert.That(again.Error, Does.Contain($"1 revert or replacement (150622/2024 v{4 + sectors})"));
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

    // --- 2. No .NET exception text.

    [Test]
    public void Issue11_AcceptFlagWithEmptyReasonTwiceOrUnknown_IsBadUsageInPlainWords()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(db, "ingest", Write("2022.csv", ActivityFile.Text("150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,"))).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(db, "ingest", Write("2023.csv", ActivityFile.Text("150622,2023,1.A.1.a.i,raw_coal,100000,万吨,stat,"))).ExitCode, Is.EqualTo(ExitCodes.Success));
        string before = Sha256(db);

        var empty = Ghg(db, "data", "accept-flag", "1", "--reason", "");
        Assert.That(empty.ExitCode, Is.EqualTo(ExitCodes.BadUsage), empty.ToString());
        Assert.That(empty.Error, Is.EqualTo("error: flag #1 was not accepted: --reason is empty; it needs the reason the value is right, e.g. --reason \"new coal-to-olefins plant started in 2023\". Nothing was changed.\n"));
        var unknown = Ghg(db, "data", "accept-flag", "99", "--reason", "checked");
        Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.BadUsage), unknown.ToString());
        Assert.That(unknown.Error, Is.EqualTo("error: there is no flag #99 in this database; 'ghg data' lists the flags with their ids. Nothing was changed.\n"));
        Assert.That(Sha256(db), Is.EqualTo(before));

        Assert.That(Ghg(db, "data", "accept-flag", "1", "--reason", "checked").ExitCode, Is.EqualTo(ExitCodes.Success));
        string accepted = Sha256(db);
        var twice = Ghg(db, "data", "accept-flag", "1", "--reason", "again");
        Assert.That(twice.ExitCode, Is.EqualTo(ExitCodes.BadUsage), twice.ToString());
        Assert.That(twice.Error, Does.StartWith("error: flag #1 is already accepted, with the reason \"checked\"").And.Not.Contain("Parameter"));
        Assert.That(Sha256(db), Is.EqualTo(accepted));
    }

    [Test]
    public void Issue11_EmptyDb_IsBadUsageForEveryVerb([Values("report", "init", "ingest", "demo", "runs")] string verb)
    {
        string[] args = verb == "ingest" ? [verb, Write("a.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,1,万吨,s,")), "--db", ""] : [verb, "--db", ""];
        var result = CliRunner.Run(args);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.StartWith("error: --db is empty: it needs the path of the database file, e.g. --db ").And.Not.Contain("Parameter"));
    }

    [Test]
    public void Issue11_InitInAFolderThatDoesNotExist_NamesTheFolderAndCreatesNothing()
    {
        string path = Path.Combine(folder, "nodir", "x.db");
        var result = CliRunner.Run("init", "--db", path);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure), result.ToString());
        Assert.That(result.Error, Is.EqualTo($"error: cannot create {path}: the folder {Path.Combine(folder, "nodir")} does not exist. Nothing was created."
            + $" Create the folder first (mkdir -p '{Path.Combine(folder, "nodir")}'), or give --db a path in an existing folder.\n"));
        Assert.That(Directory.GetFileSystemEntries(folder), Is.Empty);
    }

    [Test]
    public void Issue11_SqliteReadOnlyError_IsDescribedWithTheFileAndWhatToDo()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        // SQLite's own error for a write to a file it may only read (what a writer meets on a read-only file as a non-root user).
        using var connection = Database.Open(db, DatabaseAccess.ReadOnly);
        var error = Assert.Throws<SqliteException>(() => connection.Execute("INSERT INTO workspace_properties (key, value) VALUES ('a', 'b')"))!;
        Assert.That(error.SqliteErrorCode, Is.EqualTo(8));
        Assert.That(FileFailures.Describe(error, db), Is.EqualTo($"{db} cannot be written: the file is read-only for you, or its folder {folder} does not let you create"
            + " the ghg.db-journal file a write needs beside it. Nothing was changed. Make the file and its folder writable for you, or work on a copy in a folder of your own."));
    }

    [Test]
    public void Issue11_WriterOnAReadOnlyFile_SaysSoAndChangesNothing()
    {
        Assume.That(!OperatingSystem.IsWindows() && Environment.UserName != "root", "root may write a file of mode 400");
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(db, UnixFileMode.UserRead);
        }
        string before = Sha256(db);
        var result = Ghg(db, "ingest", Write("a.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,1,万吨,s,")));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure), result.ToString());
        Assert.That(result.Error, Does.StartWith($"error: {db} is read-only for you, and this command writes to the database. Nothing was changed."));
        Assert.That(Sha256(db), Is.EqualTo(before));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    // --- 3. Several files: one summary line.

    [Test]
    public void Issue11_IngestOfAGoodAndABadFile_EndsWithASummarySayingWhatWasStored()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string good = Write("n1.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,"));
        string bad = Write("n_bad.csv", ActivityFile.Text("150622,2020,1.A.2,nonsense,1,万吨,stat,"));
        var result = Ghg(db, "ingest", good, bad);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Out.TrimEnd().Split('\n')[^1], Is.EqualTo($"2 files: 1 imported ({good}), 1 rejected ({bad}: nothing of it stored)"));
        Assert.That(result.Error, Does.Contain($"✗ {bad}: rejected, 1 issue(s) in 1 of 1 row(s); nothing of it stored"));
        using var connection = Database.Open(db, DatabaseAccess.ReadOnly);
        Assert.That(connection.Query<string>("SELECT file_name FROM activity_batches"), Is.EqualTo(new[] { "n1.csv" }), "the good file was imported whole");
    }

    // --- 4. Devices, folders and sockets are refused at once.

    [Test, CancelAfter(20_000)]
    public void Issue11_IngestOfADeviceFolderOrSocket_IsRefusedAtOnce()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string socketPath = Path.Combine(folder, "s.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        string before = Sha256(db);
        foreach (var (path, what) in new[]
        {
            ("/dev/zero", "a character device, not a file (a device such as /dev/zero or /dev/urandom never ends, so it cannot be read to its end)"),
            (folder, "a folder, not a file"),
            (socketPath, "a socket, not a file"),
        })
        {
            var result = Ghg(db, "ingest", path);
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
            Assert.That(result.Error, Is.EqualTo($"error: {path} is {what}.\nghg ingest reads regular files, a pipe or FIFO, or /dev/stdin. Nothing was read or stored.\n"));
        }
        Assert.That(Sha256(db), Is.EqualTo(before));
    }

    // --- 5. Factor files: years in order, region names as activity files take them.

    [Test]
    public void Issue11_FactorRowValidToBeforeValidFrom_IsRefusedNamingBothYears()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string file = Write("f.csv", "activity,parameter,value,unit,source,region,valid_from,valid_to\nraw_coal,ncv,5000,kcal/kg,实测,150622,2025,2020\n");
        string before = Sha256(db);
        var result = Ghg(db, "factors", "import", file);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Error, Does.Contain($"{file}:2: column 8 'valid_to': found '2020', expected a year at or after valid_from 2025: the row is valid from 2025 to 2020"));
        Assert.That(Sha256(db), Is.EqualTo(before));
    }

    [TestCase("jungar banner")]
    [TestCase("JUNGAR BANNER")]
    [TestCase("准格尔旗")]
    public void Issue11_FactorRowRegionByNameInAnyCase_IsStoredAsItsCode(string region)
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string file = Write("f.csv", $"activity,parameter,value,unit,source,region,year\nraw_coal,ncv,5000,kcal/kg,实测,{region},2023\n");
        var result = Ghg(db, "factors", "import", file);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        using var connection = Database.Open(db, DatabaseAccess.ReadOnly);
        Assert.That(connection.Query<string>("SELECT f.region FROM factors f JOIN factor_sets s ON s.id = f.factor_set_id WHERE s.tier = 'local'"),
            Is.EqualTo(new[] { "150622" }));
    }

    // --- 6. A file refused as a whole is not counted in rows.

    [Test]
    public void Issue11_FileRejectedForItsEncoding_IsCountedAsTheFileAsAWhole()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string file = Path.Combine(folder, "cut.csv");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetBytes("region,year,category,activity,value,unit\n150622,2020,1.A.1.a.i,"), 0xFF, 0xFE, 0xFD, .. ",1,t\n"u8]);
        var result = Ghg(db, "ingest", file);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Error, Does.Contain($"✗ {file}: rejected, 1 issue(s) with the file as a whole (its rows were not read); nothing of it stored").And.Not.Contain("of 0 row(s)"));
    }

    // --- 7. explain's category, a redundant revert.

    [TestCase("1.Z.9", "is not a category of the tree")]
    [TestCase("1.A.9", "is not a category of the tree")]
    [TestCase("energy", "is not an IPCC category code")]
    public void Issue11_ExplainWithAnUnknownOrMalformedCategory_IsBadUsageWithTheAcceptedForm(string category, string what)
    {
        var result = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2024", "--region", "150622", "--category", category);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.StartWith($"error: --category '{category}' {what}; give a code of the category tree (emission-factors/vocabulary/categories.csv), written with dots, such as 1.A, 1.A.1,"));
    }

    [Test]
    public void Issue11_ExplainWithACategoryInAnotherCase_FindsItsLines()
    {
        var result = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2024", "--region", "150622", "--category", "1.a.1.a.I", "--activity", "raw_coal", "--gas", "CO2");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("1.A.1.a.i"));
    }

    [Test]
    public void Issue11_RevertToAVersionWhoseRowsAreAlreadyCurrent_IsBadUsageAndMakesNoVersion()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(db, "ingest", Write("a.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,"))).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(db, "ingest", Write("b.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,120,万吨,fix,"))).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg(db, "data", "revert", "--region", "150622", "--year", "2020", "--to", "1").ExitCode, Is.EqualTo(ExitCodes.Success));
        string before = Sha256(db);
        var again = Ghg(db, "data", "revert", "--region", "150622", "--year", "2020", "--to", "1");
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.BadUsage), again.ToString());
        Assert.That(again.Error, Is.EqualTo("error: v1 of 150622/2020 is already current (v3 has the rows of v1); nothing to revert, no version was made.\n"));
        Assert.That(Sha256(db), Is.EqualTo(before));

        // v2's rows are not current: reverting to it is a real change.
        var toTwo = Ghg(db, "data", "revert", "--region", "150622", "--year", "2020", "--to", "2");
        Assert.That(toTwo.ExitCode, Is.EqualTo(ExitCodes.Success), toTwo.ToString());
        Assert.That(toTwo.Out, Does.Contain("v4 made current, the same records as v2"));
    }

    private static CliResult Ghg(string database, params string[] args) => CliRunner.Run([.. args, "--db", database]);

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private string Write(string name, string text) => temp.Write(name, text);
}
