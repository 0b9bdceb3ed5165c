using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data;
using GhgInventory.Data.Scenarios;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data.Scenarios;

/// <summary>Issue 16: the scenario base read from the demo database's stored run (docs/scenarios.md §3) ties out to the inventory.</summary>
[TestFixture]
public sealed class Issue16_ScenarioBaseTests
{
    private const double RelTol = 1e-9; // arithmetic only: the same lines summed in another order
    private static readonly RegionCode City = RegionCode.Parse("150600");
    private ScenarioBase baseState = null!;

    private static ScenarioDefinition Scenario(long? runId = null, int? baseYear = null, RegionCode? region = null) =>
        new("test", "test", "", true, region ?? City, runId, baseYear, 2060, null, null, [], [], "test.toml", new string('0', 64));

    [OneTimeSetUp]
    public void ReadDemoBase()
    {
        using var workspace = Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        baseState = new ScenarioBaseReader(workspace).Read(Scenario());
    }

    [Test]
    public void Read_Demo_LinesWithoutANumberAreFlaggedByCategory()
    {
        // sqlite3 on the demo database: the CH4 line of cleaned_coal in 1.A.1.c.i of 150621 (Dalad) in 2024 has notation_key NE, mass_t NULL.
        var dalad = baseState.Parts.Single(p => p.Region.Value == "150621");
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(dalad.Flags.Select(f => f.Render()), Has.Some.EqualTo(
                "Dalad Banner (150621) in 2024: 1 line(s) of CH4 (cleaned coal) in category 1.A.1.c.i have no number (NE); the base carries them as a flag in every projected year, never as 0."));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(dalad.Flags.Select(f => f.Render()), Has.Some.StartsWith("达拉特旗（150621）（2024 年）：类别 1.A.1.c.i（洗精煤）中 1 条 CH4 排放行没有数值（NE）"));
        }
    }

    [Test]
    public void Read_Demo_TakesTheNewestRunAndYear_BannersInCodeOrderThenTheCityRest()
    {
        // ghg demo stores one run, #1, of 150600 over 2015–2024: the base year is its newest year.
        Assert.That(baseState.RunId, Is.EqualTo(1));
        Assert.That(baseState.BaseYear, Is.EqualTo(2024));
        Assert.That(baseState.Parts.Select(p => p.Region.Value), Is.EqualTo(new[]
        {
            "150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626", "150627", "150600",
        }));
        Assert.That(baseState.Parts.Select(p => p.IsCityRest), Is.EqualTo(Enumerable.Repeat(false, 9).Append(true)));
        // AR5 (gwp100.csv): CH4 28, N2O 265.
        Assert.That(baseState.Gwp, Is.EqualTo(new ScenarioGwp("AR5", 28, 265)));
    }

    [Test]
    public void Read_Demo_EnergySectorsAndBlocksAddUpToTheCityCo2eExcludingLulucf()
    {
        // Second tool (sqlite3 on the demo database): SELECT sum(l.co2e_t) FROM emission_lines l JOIN emission_sources s ON s.id = l.source_id
        // WHERE s.year = 2024 AND l.scope = 'territorial' AND s.category NOT LIKE '3.B%'  →  463584159.899926 t (the issue-15 note: 463,584,160 t).
        const double expected = 463584159.899926;
        double energy = 0, blocks = 0;
        foreach (var part in baseState.Parts)
        {
            foreach (var s in new[] { part.Industry, part.Transport, part.Buildings, part.Power, part.CokeMaking, part.OtherEnergyIndustry })
            {
                energy += s.Co2Tonnes.Total + s.Ch4Tonnes * baseState.Gwp.FossilCh4 + s.N2oTonnes * baseState.Gwp.N2o;
            }
            blocks += part.Blocks.Where(b => b.Kind != BlockKind.Lulucf).Sum(b => b.Co2eTonnes);
        }
        Assert.That(energy + blocks, Is.EqualTo(expected).Within(expected * 1e-12 + 1e-6));
        // The history's city figure is the same total.
        Assert.That(baseState.History.Co2eTonnes[(City, 2024)], Is.EqualTo(expected).Within(expected * RelTol));
    }

    [Test]
    public void Read_Demo_EachBannersGrossEnergyIsTheScorecards()
    {
        // ghg targets scores energy_total under the gross rule (current_value in 2024) for every banner of a targets file that names them.
        string dir = Path.Combine(Path.GetTempPath(), "issue16-base-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string file = Path.Combine(dir, "targets.csv");
            File.WriteAllLines(file, baseState.Parts.Where(p => !p.IsCityRest)
                .Select(p => $"{p.Region},energy_total,gross,2020,2025,change,-10,%,test,").Prepend("region,indicator,rule,base_year,target_year,kind,value,unit,source,note"));
            var result = CliRunner.Run("targets", "--db", DemoRun.DatabasePath, "--year", "2024", "--targets", file, "--format", "json");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
            using var json = JsonDocument.Parse(result.Out);
            var scored = json.RootElement.GetProperty("targets").EnumerateArray()
                .ToDictionary(t => t.GetProperty("region").GetString()!, t => t.GetProperty("current_value").GetDouble());
            Assert.That(scored, Has.Count.EqualTo(9));
            foreach (var part in baseState.Parts.Where(p => !p.IsCityRest))
            {
                Assert.That(part.Account.GrossTce, Is.EqualTo(scored[part.Region.Value]).Within(Math.Abs(scored[part.Region.Value]) * RelTol), part.Region.Value);
            }
            // 150622 准格尔旗 as ghg targets printed it on this database: 23,440,480.6 tce.
            Assert.That(scored["150622"], Is.EqualTo(23440480.6).Within(0.1));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Read_Demo_FerroalloyOutputIsTheSampleRows()
    {
        // samples/ordos/sector_ippu.csv, 2024, 2.C.2:
        //   line 674: 150624,2024,2.C.2,ferrosilicon_75,70,万吨   line 675: 150624,2024,2.C.2,silicomanganese,60,万吨
        //   → 150624 鄂托克旗: (70 + 60) 万吨 = 130 × 10^4 t = 1,300,000 t
        //   line 656: 150622,2024,2.C.2,ferrosilicon_75,15,万吨 → 150,000 t
        //   line 634: 150602,2024,2.C.2,ferrosilicon_75,NO → no output (null), no flag
        var parts = baseState.Parts.ToDictionary(p => p.Region.Value + (p.IsCityRest ? "r" : ""));
        Assert.That(parts["150624"].Outputs.FerroalloyTonnes, Is.EqualTo(1_300_000).Within(1e-6));
        Assert.That(parts["150622"].Outputs.FerroalloyTonnes, Is.EqualTo(150_000).Within(1e-6));
        Assert.That(parts["150602"].Outputs.FerroalloyTonnes, Is.Null);
        // Its 2.C.2 lines are all NO: the block holds nothing (0 t CO2e), never an unknown.
        Assert.That(parts["150602"].Blocks.Where(b => b.Kind == BlockKind.Ferroalloy).Sum(b => b.Co2eTonnes), Is.Zero);
        Assert.That(parts["150624"].Blocks.Single(b => b.Kind == BlockKind.Ferroalloy).Co2eTonnes, Is.GreaterThan(0));
    }

    [Test]
    public void Read_Demo_TheCityRestHasTheCitysOwnLinesAndIsFlaggedWithoutPopulation()
    {
        // The city's own rows (sqlite3: region_code = '150600'): diesel and electricity in 1.A.3.c (rail), kerosene in 1.A.3.a, natural gas and
        // electricity in 1.A.3.e: all transport; its territorial CO2e is 466,104.198549 t (same query as the tie, region_code = '150600').
        var rest = baseState.Parts[^1];
        Assert.That(rest.IsCityRest, Is.True);
        Assert.That(rest.Industry.FuelTce.Total, Is.Zero);
        Assert.That(rest.Transport.FuelTce.Total, Is.GreaterThan(0));
        double co2e = rest.Transport.Co2Tonnes.Total + rest.Transport.Ch4Tonnes * 28 + rest.Transport.N2oTonnes * 265 + rest.Blocks.Sum(b => b.Co2eTonnes);
        Assert.That(co2e, Is.EqualTo(466104.198549).Within(1e-5));
        // Population: city 2,240,100 = Σ banners 591,400 + 112,000 + 336,000 + 358,400 + 78,400 + 168,000 + 123,200 + 123,200 + 349,500
        // = 2,240,100, so the rest has none (flagged). GDP at the 2020 prices of the targets (issue 16, after the planner's trial: the intensities
        // must divide by the GDP the targets' base values divide by): 2020 rest = city 3,533.70 − Σ banners 3,512.49 = 21.21 亿元, chained by the
        // city's GDP index 2021–2024 (107.0, 105.4, 107.0, 106.0): 21.21e8 × 1.07 × 1.054 × 1.07 × 1.06 = 2,713,030,649.2 yuan (the current-price
        // residual of 2024 is 601,270 − 597,663 = 3,607 10^6 yuan).
        Assert.That(rest.Population, Is.Zero);
        Assert.That(rest.GdpYuan, Is.EqualTo(2_713_030_649.2).Within(1));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(rest.Flags.Select(f => f.Render()), Has.Some.Contains("has no population in 2024"));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(rest.Flags.Select(f => f.Render()), Has.Some.Contains("没有常住人口"));
        }
    }

    [Test]
    public void Read_CityWithoutOwnLines_HasNoCityRest()
    {
        string copy = Path.Combine(Path.GetTempPath(), "issue16-base-" + Guid.NewGuid().ToString("N") + ".db");
        File.Copy(DemoRun.DatabasePath, copy);
        try
        {
            using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                // The city's own fuel and electricity rows of 2024 (not its indicator rows, category 0) and their lines.
                command.CommandText = """
                    DELETE FROM emission_line_factors WHERE line_id IN (SELECT l.id FROM emission_lines l JOIN emission_sources s ON s.id = l.source_id
                        WHERE s.region_code = '150600' AND s.year = 2024 AND s.category <> '0');
                    DELETE FROM emission_lines WHERE source_id IN (SELECT id FROM emission_sources WHERE region_code = '150600' AND year = 2024 AND category <> '0');
                    DELETE FROM emission_sources WHERE region_code = '150600' AND year = 2024 AND category <> '0';
                    """;
                command.ExecuteNonQuery();
            }
            using var workspace = Workspace.OpenReadOnly(copy, TestClock.Create());
            var read = new ScenarioBaseReader(workspace).Read(Scenario());
            Assert.That(read.Parts, Has.Count.EqualTo(9));
            Assert.That(read.Parts.Any(p => p.IsCityRest), Is.False);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    [Test]
    public void Read_RunThatDoesNotExist_IsRefusedNamingTheStoredRuns()
    {
        using var workspace = Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        var reader = new ScenarioBaseReader(workspace);
        using (UiCulture.Use(UiCulture.English))
        {
            var e = Assert.Throws<InvalidOperationException>(() => reader.Read(Scenario(runId: 99)));
            Assert.That(e!.Message, Is.EqualTo("Run 99 does not exist. Stored runs: #1 region 150600, 2015–2024."));
            var year = Assert.Throws<InvalidOperationException>(() => reader.Read(Scenario(baseYear: 2030)));
            Assert.That(year!.Message, Is.EqualTo("No stored run covers 150600 in base year 2030. Stored runs: #1 region 150600, 2015–2024."));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            var e = Assert.Throws<InvalidOperationException>(() => reader.Read(Scenario(runId: 99)));
            Assert.That(e!.Message, Is.EqualTo("运行 99 不存在。已存储的运行：#1 地区 150600，2015–2024 年。"));
        }
    }

    [Test]
    public void Read_ABaseYearOfTheRun_IsThatYear()
    {
        using var workspace = Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        var read = new ScenarioBaseReader(workspace).Read(Scenario(runId: 1, baseYear: 2020));
        Assert.That(read.BaseYear, Is.EqualTo(2020));
        // History stops at the base year: 2015 … 2020 for the city.
        Assert.That(read.History.Co2eTonnes.Keys.Where(k => k.Region == City).Select(k => k.Year).Order(), Is.EqualTo(new[] { 2015, 2016, 2017, 2018, 2019, 2020 }));
    }

    [Test]
    public void Write_Json_RoundTripsEveryNumber()
    {
        using var stream = new MemoryStream();
        ScenarioBaseJson.Write(stream, baseState);
        byte[] bytes = stream.ToArray();
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.That(root.GetProperty("city").GetString(), Is.EqualTo("150600"));
        Assert.That(root.GetProperty("base_year").GetInt32(), Is.EqualTo(2024));
        Assert.That(root.GetProperty("gwp").GetProperty("fossil_ch4").GetDouble(), Is.EqualTo(28));
        var parts = root.GetProperty("parts").EnumerateArray().ToList();
        Assert.That(parts, Has.Count.EqualTo(baseState.Parts.Count));
        for (int i = 0; i < parts.Count; i++)
        {
            var part = baseState.Parts[i];
            var p = parts[i];
            Assert.That(p.GetProperty("region").GetString(), Is.EqualTo(part.Region.Value));
            // Exact equality: the text must read back as the same double.
            Assert.That(p.GetProperty("industry").GetProperty("fuel_tce").GetProperty("coal").GetDouble(), Is.EqualTo(part.Industry.FuelTce.Coal));
            Assert.That(p.GetProperty("power").GetProperty("co2_tonnes").GetProperty("coal").GetDouble(), Is.EqualTo(part.Power.Co2Tonnes.Coal));
            Assert.That(p.GetProperty("transport").GetProperty("n2o_tonnes").GetDouble(), Is.EqualTo(part.Transport.N2oTonnes));
            Assert.That(p.GetProperty("gdp_yuan").GetDouble(), Is.EqualTo(part.GdpYuan));
            Assert.That(p.GetProperty("account").GetProperty("gross_tce").GetDouble(), Is.EqualTo(part.Account.GrossTce));
            var capacity = p.GetProperty("renewable_capacity_gw");
            Assert.That(capacity.ValueKind == JsonValueKind.Null ? (double?)null : capacity.GetDouble(), Is.EqualTo(part.RenewableCapacityGw));
            var blocks = p.GetProperty("blocks").EnumerateArray().ToList();
            Assert.That(blocks.Select(b => b.GetProperty("co2e_tonnes").GetDouble()), Is.EqualTo(part.Blocks.Select(b => b.Co2eTonnes)));
            Assert.That(p.GetProperty("flags").GetArrayLength(), Is.EqualTo(part.Flags.Count));
        }
        Assert.That(parts[^1].GetProperty("is_city_rest").GetBoolean(), Is.True);
        Assert.That(parts[0].GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("kind").GetString()), Has.Some.EqualTo("fugitive_coal"));
        var emissions = root.GetProperty("history").GetProperty("emissions").EnumerateArray().ToList();
        Assert.That(emissions, Has.Count.EqualTo(baseState.History.Co2eTonnes.Count));
        foreach (var e in emissions)
        {
            var key = (RegionCode.Parse(e.GetProperty("region").GetString()!), e.GetProperty("year").GetInt32());
            Assert.That(e.GetProperty("co2e_t").GetDouble(), Is.EqualTo(baseState.History.Co2eTonnes[key]));
            Assert.That(e.GetProperty("territorial_co2_t").GetDouble(), Is.EqualTo(baseState.History.TerritorialCo2Tonnes[key]));
        }
        Assert.That(root.GetProperty("targets").GetArrayLength(), Is.EqualTo(baseState.Targets.Count));
        Assert.That(root.GetProperty("budgets").EnumerateArray().First().GetProperty("allowed_tonnes").GetDouble(),
            Is.EqualTo(baseState.Budgets[0].AllowedTonnes));
    }

    [Test]
    public void Projection_BaseYear_CapacityIsTheCitysAndIntensitiesAtTheTargetsPricesWithTheirDifferenceFlagged()
    {
        // The planner's trial: projected intensities were divided by current-price GDP while the targets' base values (2020) are at 2020
        // prices (a 28 % fall in one year read "met"). Now GDP is at 2020 prices: the city's base-year CO2 intensity (national grid rule) is
        // 4.8619 against the scorecard's 4.9035 (`ghg targets --year 2024`), not 3.52; the rest of the difference is the sum of the banners
        // against the city's own account and GDP chain, and it is flagged with both figures. Renewable capacity: the city's own 20.5 GW (two
        // districts have no row, which made the city's sum unknown and left the 50 GW target unchecked).
        var model = ScenarioModel.Bind(Scenario() with { Horizon = 2030 }, ScenarioFile.Catalogue(), baseState);
        var city = model.ProjectDetailed(new double[model.Dimensions.Count].Select(_ => 0.5).ToArray())[0];
        string flags;
        using (UiCulture.Use(UiCulture.English))
        {
            flags = string.Join("\n", model.Flags.Select(f => f.Render()));
        }
        Assert.Multiple(() =>
        {
            Assert.That(baseState.PriceBaseYear, Is.EqualTo(2020));
            Assert.That(city.Year, Is.EqualTo(2024));
            Assert.That(city.Indicators[ScenarioIndicators.IndexOf("co2_intensity", "co2_national_grid")], Is.EqualTo(4.9035).Within(0.05));
            Assert.That(city.Indicators[ScenarioIndicators.IndexOf("renewable_capacity", "")], Is.EqualTo(20.5).Within(1e-9));
            Assert.That(flags, Does.Contain("co2_intensity (co2_national_grid) 4.8619 / 4.9035"));
        });
    }

    [Test]
    public void Projection_BaseYear_IndustryIntensityDividesByIndustrialValueAdded()
    {
        // Review of issue 16: the projection divided industrial energy by the secondary industry's value added (construction included), the
        // scorecard by 工业增加值: 3.9544 against 4.3631 tce/10^4 yuan (−9.4 %) in the demo's base year. `ghg targets --year 2024` prints
        // 单位工业增加值能耗 "不低于 4.3631"; the projection's base year now reads 4.2863 (−1.8 %): what is left is the sum of the banners'
        // industrial energy and value added against the city's own, and it is flagged with both figures.
        var model = ScenarioModel.Bind(Scenario() with { Horizon = 2030 }, ScenarioFile.Catalogue(), baseState);
        var city = model.ProjectDetailed(new double[model.Dimensions.Count].Select(_ => 0.5).ToArray())[0];
        string flags;
        using (UiCulture.Use(UiCulture.English))
        {
            flags = string.Join("\n", model.Flags.Select(f => f.Render()));
        }
        // The city's indicators start from its own base-year figures (the trial of this session: a target met by a 0.14 % margin that was the
        // difference of the sum): the base year reads the scorecard's 4.3631 itself, the history's point to the bit; the sum's 4.2863 is in the flag.
        var scored = baseState.History.Indicators.Single(p => p.Region == City && p.Year == 2024 && p.Indicator == "industry_energy_intensity" && p.Rule == "");
        Assert.That(scored.Value, Is.EqualTo(4.3631).Within(1e-4));
        Assert.That(city.Indicators[ScenarioIndicators.IndexOf("industry_energy_intensity", "")], Is.EqualTo(scored.Value));
        Assert.That(flags, Does.Contain("industry_energy_intensity 4.2863 / 4.3631 (-1.76 %)"));
    }

    [Test]
    public void Projection_CityIndicator_IsItsOwnBaseYearFigureTimesTheIndexOfItsPartsSum()
    {
        // plan.toml on the demo base, central path, 2030: the city's energy intensity (non-fossil excluded) recomputed from its parts: the sum of
        // their energy totals over the sum of their GDP (10^4 yuan), as an index on 2024, times the scorecard's 2024 figure.
        var catalogue = ScenarioFile.Catalogue();
        string file = Path.Combine(RepositoryPaths.Root, "samples", "ordos", "plan.toml");
        using var workspace = Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        var plan = ScenarioFile.Read(file, File.ReadAllBytes(file), catalogue, workspace.References.LoadRegions());
        var model = ScenarioModel.Bind(plan, catalogue, baseState);
        var years = model.ProjectDetailed(Enumerable.Repeat(0.5, model.Dimensions.Count).ToArray());
        int total = ScenarioIndicators.IndexOf("energy_total", "non_fossil_excluded"), intensity = ScenarioIndicators.IndexOf("energy_intensity", "non_fossil_excluded");
        double SumIntensity(int year)
        {
            var parts = years.Where(y => y.Year == year && !(y.Region == City && !y.IsCityRest)).ToList();
            Assert.That(parts, Has.Count.EqualTo(10), "nine banners and the city's rest");
            return parts.Sum(p => p.Indicators[total]) / (parts.Sum(p => p.GdpYuan) / 1e4);
        }
        double own = baseState.History.Indicators.Single(p => p.Region == City && p.Year == 2024 && p.Indicator == "energy_intensity" && p.Rule == "non_fossil_excluded").Value!.Value;
        Assert.That(own, Is.EqualTo(2.4669).Within(1e-4), "the scorecard's 2024 figure (the flag: sum 2.4537 / 2.4669)");
        var city2030 = years.Single(y => y.Year == 2030 && y.Region == City && !y.IsCityRest);
        Assert.That(city2030.Indicators[intensity], Is.EqualTo(own * SumIntensity(2030) / SumIntensity(2024)).Within(1e-12 * own));
        Assert.That(years.Single(y => y.Year == 2024 && y.Region == City && !y.IsCityRest).Indicators[intensity], Is.EqualTo(own));

        // A share moves by the sum's change, not its index (review: 15 % own against a 10 % sum would pass 100 % when the sum reached 70 %):
        // the base year is the scorecard's figure, and every year of the city stays within 0–100 %.
        foreach (string share in new[] { GhgInventory.Core.Analysis.IntensityIndicators.CoalShare, GhgInventory.Core.Analysis.IntensityIndicators.NonFossilShare, GhgInventory.Core.Analysis.IntensityIndicators.ElectricityShareFinal })
        {
            int at = ScenarioIndicators.IndexOf(share, "");
            var scored = baseState.History.Indicators.SingleOrDefault(p => p.Region == City && p.Year == 2024 && p.Indicator == share && p.Rule == "");
            var cityYears = years.Where(y => y.Region == City && !y.IsCityRest).ToList();
            if (scored?.Value is { } s)
            {
                Assert.That(cityYears[0].Indicators[at], Is.EqualTo(s), share);
            }
            Assert.That(cityYears.Select(y => y.Indicators[at]).Where(double.IsFinite), Is.All.InRange(0.0, 100.0), share);
        }
    }
}
