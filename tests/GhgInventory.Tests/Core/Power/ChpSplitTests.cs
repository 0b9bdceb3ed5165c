using GhgInventory.Core.Power;

namespace GhgInventory.Tests.Core.Power;

/// <summary>The CHP split as a run records it: the options text round-trips, and the efficiency method's efficiencies are checked.</summary>
[TestFixture]
public sealed class ChpSplitTests
{
    [Test]
    public void Issue12_OptionText_RoundTrips()
    {
        var efficiency = ChpSplit.ByEfficiency(0.8, 0.35);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(efficiency.OptionText, Is.EqualTo("chp=efficiency(heat=0.8,power=0.35)"));
            Assert.That(ChpSplit.FromOptionText("grid=Regional " + efficiency.OptionText), Is.EqualTo(efficiency));
            Assert.That(ChpSplit.FromOptionText("grid=Regional chp=energy"), Is.EqualTo(ChpSplit.EnergyOutput));
            Assert.That(ChpSplit.FromOptionText("grid=Regional"), Is.EqualTo(ChpSplit.EnergyOutput), "runs stored before issue 12 split by energy output");
        }
    }

    [TestCase(0.0, 0.35)]
    [TestCase(0.8, 1.2)]
    [TestCase(double.NaN, 0.35)]
    public void Issue12_ByEfficiency_OutsideZeroToOne_IsRefused(double heat, double power) =>
        Assert.That(() => ChpSplit.ByEfficiency(heat, power), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Issue12_EnergyOutputShare_FieldCase()
    {
        // 15 亿kWh × 3.6 MJ = 5,400,000 GJ and 10,000,000 GJ of heat: 5.4 / 15.4 = 0.350649350649.
        Assert.That(ChpSplit.EnergyOutput.ElectricityShare(5_400_000, 10_000_000), Is.EqualTo(0.350649350649).Within(1e-12));
    }
}
