using System.Text;
using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// Breaker findings of issue 13: a bridge over data under notation keys printed 0 where nothing is known. A power plant
/// whose fuel is NE and that has no generation row generated an unknown amount (was "0 / 0", net export 0), and electricity
/// used partly under NE is a lower bound (was "NE / 1" with nothing saying a part is missing).
/// </summary>
[TestFixture]
public sealed class Issue13_BridgeUnknownElectricityTests
{
    [Test]
    public void Issue13_PlantFuelNeWithoutGenerationRow_GenerationAndNetExportAreNe()
    {
        using var temp = TempFolder.Initialized("ghg-bridge-ne");
        string file = temp.Write("ne.csv", "region,year,category,activity,value,unit,source,note\n150622,2023,1.A.1.a.i,raw_coal,NE,万吨,s,未统计\n");
        Assert.That(CliRunner.Run("ingest", file, "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("compile", "--year", "2023", "--region", "150622", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string table = CliRunner.RunZh("report", "--year", "2023", "--region", "150622", "--db", temp.Db).Out;
        var bridge = JsonDocument.Parse(CliRunner.Run("report", "--year", "2023", "--region", "150622", "--format", "json", "--db", temp.Db).Out)
            .RootElement.GetProperty("electricity_bridge");
        Assert.Multiple(() =>
        {
            Assert.That(table, Does.Match(@"发电量 / 用电量 \(亿千瓦时\)\s*│\s*NE / 0\s*│"), table);
            Assert.That(table, Does.Not.Match(@"净调出电量[^\n│]*│\s*0\s*│"));
            Assert.That(bridge.GetProperty("generation_kwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(bridge.GetProperty("generation_notation").GetString(), Is.EqualTo("NE"));
            Assert.That(bridge.GetProperty("net_export_kwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Issue13_ElectricityUsePartlyNe_IsALowerBoundAndNetExportIsNe()
    {
        using var temp = TempFolder.Initialized("ghg-bridge-ne");
        // 10,000 万千瓦时 = 1 亿kWh used at 1.A.2.c, and an NE row of use at 1.A.4.b; a plant with 100 万吨 raw coal and its
        // generation given: 20 亿kWh. Use is 1 + NE 亿kWh, so the net export (20 − at least 1) is not a figure.
        string file = temp.Write("ne2.csv", "region,year,category,activity,value,unit,source,note\n"
            + "150622,2024,1.A.2.c,electricity,10000,万千瓦时,s,\n"
            + "150622,2024,1.A.4.b,electricity,NE,万千瓦时,s,无数据\n"
            + "150622,2024,1.A.1.a.i,raw_coal,100,万吨,s,\n"
            + "150622,2024,1.A.1.a.i,electricity_generation,20,亿千瓦时,s,\n");
        Assert.That(CliRunner.Run("ingest", file, "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("compile", "--year", "2024", "--region", "150622", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string table = CliRunner.RunZh("report", "--year", "2024", "--region", "150622", "--db", temp.Db).Out;
        var bridge = JsonDocument.Parse(CliRunner.Run("report", "--year", "2024", "--region", "150622", "--format", "json", "--db", temp.Db).Out)
            .RootElement.GetProperty("electricity_bridge");
        Assert.Multiple(() =>
        {
            Assert.That(table, Does.Match(@"发电量 / 用电量 \(亿千瓦时\)\s*│\s*20 / 1 \+ NE\s*│"), table);
            Assert.That(table, Does.Match(@"净调出电量 \(亿千瓦时\)\s*│\s*NE\s*│"), table);
            Assert.That(bridge.GetProperty("consumption_kwh").GetDouble(), Is.EqualTo(1e8).Within(1e-3));
            Assert.That(bridge.GetProperty("consumption_kwh_incomplete")[0].GetString(), Is.EqualTo("NE"));
            Assert.That(bridge.GetProperty("net_export_kwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(bridge.GetProperty("net_export_co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }
}
