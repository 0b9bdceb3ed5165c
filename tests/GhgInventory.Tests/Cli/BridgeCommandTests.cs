using System.Globalization;
using System.Text;
using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12 end to end: a CHP plant and a captive plant through <c>ghg ingest</c>, <c>compile --chp-split</c>, <c>report --format json</c> and <c>explain --bridge</c>.</summary>
[TestFixture]
public sealed class BridgeCommandTests
{
    private TempDatabase database = null!;
    private TempFolder temp = null!;
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        temp = TempFolder.Create("ghg-bridge-cli");
        folder = temp.Path;
    }

    [TearDown]
    public void TearDown()
    {
        database.Dispose();
        temp.Dispose();
    }

    [Test]
    public void Issue12_ChpAndCaptivePlant_ReportAndExplainTieOut()
    {
        // 乌审旗 2023: the field CHP plant (100 万吨 coal, 15 亿kWh, 1000 万GJ: 1,909,195.2028 t, electricity share 5.4/15.4) and the
        // captive plant (500 万吨 coal at 1.A.2.c, 80 亿kWh: 9,572,320.094 t), 60 亿kWh used × 0.6361 kg/kWh = 3,816,600 t.
        // Consumption = territorial − (9,572,320.094 + 1,909,195.2028 × 5.4/15.4) + 3,816,600; heat share 1,239,737.1447 t stays.
        // = 11,481,515.2968 − 10,241,778.1521 + 3,816,600 = 5,056,337.1447 t.
        string file = Path.Combine(folder, "wushen.csv");
        File.WriteAllText(file, "region,year,category,activity,value,unit,source,use\n"
            + "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,\n"
            + "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,\n"
            + "150626,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,\n"
            + "150626,2023,1.A.2.c,raw_coal,500,万吨,t,自备电厂\n"
            + "150626,2023,1.A.2.c,electricity_generation,80,亿千瓦时,t,\n"
            + "150626,2023,1.A.2.c,electricity,60,亿千瓦时,t,\n", Encoding.UTF8);
        Assert.That(Ghg("ingest", file).ExitCode, Is.EqualTo(ExitCodes.Success));
        var refused = Ghg("compile", "--year", "2023", "--region", "150626", "--chp-split", "efficiency");
        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.BadUsage), "the efficiency method's reference efficiencies are required");
        Assert.That(refused.Error, Does.Contain("--chp-heat-efficiency"));
        var compiled = Ghg("compile", "--year", "2023", "--region", "150626");
        Assert.That(compiled.ExitCode, Is.EqualTo(ExitCodes.Success), compiled.ToString());
        Assert.That(compiled.Out, Does.Contain("CHP split energy output"));

        var report = Ghg("report", "--year", "2023", "--region", "150626", "--format", "json");
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        using var json = JsonDocument.Parse(report.Out);
        var bridge = json.RootElement.GetProperty("electricity_bridge");
        double consumption = bridge.GetProperty("consumption_based_co2e_t").GetDouble();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(consumption, Is.EqualTo(5_056_337.1447).Within(1e-3));
            Assert.That(bridge.GetProperty("heat_supply_co2e_t").GetDouble(), Is.EqualTo(1_239_737.1447).Within(1e-3));
            Assert.That(bridge.GetProperty("heat_supply_stayed_co2e_t").GetDouble(), Is.EqualTo(1_239_737.1447).Within(1e-3));
            Assert.That(bridge.GetProperty("chp_split_method").GetString(), Is.EqualTo("energy"));
            Assert.That(bridge.GetProperty("plants").GetArrayLength(), Is.EqualTo(2));
        }

        var explained = Ghg("explain", "--year", "2023", "--region", "150626", "--bridge", "--lang", "en");
        Assert.That(explained.ExitCode, Is.EqualTo(ExitCodes.Success), explained.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(explained.Out, Does.Contain("1.A.2.c autoproducer"));
            Assert.That(explained.Out, Does.Contain("= 5,400,000 / (5,400,000 + 10,000,000) GJ = 0.3506"));
            Assert.That(explained.Out, Does.Contain("= " + 5_056_337.1447.ToString("#,0.##", CultureInfo.InvariantCulture) + " t CO2e"), "the explained total equals the report's");
            Assert.That(explained.Out, Does.Contain("no heat-use rows"));
        }
    }

    [Test]
    public void Issue12_Demo_PrintsTheChpSplitAndTheHeatFactorUsed()
    {
        Assert.That(DemoRun.Result.ExitCode, Is.EqualTo(ExitCodes.Success), DemoRun.Result.ToString());
        using (Assert.EnterMultipleScope())
        {
            // Labels wrap in the trend table's narrow first column: short pieces of them.
            Assert.That(DemoRun.Result.Out, Does.Contain("热电联产电力").And.Contain("按能量产出"), "the CHP split row of the trend bridge");
            Assert.That(DemoRun.Result.Out, Does.Contain("热力因子"), "the heat factor row");
            Assert.That(DemoRun.Result.Out, Does.Contain("推算"), "the heat factor is derived from the banners' heat supply");
        }
    }

    private CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", database.Path]);
}
