using GhgInventory.Core.Reporting;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>One stored but uncommitted batch, as the composer sees it.</summary>
/// <param name="FileName">File name for messages.</param>
/// <param name="BatchId">The batch's id.</param>
/// <param name="Versions">Versions the batch created: id, region code, year.</param>
/// <param name="Options">How the file is imported.</param>
/// <param name="OwnRows">What was noted of each version's rows as they were stored, by version id.</param>
internal sealed record ComposeRequest(string FileName, long BatchId, IReadOnlyList<(long VersionId, string Region, int Year)> Versions, IngestOptions Options,
    IReadOnlyDictionary<long, OwnRows> OwnRows);

/// <summary>What composing a batch found.</summary>
/// <param name="Issues">Problems that reject the file (overlaps; plausibility under --strict).</param>
/// <param name="Changes">Per new version, what it changed against its base.</param>
/// <param name="Flags">Plausibility flags stored with the batch (empty under --strict, where they are issues instead).</param>
public sealed record Composition(IReadOnlyList<ValidationIssue> Issues, IReadOnlyList<VersionChange> Changes, IReadOnlyList<QaFlag> Flags);

/// <summary>What one new version changed against the version current before it.</summary>
/// <param name="Region">Region code.</param>
/// <param name="Year">Year.</param>
/// <param name="Version">The new version number.</param>
/// <param name="Added">Keys new in this version.</param>
/// <param name="Replaced">Keys whose row this version replaced.</param>
/// <param name="Kept">Keys carried over from the base unchanged.</param>
/// <param name="Examples">A few replaced rows as "key: old → new" text, units as written.</param>
/// <param name="Removed">Keys of the previous version dropped by --replace.</param>
/// <param name="PreviousVersion">The version current before, if any.</param>
public sealed record VersionChange(string Region, int Year, int Version, int Added, int Replaced, int Kept, IReadOnlyList<string> Examples,
    int Removed = 0, int? PreviousVersion = null);

/// <summary>A plausibility finding on one activity row, shown until a person accepts it with a reason.</summary>
/// <param name="Id">qa_flags.id once stored; 0 before.</param>
/// <param name="RecordId">The flagged record.</param>
/// <param name="Region">Region code.</param>
/// <param name="Year">Year.</param>
/// <param name="Kind">year_jump or county_bound.</param>
/// <param name="Message">What was found against what bound.</param>
/// <param name="FileName">File of the row.</param>
/// <param name="FileLine">Line of the row.</param>
/// <param name="Found">The row's value as written.</param>
public sealed record QaFlag(long Id, long RecordId, string Region, int Year, string Kind, string Message, string FileName, long FileLine, string Found)
{
    /// <summary>The message as stored: language-neutral (<see cref="StoredText"/>) so that it is read later in the reader's language.</summary>
    internal string? StoredMessage { get; init; }

    /// <summary>Worksheet of a row read from a workbook (<see cref="FileLine"/> is then its row on that sheet); null for a text file.</summary>
    public string? Sheet { get; init; }

    /// <summary>Where the flagged row is: <c>file.csv:7</c>, <c>file.xlsx!能源工业!3</c>.</summary>
    public SourceLocation Location => new(FileName, checked((int)FileLine), Sheet);

    /// <summary>What kind of finding this is, in the reader's language (never the stored key such as year_jump).</summary>
    public string KindText => Kind switch
    {
        "year_jump" => DataIngestText.FlagKindYearJump,
        "correction_jump" => DataIngestText.FlagKindCorrectionJump,
        "county_bound" => DataIngestText.FlagKindCountyBound,
        _ => Kind,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Message}";
}
