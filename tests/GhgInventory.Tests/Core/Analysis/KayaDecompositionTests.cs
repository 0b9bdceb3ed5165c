using GhgInventory.Core.Analysis;

namespace GhgInventory.Tests.Core.Analysis;

/// <summary>The Kaya decomposition by LMDI-I, against hand calculations.</summary>
public sealed class KayaDecompositionTests
{
    // Arithmetic only.
    private const double Abs = 1e-7;

    private static KayaYear Year(int year, double? population, double? gdp, double? secondary, params KayaCell[] cells) =>
        new(year, population, gdp, new Dictionary<EconomicSector, double?> { [EconomicSector.Secondary] = secondary }, cells);

    [Test]
    public void Emissions_FuelUsedInTheLaterYearOnly_FuelMixCarriesIt()
    {
        // One industry; population, GDP and value added unchanged (1e6 persons, 1e10 yuan, all secondary). Illustrative figures.
        // Year 0: coal 100 tce, 270 t CO2. Year T: coal 100 tce, 270 t; natural gas (new) 50 tce, 100 t. ΔC = 100 t.
        // Coal cell: V^0 = V^T = 270, so L = 270. Sector energy 100 → 150: intensity ln(150/100) = ln 1.5; coal's mix 1 → 2/3: −ln 1.5.
        //   intensity +270·ln 1.5 = 270 × 0.405465108 = 109.4755792; mix −109.4755792.
        // Gas cell: absent at 0 (mix 0; its emission factor 0/0 takes 100/50 = 2 of year T): Ang and Liu's limit gives V^T = 100
        //   to the fuel mix, nothing else.
        // Effects: intensity 109.4755792, mix 100 − 109.4755792 = −9.4755792, the others 0; sum 100.
        var start = Year(2020, 1e6, 1e10, 1e10, new KayaCell(EconomicSector.Secondary, "raw_coal", 100, 270));
        var end = Year(2021, 1e6, 1e10, 1e10, new KayaCell(EconomicSector.Secondary, "raw_coal", 100, 270),
            new KayaCell(EconomicSector.Secondary, "natural_gas", 50, 100));
        var outcome = KayaDecomposition.Emissions(start, end);
        var r = outcome.Result!;
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Gaps, Is.Empty);
            Assert.That(r.AdditiveOf(KayaDecomposition.EnergyIntensity), Is.EqualTo(109.4755792).Within(Abs));
            Assert.That(r.AdditiveOf(KayaDecomposition.FuelMix), Is.EqualTo(-9.4755792).Within(Abs));
            Assert.That(r.AdditiveOf(KayaDecomposition.EmissionFactor), Is.EqualTo(0).Within(Abs));
            Assert.That(r.AdditiveOf(KayaDecomposition.Population), Is.EqualTo(0).Within(Abs));
            Assert.That(r.Additive.Sum(), Is.EqualTo(100).Within(Abs));
        });
    }

    [Test]
    public void Emissions_TwoSectorsAndHouseholds_MatchHandCalculation()
    {
        // Illustrative figures. Population 1e6 → 1.1e6; GDP 1e10 → 1.21e10 yuan (per capita 1e4 → 1.1e4);
        // value added: secondary 6e9 → 6.05e9 (share 0.6 → 0.5), tertiary 4e9 → 6.05e9 (0.4 → 0.5).
        // Cells (one fuel each, emission factor unchanged): secondary coal 600 → 605 tce, 1620 → 1633.5 t (2.7 t/tce);
        // tertiary diesel 40 → 60.5 tce, 80 → 121 t (2 t/tce); households coal 100 → 110 tce, 270 → 297 t (per person 1e-4 both).
        // Secondary intensity 600/6e9 = 1e-7 → 605/6.05e9 = 1e-7 (no change); tertiary 1e-8 → 1e-8; households unchanged per person.
        // So C grows only by P (×1.1), G/P (×1.1) for the industries, and structure: per cell ΔC_k = L(C^T, C^0)·ln(x^T/x^0).
        //   secondary: L(1633.5, 1620) = 13.5/ln(1633.5/1620) = 13.5/0.008298781 = 1626.7407…;
        //   tertiary:  L(121, 80) = 41/ln(1.5125) = 41/0.4137670 = 99.0903…;  households: L(297, 270) = 27/ln 1.1 = 283.2856…
        //   population = ln 1.1 × (1626.7407 + 99.0903 + 283.2856) = 0.0953102 × 2009.1166 = 191.4892…
        //   gdp per capita = ln 1.1 × (1626.7407 + 99.0903) = 164.4893…; structure = 1626.7407·ln(0.5/0.6) + 99.0903·ln(1.25)
        //     = 1626.7407 × (−0.1823216) + 99.0903 × 0.2231436 = −296.5899 + 22.1114 = −274.4785
        //   sum = 191.4892 + 164.4893 − 274.4785 = 81.5000 ≈ ΔC = (1633.5 + 121 + 297) − (1620 + 80 + 270) = 81.5.
        static KayaYear Y(int year, double p, double g, double sec, double ter, double eSec, double eTer, double eHh) => new(year, p, g,
            new Dictionary<EconomicSector, double?> { [EconomicSector.Secondary] = sec, [EconomicSector.Tertiary] = ter },
            [new(EconomicSector.Secondary, "raw_coal", eSec, eSec * 2.7), new(EconomicSector.Tertiary, "diesel", eTer, eTer * 2),
             new(EconomicSector.Households, "raw_coal", eHh, eHh * 2.7)]);
        var r = KayaDecomposition.Emissions(Y(2020, 1e6, 1e10, 6e9, 4e9, 600, 40, 100), Y(2021, 1.1e6, 1.21e10, 6.05e9, 6.05e9, 605, 60.5, 110)).Result!;
        Assert.Multiple(() =>
        {
            Assert.That(r.AdditiveOf(KayaDecomposition.Population), Is.EqualTo(191.4892).Within(0.001));
            Assert.That(r.AdditiveOf(KayaDecomposition.GdpPerCapita), Is.EqualTo(164.4893).Within(0.001));
            Assert.That(r.AdditiveOf(KayaDecomposition.Structure), Is.EqualTo(-274.4785).Within(0.001));
            Assert.That(r.AdditiveOf(KayaDecomposition.EnergyIntensity), Is.EqualTo(0).Within(Abs));
            Assert.That(r.AdditiveOf(KayaDecomposition.FuelMix), Is.EqualTo(0).Within(Abs));
            Assert.That(r.Additive.Sum(), Is.EqualTo(81.5).Within(Abs));
            Assert.That(r.Multiplicative!.Aggregate(1.0, (a, b) => a * b), Is.EqualTo(2051.5 / 1970).Within(Abs));
        });
    }

    [Test]
    public void Energy_SectorLevel_SumsToTheChangeOfEnergy()
    {
        // Year 0: secondary 100 tce on 1e10 yuan; year T: 90 tce on 1.2e10 (population and GDP the same as the value added).
        // Intensity 1e-8 → 7.5e-9: L(90, 100) = −10/ln 0.9 = 94.9122…; intensity effect 94.9122 × ln 0.75 = −27.3045…;
        // gdp per capita (P fixed at 1e6) 94.9122 × ln 1.2 = 17.3045…; sum −10.
        var r = KayaDecomposition.Energy(Year(2020, 1e6, 1e10, 1e10, new KayaCell(EconomicSector.Secondary, "raw_coal", 100, 270)),
            Year(2021, 1e6, 1.2e10, 1.2e10, new KayaCell(EconomicSector.Secondary, "raw_coal", 90, 243))).Result!;
        Assert.Multiple(() =>
        {
            Assert.That(r.Factors, Has.Count.EqualTo(4));
            Assert.That(r.AdditiveOf(KayaDecomposition.EnergyIntensity), Is.EqualTo(-27.3045).Within(0.001));
            Assert.That(r.AdditiveOf(KayaDecomposition.GdpPerCapita), Is.EqualTo(17.3045).Within(0.001));
            Assert.That(r.Additive.Sum(), Is.EqualTo(-10).Within(Abs));
        });
    }

    [Test]
    public void Emissions_MissingValueAddedAndPopulation_NotComputedWithTheGaps()
    {
        var start = Year(2020, null, 1e10, 1e10, new KayaCell(EconomicSector.Secondary, "raw_coal", 100, 270));
        var end = Year(2021, 1e6, 1e10, null, new KayaCell(EconomicSector.Secondary, "raw_coal", 100, 270));
        var outcome = KayaDecomposition.Emissions(start, end);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Result, Is.Null);
            Assert.That(outcome.Gaps, Does.Contain(new KayaGap(KayaGapKind.Population, 2020)));
            Assert.That(outcome.Gaps, Does.Contain(new KayaGap(KayaGapKind.ValueAdded, 2021, EconomicSector.Secondary)));
        });
    }
}
