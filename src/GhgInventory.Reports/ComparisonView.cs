using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;

namespace GhgInventory.Reports;

/// <summary>What <c>ghg compare --region --from --to</c> prints: the change of a run's lines and the decompositions, as computed.</summary>
/// <param name="RunId">The run compared.</param>
/// <param name="Changes">The change by category, gas, fuel, use and region.</param>
/// <param name="Decompositions">The region's and each banner's decompositions (region first); null when they were not asked for or
/// cannot be made in this build.</param>
/// <param name="Regions">The region tree, for names.</param>
public sealed record ComparisonView(long RunId, YearComparison Changes, IReadOnlyList<RegionDecomposition>? Decompositions, RegionTree Regions);
