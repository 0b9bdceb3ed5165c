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
        // LNG 5,646.87 t has no GB/T 2589 Appendix A coefficient: converted by the NCV its combustion line applied (GB/T 32151.22-2024
        // Table C.1, 51.498 GJ/t) ÷ 29.307 GJ/tce (GB/T 2589: 1 kgce = 29 307 kJ) = 5,646.87 × 51.498 / 29.307 = 9,922.629790 tce
        // (issue 14 review: before, LNG was left out and every total was a lower bound).
        // Fossil = 1,320,108.224783 + 9,922.629790 = 1,330,030.854573 tce.
        Assert.That(root.GetProperty("fossil_tce").GetDouble(), Is.EqualTo(1_330_030.854573).Within(1e-7).Percent);
        // No generation in 康巴什区: net import = electricity used 4,214.88 + 17,670.38 + 30,667.26 + 16,214.51 = 68,767.03 万kWh
        // = 687,670,300 kWh × 0.0001229 = 84,514.67987 tce.
        Assert.That(root.GetProperty("net_import_kwh").GetDouble(), Is.EqualTo(687_670_300).Within(RelTol).Percent);
        Assert.That(root.GetProperty("net_import_tce").GetDouble(), Is.EqualTo(84_514.67987).Within(RelTol).Percent);
        Assert.That(root.GetProperty("gross_lower_bound_because").EnumerateArray().Select(e => e.GetString()), Has.None.Contains("LNG").And.None.Contains("lng"));
    }

    [Test]
    public void Issue14_Energy_LngWithoutCoefficient_ConvertedByCalorificValue()
    {
        var result = CliRunner.Run("energy", "--region", "150603", "--year", "2020", "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var lng = json.RootElement.GetProperty("by_fuel").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "lng");
        // 康巴什区 2020 LNG 5,646.87 t (samples/ordos/energy_2020.csv) × 51.498 GJ/t (GB/T 32151.22-2024 Table C.1, the NCV of its
        // combustion line) ÷ 29.307 GJ/tce = 9,922.629790 tce. Per kg: 51.498 / 29.307 = 1.757225 kgce/kg; independent check: the
        // 液化天然气 reference coefficient 1.7572 kgce/kg of 中国能源统计年鉴 (appendix of standard-coal coefficients, as the review
        // brief quotes it; the yearbook itself not read here: UNVERIFIED) — 5,646.87 × 1.7572 = 9,922.68 tce, within 0.001 %.
        Assert.That(lng.GetProperty("tce").GetDouble(), Is.EqualTo(9_922.629790).Within(1e-7).Percent);
        Assert.That(lng.GetProperty("tce").GetDouble(), Is.EqualTo(5_646.87 * 1.7572).Within(0.001).Percent);
        Assert.That(lng.GetProperty("lower_bound").GetBoolean(), Is.False);
        Assert.That(lng.GetProperty("coefficient_basis").GetString(), Is.EqualTo("ncv_29307"));
        var coal = json.RootElement.GetProperty("by_fuel").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "raw_coal");
        Assert.That(coal.GetProperty("coefficient_basis").GetString(), Is.EqualTo("gbt2589_coefficient"));
        Assert.That(json.RootElement.GetProperty("notes").EnumerateArray().Select(e => e.GetString()), Has.Some.Contains("LNG").And.Some.Contains("29 307 kJ"));
    }

    [Test]
    public void Issue14_Energy_Ordos2024_CoalShareWithinRangeWithBasis()
    {
        var result = CliRunner.Run("energy", "--region", "150600", "--year", "2024", "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var share = root.GetProperty("indicators").EnumerateArray().Single(p => p.GetProperty("indicator").GetString() == "coal_share");
        // Ordos 2024 is a net exporter: the export term (net_import_tce < 0) is deducted from coal as from the gross total, so
        // share = (coal_tce + net_import_tce) / gross_tce × 100; recomputed here from the JSON's own parts, and checked within 0–100 %.
        double expected = (root.GetProperty("coal_tce").GetDouble() + root.GetProperty("net_import_tce").GetDouble()) / root.GetProperty("gross_tce").GetDouble() * 100;
        Assert.That(root.GetProperty("net_import_tce").GetDouble(), Is.LessThan(0));
        Assert.That(share.GetProperty("value").GetDouble(), Is.EqualTo(expected).Within(RelTol).Percent);
        Assert.That(share.GetProperty("value").GetDouble(), Is.InRange(0, 100));
        Assert.That(share.GetProperty("basis").GetString(), Is.EqualTo("net_export_deducted_from_coal"));
        Assert.That(share.GetProperty("lower_bound").GetBoolean(), Is.False);
        var intensity = root.GetProperty("indicators").EnumerateArray().First(p => p.GetProperty("indicator").GetString() == "energy_intensity");
        Assert.That(intensity.GetProperty("rule").GetString(), Is.EqualTo("gross"));
        Assert.That(intensity.GetProperty("basis").GetString(), Is.EqualTo("calorific"));
    }

    [Test]
    public void Issue14_Energy_Table_FormatsFiguresAndNamesSectorsAndGrids()
    {
        var result = CliRunner.Run("energy", "--region", "150600", "--year", "2024", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        // Net import = consumption 95,699,999,800 − generation 165,000,000,000 kWh (the run's bridge) = −69,300,000,200 kWh, shown
        // as −693.00 × 10^8 kWh (the 200 kWh come from the consumption rows as written, each rounded to 0.01 万kWh; not float noise).
        Assert.That(result.Out, Does.Contain("net imported electricity (-693.00 10^8 kWh"));
        Assert.That(result.Out, Does.Contain("1.A.1 "));
        Assert.That(result.Out, Does.Contain("Energy Industries").IgnoreCase);
        Assert.That(result.Out, Does.Not.Contain("grid:"));
        Assert.That(result.Out, Does.Contain("North China grid"));
        Assert.That(result.Out, Does.Match(@"coal share[^\n]*\d\.\d%"));
        Assert.That(result.Out, Does.Not.Match(@"\d{7,}\.\d"), "no raw figures such as 119440698.1005");
        var zh = CliRunner.RunZh("energy", "--region", "150600", "--year", "2024", "--unit", "万吨标准煤", "--db", DemoRun.DatabasePath);
        Assert.That(zh.ExitCode, Is.EqualTo(0), zh.ToString());
        Assert.That(zh.Out, Does.Contain("分品种(万吨标准煤)"));
        Assert.That(zh.Out, Does.Contain("华北电网"));
        Assert.That(zh.Out, Does.Contain("按低位发热量折算"));
    }

    [Test]
    public void Energy_Table_NamesTheRuleOnEveryTotal_InChinese()
    {
        var result = CliRunner.RunZh("energy", "--region", "150603", "--year", "2020", "--rule", "non_fossil_excluded+feedstock_excluded", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Contain("非化石能源不纳入、原料用能不纳入"));
        Assert.That(result.Out, Does.Contain("净调入电力按全国电网排放因子"));
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
