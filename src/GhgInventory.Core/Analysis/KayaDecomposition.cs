namespace GhgInventory.Core.Analysis;

/// <summary>The Kaya identity over sectors and fuels, decomposed by LMDI-I: the change of energy-related CO2 (or of energy use) into
/// population, GDP per capita, economic structure, sectoral energy intensity, fuel mix and emission-factor effects.</summary>
/// <remarks>
/// <para>CO2 of a producing sector i (the three industries) and fuel j:
/// C_ij = P × (G/P) × (G_i/G) × (E_i/G_i) × (E_ij/E_i) × (C_ij/E_ij), with P the population, G GDP and G_i the sector's value added at
/// constant prices, E energy (tce), C CO2 (t) — the extended Kaya identity of Ang 2015 (Energy Policy 86:233–238, §2) as used for
/// China's regions. The identity telescopes, so it holds even when Σ G_i differs from G.</para>
/// <para>Households (居民生活, 1.A.4.b) have no value added: C_hj = P × (E_h/P) × (E_hj/E_h) × (C_hj/E_hj). Their factors G/P and G_i/G
/// are 1 in both years (no effect); their energy per person E_h/P is counted in the energy-intensity effect, so that effect reads
/// "energy per unit of output, or per person for households".</para>
/// <para>Energy use: E_i = P × (G/P) × (G_i/G) × (E_i/G_i) and E_h = P × (E_h/P), the first four effects (a fuel-mix factor of energy
/// over fuels telescopes into the total and is left out).</para>
/// <para>Zeros (Ang and Liu 2007, Energy Policy 35:238–246): a fuel used in one year only has mix 0 in the other year; its emission
/// factor there, 0/0, takes the value of the year it is used (the factor does not change), so the fuel-mix effect carries the whole
/// cell. A sector with no energy in one year has intensity 0 there and its mix taken from the other year, so the intensity effect
/// carries it. Transformation outputs (negative energy, no CO2) net their sector's energy E_i, which then is the sector's net
/// consumption as energy statistics count it; the fuel cells are the fuels put in (positive energy), so E_ij/E_i of a transforming
/// sector may add up to more than 1 — the identity still holds exactly. Missing population, GDP or a used sector's value added make the decomposition not computed, with the gaps named.</para>
/// </remarks>
public static class KayaDecomposition
{
    /// <summary>The factor of population, P.</summary>
    public const string Population = "population";

    /// <summary>The factor of GDP per capita, G/P (经济规模效应).</summary>
    public const string GdpPerCapita = "gdp_per_capita";

    /// <summary>The factor of economic structure, G_i/G (产业结构效应).</summary>
    public const string Structure = "structure";

    /// <summary>The factor of sectoral energy intensity, E_i/G_i (per person for households) (能源强度效应).</summary>
    public const string EnergyIntensity = "energy_intensity";

    /// <summary>The factor of fuel mix, E_ij/E_i (能源结构效应).</summary>
    public const string FuelMix = "fuel_mix";

    /// <summary>The factor of the emission factor, C_ij/E_ij (排放因子效应).</summary>
    public const string EmissionFactor = "emission_factor";

    /// <summary>The six factors of the CO2 decomposition, in order.</summary>
    public static IReadOnlyList<string> EmissionFactors { get; } = [Population, GdpPerCapita, Structure, EnergyIntensity, FuelMix, EmissionFactor];

    /// <summary>The four factors of the energy decomposition, in order.</summary>
    public static IReadOnlyList<string> EnergyFactors { get; } = [Population, GdpPerCapita, Structure, EnergyIntensity];

    /// <summary>Decomposes the change of CO2 (t) of the cells from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static KayaOutcome Emissions(KayaYear start, KayaYear end) => Decompose(start, end, withFuels: true);

    /// <summary>Decomposes the change of energy use (tce) of the cells from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static KayaOutcome Energy(KayaYear start, KayaYear end) => Decompose(start, end, withFuels: false);

    /// <summary>Year-on-year decompositions over consecutive <paramref name="years"/>, chained (sum of additive, product of
    /// multiplicative effects); the gaps of every step when any is missing.</summary>
    public static KayaOutcome Chained(IReadOnlyList<KayaYear> years, bool emissions)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count < 2)
        {
            throw new ArgumentException("Chaining needs two years or more.", nameof(years));
        }
        var steps = new List<LmdiResult>();
        var gaps = new List<KayaGap>();
        for (int t = 1; t < years.Count; t++)
        {
            var step = Decompose(years[t - 1], years[t], emissions);
            gaps.AddRange(step.Gaps);
            if (step.Result is { } r)
            {
                steps.Add(r);
            }
        }
        return gaps.Count > 0 ? new KayaOutcome(null, Distinct(gaps)) : new KayaOutcome(Lmdi.Chain(steps), []);
    }

    private static List<KayaGap> Distinct(IEnumerable<KayaGap> gaps) => [.. gaps.Distinct()];

    private static KayaOutcome Decompose(KayaYear start, KayaYear end, bool withFuels)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        var gaps = new List<KayaGap>();
        var sectorEnergy0 = SectorEnergy(start);
        var sectorEnergyT = SectorEnergy(end);
        if (sectorEnergy0.Values.Sum() <= 0 && sectorEnergyT.Values.Sum() <= 0)
        {
            gaps.Add(new KayaGap(KayaGapKind.NoEnergy, end.Year));
        }
        foreach (var y in new[] { start, end })
        {
            if (y.PopulationPersons is not > 0)
            {
                gaps.Add(new KayaGap(KayaGapKind.Population, y.Year));
            }
            if (y.GdpYuan is not > 0)
            {
                gaps.Add(new KayaGap(KayaGapKind.Gdp, y.Year));
            }
        }
        var producing = sectorEnergy0.Keys.Concat(sectorEnergyT.Keys).Distinct()
            .Where(s => s != EconomicSector.Households && (sectorEnergy0.GetValueOrDefault(s) > 0 || sectorEnergyT.GetValueOrDefault(s) > 0))
            .Order().ToList();
        foreach (var s in producing)
        {
            foreach (var y in new[] { start, end })
            {
                if (y.ValueAddedYuan.GetValueOrDefault(s) is not > 0)
                {
                    gaps.Add(new KayaGap(KayaGapKind.ValueAdded, y.Year, s));
                }
            }
        }
        if (withFuels)
        {
            foreach (var y in new[] { start, end })
            {
                foreach (var c in y.Cells.Where(c => c.Co2Tonnes > 0 && c.EnergyTce <= 0))
                {
                    gaps.Add(new KayaGap(KayaGapKind.Co2WithoutEnergy, y.Year, c.Sector));
                }
            }
        }
        foreach (var (y, energy) in new[] { (start, sectorEnergy0), (end, sectorEnergyT) })
        {
            foreach (var s in y.Cells.Where(c => c.EnergyTce != 0).Select(c => c.Sector).Distinct().Where(s => energy.GetValueOrDefault(s) <= 0))
            {
                gaps.Add(new KayaGap(KayaGapKind.NetEnergyNotPositive, y.Year, s));
            }
        }
        if (gaps.Count > 0)
        {
            return new KayaOutcome(null, Distinct(gaps));
        }
        var cells = withFuels ? FuelCells(start, end, sectorEnergy0, sectorEnergyT) : SectorCells(start, end, sectorEnergy0, sectorEnergyT);
        return new KayaOutcome(Lmdi.Decompose(withFuels ? EmissionFactors : EnergyFactors, cells), []);
    }

    private static Dictionary<EconomicSector, double> SectorEnergy(KayaYear year)
    {
        var energy = new Dictionary<EconomicSector, double>();
        foreach (var c in year.Cells)
        {
            if (!double.IsFinite(c.EnergyTce) || !(c.Co2Tonnes >= 0) || double.IsInfinity(c.Co2Tonnes) || (c.EnergyTce < 0 && c.Co2Tonnes != 0))
            {
                throw new ArgumentException($"{c.Sector}/{c.Fuel} in {year.Year}: energy {c.EnergyTce}, CO2 {c.Co2Tonnes}; CO2 must be finite and non-negative, and 0 with negative energy.", nameof(year));
            }
            energy[c.Sector] = energy.GetValueOrDefault(c.Sector) + c.EnergyTce;
        }
        return energy;
    }

    /// <summary>The first four factors of a sector in one year: P, G/P, G_i/G and E_i/G_i; households P, 1, 1, E_h/P.</summary>
    private static double[] Head(KayaYear y, EconomicSector s, double sectorEnergy)
    {
        double p = y.PopulationPersons!.Value, g = y.GdpYuan!.Value;
        if (s == EconomicSector.Households)
        {
            return [p, 1, 1, sectorEnergy / p];
        }
        // A sector without energy in both years never gets here; one without value added was refused above.
        double va = y.ValueAddedYuan.GetValueOrDefault(s) ?? 0;
        return [p, g / p, va / g, va > 0 ? sectorEnergy / va : 0];
    }

    private static List<LmdiCell> SectorCells(KayaYear start, KayaYear end, Dictionary<EconomicSector, double> e0, Dictionary<EconomicSector, double> eT)
    {
        var cells = new List<LmdiCell>();
        foreach (var s in e0.Keys.Concat(eT.Keys).Distinct().Order())
        {
            double a = e0.GetValueOrDefault(s), b = eT.GetValueOrDefault(s);
            if (a <= 0 && b <= 0)
            {
                continue;
            }
            cells.Add(new LmdiCell(s.ToString(), Head(start, s, a), Head(end, s, b)));
        }
        return cells;
    }

    private static List<LmdiCell> FuelCells(KayaYear start, KayaYear end, Dictionary<EconomicSector, double> e0, Dictionary<EconomicSector, double> eT)
    {
        // Fuel cells are the fuels put in; the outputs only net the sector's energy.
        var byKey0 = Sum(start.Cells.Where(c => c.EnergyTce >= 0));
        var byKeyT = Sum(end.Cells.Where(c => c.EnergyTce >= 0));
        var cells = new List<LmdiCell>();
        foreach (var key in byKey0.Keys.Concat(byKeyT.Keys).Distinct().OrderBy(k => k.Sector).ThenBy(k => k.Fuel, StringComparer.Ordinal))
        {
            var (energy0, co20) = byKey0.GetValueOrDefault(key);
            var (energyT, co2T) = byKeyT.GetValueOrDefault(key);
            if (co20 <= 0 && co2T <= 0 && energy0 <= 0 && energyT <= 0)
            {
                continue;
            }
            double sector0 = e0.GetValueOrDefault(key.Sector), sectorT = eT.GetValueOrDefault(key.Sector);
            // Mix and emission factor where defined; 0/0 takes the other year's value (the remarks above).
            double? mix0 = sector0 > 0 ? energy0 / sector0 : null, mixT = sectorT > 0 ? energyT / sectorT : null;
            double? ef0 = energy0 > 0 ? co20 / energy0 : null, efT = energyT > 0 ? co2T / energyT : null;
            double m0 = mix0 ?? mixT ?? 0, mT = mixT ?? mix0 ?? 0;
            double f0 = ef0 ?? efT ?? 0, fT = efT ?? ef0 ?? 0;
            cells.Add(new LmdiCell($"{key.Sector}/{key.Fuel}", [.. Head(start, key.Sector, sector0), m0, f0], [.. Head(end, key.Sector, sectorT), mT, fT]));
        }
        return cells;
    }

    private static Dictionary<(EconomicSector Sector, string Fuel), (double Energy, double Co2)> Sum(IEnumerable<KayaCell> cells)
    {
        var sums = new Dictionary<(EconomicSector, string), (double, double)>();
        foreach (var c in cells)
        {
            var (e, co2) = sums.GetValueOrDefault((c.Sector, c.Fuel));
            sums[(c.Sector, c.Fuel)] = (e + c.EnergyTce, co2 + c.Co2Tonnes);
        }
        return sums;
    }
}
