using GhgInventory.Core.Domain;
using GhgInventory.Core.Energy;

namespace GhgInventory.Core.Analysis;

/// <summary>The LMDI decompositions of one region's change from one year to another: CO2 and energy use, two-point and chained.</summary>
/// <param name="Region">The region.</param>
/// <param name="Emissions">CO2 (t), two-point.</param>
/// <param name="Energy">Energy use (tce), two-point.</param>
/// <param name="EmissionsChained">CO2, chained year on year over the span; null when not asked for or the span is one year (it then equals the two-point one).</param>
/// <param name="EnergyChained">Energy use, chained; likewise.</param>
/// <param name="WithoutNumber">Energy cells of the years compared that carry no number (a notation key, no coefficient) and were left out.</param>
public sealed record RegionDecomposition(RegionCode Region, KayaOutcome Emissions, KayaOutcome Energy, KayaOutcome? EmissionsChained, KayaOutcome? EnergyChained,
    IReadOnlyList<EnergyCell> WithoutNumber)
{
    /// <summary>Decomposes the change of <paramref name="region"/> from <paramref name="fromYear"/> to <paramref name="toYear"/>, from
    /// the energy cells of it and every region below it; GDP and value added at the prices of <paramref name="fromYear"/>.</summary>
    /// <param name="region">The region.</param>
    /// <param name="fromYear">The earlier year, also the base year of constant prices.</param>
    /// <param name="toYear">The later year.</param>
    /// <param name="cells">Energy cells of the run (any regions and years; those outside are ignored).</param>
    /// <param name="economy">The run's socio-economic indicators.</param>
    /// <param name="sectors">The category-to-sector map.</param>
    /// <param name="regions">The region tree.</param>
    /// <param name="chained">Also chain year on year over every year of the span.</param>
    public static RegionDecomposition Of(RegionCode region, int fromYear, int toYear, IEnumerable<EnergyCell> cells, Economy.EconomicSeries economy,
        SectorMap sectors, RegionTree regions, bool chained)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(regions);
        if (toYear <= fromYear)
        {
            throw new ArgumentException($"{fromYear} → {toYear}: the later year must be after the earlier.", nameof(toYear));
        }
        var within = regions.All.Where(r => regions.IsWithin(r.Code, region)).Select(r => r.Code).ToHashSet();
        var mine = cells.Where(c => c.Year >= fromYear && c.Year <= toYear && within.Contains(c.Region)).ToLookup(c => c.Year);
        var years = new List<KayaYear>();
        var without = new List<EnergyCell>();
        foreach (int y in chained ? Enumerable.Range(fromYear, toYear - fromYear + 1) : [fromYear, toYear])
        {
            var (kaya, leftOut) = KayaInputs.Of(region, y, fromYear, mine[y], economy, sectors);
            years.Add(kaya);
            if (y == fromYear || y == toYear)
            {
                without.AddRange(leftOut);
            }
        }
        bool chain = chained && years.Count > 2;
        return new RegionDecomposition(region,
            KayaDecomposition.Emissions(years[0], years[^1]), KayaDecomposition.Energy(years[0], years[^1]),
            chain ? KayaDecomposition.Chained(years, emissions: true) : null, chain ? KayaDecomposition.Chained(years, emissions: false) : null,
            without);
    }
}
