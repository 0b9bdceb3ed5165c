namespace GhgInventory.Core.Analysis;

/// <summary>Why a Kaya decomposition was not computed: the missing input, named so that a report can say it in the reader's language.</summary>
/// <param name="Kind">What is missing.</param>
/// <param name="Year">The year that lacks it.</param>
/// <param name="Sector">The sector concerned, when the gap is a sector's.</param>
public sealed record KayaGap(KayaGapKind Kind, int Year, EconomicSector? Sector = null);

/// <summary>The kinds of missing input of a Kaya decomposition.</summary>
public enum KayaGapKind
{
    /// <summary>No population for the year.</summary>
    Population,

    /// <summary>No GDP at constant prices for the year (no GDP, or a missing volume index).</summary>
    Gdp,

    /// <summary>A sector with energy has no value added at constant prices, or value added of 0.</summary>
    ValueAdded,

    /// <summary>No energy in the cells of either year: nothing to decompose.</summary>
    NoEnergy,

    /// <summary>A cell has CO2 but no energy: its emission factor is undefined.</summary>
    Co2WithoutEnergy,

    /// <summary>A sector whose fuels have energy nets to 0 or less after its transformation outputs: its intensity and mix are undefined.</summary>
    NetEnergyNotPositive,
}
