using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data;

/// <summary>An activity file checked and compiled in memory, never stored (<see cref="Workspace.CompileUnstored"/>).</summary>
/// <param name="Check">The check's result, as <c>ghg ingest --check</c> gives it (its issues, located).</param>
/// <param name="Result">The sources and lines; null when the check found issues or the file was imported before.</param>
/// <param name="Records">The file's valid rows (base units; <see cref="ActivityRecord.Id"/> = file line).</param>
/// <param name="Facilities">Each row's facility id, parallel to <paramref name="Records"/>; empty when the row names none.</param>
public sealed record UnstoredCompilation(IngestResult Check, CompileResult? Result, IReadOnlyList<ActivityRecord> Records, IReadOnlyList<string> Facilities);
