using GhgInventory.Core.Factors;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;

namespace GhgInventory.Tests.Data.FactorSets;

/// <summary>
/// Issue 12: the grid factor series added to emission-factors/china-grid-ef, each row with its status (SOURCES.md):
/// the NDRC 2012 regional averages under grid_ef as verified (secondary transcription), and the MEE &amp; NBS 2021 regional and
/// provincial values under grid_ef_mee2021_unverified (one code transcription only), which no method reads.
/// </summary>
[TestFixture]
public sealed class Issue12_GridFactorRowsTests
{
    private IReadOnlyList<Factor> grid = null!;

    [OneTimeSetUp]
    public void Load()
    {
        var activities = ReferenceDataLoader.ParseActivities(CsvTable.ReadBundled("emission-factors/vocabulary/activities.csv",
            ["activity", "name_zh", "name_en", "dimension", "kind"], ["ipcc_fuel"]));
        grid = FactorLibrary.LoadBundled(activities.Select(a => a.Key).ToHashSet()).Single(s => s.Key == "china-grid-ef").Factors;
    }

    // NDRC 《2011年和2012年中国区域电网平均二氧化碳排放因子》, 2012 column (kgCO2/kWh); the NDRC then had six regional grids (no 西南).
    [TestCase("grid:north_china", 0.8843)]
    [TestCase("grid:northeast", 0.7769)]
    [TestCase("grid:east_china", 0.7035)]
    [TestCase("grid:central_china", 0.5257)]
    [TestCase("grid:northwest", 0.6671)]
    [TestCase("grid:south_china", 0.5271)]
    public void Issue12_Ndrc2012Regional_IsGridEfVerifiedSecondary(string region, double value)
    {
        var row = grid.Single(f => f.Region == region && f.ValidFrom == 2012 && f.ValidTo == 2012);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Parameter, Is.EqualTo(Parameters.GridEmissionFactor));
            Assert.That(row.Value, Is.EqualTo(value));
            Assert.That(row.Unit.Symbol, Is.EqualTo("kgCO2/kWh"));
            Assert.That(row.Status, Is.EqualTo("verified (secondary transcription)"));
            Assert.That(row.Source, Does.Contain("2011年和2012年中国区域电网平均二氧化碳排放因子"));
        }
    }

    [Test]
    public void Issue12_Ndrc2012_HasNoSouthwestRow()
    {
        // 川渝 were in the NDRC 华中 grid in 2012; a 2012 西南 value would be invented.
        Assert.That(grid.Where(f => f.Region == "grid:southwest" && f.ValidFrom == 2012), Is.Empty);
    }

    // 2021 regional values (MEE & NBS 公告2024年第12号) as seen in one code transcription.
    [TestCase("grid:north_china", 0.7120)]
    [TestCase("grid:northeast", 0.6012)]
    [TestCase("grid:east_china", 0.5992)]
    [TestCase("grid:central_china", 0.5354)]
    [TestCase("grid:northwest", 0.5951)]
    [TestCase("grid:south_china", 0.4326)]
    [TestCase("grid:southwest", 0.2113)]
    [TestCase("150000", 0.7025)]
    [TestCase("110000", 0.5688)]
    [TestCase("650000", 0.6577)]
    public void Issue12_Mee2021RegionalAndProvincial_AreUnverifiedAndNotGridEf(string region, double value)
    {
        var row = grid.Single(f => f.Region == region && f.ValidFrom == 2021 && f.Parameter == "grid_ef_mee2021_unverified");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Value, Is.EqualTo(value));
            Assert.That(row.Status, Does.StartWith("UNVERIFIED"));
            Assert.That(grid.Where(f => f.Region == region && f.ValidFrom == 2021 && f.Parameter == Parameters.GridEmissionFactor), Is.Empty);
        }
    }

    [Test]
    public void Issue12_Mee2021_Has7RegionsAnd30Provinces()
    {
        var rows = grid.Where(f => f.Parameter == "grid_ef_mee2021_unverified").ToList();
        Assert.That(rows.Count(f => f.Region!.StartsWith("grid:", StringComparison.Ordinal)), Is.EqualTo(7));
        Assert.That(rows.Count(f => !f.Region!.StartsWith("grid:", StringComparison.Ordinal)), Is.EqualTo(30));
        Assert.That(Parameters.Find("grid_ef_mee2021_unverified")!.ReferenceOnly, Is.True);
    }

    [Test]
    public void Issue12_Shandong2022_IsGridEfVerifiedSecondary()
    {
        // 山东 2022: 0.641 in a JavaScript constants file and 0.6410 in an SQL seed table, two transcriptions that agree.
        var row = grid.Single(f => f.Region == "370000" && f.ValidFrom == 2022 && f.Parameter == Parameters.GridEmissionFactor);
        Assert.That(row.Value, Is.EqualTo(0.6410));
        Assert.That(row.Status, Is.EqualTo("verified (secondary transcription)"));
    }

    // Other 2022 provinces seen in one transcription only (the file whose 2022 column matches the ten verified provinces).
    [TestCase("110000", 0.5580)]
    [TestCase("320000", 0.5978)]
    [TestCase("650000", 0.6231)]
    public void Issue12_Mee2022OtherProvinces_AreUnverifiedAndNotGridEf(string region, double value)
    {
        var row = grid.Single(f => f.Region == region && f.ValidFrom == 2022 && f.Parameter == "grid_ef_mee2022_unverified");
        Assert.That(row.Value, Is.EqualTo(value));
        Assert.That(row.Status, Does.StartWith("UNVERIFIED"));
        Assert.That(grid.Where(f => f.Region == region && f.ValidFrom == 2022 && f.Parameter == Parameters.GridEmissionFactor), Is.Empty);
    }

    [Test]
    public void Issue12_Mee2022_Has19UnverifiedProvinces_And11InGridEf()
    {
        Assert.That(grid.Count(f => f.Parameter == "grid_ef_mee2022_unverified"), Is.EqualTo(19));
        Assert.That(grid.Count(f => f.Parameter == Parameters.GridEmissionFactor && f.ValidFrom == 2022 && !f.Region!.StartsWith("grid:", StringComparison.Ordinal)), Is.EqualTo(11));
        Assert.That(Parameters.Find("grid_ef_mee2022_unverified")!.ReferenceOnly, Is.True);
    }

    [Test]
    public void Issue12_National2021_StaysTheVerifiedGridEf()
    {
        var row = grid.Single(f => f.Parameter == Parameters.GridEmissionFactor && f.Region == "grid:national" && f.ValidFrom == 2021);
        Assert.That(row.Value, Is.EqualTo(0.5568));
        Assert.That(row.Status, Is.EqualTo("verified (secondary news)"));
    }
}
