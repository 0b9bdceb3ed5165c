using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Analysis;

namespace GhgInventory.Tests.Data.Analysis;

/// <summary>The bundled category-to-sector table (emission-factors/vocabulary/economic-sectors.csv).</summary>
public sealed class ComparisonServiceTests
{
    [TestCase("1.A.1.a.i", EconomicSector.Secondary)]
    [TestCase("1.A.2.c", EconomicSector.Secondary)]
    [TestCase("1.A.3.b", EconomicSector.Tertiary)]
    [TestCase("1.A.4.a", EconomicSector.Tertiary)]
    [TestCase("1.A.4.b", EconomicSector.Households)]
    [TestCase("1.A.4.c", EconomicSector.Primary)]
    public void Sectors_BundledTable_MapsTheGuidelineCategories(string category, EconomicSector expected) =>
        Assert.That(ComparisonService.Sectors().SectorOf(CategoryCode.Parse(category)), Is.EqualTo(expected));

    [Test]
    public void Sectors_CategoryOutsideTheTable_HasNoSector() =>
        Assert.That(ComparisonService.Sectors().SectorOf(CategoryCode.Parse("5")), Is.Null); // issue 15 maps IPPU (2) to the secondary sector
}
