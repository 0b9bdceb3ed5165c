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
