using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary><c>ghg targets</c> and <c>ghg budget</c> on a small hand-made banner: raw coal in manufacturing and GDP with its indices.</summary>
public class Issue14_TargetsCommandTests
{
    private const double RelTol = 1e-6; // hand values to 7 significant figures
    private TempDatabase database = null!;
    private string dir = null!;

    // 准格尔旗 (illustrative figures): raw coal 100 万吨 in 1.A.2.c every year; GDP 2020 100 亿元 at current prices, volume index 110
    // (previous year = 100) in 2021, 2022 and 2023.
    [OneTimeSetUp]
    public void Build()
    {
        database = TempDatabase.Initialized();
        dir = Directory.CreateTempSubdirectory("ghg-targets-").FullName;
        using var workspace = database.Open();
        var rows = new List<string> { "150622,2020,0,gdp,100,亿元,illustrative," };
        foreach (int y in new[] { 2020, 2021, 2022, 2023 })
        {
            rows.Add($"150622,{y},1.A.2.c,raw_coal,100,万吨,illustrative,");
            // No non-fossil energy, said as 0 (issue 14: an absent row would make the gross total a lower bound, and a lower bound under a
            // falling path is "indeterminate", not on track).
            rows.Add($"150622,{y},0,renewable_electricity_consumption,0,万千瓦时,illustrative,");
            rows.Add($"150622,{y},0,nonfossil_energy_other,0,吨标准煤,illustrative,");
            if (y > 2020)
            {
                rows.Add($"150622,{y},0,gdp_index,110,上年=100,illustrative,");
            }
        }
        // 达拉特旗: the same, but no index for 2022, so its 2023 GDP at 2020 prices cannot be chained.
        rows.Add("150621,2020,0,gdp,100,亿元,illustrative,");
        rows.AddRange(new[] { 2020, 2021, 2022, 2023 }.Select(y => $"150621,{y},1.A.2.c,raw_coal,100,万吨,illustrative,"));
        rows.Add("150621,2021,0,gdp_index,110,上年=100,illustrative,");
        rows.Add("150621,2023,0,gdp_index,110,上年=100,illustrative,");
        var result = ActivityFile.Ingest(workspace, "banner.csv", ActivityFile.Utf8([.. rows]));
        Assert.That(result.Accepted, Is.True, string.Join("; ", result.Issues));
        workspace.Compile(2020, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new GhgInventory.Core.Accounting.CompileOptions());
        File.WriteAllText(Path.Combine(dir, "targets.csv"),
            "region,indicator,rule,base_year,target_year,kind,value,unit,source,note\n"
            + "150622,energy_intensity,gross,2020,2025,change,-16.5,%,test,\n"
            + "150622,coal_share,,2020,2025,at_most,75,%,test,\n"
            + "150622,steel_capacity,,2020,2025,reported,100,万吨,test,\n"
            + "150621,energy_intensity,gross,2020,2025,change,-16.5,%,test,\n");
        File.WriteAllText(Path.Combine(dir, "budgets.csv"),
            "region,start_year,end_year,allowed,unit,basis,source,note\n150622,2021,2025,1000,万吨,territorial,illustrative,\n");
        File.WriteAllText(Path.Combine(dir, "project.csv"), "name,region,co2_t_per_year,source\ncoal-to-olefins,150622,1000000,illustrative\n");
    }

    [OneTimeTearDown]
    public void Clean()
    {
        database.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    public void Issue14_TargetsJson_GivesTheScoredFieldsByHand()
    {
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150622", "--year", "2023", "--targets", Path.Combine(dir, "targets.csv"), "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var targets = doc.RootElement.GetProperty("targets").EnumerateArray().ToList();
        var energy = targets.Single(t => t.GetProperty("indicator").GetString() == "energy_intensity");
        // Energy 100 万吨 raw coal × 0.7143 tce/t (GB/T 2589 Appendix A) = 714,300 tce, the same every year.
        // GDP at 2020 prices: 2020 100 亿元 = 1,000,000 万元; 2023 100 × 1.1^3 = 133.1 亿元 = 1,331,000 万元.
        // base 714300/1000000 = 0.7143 tce/万元; now 714300/1331000 = 0.5366642 tce/万元 (−24.8685 %).
        // target 0.7143 × 0.835 = 0.5964405; path 2023 = 0.7143 × 0.835^0.6 = 0.7143 × 0.8974534 = 0.6410509; gap −0.1043867 → on track.
        Assert.Multiple(() =>
        {
            Assert.That(energy.GetProperty("rule").GetString(), Is.EqualTo("gross"));
            Assert.That(energy.GetProperty("base_year").GetInt32(), Is.EqualTo(2020));
            Assert.That(energy.GetProperty("base_value").GetDouble(), Is.EqualTo(0.7143).Within(RelTol * 100).Percent);
            Assert.That(energy.GetProperty("target_year").GetInt32(), Is.EqualTo(2025));
            Assert.That(energy.GetProperty("target_value").GetDouble(), Is.EqualTo(0.5964405).Within(RelTol * 100).Percent);
            Assert.That(energy.GetProperty("current_year").GetInt32(), Is.EqualTo(2023));
            Assert.That(energy.GetProperty("current_value").GetDouble(), Is.EqualTo(0.5366642).Within(RelTol * 100).Percent);
            Assert.That(energy.GetProperty("required_path").GetDouble(), Is.EqualTo(0.6410509).Within(RelTol * 100).Percent);
            Assert.That(energy.GetProperty("gap").GetDouble(), Is.EqualTo(-0.1043867).Within(1e-6));
            Assert.That(energy.GetProperty("on_track").GetBoolean(), Is.True);
        });
        // Coal is all of the energy: coal share 100 % against ≤ 75 %: r = 0.75^(1/5) − 1; path 2023 = 100 × 0.75^0.6 = 100 × e^(0.6 × ln 0.75 = −0.1726092) = 84.14664 % → off track.
        var coal = targets.Single(t => t.GetProperty("indicator").GetString() == "coal_share");
        Assert.That(coal.GetProperty("current_value").GetDouble(), Is.EqualTo(100).Within(1e-9));
        Assert.That(coal.GetProperty("required_path").GetDouble(), Is.EqualTo(84.14664).Within(1e-4));
        Assert.That(coal.GetProperty("on_track").GetBoolean(), Is.False);
        // A reported target is kept, not scored, and says why.
        var steel = targets.Single(t => t.GetProperty("indicator").GetString() == "steel_capacity");
        Assert.That(steel.GetProperty("on_track").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(steel.GetProperty("status").GetString(), Is.EqualTo("reported"));
        Assert.That(steel.GetProperty("missing").GetString(), Does.Contain("no data"));
    }

    [Test]
    public void Issue14_TargetsMissingIndex_SaysWhyInsteadOfAValue()
    {
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150600", "--year", "2023", "--targets", Path.Combine(dir, "targets.csv"), "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var dalad = doc.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("region").GetString() == "150621");
        Assert.Multiple(() =>
        {
            Assert.That(dalad.GetProperty("current_value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(dalad.GetProperty("on_track").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(dalad.GetProperty("status").GetString(), Is.EqualTo("missing"));
            Assert.That(dalad.GetProperty("missing").GetString(), Does.Contain("2022"));
        });
        // the city's scorecard lists the banners below it: both banners' rows are there
        Assert.That(doc.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("region").GetString()).Distinct(),
            Is.EquivalentTo(new[] { "150621", "150622" }));
    }

    [Test]
    public void Issue14_TargetsYearOutsideRun_IsRefusedNotScored()
    {
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150622", "--year", "2024", "--targets", Path.Combine(dir, "targets.csv"), "--format", "json");
        Assert.That(r.ExitCode, Is.Not.EqualTo(0), r.ToString());
    }

    [Test]
    public void Issue14_TargetsTable_ChineseByDefault()
    {
        var r = CliRunner.RunZh("targets", "--db", database.Path, "--region", "150622", "--year", "2023", "--targets", Path.Combine(dir, "targets.csv"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("能耗强度").And.Contain("进度达标").And.Contain("煤炭消费比重").And.Contain("仅报告"));
        Assert.That(r.Out, Does.Not.Contain("energy_intensity"));
    }

    [Test]
    public void Issue14_BadTargetsFile_ExitsThreeWithLocation()
    {
        string bad = Path.Combine(dir, "bad.csv");
        File.WriteAllText(bad, "region,indicator,rule,base_year,target_year,kind,value,unit,source,note\n150622,energy_intensity,gross,2020,2025,decrease,-16.5,%,test,\n");
        var r = CliRunner.Run("targets", "--db", database.Path, "--region", "150622", "--year", "2023", "--targets", bad);
        Assert.That(r.ExitCode, Is.EqualTo(3), r.ToString());
        Assert.That(r.Error, Does.Contain("bad.csv:2").And.Contain("kind").And.Contain("decrease"));
    }

    [Test]
    public void Issue14_BudgetWithProject_UsedRemainingAndYearsBroughtForward()
    {
        var r = CliRunner.Run("budget", "--db", database.Path, "--through", "2023", "--budgets", Path.Combine(dir, "budgets.csv"),
            "--project", Path.Combine(dir, "project.csv"), "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var b = doc.RootElement.GetProperty("budgets").EnumerateArray().Single();
        // Territorial CO2 of the banner is the same every year (E); used 2021–2023 = 3E; the run's own figure is read back from
        // `ghg report` below and the budget arithmetic checked against it by hand: remaining = 1e7 − 3E; trend 0 (flat).
        var report = CliRunner.Run("report", "--db", database.Path, "--region", "150622", "--year", "2023", "--format", "json");
        using var rep = JsonDocument.Parse(report.Out);
        double e = rep.RootElement.GetProperty("totals").GetProperty("CO2_t").GetDouble();
        Assert.Multiple(() =>
        {
            Assert.That(b.GetProperty("allowed_t").GetDouble(), Is.EqualTo(1e7));
            Assert.That(b.GetProperty("used_t").GetDouble(), Is.EqualTo(3 * e).Within(1e-6).Percent);
            Assert.That(b.GetProperty("remaining_t").GetDouble(), Is.EqualTo(1e7 - 3 * e).Within(1e-3));
            Assert.That(b.GetProperty("trend_t_per_year").GetDouble(), Is.EqualTo(0).Within(1e-6));
            var p = b.GetProperty("projects").EnumerateArray().Single();
            // 1e6 t a year over 2024–2025 = 2e6 t
            Assert.That(p.GetProperty("co2_in_period_t").GetDouble(), Is.EqualTo(2e6));
            Assert.That(p.GetProperty("share_of_remaining_pct").GetDouble(), Is.EqualTo(2e6 / (1e7 - 3 * e) * 100).Within(1e-6).Percent);
        });
    }

    [Test]
    public void Issue14_HtmlReport_HasScorecardTrajectoryAndBudget()
    {
        // The report scores the bundled targets (the banner rows apply the city's −16.5 %, illustrative) and budgets (150622: illustrative).
        string html = Path.Combine(dir, "r.html");
        var r = CliRunner.Run("report", "--db", database.Path, "--region", "150622", "--year", "2023", "--format", "html", "--out", html);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.ToString());
        string text = File.ReadAllText(html);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("id=\"targets\""));
            // gross energy intensity now 0.5366642 tce/10^4 yuan (hand value above), printed to four decimals
            Assert.That(text, Does.Contain("0.5367"));
            Assert.That(text, Does.Contain("chart-target-0"));
            Assert.That(text, Does.Contain("Carbon budgets"));
        });
    }
}
