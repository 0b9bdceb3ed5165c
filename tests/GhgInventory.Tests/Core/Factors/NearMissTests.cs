using GhgInventory.Core.Factors;

namespace GhgInventory.Tests.Core.Factors;

[TestFixture]
public sealed class NearMissTests
{
    [TestCase("NCV", "ncv")]
    [TestCase("ncv_measured", "ncv")]
    [TestCase("measured_ncv", "ncv")]
    [TestCase("carbon_contents", "carbon_content")]
    [TestCase("oxidaton", "oxidation")]
    [TestCase("grid_ef_local", "grid_ef")]
    [TestCase("emission", null)]
    [TestCase("", null)]
    [TestCase("ncv_measured_by_the_plant_laboratory_of_the_zhungeer_power_station_2023", null)]
    public void Suggest_MistypedParameter_NamesTheIntendedOne(string found, string? expected) =>
        Assert.That(NearMiss.Suggest(found, Parameters.Readable), Is.EqualTo(expected));

    [TestCase("kitten", "sitting", 3)]
    [TestCase("ncv", "ncv", 0)]
    [TestCase("", "ef", 2)]
    public void Distance_KnownPairs_AreTheLevenshteinDistance(string a, string b, int distance) =>
        Assert.That(NearMiss.Distance(a, b), Is.EqualTo(distance));
}
