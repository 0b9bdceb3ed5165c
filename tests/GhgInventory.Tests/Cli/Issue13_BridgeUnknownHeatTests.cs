using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using GhgInventory.Cli;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;
using Spectre.Console;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 13, a banner official's finding: a CHP plant (fuel at 1.A.1.a.ii) with no output rows has an unknown heat output, yet the
/// bridge showed its heat supply as 0 (table, trend, explain) and the CSV and XLSX left "+ heat used × heat factor" an empty cell without a key.</summary>
/// <remarks>
/// Raw coal 20,908 kJ/kg, 26.37 tC/TJ, oxidation 0.94 (china-provincial-2011): 1.9002988488 t CO2/t; energy industries CH4 1 kg/TJ,
/// N2O 1.5 kg/TJ (IPCC 2006 Vol 2 Table 2.2); AR5 28/265. 100 万吨 = 1e6 t at 1.A.1.*: CO2 1,900,298.8488 + CH4 20.908 t × 28 = 585.424
/// + N2O 31.362 t × 265 = 8,310.93 = 1,909,195.2028 t CO2e. Grid 华北 2023 0.6361 kg CO2/kWh: 1 亿kWh = 63,610 t.
/// </remarks>
[TestFixture]
public sealed class Issue13_BridgeUnknownHeatTests
{
    private const double MillionTonnesCoalCo2e = 1_909_195.2028;

    private TempDatabase database = null!;
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        temp = TempFolder.Create("ghg-bridge-heat-ne");
    }

    [TearDown]
    public void TearDown()
    {
        database.Dispose();
        temp.Dispose();
    }

    private CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", database.Path]);

    private CliResult GhgZh(params string[] args) => CliRunner.RunZh([.. args, "--db", database.Path]);

    private void IngestAndCompile(string region, params string[] rows)
    {
        string file = Path.Combine(temp.Path, "rows.csv");
        File.WriteAllText(file, ActivityFile.TextWithHeader(ActivityFile.UseHeader, rows), Encoding.UTF8);
        var ingested = Ghg("ingest", file);
        Assert.That(ingested.ExitCode, Is.EqualTo(ExitCodes.Success), ingested.ToString());
        var compiled = Ghg("compile", "--year", "2023", "--region", region);
        Assert.That(compiled.ExitCode, Is.EqualTo(ExitCodes.Success), compiled.ToString());
    }

    private JsonElement BridgeJson(string region)
    {
        var report = Ghg("report", "--year", "2023", "--region", region, "--format", "json");
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        using var json = JsonDocument.Parse(report.Out);
        return json.RootElement.GetProperty("electricity_bridge").Clone();
    }

    /// <summary>The bridge rows of the totals CSV written by <c>report --format csv --out</c> in Chinese: label → (CO2e field, key field).</summary>
    private Dictionary<string, (string Co2e, string Key)> CsvBridge(string region)
    {
        string csv = Path.Combine(temp.Path, "report.csv");
        var written = GhgZh("report", "--year", "2023", "--region", region, "--format", "csv", "--out", csv);
        Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
        return File.ReadAllLines(Path.Combine(temp.Path, "report-totals.csv"), Encoding.UTF8)
            .Select(l => l.Split(','))
            .Where(f => f.Length >= 11 && f[3] == "电力热力调整")
            .ToDictionary(f => f[5].Trim('"').TrimStart('\''), f => (f[9], f[10]));
    }

    /// <summary>The bridge sheet of <c>report --format xlsx --out</c> in Chinese: label → (CO2e cell as text, key cell).</summary>
    private Dictionary<string, (string Co2e, string Key)> XlsxBridge(string region)
    {
        string xlsx = Path.Combine(temp.Path, "report.xlsx");
        var written = GhgZh("report", "--year", "2023", "--region", region, "--format", "xlsx", "--out", xlsx);
        Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
        using var book = new XLWorkbook(xlsx);
        var sheet = book.Worksheet("电力热力调整");
        var rows = new Dictionary<string, (string, string)>();
        for (int row = XlsxTemplate.HeaderRow + 1; !sheet.Cell(row, 1).IsEmpty(); row++)
        {
            var value = sheet.Cell(row, 2);
            rows[sheet.Cell(row, 1).GetString().TrimStart('\'')] = (value.IsEmpty() ? "" : value.DataType == XLDataType.Number
                ? value.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : value.GetString(), sheet.Cell(row, 3).GetString());
        }
        return rows;
    }

    private string Html(string region)
    {
        string html = Path.Combine(temp.Path, "report.html");
        var written = GhgZh("report", "--year", "2023", "--region", region, "--format", "html", "--out", html);
        Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
        return File.ReadAllText(html, Encoding.UTF8);
    }

    /// <summary>The trend's bridge table (one year) of <paramref name="region"/> in Chinese, as <c>ghg demo</c> prints it.</summary>
    private string Trend(string region)
    {
        using var workspace = Workspace.OpenReadOnly(database.Path, TestClock.Create());
        var run = workspace.Runs.Find(1)!;
        var summary = workspace.Summarize(run, RegionCode.Parse(region), 2023);
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        TrendReport.Write(console, [summary], new ReportNames(ReportLanguage.Zh, workspace.References.LoadActivities()));
        return output.ToString();
    }

    private static string Line(string text, string label) =>
        text.Split('\n').FirstOrDefault(l => l.Contains(label, StringComparison.Ordinal)) ?? $"(no line with {label})";

    [Test]
    public void Issue13_ChpWithoutOutputs_HeatStays_HeatSupplyIsNeNeverZero_InEveryFormat()
    {
        // 准格尔旗: CHP 100 万吨 coal with no electricity_generation and no heat_supply row; 1 亿kWh and 50 万GJ used at 1.A.4.b, no heat factor
        // anywhere (no heat supply is known): heat stays. The split is unknown, so the heat supply that stays is NE (was 0); the
        // generation emissions are 1,909,195.2028 + NE (all provisionally electricity); heat used × heat factor is NE (was an empty CSV/XLSX
        // cell); consumption = 1,909,195.2028 − 1,909,195.2028 + 63,610 = 63,610 + NE.
        IngestAndCompile("150622",
            "150622,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150622,2023,1.A.4.b,electricity,1,亿千瓦时,t,,",
            "150622,2023,1.A.4.b,heat,50,万吉焦,t,,");
        var b = BridgeJson("150622");
        string table = GhgZh("report", "--year", "2023", "--region", "150622").Out;
        string tableEn = Ghg("report", "--year", "2023", "--region", "150622").Out;
        var csv = CsvBridge("150622");
        var xlsx = XlsxBridge("150622");
        string explain = Ghg("explain", "--year", "2023", "--region", "150622", "--bridge").Out;
        string html = Html("150622");
        string trend = Trend("150622");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("heat_supply_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("heat_supply_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("heat_supply_stayed_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("heat_supply_stayed_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("heat_supply_removed_co2e_t").GetDouble(), Is.Zero, "heat stays: the rule removes nothing");
            Assert.That(b.GetProperty("purchased_heat_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("purchased_heat_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("electricity_generation_co2e_t").GetDouble(), Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(b.GetProperty("electricity_generation_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("consumption_based_co2e_t").GetDouble(), Is.EqualTo(63_610).Within(1e-6));
            Assert.That(b.GetProperty("consumption_based_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));

            Assert.That(Line(table, "供热排放留在属地口径"), Does.Contain(": NE 万吨 CO2e"), table);
            Assert.That(Line(tableEn, "heat supply staying territorial"), Does.Contain(": NE 10^4 t CO2e"), tableEn);
            Assert.That(Line(table, "− 发电排放"), Does.Match(@"│\s*-190\.9 \+ NE\s*│"));
            Assert.That(Line(table, "消费端排放合计"), Does.Match(@"│\s*6\.4 \+ NE\s*│"));
            Assert.That(table, Does.Contain("热电联产（无发电量行，无供热量行）：电热分摊未知"));

            Assert.That(csv["加：用热量 × 热力排放因子"], Is.EqualTo(("", "NE")), "never an empty cell without a key");
            Assert.That(csv["减：本地供热排放"], Is.EqualTo(("0", "")));
            Assert.That(csv["减：本地发电排放"], Is.EqualTo(("-1909195.203", "NE")));
            Assert.That(csv["消费端排放"], Is.EqualTo(("63610", "NE")));
            Assert.That(xlsx["加：用热量 × 热力排放因子"], Is.EqualTo(("NE", "NE")));
            Assert.That(xlsx["消费端排放"], Is.EqualTo(("63610", "NE")));

            Assert.That(explain, Does.Contain("Heat-supply emissions: NE t CO2e"));
            Assert.That(explain, Does.Contain("staying territorial NE t"));
            Assert.That(explain, Does.Contain("+ heat used × heat factor: NE"));
            Assert.That(explain, Does.Contain("= 1,909,195.2 − (1,909,195.2 + NE) + 63,610 − 0 + NE = 63,610 + NE t CO2e"));

            Assert.That(html, Does.Match("供热排放留在属地口径[^<]*</td><td class=\"num\"><span class=\"key\"[^>]*>NE</span>"));

            Assert.That(Line(trend, "供热排放留在属地"), Does.Match(@"│\s*NE\s*│"), trend);
            Assert.That(Line(trend, "+ 用热 × 热力因子"), Does.Match(@"│\s*NE\s*│"), trend);
            Assert.That(Line(trend, "热电联产电力份额"), Does.Match(@"│\s*NE\s*│"), trend);
        }
    }

    [Test]
    public void Issue13_ChpWithoutOutputs_HeatPricedFromAnotherBanner_HeatSupplyRemovedIsNeNeverZero()
    {
        // The official's case: 达拉特旗 150621 heat plant 100 万吨 at 1.A.1.a.iii supplying 1000 万GJ; 准格尔旗 150622 a CHP of 100 万吨 with no
        // output rows and 1000 万GJ heat used. Compiled for the city, 准格尔旗's heat is priced at the city's derived factor
        // 1,909,195.2028 t / 1e7 GJ (its own CHP derives none): heat moves there, 1e7 GJ × 0.19091952028 = 1,909,195.2028 t. Its heat supply
        // removed rests on the CHP's unknown split alone: NE (was "− 本地供热排放 0"). Consumption = 1,909,195.2028 − 1,909,195.2028 − 0
        // + 1,909,195.2028 = 1,909,195.2028 + NE.
        IngestAndCompile("150600",
            "150621,2023,1.A.1.a.iii,raw_coal,100,万吨,t,,",
            "150621,2023,1.A.1.a.iii,heat_supply,1000,万吉焦,t,,",
            "150622,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150622,2023,1.A.4.b,heat,1000,万吉焦,t,,");
        var b = BridgeJson("150622");
        string table = GhgZh("report", "--year", "2023", "--region", "150622").Out;
        var csv = CsvBridge("150622");
        var xlsx = XlsxBridge("150622");
        string explain = Ghg("explain", "--year", "2023", "--region", "150622", "--bridge").Out;
        string html = Html("150622");
        string trend = Trend("150622");
        var city = BridgeJson("150600");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("purchased_heat_co2e_t").GetDouble(), Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(b.GetProperty("heat_supply_removed_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("heat_supply_removed_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("heat_supply_stayed_co2e_t").GetDouble(), Is.Zero, "heat moves: nothing stays");
            Assert.That(b.GetProperty("consumption_based_co2e_t").GetDouble(), Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(b.GetProperty("consumption_based_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));

            Assert.That(Line(table, "− 供热排放"), Does.Match(@"│\s*NE\s*│"), table);
            Assert.That(csv["减：本地供热排放"], Is.EqualTo(("", "NE")));
            Assert.That(csv["加：用热量 × 热力排放因子"], Is.EqualTo(("1909195.203", "")));
            Assert.That(xlsx["减：本地供热排放"], Is.EqualTo(("NE", "NE")));
            Assert.That(explain, Does.Contain("Heat-supply emissions: NE t CO2e").And.Contain("removed where heat is used NE t"));
            Assert.That(html, Does.Match("− 供热排放 \\(供热厂[^<]*</td><td class=\"num\"><span class=\"key\"[^>]*>NE</span>"));
            Assert.That(Line(trend, "− 供热排放"), Does.Match(@"│\s*NE\s*│"), trend);

            // The city: the heat plant's 1,909,195.2028 t removed beside the CHP's unknown heat share: x + NE.
            Assert.That(city.GetProperty("heat_supply_removed_co2e_t").GetDouble(), Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(city.GetProperty("heat_supply_removed_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
        }
    }

    [Test]
    public void Issue13_ChpWithBothOutputs_ShowsItsNumbersWithNoNe()
    {
        // CHP 100 万吨 coal, 15 亿kWh (5.4e6 GJ) and 1000 万GJ: electricity share 5.4 / 15.4 = 0.350649350649, electricity 669,458.0581 t,
        // heat 1,239,737.1447 t. 1 亿kWh (63,610 t) and 500 万GJ used at 1.A.4.b: heat moves at the derived factor 1,239,737.1447 / 1e7 GJ
        // = 0.12397371447 t/GJ, 5e6 GJ × that = 619,868.5723 t. Consumption = 1,909,195.2028 − 669,458.0581 − 1,239,737.1447 + 63,610
        // + 619,868.5723 = 683,478.5723 t, complete: everything is known, no NE added.
        IngestAndCompile("150622",
            "150622,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150622,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150622,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,,",
            "150622,2023,1.A.4.b,electricity,1,亿千瓦时,t,,",
            "150622,2023,1.A.4.b,heat,500,万吉焦,t,,");
        var b = BridgeJson("150622");
        string table = GhgZh("report", "--year", "2023", "--region", "150622").Out;
        var csv = CsvBridge("150622");
        var xlsx = XlsxBridge("150622");
        string explain = Ghg("explain", "--year", "2023", "--region", "150622", "--bridge").Out;
        string trend = Trend("150622");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("electricity_generation_co2e_t").GetDouble(), Is.EqualTo(669_458.0581).Within(1e-3));
            Assert.That(b.GetProperty("heat_supply_co2e_t").GetDouble(), Is.EqualTo(1_239_737.1447).Within(1e-3));
            Assert.That(b.GetProperty("heat_supply_removed_co2e_t").GetDouble(), Is.EqualTo(1_239_737.1447).Within(1e-3));
            Assert.That(b.GetProperty("heat_supply_stayed_co2e_t").GetDouble(), Is.Zero);
            Assert.That(b.GetProperty("purchased_heat_co2e_t").GetDouble(), Is.EqualTo(619_868.5723).Within(1e-3));
            Assert.That(b.GetProperty("consumption_based_co2e_t").GetDouble(), Is.EqualTo(683_478.5723).Within(1e-3));
            Assert.That(b.GetProperty("net_export_co2e_t").GetDouble(), Is.EqualTo(669_458.0581 * 14 / 15).Within(1e-3));
            foreach (var field in b.EnumerateObject())
            {
                Assert.That(field.Name, Does.Not.EndWith("_incomplete").And.Not.EndWith("_notation"), "nothing in this bridge is unknown");
            }

            string bridge = table[table.IndexOf("电力热力调入调出", StringComparison.Ordinal)..];
            bridge = bridge[..bridge.IndexOf("电网因子", StringComparison.Ordinal)];
            Assert.That(bridge, Does.Not.Contain("NE"), bridge);
            Assert.That(Line(table, "− 供热排放"), Does.Match(@"│\s*-124\.0\s*│"));
            Assert.That(Line(table, "− 发电排放"), Does.Match(@"│\s*-66\.9\s*│"));
            Assert.That(Line(table, "消费端排放合计"), Does.Match(@"│\s*68\.3\s*│"));

            Assert.That(csv["减：本地供热排放"], Is.EqualTo(("-1239737.145", "")));
            Assert.That(csv["减：本地发电排放"], Is.EqualTo(("-669458.058", "")));
            Assert.That(csv["加：用热量 × 热力排放因子"], Is.EqualTo(("619868.572", "")));
            Assert.That(csv["消费端排放"], Is.EqualTo(("683478.572", "")));
            Assert.That(xlsx.Values.Select(v => v.Key), Is.All.Empty);
            Assert.That(xlsx["减：本地供热排放"].Co2e, Is.EqualTo("-1239737.145"));

            Assert.That(explain, Does.Contain("Heat-supply emissions: 1,239,737.14 t CO2e, heat supplied 10,000,000 GJ; removed where heat is used 1,239,737.14 t, staying territorial 0 t"));
            Assert.That(explain, Does.Contain("= 683,478.57 t CO2e"));
            foreach (string label in new[] { "− 发电排放", "− 供热排放", "+ 用热 × 热力因子", "供热排放留在属地", "热电联产电力份额", "消费端排放" })
            {
                Assert.That(Line(trend, label), Does.Not.Contain("NE"), trend);
            }
        }
    }
}
