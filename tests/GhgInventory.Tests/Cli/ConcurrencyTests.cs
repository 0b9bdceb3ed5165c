using System.Diagnostics;
using System.Text;
using Dapper;
using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 11, item 10: concurrent imports and a killed import leave a consistent database.</summary>
[TestFixture]
public sealed class ConcurrencyTests
{
    private TempFolder temp = null!;
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Initialized("ghg-conc");
        folder = temp.Path;
        db = temp.Db;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void Issue11_SameFileImportedTwiceAtOnce_OneImportAndOneAlreadyImported()
    {
        string file = WriteRows("same.csv", 20_000);
        using var start = new Barrier(2);
        var results = new CliResult[2];
        var threads = Enumerable.Range(0, 2).Select(k => new Thread(() =>
        {
            start.SignalAndWait();
            results[k] = CliRunner.Run("ingest", file, "--db", db);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        using var connection = Database.Open(db, DatabaseAccess.ReadOnly);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.ExitCode), Is.EqualTo(new[] { ExitCodes.Success, ExitCodes.Success }), string.Join("\n", results.Select(r => r.ToString())));
            Assert.That(results.Count(r => r.Out.Contains("already imported", StringComparison.Ordinal)), Is.EqualTo(1), string.Join("\n", results.Select(r => r.ToString())));
            Assert.That(DatabaseDump.Count(connection, "activity_batches"), Is.EqualTo(1));
            Assert.That(DatabaseDump.Count(connection, "activity_records"), Is.EqualTo(20_000));
            Assert.That(connection.ExecuteScalar<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
        }
    }

    [Test]
    public void Issue11_TwoDifferentFilesAtOnce_BothImportedOneAfterTheOther()
    {
        // Writers wait for each other (busy timeout) instead of failing with "database is locked".
        string first = WriteRows("first.csv", 20_000, region: "150622");
        string second = WriteRows("second.csv", 20_000, region: "150621");
        using var start = new Barrier(2);
        var results = new CliResult[2];
        var threads = new[] { first, second }.Select((file, k) => new Thread(() =>
        {
            start.SignalAndWait();
            results[k] = CliRunner.Run("ingest", file, "--db", db);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        using var connection = Database.Open(db, DatabaseAccess.ReadOnly);
        Assert.That(results.Select(r => r.ExitCode), Is.EqualTo(new[] { ExitCodes.Success, ExitCodes.Success }), string.Join("\n", results.Select(r => r.ToString())));
        Assert.That(DatabaseDump.Count(connection, "activity_batches"), Is.EqualTo(2));
        Assert.That(DatabaseDump.Count(connection, "activity_records"), Is.EqualTo(40_000));
    }

    [Test]
    public void Issue11_ImportKilledMidway_LeavesNoPartialImport()
    {
        string ghg = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "ghg.exe" : "ghg");
        Assume.That(File.Exists(ghg), Is.True, "the ghg apphost beside the tests");
        // Large enough that the seeded kills (88–687 ms after the journal appears) land mid-import: 300,000 rows took about
        // 1 s there before, and 0.5 s once rows were stored on a second thread, so the kills came after the commit.
        string file = WriteRows("big.csv", 1_000_000);
        string before;
        using (var connection = Database.Open(db, DatabaseAccess.ReadOnly))
        {
            before = DatabaseDump.Content(connection);
        }
        var random = new Random(9);
        int killedMidway = 0;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            using var child = Process.Start(new ProcessStartInfo(ghg, ["ingest", file, "--db", db])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            child.OutputDataReceived += (_, _) => { };
            child.ErrorDataReceived += (_, _) => { };
            child.BeginOutputReadLine();
            child.BeginErrorReadLine();
            // Wait until the import is writing (its rollback journal exists), then a seeded moment more, then kill -9.
            var watch = Stopwatch.StartNew();
            while (!File.Exists(db + "-journal") && !child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(5);
            }
            Thread.Sleep(random.Next(0, 1500));
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true); // SIGKILL on Unix
                killedMidway++;
            }
            child.WaitForExit();

            TestContext.Out.WriteLine($"attempt {attempt + 1}: after {watch.ElapsedMilliseconds} ms exit {child.ExitCode}, journal: {(File.Exists(db + "-journal") ? Convert.ToHexString(File.ReadAllBytes(db + "-journal")[..8]) + " " + new FileInfo(db + "-journal").Length : "none")}, db {new FileInfo(db).Length}");
            // The next verb's inspection rolls the hot journal back, as any SQLite client must before reading.
            Assert.That(Database.Inspect(db).Kind, Is.EqualTo(DatabaseFileKind.Inventory));
            using var after = Database.Open(db, DatabaseAccess.ReadOnly);
            if (child.ExitCode == 0 && DatabaseDump.Count(after, "activity_batches") == 1)
            {
                Assert.Inconclusive("the import finished before the kill; the machine is faster than this test assumes");
            }
            Assert.That(DatabaseDump.Content(after), Is.EqualTo(before), $"attempt {attempt + 1}: no partial import");
        }
        Assert.That(killedMidway, Is.EqualTo(3));

        // A later import of the same file is not blocked by the killed ones.
        var ingest = CliRunner.Run("ingest", WriteRows("small.csv", 10), "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        Assert.That(DatabaseTests.SideFiles(db), Is.Empty);
    }

    /// <summary>A file of <paramref name="rows"/> distinct facility rows of raw coal in one county-year.</summary>
    private string WriteRows(string name, int rows, string region = "150622")
    {
        var text = new StringBuilder("region,year,category,activity,value,unit,source,facility\n");
        for (int i = 1; i <= rows; i++)
        {
            text.Append(region).Append(",2023,1.A.2.c,raw_coal,1.5,吨,concurrency test,F").Append(i).Append('\n');
        }
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}
