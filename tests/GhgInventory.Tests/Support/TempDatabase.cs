using Dapper;
using GhgInventory.Data;
using NodaTime;

namespace GhgInventory.Tests.Support;

/// <summary>A database file in the temp folder, deleted (with its WAL files) on dispose.</summary>
/// <remarks>
/// Initialising a database loads every bundled factor set, so it is done once per test run into a template that each
/// <see cref="Initialized"/> copy starts from.
/// </remarks>
internal sealed class TempDatabase : IDisposable
{
    private static readonly Lock TemplateLock = new();
    private static string? template;

    private TempDatabase(string path) => Path = path;

    public string Path { get; }

    /// <summary>A fresh, empty file (no schema).</summary>
    public static TempDatabase Empty()
    {
        string path = NewPath();
        return new TempDatabase(path);
    }

    /// <summary>A database with the schema, regions, vocabularies and bundled factor sets loaded, as after <c>ghg init</c>.</summary>
    public static TempDatabase Initialized()
    {
        string path = NewPath();
        File.Copy(Template(), path, overwrite: true);
        return new TempDatabase(path);
    }

    /// <summary>A writable copy of the shared demo database (<see cref="DemoRun"/>: stored runs 2015–2024 and the bundled scenarios).</summary>
    public static TempDatabase DemoCopy()
    {
        var copy = Empty();
        File.Copy(DemoRun.DatabasePath, copy.Path, overwrite: true);
        return copy;
    }

    /// <summary>Every table's rows (<see cref="DatabaseDump"/>), read without writing: to show that a refused input changed nothing.</summary>
    public string Dump()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        return DatabaseDump.Content(connection);
    }

    /// <summary>Opens a workspace on the file with the test clock (or <paramref name="clock"/>).</summary>
    public Workspace Open(IClock? clock = null) => Workspace.Open(Path, clock ?? TestClock.Create(), allowUninitialised: true);

    public void Dispose() => DeleteFiles(Path);

    /// <summary>Deletes the shared template; called once when the run ends.</summary>
    public static void DeleteTemplate()
    {
        lock (TemplateLock)
        {
            if (template is not null)
            {
                DeleteFiles(template);
                template = null;
            }
        }
    }

    private static string Template()
    {
        lock (TemplateLock)
        {
            if (template is null)
            {
                string path = NewPath();
                using (var workspace = Workspace.Open(path, TestClock.Create(), allowUninitialised: true))
                {
                    workspace.Initialize();
                    // Fold the WAL into the main file so that copying the main file copies everything.
                    workspace.Connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                template = path;
            }
            return template;
        }
    }

    private static string NewPath() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ghg-test-{Guid.NewGuid():N}.db");

    private static void DeleteFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
        // ghg demo writes its HTML report beside its database (issue 13).
        File.Delete(System.IO.Path.ChangeExtension(path, ".html"));
    }
}
