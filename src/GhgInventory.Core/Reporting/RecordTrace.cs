namespace GhgInventory.Core.Reporting;

/// <summary>One activity record as <c>ghg explain</c> shows it: where it came from and what it said.</summary>
/// <param name="Id">Record id.</param>
/// <param name="FileName">Imported file.</param>
/// <param name="FileLine">Line in that file.</param>
/// <param name="BatchId">Import batch.</param>
/// <param name="Version">Data version of its region and year.</param>
/// <param name="Region">Region code.</param>
/// <param name="Facility">Facility id, if any.</param>
/// <param name="Value">Value as written; null for a notation row.</param>
/// <param name="Unit">Unit as written; null for a notation row without unit.</param>
/// <param name="BaseValue">Value in the base unit; null for a notation row.</param>
/// <param name="Source">Source column, if any.</param>
/// <param name="Notation">Notation key written instead of a number, if any.</param>
/// <param name="Sheet">Worksheet of a record read from a workbook (<paramref name="FileLine"/> is then its row on that sheet); null for a text file.</param>
public sealed record RecordTrace(long Id, string FileName, long FileLine, long BatchId, long Version, string Region, string? Facility,
    double? Value, string? Unit, double? BaseValue, string? Source, string? Notation, string? Sheet = null)
{
    /// <summary>Where the record was read: <c>file.csv:7</c>, <c>file.xlsx!能源工业!3</c>.</summary>
    public SourceLocation Location => new(FileName, checked((int)FileLine), Sheet);
}
