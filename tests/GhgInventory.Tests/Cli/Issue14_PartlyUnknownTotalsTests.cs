using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Figures that divide or subtract a partly unknown total (issue 14, after the review): a CO2 line under NE must leave territorial CO2
/// per capita without a figure, and a transport row under NE must leave industrial energy without one, never the known part as the whole.</summary>
public class Issue14_PartlyUnknownTotalsTests
{
    private TempDatabase database = null!;

    // 准格尔旗 2024 (illustrative): raw coal 100 万吨 in 1.A.2.c, diesel in road transport 1.A.3.b reported as NE, GDP 100 亿元, industrial value
    // added 50 亿元, population 10 万人.
    [OneTimeSetUp]
    public void Build()
    {
        database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var file = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8(
            "150622,2024,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150622,2024,1.A.3.b,diesel,NE,万吨,illustrative,not collected",
            "150622,2024,0,gdp,100,亿元,illustrative,",
            "150622,2024,0,value_added_industry,50,亿元,illustrative,",
            "150622,2024,0,population,10,万人,illustrative,"));
        Assert.That(file.Accepted, Is.True, string.Join("; ", file.Issues));
        workspace.Compile(2024, 2024, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
    }

    [OneTimeTearDown]
    public void Clean() => database.Dispose();

    private JsonElement Indicator(string key, string rule)
    {
        var r = CliRunner.Run("energy", "--db", database.Path, "--region", "150622", "--year", "2024", "--base-year", "2024", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        return doc.RootElement.GetProperty("indicators").EnumerateArray()
            .Single(p => p.GetProperty("indicator").GetString() == key && p.GetProperty("rule").GetString() == rule).Clone();
    }

    [Test]
    public void Issue14_TerritorialCo2PerCapita_WithAnNeCo2Line_HasNoFigure()
    {
        // Known CO2: 1,000,000 t × 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12 = 1,900,298.85 t; ÷ 100,000 persons would be 19.0 t/person,
        // but the diesel CO2 is NE: the per-capita figure is missing, not 19.0.
        var p = Indicator("co2_per_capita", "territorial");
        Assert.That(p.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(p.GetProperty("missing").GetString(), Does.Contain("NE"));
    }

    [Test]
    public void Issue14_IndustryEnergyIntensity_WithAnNeTransportRow_HasNoFigure()
    {
        // Gross energy is all the coal (1,000,000 t × 0.7143 = 714,300 tce); the transport diesel is NE, so industry = gross − transport is unknown,
        // not 714,300 tce ÷ 500,000 (10^4 yuan) = 1.4286.
        var p = Indicator("industry_energy_intensity", "");
        Assert.That(p.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(p.GetProperty("missing").GetString(), Does.Contain("industry"));
    }
}
