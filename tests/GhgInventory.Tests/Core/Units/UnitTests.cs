using System.Globalization;
using GhgInventory.Core.Units;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Units;

[TestFixture]
public sealed class UnitTests
{
    /// <summary>The units of Chinese statistics are powers of ten of t, m3, GJ, or 3.6 MJ/kWh and 29.307 GJ/tce; every product here is exact in binary.</summary>
    private const double ExactTol = 0.0;

    /// <summary>A value converted there and back passes through two roundings.</summary>
    private const double RoundTripRelTol = 1e-14;

    private static IEnumerable<TestCaseData> Spellings() =>
        CaseFile.Read("UnitSpellings.csv").Select(row =>
            new TestCaseData(row["spelling"], row["symbol"], Enum.Parse<Dimension>(row["dimension"]),
                    double.Parse(row["base_per_unit"], CultureInfo.InvariantCulture))
                .SetName($"TryParse_{row["spelling"]}_ConvertsExactlyToBase"));

    [TestCaseSource(nameof(Spellings))]
    public void TryParse_Spelling_ConvertsExactlyToBase(string spelling, string symbol, Dimension dimension, double basePerUnit)
    {
        Assert.That(Unit.TryParse(spelling, out var unit), Is.True, $"'{spelling}' is not accepted");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unit!.Symbol, Is.EqualTo(symbol));
            Assert.That(unit.Dimension, Is.EqualTo(dimension));
            Assert.That(unit.ToBaseValue(1), Is.EqualTo(basePerUnit).Within(ExactTol));
            // 1234.5 of the unit: one exact multiplication by the factor.
            Assert.That(unit.ToBaseValue(1234.5), Is.EqualTo(1234.5 * basePerUnit).Within(ExactTol));
        }
    }

    [Test]
    public void AcceptedSpellings_EveryOneHasACase()
    {
        // Each spelling the parser accepts is listed once in Cases/UnitSpellings.csv, so a new spelling needs a case.
        var cases = CaseFile.Read("UnitSpellings.csv");
        Assert.That(Unit.AcceptedSpellings.Count(), Is.EqualTo(cases.Count));
        var casesByUnit = cases.Select(r => Unit.TryParse(r["spelling"], out var u) ? u : null).ToHashSet();
        Assert.That(Unit.AcceptedSpellings.Select(s => Unit.TryParse(s, out var u) ? u : null).Distinct(), Is.SubsetOf(casesByUnit));
    }

    [Test]
    public void ToBaseValue_ChineseStatisticsUnits_MatchTheirDefinitions()
    {
        using (Assert.EnterMultipleScope())
        {
            // 1 万吨 = 10^4 t; 1 亿立方米 = 10^8 m3; 1 万千瓦时 = 10^4 kWh × 3.6 MJ = 36 GJ; 1 吨标准煤 = 29 307 kJ/kgce × 1000 kg = 29.307 GJ.
            Assert.That(Parse("万吨").ToBaseValue(1), Is.EqualTo(1e4).Within(ExactTol));
            Assert.That(Parse("亿立方米").ToBaseValue(1), Is.EqualTo(1e8).Within(ExactTol));
            Assert.That(Parse("万千瓦时").ToBaseValue(1), Is.EqualTo(36).Within(ExactTol));
            Assert.That(Parse("吨标准煤").ToBaseValue(1), Is.EqualTo(29.307).Within(ExactTol));
            Assert.That(Parse("亿千瓦时").ToBaseValue(1), Is.EqualTo(360_000).Within(ExactTol));
        }
    }

    [TestCase("10⁴t", "万吨")]
    [TestCase("10⁴ t", "万吨")]
    [TestCase("1e4 t", "万吨")]
    [TestCase(" 万吨 ", "万吨")]
    [TestCase("10^4 M3", "万立方米")]
    [TestCase("10⁸ m³", "亿立方米")]
    [TestCase("1E8 m3", "亿立方米")]
    [TestCase("KWH", "千瓦时")]
    [TestCase("gj", "吉焦")]
    [TestCase("TCE", "吨标准煤")]
    public void TryParse_SpellingVariant_IsTheSameUnit(string variant, string canonical)
    {
        Assert.That(Unit.TryParse(variant, out var unit), Is.True, $"'{variant}' is not accepted");
        Assert.That(unit, Is.SameAs(Parse(canonical)));
    }

    [TestCase("桶")]
    [TestCase("万桶")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("10^5 t")]
    [TestCase("t/a")]
    public void TryParse_UnknownSpelling_ReturnsFalse(string spelling)
    {
        Assert.That(Unit.TryParse(spelling, out var unit), Is.False);
        Assert.That(unit, Is.Null);
    }

    [Test]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.That(Unit.TryParse(null, out _), Is.False);
    }

    private static IEnumerable<TestCaseData> SameDimensionPairs()
    {
        var units = Unit.AcceptedSpellings.Select(Parse).Distinct().ToList();
        return from a in units
               from b in units
               where a.Dimension == b.Dimension && a != b
               select new TestCaseData(a, b).SetName($"ConvertTo_{a.Symbol}To{b.Symbol}_RoundTrips");
    }

    [TestCaseSource(nameof(SameDimensionPairs))]
    public void ConvertTo_SameDimension_RoundTrips(Unit from, Unit to)
    {
        const double value = 1234.5678;
        double there = from.ConvertTo(value, to);
        double back = to.ConvertTo(there, from);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(back, Is.EqualTo(value).Within(RoundTripRelTol * value));
            // And the conversion goes through the base unit: value × from.ToBase = there × to.ToBase.
            Assert.That(there * to.ToBase, Is.EqualTo(value * from.ToBase).Within(RoundTripRelTol * value * from.ToBase));
        }
    }

    [Test]
    public void ConvertTo_TenThousandTonnesToKilograms_IsTenMillionPerUnit()
    {
        // 1.5 万吨 = 1.5 × 10^4 t × 1000 kg/t = 1.5 × 10^7 kg.
        const double RelTol = 1e-15; // one division by an inexact 0.001
        Assert.That(Unit.TenThousandTonnes.ConvertTo(1.5, Unit.Kilogram), Is.EqualTo(1.5e7).Within(RelTol * 1.5e7));
    }

    [Test]
    public void ConvertTo_HundredMillionKwhToTenThousandKwh_IsTenThousand()
    {
        // 1 亿千瓦时 = 10^8 kWh = 10^4 × 万千瓦时.
        const double RelTol = 1e-15; // 360 000 / 36 in binary
        Assert.That(Unit.HundredMillionKilowattHours.ConvertTo(1, Unit.TenThousandKilowattHours), Is.EqualTo(1e4).Within(RelTol * 1e4));
    }

    [TestCase("万千瓦时", "t")]
    [TestCase("万吨", "m3")]
    [TestCase("万立方米", "GJ")]
    [TestCase("吨标准煤", "万吨")]
    [TestCase("头", "t")]
    [TestCase("万元", "公顷")]
    public void ConvertTo_DifferentDimensions_Throws(string from, string to)
    {
        var source = Parse(from);
        var target = Parse(to);
        Assert.That(() => source.ConvertTo(1, target),
            Throws.InvalidOperationException.With.Message.Contains(source.Symbol).And.Message.Contains(target.Symbol));
    }

    [Test]
    public void BaseOf_EachDimension_IsItsUnitOfOne()
    {
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var unit = Unit.BaseOf(dimension);
            Assert.That(unit.Dimension, Is.EqualTo(dimension));
            Assert.That(unit.ToBase, Is.EqualTo(1).Within(ExactTol), dimension.ToString());
        }
    }

    private static Unit Parse(string spelling) =>
        Unit.TryParse(spelling, out var unit) ? unit : throw new ArgumentException($"'{spelling}' is not a unit", nameof(spelling));
}
