using GhgInventory.Core.Scenarios;
using MathNet.Numerics.Statistics;
using NUnit.Framework;

namespace GhgInventory.Tests.Core.Scenarios;

/// <summary>The Monte Carlo's path quantiles read from a partly ordered sample (multiple selection) equal those of the sorted sample.</summary>
[TestFixture]
public class Issue16_PerfQuantileTests
{
    private static readonly double[] Taus = [0.05, 0.25, 0.5, 0.75, 0.95];

    [Test]
    public void HandValues_TenValues()
    {
        // n = 10, R type 7: h = 9τ + 1. τ = 0.05: h = 1.45, x(1) + 0.45 (x(2) − x(1)) = 1 + 0.45 × 1 = 1.45.
        // τ = 0.5: h = 5.5, x(5) + 0.5 (x(6) − x(5)) = 5 + 0.5 = 5.5. τ = 0.95: h = 9.55, x(9) + 0.55 (x(10) − x(9)) = 9 + 0.55 × 91 = 59.05.
        double[] sample = [7, 100, 3, 9, 1, 5, 2, 8, 6, 4];
        MonteCarlo.PlaceOrderStatistics(sample, Taus);
        Assert.That(SortedArrayStatistics.QuantileCustom(sample, 0.05, QuantileDefinition.R7), Is.EqualTo(1.45).Within(1e-12));
        Assert.That(SortedArrayStatistics.QuantileCustom(sample, 0.5, QuantileDefinition.R7), Is.EqualTo(5.5).Within(1e-12));
        Assert.That(SortedArrayStatistics.QuantileCustom(sample, 0.95, QuantileDefinition.R7), Is.EqualTo(59.05).Within(1e-12));
    }

    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(33, 3)]
    [TestCase(1000, 4)]
    [TestCase(10000, 5)]
    public void SameAsFullSort_RandomWithTies(int n, int seed)
    {
        var random = new Random(seed);
        foreach (int distinct in new[] { 1, 3, 50, int.MaxValue })
        {
            var sample = Enumerable.Range(0, n).Select(_ => distinct == int.MaxValue ? random.NextDouble() * 1e8 : random.Next(distinct) * 1.5).ToArray();
            var sorted = (double[])sample.Clone();
            Array.Sort(sorted);
            MonteCarlo.PlaceOrderStatistics(sample, Taus);
            foreach (double tau in Taus)
            {
                Assert.That(SortedArrayStatistics.QuantileCustom(sample, tau, QuantileDefinition.R7),
                    Is.EqualTo(SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7)), $"n {n}, distinct {distinct}, τ {tau}");
            }
            Assert.That(sample.Order(), Is.EqualTo(sorted), "a permutation of the sample");
        }
    }
}
