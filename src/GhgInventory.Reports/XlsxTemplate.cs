using ClosedXML.Excel;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Writes the data-entry workbook of one region and year (<c>ghg template</c>): instructions, one sheet per sector, the lists.</summary>
/// <remarks>
/// Each sector sheet has a title row, the header row (the contract's Chinese or English column names, so the import reads it
/// as it reads any activity sheet), the previous year's rows pre-filled with their value and unit beside the input column,
/// then <see cref="BlankRows"/> empty rows; category, activity, unit and use take drop-down lists that point at the Lists
/// sheet. Nothing is computed here: <see cref="TemplateContent"/> carries every name and value.
/// </remarks>
public static class XlsxTemplate
{
    /// <summary>Empty rows offered below the pre-filled ones on each sector sheet.</summary>
    public const int BlankRows = 30;

    /// <summary>The row of the header on each sector sheet (row 1 is the title).</summary>
    public const int HeaderRow = 2;

    /// <summary>Column numbers (1-based) of the sector sheets.</summary>
    public static class Columns
    {
        /// <summary>地区 region.</summary>
        public const int Region = 1;
        /// <summary>年份 year.</summary>
        public const int Year = 2;
        /// <summary>类别 category (drop-down).</summary>
        public const int Category = 3;
        /// <summary>品种 activity (drop-down).</summary>
        public const int Activity = 4;
        /// <summary>数值 value: the input column.</summary>
        public const int Value = 5;
        /// <summary>单位 unit (drop-down).</summary>
        public const int Unit = 6;
        /// <summary>The previous year's value, for comparison; not read.</summary>
        public const int PreviousValue = 7;
        /// <summary>The previous year's unit; not read.</summary>
        public const int PreviousUnit = 8;
        /// <summary>用途 use (drop-down).</summary>
        public const int Use = 9;
        /// <summary>企业 facility.</summary>
        public const int Facility = 10;
        /// <summary>来源 source.</summary>
        public const int Source = 11;
        /// <summary>备注 note.</summary>
        public const int Note = 12;
        /// <summary>说明 on the indicator sheet: what the indicator is; not read (a cell comment would be, by LibreOffice, written back in a form the import cannot load).</summary>
        public const int Hint = 13;
    }

    /// <summary>The default file name: the region's name and the year, <c>准格尔旗2024.xlsx</c>.</summary>
    public static string FileName(TemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string name = string.Concat(content.RegionName.Split(Path.GetInvalidFileNameChars()));
        return $"{name}{content.Year}.xlsx";
    }

    /// <summary>Writes the workbook to <paramref name="output"/>.</summary>
    public static void Write(Stream output, TemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);
        using var workbook = new XLWorkbook();
        var instructions = workbook.Worksheets.Add(SheetName(ExportText.InstructionsSheet));
        var sheets = content.Sectors.Select(s => (Sector: s, Sheet: workbook.Worksheets.Add(SheetName(s.Name)))).ToList();
        var lists = workbook.Worksheets.Add(SheetName(ExportText.ListsSheet));
        var ranges = WriteLists(lists, content);
        var unitLists = SectorUnitLists(lists, content);
        WriteInstructions(instructions, content);
        for (int i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].Sector.Code == TemplateContent.IndicatorSheetCode)
            {
                WriteIndicators(sheets[i].Sheet, sheets[i].Sector, content, IndicatorUnitLists(lists, content));
            }
            else
            {
                WriteSector(sheets[i].Sheet, sheets[i].Sector, content, ranges, ranges.SectorCategories[i], unitLists: unitLists);
            }
        }
        workbook.SaveAs(output);
    }

    private sealed record ListRanges(IXLRange Activities, IXLRange Units, IXLRange Uses, IReadOnlyList<IXLRange> SectorCategories);

    private static ListRanges WriteLists(IXLWorksheet sheet, TemplateContent content)
    {
        int column = 1;
        IXLRange List(string heading, IReadOnlyList<string> items, IReadOnlyList<string>? second = null, string? secondHeading = null)
        {
            Heading(sheet.Cell(1, column), heading);
            for (int i = 0; i < items.Count; i++)
            {
                Text(sheet.Cell(i + 2, column), items[i]);
                if (second is not null)
                {
                    Text(sheet.Cell(i + 2, column + 1), second[i]);
                }
            }
            if (second is not null)
            {
                Heading(sheet.Cell(1, column + 1), secondHeading!);
            }
            sheet.Column(column).Width = 28;
            var range = sheet.Range(2, column, Math.Max(2, items.Count + 1), column);
            column += second is null ? 2 : 3;
            return range;
        }
        var activities = List(ExportText.ListActivity, content.Activities.Select(a => a.Name).ToList(), content.Activities.Select(a => a.Units).ToList(), ExportText.ListActivityUnits);
        var units = List(ExportText.ListUnit, content.Units);
        var uses = List(ExportText.ListUse, content.Uses.Select(u => u.Name).ToList(), content.Uses.Select(u => u.FileValue).ToList(), ExportText.ListUseFileValue);
        var sectors = content.Sectors.Select(s => List(Core.Localization.Text.Format(ExportText.ListSectorCategories, s.Name), s.CategoryLabels)).ToList();
        sheet.SheetView.FreezeRows(1);
        return new ListRanges(activities, units, uses, sectors);
    }

    private static void WriteInstructions(IXLWorksheet sheet, TemplateContent content)
    {
        Heading(sheet.Cell(1, 1), Core.Localization.Text.Format(ExportText.InstructionsTitle, content.RegionName, content.RegionCode, content.Year));
        string[] lines =
        [
            ExportText.Instruction1,
            ExportText.Instruction2,
            content.PreviousVersion is { } v ? Core.Localization.Text.Format(ExportText.Instruction3, $"{content.Year - 1} v{v}") : ExportText.Instruction3None,
            ExportText.Instruction4,
            ExportText.Instruction5,
            Core.Localization.Text.Format(ExportText.Instruction6, FileName(content).Any(char.IsWhiteSpace) ? $"\"{FileName(content)}\"" : FileName(content)),
            ExportText.Instruction7,
            .. content.SectorInstructions,
        ];
        for (int i = 0; i < lines.Length; i++)
        {
            Text(sheet.Cell(i + 3, 1), $"{i + 1}. {lines[i]}");
        }
        sheet.Column(1).Width = 120;
    }

    private static void WriteSector(IXLWorksheet sheet, TemplateSector sector, TemplateContent content, ListRanges? lists, IXLRange? categories, bool rows = true,
        Dictionary<string, IXLRange>? unitLists = null)
    {
        Text(sheet.Cell(1, 1), Core.Localization.Text.Format(ExportText.SheetTitle, content.RegionName, content.Year, sector.Name));
        sheet.Cell(1, 1).Style.Font.Bold = true;
        var headers = new (int Column, string Text, double Width)[]
        {
            (Columns.Region, ExportText.HeaderRegion, 10), (Columns.Year, ExportText.HeaderYear, 7), (Columns.Category, ExportText.HeaderCategory, 34),
            (Columns.Activity, ExportText.HeaderActivity, 16), (Columns.Value, ExportText.HeaderValue, 14), (Columns.Unit, ExportText.HeaderUnit, 10),
            (Columns.PreviousValue, content.PreviousHeaders.Value, 16), (Columns.PreviousUnit, content.PreviousHeaders.Unit, 12),
            (Columns.Use, ExportText.HeaderUse, 12), (Columns.Facility, ExportText.HeaderFacility, 14), (Columns.Source, ExportText.HeaderSource, 20),
            (Columns.Note, ExportText.HeaderNote, 30),
        };
        foreach (var (column, text, width) in headers)
        {
            Heading(sheet.Cell(HeaderRow, column), text);
            sheet.Column(column).Width = width;
        }
        sheet.SheetView.FreezeRows(HeaderRow);
        if (!rows || lists is null || categories is null)
        {
            return;
        }
        int row = HeaderRow + 1;
        if (sector.Rows.Count > 0)
        {
            // The listed rows (issue 15): what each is in the 说明 column, which the import passes over, its unit list beside it.
            Heading(sheet.Cell(HeaderRow, Columns.Hint), content.HintHeader);
            sheet.Column(Columns.Hint).Width = 60;
            foreach (var listed in sector.Rows)
            {
                Labels(sheet, row, content);
                Text(sheet.Cell(row, Columns.Category), listed.CategoryLabel);
                Text(sheet.Cell(row, Columns.Activity), listed.Activity);
                Text(sheet.Cell(row, Columns.Unit), listed.Unit);
                Text(sheet.Cell(row, Columns.Use), listed.Use);
                Text(sheet.Cell(row, Columns.Hint), listed.Note);
                if (listed.Previous is { } lastYear)
                {
                    Previous(sheet, row, lastYear);
                }
                if (unitLists is not null && unitLists.TryGetValue(UnitKey(listed.Units), out var unitList))
                {
                    // A spelling the list lacks (kg, 10^4 head) may still be one the import reads: warn, do not forbid.
                    DropDown(sheet.Range(row, Columns.Unit, row, Columns.Unit), unitList, XLErrorStyle.Warning);
                }
                row++;
            }
            sheet.Range(HeaderRow + 1, Columns.Hint, row - 1, Columns.Hint).Style.Font.FontColor = XLColor.DimGray;
        }
        int firstOther = row;
        foreach (var previous in content.Previous.Where(p => p.SectorCode == sector.Code && !p.Listed))
        {
            Labels(sheet, row, content);
            Text(sheet.Cell(row, Columns.Category), previous.CategoryLabel);
            Text(sheet.Cell(row, Columns.Activity), previous.Activity);
            Text(sheet.Cell(row, Columns.Unit), previous.Unit);
            Text(sheet.Cell(row, Columns.Use), previous.Use);
            Text(sheet.Cell(row, Columns.Facility), previous.Facility);
            Previous(sheet, row, previous);
            row++;
        }
        int last = row + BlankRows - 1;
        for (; row <= last; row++)
        {
            Labels(sheet, row, content);
        }
        int first = HeaderRow + 1;
        DropDown(sheet.Range(first, Columns.Category, last, Columns.Category), categories, XLErrorStyle.Stop);
        DropDown(sheet.Range(first, Columns.Activity, last, Columns.Activity), lists.Activities, XLErrorStyle.Stop);
        if (sector.BlankUnits is { } blankUnits && unitLists is not null && unitLists.TryGetValue(UnitKey(blankUnits), out var sheetUnits))
        {
            // The sheet's own units (head, hectares, 万亩 …): a spelling the list lacks may still be read, so warn only.
            DropDown(sheet.Range(firstOther, Columns.Unit, last, Columns.Unit), sheetUnits, XLErrorStyle.Warning);
        }
        else
        {
            // A unit the list lacks (kg, 10⁴ t) may still be one the import reads: warn, do not forbid.
            var units = DropDown(sheet.Range(firstOther, Columns.Unit, last, Columns.Unit), lists.Units, XLErrorStyle.Warning);
            // One list for every activity (a list per activity needs a name per activity, which Excel restricts): the cell says so.
            units.ShowInputMessage = true;
            units.InputTitle = ExportText.UnitInputTitle;
            units.InputMessage = ExportText.UnitInputMessage;
        }
        DropDown(sheet.Range(first, Columns.Use, last, Columns.Use), lists.Uses, XLErrorStyle.Stop);
        sheet.Range(first, Columns.Value, last, Columns.Value).Style.Fill.BackgroundColor = XLColor.LightYellow;
        var reference = sheet.Range(first, Columns.PreviousValue, last, Columns.PreviousUnit).Style;
        reference.Fill.BackgroundColor = XLColor.LightGray;
        reference.Font.Italic = true;
        sheet.Range(first, Columns.PreviousValue, last, Columns.PreviousValue).Style.NumberFormat.Format = "#,##0.####";
    }

    /// <summary>Writes one unit list per indicator to the right of the Lists sheet's other lists; the range of each, by indicator name.</summary>
    private static Dictionary<string, IXLRange> IndicatorUnitLists(IXLWorksheet lists, TemplateContent content)
    {
        int column = (lists.LastColumnUsed()?.ColumnNumber() ?? 0) + 2;
        var ranges = new Dictionary<string, IXLRange>(StringComparer.Ordinal);
        foreach (var indicator in content.Indicators.Where(i => i.Units.Count > 0))
        {
            Heading(lists.Cell(1, column), Core.Localization.Text.Format(IndicatorSheetText.ListIndicatorUnits, indicator.Name));
            for (int i = 0; i < indicator.Units.Count; i++)
            {
                Text(lists.Cell(i + 2, column), indicator.Units[i]);
            }
            lists.Column(column).Width = 16;
            ranges[indicator.Name] = lists.Range(2, column, indicator.Units.Count + 1, column);
            column++;
        }
        return ranges;
    }

    /// <summary>The socio-economic indicator sheet (issue 14): the sector sheets' columns, one row per indicator with category 0, the indicator
    /// and its usual unit pre-filled, a unit drop-down of its dimension, last year's value beside the input column and what it is in the 说明 column (<see cref="Columns.Hint"/>), which the import passes over.</summary>
    /// <remarks>No cell comments: LibreOffice Calc writes them back as comment and VML parts that ClosedXML 0.95 cannot load (issue 14's user trial).</remarks>
    /// <remarks>A row whose value is left empty carries only the template's labels and is skipped by the import, as an unfilled sector row is.</remarks>
    private static void WriteIndicators(IXLWorksheet sheet, TemplateSector sector, TemplateContent content, Dictionary<string, IXLRange> units)
    {
        WriteSector(sheet, sector, content, null, null, rows: false);
        Text(sheet.Cell(1, 1), Core.Localization.Text.Format(IndicatorSheetText.SheetTitle, content.RegionName, content.Year));
        var previous = content.Previous.Where(p => p.SectorCode == sector.Code).ToLookup(p => p.Activity, StringComparer.Ordinal);
        string category = sector.CategoryLabels.Count > 0 ? sector.CategoryLabels[0] : TemplateContent.IndicatorSheetCode;
        Heading(sheet.Cell(HeaderRow, Columns.Hint), IndicatorSheetText.HintHeader);
        sheet.Column(Columns.Hint).Width = 40;
        int row = HeaderRow + 1;
        foreach (var indicator in content.Indicators)
        {
            Labels(sheet, row, content);
            Text(sheet.Cell(row, Columns.Category), category);
            Text(sheet.Cell(row, Columns.Activity), indicator.Name);
            Text(sheet.Cell(row, Columns.Hint), indicator.Note);
            var last = previous[indicator.Name].FirstOrDefault();
            Text(sheet.Cell(row, Columns.Unit), last?.Unit is { Length: > 0 } lastUnit ? lastUnit : indicator.Units.Count > 0 ? indicator.Units[0] : "");
            if (last is not null)
            {
                if (last.Value is { } value)
                {
                    sheet.Cell(row, Columns.PreviousValue).SetValue(value);
                }
                else
                {
                    Text(sheet.Cell(row, Columns.PreviousValue), last.Notation ?? "");
                }
                Text(sheet.Cell(row, Columns.PreviousUnit), last.Unit);
            }
            if (units.TryGetValue(indicator.Name, out var list))
            {
                // A spelling the list lacks (10^8 yuan) may still be one the import reads: warn, do not forbid.
                DropDown(sheet.Range(row, Columns.Unit, row, Columns.Unit), list, XLErrorStyle.Warning);
            }
            row++;
        }
        int lastRow = Math.Max(row - 1, HeaderRow + 1);
        sheet.Range(HeaderRow + 1, Columns.Value, lastRow, Columns.Value).Style.Fill.BackgroundColor = XLColor.LightYellow;
        var reference = sheet.Range(HeaderRow + 1, Columns.PreviousValue, lastRow, Columns.PreviousUnit).Style;
        reference.Fill.BackgroundColor = XLColor.LightGray;
        reference.Font.Italic = true;
        sheet.Range(HeaderRow + 1, Columns.PreviousValue, lastRow, Columns.PreviousValue).Style.NumberFormat.Format = "#,##0.####";
        sheet.Range(HeaderRow + 1, Columns.Hint, lastRow, Columns.Hint).Style.Font.FontColor = XLColor.DimGray;
    }

    /// <summary>Last year's value (or notation key) and unit in the grey reference columns of a row.</summary>
    private static void Previous(IXLWorksheet sheet, int row, TemplatePreviousRow previous)
    {
        if (previous.Value is { } value)
        {
            sheet.Cell(row, Columns.PreviousValue).SetValue(value);
        }
        else
        {
            Text(sheet.Cell(row, Columns.PreviousValue), previous.Notation ?? "");
        }
        Text(sheet.Cell(row, Columns.PreviousUnit), previous.Unit);
    }

    /// <summary>How a unit list is known among the Lists sheet's lists.</summary>
    private static string UnitKey(IReadOnlyList<string> units) => string.Join("\u001f", units);

    /// <summary>Writes each distinct unit list of the sheets' listed rows and empty rows to the right of the Lists sheet's other lists; the range of each, by <see cref="UnitKey"/>.</summary>
    private static Dictionary<string, IXLRange> SectorUnitLists(IXLWorksheet lists, TemplateContent content)
    {
        var ranges = new Dictionary<string, IXLRange>(StringComparer.Ordinal);
        int column = (lists.LastColumnUsed()?.ColumnNumber() ?? 0) + 2;
        var all = content.Sectors.SelectMany(s => s.Rows.Select(r => r.Units).Append(s.BlankUnits ?? [])).Where(u => u.Count > 0);
        foreach (var units in all)
        {
            string key = UnitKey(units);
            if (ranges.ContainsKey(key))
            {
                continue;
            }
            Heading(lists.Cell(1, column), Core.Localization.Text.Format(content.UnitListHeading, string.Join(", ", units.Take(3)) + (units.Count > 3 ? " …" : "")));
            for (int i = 0; i < units.Count; i++)
            {
                Text(lists.Cell(i + 2, column), units[i]);
            }
            lists.Column(column).Width = 16;
            ranges[key] = lists.Range(2, column, units.Count + 1, column);
            column++;
        }
        return ranges;
    }

    private static void Labels(IXLWorksheet sheet, int row, TemplateContent content)
    {
        Text(sheet.Cell(row, Columns.Region), content.RegionName);
        sheet.Cell(row, Columns.Year).SetValue(content.Year);
    }

    private static IXLDataValidation DropDown(IXLRange cells, IXLRange list, XLErrorStyle style)
    {
        var validation = cells.SetDataValidation();
        validation.List(list, true);
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = style;
        validation.ShowErrorMessage = true;
        return validation;
    }

    private static void Heading(IXLCell cell, string text)
    {
        Text(cell, text);
        cell.Style.Font.Bold = true;
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
    }

    /// <summary>Writes text as text: never parsed as a number or a date, never a formula, and neutralised (<see cref="SpreadsheetText"/>).</summary>
    internal static void Text(IXLCell cell, string text)
    {
        cell.SetValue(SpreadsheetText.Neutralised(text));
        cell.DataType = XLDataType.Text;
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of <c>: \ / ? * [ ]</c>.</summary>
    internal static string SheetName(string name)
    {
        string clean = string.Concat(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c));
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
