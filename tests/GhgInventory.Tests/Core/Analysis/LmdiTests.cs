using GhgInventory.Core.Analysis;

namespace GhgInventory.Tests.Core.Analysis;

/// <summary>LMDI-I against a published worked example and Ang's zero-value limits worked by hand.</summary>
public sealed class LmdiTests
{
    // The published figures are printed to 8–10 significant digits.
    private const double PublishedAbs = 1e-6;
    // Arithmetic only.
    private const double ArithmeticAbs = 1e-9;

    private static readonly string[] Factors = ["factor 1", "factor 2", "factor 3"];

    // The "simple example" of Heun and Brockway (2019),
    // Applied Energy, doi:10.1016/j.apenergy.2019.01.255, Supplementary Information §S3 (the matrix method for LMDI of Ang 2005), data and results as printed
    // in its companion package LMDIR (github.com/MatthewHeun/LMDIR, vignettes/LMDIR.Rmd and tests/testthat/test_lmdi.R):
    // two sub-categories × three factors, years 1971–1974.
    private static readonly double[][] Year1971 = [[1, 10, 2], [4, 5, 3]];
    private static readonly double[][] Year1972 = [[4, 5, 3], [5, 6, 4]];
    private static readonly double[][] Year1973 = [[8, 2, 4], [5, 7, 5]];

    private static List<LmdiCell> Cells(double[][] start, double[][] end) =>
        [.. start.Select((row, i) => new LmdiCell($"subcat {i + 1}", row, end[i]))];

    [Test]
    public void Decompose_HeunBrockwayExample_ReproducesPublishedEffects()
    {
        // V(1971) = 1·10·2 + 4·5·3 = 80; V(1972) = 4·5·3 + 5·6·4 = 180; ΔV = 100, D = 2.25 (published dV_agg, D_agg).
        var r = Lmdi.Decompose(Factors, Cells(Year1971, Year1972));
        Assert.Multiple(() =>
        {
            Assert.That(r.StartTotal, Is.EqualTo(80));
            Assert.That(r.EndTotal, Is.EqualTo(180));
            // Published dV[[2]]: 69.79006598, −9.455125793, 39.66505981.
            Assert.That(r.Additive[0], Is.EqualTo(69.79006598).Within(PublishedAbs));
            Assert.That(r.Additive[1], Is.EqualTo(-9.455125793).Within(PublishedAbs));
            Assert.That(r.Additive[2], Is.EqualTo(39.66505981).Within(PublishedAbs));
            // Published D[[2]]: 1.761117821, 0.926191306, 1.379410116.
            Assert.That(r.Multiplicative![0], Is.EqualTo(1.761117821).Within(PublishedAbs));
            Assert.That(r.Multiplicative[1], Is.EqualTo(0.926191306).Within(PublishedAbs));
            Assert.That(r.Multiplicative[2], Is.EqualTo(1.379410116).Within(PublishedAbs));
            // No residual: the effects add up to ΔV = 100 and multiply to D = 2.25.
            Assert.That(r.Additive.Sum(), Is.EqualTo(100).Within(ArithmeticAbs));
            Assert.That(r.Multiplicative.Aggregate(1.0, (a, b) => a * b), Is.EqualTo(2.25).Within(ArithmeticAbs));
        });
    }

    [Test]
    public void Chain_HeunBrockwayExample_SumsYearlyEffects()
    {
        // Published dV[[3]] (1972→1973): 42.96021467, −34.31902656, 50.3588119; the cumulative dV of 1973 is dV[[2]] + dV[[3]];
        // D[[3]]: 1.229284572, 0.847970248, 1.273773912; cumulative D the product. V(1973) = 8·2·4 + 5·7·5 = 239.
        var chained = Lmdi.Chain([Lmdi.Decompose(Factors, Cells(Year1971, Year1972)), Lmdi.Decompose(Factors, Cells(Year1972, Year1973))]);
        Assert.Multiple(() =>
        {
            Assert.That(chained.Additive[0], Is.EqualTo(69.79006598 + 42.96021467).Within(PublishedAbs));
            Assert.That(chained.Additive[1], Is.EqualTo(-9.455125793 - 34.31902656).Within(PublishedAbs));
            Assert.That(chained.Additive[2], Is.EqualTo(39.66505981 + 50.3588119).Within(PublishedAbs));
            Assert.That(chained.Multiplicative![1], Is.EqualTo(0.926191306 * 0.847970248).Within(PublishedAbs));
            Assert.That(chained.Additive.Sum(), Is.EqualTo(239 - 80).Within(ArithmeticAbs));
            Assert.That(chained.Multiplicative.Aggregate(1.0, (a, b) => a * b), Is.EqualTo(239.0 / 80).Within(ArithmeticAbs));
        });
    }

    [Test]
    public void Decompose_CellAbsentAtStart_GivesItsEndValueToTheZeroFactor()
    {
        // Ang, Zhang and Choi (1998, Energy 23:489–495) Table 2, case 1, as in the published test of LMDIR: x_11 of 1971 set to 0,
        // so V_1^0 = 0 and V_1^T = 4·5·3 = 60. Row 1 gives 60 to factor 1 and 0 to factors 2 and 3; row 2 is unchanged, its published
        // Z row 19.31568569, 15.78206435, 24.90224996.
        double[][] start = [[0, 10, 2], [4, 5, 3]];
        var r = Lmdi.Decompose(Factors, Cells(start, Year1972));
        Assert.Multiple(() =>
        {
            Assert.That(r.Additive[0], Is.EqualTo(60 + 19.31568569).Within(PublishedAbs));
            Assert.That(r.Additive[1], Is.EqualTo(15.78206435).Within(PublishedAbs));
            Assert.That(r.Additive[2], Is.EqualTo(24.90224996).Within(PublishedAbs));
            Assert.That(r.Additive.Sum(), Is.EqualTo(180 - 60).Within(ArithmeticAbs));
        });
    }

    [Test]
    public void Decompose_CellAbsentAtEnd_TakesItsStartValueFromTheFactorThatBecameZero()
    {
        // Case 2 of the same table, the published test's second degenerate case: x_23 of 1972 set to 0, V_2^0 = 60, V_2^T = 0:
        // row 2 gives −60 to factor 3; row 1 is unchanged, published 50.47438029, −25.23719014, 14.76280986.
        double[][] end = [[4, 5, 3], [5, 6, 0]];
        var r = Lmdi.Decompose(Factors, Cells(Year1971, end));
        Assert.Multiple(() =>
        {
            Assert.That(r.Additive[0], Is.EqualTo(50.47438029).Within(PublishedAbs));
            Assert.That(r.Additive[1], Is.EqualTo(-25.23719014).Within(PublishedAbs));
            Assert.That(r.Additive[2], Is.EqualTo(14.76280986 - 60).Within(PublishedAbs));
        });
    }

    [Test]
    public void Decompose_SmallValueStrategy_ApproachesTheAnalyticLimit()
    {
        // The check of Ang and Liu (2007): replacing 0 by δ converges to the limit, slowly (the error shrinks as 1/ln(1/δ),
        // Wood and Lenzen 2006). Case 1 above: factor 1 → 79.31568569.
        double[][] start = [[0, 10, 2], [4, 5, 3]];
        double limit = Lmdi.Decompose(Factors, Cells(start, Year1972)).Additive[0];
        double coarse = Lmdi.Decompose(Factors, Cells(start, Year1972), smallValue: 1e-10).Additive[0];
        double fine = Lmdi.Decompose(Factors, Cells(start, Year1972), smallValue: 1e-200).Additive[0];
        Assert.Multiple(() =>
        {
            Assert.That(Math.Abs(fine - limit), Is.LessThan(Math.Abs(coarse - limit)));
            Assert.That(fine, Is.EqualTo(limit).Within(2.0));
        });
    }

    [Test]
    public void LogarithmicMean_EqualArguments_IsTheArgument()
    {
        // L(a, a) = a (Ang 2005); L(e, 1) = (e − 1)/1.
        Assert.Multiple(() =>
        {
            Assert.That(LogarithmicMean.Of(3, 3), Is.EqualTo(3));
            Assert.That(LogarithmicMean.Of(Math.E, 1), Is.EqualTo(Math.E - 1).Within(ArithmeticAbs));
            Assert.That(LogarithmicMean.Of(5, 0), Is.Zero);
            Assert.That(() => LogarithmicMean.Of(-1, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}
