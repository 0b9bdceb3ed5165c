using System.Diagnostics;
using System.Text;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// The programs a person is handed (tools/publish.sh): the linux-x64 single file runs <c>ghg demo</c> copied alone into an
/// empty folder, with no dotnet on the PATH and no DOTNET_ROOT, and prints byte for byte what the in-process CLI prints;
/// the win-x64 file is one 64-bit Windows executable that carries its runtime.
/// </summary>
[TestFixture]
[Category("Published")]
[Platform(Include = "Linux")]
[NonParallelizable]
public sealed class PublishedProgramTests
{
    private TempFolder work = null!;

    [OneTimeSetUp]
    public void Publish() => PublishedProgram.EnsureCurrent();

    [SetUp]
    public void CreateFolder() => work = TempFolder.Create("ghg-published");

    [TearDown]
    public void DeleteFolder() => work.Dispose();

    [Test]
    public void Issue13_LinuxProgramAloneWithoutDotnet_DemoAndReportPrintWhatTheInProcessCliPrints()
    {
        string alone = Directory.CreateDirectory(Path.Combine(work.Path, "alone")).FullName;
        string ghg = PublishedProgram.CopyAlone(alone);

        var demo = PublishedProgram.Run(ghg, alone, work.Path, "demo");
        var report = PublishedProgram.Run(ghg, alone, work.Path, "report", "--db", "ghg-demo.db", "--year", "2024", "--format", "json");

        // The same verbs in this process, in a working folder of their own so that the default and relative paths
        // (ghg-demo.db, and anything the demo writes beside it) read the same in both outputs.
        string inProcessFolder = Directory.CreateDirectory(Path.Combine(work.Path, "in-process")).FullName;
        var (expectedDemo, expectedReport) = InFolder(inProcessFolder, () =>
            (CliRunner.RunZh("demo"), CliRunner.RunZh("report", "--db", "ghg-demo.db", "--year", "2024", "--format", "json")));

        Assert.Multiple(() =>
        {
            Assert.That(demo.ExitCode, Is.EqualTo(ExitCodes.Success), demo.ToString());
            Assert.That(expectedDemo.ExitCode, Is.EqualTo(ExitCodes.Success), expectedDemo.ToString());
            Assert.That(demo.Out, Is.EqualTo(expectedDemo.Out), "ghg demo: standard output of the published program against the in-process CLI");
            Assert.That(demo.Error, Is.EqualTo(expectedDemo.Error), "ghg demo: standard error");
            Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
            Assert.That(report.Out, Is.EqualTo(expectedReport.Out), "ghg report --format json: standard output");
            Assert.That(report.Error, Is.EqualTo(expectedReport.Error), "ghg report --format json: standard error");
        });
        // Not two empty outputs agreeing: the demo compiled every year and printed the city by banner, and the report is
        // the city of 2024 as JSON.
        Assert.Multiple(() =>
        {
            Assert.That(demo.Out, Does.Contain("2015–2024, GWP AR5"));
            Assert.That(demo.Out, Does.Contain("准格尔旗"));
            Assert.That(report.Out, Does.StartWith("{").And.Contain("\"region\": \"150600\"").And.Contain("\"year\": 2024"));
            Assert.That(File.Exists(Path.Combine(alone, "ghg-demo.db")), Is.True, "the demo's database in the working folder");
            Assert.That(File.ReadAllText(Path.Combine(alone, "ghg-demo.html")), Does.StartWith("<!DOCTYPE html>").And.Contain("鄂尔多斯市"),
                "the demo's HTML report beside its database, in Chinese by default");
        });
    }

    [Test]
    public void Issue13_LinuxProgramAloneWithoutDotnet_HelpListsTheVerbs()
    {
        string alone = Directory.CreateDirectory(Path.Combine(work.Path, "alone")).FullName;
        string ghg = PublishedProgram.CopyAlone(alone);

        var help = PublishedProgram.Run(ghg, alone, work.Path, "--help");
        // In process the root command is named after the test host's executable; the program's own name is ghg.
        string expected = CliRunner.RunZh("--help").Out.Replace("  testhost ", "  ghg ", StringComparison.Ordinal);

        Assert.That(help.ExitCode, Is.EqualTo(ExitCodes.Success), help.ToString());
        Assert.Multiple(() =>
        {
            foreach (string verb in new[] { "init", "ingest", "factors", "compile", "report", "explain", "runs", "data", "control", "demo" })
            {
                Assert.That(help.Out, Does.Match($@"(?m)^\s+{verb}\b"), $"the verb {verb} in ghg --help");
            }
            Assert.That(help.Out, Is.EqualTo(expected), "ghg --help: the published program against the in-process CLI");
            Assert.That(Directory.GetFiles(alone).Select(Path.GetFileName), Is.EquivalentTo(new[] { "ghg" }), "--help writes nothing");
        });
    }

    [Test]
    public void Issue13_LinuxProgram_IsOneSelfContainedElfFile()
    {
        var files = Directory.GetFiles(PublishedProgram.Folder("linux-x64")).Select(Path.GetFileName).ToList();
        byte[] head = PublishedProgram.Head(Path.Combine(PublishedProgram.Folder("linux-x64"), "ghg"), 64);

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.EquivalentTo(new[] { "ghg" }), "one file: no .dll, .so, .pdb or .json beside it");
            Assert.That(head.AsSpan(0, 4).ToArray(), Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), "ELF magic");
            Assert.That(head[4], Is.EqualTo(2), "ELFCLASS64");
            Assert.That(BitConverter.ToUInt16(head, 18), Is.EqualTo(62), "e_machine EM_X86_64");
            // A framework-dependent apphost is about 70 KB; the runtime and libraries inside make tens of MB.
            Assert.That(new FileInfo(Path.Combine(PublishedProgram.Folder("linux-x64"), "ghg")).Length, Is.GreaterThan(PublishedProgram.SelfContainedMinBytes));
        });
    }

    [Test]
    public void Issue13_WindowsProgram_IsOneSelfContainedX64Executable()
    {
        string folder = PublishedProgram.Folder("win-x64");
        string exe = Path.Combine(folder, "ghg.exe");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        byte[] head = PublishedProgram.Head(exe, 4096);

        Assert.That(files, Is.EquivalentTo(new[] { "ghg.exe" }), "one file: no .dll, .pdb or .json beside it");
        Assert.That(head.AsSpan(0, 2).ToArray(), Is.EqualTo("MZ"u8.ToArray()), "DOS header");
        // The PE header sits where e_lfanew (offset 0x3C) points: "PE\0\0", then the machine (0x8664: x64) and, past the
        // 20-byte file header, the optional header's magic (0x20B: PE32+) and subsystem (3: Windows console).
        int pe = BitConverter.ToInt32(head, 0x3C);
        Assert.That(pe, Is.InRange(0x40, head.Length - 0x60), "e_lfanew within the first 4 KiB");
        Assert.Multiple(() =>
        {
            Assert.That(head.AsSpan(pe, 4).ToArray(), Is.EqualTo("PE\0\0"u8.ToArray()), "PE signature");
            Assert.That(BitConverter.ToUInt16(head, pe + 4), Is.EqualTo(0x8664), "IMAGE_FILE_MACHINE_AMD64");
            Assert.That(BitConverter.ToUInt16(head, pe + 24), Is.EqualTo(0x20B), "PE32+ optional header");
            Assert.That(BitConverter.ToUInt16(head, pe + 24 + 68), Is.EqualTo(3), "IMAGE_SUBSYSTEM_WINDOWS_CUI");
            Assert.That(new FileInfo(exe).Length, Is.GreaterThan(PublishedProgram.SelfContainedMinBytes));
        });
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="folder"/> as the process's working folder (the suite runs its tests one at a time).</summary>
    private static T InFolder<T>(string folder, Func<T> action)
    {
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            return action();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}

/// <summary>
/// artifacts/publish/{linux-x64,win-x64} as tools/publish.sh makes them: reused when newer than every file they are built
/// from, else published once per test run (about 3 minutes for both on a quiet 2-core machine).
/// </summary>
internal static class PublishedProgram
{
    /// <summary>Below this a file cannot hold the .NET runtime (its coreclr alone is several MB).</summary>
    public const long SelfContainedMinBytes = 30_000_000;

    private static readonly string[] Rids = ["linux-x64", "win-x64"];

    /// <summary>The top-level inputs of a publish besides src/; their changes make the published files stale.</summary>
    private static readonly string[] Inputs =
    [
        "src", "migrations", "emission-factors", "regions", "samples", "Directory.Build.props", "Directory.Build.targets",
        "Directory.Packages.props", "global.json", "tools/publish.sh",
    ];

    private static readonly Lock Gate = new();
    private static bool current;

    /// <summary>artifacts/publish/<paramref name="rid"/>.</summary>
    public static string Folder(string rid) => Path.Combine(RepositoryPaths.Root, "artifacts", "publish", rid);

    /// <summary>Publishes both programs unless they are newer than every input (file or folder: a deleted file changes its folder's time).</summary>
    public static void EnsureCurrent()
    {
        lock (Gate)
        {
            if (current)
            {
                return;
            }
            var programs = new[] { Path.Combine(Folder("linux-x64"), "ghg"), Path.Combine(Folder("win-x64"), "ghg.exe") };
            var newestInput = NewestInput();
            if (programs.All(File.Exists) && programs.Min(File.GetLastWriteTimeUtc) > newestInput.Time)
            {
                TestContext.Progress.WriteLine($"PublishedProgramTests: reusing artifacts/publish (newer than {newestInput.Path})");
            }
            else
            {
                var clock = Stopwatch.StartNew();
                string[] script = [Path.Combine(RepositoryPaths.Root, "tools", "publish.sh"), .. Rids];
                var result = Execute("/bin/bash", RepositoryPaths.Root, null, TimeSpan.FromMinutes(30), script);
                Assert.That(result.ExitCode, Is.Zero, $"tools/publish.sh {string.Join(' ', Rids)} failed:\n{result}");
                TestContext.Progress.WriteLine($"PublishedProgramTests: tools/publish.sh {string.Join(' ', Rids)} took {clock.Elapsed.TotalSeconds:F0} s");
            }
            current = true;
        }
    }

    /// <summary>Copies the linux-x64 program alone into <paramref name="folder"/>; returns its path.</summary>
    public static string CopyAlone(string folder)
    {
        string target = Path.Combine(folder, "ghg");
        File.Copy(Path.Combine(Folder("linux-x64"), "ghg"), target);
        return target;
    }

    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="folder"/> as on a machine without .NET: the environment holds only
    /// PATH (the program's own folder, which has no dotnet), HOME and TMPDIR (fresh folders under <paramref name="scratch"/>,
    /// where SQLite's native library is extracted); no GHG_LANG (the program's default, Chinese, is what is compared), no
    /// DOTNET_ROOT or other DOTNET_ variable.
    /// </summary>
    public static CliResult Run(string program, string folder, string scratch, params string[] args)
    {
        Assert.That(File.Exists(Path.Combine(folder, "dotnet")), Is.False, "no dotnet on the PATH");
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = folder,
            ["HOME"] = Directory.CreateDirectory(Path.Combine(scratch, "home")).FullName,
            ["TMPDIR"] = Directory.CreateDirectory(Path.Combine(scratch, "tmp")).FullName,
        };
        return Execute(program, folder, environment, TimeSpan.FromMinutes(5), args);
    }

    /// <summary>The first <paramref name="count"/> bytes of a file.</summary>
    public static byte[] Head(string path, int count)
    {
        using var stream = File.OpenRead(path);
        byte[] head = new byte[count];
        stream.ReadExactly(head);
        return head;
    }

    /// <summary>Runs a process to its end; <paramref name="environment"/> null keeps this process's environment, else replaces it whole.</summary>
    private static CliResult Execute(string program, string folder, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        if (environment is not null)
        {
            start.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not end within {timeout}");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The newest write time among the inputs, files and folders alike, leaving out build output (bin/, obj/).</summary>
    private static (DateTime Time, string Path) NewestInput()
    {
        var newest = (Time: DateTime.MinValue, Path: "");
        foreach (string input in Inputs)
        {
            string path = System.IO.Path.Combine(RepositoryPaths.Root, input);
            IEnumerable<string> entries = Directory.Exists(path)
                ? new[] { path }.Concat(Entries(path))
                : File.Exists(path) ? [path] : [];
            foreach (string entry in entries)
            {
                var time = File.GetLastWriteTimeUtc(entry);
                if (time > newest.Time)
                {
                    newest = (time, System.IO.Path.GetRelativePath(RepositoryPaths.Root, entry));
                }
            }
        }
        return newest;
    }

    private static IEnumerable<string> Entries(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            yield return file;
        }
        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            string name = System.IO.Path.GetFileName(sub);
            if (name is "bin" or "obj")
            {
                continue;
            }
            yield return sub;
            foreach (string entry in Entries(sub))
            {
                yield return entry;
            }
        }
    }
}
