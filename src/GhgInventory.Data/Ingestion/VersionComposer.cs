using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Ingestion;

/// <summary>
/// Runs inside an import's transaction, after the file's rows are stored as new versions: composes each new version over its
/// base (rows added, replaced, kept), refuses overlaps, and flags implausible rows.
/// </summary>
/// <remarks>SKELETON: issue 11 part B fills this in; today it accepts every batch unchanged.</remarks>
internal sealed class VersionComposer(SqliteConnection connection, SqliteTransaction transaction, IClock clock)
{
    /// <summary>Composes the versions <paramref name="batch"/> created; issues returned here reject the whole file.</summary>
    public Composition Compose(ComposeRequest batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _ = (connection, transaction, clock);
        return new Composition([], []);
    }
}

/// <summary>One stored but uncommitted batch, as the composer sees it.</summary>
/// <param name="FileName">File name for messages.</param>
/// <param name="BatchId">The batch's id.</param>
/// <param name="Versions">Versions the batch created: id, region code, year.</param>
/// <param name="Options">How the file is imported.</param>
internal sealed record ComposeRequest(string FileName, long BatchId, IReadOnlyList<(long VersionId, string Region, int Year)> Versions, IngestOptions Options);

/// <summary>What composing a batch found.</summary>
/// <param name="Issues">Problems that reject the file (overlaps; plausibility under --strict).</param>
/// <param name="Changes">Per new version, what it changed against its base.</param>
public sealed record Composition(IReadOnlyList<ValidationIssue> Issues, IReadOnlyList<VersionChange> Changes);

/// <summary>What one new version changed against its base.</summary>
/// <param name="Region">Region code.</param>
/// <param name="Year">Year.</param>
/// <param name="Version">The new version number.</param>
/// <param name="Added">Keys new in this version.</param>
/// <param name="Replaced">Keys whose row this version replaced.</param>
/// <param name="Kept">Keys carried over from the base unchanged.</param>
/// <param name="Examples">A few replaced rows as "key: old → new" text.</param>
public sealed record VersionChange(string Region, int Year, int Version, int Added, int Replaced, int Kept, IReadOnlyList<string> Examples);
