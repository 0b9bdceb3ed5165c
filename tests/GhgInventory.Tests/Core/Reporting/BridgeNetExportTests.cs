using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Tests.Core.Reporting;

/// <summary>Net export is shown (table, trend, JSON, HTML) only when generation and all use are known; Core decides it once.</summary>
[TestFixture]
public sealed class BridgeNetExportTests
{
    private static ElectricityBridge Bridge(double generationKwh, double consumptionKwh) =>
        new(0, 0, 0, 0, 0, 0, null, 0, generationKwh, consumptionKwh, 0, false, ChpSplit.EnergyOutput, [], [], []);

    [Test]
    public void NetExport_KnownGenerationAndUse_IsTheDifference()
    {
        Assert.That(Bridge(5e9, 2e9).NetExportShownKwh, Is.EqualTo(3e9));
    }

    [Test]
    public void NetExport_UsePartlyNe_OrGenerationNe_IsNull_NeverANumber()
    {
        Assert.That((Bridge(5e9, 2e9) with { ConsumptionNotEstimated = true }).NetExportShownKwh, Is.Null);
        Assert.That((Bridge(0, 2e9) with { GenerationNotEstimated = true }).NetExportShownKwh, Is.Null);
    }
}
