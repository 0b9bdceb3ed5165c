using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsvHelper;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>
/// The row source for workbooks: reads every sheet laid out in the activity contract (a header row within the first rows,
/// then one row per record) and hands its cells to the very same row pipeline as a CSV file, keeping where each row came
/// from, so that every issue the pipeline finds is located as <c>file!sheet!cell</c> (<see cref="XlsxLocation"/>).
/// </summary>
/// <remarks>
/// What a cell may hold, decided here and nowhere else: a number (written in its shortest round-trip form) or text (as
/// typed, so numbers stored as text and thousands separators go through the same number parser as CSV). Refused, located:
/// formulas (a program that saves without calculating leaves a stale or empty cached value, which would be read wrong),
/// dates and times, percentage-formatted numbers (the cell shows 10 % and holds 0.1), error values, line breaks inside a
/// cell, and merged cells in the table. Rows after the header with nothing in them, or with an empty value and no source,
/// note or uncertainty (a template row left unfilled: its labels alone carry no data), are skipped and counted.
/// Drop-down labels (<c>1.A.1.a.i 公用电力与热力</c>, an English use name) are mapped back to the keys the contract takes.
/// </remarks>
internal sealed class XlsxActivityWorkbook
{
    /// <summary>How many rows from the top of a sheet are searched for its header.</summary>
    public const int HeaderSearchRows = 10;

    /// <summary>The contract's columns in the order the rows are handed on.</summary>
    private static readonly string[] Fields = [.. ActivityColumns.Required, .. ActivityColumns.Optional];

    private static readonly int ValueField = Array.IndexOf(Fields, "value");
    private static readonly int CategoryField = Array.IndexOf(Fields, "category");
    private static readonly int ActivityField = Array.IndexOf(Fields, "activity");
    private static readonly int UnitField = Array.IndexOf(Fields, "unit");
    private static readonly int UseField = Array.IndexOf(Fields, "use");

    /// <summary>The fields a person fills in on a row; region and year are not among them, since the template pre-fills them on every row.</summary>
    private static readonly int[] InputFields = [.. Fields.Select((name, index) => (name, index)).Where(f => f.name is not ("region" or "year" or "value")).Select(f => f.index)];

    private readonly string fileName;
    private readonly IReadOnlyDictionary<string, string> labels;
    private readonly List<(string Sheet, int Row)> origins = [];
    private readonly List<int[]> sheetColumns = [];
    private readonly List<string[]> sheetHeaders = [];
    private string? listsSheet;
    private readonly List<int> originSheet = [];
    private XlsxRawCells raw = null!;

    private XlsxActivityWorkbook(string fileName, IReadOnlyDictionary<string, string> labels)
    {
        this.fileName = fileName;
        this.labels = labels;
    }

    /// <summary>Issues of the workbook's form (cells, header), located.</summary>
    public List<ValidationIssue> Issues { get; } = [];

    /// <summary>The rows as a CSV file in the contract's column order, UTF-8; line 2 is the first data row.</summary>
    public byte[] Csv { get; private set; } = [];

    /// <summary>Rows skipped: empty, or a template row with no value, source, note or uncertainty filled in.</summary>
    public int SkippedRows { get; private set; }

    /// <summary>The sheet and sheet row of each row handed on: [0] is pipeline line 2.</summary>
    public IReadOnlyList<(string Sheet, int Row)> Origins => origins;

    /// <summary>What composing found, located in the workbook: flags by sheet and row, the changed rows of the import's summary as <c>file!sheet!row</c>.</summary>
    public Composition? Locate(Composition? composition)
    {
        if (composition is null)
        {
            return null;
        }
        var flags = composition.Flags.Select(f => f.FileLine >= 2 && f.FileLine - 2 < origins.Count
            ? f with { FileLine = origins[(int)f.FileLine - 2].Row, Sheet = origins[(int)f.FileLine - 2].Sheet }
            : f).ToList();
        var changes = composition.Changes.Select(c => c with { Examples = c.Examples.Select(ExampleRows).ToList() }).ToList();
        return composition with { Flags = flags, Changes = changes };
    }

    /// <summary>"(line 7)" / "（第 7 行）" of an import summary's changed row said as where the workbook holds it: "(file!sheet!9)".</summary>
    private string ExampleRows(string text) =>
        Regex.Replace(text, @"\(line (\d+)\)|（第 (\d+) 行）", m =>
        {
            bool chinese = m.Groups[2].Success;
            int line = int.Parse(chinese ? m.Groups[2].Value : m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (line < 2 || line - 2 >= origins.Count)
            {
                return m.Value;
            }
            string where = new SourceLocation(fileName, origins[line - 2].Row, origins[line - 2].Sheet).ToString();
            return chinese ? $"（{where}）" : $"({where})";
        });

    /// <summary>Rows handed on to the row pipeline (in <see cref="Csv"/>).</summary>
    public int RowsHandedOn => origins.Count;

    /// <summary>True when the content is a zip archive and the name a workbook's (.xlsx, .xlsm).</summary>
    public static bool Handles(string fileName, ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8)
        && (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the workbook in <paramref name="stream"/>; <paramref name="labels"/> maps drop-down labels to the keys they stand for.</summary>
    public static XlsxActivityWorkbook Read(string fileName, Stream stream, IReadOnlyDictionary<string, string> labels)
    {
        var book = new XlsxActivityWorkbook(fileName, labels);
        using var seekable = stream.CanSeek ? null : new MemoryStream();
        if (seekable is not null)
        {
            stream.CopyTo(seekable);
            seekable.Position = 0;
        }
        var input = seekable ?? stream;
        // The sheets' XML first: it tells a damaged zip or one without a workbook, and keeps the cells ClosedXML drops.
        book.raw = XlsxRawCells.Scan(input);
        if (book.raw.Problem != XlsxPackageProblem.None)
        {
            book.Issues.Add(new ValidationIssue(fileName, 0, null,
                Text.Format(XlsxText.UnreadableFound, book.raw.Problem == XlsxPackageProblem.Damaged ? XlsxText.UnreadableDamaged : XlsxText.UnreadableNoWorkbook),
                XlsxText.UnreadableExpected));
            return book;
        }
        XLWorkbook workbook;
        using var loadable = book.raw.Loadable;
        try
        {
            workbook = new XLWorkbook(loadable ?? input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ClosedXML and the Open XML SDK throw many kinds for a damaged or foreign zip; all mean "not a workbook we can read".
            // Which part: the parts beyond the cells are where a reader fails (a chart, a drawing, a control); named so the person can act.
            string why = book.raw.OtherParts.Count > 0 ? Text.Format(XlsxText.UnreadableParts, string.Join(", ", book.raw.OtherParts.Take(8))) : XlsxText.UnreadableContent;
            book.Issues.Add(new ValidationIssue(fileName, 0, null, Text.Format(XlsxText.UnreadableFound, why), XlsxText.UnreadableExpected));
            return book;
        }
        using (workbook)
        {
            book.ReadSheets(workbook);
        }
        return book;
    }

    /// <summary>The issue of the CSV pipeline located in the workbook: its cell, or its row when it names no column.</summary>
    public ValidationIssue Locate(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.Line < 2 || issue.Line - 2 >= origins.Count)
        {
            return issue;
        }
        var (sheet, row) = origins[issue.Line - 2];
        int[] columns = sheetColumns[originSheet[issue.Line - 2]];
        int field = issue.Column is { } name && ActivityColumns.Resolve(name) is { } resolved ? Array.IndexOf(Fields, resolved)
            : issue.ColumnNumber is { } number ? number - 1 : -1;
        string? header = field >= 0 && field < columns.Length ? sheetHeaders[originSheet[issue.Line - 2]][field] : null;
        string cell = field >= 0 && field < columns.Length && columns[field] > 0
            ? XlsxLocation.Of(fileName, sheet, columns[field], row)
            : XlsxLocation.OfRow(fileName, sheet, row);
        return issue with
        {
            Cell = cell,
            Line = row,
            // The column as the sheet's header names it (数值, not value).
            Column = header ?? issue.Column,
            ColumnNumber = field >= 0 && field < columns.Length && columns[field] > 0 ? columns[field] : null,
            Found = LinesToRows(issue.Found),
            Expected = LinesToRows(ForCell(issue.Expected)),
        };
    }

    /// <summary>What the CSV pipeline expects said for a cell: no CSV quoting hint for a number, the Lists sheet rather than a file of the repository for a category.</summary>
    private string ForCell(string expected)
    {
        if (expected == DataIngestText.ExpectedValue)
        {
            return XlsxText.ExpectedValueCell;
        }
        if (expected == DataIngestText.ExpectedCategory && listsSheet is not null)
        {
            return Text.Format(XlsxText.ExpectedCategoryCell, listsSheet);
        }
        return expected;
    }

    /// <summary>"line 7" / "第 7 行" in a pipeline message (a repeated key names the other line) said as the sheet row it came from.</summary>
    private string LinesToRows(string text) =>
        Regex.Replace(text, @"\blines? (\d+)(?: and (\d+))?|第 (\d+) 行", m => m.Groups[3].Success ? Row(m.Groups[3].Value, m.Value)
            : m.Groups[2].Success ? $"{Row(m.Groups[1].Value, m.Value)} and {Row(m.Groups[2].Value, m.Value)}"
            : Row(m.Groups[1].Value, m.Value));

    /// <summary>The sheet row of a pipeline line number (line 2 is the first row read), or <paramref name="asWritten"/> when it is none.</summary>
    private string Row(string lineText, string asWritten)
    {
        int line = int.Parse(lineText, CultureInfo.InvariantCulture);
        return line >= 2 && line - 2 < origins.Count ? $"{origins[line - 2].Sheet}!{origins[line - 2].Row}:{origins[line - 2].Row}" : asWritten;
    }

    private void ReadSheets(XLWorkbook workbook)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecord(Fields);
            bool any = false;
            var unread = new List<ValidationIssue>();
            var ownSheets = TemplateSheets();
            var listNames = new[] { UiCulture.English, UiCulture.Chinese }.Select(c => XlsxText.ResourceManager.GetString(nameof(XlsxText.TemplateListsSheet), c)).ToHashSet();
            listsSheet = workbook.Worksheets.Select(s => s.Name).FirstOrDefault(listNames.Contains);
            foreach (var sheet in workbook.Worksheets)
            {
                if (FindHeader(sheet) is not { } header)
                {
                    // A sheet passed over must not hold data, or its rows would vanish without a word; the template's
                    // instructions and lists are its own.
                    if (!ownSheets.Contains(sheet.Name) && NotRead(sheet) is { } issue)
                    {
                        unread.Add(issue);
                    }
                    continue;
                }
                any = true;
                if (sheet.Visibility != XLWorksheetVisibility.Visible)
                {
                    // Rows nobody sees would be stored: refused, so the person decides (unhide or delete).
                    Issues.Add(new ValidationIssue(fileName, header, null, Text.Format(XlsxText.HiddenSheetFound, sheet.Name), XlsxText.HiddenSheetExpected)
                    { Cell = XlsxLocation.OfRow(fileName, sheet.Name, header) });
                    continue;
                }
                if (MapColumns(sheet, header) is { } map)
                {
                    ReadRows(sheet, header, map, csv);
                }
            }
            if (any)
            {
                Issues.AddRange(unread);
            }
            else
            {
                Issues.Add(new ValidationIssue(fileName, 0, null,
                    Text.Format(XlsxText.NoSheetFound, string.Join(", ", workbook.Worksheets.Select(s => s.Name))),
                    Text.Format(XlsxText.NoSheetExpected, HeaderSearchRows, ActivityColumns.Contract)));
                // Nothing to hand on: the one message says what the workbook lacks.
                return;
            }
        }
        Csv = buffer.ToArray();
    }

    /// <summary>The first row (within <see cref="HeaderSearchRows"/>) naming at least half the required columns, or null.</summary>
    private static int? FindHeader(IXLWorksheet sheet)
    {
        foreach (var row in sheet.RowsUsed(XLCellsUsedOptions.Contents).TakeWhile(r => r.RowNumber() <= HeaderSearchRows))
        {
            if (RequiredNamed(row).Count >= MinimumRequired)
            {
                return row.RowNumber();
            }
        }
        return null;
    }

    /// <summary>How many required columns a header row names at the least.</summary>
    private static int MinimumRequired => ActivityColumns.Required.Length / 2;

    /// <summary>The header texts, as written, of the required columns a row's text cells name (each column once).</summary>
    private static List<string> RequiredNamed(IXLRow row) =>
        [.. row.CellsUsed(XLCellsUsedOptions.Contents)
            .Where(cell => !cell.HasFormula && cell.DataType == XLDataType.Text)
            .Select(cell => (Text: cell.GetString().Trim(), Name: ActivityColumns.Resolve(cell.GetString())))
            .Where(c => c.Name is { } name && ActivityColumns.Required.Contains(name))
            .DistinctBy(c => c.Name)
            .Select(c => c.Text)];

    /// <summary>The issue of a sheet without a header that holds data (any cell with content), or null when it holds none.</summary>
    private ValidationIssue? NotRead(IXLWorksheet sheet)
    {
        var rows = sheet.RowsUsed(XLCellsUsedOptions.Contents).ToList();
        var rawCells = raw.Of(sheet.Name);
        if (rows.Count == 0 && rawCells.Count == 0)
        {
            return null;
        }
        // The row naming the most required columns says what the sheet looks like: a header too low, or too thin.
        var best = rows.Select(r => (Row: r.RowNumber(), Named: RequiredNamed(r))).Where(r => r.Named.Count > 0)
            .OrderByDescending(r => r.Named.Count).ThenBy(r => r.Row).FirstOrDefault();
        int at = best.Named is not null ? best.Row : rows.Count > 0 ? rows[0].RowNumber() : rawCells.Keys.Min(k => k.Row);
        string found = best.Named is null ? Text.Format(XlsxText.SheetNoHeaderFound, sheet.Name)
            : best.Named.Count >= MinimumRequired ? Text.Format(XlsxText.SheetHeaderBelowFound, sheet.Name, best.Row, HeaderSearchRows)
            : Text.Format(XlsxText.SheetHeaderFewFound, sheet.Name, best.Row, best.Named.Count, string.Join(", ", best.Named));
        return new ValidationIssue(fileName, at, null, found, Text.Format(XlsxText.SheetNotReadExpected, HeaderSearchRows, MinimumRequired, ActivityColumns.Contract))
        { Cell = XlsxLocation.OfRow(fileName, sheet.Name, at) };
    }

    /// <summary>The names of the template's own sheets (instructions, lists) in both languages: never read, never refused.</summary>
    private static HashSet<string> TemplateSheets()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in new[] { UiCulture.English, UiCulture.Chinese })
        {
            foreach (var key in new[] { nameof(XlsxText.TemplateInstructionsSheet), nameof(XlsxText.TemplateListsSheet) })
            {
                if (XlsxText.ResourceManager.GetString(key, culture) is { } text)
                {
                    set.Add(text);
                }
            }
        }
        return set;
    }

    /// <summary>The sheet column (1-based, 0 when absent) of each contract field; null after header issues.</summary>
    private (int[] Columns, string[] Headers, int PreviousValue, int PreviousUnit)? MapColumns(IXLWorksheet sheet, int header)
    {
        var columns = new int[Fields.Length];
        var headers = new string[Fields.Length];
        int previousValue = 0, previousUnit = 0;
        int before = Issues.Count;
        int width = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var reference = ReferenceHeaders();
        var hints = new[] { UiCulture.English, UiCulture.Chinese }.Select(c => XlsxText.ResourceManager.GetString(nameof(XlsxText.IndicatorHintHeader), c)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (int column = 1; column <= width; column++)
        {
            var cell = sheet.Cell(row: header, column: column);
            string text = cell.GetString().Trim();
            if (reference.TryGetValue(text, out bool isValue))
            {
                if (isValue)
                {
                    previousValue = column;
                }
                else
                {
                    previousUnit = column;
                }
                continue;
            }
            if (text.Length == 0 || hints.Contains(text))
            {
                // The indicator sheet's 说明 column: what each indicator is, for the reader of the template; never data.
                continue;
            }
            if (ActivityColumns.Resolve(text) is not { } name)
            {
                Issues.Add(new ValidationIssue(fileName, header, text, text, Text.Format(XlsxText.ExtraColumnExpected, ActivityColumns.Contract), column)
                { Cell = XlsxLocation.Of(fileName, sheet.Name, column, header) });
                continue;
            }
            int field = Array.IndexOf(Fields, name);
            if (columns[field] > 0)
            {
                Issues.Add(new ValidationIssue(fileName, header, text, text, Text.Format(XlsxText.TwiceExpected, name, SourceLocation.ColumnLetters(columns[field])), column)
                { Cell = XlsxLocation.Of(fileName, sheet.Name, column, header) });
                continue;
            }
            columns[field] = column;
            headers[field] = text;
        }
        foreach (var missing in ActivityColumns.Required.Where(r => columns[Array.IndexOf(Fields, r)] == 0 && !ActivityColumns.MayBeAbsent(r)))
        {
            Issues.Add(new ValidationIssue(fileName, header, missing, "", Text.Format(XlsxText.MissingColumnExpected, missing, ActivityColumns.Contract))
            { Cell = XlsxLocation.OfRow(fileName, sheet.Name, header) });
        }
        for (int field = 0; field < Fields.Length; field++)
        {
            headers[field] ??= Fields[field];
        }
        return Issues.Count == before ? (columns, headers, previousValue, previousUnit) : null;
    }

    private void ReadRows(IXLWorksheet sheet, int header, (int[] Columns, string[] Headers, int PreviousValue, int PreviousUnit) map, CsvWriter csv)
    {
        var (columns, headers, previousValueColumn, previousUnitColumn) = map;
        int sheetIndex = sheetColumns.Count;
        sheetColumns.Add(columns);
        sheetHeaders.Add(headers);
        foreach (var merged in sheet.MergedRanges.Where(m => m.RangeAddress.LastAddress.RowNumber > header))
        {
            var first = merged.RangeAddress.FirstAddress;
            Issues.Add(new ValidationIssue(fileName, first.RowNumber, null, Text.Format(XlsxText.MergedFound, merged.RangeAddress.ToString()), XlsxText.MergedExpected)
            { Cell = XlsxLocation.Of(fileName, sheet.Name, first.ColumnNumber, first.RowNumber) });
        }
        var texts = new string[Fields.Length];
        var rawCells = raw.Of(sheet.Name);
        // Only the rows that exist are visited (a stray cell at row 1048576 costs one row, not a million); the rows
        // between them are empty and counted as skipped, as they would be had each been visited.
        var headed = sheet.Row(header).CellsUsed(XLCellsUsedOptions.Contents).Where(c => c.GetString().Trim().Length > 0)
            .Select(c => c.Address.ColumnNumber).ToHashSet();
        var hintHeaders = new[] { UiCulture.English, UiCulture.Chinese }.Select(c => XlsxText.ResourceManager.GetString(nameof(XlsxText.IndicatorHintHeader), c)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        int hintColumn = headed.Where(c => hintHeaders.Contains(sheet.Cell(header, c).GetString().Trim())).DefaultIfEmpty(0).Min();
        var rows = sheet.RowsUsed(XLCellsUsedOptions.Contents).Select(r => r.RowNumber()).Where(r => r > header)
            .Concat(rawCells.Keys.Select(k => k.Row).Where(r => r > header)).Distinct().Order().ToList();
        int previous = header;
        foreach (int row in rows)
        {
            SkippedRows += row - previous - 1;
            previous = row;
            bool refused = false;
            for (int field = 0; field < Fields.Length; field++)
            {
                texts[field] = columns[field] > 0 ? CellText(sheet, row, columns[field], headers[field], ref refused) : "";
            }
            // A value beside the table, under no header, would be dropped without a word.
            foreach (var stray in sheet.Row(row).CellsUsed(XLCellsUsedOptions.Contents).Where(c => !headed.Contains(c.Address.ColumnNumber) && c.GetString().Trim().Length > 0))
            {
                refused = true;
                int column = stray.Address.ColumnNumber;
                Issues.Add(new ValidationIssue(fileName, row, null, Text.Format(XlsxText.NoHeaderColumnFound, stray.HasFormula ? "=" + stray.FormulaA1.TrimStart('=') : stray.GetString()),
                    Text.Format(XlsxText.NoHeaderColumnExpected, ActivityColumns.Contract), column)
                { Cell = XlsxLocation.Of(fileName, sheet.Name, column, row) });
            }
            if (texts[ValueField].Trim().Length == 0 && !refused)
            {
                // No value this year: skipped only when nothing of the row was filled in; otherwise refused where the value belongs,
                // so that no row a person meant (or last year's row left unfilled) vanishes from the inventory unseen.
                string previousValue = previousValueColumn > 0 ? PreviousText(sheet.Cell(row, previousValueColumn)) : "";
                string previousUnit = previousUnitColumn > 0 ? sheet.Cell(row, previousUnitColumn).GetString().Trim() : "";
                bool listed = hintColumn > 0 && sheet.Cell(row, hintColumn).GetString().Trim().Length > 0;
                if (UnfilledRow(sheet, header, row, texts, headers, columns, previousValueColumn, previousValue, previousUnit, listed))
                {
                    SkippedRows++;
                }
                continue;
            }
            if (refused)
            {
                continue;
            }
            csv.WriteRecord(texts);
            origins.Add((sheet.Name, row));
            originSheet.Add(sheetIndex);
        }
    }

    /// <summary>
    /// True for a row without a value that may be skipped: nothing filled in, or a row the template pre-filled from last year
    /// whose category the official deleted. Otherwise the row is refused (an issue added, false returned): at the value cell
    /// when a row's labels, source or note are filled or last year's row is left without this year's value, at the previous
    /// year's cell when a value was typed there instead of the value column. A row the template listed (<paramref name="listed"/>:
    /// its 说明 cell written) left with only its category, activity, unit and use is skipped, as an unfilled indicator row is.
    /// </summary>
    private bool UnfilledRow(IXLWorksheet sheet, int header, int row, string[] texts, string[] headers, int[] columns, int previousValueColumn, string previousValue, string previousUnit, bool listed)
    {
        bool anyInput = InputFields.Any(f => texts[f].Trim().Length > 0);
        string valueColumn = columns[ValueField] > 0 ? SourceLocation.ColumnLetters(columns[ValueField]) : headers[ValueField];
        void RefuseValue(string found, string expected) =>
            Issues.Add(new ValidationIssue(fileName, row, headers[ValueField], found, expected, columns[ValueField] > 0 ? columns[ValueField] : null)
            {
                Cell = columns[ValueField] > 0 ? XlsxLocation.Of(fileName, sheet.Name, columns[ValueField], row) : XlsxLocation.OfRow(fileName, sheet.Name, row),
            });
        if (previousValue.Length > 0)
        {
            // The template writes last year's value and unit together (a notation key without a unit); a number alone there was typed in.
            bool prefilled = previousUnit.Length > 0 || previousValue is "NO" or "NE" or "IE" or "NA" or "C";
            if (!prefilled)
            {
                Issues.Add(new ValidationIssue(fileName, row, sheet.Cell(header, previousValueColumn).GetString().Trim(), previousValue,
                    Text.Format(XlsxText.PreviousColumnTypedExpected, valueColumn), previousValueColumn)
                { Cell = XlsxLocation.Of(fileName, sheet.Name, previousValueColumn, row) });
                return false;
            }
            if (texts[CategoryField].Trim().Length == 0)
            {
                // Last year's row whose category the official deleted: dropped on purpose.
                return true;
            }
            RefuseValue("", Text.Format(XlsxText.PreviousRowEmptyExpected, $"{previousValue} {previousUnit}".Trim()));
            return false;
        }
        if (!anyInput || IndicatorTemplateRow(texts) || (listed && OnlyLabels(texts)))
        {
            return true;
        }
        var filled = InputFields.Where(f => texts[f].Trim().Length > 0).Select(f => headers[f]);
        RefuseValue("", Text.Format(XlsxText.RowWithoutValueExpected, string.Join(", ", filled)));
        return false;
    }

    /// <summary>True for a row of the template's indicator sheet left unfilled: category 0, an indicator and its unit as the template wrote
    /// them, nothing else (issue 14). A banner without, say, green-certificate figures leaves that row as it is and it is skipped.</summary>
    private bool IndicatorTemplateRow(string[] texts)
    {
        string category = texts[CategoryField].Trim();
        bool indicatorCategory = category == Core.Economy.IndicatorKeys.Category
            || (labels.TryGetValue(category, out var code) && code == Core.Economy.IndicatorKeys.Category);
        return indicatorCategory && InputFields.All(f => f == CategoryField || f == ActivityField || f == UnitField || texts[f].Trim().Length == 0);
    }

    /// <summary>True when nothing but the labels a listed row carries (category, activity, unit, use) is filled in (issue 15).</summary>
    private static bool OnlyLabels(string[] texts) =>
        InputFields.All(f => f == CategoryField || f == ActivityField || f == UnitField || f == UseField || texts[f].Trim().Length == 0);

    /// <summary>A previous-year cell as the template shows it: a number with thousands separators (1,850), or its text.</summary>
    private static string PreviousText(IXLCell cell) =>
        cell.IsEmpty() ? ""
        : !cell.HasFormula && cell.DataType == XLDataType.Number ? cell.GetDouble().ToString("#,##0.####", CultureInfo.InvariantCulture)
        : cell.GetFormattedString().Trim();

    /// <summary>The text a cell stands for, or "" with an issue when the cell is refused.</summary>
    private string CellText(IXLWorksheet sheet, int row, int column, string header, ref bool refused)
    {
        if (raw.Of(sheet.Name).TryGetValue((row, column), out var kept))
        {
            // Cells ClosedXML drops or cannot parse, read from the sheet's XML.
            return kept.Kind switch
            {
                XlsxRawKind.Error => Refuse(Text.Format(XlsxText.ErrorValueFound, kept.Value), XlsxText.FormulaExpected, ref refused),
                XlsxRawKind.Date => Refuse(Text.Format(XlsxText.DateFound, kept.Value), XlsxText.DateExpected, ref refused),
                _ => Refuse(Text.Format(XlsxText.EmptyFormulaFound, kept.Value), XlsxText.FormulaExpected, ref refused),
            };
        }
        var cell = sheet.Cell(row, column);
        if (cell.HasFormula)
        {
            return Refuse(Text.Format(XlsxText.FormulaFound, "=" + cell.FormulaA1.TrimStart('=')), XlsxText.FormulaExpected, ref refused);
        }
        if (cell.IsEmpty())
        {
            return "";
        }
        switch (cell.DataType)
        {
            case XLDataType.Number:
                double number = cell.GetDouble();
                string format = cell.Style.NumberFormat.Format ?? "";
                int formatId = cell.Style.NumberFormat.NumberFormatId;
                if (format.Contains('%', StringComparison.Ordinal) || formatId is 9 or 10)
                {
                    return Refuse(Text.Format(XlsxText.PercentFound, (number * 100).ToString("R", CultureInfo.InvariantCulture), number.ToString("R", CultureInfo.InvariantCulture)),
                        XlsxText.PercentExpected, ref refused);
                }
                if (XlsxNumberFormat.IsDateOrTime(formatId, format))
                {
                    // A day count shown as a date (the CJK date ids 27–36 and 50–58, [$-804]yyyy"年"m"月"d"日"…), which ClosedXML reads as a number.
                    return Refuse(Text.Format(XlsxText.DateFound, DayCount(number)), XlsxText.DateExpected, ref refused);
                }
                if (XlsxNumberFormat.ShowsScaled(format))
                {
                    return Refuse(Text.Format(XlsxText.ScaledFound, format, number.ToString("R", CultureInfo.InvariantCulture)), XlsxText.ScaledExpected, ref refused);
                }
                return number.ToString("R", CultureInfo.InvariantCulture);
            case XLDataType.DateTime:
            case XLDataType.TimeSpan:
                string shown = cell.Value switch
                {
                    DateTime date => DayCount(date.ToOADate()),
                    TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
                    _ => cell.GetFormattedString(),
                };
                return Refuse(Text.Format(XlsxText.DateFound, shown), XlsxText.DateExpected, ref refused);
            default:
                string text = cell.GetString();
                if (text.StartsWith('#') && text.EndsWith('!') || text is "#N/A" or "#NAME?" or "#NUM!" or "#VALUE!" or "#REF!" or "#DIV/0!" or "#NULL!")
                {
                    return Refuse(Text.Format(XlsxText.ErrorValueFound, text), XlsxText.FormulaExpected, ref refused);
                }
                if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
                {
                    return Refuse(XlsxText.LineBreakFound, XlsxText.LineBreakExpected, ref refused);
                }
                text = WithoutNeutralisingQuote(text);
                return labels.TryGetValue(text.Trim(), out var key) ? key : text;
        }

        // The template writes last year's text that begins with = + - @ tab or CR behind an apostrophe, so that no spreadsheet
        // takes it for a formula (Reports' SpreadsheetText). A person typing in Excel never stores a leading apostrophe (Excel
        // keeps it as the cell's quote prefix, not in its value), so one before those characters is ours: dropped, and a
        // facility '+plantB read back is the +plantB it was last year (breaker finding: the id changed across years).
        static string WithoutNeutralisingQuote(string value) =>
            value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

        static string DayCount(double days) => days is >= 0 and < 2958466
            ? DateTime.FromOADate(days).ToString(days % 1 == 0 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : days.ToString("R", CultureInfo.InvariantCulture);

        string Refuse(string found, string expected, ref bool refusedRow)
        {
            refusedRow = true;
            Issues.Add(new ValidationIssue(fileName, row, header, found, expected, column) { Cell = XlsxLocation.Of(fileName, sheet.Name, column, row) });
            return "";
        }
    }

    /// <summary>The headers of the template's reference columns (the previous year's values) in both languages: shown, never read.</summary>
    private static Dictionary<string, bool> ReferenceHeaders()
    {
        var set = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var culture in new[] { UiCulture.English, UiCulture.Chinese })
        {
            foreach (var key in new[] { nameof(XlsxText.PreviousYearValueHeader), nameof(XlsxText.PreviousYearUnitHeader) })
            {
                if (XlsxText.ResourceManager.GetString(key, culture) is { } text)
                {
                    set[text] = key == nameof(XlsxText.PreviousYearValueHeader);
                }
            }
        }
        return set;
    }

    /// <summary>The labels the template's drop-downs show, by the key each stands for: "code name" of every category, the English name of every use.</summary>
    public static Dictionary<string, string> Labels(IEnumerable<(string Code, string NameZh, string NameEn)> categories, IEnumerable<(string Key, string NameZh, string NameEn)> uses)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(uses);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, nameZh, nameEn) in categories)
        {
            labels.TryAdd(CategoryLabel(code, nameZh), code);
            labels.TryAdd(CategoryLabel(code, nameEn), code);
        }
        foreach (var (key, _, nameEn) in uses)
        {
            labels.TryAdd(nameEn, key);
        }
        return labels;
    }

    /// <summary>How a category is shown in a drop-down: <c>1.A.1.a.i 公用电力与热力</c>.</summary>
    public static string CategoryLabel(string code, string name) => Core.Reporting.TemplateContent.CategoryLabel(code, name);

    /// <summary>UTF-8 without a byte order mark, the encoding of <see cref="Csv"/>.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(false);
}
