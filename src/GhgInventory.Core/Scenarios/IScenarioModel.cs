using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Scenarios;

/// <summary>One uncertain dimension of a scenario: a lever setting with at least one distributed point (docs/scenarios.md §6).</summary>
/// <param name="Lever">The lever key.</param>
/// <param name="Region">The region of a region's own setting; null for the city-wide one.</param>
public sealed record UncertainDimension(string Lever, RegionCode? Region)
{
    /// <summary><c>key</c>, or <c>key@region</c> for a region's own setting: the name correlations use.</summary>
    public string Name => Region is { } r ? $"{Lever}@{r.Value}" : Lever;
}

/// <summary>A scenario bound to its base: projects every part for a vector of quantiles, one per uncertain dimension.</summary>
/// <remarks>Implementations are immutable after construction and safe to call from several threads, each with its own buffer.</remarks>
public interface IScenarioModel
{
    /// <summary>The base the model projects from.</summary>
    ScenarioBase Base { get; }

    /// <summary>The uncertain dimensions, in the order of the quantile vector.</summary>
    IReadOnlyList<UncertainDimension> Dimensions { get; }

    /// <summary>The first year of every path: the base year.</summary>
    int FirstYear { get; }

    /// <summary>The last projected year.</summary>
    int LastYear { get; }

    /// <summary>What the reader must know about the whole projection (base flags, caps that cannot act …), found when binding.</summary>
    IReadOnlyList<LineText> Flags { get; }

    /// <summary>A buffer sized for this model.</summary>
    ProjectionBuffer NewBuffer();

    /// <summary>Projects every part and the city from the base year to <see cref="LastYear"/> with each dimension at quantile u[i] ∈ (0, 1).</summary>
    /// <exception cref="ArgumentException"><paramref name="u"/> is not of length <see cref="Dimensions"/>.Count.</exception>
    void Project(ReadOnlySpan<double> u, ProjectionBuffer buffer);

    /// <summary>The full detail of one projection (every sector, gas and quantity), city first then the parts, for the central path and for explaining it.</summary>
    IReadOnlyList<ProjectedYear> ProjectDetailed(ReadOnlySpan<double> u);
}

/// <summary>The yearly totals one projection writes, reused across Monte Carlo draws. Index <c>[area, year]</c>: area 0 is the city, area
/// k ≥ 1 is <see cref="ScenarioBase.Parts"/>[k − 1]; year index 0 is the base year.</summary>
public sealed class ProjectionBuffer
{
    /// <summary>A buffer for <paramref name="areas"/> areas (city + parts) and <paramref name="years"/> years.</summary>
    public ProjectionBuffer(int areas, int years)
    {
        Areas = areas;
        Years = years;
        Co2e = new double[areas * years];
        Co2eIncludingLulucf = new double[areas * years];
        TerritorialCo2 = new double[areas * years];
        Indicators = new double[areas * years * ScenarioIndicators.All.Count];
    }

    /// <summary>City + parts.</summary>
    public int Areas { get; }

    /// <summary>Base year through horizon.</summary>
    public int Years { get; }

    /// <summary>CO2e excluding LULUCF, t, at <c>area * Years + year</c>.</summary>
    public double[] Co2e { get; }

    /// <summary>CO2e including LULUCF, t.</summary>
    public double[] Co2eIncludingLulucf { get; }

    /// <summary>Territorial CO2 excluding LULUCF, t (what a territorial budget counts).</summary>
    public double[] TerritorialCo2 { get; }

    /// <summary>Indicators at <c>(area * Years + year) * ScenarioIndicators.All.Count + indicator</c>; NaN where not defined (a divisor of 0).</summary>
    public double[] Indicators { get; }

    /// <summary>Which (area, year) cells of <see cref="Indicators"/> a projection writes, at <c>area * Years + year</c> as <see cref="Co2e"/>:
    /// null (the default) for every cell; else the indicators of a cell are written only where the mask is true; every other cell's are
    /// left unwritten, NaN (setting a mask fills them).
    /// <see cref="Co2e"/>, <see cref="Co2eIncludingLulucf"/> and <see cref="TerritorialCo2"/> are written in full either way, and a written
    /// cell's indicators are the same, bit for bit, as without a mask. For a caller that reads a few cells only (the Monte Carlo's target and
    /// budget checks).</summary>
    /// <exception cref="ArgumentException">Set to an array whose length is not <see cref="Areas"/> × <see cref="Years"/>.</exception>
    public bool[]? IndicatorMask
    {
        get => indicatorMask;
        set
        {
            indicatorMask = value is null || value.Length == Areas * Years ? value
                : throw new ArgumentException($"expected {Areas * Years} cells (areas × years), got {value.Length}", nameof(value));
            if (value is not null)
            {
                Indicators.AsSpan().Fill(double.NaN); // a cell no projection writes reads NaN, never a number an earlier run left
            }
        }
    }

    private bool[]? indicatorMask;

    /// <summary>True when a projection writes the indicators at <paramref name="at"/> (= <see cref="At"/>(area, year); see <see cref="IndicatorMask"/>).</summary>
    public bool WritesIndicators(int at) => indicatorMask is null || indicatorMask[at];

    /// <summary>The index of (<paramref name="area"/>, <paramref name="year"/>) in the per-year arrays.</summary>
    public int At(int area, int year) => area * Years + year;
}

/// <summary>One region's (or the city's) projected year in full detail.</summary>
/// <param name="Region">The region (the city's code for the city; a part's code, or the city's with <paramref name="IsCityRest"/>).</param>
/// <param name="IsCityRest">True for the city's lines in no banner.</param>
/// <param name="Year">The year.</param>
/// <param name="GdpYuan">GDP at base-year prices, yuan.</param>
/// <param name="Population">Persons.</param>
/// <param name="FuelTce">Fuel by group over every energy sector and feedstock, tce.</param>
/// <param name="FinalElectricityKwh">Electricity of industry, transport and buildings, kWh.</param>
/// <param name="ConsumptionKwh">Electricity used, kWh.</param>
/// <param name="ThermalGenerationKwh">Thermal generation, kWh.</param>
/// <param name="RenewableGenerationKwh">Wind and solar generation, kWh.</param>
/// <param name="RenewableCapacityGw">Wind and solar capacity, GW.</param>
/// <param name="CcusTonnes">CO2 captured, t.</param>
/// <param name="Co2Tonnes">CO2 by sector, t.</param>
/// <param name="Ch4Tonnes">CH4 by sector, t.</param>
/// <param name="N2oTonnes">N2O by sector, t.</param>
/// <param name="Co2eTonnes">CO2e by sector, t.</param>
/// <param name="Co2eExcludingLulucfTonnes">The headline total, t.</param>
/// <param name="LulucfCo2eTonnes">3.B, t (negative for a net sink).</param>
/// <param name="Indicators">The indicators in <see cref="ScenarioIndicators.All"/> order; NaN where not defined.</param>
/// <param name="Flags">What this year leans on (thermal generation at 0, a cap that bites …).</param>
public sealed record ProjectedYear(RegionCode Region, bool IsCityRest, int Year, double GdpYuan, double Population, FuelAmounts FuelTce,
    double FinalElectricityKwh, double ConsumptionKwh, double ThermalGenerationKwh, double RenewableGenerationKwh, double RenewableCapacityGw,
    double CcusTonnes, IReadOnlyDictionary<ScenarioSector, double> Co2Tonnes, IReadOnlyDictionary<ScenarioSector, double> Ch4Tonnes,
    IReadOnlyDictionary<ScenarioSector, double> N2oTonnes, IReadOnlyDictionary<ScenarioSector, double> Co2eTonnes,
    double Co2eExcludingLulucfTonnes, double LulucfCo2eTonnes, IReadOnlyList<double> Indicators, IReadOnlyList<LineText> Flags);
