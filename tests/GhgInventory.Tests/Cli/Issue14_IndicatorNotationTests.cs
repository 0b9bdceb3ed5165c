using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>An indicator row under NE or C through import, compile, <c>ghg energy</c> and <c>ghg targets</c> (issue 14, adversarial trial):
/// the run keeps no emission line for an indicator, so its key was lost and the row summed to 0 (GDP index 0 → intensity Infinity,
/// JSON crash). Illustrative figures.</summary>
public sealed class Issue14_IndicatorNotationTests
{
    private TempDatabase database = null!;
    private string dir = null!;

    // 准格尔旗 150622: raw coal 100 万吨 in 1.A.2.c in 2020–2022; GDP 2020 100 亿元, index 2021 110, index 2022 NE ("not known").
    // 达拉特旗 150621: raw coal in 2021 only; 2020 has GDP and population rows alone (no energy data in the base year).
    // 乌审旗 150623: raw coal in 2020 and 2021, GDP 2020 under C (the trial's NaN: 0/0, and a crash of targets and the HTML report).
    [OneTimeSetUp]
    public void Build()
    {
        database = TempDatabase.Initialized();
        dir = Directory.CreateTempSubdirectory("ghg-notation-").FullName;
        using var workspace = database.Open();
        string[] rows =
        [
            "150622,2020,0,gdp,100,亿元,illustrative,",
            "150622,2020,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150622,2021,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150622,2022,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150622,2021,0,gdp_index,110,上年=100,illustrative,",
            "150622,2022,0,gdp_index,NE,上年=100,illustrative,not known",
            "150621,2020,0,gdp,100,亿元,illustrative,",
            "150623,2020,0,gdp,C,亿元,illustrative,confidential",
            "150623,2020,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150623,2021,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150623,2021,0,gdp_index,105,上年=100,illustrative,",
            "150621,2020,0,population,30,万人,illustrative,",
            "150621,2021,1.A.2.c,raw_coal,100,万吨,illustrative,",
            "150621,2021,0,gdp_index,105,上年=100,illustrative,",
        ];
        var result = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8(rows));
        Assert.That(result.Accepted, Is.True, string.Join("; ", result.Issues));
        workspace.Compile(2020, 2022, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
        File.WriteAllText(Path.Combine(dir, "targets.csv"),
            "region,indicator,rule,base_year,target_year,kind,value,unit,source,note\n"
            + "150622,energy_intensity,gross,2020,2025,change,-16.5,%,illustrative,\n"
            + "150621,energy_intensity,gross,2020,2025,change,-16.5,%,illustrative,\n"
            + "150623,energy_intensity,gross,2020,2025,change,-16.5,%,illustrative,\n");
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        database.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    public void Energy_GdpIndexUnderNE_JsonHasNoInfinityAndNamesTheKey()
    {
        var result = CliRunner.Run("energy", "--region", "150622", "--year", "2022", "--format", "json", "--db", database.Path);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Not.Contain("Infinity").And.Not.Contain("NaN"));
        using var json = JsonDocument.Parse(result.Out);
        var text = result.Out;
        Assert.That(text, Does.Contain("GDP index (previous year = 100) of 150622 in 2022 is reported as NE (not estimated)"));
        var table = CliRunner.Run("energy", "--region", "150622", "--year", "2022", "--db", database.Path);
        Assert.That(table.Out, Does.Not.Contain("Infinity"));
    }

    [Test]
    public void Targets_GdpIndexUnderNE_CurrentMissingWithReason_NotInfinityOffTrack()
    {
        var result = CliRunner.Run("targets", "--region", "150622", "--year", "2022", "--format", "json", "--targets", Path.Combine(dir, "targets.csv"), "--db", database.Path);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Not.Contain("Infinity"));
        var a = Assessment(result.Out, "150622");
        Assert.Multiple(() =>
        {
            Assert.That(a.GetProperty("status").GetString(), Is.EqualTo("missing"));
            Assert.That(a.GetProperty("current_value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(a.GetProperty("missing").GetString(), Does.Contain("NE (not estimated)").And.Contain("2022"));
            // Base 2020: 100 万吨 raw coal × 0.7143 tce/t (GB/T 2589 Appendix A) = 714,300 tce over 100 亿元 = 1,000,000 万元 → 0.7143.
            Assert.That(a.GetProperty("base_value").GetDouble(), Is.EqualTo(0.7143).Within(1e-9));
        });
    }

    [Test]
    public void Targets_BaseYearWithIndicatorsOnly_BaseMissingNotZero()
    {
        var result = CliRunner.Run("targets", "--region", "150621", "--year", "2021", "--format", "json", "--targets", Path.Combine(dir, "targets.csv"), "--db", database.Path);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var a = Assessment(result.Out, "150621");
        Assert.Multiple(() =>
        {
            Assert.That(a.GetProperty("base_value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(a.GetProperty("status").GetString(), Is.EqualTo("missing"));
            Assert.That(a.GetProperty("missing").GetString(), Does.Contain("no energy data of 150621 in 2020"));
        });
    }

    [Test]
    public void Targets_BaseGdpUnderC_MissingNamingConfidential_AndHtmlReportDoesNotCrash()
    {
        var result = CliRunner.Run("targets", "--region", "150623", "--year", "2021", "--format", "json", "--targets", Path.Combine(dir, "targets.csv"), "--db", database.Path);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Not.Contain("NaN"));
        var a = Assessment(result.Out, "150623");
        Assert.Multiple(() =>
        {
            Assert.That(a.GetProperty("status").GetString(), Is.EqualTo("missing"));
            Assert.That(a.GetProperty("missing").GetString(), Does.Contain("GDP of 150623 in 2020 is reported as C (confidential)"));
        });
        string html = Path.Combine(dir, "r.html");
        var report = CliRunner.Run("report", "--year", "2021", "--format", "html", "--out", html, "--db", database.Path);
        Assert.That(report.ExitCode, Is.EqualTo(0), report.ToString());
    }

    private static JsonElement Assessment(string json, string region)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var list = root.TryGetProperty("assessments", out var x) ? x : root.GetProperty("targets");
        return list.EnumerateArray().First(e => e.GetProperty("region").GetString() == region).Clone();
    }
}
