using GhgInventory.Core.Units;

namespace GhgInventory.Tests.Core.Units;

[TestFixture]
public sealed class FactorUnitTests
{
    /// <summary>A published value times one scale that is itself a quotient of two powers of ten (or of 3.6 MJ/kWh): two roundings.</summary>
    private const double RelTol = 1e-14;

    // published value, unit as published → engine value, engine unit. Hand conversions:
    //   20908 kJ/kg   = 20908 × 10^-6 GJ / 10^-3 t        = 20.908 GJ/t   (raw coal NCV, china-provincial-2011)
    //   26.37 tC/TJ   = 26.37 tC / 1000 GJ                 = 0.02637 tC/GJ (raw coal carbon content, china-provincial-2011)
    //   93 %          = 0.93                                                (raw coal oxidation, gbt-32151-2024)
    //   0.6776 kgCO2/kWh = 0.6776 × 10^-3 t / 0.0036 GJ   = 0.188222… t/GJ (华北 grid 2022, china-grid-ef)
    //   389.31 GJ/10^4 m3 = 389.31 GJ / 10^4 m3           = 0.038931 GJ/m3 (natural gas NCV, gbt-32151-2024)
    [TestCase("kJ/kg", 20908, 20.908, "GJ/t")]
    [TestCase("tC/TJ", 26.37, 0.02637, "tC/GJ")]
    [TestCase("%", 93, 0.93, "fraction")]
    [TestCase("kgCO2/kWh", 0.6776, 0.6776 / 3.6, "t/GJ")]
    [TestCase("GJ/10^4 m3", 389.31, 0.038931, "GJ/m3")]
    [TestCase("kJ/m3", 38931, 0.038931, "GJ/m3")]
    [TestCase("TJ/Gg", 25.8, 25.8, "GJ/t")]
    [TestCase("GJ/t", 19.570, 19.570, "GJ/t")]
    [TestCase("kgC/GJ", 25.8, 0.0258, "tC/GJ")]
    [TestCase("kg/TJ", 300, 0.0003, "t/GJ")]
    [TestCase("kgCO2/TJ", 94600, 0.0946, "t/GJ")]
    [TestCase("tCO2/MWh", 0.5703, 0.5703 / 3.6, "t/GJ")]
    [TestCase("kgce/kg", 0.7143, 0.7143, "tce/t")]
    [TestCase("kgce/m3", 1.33, 0.00133, "tce/m3")]
    [TestCase("kgce/MJ", 0.03412, 0.03412, "tce/GJ")]
    [TestCase("gce/kWh", 305.5, 305.5e-6 / 0.0036, "tce/GJ")]
    [TestCase("fraction", 0.94, 0.94, "fraction")]
    // Coal assays in kilocalories, 1 kcal = 4.1868 kJ (International Table calorie; GB/T 2589: 1 kgce = 7000 kcal = 29307.6 kJ):
    //   5000 kcal/kg = 5000 × 4.1868 kJ/kg = 20934 kJ/kg = 20.934 GJ/t;  9310 kcal/m3 = 38979.108 kJ/m3 = 0.038979108 GJ/m3
    [TestCase("kcal/kg", 5000, 20.934, "GJ/t")]
    [TestCase("大卡/千克", 5000, 20.934, "GJ/t")]
    [TestCase("千卡/千克", 5000, 20.934, "GJ/t")]
    [TestCase("kcal/m3", 9310, 0.038979108, "GJ/m3")]
    [TestCase("千卡/立方米", 9310, 0.038979108, "GJ/m3")]
    public void ToEngine_PublishedValue_ConvertsToEngineUnits(string symbol, double published, double engine, string engineUnit)
    {
        Assert.That(FactorUnit.TryParse(symbol, out var unit), Is.True, $"'{symbol}' is not accepted");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unit!.ToEngine(published), Is.EqualTo(engine).Within(RelTol * engine));
            Assert.That(unit.EngineSymbol, Is.EqualTo(engineUnit));
            Assert.That(unit.Symbol, Is.EqualTo(symbol));
        }
    }

    [TestCase("kJ/kg", QuantityKind.Energy, Dimension.Mass)]
    [TestCase("tC/TJ", QuantityKind.Carbon, Dimension.Energy)]
    [TestCase("kg/TJ", QuantityKind.GasMass, Dimension.Energy)]
    [TestCase("kgCO2/kWh", QuantityKind.GasMass, Dimension.Energy)]
    [TestCase("GJ/10^4 m3", QuantityKind.Energy, Dimension.Volume)]
    [TestCase("kgce/kg", QuantityKind.CoalEquivalent, Dimension.Mass)]
    public void TryParse_Quotient_KnowsWhatPerWhat(string symbol, QuantityKind numerator, Dimension denominator)
    {
        Assert.That(FactorUnit.TryParse(symbol, out var unit), Is.True);
        Assert.That(unit!.Numerator, Is.EqualTo(numerator));
        Assert.That(unit.Denominator, Is.EqualTo(denominator));
    }

    [TestCase("%")]
    [TestCase("fraction")]
    public void TryParse_Ratio_HasNoDenominator(string symbol)
    {
        Assert.That(FactorUnit.TryParse(symbol, out var unit), Is.True);
        Assert.That(unit!.Numerator, Is.EqualTo(QuantityKind.Ratio));
        Assert.That(unit.Denominator, Is.Null);
    }

    [TestCase("")]
    [TestCase("kJ")]
    [TestCase("/kg")]
    [TestCase("kJ/")]
    [TestCase("kJ/桶")]
    [TestCase("BTU/lb")]
    [TestCase("MWh/t")]
    [TestCase("furlongs")]
    public void TryParse_NotAFactorUnit_ReturnsFalse(string symbol)
    {
        Assert.That(FactorUnit.TryParse(symbol, out var unit), Is.False);
        Assert.That(unit, Is.Null);
    }
}
