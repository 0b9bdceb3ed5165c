using GhgInventory.Core.Reporting;

namespace GhgInventory.Data.Storage;

/// <summary>The activity records behind one emission source, as <c>ghg explain</c> lists them.</summary>
/// <param name="Records">The records with the lowest ids, at most the limit asked for, in id order.</param>
/// <param name="RecordCount">How many records the source summed in all.</param>
public sealed record SourceRecords(IReadOnlyList<RecordTrace> Records, long RecordCount);
