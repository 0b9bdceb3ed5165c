using GhgInventory.Core.Energy;

namespace GhgInventory.Tests.Core.Energy;

public sealed class EnergyRuleTests
{
    [TestCase("gross", NonFossilDeduction.None, false)]
    [TestCase("new_renewable_excluded", NonFossilDeduction.NewRenewableOver2020, false)]
    [TestCase("non_fossil_excluded", NonFossilDeduction.AllNonFossil, false)]
    [TestCase("feedstock_excluded", NonFossilDeduction.None, true)]
    [TestCase("non_fossil_excluded+feedstock_excluded", NonFossilDeduction.AllNonFossil, true)]
    [TestCase("new_renewable_excluded+feedstock_excluded", NonFossilDeduction.NewRenewableOver2020, true)]
    public void Parse_DocumentedName_RoundTrips(string name, NonFossilDeduction nonFossil, bool feedstock)
    {
        var rule = EnergyRule.Parse(name);
        Assert.That(rule, Is.EqualTo(new EnergyRule(nonFossil, feedstock)));
        Assert.That(rule!.Name, Is.EqualTo(name));
    }

    [TestCase("")]
    [TestCase("gross+feedstock_excluded")]
    [TestCase("feedstock_excluded+non_fossil_excluded")]
    [TestCase("non_fossil_excluded+new_renewable_excluded")]
    [TestCase("non-fossil")]
    public void Parse_UndocumentedName_IsNull(string name) => Assert.That(EnergyRule.Parse(name), Is.Null);

    [Test]
    public void ForIntensity_NewRenewables_StillCounted()
    {
        // 2022 notice: new renewable electricity is deducted from the total "但仍纳入能耗强度考核".
        Assert.That(EnergyRule.Parse("new_renewable_excluded+feedstock_excluded")!.ForIntensity.Name, Is.EqualTo("feedstock_excluded"));
        Assert.That(EnergyRule.Default.ForIntensity, Is.EqualTo(EnergyRule.Default));
    }

    [Test]
    public void Co2Rules_Names_AreStable()
    {
        Assert.That(Co2Rule.NationalGrid.Name(), Is.EqualTo("co2_national_grid"));
        Assert.That(Co2Rules.Parse("co2_region_grid"), Is.EqualTo(Co2Rule.RegionGrid));
        Assert.That(Co2Rules.Parse("national"), Is.Null);
    }
}
