using System.Text.Json;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary><c>ghg energy</c> on the demo database (the bundled Ordos sample, illustrative figures).</summary>
public sealed class Issue14_EnergyCommandTests
{
    private const double RelTol = 1e-9; // arithmetic only

    [Test]
    public void Energy_Kangbashi2020_FossilAndNetImportMatchHandCalculation()
    {
        var result = CliRunner.Run("energy", "--region", "150603", "--year", "2020", "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        // samples/ordos/energy_2020.csv, 康巴什区 150603, GB/T 2589 coefficients (emission-factors/gbt-2589):
        // raw coal 6.37 + 66.53 + 3.2 = 76.1 万吨 = 761,000 t × 0.7143 = 543,582.3 tce;
        // natural gas 4752.96 + 39284.42 + 262.45 + 1192.29 + 1477.41 = 46,969.53 万m3 = 469,695,300 m3 × 1.33 = 624,694.749 tce;
        // gasoline 1,039.66 + 26,400 = 27,439.66 t × 1.4714 = 40,374.715724 tce;
        // diesel 7,776.28 + 64,100 + 885.78 = 72,762.06 t × 1.4571 = 106,021.597626 tce;
        // LPG 1,566.55 + 1,603.76 = 3,170.31 t × 1.7143 = 5,434.862433 tce;
        // LNG 5,646.87 t has no GB/T 2589 coefficient in the set: not counted, the totals are lower bounds.
        // Fossil = 1,320,108.224783 tce.
        Assert.That(root.GetProperty("fossil_tce").GetDouble(), Is.EqualTo(1_320_108.224783).Within(RelTol).Percent);
        // No generation in 康巴什区: net import = electricity used 4,214.88 + 17,670.38 + 30,667.26 + 16,214.51 = 68,767.03 万kWh
        // = 687,670,300 kWh × 0.0001229 = 84,514.67987 tce.
        Assert.That(root.GetProperty("net_import_kwh").GetDouble(), Is.EqualTo(687_670_300).Within(RelTol).Percent);
        Assert.That(root.GetProperty("net_import_tce").GetDouble(), Is.EqualTo(84_514.67987).Within(RelTol).Percent);
        var gross = root.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("rule").GetString() == "gross");
        Assert.That(gross.GetProperty("lower_bound").GetBoolean(), Is.True, "LNG without coefficient makes the total a lower bound, never 0");
        Assert.That(root.GetProperty("gross_lower_bound_because").EnumerateArray().Select(e => e.GetString()), Has.Some.Contains("LNG").Or.Some.Contains("lng"));
    }

    [Test]
    public void Energy_Table_NamesTheRuleOnEveryTotal_InChinese()
    {
        var result = CliRunner.RunZh("energy", "--region", "150603", "--year", "2020", "--rule", "non_fossil_excluded+feedstock_excluded", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Contain("非化石能源不纳入、原料用能不纳入"));
        Assert.That(result.Out, Does.Contain("全国电网平均排放因子"));
        Assert.That(result.Out, Does.Not.Contain("non_fossil_excluded"));
    }

    [Test]
    public void Energy_UnknownRule_IsBadUsage()
    {
        var result = CliRunner.Run("energy", "--region", "150603", "--year", "2020", "--rule", "net", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("non_fossil_excluded"));
    }
}
