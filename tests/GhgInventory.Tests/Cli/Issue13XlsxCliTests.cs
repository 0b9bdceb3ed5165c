using System.Text;
using ClosedXML.Excel;
using GhgInventory.Cli;
using GhgInventory.Core.Localization;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 13: <c>ghg template</c>, <c>ghg ingest FILE.xlsx</c> and <c>ghg report --format xlsx|csv --out</c> from the command line.</summary>
[TestFixture]
public sealed class Issue13XlsxCliTests
{
    private string folder = null!;
    private string db = null!;

    [SetUp]
    public void Folder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"ghg-xlsx-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        db = Path.Combine(folder, "ghg.db");
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string csv = Path.Combine(folder, "jungar-2023.csv");
        File.WriteAllBytes(csv, ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,1100,万吨,统计局,"));
        Assert.That(CliRunner.Run("ingest", csv, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
    }

    [TearDown]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Issue13_TemplateThenIngest_FromTheCommandLine()
    {
        using var _ = UiCulture.Use(UiCulture.Chinese);
        string path = Path.Combine(folder, "准格尔旗2024.xlsx");
        var written = CliRunner.RunZh("template", "--region", "准格尔旗", "--year", "2024", "--out", path, "--db", db);
        Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
        Assert.That(written.Out, Does.Contain("准格尔旗2024.xlsx").And.Contain("2023"));
        using (var book = new XLWorkbook(path))
        {
            var sheet = book.Worksheet("能源工业");
            int row = XlsxTemplate.HeaderRow + 1;
            Assert.That(sheet.Cell(row, XlsxTemplate.Columns.PreviousValue).GetDouble(), Is.EqualTo(1100));
            sheet.Cell(row, XlsxTemplate.Columns.Value).SetValue(1234.5);
            book.Save();
        }
        var check = CliRunner.Run("ingest", path, "--check", "--db", db);
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success), check.ToString());
        Assert.That(check.Out, Does.Contain("XLSX"));

        Assert.That(CliRunner.Run("template", "--year", "2024", "--db", db).ExitCode, Is.EqualTo(ExitCodes.BadUsage), "--region is required");
    }

    /// <summary>Breaker findings: a template named .csv, a year outside the inventory years and a named file that exists are refused
    /// (the last would have overwritten a filled workbook); nothing is written.</summary>
    [Test]
    public void Issue13_TemplateRefusesAWrongNameAYearOutOfRangeAndAnExistingFile()
    {
        string csvName = Path.Combine(folder, "x.csv");
        var named = CliRunner.Run("template", "--region", "准格尔旗", "--year", "2024", "--out", csvName, "--db", db);
        Assert.That(named.ExitCode, Is.EqualTo(ExitCodes.BadUsage), named.ToString());
        Assert.That(named.Error, Does.Contain(".xlsx"));
        Assert.That(File.Exists(csvName), Is.False);

        var early = CliRunner.Run("template", "--region", "准格尔旗", "--year", "1800", "--db", db);
        Assert.That(early.ExitCode, Is.EqualTo(ExitCodes.BadUsage), early.ToString());
        Assert.That(early.Error, Does.Contain("1990"));

        string filled = Path.Combine(folder, "filled.xlsx");
        File.WriteAllText(filled, "a filled workbook");
        var over = CliRunner.Run("template", "--region", "准格尔旗", "--year", "2024", "--out", filled, "--db", db);
        Assert.That(over.ExitCode, Is.EqualTo(ExitCodes.Failure), over.ToString());
        Assert.That(File.ReadAllText(filled), Is.EqualTo("a filled workbook"));
    }

    /// <summary>Breaker finding: last year's facility "+plantB" was written to the template as "'+plantB" (neutralised against
    /// formula injection) and read back with the apostrophe, so the plant's id changed from one year to the next.</summary>
    [Test]
    public void Issue13_FacilityStartingWithPlus_KeepsItsIdThroughTheTemplate()
    {
        string csv = Path.Combine(folder, "plant-2023.csv");
        File.WriteAllBytes(csv, Encoding.UTF8.GetBytes("region,year,category,activity,value,unit,facility\n150622,2023,1.A.2.c,raw_coal,5,万吨,+plantB\n"));
        Assert.That(CliRunner.Run("ingest", csv, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string path = Path.Combine(folder, "plant2024.xlsx");
        Assert.That(CliRunner.RunZh("template", "--region", "准格尔旗", "--year", "2024", "--out", path, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        using (var book = new XLWorkbook(path))
        {
            var cell = book.Worksheets.SelectMany(w => w.CellsUsed()).Single(c => c.GetString().Contains("plantB", StringComparison.Ordinal));
            Assert.That(cell.GetString(), Is.EqualTo("'+plantB"), "written neutralised");
            cell.Worksheet.Cell(cell.Address.RowNumber, XlsxTemplate.Columns.Value).SetValue(6);
            // The other pre-filled row (raw coal at 1.A.1.a.i) gets its value too, so nothing is refused for want of one.
            var coal = book.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => c.Address.ColumnNumber == XlsxTemplate.Columns.PreviousValue
                && c.Address.RowNumber > XlsxTemplate.HeaderRow && c.Worksheet.Cell(c.Address.RowNumber, XlsxTemplate.Columns.Value).IsEmpty()).ToList();
            foreach (var previous in coal)
            {
                previous.Worksheet.Cell(previous.Address.RowNumber, XlsxTemplate.Columns.Value).SetValue(1000);
            }
            book.Save();
        }
        var ingest = CliRunner.Run("ingest", path, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT facility FROM activity_records_readable WHERE activity = 'raw_coal' AND category = '1.A.2.c' ORDER BY facility";
        var facilities = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facilities.Add(reader.GetString(0));
            }
        }
        Assert.That(facilities, Is.EqualTo(new[] { "+plantB" }), "2023 and 2024 name the same plant");
    }

    [Test]
    public void Issue13_ReportXlsxAndCsvFiles_FromTheCommandLine()
    {
        Assert.That(CliRunner.Run("compile", "--year", "2023", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var noOut = CliRunner.Run("report", "--year", "2023", "--format", "xlsx", "--db", db);
        Assert.That(noOut.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(noOut.Error, Does.Contain("--out"));

        string xlsx = Path.Combine(folder, "report.xlsx");
        var report = CliRunner.Run("report", "--year", "2023", "--format", "xlsx", "--out", xlsx, "--lang", "en", "--db", db);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
        using (var book = new XLWorkbook(xlsx))
        {
            // 1100 万吨 raw coal × 1.9002988488 t CO2/t (china-provincial-2011) = 20,903,287.3368 t CO2, the only line here
            // besides its CH4 and N2O; the trend sheet carries the year.
            var trend = book.Worksheet("trend");
            Assert.That(trend.Cell(XlsxReport.HeaderRow + 1, 1).GetDouble(), Is.EqualTo(2023));
            Assert.That(trend.Cell(XlsxReport.HeaderRow + 1, 2).GetDouble(), Is.EqualTo(20_903_287.337).Within(0.001));
        }

        string csv = Path.Combine(folder, "report.csv");
        var lines = CliRunner.RunZh("report", "--year", "2023", "--format", "csv", "--out", csv, "--db", db);
        Assert.That(lines.ExitCode, Is.EqualTo(ExitCodes.Success), lines.ToString());
        byte[] bytes = File.ReadAllBytes(csv);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("属地排放_吨CO2当量"));
        Assert.That(File.Exists(Path.Combine(folder, "report-totals.csv")), Is.True);
    }

    [Test]
    public void Issue13_IngestedWorkbook_IsListedAsXlsxByData()
    {
        string path = Path.Combine(folder, "准格尔旗2024.xlsx");
        Assert.That(CliRunner.Run("template", "--region", "准格尔旗", "--year", "2024", "--out", path, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        using (var book = new XLWorkbook(path))
        {
            book.Worksheet("Energy Industries").Cell(XlsxTemplate.HeaderRow + 1, XlsxTemplate.Columns.Value).SetValue(1234.5);
            book.Save();
        }
        var ingest = CliRunner.Run("ingest", path, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());

        var data = CliRunner.Run("data", "--db", db);
        string batch = data.Out.Split('\n').Single(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+\s+准格尔旗2024\.xlsx\s"));
        Assert.That(batch, Does.Contain("XLSX").And.Not.Contain("UTF-8"), data.Out);
    }

    [Test]
    public void Issue13_TemplateHint_QuotesAPathWithSpaces()
    {
        string path = Path.Combine(folder, "Jungar Banner2024.xlsx");
        var written = CliRunner.Run("template", "--region", "准格尔旗", "--year", "2024", "--out", path, "--db", db);
        Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
        Assert.That(written.Out, Does.Contain($"ghg ingest \"{path}\" --db {db}"), written.Out);
    }

    [Test]
    public void Issue13_IngestHelp_SaysCsvOrXlsx()
    {
        Assert.That(CliRunner.Run("ingest", "--help").Out, Does.Contain("CSV").And.Contain(".xlsx"));
        Assert.That(CliRunner.RunZh("ingest", "--help").Out, Does.Contain("CSV").And.Contain("XLSX 工作簿"));
    }

    [Test]
    public void Issue13_StoredWorkbookRecords_AreLocatedBySheetAndSheetRow()
    {
        string path = Path.Combine(folder, "准格尔旗2024.xlsx");
        Assert.That(CliRunner.RunZh("template", "--region", "准格尔旗", "--year", "2024", "--out", path, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        const int GasRow = XlsxTemplate.HeaderRow + 3; // row 5 of its sheet; the second row read from the workbook
        using (var book = new XLWorkbook(path))
        {
            book.Worksheet("能源工业").Cell(XlsxTemplate.HeaderRow + 1, XlsxTemplate.Columns.Value).SetValue(1234.5);
            var manufacturing = book.Worksheet("制造业和建筑业");
            manufacturing.Cell(GasRow, XlsxTemplate.Columns.Category).SetValue("1.A.2.c 化学工业");
            manufacturing.Cell(GasRow, XlsxTemplate.Columns.Activity).SetValue("天然气");
            manufacturing.Cell(GasRow, XlsxTemplate.Columns.Value).SetValue(2600);
            manufacturing.Cell(GasRow, XlsxTemplate.Columns.Unit).SetValue("万立方米");
            book.Save();
        }
        var ingest = CliRunner.Run("ingest", path, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        Assert.That(CliRunner.Run("compile", "--year", "2024", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));

        var explain = CliRunner.Run("explain", "--year", "2024", "--region", "150622", "--category", "1.A.2.c", "--activity", "natural_gas", "--gas", "CO2", "--db", db);
        Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
        Assert.That(explain.Out, Does.Contain($"准格尔旗2024.xlsx!制造业和建筑业!{GasRow} (").And.Not.Contain("准格尔旗2024.xlsx:3"), explain.Out);

        // A facility row of the same category and activity overlaps the stored total: the message names where the workbook holds it.
        string csv = Path.Combine(folder, "plant.csv");
        File.WriteAllBytes(csv, ActivityFile.Utf8WithHeader(ActivityFile.Header + ",facility", "150622,2024,1.A.2.c,natural_gas,100,万立方米,企业报表,,某化工厂"));
        var overlap = CliRunner.RunZh("ingest", csv, "--db", db);
        Assert.That(overlap.ExitCode, Is.Not.EqualTo(ExitCodes.Success));
        Assert.That(overlap.ToString(), Does.Contain($"已由 准格尔旗2024.xlsx!制造业和建筑业!{GasRow} 存储"), overlap.ToString());
    }

    [Test]
    public void Issue13_ImportDiffAndFlags_NameTheSheetRow()
    {
        string first = Path.Combine(folder, "准格尔旗2024.xlsx");
        Assert.That(CliRunner.RunZh("template", "--region", "准格尔旗", "--year", "2024", "--out", first, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        string second = Path.Combine(folder, "准格尔旗2024v2.xlsx");
        File.Copy(first, second);
        const int Coal = XlsxTemplate.HeaderRow + 1;
        const int Gas = XlsxTemplate.HeaderRow + 4;
        foreach (var (path, coal) in new[] { (first, 1200.0), (second, 90_000.0) })
        {
            using var book = new XLWorkbook(path);
            var energy = book.Worksheet("能源工业");
            energy.Cell(Coal, XlsxTemplate.Columns.Value).SetValue(coal);
            var manufacturing = book.Worksheet("制造业和建筑业");
            manufacturing.Cell(Gas, XlsxTemplate.Columns.Category).SetValue("1.A.2.c 化学工业");
            manufacturing.Cell(Gas, XlsxTemplate.Columns.Activity).SetValue("天然气");
            manufacturing.Cell(Gas, XlsxTemplate.Columns.Value).SetValue(path == first ? 2600 : 2700);
            manufacturing.Cell(Gas, XlsxTemplate.Columns.Unit).SetValue("万立方米");
            book.Save();
        }
        Assert.That(CliRunner.RunZh("ingest", first, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var correction = CliRunner.RunZh("ingest", second, "--db", db);
        Assert.That(correction.ExitCode, Is.EqualTo(ExitCodes.Success), correction.ToString());
        // The changed rows of the summary: where the workbook holds them, not the running count (第 2 行).
        Assert.That(correction.Out, Does.Contain($"（准格尔旗2024v2.xlsx!制造业和建筑业!{Gas}）").Or.Contain($"（{second}!制造业和建筑业!{Gas}）"), correction.Out);
        Assert.That(correction.Out, Does.Not.Contain("（第 2 行）"));
        // 90,000 万吨 of coal after 1,100 the year before is flagged, at its sheet row, when imported and later.
        var data = CliRunner.RunZh("data", "--db", db);
        Assert.That(data.Out, Does.Contain($"准格尔旗2024v2.xlsx!能源工业!{Coal}"), data.Out);

        // JSON flags carry the sheet beside the (sheet) line.
        Assert.That(CliRunner.Run("compile", "--year", "2024", "--region", "150622", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var json = CliRunner.Run("report", "--year", "2024", "--region", "150622", "--format", "json", "--db", db);
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Success), json.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var flags = Descendants(document.RootElement).Where(e => e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty("kind", out _) && e.TryGetProperty("line", out _)).ToList();
        Assert.That(flags, Is.Not.Empty, json.Out);
        Assert.That(flags.Select(f => (f.GetProperty("sheet").GetString(), f.GetProperty("line").GetInt32())), Has.Member(("能源工业", Coal)));
    }

    private static IEnumerable<System.Text.Json.JsonElement> Descendants(System.Text.Json.JsonElement e)
    {
        yield return e;
        var children = e.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Object => e.EnumerateObject().Select(p => p.Value).ToList(),
            System.Text.Json.JsonValueKind.Array => e.EnumerateArray().ToList(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
