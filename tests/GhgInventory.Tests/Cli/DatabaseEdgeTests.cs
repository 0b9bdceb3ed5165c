using System.Text;
using Dapper;
using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 11, items 8 and 10: every verb refuses, before writing, a file it must not touch; read-only verbs write nothing.</summary>
[TestFixture]
public sealed class DatabaseEdgeTests
{
    private TempFolder temp = null!;
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Create("ghg-edge");
        folder = temp.Path;
        db = temp.Db;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    /// <summary>Every verb with the arguments it needs, the database last.</summary>
    private static IEnumerable<TestCaseData> EveryVerb()
    {
        yield return new TestCaseData("init", new[] { "init" }).SetArgDisplayNames("init");
        yield return new TestCaseData("ingest", new[] { "ingest", "{activity}" }).SetArgDisplayNames("ingest");
        yield return new TestCaseData("factors import", new[] { "factors", "import", "{factors}" }).SetArgDisplayNames("factors import");
        yield return new TestCaseData("factors list", new[] { "factors", "list" }).SetArgDisplayNames("factors list");
        yield return new TestCaseData("compile", new[] { "compile", "--year", "2020" }).SetArgDisplayNames("compile");
        yield return new TestCaseData("report", new[] { "report", "--year", "2020" }).SetArgDisplayNames("report");
        yield return new TestCaseData("explain", new[] { "explain", "--year", "2020", "--region", "150622", "--category", "1.A.1.a.i" }).SetArgDisplayNames("explain");
        yield return new TestCaseData("runs", new[] { "runs" }).SetArgDisplayNames("runs");
        yield return new TestCaseData("demo", new[] { "demo" }).SetArgDisplayNames("demo");
    }

    [TestCaseSource(nameof(EveryVerb))]
    public void Issue11_NewerSchema_IsRefusedUntouchedByEveryVerb(string verb, string[] args)
    {
        MakeCompiledDatabase();
        DatabaseTests.MakeNewer(db);
        var result = AssertRefusedUntouched(args);
        Assert.That(result.Error, Does.Contain($"schema version 99, newer than this engine knows (up to {Migrator.Available[^1].Version})"), verb);
    }

    [TestCaseSource(nameof(EveryVerb))]
    public void Issue11_ForeignSqliteFile_IsRefusedUntouchedByEveryVerb(string verb, string[] args)
    {
        DatabaseTests.MakeForeign(db);
        var result = AssertRefusedUntouched(args);
        Assert.That(result.Error, Does.Contain("another program (tables posts, schema_version, users)"), verb);
    }

    [TestCaseSource(nameof(EveryVerb))]
    public void Issue11_TextFile_IsRefusedUntouchedByEveryVerb(string verb, string[] args)
    {
        File.WriteAllText(db, "这不是数据库\nnot a database\n", new UTF8Encoding(false));
        var result = AssertRefusedUntouched(args);
        Assert.That(result.Error, Does.Contain("not a SQLite database"), verb);
        Assert.That(result.Error, Does.Contain(db), verb);
    }

    [Test]
    public void Issue11_InitOnAZeroByteFile_InitialisesIt()
    {
        File.WriteAllBytes(db, []);
        var result = CliRunner.Run("init", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(Database.Inspect(db).Kind, Is.EqualTo(DatabaseFileKind.Inventory));
    }

    [Test]
    public void Issue11_ReportInAReadOnlyFolder_WorksAndLeavesNoNewFile()
    {
        MakeCompiledDatabase();
        byte[] before = File.ReadAllBytes(db);
        var entries = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        Chmod(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);                       // 444
        Chmod(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);                                                // 555
        // As root the permissions do not bind; the read-only connection must still write nothing and create nothing.
        var report = CliRunner.Run("report", "--year", "2020", "--region", "150622", "--format", "json", "--db", db);
        var explain = CliRunner.Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.1.a.i", "--activity", "raw_coal", "--gas", "CO2", "--db", db);
        var runs = CliRunner.Run("runs", "--db", db);
        var factors = CliRunner.Run("factors", "list", "--db", db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
            // 100 万吨 raw coal: 10^6 t × 20,908 kJ/kg × 26.37 tC/TJ × 0.94 × 44/12 = 1,900,298.8 t CO2 (1.9002988 t CO2/t).
            Assert.That(report.Out, Does.Contain("1900298.8"));
            Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
            Assert.That(runs.ExitCode, Is.EqualTo(ExitCodes.Success), runs.ToString());
            Assert.That(factors.ExitCode, Is.EqualTo(ExitCodes.Success), factors.ToString());
            Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName), Is.EquivalentTo(entries), "no new file");
            Assert.That(File.ReadAllBytes(db), Is.EqualTo(before));
        }
    }

    [Test]
    public void Issue11_ReportByAnotherUserInAReadOnlyFolder_WorksAndLeavesNoNewFile([Values] bool wal)
    {
        // The permissions bind only on a user other than root: run the ghg beside the tests as 'nobody' (setpriv).
        string ghg = Path.Combine(AppContext.BaseDirectory, "ghg");
        Assume.That(OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/setpriv") && File.Exists(ghg), Is.True,
            "needs Linux, root, setpriv and the ghg apphost");
        MakeCompiledDatabase();
        if (wal)
        {
            // As an earlier engine left its databases: WAL mode, closed cleanly (no -wal file).
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL");
        }
        byte[] before = File.ReadAllBytes(db);
        var entries = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        Chmod(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Chmod(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", ghg, "report", "--year", "2020", "--region", "150622", "--format", "json", "--db", db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = System.Diagnostics.Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        string stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(child.ExitCode, Is.EqualTo(ExitCodes.Success), stderr.Result);
            // 100 万吨 raw coal: 10^6 t × 1.9002988 t CO2/t (20,908 kJ/kg × 26.37 tC/TJ × 0.94 × 44/12) = 1,900,298.8 t CO2.
            Assert.That(stdout, Does.Contain("1900298.8"));
            Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName), Is.EquivalentTo(entries), "no -wal/-shm/-journal left to block the owner");
            Assert.That(File.ReadAllBytes(db), Is.EqualTo(before));
        }
    }

    [Test]
    public void Issue11_ReportOnAWalDatabaseOfAnEarlierVersion_LeavesNoFileAndTheNextIngestConvertsIt()
    {
        MakeCompiledDatabase();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL");
        }
        Assert.That(File.ReadAllBytes(db)[18], Is.EqualTo(2), "WAL, as databases of the earlier engine were");
        var report = CliRunner.Run("report", "--year", "2020", "--db", db);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        Assert.That(DatabaseTests.SideFiles(db), Is.Empty, "a read-only verb leaves no -wal/-shm to block the owner");

        string file = Write("more.csv", ActivityFile.Text("150621,2020,1.A.3.b,diesel,1,万吨,达拉特旗能源平衡表2020,"));
        var ingest = CliRunner.Run("ingest", file, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        Assert.That(File.ReadAllBytes(db)[18], Is.EqualTo(1), "converted to the rollback journal by the writer");
        Assert.That(DatabaseTests.SideFiles(db), Is.Empty);
    }

    [Test]
    public void Issue11_DemoOnATextFile_IsRefusedAndTheFileKeptAsItWas()
    {
        string file = Path.Combine(folder, "somefile.txt");
        File.WriteAllText(file, "meeting notes, 2024\n", new UTF8Encoding(false));
        byte[] before = File.ReadAllBytes(file);
        var result = CliRunner.Run("demo", "--db", file);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure), result.ToString());
            Assert.That(result.Error, Does.Contain($"ghg demo will not write to {file}").And.Contain("not a SQLite database").And.Contain("Nothing was changed"));
            Assert.That(result.Error, Does.Contain("ghg demo --db ghg-demo.db"), "says what to do");
            Assert.That(File.ReadAllBytes(file), Is.EqualTo(before));
            Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "somefile.txt" }));
        }
    }

    [Test]
    public void Issue11_DemoOnADatabaseWithRecords_IsRefusedAndTheDatabaseKeptAsItWas()
    {
        MakeCompiledDatabase();
        byte[] before = File.ReadAllBytes(db);
        var result = CliRunner.Run("demo", "--db", db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure), result.ToString());
            Assert.That(result.Error, Does.Contain($"an inventory database (schema version {Migrator.Available[^1].Version}, 5 activity records)").And.Contain("not a database made by ghg demo"));
            Assert.That(File.ReadAllBytes(db), Is.EqualTo(before));
            Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "activity.csv", "ghg.db" }));
        }
    }

    [Test]
    public void Issue11_DemoAgainOnItsOwnFile_RebuildsItAndPrintsCommandsWithItsDb()
    {
        string demo = Path.Combine(folder, "my demo.db");
        File.Copy(DemoRun.DatabasePath, demo);
        Assert.That(Database.Inspect(demo).CreatedBy, Is.EqualTo("ghg demo"), "the first demo marked its file");
        var result = CliRunner.Run("demo", "--lang", "en", "--db", demo);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        string quoted = $"--db '{demo}'";
        Assert.That(result.Out, Does.Contain($"ghg report {quoted} --year 2024").And.Contain($"ghg explain {quoted} --year 2024")
            .And.Contain($"ghg data {quoted}").And.Contain($"ghg ingest correction.csv {quoted}"));

        // The printed report command works as printed (the quotes are the shell's).
        var report = CliRunner.Run("report", "--db", demo, "--year", "2024");
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        Assert.That(Database.Inspect(demo, countRecords: true).ActivityRecords, Is.EqualTo(Database.Inspect(DemoRun.DatabasePath, countRecords: true).ActivityRecords), "rebuilt, not added to");
    }

    [Test]
    public void Issue11_Demo_PrintsReportAndExplainCommandsThatWorkAsPrinted()
    {
        var demo = DemoRun.Result;
        Assert.That(demo.ExitCode, Is.EqualTo(ExitCodes.Success), demo.ToString());
        var commands = demo.Out.Split('\n')
            .Select(line => line.IndexOf("ghg ", StringComparison.Ordinal) is var at and >= 0 ? line[(at + 4)..].Trim() : "")
            .Where(c => c.StartsWith("report ", StringComparison.Ordinal) || c.StartsWith("explain ", StringComparison.Ordinal))
            .ToList();
        Assert.That(commands, Has.Count.EqualTo(2), demo.Out);
        foreach (string command in commands)
        {
            var args = ShellWords(command.Replace("[--format json]", "--format json", StringComparison.Ordinal));
            Assert.That(args, Does.Contain("--db").And.Contain(DemoRun.DatabasePath), command);
            var result = CliRunner.Run([.. args]);
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), $"{command}\n{result}");
            Assert.That(result.Out, Is.Not.Empty, command);
        }
    }

    /// <summary>Splits a POSIX shell command line of plain and single-quoted words.</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool quoted = false, any = false;
        foreach (char c in line)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }
                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }
        if (any)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private CliResult AssertRefusedUntouched(string[] args)
    {
        string activity = Write("activity.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,万吨,准格尔旗能源平衡表2020,"));
        string factors = Write("local.csv", "activity,parameter,value,unit,source,region\nraw_coal,ncv,19.5,GJ/t,准格尔旗实测,150622\n");
        var entries = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        byte[] before = File.ReadAllBytes(db);
        var full = args.Select(a => a.Replace("{activity}", activity, StringComparison.Ordinal).Replace("{factors}", factors, StringComparison.Ordinal))
            .Concat(["--db", db]).ToArray();
        var result = CliRunner.Run(full);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Error, Does.Contain("Nothing was changed"), result.ToString());
            Assert.That(File.ReadAllBytes(db), Is.EqualTo(before), "byte for byte");
            Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName), Is.EquivalentTo(entries), "no -wal, -shm or -journal left");
        }
        return result;
    }

    /// <summary>init, ingest five rows of 2020 (100 万吨 raw coal in 准格尔旗 among them), compile 2020.</summary>
    private void MakeCompiledDatabase()
    {
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string file = Write("activity.csv", ActivityFile.Text(
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,准格尔旗能源平衡表2020,",
            "150622,2020,1.A.3.b,diesel,1,万吨,准格尔旗能源平衡表2020,",
            "150622,2020,1.A.2.c,electricity,1,万千瓦时,准格尔旗能源平衡表2020,",
            "150622,2020,1.A.1.a.i,electricity_generation,10,亿千瓦时,准格尔旗能源平衡表2020,",
            "150621,2020,1.A.4.b,natural_gas,1,万立方米,达拉特旗能源平衡表2020,"));
        var ingest = CliRunner.Run("ingest", file, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        var compile = CliRunner.Run("compile", "--year", "2020", "--db", db);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
    }

    private string Write(string name, string content) => temp.Write(name, content);

    private static void Chmod(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
