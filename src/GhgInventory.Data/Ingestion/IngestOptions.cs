namespace GhgInventory.Data.Ingestion;

/// <summary>How one activity file is to be imported.</summary>
/// <param name="CheckOnly">Validate everything (including overlaps with stored data and plausibility) and store nothing.</param>
/// <param name="Replace">Make the file's rows the whole of each (region, year) it touches, instead of applying them by key over the current version.</param>
/// <param name="Strict">Reject the file, instead of flagging it, when a row fails a plausibility check.</param>
public sealed record IngestOptions(bool CheckOnly = false, bool Replace = false, bool Strict = false)
{
    /// <summary>Validate and import, merging by key, flagging implausible rows.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>With <see cref="CheckOnly"/>: receives every valid row as the core sees it (an unstored project's rows, <c>ghg budget --project</c>); null otherwise.</summary>
    internal ActivityRowCollector? Collector { get; init; }
}
