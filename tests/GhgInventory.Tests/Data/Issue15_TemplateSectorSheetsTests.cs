using ClosedXML.Excel;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data;

/// <summary>Issue 15 item 11 (template part): the sector sheets built from template-rows.csv, filled in through ClosedXML and imported.</summary>
[TestFixture]
public sealed class Issue15_TemplateSectorSheetsTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Jungar = RegionCode.Parse("150622");
    private string folder = null!;
    private IDisposable culture = null!;

    [SetUp]
    public void PreviousYearAndChinese()
    {
        culture = UiCulture.Use(UiCulture.Chinese);
        folder = Path.Combine(Path.GetTempPath(), $"ghg-sector-xlsx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // 2023, the year before the workbook's: shown beside the listed rows of surface-mined coal and clinker.
        var result = ActivityFile.Ingest(workspace, "jungar-2023.csv", ActivityFile.Utf8(
            "150622,2023,1.B.1.a,coal_mined_surface,400,万吨,illustrative,",
            "150622,2023,2.A.1,clinker,90,万吨,illustrative,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }

    [TearDown]
    public void Cleanup()
    {
        culture.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private string WriteTemplate()
    {
        var content = workspace.Template(Jungar, 2024);
        string path = Path.Combine(folder, XlsxTemplate.FileName(content));
        using var stream = File.Create(path);
        XlsxTemplate.Write(stream, content);
        return path;
    }

    /// <summary>The row of the listed activity <paramref name="activity"/> at the category whose label starts with <paramref name="category"/>.</summary>
    private static int RowOf(IXLWorksheet sheet, string category, string activity) =>
        Enumerable.Range(XlsxTemplate.HeaderRow + 1, sheet.LastRowUsed()!.RowNumber())
            .First(r => sheet.Cell(r, XlsxTemplate.Columns.Category).GetString().StartsWith(category + " ", StringComparison.Ordinal)
                && sheet.Cell(r, XlsxTemplate.Columns.Activity).GetString() == activity);

    [Test]
    public void Issue15_Template_HasOneSheetPerSectorWithItsListedRows()
    {
        string path = WriteTemplate();
        using var book = new XLWorkbook(path);
        var names = book.Worksheets.Select(s => s.Name).ToList();
        Assert.That(names, Does.Contain("逸散排放").And.Contain("工业生产过程").And.Contain("农业").And.Contain("土地利用").And.Contain("废弃物"));
        // In category order, after the fuel-combustion sheets and before the other categories.
        Assert.That(names.IndexOf("逸散排放"), Is.LessThan(names.IndexOf("工业生产过程")));
        Assert.That(names.IndexOf("工业生产过程"), Is.LessThan(names.IndexOf("农业")));
        Assert.That(names.IndexOf("废弃物"), Is.LessThan(names.IndexOf("其他类别")));
        var fugitive = book.Worksheet("逸散排放");
        int surface = RowOf(fugitive, "1.B.1.a", "露天矿原煤产量");
        var agriculture = book.Worksheet("农业");
        int sheep = RowOf(agriculture, "3.A", "绵羊");
        var ippu = book.Worksheet("工业生产过程");
        int methanolCoal = RowOf(ippu, "2.B.8.a", "原煤");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fugitive.Cell(XlsxTemplate.HeaderRow, XlsxTemplate.Columns.Hint).GetString(), Is.EqualTo("说明（不读取）"));
            Assert.That(fugitive.Cell(surface, XlsxTemplate.Columns.Hint).GetString(), Is.EqualTo("露天煤矿原煤产量"));
            Assert.That(fugitive.Cell(surface, XlsxTemplate.Columns.PreviousValue).GetDouble(), Is.EqualTo(400));
            Assert.That(fugitive.Cell(surface, XlsxTemplate.Columns.PreviousUnit).GetString(), Is.EqualTo("万吨"));
            Assert.That(fugitive.Cell(surface, XlsxTemplate.Columns.Value).IsEmpty(), Is.True);
            Assert.That(agriculture.Cell(sheep, XlsxTemplate.Columns.Unit).GetString(), Is.EqualTo("万只"));
            Assert.That(agriculture.Cell(sheep, XlsxTemplate.Columns.PreviousValue).IsEmpty(), Is.True);
            // The coal a coal-chemical plant gasifies is feedstock: the use is pre-filled.
            Assert.That(ippu.Cell(methanolCoal, XlsxTemplate.Columns.Use).GetString(), Is.EqualTo("原料用能"));
            // The sheep row's unit drop-down is its dimension's list (head units), not the energy list.
            var unit = agriculture.DataValidations.Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.RowNumber == sheep && r.RangeAddress.FirstAddress.ColumnNumber == XlsxTemplate.Columns.Unit));
            var listed = book.Worksheet("词表").Range(unit.Value.Replace("$", "", StringComparison.Ordinal).Split('!')[1]).Cells().Select(c => c.GetString()).ToList();
            Assert.That(listed, Does.Contain("万只").And.Contain("万头").And.Not.Contain("万吨"));
            // Energy rows of template-rows.csv go to the fuel-combustion sheet of their category, with no 能源活动 sheet beside it.
            Assert.That(names, Does.Not.Contain("能源活动"));
            var other = book.Worksheet("其他部门");
            Assert.That(other.Cell(RowOf(other, "1.A.4.b", "薪柴"), XlsxTemplate.Columns.Hint).GetString(), Does.Contain("生物质"));
            // Last year's rows shown on a listed row are not repeated below.
            Assert.That(fugitive.CellsUsed().Count(c => c.GetString() == "露天矿原煤产量"), Is.EqualTo(1));
        }
    }

    [Test]
    public void Issue15_FilledSectorSheets_ImportAndCompileToHandValues()
    {
        string path = WriteTemplate();
        using (var book = new XLWorkbook(path))
        {
            var fugitive = book.Worksheet("逸散排放");
            fugitive.Cell(RowOf(fugitive, "1.B.1.a", "露天矿原煤产量"), XlsxTemplate.Columns.Value).SetValue(500);
            var ippu = book.Worksheet("工业生产过程");
            ippu.Cell(RowOf(ippu, "2.A.1", "水泥熟料"), XlsxTemplate.Columns.Value).SetValue(100);
            var agriculture = book.Worksheet("农业");
            agriculture.Cell(RowOf(agriculture, "3.A", "绵羊"), XlsxTemplate.Columns.Value).SetValue(50);
            var land = book.Worksheet("土地利用");
            land.Cell(RowOf(land, "3.B.1.b", "造林保存面积(转化为林地的土地)"), XlsxTemplate.Columns.Value).SetValue(15);
            var waste = book.Worksheet("废弃物");
            waste.Cell(RowOf(waste, "4.A.1", "城市生活垃圾"), XlsxTemplate.Columns.Value).SetValue(20);
            book.Save();
        }

        var result = workspace.Ingest(path, IngestOptions.Default);

        // Five rows: every other listed row was left as the template wrote it and is skipped.
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Rows, Is.EqualTo(5));
        var rows = workspace.Connection.Query<(string Category, string Activity, double BaseValue)>(
            "SELECT category, activity, base_value FROM activity_records_readable WHERE year = 2024 ORDER BY category").ToList();
        // 500 万吨 = 5,000,000 t; 100 万吨 = 1,000,000 t; 50 万只 = 500,000 head; 15 万亩 = 150,000 亩 ÷ 15 = 10,000 ha; 20 万吨 = 200,000 t.
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("1.B.1.a", "coal_mined_surface", 5_000_000.0), ("2.A.1", "clinker", 1_000_000.0), ("3.A", "sheep", 500_000.0),
            ("3.B.1.b", "afforested_area", 10_000.0), ("4.A.1", "msw", 200_000.0),
        }).Using<(string, string, double)>((a, b) => a.Item1 == b.Item1 && a.Item2 == b.Item2 && Math.Abs(a.Item3 - b.Item3) <= 1e-9 * b.Item3));

        var (run, _) = workspace.Compile(2024, 2024, Jungar, GwpSet.Default, new CompileOptions());
        var lines = workspace.Summarize(run, Jungar, 2024).Lines;
        const double RelTol = 1e-9; // arithmetic only
        // Clinker (ipcc-2006-ippu, IPCC 2006 Vol 3 Ch 2 Tier 1): 1,000,000 t × 0.52 t CO2/t = 520,000 t CO2.
        double clinker = lines.Where(l => l.Activity == "clinker" && l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
        Assert.That(clinker, Is.EqualTo(520_000).Within(RelTol * 520_000));
        // Surface mining (ipcc-2006-fugitive, IPCC 2006 Vol 2 Ch 4 §4.1 Tier 1): 5,000,000 t × (1.2 + 0.1) m3/t × 0.67 kg/m3
        // = 4,020,000 + 335,000 kg = 4,355 t CH4.
        double surface = lines.Where(l => l.Activity == "coal_mined_surface" && l.Gas == Gas.CH4).Sum(l => l.MassTonnes ?? 0);
        Assert.That(surface, Is.EqualTo(4_355).Within(RelTol * 4_355));
    }

    [Test]
    public void Issue15_BadCellOnASectorSheet_IsRefusedAtItsCell_AndNothingIsStored()
    {
        string path = WriteTemplate();
        int sheep, clinker;
        using (var book = new XLWorkbook(path))
        {
            var agriculture = book.Worksheet("农业");
            sheep = RowOf(agriculture, "3.A", "绵羊");
            agriculture.Cell(sheep, XlsxTemplate.Columns.Value).SetValue("约五十");
            agriculture.Cell(sheep, XlsxTemplate.Columns.Value).DataType = XLDataType.Text;
            // Last year's clinker left without this year's value: refused at its value cell, as on every sheet.
            clinker = RowOf(book.Worksheet("工业生产过程"), "2.A.1", "水泥熟料");
            var fugitive = book.Worksheet("逸散排放");
            fugitive.Cell(RowOf(fugitive, "1.B.1.a", "露天矿原煤产量"), XlsxTemplate.Columns.Value).SetValue(500);
            book.Save();
        }
        string before = DatabaseDump.Content(workspace.Connection);

        var result = workspace.Ingest(path, IngestOptions.Default);

        var cells = result.Issues.Select(i => i.Cell).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False);
            Assert.That(cells, Does.Contain($"{path}!农业!E{sheep}"), string.Join("\n", result.Issues));
            Assert.That(result.Issues.Single(i => i.Cell == $"{path}!农业!E{sheep}").Found, Does.Contain("约五十"));
            Assert.That(result.Issues.Single(i => i.Cell == $"{path}!工业生产过程!E{clinker}").ToString(), Does.Contain("上年为 90 万吨，本年数值为空"));
            Assert.That(result.IssueCount, Is.EqualTo(2), string.Join("\n", result.Issues));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a rejected workbook stores nothing");
        }
    }

    [Test]
    public void Issue15_EveryTemplateRow_NamesKnownVocabularyAndAReadUnitOfItsDimension()
    {
        var rows = GhgInventory.Data.Templates.TemplateRows.Read();
        var sheets = GhgInventory.Data.Templates.TemplateRows.SheetNamesEnglish();
        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            Assert.That(sheets.ContainsKey(row.Sheet), Is.True, $"line {row.Line}: sheet {row.Sheet} has no English name in template-sheets.csv");
            Assert.That(TextFields.UnitOf(row.Unit), Is.Not.Null, $"line {row.Line}: unit {row.Unit}");
            Assert.That(row.Use, Is.AnyOf("", "feedstock", "transformation", "output", "autoproducer"), $"line {row.Line}");
        }
    }
}
