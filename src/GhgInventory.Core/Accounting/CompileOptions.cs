namespace GhgInventory.Core.Accounting;

/// <summary>Choices a run makes beyond its inputs; recorded with the run.</summary>
/// <param name="Grid">Which grid factor prices purchased electricity in the consumption-based view.</param>
/// <param name="GridYear">What a year without its own published grid factor uses (<c>--grid-year</c>).</param>
public sealed record CompileOptions(GridChoice Grid = GridChoice.Regional, Factors.GridYearPolicy GridYear = Factors.GridYearPolicy.Nearest);

/// <summary>Grid emission factor used for purchased electricity.</summary>
public enum GridChoice
{
    /// <summary>The regional grid of the region (华北 for Inner Mongolia West), the default for a city inventory.</summary>
    Regional,
    /// <summary>The national average.</summary>
    National,
    /// <summary>The province's own factor, where published.</summary>
    Provincial,
}
