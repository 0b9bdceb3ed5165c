using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Localization;

namespace GhgInventory.Tests.Core.Energy;

/// <summary>The coal share of a net exporter of electricity (issue 14 review): it must not silently exceed 100 %.</summary>
public sealed class Issue14_CoalShareTests
{
    private const double RelTol = 1e-9; // arithmetic only

    [Test]
    public void CoalShare_NetExporter_ExportDeductedFromCoalAsFromTotal()
    {
        // Hand case (illustrative figures): coal 1,000 tce burnt in a power plant, natural gas 100 tce, electricity on the coal-equivalent
        // basis at 300 gce/kWh = 0.0003 tce/kWh; generation 2,000,000 kWh, consumption 500,000 kWh → net import −1,500,000 kWh × 0.0003
        // = −450 tce. Gross = 1,000 + 100 − 450 = 650 tce. Coal over gross without the deduction: 1,000 / 650 = 153.8 % (the old figure,
        // over 100 %). On the named basis the export is deducted from coal too: (1,000 − 450) / 650 = 550 / 650 = 84.615384615 %.
        var point = CoalShare(Account(generationKwh: 2_000_000, consumptionKwh: 500_000, nonFossilOtherTce: 0));
        Assert.That(point.Value, Is.EqualTo(84.615384615).Within(RelTol * 1e3).Percent);
        Assert.That(point.Basis, Is.EqualTo("net_export_deducted_from_coal"));
        Assert.That(point.Notes!.Select(n => n.Render()), Has.Some.Contains("deducted from coal"));
        Assert.That(point.Notes!.Select(n => n.Render()), Has.None.Contains("outside 0–100"));
    }

    [Test]
    public void CoalShare_NetImporter_IsCoalOverGross()
    {
        // Same plant, generation 0, consumption 500,000 kWh → net import +150 tce; gross = 1,000 + 100 + 150 = 1,250 tce;
        // nothing to deduct: coal share = 1,000 / 1,250 = 80 %.
        var point = CoalShare(Account(generationKwh: 0, consumptionKwh: 500_000, nonFossilOtherTce: 0));
        Assert.That(point.Value, Is.EqualTo(80).Within(RelTol).Percent);
    }

    [Test]
    public void CoalShare_ExportAboveCoal_IsFlaggedOnTheFigure()
    {
        // Export larger than the coal (exported power partly non-fossil): coal 1,000, gas 100, other non-fossil 1,400 tce, generation
        // 5,000,000 kWh, consumption 0 → net import −1,500 tce; gross = 1,000 + 100 + 1,400 − 1,500 = 1,000 tce;
        // coal share = (1,000 − 1,500) / 1,000 = −50 %: outside 0–100 %, flagged on the figure with its value.
        var point = CoalShare(Account(generationKwh: 5_000_000, consumptionKwh: 0, nonFossilOtherTce: 1_400));
        Assert.That(point.Value, Is.EqualTo(-50).Within(RelTol).Percent);
        Assert.That(point.Notes!.Select(n => n.Render()), Has.Some.Contains("outside 0–100").And.Some.Contains("-50"));
    }

    private static IndicatorPoint CoalShare(EnergyAccount account)
    {
        using var english = UiCulture.Use(UiCulture.English);
        return IntensityCalculator.Compute(account, [], 0, new EconomicSeries([]), 2020, [])
            .Single(p => p.Indicator == IntensityIndicators.CoalShare);
    }

    private static EnergyAccount Account(double generationKwh, double consumptionKwh, double nonFossilOtherTce)
    {
        var region = RegionCode.Parse("150602");
        EnergyCell[] cells =
        [
            new(region, 2024, CategoryCode.Parse("1.A.1.a.i"), "raw_coal", FuelUse.Combustion, 1_000, 2_000),
            new(region, 2024, CategoryCode.Parse("1.A.4.b"), "natural_gas", FuelUse.Combustion, 100, 150),
        ];
        return new EnergyAccount(region, 2024, ElectricityBasis.CoalEquivalent, cells, [], 0.0003, generationKwh, consumptionKwh,
            0, 0, 0, nonFossilOtherTce, 0.0001229, [], []);
    }
}
