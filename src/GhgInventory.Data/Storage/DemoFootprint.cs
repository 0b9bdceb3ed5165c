using System.Globalization;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Storage;

/// <summary>What <c>ghg demo</c> put into its database, and what a user has added to it since: the demo rebuilds its file only while it holds nothing else.</summary>
/// <remarks>
/// The demo's own content is its bundled sample batches (recognised by their SHA-256), the versions those batches made,
/// the bundled factor sets (every tier but local) and the runs it compiled (recorded under <see cref="RunsKey"/>). Anything
/// else — another imported file, a revert, a local factor set or its withdrawal, an accepted flag, another run — is work
/// of a person, which a rebuild would delete.
/// </remarks>
public static class DemoFootprint
{
    /// <summary>The workspace property listing the ids of the runs the demo compiled, comma-separated.</summary>
    public const string RunsKey = "demo_runs";

    /// <summary>The SHA-256 (lowercase hex, as batches record it) of each bundled sample file the demo imports.</summary>
    public static IReadOnlySet<string> SampleHashes(IEnumerable<string> bundledNames)
    {
        ArgumentNullException.ThrowIfNull(bundledNames);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in bundledNames)
        {
            using var stream = BundledData.Open(name);
            hashes.Add(TextDecoding.Inspect(stream).Sha256);
        }
        return hashes;
    }

    /// <summary>Records that the demo compiled run <paramref name="runId"/>.</summary>
    public static void RecordRun(SqliteConnection connection, long runId)
    {
        string? earlier = WorkspaceProperties.Get(connection, RunsKey);
        string id = runId.ToString(CultureInfo.InvariantCulture);
        WorkspaceProperties.Set(connection, RunsKey, string.IsNullOrEmpty(earlier) ? id : earlier + "," + id);
    }

    /// <summary>The work in the database that the demo did not put there, one phrase per kind (e.g. "1 imported file (corr.csv)"); empty when the demo may rebuild it.</summary>
    /// <param name="connection">A connection to a database made by <c>ghg demo</c>.</param>
    /// <param name="sampleHashes">The hashes of the bundled sample files (<see cref="SampleHashes"/>).</param>
    public static IReadOnlyList<string> ForeignWork(SqliteConnection connection, IReadOnlySet<string> sampleHashes)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sampleHashes);
        var found = new List<string>();

        var batches = connection.Query<(long Id, string File, string Hash)>("SELECT id, file_name, content_sha256 FROM activity_batches ORDER BY id")
            .Where(b => !sampleHashes.Contains(b.Hash)).Select(b => Text.Format(DataStorageText.FootprintBatch, b.Id, b.File)).ToList();
        Add(found, batches, DataStorageText.FootprintImportedOne, DataStorageText.FootprintImportedMany);

        var reverts = connection.Query<(string Region, long Year, long Version)>(
            "SELECT region_code, year, version FROM activity_versions WHERE change <> 'import' OR batch_id IS NULL ORDER BY id")
            .Select(v => $"{v.Region}/{v.Year} v{v.Version}").ToList();
        Add(found, reverts, DataStorageText.FootprintRevertOne, DataStorageText.FootprintRevertMany);

        var localSets = connection.Query<(long Id, string File)>("SELECT id, file_name FROM factor_sets WHERE tier = @local ORDER BY id",
            new { local = FactorLibrary.LocalTier }).Select(s => $"#{s.Id} {s.File}").ToList();
        Add(found, localSets, DataStorageText.FootprintLocalOne, DataStorageText.FootprintLocalMany);

        var withdrawals = connection.Query<long>("SELECT factor_set_id FROM factor_set_withdrawals ORDER BY factor_set_id").Select(id => $"set #{id}").ToList();
        Add(found, withdrawals, DataStorageText.FootprintWithdrawalOne, DataStorageText.FootprintWithdrawalMany);

        var accepted = connection.Query<long>("SELECT flag_id FROM qa_flag_acceptances ORDER BY flag_id").Select(id => $"#{id}").ToList();
        Add(found, accepted, DataStorageText.FootprintAcceptedOne, DataStorageText.FootprintAcceptedMany);

        var runIds = connection.Query<long>("SELECT id FROM inventory_runs ORDER BY id").ToList();
        var demoRuns = DemoRuns(connection, runIds);
        Add(found, runIds.Where(id => !demoRuns.Contains(id)).Select(id => $"#{id}").ToList(), DataStorageText.FootprintRunOne, DataStorageText.FootprintRunMany);
        return found;
    }

    /// <summary>The runs the demo compiled: those it recorded, or, in a file made before it recorded them, its one run (the first).</summary>
    private static HashSet<long> DemoRuns(SqliteConnection connection, List<long> runIds)
    {
        if (WorkspaceProperties.Get(connection, RunsKey) is { } recorded)
        {
            return recorded.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)).ToHashSet();
        }
        return runIds.Count > 0 ? [runIds[0]] : [];
    }

    private static void Add(List<string> found, List<string> items, string one, string many)
    {
        if (items.Count == 0)
        {
            return;
        }
        string shown = string.Join(", ", items.Take(5)) + (items.Count > 5 ? ", …" : "");
        found.Add(Text.Format(DataStorageText.FootprintItem, items.Count, items.Count == 1 ? one : many, shown));
    }
}
