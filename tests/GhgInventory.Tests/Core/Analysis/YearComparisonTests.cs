using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Tests.Core.Analysis;

/// <summary>The change of a run's lines between two years: notation keys are never a 0.</summary>
public sealed class YearComparisonTests
{
    private static readonly RegionCode City = RegionCode.Parse("150600");
    private static readonly RegionCode Banner = RegionCode.Parse("150626");
    private static readonly RegionTree Regions = new([new Region(City, null, "鄂尔多斯市", "Ordos", null), new Region(Banner, City, "乌审旗", "Uxin", null)]);

    private static EmissionLine Line(int year, string category, double? co2e, NotationKey? key = null) =>
        new(0, Banner, year, CategoryCode.Parse(category), "raw_coal", Gas.CO2, EmissionScope.Territorial, co2e, co2e, 1, key, "m", LineText.Verbatim(""), null, []);

    [Test]
    public void Of_NotationOnlyAndPartlyEstimatedGroups_NoSilentZero()
    {
        // 1.A.2: 100 t in 2020; in 2021 only NE → no number, no difference. 1.A.1: 50 t + an NE line in 2021 → 80 t, a lower bound.
        var from = new[] { Line(2020, "1.A.2.c", 100), Line(2020, "1.A.1.a.i", 50) };
        var to = new[] { Line(2021, "1.A.2.c", null, NotationKey.NE), Line(2021, "1.A.1.a.i", 80), Line(2021, "1.A.1.b", null, NotationKey.NE) };
        var c = YearComparison.Of(City, 2020, 2021, from, to, Regions);
        var energy = c.ByCategory.Single(r => r.Key == "1.A.1");
        var industry = c.ByCategory.Single(r => r.Key == "1.A.2");
        Assert.Multiple(() =>
        {
            Assert.That(industry.ToTonnes, Is.Null);
            Assert.That(industry.ToNotation, Is.EqualTo(NotationKey.NE));
            Assert.That(industry.DifferenceTonnes, Is.Null);
            Assert.That(energy.DifferenceTonnes, Is.EqualTo(30));
            Assert.That(energy.ToLowerBound, Is.True);
            Assert.That(c.Total.FromTonnes, Is.EqualTo(150));
            Assert.That(c.Total.ToTonnes, Is.EqualTo(80));
            Assert.That(c.Total.ToLowerBound, Is.True);
            Assert.That(c.ByRegion.Single().Key, Is.EqualTo("150626"));
        });
    }
}
