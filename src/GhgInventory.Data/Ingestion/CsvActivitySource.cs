using System.Text;
using CsvHelper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>The row source for activity CSV files: maps the header (names, Chinese aliases, any case) to fields, skips all-empty rows, and reports broken quoting and over-long records.</summary>
internal sealed class CsvActivitySource : IDisposable
{
    private static readonly int FieldCount = Enum.GetValues<ActivityField>().Length;

    private readonly CsvReader csv;
    private readonly Stream stream;
    private readonly string fileName;
    private readonly IssueList issues;
    private readonly int[] columnOf = new int[FieldCount];
    private CsvMalformedRecord? malformed;
    private List<string> names = [];

    /// <summary>Opens a source over <paramref name="stream"/>; issues of the file's form go to <paramref name="issues"/>.</summary>
    public CsvActivitySource(Stream stream, Encoding encoding, string fileName, IssueList issues)
    {
        this.stream = stream;
        this.fileName = fileName;
        this.issues = issues;
        csv = CsvFiles.Open(stream, encoding, record => malformed ??= record);
    }

    /// <summary>The file's column names as written.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>The 0-based column of each field, −1 when absent.</summary>
    public IReadOnlyList<int> ColumnOf => columnOf;

    /// <summary>All-empty rows (<c>,,,,,,</c>) skipped.</summary>
    public int BlankRows { get; private set; }

    /// <summary>Data rows returned or refused (not blank ones).</summary>
    public int Rows { get; private set; }

    /// <summary>The line the current row starts on.</summary>
    public int Line { get; private set; }

    /// <summary>Fraction of a seekable input read so far.</summary>
    public double Progress => stream.CanSeek && stream.Length > 0 ? (double)stream.Position / stream.Length : 0;

    /// <summary>Reads the header; false, with one issue saying what the file looks like, when it is not an activity file's.</summary>
    public bool ReadHeader()
    {
        try
        {
            names = CsvFiles.Header(csv);
        }
        catch (CsvFormatException)
        {
            issues.Add(new ValidationIssue(fileName, 1, null, Text.Format(DataIngestText.FoundFirstLineTooLong, CsvFiles.MaxRecordBytes / (1 << 20)),
                Text.Format(DataIngestText.ExpectedCsvWithHeader, ActivityColumns.Contract)));
            return false;
        }
        if (names.Count == 0)
        {
            issues.Add(new ValidationIssue(fileName, 1, null, DataIngestText.FoundEmptyFile, Text.Format(DataIngestText.ExpectedHeaderRow, ActivityColumns.Contract)));
            return false;
        }
        string header = string.Join(",", names);
        if (names.Count == 1 && (names[0].Contains('\t', StringComparison.Ordinal) || names[0].Contains(';', StringComparison.Ordinal) || names[0].Contains('|', StringComparison.Ordinal)))
        {
            string separator = names[0].Contains('\t', StringComparison.Ordinal) ? DataIngestText.SeparatorTabs : names[0].Contains(';', StringComparison.Ordinal) ? DataIngestText.SeparatorSemicolons : "'|'";
            issues.Add(new ValidationIssue(fileName, 1, null, header,
                Text.Format(DataIngestText.ExpectedCommaSeparated, separator, ActivityColumns.Contract)));
            return false;
        }
        Array.Fill(columnOf, -1);
        var resolved = names.Select(ActivityColumns.Resolve).ToList();
        var missing = ActivityColumns.Required.Where(r => !resolved.Contains(r)).ToList();
        if (missing.Count >= ActivityColumns.Required.Length / 2)
        {
            // Another header entirely (a factor file, a balance table, a sheet with a title row): one sentence, not one per column.
            issues.Add(new ValidationIssue(fileName, 1, null, header,
                Text.Format(DataIngestText.ExpectedActivityHeader, string.Join(", ", missing), ActivityColumns.Contract)));
            return false;
        }
        foreach (var column in missing.Where(c => !ActivityColumns.MayBeAbsent(c)))
        {
            issues.Add(new ValidationIssue(fileName, 1, column, header, Text.Format(DataIngestText.ExpectedColumn, column, ActivityColumns.Contract)));
        }
        for (int i = 0; i < names.Count; i++)
        {
            if (resolved[i] is not { } name)
            {
                issues.Add(new ValidationIssue(fileName, 1, names[i], names[i], Text.Format(DataIngestText.ExpectedNoExtraColumn, ActivityColumns.Contract), i + 1));
                continue;
            }
            int field = (int)FieldOf(name);
            if (columnOf[field] >= 0)
            {
                issues.Add(new ValidationIssue(fileName, 1, names[i], names[i], Text.Format(DataIngestText.ExpectedColumnOnce, name, columnOf[field] + 1), i + 1));
                continue;
            }
            columnOf[field] = i;
        }
        return issues.Count == 0;
    }

    /// <summary>Moves to the next data row, skipping all-empty rows and refusing (with an issue) a row of the wrong width or broken quoting.</summary>
    /// <returns>False at the end of the input, or after a record too long to read.</returns>
    public bool Read(out bool usable)
    {
        usable = false;
        try
        {
            if (!csv.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            Rows++;
            issues.Add(new ValidationIssue(fileName, (int)Math.Max(e.LineNumber, Line + 1), null, Text.Format(DataIngestText.FoundRecordTooLong, CsvFiles.MaxRecordBytes / (1 << 20)),
                DataIngestText.ExpectedActivityRows));
            return false;
        }
        Line = checked((int)csv.LineNumber);
        if (malformed is { } bad)
        {
            malformed = null;
            if (bad.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.TextAfterClosingQuote)
            {
                Rows++;
                int line = bad.LineNumber > 0 ? checked((int)bad.LineNumber) : Line;
                issues.Add(bad.Reason == CsvMalformedReason.UnterminatedQuote
                    ? new ValidationIssue(fileName, line, null, DataIngestText.FoundUnclosedQuote, DataIngestText.ExpectedQuoteClosed)
                    : new ValidationIssue(fileName, line, null, Text.Format(DataIngestText.FoundTextAfterQuote, TextFields.Shown(bad.RawRecord)), DataIngestText.ExpectedQuoteEnd));
                return true;
            }
        }
        if (IsBlank())
        {
            BlankRows++;
            return true;
        }
        Rows++;
        if (csv.FieldCount != names.Count)
        {
            string what = csv.FieldCount < names.Count
                ? DataIngestText.MissingColumnOnLine
                : DataIngestText.ExtraColumnOnLine;
            issues.Add(new ValidationIssue(fileName, Line, null, Text.Format(DataIngestText.FoundFields, csv.FieldCount), Text.Format(DataIngestText.ExpectedFields, names.Count, what)));
            return true;
        }
        usable = true;
        return true;
    }

    /// <summary>The current row's fields.</summary>
    public RawActivityRow Current => new()
    {
        Line = Line,
        MayHaveControls = TextFields.IndexOfControl(csv.RawRecord) >= 0 || TextFields.MayHaveInvisible(csv.RawRecord),
        Region = Get(ActivityField.Region),
        Year = Get(ActivityField.Year),
        Category = Get(ActivityField.Category),
        Activity = Get(ActivityField.Activity),
        Value = Get(ActivityField.Value),
        Unit = Get(ActivityField.Unit),
        Source = Get(ActivityField.Source),
        Note = Get(ActivityField.Note),
        Uncertainty = Get(ActivityField.Uncertainty),
        Facility = Get(ActivityField.Facility),
        Use = Get(ActivityField.Use),
    };

    /// <summary>The text of column <paramref name="column"/> of the current row, for re-reading a line.</summary>
    public string GetString(int column) => csv.GetString(column);

    /// <inheritdoc/>
    public void Dispose() => csv.Dispose();

    private static ActivityField FieldOf(string column) => column switch
    {
        "region" => ActivityField.Region,
        "year" => ActivityField.Year,
        "category" => ActivityField.Category,
        "activity" => ActivityField.Activity,
        "value" => ActivityField.Value,
        "unit" => ActivityField.Unit,
        "source" => ActivityField.Source,
        "note" => ActivityField.Note,
        "uncertainty_pct" => ActivityField.Uncertainty,
        "facility" => ActivityField.Facility,
        "use" => ActivityField.Use,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a column of the contract"),
    };

    private ReadOnlySpan<byte> Get(ActivityField field)
    {
        int column = columnOf[(int)field];
        return column >= 0 ? csv.GetSpan(column) : [];
    }

    private bool IsBlank()
    {
        // A data row almost always starts with a character of its first field; only a row that does not is looked at further.
        var raw = csv.RawRecord;
        if (raw.Length > 0 && raw[0] is not ((byte)',' or (byte)' ' or (byte)'\t' or (byte)'"'))
        {
            return false;
        }
        for (int i = 0; i < csv.FieldCount; i++)
        {
            if (!csv.GetSpan(i).IsEmpty)
            {
                return false;
            }
        }
        return true;
    }
}
