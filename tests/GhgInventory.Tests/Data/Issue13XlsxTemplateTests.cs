using ClosedXML.Excel;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Ingestion;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data;

/// <summary>Issue 13 item 6: the data-entry workbook of 准格尔旗 2024 is written, filled in through ClosedXML as a person would in a spreadsheet, and imported through the CSV pipeline's validation.</summary>
[TestFixture]
public sealed class Issue13XlsxTemplateTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Jungar = RegionCode.Parse("150622");
    private const string Sheet = "能源工业";
    private string folder = null!;
    private IDisposable culture = null!;

    [SetUp]
    public void PreviousYearAndChinese()
    {
        culture = UiCulture.Use(UiCulture.Chinese);
        folder = Path.Combine(Path.GetTempPath(), $"ghg-xlsx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // 2023, the year before the template's: these values must appear beside the input column.
        var result = ActivityFile.Ingest(workspace, "jungar-2023.csv", ActivityFile.Utf8WithUse(
            "150622,2023,1.A.1.a.i,raw_coal,1100,万吨,统计局,,",
            "150622,2023,1.A.1.a.i,diesel,35,吨,统计局,,",
            "150622,2023,1.A.2.c,natural_gas,2500,万立方米,统计局,,",
            "150622,2023,1.A.2.c,raw_coal,NE,,,小锅炉未调查,"));
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

    private static int RowOf(IXLWorksheet sheet, string categoryLabel, string activity) =>
        Enumerable.Range(XlsxTemplate.HeaderRow + 1, sheet.LastRowUsed()!.RowNumber())
            .First(r => sheet.Cell(r, XlsxTemplate.Columns.Category).GetString() == categoryLabel && sheet.Cell(r, XlsxTemplate.Columns.Activity).GetString() == activity);

    /// <summary>Last year's rows left without a value this year are dropped the documented way: their category deleted.</summary>
    private static void DropUnfilledPreviousRows(XLWorkbook book)
    {
        foreach (var sheet in book.Worksheets)
        {
            for (int r = XlsxTemplate.HeaderRow + 1; r <= (sheet.LastRowUsed()?.RowNumber() ?? 0); r++)
            {
                if (!sheet.Cell(r, XlsxTemplate.Columns.PreviousValue).IsEmpty() && sheet.Cell(r, XlsxTemplate.Columns.Value).IsEmpty())
                {
                    sheet.Cell(r, XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
                }
            }
        }
    }

    private static int FirstEmptyRow(IXLWorksheet sheet) =>
        Enumerable.Range(XlsxTemplate.HeaderRow + 1, 200).First(r => sheet.Cell(r, XlsxTemplate.Columns.Category).IsEmpty());

    [Test]
    public void Issue13_Template_HasSectorsListsInstructionsAndThePreviousYear()
    {
        string path = WriteTemplate();
        Assert.That(Path.GetFileName(path), Is.EqualTo("准格尔旗2024.xlsx"));
        using var book = new XLWorkbook(path);
        var names = book.Worksheets.Select(s => s.Name).ToList();
        Assert.That(names[0], Is.EqualTo("说明"));
        Assert.That(names[^1], Is.EqualTo("词表"));
        Assert.That(names, Does.Contain("能源工业").And.Contain("制造业和建筑业").And.Contain("交通运输").And.Contain("其他部门").And.Contain("其他类别"));
        var energy = book.Worksheet(Sheet);
        var header = Enumerable.Range(1, 12).Select(c => energy.Cell(XlsxTemplate.HeaderRow, c).GetString()).ToList();
        Assert.That(header.Take(6), Is.EqualTo(new[] { "地区", "年份", "类别", "品种", "数值", "单位" }));
        int coal = RowOf(energy, "1.A.1.a.i 发电", "原煤");
        int diesel = RowOf(energy, "1.A.1.a.i 发电", "柴油");
        using (Assert.EnterMultipleScope())
        {
            // The previous year's values as ingested above, beside an empty input cell.
            Assert.That(energy.Cell(coal, XlsxTemplate.Columns.PreviousValue).GetDouble(), Is.EqualTo(1100));
            Assert.That(energy.Cell(coal, XlsxTemplate.Columns.PreviousUnit).GetString(), Is.EqualTo("万吨"));
            Assert.That(energy.Cell(diesel, XlsxTemplate.Columns.PreviousValue).GetDouble(), Is.EqualTo(35));
            Assert.That(energy.Cell(diesel, XlsxTemplate.Columns.PreviousUnit).GetString(), Is.EqualTo("吨"));
            Assert.That(energy.Cell(coal, XlsxTemplate.Columns.Value).IsEmpty(), Is.True);
            Assert.That(energy.Cell(coal, XlsxTemplate.Columns.Region).GetString(), Is.EqualTo("准格尔旗"));
            Assert.That(energy.Cell(coal, XlsxTemplate.Columns.Year).GetDouble(), Is.EqualTo(2024));
        }
        var manufacturing = book.Worksheet("制造业和建筑业");
        int gas = RowOf(manufacturing, "1.A.2.c 化学工业", "天然气");
        int notEstimated = RowOf(manufacturing, "1.A.2.c 化学工业", "原煤");
        Assert.That(manufacturing.Cell(gas, XlsxTemplate.Columns.PreviousValue).GetDouble(), Is.EqualTo(2500));
        Assert.That(manufacturing.Cell(notEstimated, XlsxTemplate.Columns.PreviousValue).GetString(), Is.EqualTo("NE"));

        // Drop-downs: the category column takes this sector's list, activity and use the Lists sheet's.
        var validations = energy.DataValidations.ToList();
        var category = validations.Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == XlsxTemplate.Columns.Category));
        Assert.That(category.AllowedValues, Is.EqualTo(XLAllowedValues.List));
        Assert.That(category.Value, Does.Contain("词表"));
        Assert.That(validations.Select(v => v.Ranges.First().RangeAddress.FirstAddress.ColumnNumber),
            Is.EquivalentTo(new[] { XlsxTemplate.Columns.Category, XlsxTemplate.Columns.Activity, XlsxTemplate.Columns.Unit, XlsxTemplate.Columns.Use }));
        var lists = book.Worksheet("词表");
        var listTexts = lists.CellsUsed().Select(c => c.GetString()).ToHashSet();
        Assert.That(listTexts, Does.Contain("1.A.1.a.i 发电").And.Contain("原煤").And.Contain("自备电厂").And.Contain("autoproducer").And.Contain("万吨"));
        Assert.That(book.Worksheet("说明").Cell(1, 1).GetString(), Does.Contain("准格尔旗").And.Contain("2024"));
    }

    [Test]
    public void Issue13_TemplateUnits_AreAllReadByTheImport()
    {
        foreach (var unit in TemplateContent.UnitChoices)
        {
            Assert.That(TextFields.UnitOf(unit), Is.Not.Null, unit);
        }
    }

    [Test]
    public void Issue13_FilledTemplate_ImportsAndCompilesToTheFilledValues()
    {
        string path = WriteTemplate();
        using (var book = new XLWorkbook(path))
        {
            var energy = book.Worksheet(Sheet);
            energy.Cell(RowOf(energy, "1.A.1.a.i 发电", "原煤"), XlsxTemplate.Columns.Value).SetValue(1234.5);
            var manufacturing = book.Worksheet("制造业和建筑业");
            int added = FirstEmptyRow(manufacturing);
            // Chosen from the drop-downs, the value typed as text with a thousands separator.
            manufacturing.Cell(added, XlsxTemplate.Columns.Category).SetValue("1.A.2.c 化学工业");
            manufacturing.Cell(added, XlsxTemplate.Columns.Activity).SetValue("天然气");
            manufacturing.Cell(added, XlsxTemplate.Columns.Value).SetValue("2,600");
            manufacturing.Cell(added, XlsxTemplate.Columns.Value).DataType = XLDataType.Text;
            manufacturing.Cell(added, XlsxTemplate.Columns.Unit).SetValue("万立方米");
            manufacturing.Cell(added, XlsxTemplate.Columns.Source).SetValue("企业报表");
            // Last year's rows not reported this year (diesel, the other sheet's gas and NE rows): category deleted.
            DropUnfilledPreviousRows(book);
            book.Save();
        }

        var result = workspace.Ingest(path, IngestOptions.Default);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Rows, Is.EqualTo(2));
        Assert.That(result.Encoding, Is.EqualTo("XLSX"));
        Assert.That(result.Versions, Is.EqualTo(new[] { ("150622", 2024, 1) }));

        var (run, compiled) = workspace.Compile(2024, 2024, Jungar, GwpSet.Default, new CompileOptions());
        var coal = compiled.Sources.Single(s => s.Activity == "raw_coal");
        var gas = compiled.Sources.Single(s => s.Activity == "natural_gas");
        // 1,234.5 万吨 = 12,345,000 t exactly; 2,600 万立方米 = 26,000,000 m3.
        Assert.That(coal.ActivityBase, Is.EqualTo(12_345_000).Within(1e-6));
        Assert.That(gas.ActivityBase, Is.EqualTo(26_000_000).Within(1e-6));
        // Raw coal (china-provincial-2011): 20,908 kJ/kg × 26.37 tC/TJ × 0.94 × 44/12 = 1.9002988488 t CO2/t;
        // 12,345,000 t × 1.9002988488 = 23,459,189.288 t CO2.
        const double RelTol = 1e-9; // arithmetic only
        var summary = workspace.Summarize(run, Jungar, 2024);
        double coalCo2 = summary.Lines.Where(l => l.Activity == "raw_coal" && l.Gas == Gas.CO2 && l.Scope == EmissionScope.Territorial).Sum(l => l.MassTonnes ?? 0);
        Assert.That(coalCo2, Is.EqualTo(23_459_189.288436).Within(RelTol * 23_459_189.288436));
    }

    [Test]
    public void Issue13_WrongCells_AreLocatedBySheetRowAndColumn_AndNothingIsStored()
    {
        string path = WriteTemplate();
        int coal, formulaRow, textRow;
        using (var book = new XLWorkbook(path))
        {
            var energy = book.Worksheet(Sheet);
            coal = RowOf(energy, "1.A.1.a.i 发电", "原煤");
            energy.Cell(coal, XlsxTemplate.Columns.Value).SetValue(1234.5);
            energy.Cell(coal, XlsxTemplate.Columns.Unit).SetValue("万桶"); // no such unit
            textRow = RowOf(energy, "1.A.1.a.i 发电", "柴油");
            energy.Cell(textRow, XlsxTemplate.Columns.Value).SetValue("约三十");
            energy.Cell(textRow, XlsxTemplate.Columns.Value).DataType = XLDataType.Text;
            formulaRow = FirstEmptyRow(energy);
            energy.Cell(formulaRow, XlsxTemplate.Columns.Category).SetValue("1.A.1.a.i 发电");
            energy.Cell(formulaRow, XlsxTemplate.Columns.Activity).SetValue("天然气");
            energy.Cell(formulaRow, XlsxTemplate.Columns.Value).FormulaA1 = "=100*2";
            energy.Cell(formulaRow, XlsxTemplate.Columns.Unit).SetValue("万立方米");
            book.Save();
        }
        string before = DatabaseDump.Content(workspace.Connection);

        var result = workspace.Ingest(path, IngestOptions.Default);

        var shown = result.Issues.Select(i => i.ToString()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False);
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a rejected workbook stores nothing");
            // Unit in column F, value in column E of the energy sheet.
            Assert.That(shown, Has.Some.StartsWith($"{path}!能源工业!F{coal}:"), string.Join("\n", shown));
            Assert.That(shown, Has.Some.StartsWith($"{path}!能源工业!E{textRow}:").And.Some.Contains("约三十"));
            Assert.That(shown, Has.Some.StartsWith($"{path}!能源工业!E{formulaRow}:").And.Some.Contains("=100*2"));
            Assert.That(result.Issues.Single(i => i.Cell == $"{path}!能源工业!F{coal}").Found, Is.EqualTo("万桶"));
        }
    }

    [Test]
    public void Issue13_MergedCellsDatesAndPercentages_AreRefusedWhereTheyAre()
    {
        string path = Path.Combine(folder, "sheet.xlsx");
        using (var book = new XLWorkbook())
        {
            var sheet = book.Worksheets.Add("能源");
            string[] header = ["region", "year", "category", "activity", "value", "unit", "uncertainty_pct"];
            for (int c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).SetValue(header[c]);
            }
            object[][] rows =
            [
                ["150622", 2024, "1.A.1.a.i", "raw_coal", 100, "万吨", 5],
                ["150622", 2024, "1.A.1.a.i", "diesel", 10, "吨", 0.1],
                ["150622", 2024, "1.A.2.c", "raw_coal", new DateTime(2024, 3, 1), "万吨", 5],
                ["150622", 2024, "1.A.2.c", "diesel", 12, "吨", 5],
                ["150622", 2024, "1.A.2.c", "diesel", 12, "吨", 5],
            ];
            for (int r = 0; r < rows.Length; r++)
            {
                for (int c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 2, c + 1).Value = rows[r][c];
                }
            }
            sheet.Cell(3, 7).Style.NumberFormat.NumberFormatId = 9; // 0% : shows 10%, holds 0.1
            sheet.Range("A5:A6").Merge();
            book.SaveAs(path);
        }
        string before = DatabaseDump.Content(workspace.Connection);

        var result = workspace.Ingest(path, IngestOptions.Default);

        var cells = result.Issues.Select(i => i.Cell).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False);
            Assert.That(cells, Does.Contain($"{path}!能源!G3"), string.Join("\n", result.Issues));
            Assert.That(cells, Does.Contain($"{path}!能源!E4"));
            Assert.That(cells, Does.Contain($"{path}!能源!A5"));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        }
    }

    [Test]
    public void Issue13_ContractSheetWithEmptyTrailingRows_ImportsAndRepeatedKeysNameTheirRows()
    {
        string path = Path.Combine(folder, "plain.xlsx");
        using (var book = new XLWorkbook())
        {
            var sheet = book.Worksheets.Add("data");
            sheet.Cell(1, 1).SetValue("某旗 2024 活动水平");
            string[] header = ["地区", "年份", "类别", "品种", "数值", "单位"];
            for (int c = 0; c < header.Length; c++)
            {
                sheet.Cell(3, c + 1).SetValue(header[c]);
            }
            sheet.Cell(4, 1).SetValue(150622);
            sheet.Cell(4, 2).SetValue(2024);
            sheet.Cell(4, 3).SetValue("1.A.1.a.i");
            sheet.Cell(4, 4).SetValue("原煤");
            sheet.Cell(4, 5).SetValue(100);
            sheet.Cell(4, 6).SetValue("万吨");
            // Formatted but empty trailing rows, as spreadsheets leave them.
            sheet.Range("A5:F40").Style.Fill.BackgroundColor = XLColor.LightYellow;
            book.SaveAs(path);
        }
        var checkedOnly = workspace.Ingest(path, new IngestOptions(CheckOnly: true));
        Assert.That(checkedOnly.Accepted, Is.True, string.Join("\n", checkedOnly.Issues));
        Assert.That(checkedOnly.Rows, Is.EqualTo(1));

        using (var book = new XLWorkbook(path))
        {
            var sheet = book.Worksheet("data");
            for (int c = 1; c <= 6; c++)
            {
                sheet.Cell(9, c).Value = sheet.Cell(4, c).Value;
            }
            book.Save();
        }
        var repeated = workspace.Ingest(path, IngestOptions.Default);
        Assert.That(repeated.Accepted, Is.False);
        Assert.That(repeated.Issues.Single().ToString(), Does.StartWith($"{path}!data!9:9").And.Contain("data!4:4"));
    }

    [Test]
    public void Issue13_EnglishTemplate_ReadsBackItsEnglishLabels()
    {
        using var english = UiCulture.Use(UiCulture.English);
        var content = workspace.Template(Jungar, 2024);
        string path = Path.Combine(folder, XlsxTemplate.FileName(content));
        Assert.That(Path.GetFileName(path), Is.EqualTo("Jungar Banner2024.xlsx"));
        using (var stream = File.Create(path))
        {
            XlsxTemplate.Write(stream, content);
        }
        using (var book = new XLWorkbook(path))
        {
            // The import command the instructions give works as typed: a file name with a space is quoted.
            Assert.That(book.Worksheet(1).CellsUsed().Select(c => c.GetString()), Has.Some.Contains("ghg ingest \"Jungar Banner2024.xlsx\""));
            var energy = book.Worksheet("Energy Industries");
            Assert.That(energy.Cell(XlsxTemplate.HeaderRow, XlsxTemplate.Columns.Value).GetString(), Is.EqualTo("value"));
            int coal = RowOf(energy, "1.A.1.a.i Electricity Generation", "raw coal");
            energy.Cell(coal, XlsxTemplate.Columns.Value).SetValue(1000);
            int added = FirstEmptyRow(energy);
            energy.Cell(added, XlsxTemplate.Columns.Category).SetValue("1.A.1.a.i Electricity Generation");
            energy.Cell(added, XlsxTemplate.Columns.Activity).SetValue("natural gas");
            energy.Cell(added, XlsxTemplate.Columns.Value).SetValue(300);
            energy.Cell(added, XlsxTemplate.Columns.Unit).SetValue("万立方米");
            energy.Cell(added, XlsxTemplate.Columns.Use).SetValue("combustion");
            DropUnfilledPreviousRows(book);
            book.Save();
        }
        var result = workspace.Ingest(path, IngestOptions.Default);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Rows, Is.EqualTo(2));
    }

    [Test]
    public void Issue13_WorkbookWithoutAnActivitySheet_GetsOneMessageNamingItsSheets()
    {
        string path = Path.Combine(folder, "notes.xlsx");
        using (var book = new XLWorkbook())
        {
            book.Worksheets.Add("笔记").Cell(1, 1).SetValue("原煤 100 万吨");
            book.SaveAs(path);
        }
        var result = workspace.Ingest(path, IngestOptions.Default);
        Assert.That(result.IssueCount, Is.EqualTo(1), string.Join("\n", result.Issues));
        Assert.That(result.Issues[0].Found, Does.Contain("笔记"));
    }

    [Test]
    public void Issue13_DamagedWorkbook_GetsOneMessage()
    {
        string path = Path.Combine(folder, "broken.xlsx");
        File.WriteAllBytes(path, [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 0xB1, 0x8C]);
        var result = workspace.Ingest(path, IngestOptions.Default);
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That(result.Issues[0].ToString(), Does.Contain("Excel").And.Contain("CSV UTF-8"));
    }

    [Test]
    public void Issue13_RowsWithoutThisYearsValue_AreRefusedAtTheirCell_NotSkipped()
    {
        string path = WriteTemplate();
        int coal, diesel, chosen, typedInPrevious, dropped;
        using (var book = new XLWorkbook(path))
        {
            var energy = book.Worksheet(Sheet);
            coal = RowOf(energy, "1.A.1.a.i 发电", "原煤");
            diesel = RowOf(energy, "1.A.1.a.i 发电", "柴油");
            // Last year's coal row: this year's value typed into the grey previous-year column instead of 数值.
            energy.Cell(coal, XlsxTemplate.Columns.PreviousValue).SetValue(1850);
            // A new row chosen from the drop-downs, the value forgotten.
            chosen = FirstEmptyRow(energy);
            energy.Cell(chosen, XlsxTemplate.Columns.Category).SetValue("1.A.1.a.i 发电");
            energy.Cell(chosen, XlsxTemplate.Columns.Activity).SetValue("原煤");
            energy.Cell(chosen, XlsxTemplate.Columns.Unit).SetValue("万吨");
            // A new row whose value went into the previous-year column.
            typedInPrevious = chosen + 1;
            energy.Cell(typedInPrevious, XlsxTemplate.Columns.Category).SetValue("1.A.1.a.i 发电");
            energy.Cell(typedInPrevious, XlsxTemplate.Columns.Activity).SetValue("天然气");
            energy.Cell(typedInPrevious, XlsxTemplate.Columns.PreviousValue).SetValue(1850);
            // Last year's manufacturing rows dropped on purpose: category deleted.
            var manufacturing = book.Worksheet("制造业和建筑业");
            dropped = RowOf(manufacturing, "1.A.2.c 化学工业", "天然气");
            manufacturing.Cell(dropped, XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
            manufacturing.Cell(RowOf(manufacturing, "1.A.2.c 化学工业", "原煤"), XlsxTemplate.Columns.Category).Clear(XLClearOptions.Contents);
            book.Save();
        }
        string before = DatabaseDump.Content(workspace.Connection);

        var result = workspace.Ingest(path, IngestOptions.Default);

        var byCell = result.Issues.Where(i => i.Cell is not null).ToDictionary(i => i.Cell!, i => i.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False);
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
            // Last year's coal (1,100 万吨) with this year's 数值 empty: refused at E, naming last year's value.
            Assert.That(byCell.GetValueOrDefault($"{path}!能源工业!E{coal}"), Does.Contain("上年为 1,850 万吨，本年数值为空").And.Contain("列 '数值'"), string.Join("\n", result.Issues));
            Assert.That(byCell.GetValueOrDefault($"{path}!能源工业!E{diesel}"), Does.Contain("上年为 35 吨，本年数值为空").And.Contain("NO（未发生）/NE"));
            Assert.That(byCell.GetValueOrDefault($"{path}!能源工业!E{chosen}"), Does.Contain("本行已填 类别, 品种, 单位，但数值为空"));
            Assert.That(byCell.GetValueOrDefault($"{path}!能源工业!G{typedInPrevious}"), Does.Contain("这是上年数值列（只读参考）；本年数值请填在 E 列"));
            Assert.That(byCell.Keys, Has.None.Contains("制造业和建筑业"), "last year's rows whose category was deleted are dropped");
            Assert.That(result.IssueCount, Is.EqualTo(4), string.Join("\n", result.Issues));
        }
    }

    [Test]
    public void Issue13_WorkbookMessages_NameTheSheetsHeader_AndNoCsvHints()
    {
        string path = WriteTemplate();
        int coal, added;
        using (var book = new XLWorkbook(path))
        {
            var energy = book.Worksheet(Sheet);
            coal = RowOf(energy, "1.A.1.a.i 发电", "原煤");
            energy.Cell(coal, XlsxTemplate.Columns.Value).SetValue("约三十");
            added = FirstEmptyRow(energy);
            energy.Cell(added, XlsxTemplate.Columns.Category).SetValue("9.Z 不存在");
            energy.Cell(added, XlsxTemplate.Columns.Activity).SetValue("原煤");
            energy.Cell(added, XlsxTemplate.Columns.Value).SetValue(5);
            energy.Cell(added, XlsxTemplate.Columns.Unit).SetValue("万吨");
            DropUnfilledPreviousRows(book);
            book.Save();
        }

        var result = workspace.Ingest(path, IngestOptions.Default);

        string value = result.Issues.Single(i => i.Cell == $"{path}!能源工业!E{coal}").ToString();
        string category = result.Issues.Single(i => i.Cell == $"{path}!能源工业!C{added}").ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(value, Does.Contain("列 '数值'").And.Not.Contain("'value'").And.Not.Contain("加引号"), value);
            Assert.That(category, Does.Contain("列 '类别'").And.Contain("“词表”工作表").And.Not.Contain("categories.csv"), category);
        }
    }

    [Test]
    public void Issue13_UnitDropDown_SaysWhichUnitsEachActivityTakes()
    {
        string path = WriteTemplate();
        using var book = new XLWorkbook(path);
        var unit = book.Worksheet(Sheet).DataValidations.Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == XlsxTemplate.Columns.Unit));
        Assert.That(unit.ShowInputMessage, Is.True);
        Assert.That(unit.InputMessage, Does.Contain("可用单位").And.Contain("电力用万千瓦时"));
        Assert.That(unit.InputMessage.Length, Is.LessThanOrEqualTo(255), "Excel's limit for an input message");
    }
}
