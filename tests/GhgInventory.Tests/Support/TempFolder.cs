using System.Text;
using GhgInventory.Cli;

namespace GhgInventory.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder for one test, with the database path the CLI tests use; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>ghg.db in the folder (not created).</summary>
    public string Db => System.IO.Path.Combine(Path, "ghg.db");

    /// <summary>Makes a new folder named <paramref name="prefix"/>-GUID.</summary>
    public static TempFolder Create(string prefix)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new TempFolder(path);
    }

    /// <summary>Makes a new folder named <paramref name="prefix"/>-GUID and runs <c>ghg init</c> on <see cref="Db"/>, asserting that it succeeds.</summary>
    public static TempFolder Initialized(string prefix)
    {
        var folder = Create(prefix);
        Assert.That(folder.Ghg("init").ExitCode, Is.EqualTo(ExitCodes.Success));
        return folder;
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8 without BOM) to <paramref name="name"/> in the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Runs <c>ghg</c> in process with <paramref name="args"/> and <c>--db</c> <see cref="Db"/> last.</summary>
    public CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    /// <summary>Writes <paramref name="rows"/> under <see cref="ActivityFile.Header"/> to <paramref name="name"/> and ingests it, asserting exit 0.</summary>
    public CliResult Ingest(string name, params string[] rows)
    {
        var result = Ghg("ingest", Write(name, ActivityFile.Text(rows)));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        return result;
    }

    /// <summary>Makes the folder writable again (a test may have made it read-only) and deletes it with everything in it.</summary>
    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Directory.Delete(Path, recursive: true);
    }
}
