using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports;

namespace GhgInventory.Tests.Core.Reporting;

/// <summary>Issue 12 build 3: a gas total knows whether it has a number and which notation keys its lines carry.</summary>
[TestFixture]
public sealed class Issue12GasCellTests
{
    private static EmissionLine Number(Gas gas, double tonnes, double co2e) =>
        new(0, RegionCode.Parse("150622"), 2020, CategoryCode.Parse("1.A.3.b"), "diesel", gas, EmissionScope.Territorial, tonnes, co2e, 1, null, "m", LineText.Verbatim("a"), null, []);

    private static EmissionLine Key(Gas gas, NotationKey key) =>
        new(0, RegionCode.Parse("150622"), 2020, CategoryCode.Parse("1.A.3.b"), "diesel", gas, EmissionScope.Territorial, null, null, null, key, "m", LineText.Verbatim("a"), LineText.Verbatim("why"), []);

    [Test]
    public void Issue12_CellOfNotationLinesOnly_ShowsTheKey_NeverZero()
    {
        var totals = GasTotals.Of([Number(Gas.CO2, 28_174.1, 28_174.1), Key(Gas.CH4, NotationKey.NE), Key(Gas.N2O, NotationKey.NE)]);
        Assert.That(totals.Ch4.OnlyKey, Is.EqualTo(NotationKey.NE));
        Assert.That(totals.Ch4.Number, Is.Null);
        Assert.That(Format.Cell(totals.Ch4, 1), Is.EqualTo("NE"));
        // The CO2e total has a number and NE parts: the issue's own form.
        Assert.That(Format.Cell(totals.Co2e, 1), Is.EqualTo("28,174.1 + NE"));
        Assert.That(Format.Cell(totals.Co2, 1), Is.EqualTo("28,174.1"));
    }

    [Test]
    public void Issue12_MixedKeys_ShowNeBeforeCBeforeIeBeforeNoBeforeNa()
    {
        var only = GasTotals.Of([Key(Gas.CH4, NotationKey.NA), Key(Gas.CH4, NotationKey.NO), Key(Gas.CH4, NotationKey.IE), Key(Gas.CH4, NotationKey.C), Key(Gas.CH4, NotationKey.NE)]);
        Assert.That(only.Ch4.Keys, Is.EqualTo(new[] { NotationKey.NE, NotationKey.C, NotationKey.IE, NotationKey.NO, NotationKey.NA }));
        Assert.That(Format.Cell(only.Ch4), Is.EqualTo("NE"));
        var withoutNe = GasTotals.Of([Key(Gas.CH4, NotationKey.NA), Key(Gas.CH4, NotationKey.IE), Key(Gas.CH4, NotationKey.C)]);
        Assert.That(Format.Cell(withoutNe.Ch4), Is.EqualTo("C"));
        var noIe = GasTotals.Of([Key(Gas.CH4, NotationKey.NO), Key(Gas.CH4, NotationKey.IE)]);
        Assert.That(Format.Cell(noIe.Ch4), Is.EqualTo("IE"));
    }

    [Test]
    public void Issue12_NoIeNaParts_DoNotMakeATotalIncomplete_NeAndCDo()
    {
        var complete = GasTotals.Of([Number(Gas.CH4, 2.5, 70), Key(Gas.CH4, NotationKey.NO), Key(Gas.CH4, NotationKey.IE), Key(Gas.CH4, NotationKey.NA)]);
        Assert.That(complete.Ch4.IncompleteBecause, Is.Empty);
        Assert.That(Format.Cell(complete.Ch4, 1), Is.EqualTo("2.5"));
        var lower = GasTotals.Of([Number(Gas.CH4, 2.5, 70), Key(Gas.CH4, NotationKey.C), Key(Gas.CH4, NotationKey.NE)]);
        Assert.That(Format.Cell(lower.Ch4, 1), Is.EqualTo("2.5 + NE + C"));
        // The sums themselves are unchanged: 2.5 t CH4 × 28 = 70 t CO2e.
        Assert.That(lower.Ch4Tonnes, Is.EqualTo(2.5));
        Assert.That(lower.Co2eTonnes, Is.EqualTo(70));
    }
}
