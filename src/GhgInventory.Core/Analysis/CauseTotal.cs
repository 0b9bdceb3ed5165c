using GhgInventory.Core.Accounting;

namespace GhgInventory.Core.Analysis;

/// <summary>The changes of one scope summed under one combination of causes.</summary>
/// <param name="Scope">Territorial, indirect or memo.</param>
/// <param name="Causes">The combination of causes (a line with several is summed here, under all of them together).</param>
/// <param name="Lines">How many changed lines carry exactly these causes.</param>
/// <param name="DeltaCo2eTonnes">Their changes summed, tonnes CO2e.</param>
/// <param name="WithNotation">How many of them have a notation key on one side.</param>
public sealed record CauseTotal(EmissionScope Scope, RecalculationCause Causes, int Lines, double DeltaCo2eTonnes, int WithNotation);

/// <summary>The CO2e total of one scope in both runs.</summary>
/// <param name="Scope">Territorial, indirect or memo.</param>
/// <param name="TotalATonnes">Σ CO2e of run A's numeric lines, tonnes.</param>
/// <param name="TotalBTonnes">Σ CO2e of run B's numeric lines, tonnes.</param>
/// <param name="ChangesTonnes">Σ of the line changes, tonnes; equals B − A up to floating-point summation order.</param>
public sealed record ScopeTotals(EmissionScope Scope, double TotalATonnes, double TotalBTonnes, double ChangesTonnes);
