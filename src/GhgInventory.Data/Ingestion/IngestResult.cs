namespace GhgInventory.Data.Ingestion;

/// <summary>What happened to one activity file.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Encoding">Detected encoding (UTF-8, UTF-16LE/BE, UTF-32LE/BE or GB18030).</param>
/// <param name="Sha256">SHA-256 of the content.</param>
/// <param name="Rows">Data rows read (all-empty rows not counted).</param>
/// <param name="Issues">The first issues found (capped).</param>
/// <param name="IssueCount">How many issues there were in all.</param>
/// <param name="BatchId">The stored batch; null when checked only or rejected.</param>
/// <param name="AlreadyImportedAs">When the same content was imported before, that batch's id; nothing was stored again.</param>
/// <param name="Versions">The (region, year, version) the import created.</param>
/// <param name="Composition">What the new versions changed against their base, when the file was stored.</param>
public sealed record IngestResult(
    string File,
    string Encoding,
    string Sha256,
    int Rows,
    IReadOnlyList<ValidationIssue> Issues,
    int IssueCount,
    long? BatchId,
    long? AlreadyImportedAs,
    IReadOnlyList<(string Region, int Year, int Version)> Versions,
    Composition? Composition = null)
{
    /// <summary>All-empty rows (<c>,,,,,,</c>) that were skipped.</summary>
    public int BlankRows { get; init; }

    /// <summary>How many data rows had at least one issue.</summary>
    public int RowsWithIssues { get; init; }

    /// <summary>When the content was imported before: the (region, year, version) that import made, so the user can make it current again.</summary>
    public IReadOnlyList<(string Region, int Year, int Version)> AlreadyImportedVersions { get; init; } = [];

    /// <summary>True when the file passed validation.</summary>
    public bool Accepted => IssueCount == 0;
}
