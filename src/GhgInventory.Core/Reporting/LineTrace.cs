using GhgInventory.Core.Accounting;

namespace GhgInventory.Core.Reporting;

/// <summary>Everything <c>ghg explain</c> shows about one emission line: the line, its activity source and the records behind it.</summary>
/// <param name="RunId">Run the line belongs to.</param>
/// <param name="Line">The line with its factors and arithmetic.</param>
/// <param name="Source">The summed activity.</param>
/// <param name="Records">The records summed (possibly the first few only).</param>
/// <param name="RecordCount">How many records were summed in all.</param>
public sealed record LineTrace(long RunId, EmissionLine Line, EmissionSource Source, IReadOnlyList<RecordTrace> Records, long RecordCount);
