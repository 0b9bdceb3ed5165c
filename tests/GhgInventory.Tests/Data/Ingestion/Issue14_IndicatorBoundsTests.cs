using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>Indicator values no region can have are refused on a first version (issue 14, adversarial trial).</summary>
public sealed class Issue14_IndicatorBoundsTests
{
    [Test]
    public void Ingest_PopulationAboveChinaAndGdpAboveChina_RefusedLocated()
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        // 2,153,600 万人 = 2.1536 × 10^10 persons (the trial's typo for 215.36 万人) > 1.5 × 10^9;
        // 3,000,000 亿元 = 3 × 10^14 yuan > 2 × 10^14 (China's GDP is about 1.26 × 10^14 yuan); 215.36 万人 and 3,000 亿元 pass.
        var result = ActivityFile.Ingest(workspace, "ind.csv", ActivityFile.Utf8(
            "150624,2024,0,population,2153600,万人,s,",
            "150624,2024,0,gdp,3000000,亿元,s,",
            "150624,2023,0,population,215.36,万人,s,",
            "150624,2023,0,gdp,3000,亿元,s,"));
        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Issues.Select(i => (i.Line, i.Column, i.Found)), Is.EqualTo(new[] { (2, "value", "2153600"), (3, "value", "3000000") }));
        // Said in the units typed, never an exponent: 1.5e9 persons = 150,000 万人; 2e14 yuan = 2,000,000 亿元.
        Assert.That(result.Issues[0].Expected, Does.Contain("at most 150,000 万人").And.Contain("2,153,600 万人"));
        Assert.That(result.Issues[1].Expected, Does.Contain("at most 2,000,000 亿元").And.Contain("3,000,000 亿元"));
    }
}
