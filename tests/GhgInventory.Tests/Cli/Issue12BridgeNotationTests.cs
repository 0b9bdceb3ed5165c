using System.Text;
using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12, tester findings: NE shown as 0 in the bridge table, JSON and explain --bridge.</summary>
/// <remarks>
/// Raw coal 1.9002988488 t CO2/t; 1.A.1 CH4 1 kg/TJ, N2O 1.5 kg/TJ (IPCC 2006 Vol 2 Table 2.2); AR5 28/265: 100 万吨 at 1.A.1.a.ii = 1,909,195.2028 t CO2e.
/// </remarks>
[TestFixture]
public sealed class Issue12BridgeNotationTests
{
    private TempDatabase database = null!;
    private TempFolder temp = null!;
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        temp = TempFolder.Create("ghg-bridge-ne");
        folder = temp.Path;
    }

    [TearDown]
    public void TearDown()
    {
        database.Dispose();
        temp.Dispose();
    }

    private void Ingest(params string[] rows)
    {
        string file = Path.Combine(folder, "rows.csv");
        File.WriteAllText(file, ActivityFile.TextWithHeader(ActivityFile.UseHeader, rows), Encoding.UTF8);
        var ingested = Ghg("ingest", file);
        Assert.That(ingested.ExitCode, Is.EqualTo(ExitCodes.Success), ingested.ToString());
    }

    private static JsonElement Bridge(JsonDocument json) => json.RootElement.GetProperty("electricity_bridge");

    [Test]
    public void Issue12_GridYearNone_ElectricityUsedIsNotEstimatedNotZero()
    {
        // 10 亿kWh used in 2015, a year with no published grid factor (2012 and 2021–2023 only), compiled with --grid-year none: the
        // electricity line is NE, never 0. Territorial: 100 万吨 coal at 1.A.2.c (CH4 10 kg/TJ, N2O 1.5 kg/TJ): CO2 1,900,298.8488
        // + CH4 209.08 t × 28 = 5,854.24 + N2O 31.362 t × 265 = 8,310.93 → 1,914,464.0188 t; consumption = that + NE.
        Ingest("150626,2015,1.A.2.c,raw_coal,100,万吨,t,,",
            "150626,2015,1.A.2.c,electricity,10,亿千瓦时,t,,");
        var compiled = Ghg("compile", "--year", "2015", "--region", "150626", "--grid-year", "none");
        Assert.That(compiled.ExitCode, Is.EqualTo(ExitCodes.Success), compiled.ToString());
        var table = Ghg("report", "--year", "2015", "--region", "150626", "--lang", "en");
        var report = Ghg("report", "--year", "2015", "--region", "150626", "--format", "json");
        using var json = JsonDocument.Parse(report.Out);
        var b = Bridge(json);
        var explain = Ghg("explain", "--year", "2015", "--region", "150626", "--bridge", "--lang", "en");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("purchased_electricity_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("purchased_electricity_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("consumption_based_co2e_t").GetDouble(), Is.EqualTo(1_914_464.0188).Within(1e-3));
            Assert.That(b.GetProperty("consumption_based_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
            Assert.That(table.Out, Does.Match(@"electricity used × grid factor\s*│\s*NE\s*│"));
            // Tables show 万吨 with one decimal since issue 13: 1,914,464.0188 t / 10^4 = 191.4.
            Assert.That(table.Out, Does.Match(@"Consumption-based total\s*│\s*191\.4 \+ NE"));
            Assert.That(explain.Out, Does.Contain("= 1,914,464.02 + NE t CO2e"));
            // Re-test finding: the NE line's reason was printed twice, "NE: reason (reason)"; each reason once.
            string electricity = explain.Out.Split('\n').Single(l => l.Contains("150626 1.A.2.c: NE: ", StringComparison.Ordinal));
            string reason = electricity[(electricity.IndexOf("NE: ", StringComparison.Ordinal) + 4)..].Trim();
            Assert.That(reason, Is.Not.Empty);
            Assert.That(explain.Out.Split(reason[..Math.Min(30, reason.Length)]).Length - 1, Is.EqualTo(1), electricity);
        }
    }

    [Test]
    public void Issue12_ChpWithGenerationNE_GeneratedAndNetExportAreNotEstimated()
    {
        // CHP 100 万吨 coal, electricity_generation NE, heat 1000 万GJ; 10 亿kWh used at 1.A.2.c. Generated NE, net export NE (not 0 and −10).
        Ingest("150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.ii,electricity_generation,NE,,t,meter not read,",
            "150626,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,,",
            "150626,2023,1.A.2.c,electricity,10,亿千瓦时,t,,");
        Assert.That(Ghg("compile", "--year", "2023", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));
        var table = Ghg("report", "--year", "2023", "--region", "150626", "--lang", "en");
        var report = Ghg("report", "--year", "2023", "--region", "150626", "--format", "json");
        using var json = JsonDocument.Parse(report.Out);
        var b = Bridge(json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("generation_kwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("generation_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("net_export_kwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("net_export_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(table.Out, Does.Contain("NE / 10"));
            Assert.That(table.Out, Does.Contain("Net export: NE (generation NE)"));
            // The NE output row is not an emission: territorial is the coal alone (CO2, CH4, N2O all numbers), no NE key.
            Assert.That(b.GetProperty("territorial_co2e_t").GetDouble(), Is.EqualTo(1_909_195.2028).Within(1e-3));
            Assert.That(b.TryGetProperty("territorial_co2e_incomplete", out _), Is.False, "an NE output row adds no NE line to the territorial inventory");
        }
    }

    [Test]
    public void Issue12_TerritorialMadeOnlyOfNE_IsNE()
    {
        Ingest("150626,2023,1.A.2.c,raw_coal,NE,,t,not surveyed,");
        Assert.That(Ghg("compile", "--year", "2023", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));
        var table = Ghg("report", "--year", "2023", "--region", "150626", "--lang", "en");
        var report = Ghg("report", "--year", "2023", "--region", "150626", "--format", "json");
        using var json = JsonDocument.Parse(report.Out);
        var b = Bridge(json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("territorial_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("territorial_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("consumption_based_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(table.Out, Does.Match(@"Territorial total\s*│\s*NE\s*│"));
        }
    }

    [Test]
    public void Issue12_OutputAboveTheFuelsEnergy_IsNamedByCompile()
    {
        // 100 万吨 coal × 20.908 GJ/t = 20,908,000 GJ; heat 1e15 GJ + 15 亿kWh (5,400,000 GJ) is far over 100 % efficiency.
        Ingest("150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.ii,heat_supply,1e15,GJ,t,,");
        var compiled = Ghg("compile", "--year", "2023", "--region", "150626");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(compiled.ExitCode, Is.EqualTo(ExitCodes.Success), compiled.ToString());
            Assert.That(compiled.Out, Does.Contain("! power and heat: 150626 2023 1.A.1.a.ii public plant: outputs 1,000,000,005,400,000 GJ"));
            Assert.That(compiled.Out, Does.Contain("20,908,000 GJ").And.Contain("over 100 %"));
        }
    }

    private CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", database.Path]);

    [Test]
    public void Issue12_PlantFuelUnderNe_MakesGenerationEmissionsAndNetExportNeNotZero()
    {
        // Re-test finding: public plant coal written NE beside 80 亿kWh generated printed "− electricity generation 0" and
        // "emissions carried out by net export 0". The generation emissions are NE, the net export's emissions NE.
        Ingest("150626,2023,1.A.1.a.i,raw_coal,NE,万吨,t,not reported by the plant,",
            "150626,2023,1.A.1.a.i,electricity_generation,80,亿千瓦时,t,,",
            "150626,2023,1.A.2.c,electricity,60,亿千瓦时,t,,");
        Assert.That(Ghg("compile", "--year", "2023", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));
        var table = Ghg("report", "--year", "2023", "--region", "150626", "--lang", "en");
        using var json = JsonDocument.Parse(Ghg("report", "--year", "2023", "--region", "150626", "--format", "json").Out);
        var b = Bridge(json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("electricity_generation_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("electricity_generation_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("net_export_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("net_export_co2e_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(table.Out, Does.Match(@"electricity generation \(power plants.*│\s+NE\s+│"));
            Assert.That(table.Out, Does.Contain("Emissions carried out by net export: NE"));
        }
    }

    [Test]
    public void Issue12_ElectricityWithAnNePartBesideANumber_IsNotCountedAsElectricityWithoutAFactor()
    {
        // Re-test finding: facility A 10 亿kWh (priced: 1e9 kWh × 0.0006361 t/kWh = 636,100 t) beside facility B NE was reported as
        // 10 亿kWh "without grid factor". Only electricity the grid factor could not price counts there: none here.
        string file = Path.Combine(folder, "facilities.csv");
        File.WriteAllText(file, "region,year,category,activity,value,unit,source,note,facility\n"
            + "150626,2023,1.A.2.c,electricity,10,亿千瓦时,t,,A\n150626,2023,1.A.2.c,electricity,NE,亿千瓦时,t,meter broken,B\n", Encoding.UTF8);
        Assert.That(Ghg("ingest", file).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg("compile", "--year", "2023", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(Ghg("report", "--year", "2023", "--region", "150626", "--format", "json").Out);
        var b = Bridge(json);
        Assert.That(b.GetProperty("electricity_without_factor_kwh").GetDouble(), Is.Zero);
        Assert.That(b.GetProperty("purchased_electricity_co2e_t").GetDouble(), Is.EqualTo(636_100).Within(1e-6));
        Assert.That(b.GetProperty("purchased_electricity_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
    }

    [Test]
    public void Issue12_FeedstockAtAPowerPlant_IsRefusedAtTheUseColumn()
    {
        // Re-test finding: 500 万吨 coal marked feedstock at 1.A.1.a.i beside 80 亿kWh was accepted: the coal went to the non-energy
        // memo and the generation carried no emissions.
        string file = Path.Combine(folder, "plant.csv");
        File.WriteAllText(file, "region,year,category,activity,value,unit,source,note,use\n"
            + "150626,2023,1.A.1.a.i,raw_coal,500,万吨,t,,feedstock\n150626,2023,1.A.1.a.i,electricity_generation,80,亿千瓦时,t,,\n", Encoding.UTF8);
        var ingested = Ghg("ingest", file);
        Assert.That(ingested.ExitCode, Is.EqualTo(ExitCodes.InputRejected));
        Assert.That(ingested.Error + ingested.Out, Does.Contain("plant.csv:2").And.Contain("use feedstock").And.Contain("a blank use (combustion) at a power or heat plant"));
    }

    [Test]
    public void Issue12_ChpWithHeatSupplyNe_SplitUnknownMakesConsumptionAndNetExportIncomplete()
    {
        // Re-test finding: a CHP whose heat supply is NE had all its 1,909,195.2028 t removed as electricity and a consumption-based
        // figure printed as complete (territorial − 1,909,195.2028 + 10 亿kWh × 0.6361 kg/kWh = 636,100 t). The split is unknown: the
        // consumption-based total and the generation emissions carry + NE, the net export's emissions are NE.
        Ingest("150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.ii,heat_supply,NE,万吉焦,t,not metered,",
            "150626,2023,1.A.2.c,electricity,10,亿千瓦时,t,,");
        Assert.That(Ghg("compile", "--year", "2023", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(Ghg("report", "--year", "2023", "--region", "150626", "--format", "json").Out);
        var b = Bridge(json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.GetProperty("consumption_based_co2e_t").GetDouble(), Is.EqualTo(636_100).Within(1e-3));
            Assert.That(b.GetProperty("consumption_based_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("electricity_generation_co2e_incomplete")[0].GetString(), Is.EqualTo("NE"));
            Assert.That(b.GetProperty("net_export_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(b.GetProperty("net_export_co2e_notation").GetString(), Is.EqualTo("NE"));
        }
    }
}
