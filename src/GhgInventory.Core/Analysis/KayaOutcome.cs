namespace GhgInventory.Core.Analysis;

/// <summary>A Kaya decomposition, or the reasons it was not computed; never both, never a silent 0.</summary>
/// <param name="Result">The decomposition; null when <see cref="Gaps"/> is not empty.</param>
/// <param name="Gaps">What was missing.</param>
public sealed record KayaOutcome(LmdiResult? Result, IReadOnlyList<KayaGap> Gaps);
