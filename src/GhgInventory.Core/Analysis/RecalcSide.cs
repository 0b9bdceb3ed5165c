using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>One of the two runs of a recalculation comparison: its header facts, its lines and what they were computed from.</summary>
/// <param name="RunId">Run id.</param>
/// <param name="Status">Final (年报) or provisional (快报).</param>
/// <param name="GwpSet">GWP set name.</param>
/// <param name="Options">The run's options text (<c>grid=…; grid_year=…; chp=…</c>).</param>
/// <param name="InputsSha256">The run's inputs hash.</param>
/// <param name="FactorSetIds">The factor sets the run had.</param>
/// <param name="FactorSetOf">The factor set of every factor a line uses, by factor id.</param>
/// <param name="Lines">The lines compared (already limited to the region and years).</param>
/// <param name="Sources">The sources of those lines, by <see cref="EmissionLine.SourceIndex"/>.</param>
public sealed record RecalcSide(long RunId, RunStatus Status, string GwpSet, string Options, string InputsSha256, IReadOnlySet<long> FactorSetIds,
    IReadOnlyDictionary<long, long> FactorSetOf, IReadOnlyList<EmissionLine> Lines, IReadOnlyDictionary<int, EmissionSource> Sources);
