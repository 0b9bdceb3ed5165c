using System.Globalization;
using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 12, item 9 / "What to build" 8: <c>ghg explain</c> prints its lines' total, equal to the report's figure, in words a compiler reads.</summary>
/// <remarks>
/// Hand calculation of the one-row case (factors: china-provincial-2011 for NCV, carbon content and oxidation; IPCC 2006
/// Vol 2 Table 2.2 for energy industries, CH4 1 kg/TJ and N2O 1.5 kg/TJ; AR5 GWP CH4 28, N2O 265):
///   AD = 100 万吨 raw coal = 1,000,000 t; energy = 10^6 t × 20.908 GJ/t = 20,908,000 GJ = 20,908 TJ
///   CO2 = 20,908,000 GJ × 26.37 tC/TJ / 1000 × 0.94 × 44/12 = 1,900,298.8488 t
///   CH4 = 20,908 TJ × 1 kg/TJ = 20,908 kg = 20.908 t → × 28 = 585.424 t CO2e
///   N2O = 20,908 TJ × 1.5 kg/TJ = 31,362 kg = 31.362 t → × 265 = 8,310.93 t CO2e
///   CO2e = 1,900,298.8488 + 585.424 + 8,310.93 = 1,909,195.2028 t (the issue's 1,909,195.20 t for the same plant).
/// </remarks>
[TestFixture]
public sealed class ExplainCommandTests
{
    /// <summary>Explain prints tonnes with three decimals: half of the last digit.</summary>
    private const double PrintedTolTonnes = 0.0005;

    private TempFolder temp = null!;
    private string db = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Initialized("ghg-explain");
        db = temp.Db;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void Issue12_ExplainOfASource_PrintsTheTotalPerGasAndCo2eFromTheHandCalculation()
    {
        Ingest("coal.csv", "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var result = CliRunner.Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A.1.a.i", "--activity", "raw_coal", "--lang", "en", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        var total = Total(result.Out);
        Assert.That(total["CO2"], Is.EqualTo(1_900_298.8488).Within(PrintedTolTonnes));
        Assert.That(total["CH4"], Is.EqualTo(20.908).Within(PrintedTolTonnes));
        Assert.That(total["N2O"], Is.EqualTo(31.362).Within(PrintedTolTonnes));
        Assert.That(total["CO2e"], Is.EqualTo(1_909_195.2028).Within(PrintedTolTonnes));
        Assert.That(result.Out, Does.Contain("== total 150622 2020 1.A.1.a.i raw_coal [territorial], 3 lines (run #1):"));
    }

    [Test]
    public void Issue12_ExplainOfACityCategory_TotalEqualsTheReportsByCategoryFigure()
    {
        foreach (string category in new[] { "1.A.1.a", "1.A.2", "1.A" })
        {
            var explain = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150600", "--category", category);
            Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
            var json = Json("--region", "150600");
            var figure = json.RootElement.GetProperty("by_category").EnumerateArray().Single(c => c.GetProperty("category").GetString() == category);
            var total = Total(explain.Out);
            Assert.That(total["CO2e"], Is.EqualTo(figure.GetProperty("CO2e_t").GetDouble()).Within(PrintedTolTonnes), category);
            Assert.That(total["CO2"], Is.EqualTo(figure.GetProperty("CO2_t").GetDouble()).Within(PrintedTolTonnes), category);
            Assert.That(total["CO2e"], Is.GreaterThan(1e6), "a city category of the demo is millions of tonnes, never an empty 0");
        }
    }

    [Test]
    public void Issue12_ExplainWithoutRegion_ExplainsTheCityLikeReport()
    {
        // Trial finding: report defaults to the city, explain required --region. Both now read the city when none is named.
        var withRegion = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150600", "--category", "1.A.3");
        var without = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--category", "1.A.3");
        Assert.That(without.ExitCode, Is.EqualTo(ExitCodes.Success), without.ToString());
        Assert.That(Total(without.Out)["CO2e"], Is.EqualTo(Total(withRegion.Out)["CO2e"]));
    }

    [Test]
    public void Issue12_ExplainOfABanner_TotalEqualsTheReportsByRegionFigure()
    {
        // Issue 15: the demo has sectors beside energy (sector_*.csv), so the banner's figure is the sum of its sectors' explains.
        var energy = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150622", "--category", "1");
        Assert.That(energy.ExitCode, Is.EqualTo(ExitCodes.Success), energy.ToString());
        double sum = 0;
        foreach (string sector in new[] { "1", "2", "3", "4", "5" })
        {
            var explain = sector == "1" ? energy : CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150622", "--category", sector);
            if (explain.ExitCode == ExitCodes.Success && (explain.Out.Contains("== total", StringComparison.Ordinal) || explain.Out.Contains("== 合计", StringComparison.Ordinal))
                && Total(explain.Out).TryGetValue("CO2e", out double co2e))
            {
                sum += co2e;
            }
        }
        var figure = Json("--region", "150600").RootElement.GetProperty("by_region").EnumerateArray().Single(r => r.GetProperty("region").GetString() == "150622");
        // The sectors' explains include land use (3.B, negative), so they sum to the banner's total including LULUCF.
        Assert.That(sum, Is.EqualTo(figure.GetProperty("CO2e_incl_LULUCF_t").GetDouble()).Within(5 * PrintedTolTonnes));
    }

    [Test]
    public void Issue15_TransportWithMobileFactors_TotalHasNoNeAndNeverPrintsZero()
    {
        // Issue 12 asserted "CO2e: x t + NE" and "CH4: NE" here; issue 15 gives 1.A.3 its CH4 and N2O (ipcc-2006-mobile), so the
        // transport total of the demo banner is a number on every gas, still never a bare 0.
        var explain = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150602", "--category", "1.A.3", "--lang", "en");
        Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
        var figure = Json("--region", "150602").RootElement.GetProperty("by_category").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "1.A.3");
        string co2e = Format(figure.GetProperty("CO2e_t").GetDouble());
        Assert.That(explain.Out, Does.Contain($"   CO2e: {co2e} t\n"));
        Assert.That(explain.Out, Does.Not.Contain("CH4: NE").And.Not.Contain("N2O: NE").And.Not.Contain("+ NE"));
        Assert.That(explain.Out, Does.Not.Contain("CH4: 0"));
    }

    [Test]
    public void Issue12_FactorsAndTiers_AreInWordsAndReadableUnitsWithoutInternalNames()
    {
        var zh = CliRunner.RunZh("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150602", "--category", "1.A.1.a.i", "--activity", "diesel");
        var en = CliRunner.Run("explain", "--db", DemoRun.DatabasePath, "--year", "2020", "--region", "150602", "--category", "1.A.1.a.i", "--activity", "diesel", "--lang", "en");
        foreach (var result in new[] { zh, en })
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            // IPCC 2006 Vol 2 Table 2.2, oil in energy industries: CH4 3 kg/TJ, N2O 0.6 kg/TJ; never 3E-06 t/GJ.
            // Issue 15: Chinese names the parameter in words (排放因子), English keeps the factor file's name (ef).
            Assert.That(result.Out, Does.Contain(result == zh ? "排放因子 = 3 kg/TJ [" : "ef = 3 kg/TJ [").And.Contain("× 3.0 kg/TJ =").And.Contain("× 0.6 kg/TJ ="));
            Assert.That(result.Out, Does.Not.Contain("E-0").And.Not.Contain("ChinaGuidelineDefault").And.Not.Contain("IpccDefault"));
            // No database ids of factors or records (#19, #2273): the run number is the only one, as --run takes it.
            Assert.That(System.Text.RegularExpressions.Regex.Replace(result.Out, @"\((?:run|运行) #\d+\)", ""), Does.Not.Contain("#"));
        }
        Assert.That(zh.Out, Does.Contain("[中国指南默认值; china-provincial-2011]").And.Contain("[IPCC默认值; ipcc-2006]"));
        Assert.That(en.Out, Does.Contain("[China guideline default; china-provincial-2011]").And.Contain("[IPCC default; ipcc-2006]"));
        // 139.24 t × 42.652 GJ/t × 3 kg/TJ = 5,938.86 GJ × 3 kg/TJ = 0.017817 t CH4 (demo row of 150602 2020).
        Assert.That(zh.Out, Does.Contain("CH4 = 活动水平 × 低位发热量 × 排放因子 = 139.24 t × 42.652 GJ/t × 3.0 kg/TJ = 0.017817 t"));
    }

    [Test]
    public void Issue12_LinesSharingANotationReason_PrintTheReasonOnce()
    {
        Ingest("keys.csv", "150622,2020,1.A.2.c,raw_coal,NE,,stat,not surveyed", "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,");
        Assert.That(CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var result = CliRunner.Run("explain", "--year", "2020", "--region", "150622", "--category", "1.A", "--lang", "en", "--db", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out.Split("not surveyed").Length - 1, Is.EqualTo(1), result.Out);
        Assert.That(result.Out, Does.Contain("-- NE: not surveyed (3 lines)"));
        // The coal plant's numbers (hand calculation above) and the NE source named beside them.
        Assert.That(result.Out, Does.Contain("   CO2e: 1,909,195.203 t + NE\n"));
    }

    private void Ingest(string name, params string[] rows) => temp.Ingest(name, rows);

    private static JsonDocument Json(params string[] region)
    {
        var report = CliRunner.Run(["report", "--db", DemoRun.DatabasePath, "--year", "2020", "--format", "json", .. region]);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        return JsonDocument.Parse(report.Out);
    }

    private static string Format(double tonnes) => tonnes.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>The territorial total explain printed: gas → tonnes (its number only; keys after it are left off).</summary>
    private static Dictionary<string, double> Total(string output)
    {
        var lines = output.Split('\n');
        int start = Array.FindIndex(lines, l => (l.StartsWith("== 合计", StringComparison.Ordinal) && l.Contains("[属地]", StringComparison.Ordinal))
            || (l.StartsWith("== total", StringComparison.Ordinal) && l.Contains("[territorial]", StringComparison.Ordinal)));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), output);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.StartsWith("   ", StringComparison.Ordinal)))
        {
            var (gas, rest) = (line.Trim().Split(": ")[0], line.Trim().Split(": ")[1]);
            if (rest.Split(' ')[0] is var number && double.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out double value))
            {
                totals[gas] = value;
            }
        }
        return totals;
    }
}
