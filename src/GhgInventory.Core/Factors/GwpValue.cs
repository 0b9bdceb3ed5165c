namespace GhgInventory.Core.Factors;

/// <summary>A 100-year global warming potential of one gas in one assessment report.</summary>
/// <param name="Id">Database id.</param>
/// <param name="GwpSet">Assessment report, e.g. AR5.</param>
/// <param name="Gas">Gas formula.</param>
/// <param name="Value">t CO2e per t of gas, as published.</param>
/// <param name="Source">Source document.</param>
/// <param name="Table">Table of the source.</param>
/// <param name="Status">Transcription status.</param>
public sealed record GwpValue(long Id, string GwpSet, string Gas, double Value, string Source, string? Table, string Status);
