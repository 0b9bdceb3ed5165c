using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Reporting;

/// <summary>The city equals its banners plus its own (city-level) records, on the bundled Ordos sample.</summary>
[TestFixture]
public sealed class InventorySummarizerTests
{
    /// <summary>The same ~900 lines summed in two orders: ~100 roundings of numbers below 10^8 t each (ulp 1.5e-8 t).</summary>
    private const double SummationOrderTolTonnes = 1e-6;

    private static OrdosSample Sample => OrdosSample.Instance;

    private static IEnumerable<int> Years() => OrdosSample.Years;

    [TestCaseSource(nameof(Years))]
    public void Summarize_City_ByRegionSumsToTheTotal(int year)
    {
        var city = Sample.Workspace.Summarize(Sample.Ar5Run, OrdosSample.City, year);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(city.Territorial.Co2eTonnes, Is.GreaterThan(1e8), "the sample city emits hundreds of Mt");
            Assert.That(city.ByRegion.Sum(r => r.Totals.Co2eTonnes), Is.EqualTo(city.Territorial.Co2eTonnes).Within(SummationOrderTolTonnes));
            Assert.That(city.ByRegion.Count(r => r.OwnRecordsOnly), Is.EqualTo(1), "one row for the city's own records (市本级)");
        }
    }

    [TestCaseSource(nameof(Years))]
    public void Summarize_EachBannerPlusCityLevelRecords_EqualsTheCity(int year)
    {
        var regions = Sample.Workspace.References.LoadRegions();
        var city = Sample.Workspace.Summarize(Sample.Ar5Run, OrdosSample.City, year);
        // Independently of ByRegion: one summary per banner, plus the lines recorded at city level.
        double banners = regions.ChildrenOf(OrdosSample.City)
            .Sum(b => Sample.Workspace.Summarize(Sample.Ar5Run, b.Code, year).Territorial.Co2eTonnes);
        double cityLevel = GasTotals.Of(city.Lines.Where(l => l.Region == OrdosSample.City && l.Scope == EmissionScope.Territorial)).Co2eTonnes;
        Assert.That(cityLevel, Is.GreaterThan(0), "the sample has city-level records (airport, railways, pipelines)");
        Assert.That(banners + cityLevel, Is.EqualTo(city.Territorial.Co2eTonnes).Within(SummationOrderTolTonnes));
    }

    [TestCaseSource(nameof(Years))]
    public void Summarize_City_SectorTotalsEqualTheTotal(int year)
    {
        var city = Sample.Workspace.Summarize(Sample.Ar5Run, OrdosSample.City, year);
        var sectors = city.ByCategory.Where(c => c.Depth == 0).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sectors.Sum(c => c.Totals.Co2eTonnes), Is.EqualTo(city.Territorial.Co2eTonnes).Within(SummationOrderTolTonnes));
            Assert.That(sectors.Sum(c => c.Totals.Co2Tonnes), Is.EqualTo(city.Territorial.Co2Tonnes).Within(SummationOrderTolTonnes));
        }
    }

    [Test]
    public void Summarize_City2020_ElectricityBridgeAddsUp()
    {
        var b = Sample.Workspace.Summarize(Sample.Ar5Run, OrdosSample.City, 2020).Bridge;
        using (Assert.EnterMultipleScope())
        {
            // No heat factor is bundled: since issue 12 each banner's heat is priced with the factor derived from its own heat supply,
            // so heat moves: consumption = territorial − generation − heat supply + electricity × grid factor + heat × derived factor.
            Assert.That(b.PurchasedHeatCo2eTonnes, Is.Not.Null);
            Assert.That(b.HeatUses.Select(h => h.Origin), Has.All.StartWith("derived from the heat supply of"));
            Assert.That(b.ConsumptionBasedCo2eTonnes,
                Is.EqualTo(b.TerritorialCo2eTonnes - b.ElectricityGenerationCo2eTonnes + b.PurchasedElectricityCo2eTonnes
                    - b.HeatSupplyRemovedCo2eTonnes + b.PurchasedHeatCo2eTonnes!.Value).Within(SummationOrderTolTonnes));
            Assert.That(b.NetExportKwh, Is.GreaterThan(0), "Ordos exports power");
            Assert.That(b.ElectricityNotEstimatedKwh, Is.Zero, "every electricity line found its 华北 grid factor");
        }
    }

    [Test]
    public void Summarize_City2020_ConsumptionEmissionsOfElectricityUseTheNorthChina2022Factor()
    {
        var city = Sample.Workspace.Summarize(Sample.Ar5Run, OrdosSample.City, 2020);
        // Purchased electricity CO2 = kWh used × 0.6776 kg/kWh (华北 2022, the nearest published year) / 1000.
        const double RelTol = 1e-9; // summation order only
        double expected = city.Bridge.ConsumptionKwh * 0.6776 / 1000;
        Assert.That(city.Bridge.PurchasedElectricityCo2eTonnes, Is.EqualTo(expected).Within(RelTol * expected));
    }
}
