using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Storage;

namespace GhgInventory.Tests.Support;

/// <summary>
/// The bundled (illustrative) Ordos sample, 2015–2024, ingested once per test run and compiled three times:
/// AR5, AR5 again from the same inputs, and AR6.
/// </summary>
internal sealed class OrdosSample
{
    public static readonly RegionCode City = RegionCode.Parse("150600");

    private static readonly Lock SharedLock = new();
    private static OrdosSample? shared;

    private OrdosSample(TempDatabase database, Workspace workspace)
    {
        Database = database;
        Workspace = workspace;
        foreach (var sample in BundledData.Names("samples/ordos/").Where(n => Path.GetFileName(n).StartsWith("energy_", StringComparison.Ordinal)))
        {
            var result = workspace.Ingest(sample, () => BundledData.Open(sample), IngestOptions.Default);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"{sample} was rejected: {string.Join("; ", result.Issues)}");
            }
            Files.Add((sample, result.Encoding));
        }
        (Ar5Run, Ar5) = workspace.Compile(2015, 2024, City, new GwpSet("AR5"), new CompileOptions());
        (Ar5AgainRun, Ar5Again) = workspace.Compile(2015, 2024, City, new GwpSet("AR5"), new CompileOptions());
        (Ar6Run, Ar6) = workspace.Compile(2015, 2024, City, new GwpSet("AR6"), new CompileOptions());
    }

    public static OrdosSample Instance
    {
        get
        {
            lock (SharedLock)
            {
                if (shared is null)
                {
                    var database = TempDatabase.Initialized();
                    shared = new OrdosSample(database, database.Open());
                }
                return shared;
            }
        }
    }

    public static IReadOnlyList<int> Years { get; } = Enumerable.Range(2015, 10).ToList();

    public TempDatabase Database { get; }

    public Workspace Workspace { get; }

    public List<(string Name, string Encoding)> Files { get; } = [];

    public RunHeader Ar5Run { get; }

    public CompileResult Ar5 { get; }

    public RunHeader Ar5AgainRun { get; }

    public CompileResult Ar5Again { get; }

    public RunHeader Ar6Run { get; }

    public CompileResult Ar6 { get; }

    public static void DisposeShared()
    {
        lock (SharedLock)
        {
            shared?.Workspace.Dispose();
            shared?.Database.Dispose();
            shared = null;
        }
    }
}
