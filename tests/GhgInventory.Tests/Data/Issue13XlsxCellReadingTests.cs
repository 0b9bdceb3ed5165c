using System.Diagnostics;
using System.IO.Compression;
using System.Security;
using ClosedXML.Excel;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data;

/// <summary>
/// Issue 13 trial findings on reading workbook cells: dates and scaled numbers shown by their format, sheets passed over,
/// stray cells far down, unreadable files and error cells; each is refused where it is, and nothing is stored.
/// </summary>
[TestFixture]
public sealed class Issue13XlsxCellReadingTests : FreshWorkspaceFixture
{
    private static readonly string[] Header = ["地区", "年份", "类别", "品种", "数值", "单位", "来源"];
    private string folder = null!;
    private IDisposable culture = null!;

    [SetUp]
    public void Folder()
    {
        culture = UiCulture.Use(UiCulture.English);
        folder = Path.Combine(Path.GetTempPath(), $"ghg-xlsxread-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void Cleanup()
    {
        culture.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A sheet in the contract: header at <paramref name="headerRow"/>, then one 1.A.1.a.i row per value.</summary>
    private static IXLWorksheet ContractSheet(XLWorkbook book, string name, int headerRow, params object[] values)
    {
        var sheet = book.Worksheets.Add(name);
        for (int c = 0; c < Header.Length; c++)
        {
            sheet.Cell(headerRow, c + 1).SetValue(Header[c]);
        }
        string[] activities = ["raw_coal", "diesel", "natural_gas", "fuel_oil", "gasoline", "coke", "lpg", "kerosene", "cleaned_coal", "coke_oven_gas"];
        for (int i = 0; i < values.Length; i++)
        {
            int row = headerRow + 1 + i;
            sheet.Cell(row, 1).SetValue("150622");
            sheet.Cell(row, 2).SetValue(2024);
            sheet.Cell(row, 3).SetValue("1.A.1.a.i");
            sheet.Cell(row, 4).SetValue(activities[i]);
            sheet.Cell(row, 5).Value = values[i];
            sheet.Cell(row, 6).SetValue("吨");
            sheet.Cell(row, 7).SetValue("统计局");
        }
        return sheet;
    }

    private string Save(XLWorkbook book, string name)
    {
        string path = Path.Combine(folder, name);
        book.SaveAs(path);
        book.Dispose();
        return path;
    }

    /// <summary>Ingests the file and asserts it is refused and nothing is stored; the issues.</summary>
    private List<ValidationIssue> Refused(string path)
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = workspace.Ingest(path, IngestOptions.Default);
        Assert.That(result.Accepted, Is.False, "the file was accepted");
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        return [.. result.Issues];
    }

    private static ValidationIssue At(List<ValidationIssue> issues, string cell) =>
        issues.FirstOrDefault(i => i.Cell == cell) ?? throw new AssertionException($"no issue at {cell}:\n" + string.Join("\n", issues));

    [TestCase(27, null)]
    [TestCase(28, null)]
    [TestCase(30, null)]
    [TestCase(31, null)]
    [TestCase(32, null)]
    [TestCase(36, null)]
    [TestCase(50, null)]
    [TestCase(57, null)]
    [TestCase(58, null)]
    [TestCase(14, null)]
    [TestCase(22, null)]
    [TestCase(0, "[$-804]yyyy\"年\"m\"月\"d\"日\"")]
    [TestCase(0, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy")]
    [TestCase(0, "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"")]
    [TestCase(0, "[Red]yyyy/m/d")]
    [TestCase(0, "h\"时\"mm\"分\"")]
    [TestCase(0, "yyyy/m/d;@")]
    public void Issue13_DateFormattedNumber_IsRefusedAtItsCell(int formatId, string? format)
    {
        var book = new XLWorkbook();
        var sheet = ContractSheet(book, "能源", 1, 100, 45292);
        if (format is null)
        {
            sheet.Cell(3, 5).Style.NumberFormat.NumberFormatId = formatId;
        }
        else
        {
            sheet.Cell(3, 5).Style.NumberFormat.Format = format;
        }
        string path = Save(book, "dates.xlsx");

        var issue = At(Refused(path), $"{path}!能源!E3");
        Assert.That(issue.Found, Does.StartWith("a date or time (2024-01-01"));
    }

    [TestCase("0.00", ExpectedResult = false)]
    [TestCase("#,##0.####", ExpectedResult = false)]
    [TestCase("General", ExpectedResult = false)]
    [TestCase("0.00E+00", ExpectedResult = false)]
    [TestCase("[Red]0.0;[Blue]-0.0", ExpectedResult = false)]
    [TestCase("0\" days\"", ExpectedResult = false)]
    [TestCase("0\\d", ExpectedResult = false)]
    [TestCase("@", ExpectedResult = false)]
    [TestCase("yyyy-mm-dd", ExpectedResult = true)]
    [TestCase("[$-804]yyyy\"年\"m\"月\"d\"日\"", ExpectedResult = true)]
    [TestCase("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", ExpectedResult = true)]
    [TestCase("[$-F400]h:mm:ss\\ AM/PM", ExpectedResult = true)]
    [TestCase("mmm-yy", ExpectedResult = true)]
    [TestCase("e\"年\"m\"月\"", ExpectedResult = true)]
    [TestCase("[h]:mm", ExpectedResult = true)]
    [TestCase("0;0;yyyy", ExpectedResult = true)]
    public bool Issue13_NumberFormatClassifier_TellsDatesAndTimes(string format) => XlsxNumberFormat.IsDateOrTime(164, format);

    [TestCase("#,##0,", ExpectedResult = true)]
    [TestCase("0.0,,", ExpectedResult = true)]
    [TestCase("#,##0,;-#,##0,", ExpectedResult = true)]
    [TestCase("#,##0,\"千\"", ExpectedResult = true)]
    [TestCase("0!.0000\"万\"", ExpectedResult = true)]
    [TestCase("0.00\"亿\"", ExpectedResult = true)]
    [TestCase("#,##0", ExpectedResult = false)]
    [TestCase("#,##0.00", ExpectedResult = false)]
    [TestCase("#,##0.####", ExpectedResult = false)]
    [TestCase("0.0\" t\"", ExpectedResult = false)]
    [TestCase("\"a,\"0", ExpectedResult = false)]
    [TestCase("General", ExpectedResult = false)]
    public bool Issue13_NumberFormatClassifier_TellsScaledNumbers(string format) => XlsxNumberFormat.ShowsScaled(format);

    [TestCase("#,##0,")]
    [TestCase("0!.0000\"万\"")]
    public void Issue13_ScaledNumber_IsRefusedAtItsCell(string format)
    {
        var book = new XLWorkbook();
        ContractSheet(book, "能源", 1, 100, 12345).Cell(3, 5).Style.NumberFormat.Format = format;
        string path = Save(book, "scaled.xlsx");

        var issue = At(Refused(path), $"{path}!能源!E3");
        Assert.That(issue.Found, Is.EqualTo($"a number its format {format} shows as another quantity (the cell holds 12345)"));
    }

    [Test]
    public void Issue13_SheetsNotRead_AreRefusedNamingTheSheet()
    {
        var book = new XLWorkbook();
        book.Worksheets.Add("说明").Cell(1, 1).SetValue("填表说明: 每行一个品种");
        var good = ContractSheet(book, "能源", 1, 100);
        good.Cell(2, 11).SetValue(777); // K2, beside the table under no header
        var low = ContractSheet(book, "第二张", 12, 5);
        low.Cell(1, 1).SetValue("补充数据");
        var thin = book.Worksheets.Add("另表");
        thin.Cell(1, 1).SetValue("品种");
        thin.Cell(1, 2).SetValue("数值");
        thin.Cell(2, 1).SetValue("原煤");
        thin.Cell(2, 2).SetValue(5);
        book.Worksheets.Add("笔记").Cell(4, 2).SetValue(42);
        ContractSheet(book, "旧数据", 1, 5).Visibility = XLWorksheetVisibility.Hidden;
        ContractSheet(book, "x", 1, 6).Visibility = XLWorksheetVisibility.VeryHidden;
        book.Worksheets.Add("空表");
        string path = Save(book, "sheets.xlsx");

        var issues = Refused(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(At(issues, $"{path}!第二张!12:12").Found, Is.EqualTo("sheet '第二张' holds data, but its header (row 12) is below the first 10 rows, so its rows would not be read"));
            Assert.That(At(issues, $"{path}!另表!1:1").Found, Is.EqualTo("sheet '另表' holds data, but its header row 1 names only 2 of the required columns (品种, 数值), so its rows would not be read"));
            Assert.That(At(issues, $"{path}!笔记!4:4").Found, Is.EqualTo("sheet '笔记' holds data but no header row, so its rows would not be read"));
            Assert.That(At(issues, $"{path}!旧数据!1:1").Found, Is.EqualTo("hidden sheet '旧数据' with activity rows"));
            Assert.That(At(issues, $"{path}!x!1:1").Found, Is.EqualTo("hidden sheet 'x' with activity rows"));
            Assert.That(At(issues, $"{path}!能源!K2").Found, Is.EqualTo("a value (777) in a column with no header"));
            Assert.That(issues.Select(i => i.Cell ?? ""), Has.None.Contains("!说明!").And.None.Contains("!空表!"));
        }
    }

    [Test]
    public void Issue13_StrayCellAtTheLastRow_OnlyTheRowsThatExistAreRead()
    {
        var book = new XLWorkbook();
        var sheet = ContractSheet(book, "能源", 1, 100, 200);
        sheet.Cell(1048576, 11).SetValue(1);
        var second = ContractSheet(book, "能源2", 1, 300);
        second.Cell(1048576, 5).SetValue(4);
        string path = Save(book, "far.xlsx");

        var clock = Stopwatch.StartNew();
        var issues = Refused(path);
        clock.Stop();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(At(issues, $"{path}!能源!K1048576").Found, Is.EqualTo("a value (1) in a column with no header"));
            // The far row of the second sheet is read as a row (value without its labels), located at its row number.
            Assert.That(issues.Select(i => i.Cell ?? ""), Has.Some.StartsWith($"{path}!能源2!").And.Some.Contains("1048576"), string.Join("\n", issues));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        }
    }

    [Test]
    public void Issue13_StrayRowsFarDown_AreCountedAsSkippedBlankRows()
    {
        var book = new XLWorkbook();
        var sheet = ContractSheet(book, "能源", 1, 100);
        sheet.Cell(1000, 1).SetValue("150622"); // a label alone far down: skipped, with the 997 empty rows before it
        string path = Save(book, "blank.xlsx");

        var result = workspace.Ingest(path, new IngestOptions(CheckOnly: true));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Rows, Is.EqualTo(1));
        Assert.That(result.BlankRows, Is.EqualTo(998));
    }

    /// <summary>A one-sheet workbook written as XML, for cells ClosedXML does not write: E3 is <paramref name="valueCell"/>.</summary>
    private string RawWorkbook(string name, string valueCell)
    {
        string path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Write(string entry, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(text);
        }
        static string Inline(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>";
        Write("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
        Write("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Write("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="能源" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Write("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
        Write("xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""");
        string header = string.Concat(Header.Select((h, i) => Inline($"{(char)('A' + i)}1", h)));
        string Row(int r, string value) => $"<row r=\"{r}\">{Inline($"A{r}", "150622")}<c r=\"B{r}\"><v>2024</v></c>{Inline($"C{r}", "1.A.1.a.i")}{Inline($"D{r}", r == 2 ? "raw_coal" : "diesel")}{value}{Inline($"F{r}", "吨")}{Inline($"G{r}", "统计局")}</row>";
        Write("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">{header}</row>{Row(2, "<c r=\"E2\"><v>100</v></c>")}{Row(3, valueCell)}</sheetData></worksheet>""");
        return path;
    }

    [TestCase("<c r=\"E3\" t=\"e\"><v>#REF!</v></c>", "an error value (#REF!)")]
    [TestCase("<c r=\"E3\" t=\"e\"><v>#SPILL!</v></c>", "an error value (#SPILL!)")]
    [TestCase("<c r=\"E3\" t=\"e\"><v>#GETTING_DATA</v></c>", "an error value (#GETTING_DATA)")]
    [TestCase("<c r=\"E3\"><f></f><v>100</v></c>", "an empty formula with a saved value (100)")]
    [TestCase("<c r=\"E3\" t=\"d\"><v>2024-01-01T00:00:00</v></c>", "a date or time (2024-01-01T00:00:00)")]
    public void Issue13_CellsClosedXmlDrops_AreRefusedSayingTheirValue(string valueCell, string found)
    {
        string path = RawWorkbook("raw.xlsx", valueCell);
        var issues = Refused(path);
        Assert.That(issues, Has.Count.EqualTo(1), string.Join("\n", issues));
        Assert.That(At(issues, $"{path}!能源!E3").Found, Is.EqualTo(found));
    }

    [Test]
    public void Issue13_UnreadableFiles_SayWhatIsWrongInWords()
    {
        string noWorkbook = Path.Combine(folder, "notwb.xlsx");
        using (var zip = ZipFile.Open(noWorkbook, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("a.txt").Open());
            writer.Write("hi");
        }
        string good = RawWorkbook("good.xlsx", "<c r=\"E3\"><v>5</v></c>");
        string truncated = Path.Combine(folder, "truncated.xlsx");
        byte[] bytes = File.ReadAllBytes(good);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        string foreign = RawWorkbook("foreign.xlsx", "<c r=\"E3\"><v>5</v></c>");
        using (var zip = ZipFile.Open(foreign, ZipArchiveMode.Update))
        {
            zip.GetEntry("[Content_Types].xml")!.Delete();
        }

        var found = new[] { noWorkbook, truncated, foreign }.Select(p => Refused(p).Single().Found).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found[0], Is.EqualTo("an Excel workbook (.xlsx) that could not be read: a zip archive with no workbook in it (it lacks the xl/workbook.xml part)"));
            Assert.That(found[1], Is.EqualTo("an Excel workbook (.xlsx) that could not be read: the file is damaged or incomplete: the zip archive inside it cannot be opened"));
            Assert.That(found[2], Is.EqualTo("an Excel workbook (.xlsx) that could not be read: its content is not a workbook in the Office Open XML form, or a part of it is damaged"));
            Assert.That(found, Has.None.Contains("Exception"));
        }
    }

    [TestCase("zh")]
    [TestCase("en")]
    public void Issue13_NewCellMessages_ReadInOneLanguage(string language)
    {
        using var _ = UiCulture.Use(language == "zh" ? UiCulture.Chinese : UiCulture.English);
        var book = new XLWorkbook();
        var good = ContractSheet(book, "能源", 1, 100, 45292, 12345);
        good.Cell(3, 5).Style.NumberFormat.NumberFormatId = 31;
        good.Cell(4, 5).Style.NumberFormat.Format = "#,##0,";
        good.Cell(2, 11).SetValue(777);
        ContractSheet(book, "第二张", 12, 5);
        book.Worksheets.Add("笔记").Cell(4, 2).SetValue(42);
        ContractSheet(book, "旧数据", 1, 5).Visibility = XLWorksheetVisibility.Hidden;
        string path = Save(book, "messages.xlsx");
        string noWorkbook = Path.Combine(folder, "notwb.xlsx");
        using (var zip = ZipFile.Open(noWorkbook, ZipArchiveMode.Create))
        {
            zip.CreateEntry("a.txt");
        }
        string error = RawWorkbook("error.xlsx", "<c r=\"E3\" t=\"e\"><v>#SPILL!</v></c>");

        var issues = Refused(path).Concat(Refused(noWorkbook)).Concat(Refused(error)).ToList();
        Assert.That(issues, Has.Count.GreaterThanOrEqualTo(8));
        string[] allowed = ["Excel", "zip", "Office", "Open", "XML", "SPILL", "第二张", "笔记", "旧数据", "说明", "能源"];
        var untranslated = issues.SelectMany(i => UntranslatedText.Find(i.Found + " " + i.Expected, language == "zh" ? TextLanguage.Zh : TextLanguage.En, allowed)).Distinct().ToList();
        Assert.That(untranslated, Is.Empty, string.Join("\n", issues));
    }
}
