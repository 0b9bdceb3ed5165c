namespace GhgInventory.Core.Accounting;

/// <summary>Choices a run makes beyond its inputs; recorded with the run.</summary>
/// <param name="Grid">Which grid factor prices purchased electricity in the consumption-based view.</param>
/// <param name="GridYear">What a year without its own published grid factor uses (<c>--grid-year</c>).</param>
/// <param name="Chp">How CHP emissions are split between electricity and heat; null for the default (energy output).</param>
public sealed record CompileOptions(GridChoice Grid = GridChoice.Regional, Factors.GridYearPolicy GridYear = Factors.GridYearPolicy.Nearest, Power.ChpSplit? Chp = null)
{
    /// <summary>The CHP split the run uses.</summary>
    public Power.ChpSplit ChpSplit => Chp ?? Power.ChpSplit.EnergyOutput;

    /// <summary>The edition of China's provincial guideline whose combustion set takes part (<c>--edition</c>; issue 15): the sets of the other
    /// editions are left out of the run, for every year it compiles.</summary>
    public Factors.GuidelineEdition Edition { get; init; } = Factors.GuidelineEdition.Provincial2011;
}

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
