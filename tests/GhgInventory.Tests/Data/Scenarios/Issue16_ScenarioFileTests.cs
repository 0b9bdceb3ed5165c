using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Scenarios;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Scenarios;

/// <summary>Issue 16, the scenario file (docs/scenarios.md §5–§6): a full file reads to the definition it says, every refusal is located
/// <c>plan.toml:line:column</c> (1-based, columns in characters, counted by hand on the lines below) with what was found and what was
/// expected, in Chinese and in English.</summary>
public sealed class Issue16_ScenarioFileTests
{
    private const string File = "plan.toml";

    // Lines 1–5 of most cases; the case's own lines start at line 6.
    private const string Head = "[scenario]\nname = \"t\"\nregion = \"150600\"\nbase_year = 2024\nhorizon = 2060\n";

    private static readonly RegionTree Regions = new(ReferenceDataLoader.ParseRegions(
        CsvTable.ReadBundled("regions/150600-ordos.csv", ReferenceDataLoader.RegionColumns, ReferenceDataLoader.RegionOptionalColumns)));

    private static readonly LeverCatalogue Levers = ScenarioFile.Catalogue();

    private const string Full = """
        # plan scenario (test)
        [scenario]
        name = "plan"
        title = "规划情景 (示意) plan (illustrative)"
        description = "measures of the plan"
        illustrative = true
        region = "鄂尔多斯市"
        base_run = "latest"
        base_year = 2024
        horizon = 2060

        [levers.gdp_growth]
        unit = "%/a"
        source = "十四五规划纲要 (illustrative)"
        path = { 2025 = 6.0, 2030 = { dist = "triangular", min = 3.5, mode = 4.5, max = 5.5 }, 2060 = 2 }

        [levers.gdp_growth.regions."准格尔旗"]
        source = "准格尔旗 (illustrative)"
        value = 7.0
        from = 2026

        [levers.coal_power_rate]
        unit = "gce/kWh"
        source = "鄂环发〔2023〕76号 (illustrative)"
        path = { 2024 = 310, 2025 = 305, 2030 = 300 }

        [levers.energy_intensity_industry]
        unit = "%/a"
        source = "illustrative"
        value = { dist = "normal", mean = 3.0, sd = 0.5 }

        [levers.renewable_capacity]
        unit = "GW"
        source = "50 GW by 2025 (illustrative)"
        path = { 2025 = 50, 2030 = { dist = "uniform", min = 80, max = 120 } }

        [levers.ccus_capture]
        unit = "万吨"
        source = "illustrative"
        path = { 2024 = 0, 2030 = { dist = "lognormal", median = 100, gsd = 1.5 } }

        [levers]
        rail_energy_ratio = { unit = "ratio", source = "illustrative", value = 0.2 }

        [[correlation]]
        a = "gdp_growth"
        b = "energy_intensity_industry"
        rho = -0.4
        """;

    [Test]
    public void Issue16_FullFile_ReadsToTheDefinition()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Full);
        var s = ScenarioFile.Read(File, bytes, Levers, Regions);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((s.Name, s.Title, s.Description, s.Illustrative), Is.EqualTo(("plan", "规划情景 (示意) plan (illustrative)", "measures of the plan", true)));
            Assert.That(s.Region, Is.EqualTo(RegionCode.Parse("150600")), "the city by its exact name");
            Assert.That((s.BaseRunId, s.BaseYear, s.Horizon, s.TargetsPath, s.BudgetsPath), Is.EqualTo(((long?)null, (int?)2024, 2060, (string?)null, (string?)null)));
            Assert.That(s.FileName, Is.EqualTo(File));
            Assert.That(s.ContentSha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
            Assert.That(s.Levers.Select(l => (l.Key, l.Region?.Value)), Is.EqualTo(new (string, string?)[]
            {
                ("gdp_growth", null), ("gdp_growth", "150622"), ("coal_power_rate", null), ("energy_intensity_industry", null), ("renewable_capacity", null),
                ("ccus_capture", null), ("rail_energy_ratio", null),
            }));

            // Line 15: path = { 2025 = 6.0, 2030 = { dist = "triangular", … }, 2060 = 2 }: '{' at column 8, 2025 at 10, 2030 at 22, 2060 at 88.
            var gdp = s.Setting("gdp_growth")!;
            Assert.That((gdp.Unit, gdp.Source, gdp.From, gdp.Location), Is.EqualTo(("%/a", "十四五规划纲要 (illustrative)", (int?)null, "plan.toml:12:9")));
            Assert.That(gdp.Points, Is.EqualTo(new[]
            {
                new PathPoint(2025, new Uncertain.Fixed(6.0), "plan.toml:15:10"),
                new PathPoint(2030, new Uncertain.TriangularValue(3.5, 4.5, 5.5), "plan.toml:15:22"),
                new PathPoint(2060, new Uncertain.Fixed(2), "plan.toml:15:88"),
            }));
            Assert.That(gdp.IsUncertain, Is.True);

            // The banner's own value from 2026 (0 before): one point at its start year, located at its key (line 19 "value = 7.0").
            var jungar = s.Setting("gdp_growth", RegionCode.Parse("150622"))!;
            Assert.That((jungar.From, jungar.Unit, jungar.Points.Single()), Is.EqualTo(((int?)2026, "%/a", new PathPoint(2026, new Uncertain.Fixed(7.0), "plan.toml:19:1"))));
            Assert.That(s.Setting("gdp_growth", RegionCode.Parse("150621")), Is.SameAs(gdp), "another banner takes the city-wide setting");

            Assert.That(s.Setting("coal_power_rate")!.Points.Select(p => (p.Year, p.Value)), Is.EqualTo(new (int, Uncertain)[]
            {
                (2024, new Uncertain.Fixed(310)), (2025, new Uncertain.Fixed(305)), (2030, new Uncertain.Fixed(300)),
            }));

            // A value without from is one point at the base year (2024); a rate's path is flat before its first point.
            var industry = s.Setting("energy_intensity_industry")!;
            Assert.That((industry.From, industry.Points.Single().Year, industry.Points.Single().Value), Is.EqualTo(((int?)null, 2024, (Uncertain)new Uncertain.NormalValue(3.0, 0.5))));
            Assert.That(s.Setting("renewable_capacity")!.Points[1].Value, Is.EqualTo(new Uncertain.UniformValue(80, 120)));
            Assert.That(s.Setting("ccus_capture")!.Points[1].Value, Is.EqualTo(new Uncertain.LogNormalValue(100, 1.5)));
            // Written as an inline table under [levers] (line 43): located at its key, the value at its key "value" (column 64).
            Assert.That(s.Setting("rail_energy_ratio")!, Has.Property(nameof(LeverSetting.Location)).EqualTo("plan.toml:43:1")
                .And.Property(nameof(LeverSetting.Points)).EqualTo(new[] { new PathPoint(2024, new Uncertain.Fixed(0.2), "plan.toml:43:64") }));
            Assert.That(s.Correlations, Is.EqualTo(new[] { new LeverCorrelation("gdp_growth", "energy_intensity_industry", -0.4, "plan.toml:45:3") }));
        }
    }

    [Test]
    public void Issue16_ReadmeExample_Reads()
    {
        string readme = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        int section = readme.IndexOf("## Scenario files (情景文件)", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThan(0), "the README has the section");
        var block = Regex.Match(readme[section..], "```toml\n(.*?)```", RegexOptions.Singleline);
        Assert.That(block.Success, Is.True, "the section has a TOML example");
        using var folder = TempFolder.Create("s16toml");
        foreach (string sample in new[] { "targets.csv", "budgets.csv" })
        {
            System.IO.File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "ordos", sample), Path.Combine(folder.Path, sample));
        }
        string path = Path.Combine(folder.Path, "plan.toml");
        var s = ScenarioFile.Read(path, Encoding.UTF8.GetBytes(block.Groups[1].Value), Levers, Regions);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Name, Is.EqualTo("plan"));
            Assert.That(s.TargetsPath, Is.EqualTo(Path.Combine(folder.Path, "targets.csv")), "resolved against the scenario file's folder");
            Assert.That(s.Levers.Select(l => l.Key), Does.Contain("gdp_growth").And.Contain("coal_power_rate").And.Contain("steel_cap"));
            Assert.That(s.Correlations, Is.Not.Empty);
        }
    }

    [Test]
    public void Issue16_ReadmeLeverTable_AgreesWithTheCatalogue()
    {
        string readme = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var rows = readme.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            foreach (var lever in Levers.All)
            {
                string kind = lever.Kind.ToString().ToLowerInvariant();
                Assert.That(rows, Has.One.StartsWith($"| `{lever.Key}` | {lever.NameZh} | {lever.Unit} | {kind}"), lever.Key);
            }
        }
    }

    [Test]
    public void Issue16_Catalogue_IsTheCsv()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Levers.All, Has.Count.EqualTo(31), "31 rows in emission-factors/vocabulary/scenario-levers.csv");
            Assert.That(Levers.Find("gdp_growth"), Is.EqualTo(new LeverDefinition("gdp_growth", LeverKind.Rate, "%/a", LeverScope.Region, "", LeverBase.None, 0,
                "地区生产总值增速", "GDP growth", "real GDP growth (constant prices) of the year")));
            Assert.That(Levers.Find("renewable_capacity") is { Kind: LeverKind.Level, Unit: "GW", Scope: LeverScope.CityShared, Weight: "renewable_capacity", Base: LeverBase.Inventory, Default: null });
            Assert.That(Levers.Find("coal_power_rate") is { Base: LeverBase.File, Unit: "gce/kWh" });
            Assert.That(Levers.Find("ccus_capture") is { Unit: "万吨", Default: 0, Scope: LeverScope.CityShared });
            Assert.That(Levers.Find("rail_energy_ratio") is { Kind: LeverKind.Ratio, Unit: "ratio" });
            Assert.That(Levers.Find("electrification") is { Scope: LeverScope.CityDelta });
        }
    }

    [Test]
    public void Issue16_SyntaxError_LocatedByTheParser()
    {
        // Line 7: unit = "%/a" x — the stray x at column 14.
        string toml = Head + "[levers.gdp_growth]\nunit = \"%/a\" x\nsource = \"s\"\nvalue = 5\n";
        var (zh, en) = Single(toml);
        Assert.That(en, Does.StartWith("plan.toml:7:14: found 'TOML syntax error: ").And.EndWith(
            "expected TOML 1.0: one key = value a line, text in quotes, [table] headers (https://toml.io)"));
        Assert.That(zh, Does.StartWith("plan.toml:7:14: 发现 'TOML 语法错误：").And.EndWith("，应为 符合 TOML 1.0 语法：每行一个 键 = 值，文本加引号，表头写作 [表名]（https://toml.io）"));
    }

    // The mistakes made by hand, said in the reader's language instead of the parser's English (Tomlyn 2.10.2's messages, matched by their start).
    [TestCase("name2 = \"x\n", 6, 11, "a line ends inside a quoted text (its closing \" is missing)", "引号内的文本在行内没有结束（缺少右引号 \"）")]
    [TestCase("horizon = 2050\n", 6, 1, "the key scenario.horizon is given twice (first on line 5)", "键 scenario.horizon 写了两次（第 5 行已有）")]
    [TestCase("[levers.gdp_growth]\nunit = \"%/a\"\nsource = \"s\"\npath = { 2025 = 5.1, 2030 = }\n", 9, 29,
        "no value where one was expected (after = or ,): }", "此处缺少值（= 或 , 之后）：}")]
    public void Issue16_SyntaxError_InTheReadersLanguage(string tail, int line, int column, string english, string chinese)
    {
        var en = Refused(Head + tail, UiCulture.English);
        Assert.That(en.Issues[0].ToString(), Does.StartWith($"plan.toml:{line}:{column}: found 'TOML syntax error: {english}'"), string.Join("\n", en.Issues));
        Assert.That(Rendered(Head + tail, UiCulture.Chinese)[0], Does.StartWith($"plan.toml:{line}:{column}: 发现 'TOML 语法错误：{chinese}'"));
    }

    [Test]
    public void Issue16_UnquotedChineseKey_IsOneErrorOnItsLine()
    {
        string toml = Head + "[levers.地区生产总值增速]\nunit = \"%/a\"\n";
        var e = Refused(toml, UiCulture.English);
        Assert.That(e.Issues.Select(i => (i.Line, i.ColumnNumber)), Is.EqualTo(new[] { (6, (int?)9) }), "one error for the line, not one a character");
    }

    [Test]
    public void Issue16_UnknownKey_SuggestsTheNearest()
    {
        string toml = Head + "horizn = 2070\n";
        var (zh, en) = Single(toml);
        Assert.That(en, Is.EqualTo("plan.toml:6:1: found 'horizn', expected a key of [scenario]: name, title, description, illustrative, region, base_run, base_year, "
            + "horizon, targets, budgets; did you mean horizon?"));
        Assert.That(zh, Is.EqualTo("plan.toml:6:1: 发现 'horizn'，应为 [scenario] 中的键：name, title, description, illustrative, region, base_run, base_year, "
            + "horizon, targets, budgets；是否想写 horizon？"));
    }

    [Test]
    public void Issue16_UnknownLever_SuggestsTheNearestByKeyOrByName()
    {
        var (zh, en) = Single(Head + "[levers.gdp_grwth]\nunit = \"%/a\"\nsource = \"s\"\nvalue = 5\n");
        Assert.That(en, Is.EqualTo("plan.toml:6:9: found 'gdp_grwth', expected a lever of the catalogue (emission-factors/vocabulary/scenario-levers.csv, listed in the README); "
            + "did you mean GDP growth [gdp_growth]?"));
        Assert.That(zh, Is.EqualTo("plan.toml:6:9: 发现 'gdp_grwth'，应为 杠杆目录（emission-factors/vocabulary/scenario-levers.csv，见 README）中的杠杆；是否想写 地区生产总值增速 [gdp_growth]？"));
        var (byName, _) = Single(Head + "[levers.\"煤电供电标准煤耗\"]\nunit = \"gce/kWh\"\nsource = \"s\"\npath = { 2024 = 310 }\n");
        Assert.That(byName, Does.EndWith("是否想写 煤电供电标准煤耗 [coal_power_rate]？"));
    }

    [Test]
    public void Issue16_ScenarioTable_EveryProblemTogether()
    {
        const string toml = "[scenario]\nname = \"Plan A\"\nregion = \"准格尔旗\"\nbase_run = \"newest\"\nbase_year = 2024\nhorizon = 2024\ntargets = \"missing.csv\"\n";
        using var folder = TempFolder.Create("s16toml");
        string path = Path.Combine(folder.Path, "plan.toml");
        var e = Assert.Throws<InputRejectedException>(() => ScenarioFile.Read(path, Encoding.UTF8.GetBytes(toml), Levers, Regions))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found)), Is.EqualTo(new (int, int?, string)[]
        {
            (2, 8, "\"Plan A\""), (3, 10, "\"准格尔旗\""), (4, 12, "\"newest\""), (6, 11, "2024"), (7, 11, "\"missing.csv\""),
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(e.Issues[0].Expected, Is.EqualTo("a name of lower-case letters, digits, _ and - ([a-z0-9_-]+)"));
            Assert.That(e.Issues[1].Expected, Is.EqualTo("a city (prefecture level) of the region list, by code (150600) or exact name (鄂尔多斯市)"), "a banner is not a city");
            Assert.That(e.Issues[2].Expected, Is.EqualTo("\"latest\" or the id of a stored inventory run (a positive integer)"));
            Assert.That(e.Issues[3].Expected, Is.EqualTo("a year after the base year 2024"));
            Assert.That(e.Issues[4].Expected, Is.EqualTo($"a file that exists: {Path.Combine(folder.Path, "missing.csv")} (relative to the scenario file's folder)"));
            Assert.That(e.Issues[0].ToString(), Does.StartWith($"{path}:2:8: found"));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            var zh = Assert.Throws<InputRejectedException>(() => ScenarioFile.Read(path, Encoding.UTF8.GetBytes(toml), Levers, Regions))!;
            Assert.That(zh.Issues[1].ToString(), Is.EqualTo($"{path}:3:10: 发现 '\"准格尔旗\"'，应为 地区表中的地级市，写代码（150600）或准确名称（鄂尔多斯市）"));
        }
    }

    [Test]
    public void Issue16_MissingRequiredKeys_LocatedAtTheirTable()
    {
        var (zh, en) = Single("[scenario]\nname = \"t\"\nregion = \"150600\"\n");
        Assert.That(en, Is.EqualTo("plan.toml:1:2: found 'nothing', expected horizon in [scenario]: a year, an integer from 1990 to 2100"));
        Assert.That(zh, Is.EqualTo("plan.toml:1:2: 发现 '（未填写）'，应为 [scenario] 中的 horizon：年份：1990 到 2100 之间的整数"));
    }

    [Test]
    public void Issue16_UnitSlip_RefusedWithTheCataloguesUnit()
    {
        // Line 7: unit = "%" — the value at column 8.
        var (zh, en) = Single(Head + "[levers.gdp_growth]\nunit = \"%\"\nsource = \"s\"\nvalue = 5\n");
        Assert.That(en, Is.EqualTo("plan.toml:7:8: found '\"%\"', expected the unit of GDP growth [gdp_growth]: %/a (a unit is never converted)"));
        Assert.That(zh, Is.EqualTo("plan.toml:7:8: 发现 '\"%\"'，应为 地区生产总值增速 [gdp_growth] 的单位：%/a（单位不会自动换算）"));
    }

    [Test]
    public void Issue16_ShareTypedAsFraction_RefusedWithTheHint()
    {
        // Line 9: path = { 2024 = 0.3, 2030 = 0.45 } — the first value, 0.3, at column 17.
        var (zh, en) = Single(Head + "[levers.electrification]\nunit = \"%\"\nsource = \"s\"\npath = { 2024 = 0.3, 2030 = 0.45 }\n");
        Assert.That(en, Is.EqualTo("plan.toml:9:17: found '0.3, 0.45', expected electrification of industry and buildings [electrification] in % (0–100), not a fraction of 1; "
            + "looks like a fraction: write 30 (%), not 0.3"));
        Assert.That(zh, Is.EqualTo("plan.toml:9:17: 发现 '0.3, 0.45'，应为 工业和建筑电气化率 [electrification] 以 % 计（0–100），不是 1 以内的小数；看起来是小数形式的比例：请写 30（%），不是 0.3"));

        // The same values under a unit slip: the unit is refused, with the same hint.
        var (zhUnit, enUnit) = Single(Head + "[levers.nev_share]\nunit = \"fraction\"\nsource = \"s\"\npath = { 2024 = 0.02, 2030 = { dist = \"uniform\", min = 0.2, max = 0.4 } }\n");
        Assert.That(enUnit, Is.EqualTo("plan.toml:7:8: found '\"fraction\"', expected the unit of new-energy vehicles and mining trucks [nev_share]: % (a unit is never converted); "
            + "looks like a fraction: write 2 (%), not 0.02"));
        Assert.That(zhUnit, Is.EqualTo("plan.toml:7:8: 发现 '\"fraction\"'，应为 新能源车辆比重 [nev_share] 的单位：%（单位不会自动换算）；看起来是小数形式的比例：请写 2（%），不是 0.02"));
    }

    [Test]
    public void Issue16_TonnesForTenThousandTonnes_RefusedWithTheHint()
    {
        var (zh, en) = Single(Head + "[levers.ccus_capture]\nunit = \"t\"\nsource = \"s\"\npath = { 2024 = 0, 2030 = 40000 }\n"); // 40,000 万吨: within the catalogue's 100,000, so the unit is the only issue
        Assert.That(en, Is.EqualTo("plan.toml:7:8: found '\"t\"', expected the unit of CCUS capture [ccus_capture]: 万吨 (a unit is never converted); "
            + "CCUS capture [ccus_capture] is in 万吨 (10^4 t): divide tonnes by 10 000"));
        Assert.That(zh, Is.EqualTo("plan.toml:7:8: 发现 '\"t\"'，应为 CCUS捕集量 [ccus_capture] 的单位：万吨（单位不会自动换算）；CCUS捕集量 [ccus_capture] 以万吨（10^4 t）计：吨数除以 10000"));
    }

    [Test]
    public void Issue16_SourceMissingOrBlank_Refused()
    {
        var (zh, en) = Single(Head + "[levers.gdp_growth]\nunit = \"%/a\"\nvalue = 5\n");
        Assert.That(en, Is.EqualTo("plan.toml:6:9: found 'nothing', expected source = \"…\": where the figures of GDP growth [gdp_growth] come from "
            + "(a plan's section, a statistic, or \"illustrative\" with the reason)"));
        Assert.That(zh, Is.EqualTo("plan.toml:6:9: 发现 '（未填写）'，应为 source = \"…\"：地区生产总值增速 [gdp_growth] 数值的出处（规划条款、统计资料，或写明“示意”及理由）"));
        var (_, blank) = Single(Head + "[levers.gdp_growth]\nunit = \"%/a\"\nsource = \"  \"\nvalue = 5\n");
        Assert.That(blank, Does.StartWith("plan.toml:8:10: found '\"  \"', expected source = "));
    }

    [Test]
    public void Issue16_PathValueFrom_ByKind()
    {
        string toml = Head
            + "[levers.renewable_capacity]\nunit = \"GW\"\nsource = \"s\"\nvalue = 50\n"             // lines 6–9: a level takes a path only
            + "[levers.ev_energy_ratio]\nunit = \"ratio\"\nsource = \"s\"\npath = { 2025 = 0.3 }\n" // lines 10–13: a ratio takes a value only
            + "[levers.coal_output]\nunit = \"%/a\"\nsource = \"s\"\npath = { 2025 = 1 }\nfrom = 2026\n" // lines 14–18: from goes with value
            + "[levers.sink]\nunit = \"%/a\"\nsource = \"s\"\n";                                    // lines 19–21: neither path nor value
        var en = Refused(toml, UiCulture.English);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found)), Is.EqualTo(new (int, int?, string)[]
        {
            (9, 1, "value"), (13, 1, "path"), (18, 1, "from"), (19, 9, "nothing"),
        }));
        var zh = Refused(toml, UiCulture.Chinese);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(en.Issues[0].Expected, Is.EqualTo("for renewable capacity [renewable_capacity], a level: path = { year = value, … } only (value and from are for rates)"));
            Assert.That(zh.Issues[0].Expected, Is.EqualTo("新能源装机容量 [renewable_capacity] 是水平值：只能写 path = { 年份 = 数值, … }（value 和 from 只用于增长率）"));
            Assert.That(en.Issues[1].Expected, Is.EqualTo("for electric to fuel vehicle energy ratio [ev_energy_ratio], a fixed ratio: value = … only (no path, no from)"));
            Assert.That(zh.Issues[1].Expected, Is.EqualTo("电动与燃油车辆单位能耗比 [ev_energy_ratio] 是固定比值：只能写 value = …（不能写 path 或 from）"));
            Assert.That(en.Issues[2].Expected, Is.EqualTo("for coal output growth [coal_output], a rate in %/a: path = { year = value, … } or value = … (optionally from = year)"));
            Assert.That(zh.Issues[3].Expected, Is.EqualTo("林草碳汇增速 [sink] 是年增长率（%/a）：写 path = { 年份 = 数值, … } 或 value = …（可加 from = 年份）"));
        }
    }

    [Test]
    public void Issue16_PathYears_WithinTheHorizonAndIncreasing()
    {
        // Line 9: path = { 1989 = 1, 2030 = 2, 2029 = 3, 2070 = 1, y = 2 }: keys at columns 10, 20, 30, 40, 50.
        string toml = Head + "[levers.gdp_growth]\nunit = \"%/a\"\nsource = \"s\"\npath = { 1989 = 1, 2030 = 2, 2029 = 3, 2070 = 1, y = 2 }\n";
        var en = Refused(toml, UiCulture.English);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found, i.Expected)), Is.EqualTo(new (int, int?, string, string)[]
        {
            (9, 10, "1989", "a year as the key of a point, an integer from 1990 to the horizon 2060"),
            (9, 30, "2029", "years in increasing order: a year after 2030"),
            (9, 40, "2070", "a year as the key of a point, an integer from 1990 to the horizon 2060"),
            (9, 50, "y", "a year as the key of a point, an integer from 1990 to the horizon 2060"),
        }));
        var zh = Rendered(toml, UiCulture.Chinese);
        Assert.That(zh[1], Is.EqualTo("plan.toml:9:30: 发现 '2029'，应为 年份从小到大排列：应晚于 2030"));
        Assert.That(zh[0], Is.EqualTo("plan.toml:9:10: 发现 '1989'，应为 路径点的键应为年份：1990 到展望年 2060 之间的整数"));
    }

    // Line 9 is "value = { dist = … }": the column is that of the offending value, counted by hand.
    [TestCase("{ dist = \"normal\", mean = 3, sd = 0 }", 43, "0", "a standard deviation sd > 0", "标准差 sd > 0")]
    [TestCase("{ dist = \"lognormal\", median = 3, gsd = 1 }", 49, "1", "a geometric standard deviation gsd > 1", "几何标准差 gsd > 1")]
    [TestCase("{ dist = \"lognormal\", median = 0, gsd = 1.5 }", 40, "0", "a median > 0", "中位数 median > 0")]
    [TestCase("{ dist = \"triangular\", min = 3, mode = 5, max = 4 }", 48, "min = 3, mode = 5, max = 4", "min ≤ mode ≤ max and min < max", "min ≤ mode ≤ max 且 min < max（三角分布）")]
    [TestCase("{ dist = \"triangular\", min = 4, mode = 4, max = 4 }", 48, "min = 4, mode = 4, max = 4", "min ≤ mode ≤ max and min < max", "min ≤ mode ≤ max 且 min < max（三角分布）")]
    [TestCase("{ dist = \"uniform\", min = 4, max = 4 }", 35, "min = 4, max = 4", "min < max", "min < max（均匀分布）")]
    [TestCase("{ dist = \"beta\", a = 1, b = 2 }", 18, "\"beta\"", "dist one of normal (mean, sd), lognormal (median, gsd), triangular (min, mode, max), uniform (min, max)",
        "dist 取 normal（正态：mean, sd）、lognormal（对数正态：median, gsd）、triangular（三角：min, mode, max）、uniform（均匀：min, max）之一")]
    [TestCase("{ dist = \"normal\", mean = 3 }", 1, "nothing", "the parameters of a normal distribution: mean, sd", "normal 分布的参数：mean, sd")]
    [TestCase("{ dist = \"normal\", mean = 3, sd = 1, median = 2 }", 46, "median", "a key of [levers.energy_intensity_industry.value]: dist, mean, sd; did you mean mean?",
        "[levers.energy_intensity_industry.value] 中的键：dist, mean, sd；是否想写 mean？")]
    public void Issue16_Distribution_Refused(string point, int column, string found, string expectedEn, string expectedZh)
    {
        string toml = Head + "[levers.energy_intensity_industry]\nunit = \"%/a\"\nsource = \"s\"\nvalue = " + point + "\n";
        var en = Refused(toml, UiCulture.English);
        var zh = Refused(toml, UiCulture.Chinese);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found, i.Expected)), Is.EqualTo(new[] { (9, (int?)column, found, expectedEn) }));
        Assert.That(zh.Issues.Single().Expected, Is.EqualTo(expectedZh));
    }

    [Test]
    public void Issue16_NormalWhoseTailsLeaveThePlausibleRange_RefusedAtItsSpread()
    {
        // The breaker's normal(40, 40) industry efficiency: draws above 100 %/a made (1 − ei/100) negative and the 2060 mean 1.1e17 t.
        // Draws run between the 0.1 % and 99.9 % quantiles: 40 ± 3.0902323 × 40 = −83.6 … 163.6 %/a, outside −50 … 50 %/a. Line 9 is
        // "value = { dist = "normal", mean = 40, sd = 40 }"; sd's value starts at column 44. A normal(2, 1) (−1.09 … 5.09) reads.
        string toml = Head + "[levers.energy_intensity_industry]\nunit = \"%/a\"\nsource = \"s\"\nvalue = { dist = \"normal\", mean = 40, sd = 40 }\n";
        var en = Refused(toml, UiCulture.English);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found)), Is.EqualTo(new[] { (9, (int?)44, "40") }));
        Assert.That(en.Issues.Single().Expected, Does.StartWith("a spread whose draws stay plausible: the distribution reaches -83.6093 at its 0.1 % quantile"));
        string ok = Head + "[levers.energy_intensity_industry]\nunit = \"%/a\"\nsource = \"s\"\nvalue = { dist = \"normal\", mean = 2, sd = 1 }\n";
        Assert.That(ScenarioFile.Read(File, Encoding.UTF8.GetBytes(ok), Levers, Regions).Levers, Has.Count.EqualTo(1));
    }

    [Test]
    public void Issue16_PlausibleRanges_ByUnit()
    {
        string toml = Head
            + "[levers.gdp_growth]\nunit = \"%/a\"\nsource = \"s\"\nvalue = 60\n"                                    // line 9, value at 9
            + "[levers.electrification]\nunit = \"%\"\nsource = \"s\"\npath = { 2030 = 120 }\n"                        // line 13, 120 at 17
            + "[levers.renewable_capacity]\nunit = \"GW\"\nsource = \"s\"\npath = { 2030 = { dist = \"uniform\", min = -1, max = 5 } }\n" // line 17: min -1 at 43
            + "[levers.ev_energy_ratio]\nunit = \"ratio\"\nsource = \"s\"\nvalue = 0\n";                              // line 21, 0 at 9
        var en = Refused(toml, UiCulture.English);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found, i.Expected)), Is.EqualTo(new (int, int?, string, string)[]
        {
            (9, 9, "60", "a value of GDP growth [gdp_growth] from -50 to 50 %/a"),
            (13, 17, "120", "a value of electrification of industry and buildings [electrification] from 0 to 100 %"),
            (17, 43, "-1", "a value of renewable capacity [renewable_capacity] ≥ 0 GW"),
            (21, 9, "0", "a value of electric to fuel vehicle energy ratio [ev_energy_ratio] > 0"),
        }));
        var zh = Refused(toml, UiCulture.Chinese);
        Assert.That(zh.Issues.Select(i => i.Expected), Is.EqualTo(new[]
        {
            "地区生产总值增速 [gdp_growth] 的取值范围：-50 到 50 %/a", "工业和建筑电气化率 [electrification] 的取值范围：0 到 100 %",
            "新能源装机容量 [renewable_capacity] 的取值 ≥ 0 GW", "电动与燃油车辆单位能耗比 [ev_energy_ratio] 的取值 > 0",
        }));
    }

    [Test]
    public void Issue16_RegionOverride_OnACitySharedLever_Refused()
    {
        // Line 10: [levers.renewable_capacity.regions.150622] — "regions" at column 28.
        string toml = Head + "[levers.renewable_capacity]\nunit = \"GW\"\nsource = \"s\"\npath = { 2025 = 50 }\n"
            + "[levers.renewable_capacity.regions.150622]\nsource = \"s\"\npath = { 2025 = 8 }\n";
        var (zh, en) = Single(toml);
        Assert.That(en, Is.EqualTo("plan.toml:10:28: found 'regions', expected no regions table: renewable capacity [renewable_capacity] is a city total shared among the "
            + "regions by their base-year renewable capacity; a region's own setting is only for a lever each region has"));
        Assert.That(zh, Is.EqualTo("plan.toml:10:28: 发现 'regions'，应为 不能写 regions 表：新能源装机容量 [renewable_capacity] 是全市总量，按各地区基准年的 新能源装机容量 分配；"
            + "各地区单独设置只用于各地区各自取值的杠杆"));
        // A city path moved by its change (electrification) has no regions either.
        var (_, delta) = Single(Head + "[levers.electrification.regions.150622]\nsource = \"s\"\nunit = \"%\"\npath = { 2030 = 40 }\n");
        Assert.That(delta, Does.StartWith("plan.toml:6:25: found 'regions', expected no regions table: electrification of industry and buildings [electrification] is a city path"));
    }

    [Test]
    public void Issue16_RegionOverride_OnlyForRegionsBelowTheCity()
    {
        // Line 10: [levers.gdp_growth.regions.150600] — the city itself at column 28.
        string toml = Head + "[levers.gdp_growth]\nunit = \"%/a\"\nsource = \"s\"\nvalue = 5\n[levers.gdp_growth.regions.150600]\nsource = \"s\"\nvalue = 6\n";
        var (zh, en) = Single(toml);
        Assert.That(en, Does.StartWith("plan.toml:10:28: found '150600', expected a region of 150600 Ordos: the code or exact name of one of 150602 Dongsheng District, "));
        Assert.That(zh, Does.StartWith("plan.toml:10:28: 发现 '150600'，应为 150600 鄂尔多斯市 下辖地区：150602 东胜区、150603 康巴什区、"));
    }

    [Test]
    public void Issue16_Correlations_Refused()
    {
        string toml = Head
            + "[levers.gdp_growth]\nunit = \"%/a\"\nsource = \"s\"\nvalue = { dist = \"normal\", mean = 5, sd = 1 }\n"     // lines 6–9
            + "[levers.coal_output]\nunit = \"%/a\"\nsource = \"s\"\nvalue = 1\n"                                           // lines 10–13: fixed
            + "[levers.sink]\nunit = \"%/a\"\nsource = \"s\"\nvalue = { dist = \"uniform\", min = 0, max = 2 }\n"             // lines 14–17
            + "[[correlation]]\na = \"gdp_growth\"\nb = \"coal_output\"\nrho = 0.3\n"                                    // 18–21: b has no distribution
            + "[[correlation]]\na = \"sink\"\nb = \"sink\"\nrho = 0.3\n"                                                 // 22–25: a = b
            + "[[correlation]]\na = \"sink\"\nb = \"gdp_growth\"\nrho = 1\n"                                             // 26–29: rho = 1
            + "[[correlation]]\na = \"gdp_growth\"\nb = \"sink\"\nrho = 0.2\n";                                         // 30–33: the pair again
        var en = Refused(toml, UiCulture.English);
        Assert.That(en.Issues.Select(i => (i.Line, i.ColumnNumber, i.Found, i.Expected)), Is.EqualTo(new (int, int?, string, string)[]
        {
            (20, 5, "\"coal_output\"", "a lever set in this file with a distribution (key or key@region): gdp_growth, sink"),
            (24, 5, "\"sink\"", "a lever other than a = sink"),
            (29, 7, "1", "a correlation rho with −1 < rho < 1"),
            (30, 3, "a = gdp_growth, b = sink", "each pair correlated once: gdp_growth and sink are already at plan.toml:26:3"),
        }));
        var zh = Refused(toml, UiCulture.Chinese);
        Assert.That(zh.Issues.Select(i => i.Expected), Is.EqualTo(new[]
        {
            "本文件中设置了分布的杠杆（键 或 键@地区）：gdp_growth, sink", "不同于 a = sink 的杠杆", "相关系数 rho，−1 < rho < 1",
            "每对杠杆只设一次相关：gdp_growth 与 sink 已在 plan.toml:26:3 设置",
        }));
    }

    [Test]
    public void Issue16_Correlation_OfARegionsOwnSetting_ByNameOrCode()
    {
        string toml = Head
            + "[levers.gdp_growth.regions.150622]\nunit = \"%/a\"\nsource = \"s\"\nvalue = { dist = \"normal\", mean = 7, sd = 1 }\n"
            + "[levers.sink]\nunit = \"%/a\"\nsource = \"s\"\nvalue = { dist = \"uniform\", min = 0, max = 2 }\n"
            + "[[correlation]]\na = \"gdp_growth@准格尔旗\"\nb = \"sink\"\nrho = 0.5\n";
        var s = ScenarioFile.Read(File, Encoding.UTF8.GetBytes(toml), Levers, Regions);
        Assert.That(s.Setting("gdp_growth"), Is.Null, "no city-wide setting: other banners take the catalogue's default");
        Assert.That(s.Correlations.Single(), Is.EqualTo(new LeverCorrelation("gdp_growth@150622", "sink", 0.5, "plan.toml:14:3")));
    }

    [Test]
    public void Issue16_Gb18030File_IsRead()
    {
        string toml = "[scenario]\nname = \"t\"\ntitle = \"规划情景（示意）\"\nregion = \"鄂尔多斯市\"\nhorizon = 2060\n"
            + "[levers.coal_power_rate]\nunit = \"gce/kWh\"\nsource = \"鄂环发〔2023〕76号\"\npath = { 2020 = 310 }\n";
        byte[] bytes = TextDecoding.Gb18030.GetBytes(toml);
        Assert.That(bytes, Is.Not.EqualTo(Encoding.UTF8.GetBytes(toml)), "the file really is GB18030, not UTF-8");
        var s = ScenarioFile.Read(File, bytes, Levers, Regions);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Title, Is.EqualTo("规划情景（示意）"));
            Assert.That(s.Region, Is.EqualTo(RegionCode.Parse("150600")));
            Assert.That(s.Levers.Single().Source, Is.EqualTo("鄂环发〔2023〕76号"));
            Assert.That(s.ContentSha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))), "the hash of the bytes as stored");
        }
    }

    [Test]
    public void Issue16_Utf8BomFile_IsRead_AndColumnsDoNotCountTheBom()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        byte[] good = [.. bom, .. Encoding.UTF8.GetBytes("[scenario]\nname = \"t\"\ntitle = \"规划\"\nregion = \"150600\"\nhorizon = 2060\n")];
        var s = ScenarioFile.Read(File, good, Levers, Regions);
        Assert.That((s.Title, s.ContentSha256), Is.EqualTo(("规划", Convert.ToHexStringLower(SHA256.HashData(good)))));
        // "[scenario] x" on line 1: the stray x at column 12 whether or not a BOM precedes it.
        byte[] bad = [.. bom, .. Encoding.UTF8.GetBytes("[scenario] x\nname = \"t\"\nregion = \"150600\"\nhorizon = 2060\n")];
        var e = Assert.Throws<InputRejectedException>(() => ScenarioFile.Read(File, bad, Levers, Regions))!;
        Assert.That((e.Issues[0].Line, e.Issues[0].ColumnNumber), Is.EqualTo((1, (int?)12)));
    }

    [Test]
    public void Issue16_Workbook_RefusedAsNotText()
    {
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00];
        var e = Assert.Throws<InputRejectedException>(() => ScenarioFile.Read(File, zip, Levers, Regions))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Found, i.Expected)), Is.EqualTo(new[] { (0, "an Excel workbook (.xlsx) or another zip archive", "a scenario file: TOML text in UTF-8 or GB18030") }));
    }

    [Test]
    public void Issue16_FilePointBeforeTheBaseYear_RequiredForAFileBasedLevel()
    {
        // coal_power_rate takes its base-year value from the file (catalogue base = file): a path starting after base_year 2024 is refused.
        var (zh, en) = Single(Head + "[levers.coal_power_rate]\nunit = \"gce/kWh\"\nsource = \"s\"\npath = { 2025 = 305 }\n");
        Assert.That(en, Is.EqualTo("plan.toml:9:1: found 'path = { … }', expected a point at or before the base year 2024: coal-power supply coal rate [coal_power_rate] "
            + "has no base-year value in the inventory"));
        Assert.That(zh, Is.EqualTo("plan.toml:9:1: 发现 'path = { … }'，应为 基准年 2024 或更早的路径点：煤电供电标准煤耗 [coal_power_rate] 在清单中没有基准年数值"));
    }

    /// <summary>The file's only issue, in Chinese and in English.</summary>
    private static (string Zh, string En) Single(string toml)
    {
        var en = Refused(toml, UiCulture.English);
        Assert.That(en.Issues, Has.Count.EqualTo(1), string.Join("\n", en.Issues));
        return (Rendered(toml, UiCulture.Chinese)[0], en.Issues[0].ToString());
    }

    /// <summary>The file's issues as the reader of <paramref name="culture"/> sees them (the message frame is chosen when shown).</summary>
    private static List<string> Rendered(string toml, CultureInfo culture)
    {
        var e = Refused(toml, culture);
        using var _ = UiCulture.Use(culture);
        return [.. e.Issues.Select(i => i.ToString())];
    }

    private static InputRejectedException Refused(string toml, CultureInfo culture)
    {
        using var _ = UiCulture.Use(culture);
        return Assert.Throws<InputRejectedException>(() => ScenarioFile.Read(File, Encoding.UTF8.GetBytes(toml), Levers, Regions))!;
    }
}
