using ClosedXML.Excel;
using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Indicators;

/// <summary>Issue 14 item 3: the data-entry workbook's socio-economic indicator sheet, filled in through ClosedXML and imported.</summary>
[TestFixture]
public sealed class IndicatorTemplateTests : FreshWorkspaceFixture
{
    private const string Sheet = "社会经济指标";
    private static readonly RegionCode Jungar = RegionCode.Parse("150622");
    private string folder = null!;
    private IDisposable culture = null!;

    [SetUp]
    public void PreviousYearAndChinese()
    {
        culture = UiCulture.Use(UiCulture.Chinese);
        folder = Path.Combine(Path.GetTempPath(), $"ghg-indicator-xlsx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // 准格尔旗 2022 GDP 1300.1 亿元 (ordos_banner_facts.csv) stands in for the year before the workbook's, with an energy row.
        var result = ActivityFile.Ingest(workspace, "jungar-2023.csv", ActivityFile.Utf8(
            "150622,2023,1.A.1.a.i,raw_coal,1100,万吨,统计局,",
            "150622,2023,0,gdp,1300.1,亿元,illustrative,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }

    [TearDown]
    public void Cleanup()
    {
        culture.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Issue14_IndicatorSheet_HasOneRowPerIndicatorWithLastYearAndItsUnitList()
    {
        string path = WriteTemplate();
        using var book = new XLWorkbook(path);
        Assert.That(book.Worksheets.Select(s => s.Name), Does.Contain(Sheet));
        var sheet = book.Worksheet(Sheet);
        int gdp = RowOf(sheet, "地区生产总值"), index = RowOf(sheet, "地区生产总值指数(上年=100)"), population = RowOf(sheet, "常住人口(年末)");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sheet.Cell(gdp, XlsxTemplate.Columns.Category).GetString(), Does.StartWith("0 "));
            Assert.That(sheet.Cell(gdp, XlsxTemplate.Columns.PreviousValue).GetDouble(), Is.EqualTo(1300.1));
            Assert.That(sheet.Cell(gdp, XlsxTemplate.Columns.PreviousUnit).GetString(), Is.EqualTo("亿元"));
            Assert.That(sheet.Cell(gdp, XlsxTemplate.Columns.Unit).GetString(), Is.EqualTo("亿元"));
            Assert.That(sheet.Cell(index, XlsxTemplate.Columns.Unit).GetString(), Is.EqualTo("上年=100"));
            // What each indicator is stands in the 说明 column, not in a cell comment (LibreOffice writes comments back unreadably).
            Assert.That(sheet.Cell(XlsxTemplate.HeaderRow, XlsxTemplate.Columns.Hint).GetString(), Is.EqualTo("说明（不读取）"));
            Assert.That(sheet.Cell(index, XlsxTemplate.Columns.Hint).GetString(), Does.Contain("上年=100").And.Contain("105.4"));
            Assert.That(sheet.Cell(population, XlsxTemplate.Columns.Hint).GetString(), Does.Contain("年末常住人口"));
            Assert.That(book.Worksheets.SelectMany(w => w.CellsUsed(XLCellsUsedOptions.All)).Where(c => c.HasComment), Is.Empty);
            Assert.That(sheet.Cell(population, XlsxTemplate.Columns.Unit).GetString(), Is.EqualTo("万人"));
            // Category 0 is no emission category: the other sheets neither list it nor show last year's GDP.
            Assert.That(book.Worksheet("其他类别").RangeUsed()!.CellsUsed().Select(c => c.GetString()), Has.None.StartsWith("0 "));
            Assert.That(book.Worksheet("能源工业").RangeUsed()!.CellsUsed().Select(c => c.GetString()), Has.None.EqualTo("地区生产总值"));
        }
    }

    [Test]
    public void Issue14_FilledIndicatorSheet_ImportsToIndicatorRows()
    {
        string path = WriteTemplate();
        using (var book = new XLWorkbook(path))
        {
            var sheet = book.Worksheet(Sheet);
            sheet.Cell(RowOf(sheet, "地区生产总值"), XlsxTemplate.Columns.Value).SetValue(1350.2);
            sheet.Cell(RowOf(sheet, "地区生产总值指数(上年=100)"), XlsxTemplate.Columns.Value).SetValue(106.1);
            // Last year's coal left unfilled is dropped the documented way: its category deleted.
            var energy = book.Worksheet("能源工业");
            energy.Cell(XlsxTemplate.HeaderRow + 1, XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
            book.Save();
        }

        var result = workspace.Ingest(path, IngestOptions.Default);

        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var rows = workspace.Connection.Query<(string Category, string Activity, double BaseValue)>(
            "SELECT category, activity, base_value FROM activity_records_readable WHERE year = 2024 ORDER BY activity").ToList();
        using (Assert.EnterMultipleScope())
        {
            // Two rows: the fourteen indicators left empty are template rows, skipped.
            Assert.That(rows.Select(r => (r.Category, r.Activity)), Is.EqualTo(new[] { ("0", "gdp"), ("0", "gdp_index") }));
            // 1350.2 亿元 = 1350.2 × 10^8 yuan = 1.3502 × 10^11 yuan; the index is stored in points as written.
            Assert.That(rows[0].BaseValue, Is.EqualTo(1.3502e11).Within(1e-12).Percent);
            Assert.That(rows[1].BaseValue, Is.EqualTo(106.1).Within(1e-12).Percent);
        }
    }

    [Test]
    public void Issue14_GrowthRateInPercent_IsLocatedAtItsCellAndNothingIsStored()
    {
        string path = WriteTemplate();
        int index;
        using (var book = new XLWorkbook(path))
        {
            var sheet = book.Worksheet(Sheet);
            index = RowOf(sheet, "地区生产总值指数(上年=100)");
            sheet.Cell(index, XlsxTemplate.Columns.Value).SetValue(5.4);
            sheet.Cell(index, XlsxTemplate.Columns.Unit).SetValue("%");
            book.Worksheet("能源工业").Cell(XlsxTemplate.HeaderRow + 1, XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
            sheet.Cell(RowOf(sheet, "地区生产总值"), XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
            book.Save();
        }
        string before = DatabaseDump.Content(workspace.Connection);

        var result = workspace.Ingest(path, IngestOptions.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False);
            var issue = result.Issues.Single();
            // The value column is E of the indicator sheet.
            Assert.That(issue.Cell, Is.EqualTo($"{path}!{Sheet}!E{index}"));
            Assert.That(issue.Expected, Does.Contain("增长 5.4% 应写作 105.4"));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a rejected workbook stores nothing");
        }
    }

    [Test]
    public void Issue14_Template_HasNoCommentParts()
    {
        string path = WriteTemplate();
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        Assert.That(zip.Entries.Select(e => e.FullName).Where(n => n.Contains("comments", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".vml", StringComparison.Ordinal)),
            Is.Empty);
    }

    [Test]
    public void Issue14_WorkbookWithCellCommentSavedByLibreOffice_Reads()
    {
        // Cases/LibreOfficeCellComment.xlsx: a sheet with the contract's Chinese header and one row (150622, 2024, 0, gdp, 1350.2, 亿元,
        // 示例数据) and a comment on D2, written by ClosedXML and saved unchanged by LibreOffice Calc 7.4 (soffice --convert-to xlsx):
        // it holds xl/comments1.xml and xl/drawings/vmlDrawing1.vml as Calc writes them, which ClosedXML 0.95.4 fails to load
        // ("Sequence contains no matching element"): before the fix the import refused it as not Office Open XML.
        string path = Path.Combine(folder, "calc.xlsx");
        File.Copy(Path.Combine(RepositoryPaths.Cases, "LibreOfficeCellComment.xlsx"), path);

        var result = workspace.Ingest(path, IngestOptions.Default);

        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var rows = workspace.Connection.Query<(string Activity, double BaseValue)>(
            "SELECT activity, base_value FROM activity_records_readable WHERE year = 2024 AND category = '0'").ToList();
        // 1350.2 亿元 = 1.3502 × 10^11 yuan.
        Assert.That(rows.Single().Activity, Is.EqualTo("gdp"));
        Assert.That(rows.Single().BaseValue, Is.EqualTo(1.3502e11).Within(1e-12).Percent);
    }

    [Test]
    public void Issue14_OldTemplateWithCellComments_StillReads()
    {
        // The template handed to banners before this fix carried what each indicator is as a comment on its 品种 cell.
        string path = WriteTemplate();
        using (var book = new XLWorkbook(path))
        {
            var sheet = book.Worksheet(Sheet);
            int gdp = RowOf(sheet, "地区生产总值");
            sheet.Cell(gdp, XlsxTemplate.Columns.Activity).Comment.AddText("地区生产总值（当年价）");
            sheet.Cell(gdp, XlsxTemplate.Columns.Value).SetValue(1350.2);
            book.Worksheet("能源工业").Cell(XlsxTemplate.HeaderRow + 1, XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
            book.Save();
        }

        var result = workspace.Ingest(path, IngestOptions.Default);

        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(workspace.Connection.ExecuteScalar<double>("SELECT base_value FROM activity_records_readable WHERE year = 2024 AND activity = 'gdp'"),
            Is.EqualTo(1.3502e11).Within(1e-12).Percent);
    }

    [Test]
    public void Issue14_UnloadableWorkbook_NamesItsPartsBeyondTheCells()
    {
        // The Calc fixture with its styles part damaged (ClosedXML throws) and a picture added: the message names the picture's part
        // and says what to do, rather than only "not Office Open XML".
        string path = Path.Combine(folder, "damaged.xlsx");
        File.Copy(Path.Combine(RepositoryPaths.Cases, "LibreOfficeCellComment.xlsx"), path);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/styles.xml")!.Delete();
            using (var writer = new StreamWriter(zip.CreateEntry("xl/styles.xml").Open()))
            {
                writer.Write("<styleSheet");
            }
            using var image = zip.CreateEntry("xl/media/image1.png").Open();
            image.Write([0x89, 0x50, 0x4E, 0x47]);
        }
        string before = DatabaseDump.Content(workspace.Connection);

        var result = workspace.Ingest(path, IngestOptions.Default);

        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Issues.Single().Found, Does.Contain("xl/media/image1.png").And.Contain("CSV UTF-8"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    private string WriteTemplate()
    {
        var content = workspace.Template(Jungar, 2024);
        string path = Path.Combine(folder, XlsxTemplate.FileName(content));
        using var stream = File.Create(path);
        XlsxTemplate.Write(stream, content);
        return path;
    }

    private static int RowOf(IXLWorksheet sheet, string activity) =>
        Enumerable.Range(XlsxTemplate.HeaderRow + 1, sheet.LastRowUsed()!.RowNumber()).First(r => sheet.Cell(r, XlsxTemplate.Columns.Activity).GetString() == activity);
}
