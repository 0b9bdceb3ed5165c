using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 15 item 10: <c>ghg completeness</c> on the demo database: every cell a number or a key, Chinese by default.</summary>
[TestFixture]
public sealed class Issue15_CompletenessCommandTests
{
    [Test]
    public void Completeness_Json_EveryCellHasANumberOrAKey()
    {
        var result = CliRunner.Run("completeness", "--year", "2020", "--region", "150622", "--format", "json", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        using var doc = JsonDocument.Parse(result.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var cells = rows.SelectMany(r => r.GetProperty("cells").EnumerateObject()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.GetProperty("category").GetString()), Does.Contain("1.A.1").And.Contain("4.D").And.Contain("3.B.1"));
            Assert.That(cells.Where(c => c.Value.GetProperty("value_t").ValueKind == JsonValueKind.Null && c.Value.GetProperty("notation").ValueKind == JsonValueKind.Null),
                Is.Empty, "no blank cell");
            // The demo: 准格尔旗 burns coal for power (a number), has no composting data (4.B: NE with its reason), and cement has no CH4 (NA).
            var power = rows.Single(r => r.GetProperty("category").GetString() == "1.A.1").GetProperty("cells").GetProperty("CO2");
            Assert.That(power.GetProperty("value_t").GetDouble(), Is.GreaterThan(1e6));
            var waste = rows.Single(r => r.GetProperty("category").GetString() == "4.B").GetProperty("cells").GetProperty("CH4");
            Assert.That(waste.GetProperty("notation").GetString(), Is.EqualTo("NE"));
            Assert.That(waste.GetProperty("reason_en").GetString(), Is.EqualTo("no activity data entered"));
            var cementCh4 = rows.Single(r => r.GetProperty("category").GetString() == "2.A").GetProperty("cells").GetProperty("CH4");
            Assert.That(cementCh4.GetProperty("notation").GetString(), Is.EqualTo("NA"));
        }
    }

    [Test]
    public void Completeness_Table_ChineseByDefaultEnglishWithLang()
    {
        var zh = CliRunner.RunZh("completeness", "--year", "2020", "--db", DemoRun.DatabasePath);
        var en = CliRunner.Run("completeness", "--year", "2020", "--db", DemoRun.DatabasePath);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.Success), zh.ToString());
            Assert.That(zh.Out, Does.Contain("鄂尔多斯市 2020年").And.Contain("能源工业").And.Contain("废水处理和排放").And.Contain("未填报活动水平数据"));
            Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Success), en.ToString());
            Assert.That(en.Out, Does.Contain("Ordos 2020").And.Contain("no activity data entered"));
        }
    }

    [Test]
    public void Completeness_UnknownRegion_BadUsage()
    {
        var result = CliRunner.Run("completeness", "--year", "2020", "--region", "999999", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
    }

    [Test]
    public void ReportHtml_CarriesTheSectorSectionsTheTotalsAndTheMatrixWithoutABlankCell()
    {
        using var folder = TempFolder.Create("issue15-html");
        string path = Path.Combine(folder.Path, "r.html");
        var result = CliRunner.Run("report", "--year", "2020", "--format", "html", "--out", path, "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        string html = File.ReadAllText(path);
        int start = html.IndexOf("<section id=\"completeness-matrix\">", StringComparison.Ordinal);
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        string matrix = html[start..end];
        using (Assert.EnterMultipleScope())
        {
            foreach (var id in new[] { "sector-2", "sector-3", "sector-4", "totals-memo", "completeness-matrix" })
            {
                Assert.That(html, Does.Contain($"<section id=\"{id}\">"), id);
            }
            Assert.That(html, Does.Contain("Total excluding LULUCF").And.Contain("Total including LULUCF"));
            Assert.That(start, Is.GreaterThan(0));
            Assert.That(matrix, Does.Contain("Wastewater treatment and discharge").Or.Contain("4.D"));
            Assert.That(matrix, Does.Not.Contain("<td class=\"num\"></td>"), "no blank cell");
            Assert.That(matrix, Does.Not.Contain("class=\"dash\""), "no dash either: a key with its reason");
        }
    }

    [Test]
    public void Demo_PrintsTheCityBySectorBothTotalsMemoAndThePointer()
    {
        string output = DemoRun.Result.Out;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(DemoRun.Result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain("分部门二氧化碳当量"));
            // The console is narrow in tests: the labels wrap in their column, so fragments of them are looked for.
            Assert.That(output, Does.Contain("总量（不含").And.Contain("总量（含"));
            Assert.That(output, Does.Contain("信息项（不计"));
            Assert.That(output, Does.Contain("ghg completeness --db"));
        }
    }
}
