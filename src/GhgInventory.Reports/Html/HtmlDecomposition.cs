using GhgInventory.Core.Analysis;

namespace GhgInventory.Reports.Html;

/// <summary>The decomposition the HTML report draws as a waterfall: a region's change of energy-related CO2 between two years.</summary>
/// <param name="FromYear">The earlier year.</param>
/// <param name="ToYear">The later year.</param>
/// <param name="Region">The region's decompositions, as computed in Core.</param>
public sealed record HtmlDecomposition(int FromYear, int ToYear, RegionDecomposition Region);
