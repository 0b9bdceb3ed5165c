using GhgInventory.Core.Domain;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Tests.Core.Reporting;

/// <summary>The heat factor of a bridge is computed once, in Core: heat used × factor over heat used, NE leaves left out.</summary>
[TestFixture]
public sealed class BridgeHeatFactorTests
{
    private static ElectricityBridge With(params HeatUse[] uses) =>
        new(0, 0, 0, 0, 0, 0, uses.Sum(u => u.Co2eTonnes ?? 0), 0, 0, 0, 0, false, ChpSplit.EnergyOutput, [], uses, []);

    [Test]
    public void HeatFactor_IsWeightedOverThePricedLeaves_NeLeavesLeftOut()
    {
        var bridge = With(
            new HeatUse(RegionCode.Parse("150602"), 1_000, 100, "local", "", Moved: true),
            new HeatUse(RegionCode.Parse("150603"), 3_000, 150, "local", "", Moved: true),
            new HeatUse(RegionCode.Parse("150621"), 5_000, null, "NE", "no factor", Moved: false));
        // (100 + 150) t / (1,000 + 3,000) GJ; the 5,000 GJ without a factor do not dilute it.
        Assert.That(bridge.HeatFactorCo2ePerGj, Is.EqualTo(0.0625).Within(1e-12));
    }

    [Test]
    public void HeatFactor_WithoutAPricedLeaf_IsNull_NotZero()
    {
        Assert.That(With().HeatFactorCo2ePerGj, Is.Null);
        Assert.That(With(new HeatUse(RegionCode.Parse("150602"), 1_000, null, "NE", "no factor", Moved: false)).HeatFactorCo2ePerGj, Is.Null);
    }
}
