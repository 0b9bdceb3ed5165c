using System.Text;
using CsvHelper;

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
            issues.Add(new ValidationIssue(fileName, 1, null, $"a first line longer than {CsvFiles.MaxRecordBytes / (1 << 20)} MiB",
                "a CSV file with a header line: " + ActivityColumns.Contract));
            return false;
        }
        if (names.Count == 0)
        {
            issues.Add(new ValidationIssue(fileName, 1, null, "an empty file", "a header row: " + ActivityColumns.Contract));
            return false;
        }
        string header = string.Join(",", names);
        if (names.Count == 1 && (names[0].Contains('\t', StringComparison.Ordinal) || names[0].Contains(';', StringComparison.Ordinal) || names[0].Contains('|', StringComparison.Ordinal)))
        {
            string separator = names[0].Contains('\t', StringComparison.Ordinal) ? "tabs" : names[0].Contains(';', StringComparison.Ordinal) ? "semicolons" : "'|'";
            issues.Add(new ValidationIssue(fileName, 1, null, header,
                $"comma-separated columns, but this file looks separated by {separator}: save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\" (header {ActivityColumns.Contract})"));
            return false;
        }
        Array.Fill(columnOf, -1);
        var resolved = names.Select(ActivityColumns.Resolve).ToList();
        var missing = ActivityColumns.Required.Where(r => !resolved.Contains(r)).ToList();
        if (missing.Count >= ActivityColumns.Required.Length / 2)
        {
            // Another header entirely (a factor file, a balance table, a sheet with a title row): one sentence, not one per column.
            issues.Add(new ValidationIssue(fileName, 1, null, header,
                $"the header of an activity file, but this one lacks {string.Join(", ", missing)}: the first line must be {ActivityColumns.Contract}"));
            return false;
        }
        foreach (var column in missing)
        {
            issues.Add(new ValidationIssue(fileName, 1, column, header, $"a '{column}' column (header: {ActivityColumns.Contract})"));
        }
        for (int i = 0; i < names.Count; i++)
        {
            if (resolved[i] is not { } name)
            {
                issues.Add(new ValidationIssue(fileName, 1, names[i], names[i], "no extra column: only " + ActivityColumns.Contract, i + 1));
                continue;
            }
            int field = (int)FieldOf(name);
            if (columnOf[field] >= 0)
            {
                issues.Add(new ValidationIssue(fileName, 1, names[i], names[i], $"each column once ('{name}' is also column {columnOf[field] + 1})", i + 1));
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
            issues.Add(new ValidationIssue(fileName, (int)Math.Max(e.LineNumber, Line + 1), null, $"a record longer than {CsvFiles.MaxRecordBytes / (1 << 20)} MiB",
                "rows of an activity file (is a quote left open, or is this not a CSV file?)"));
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
                    ? new ValidationIssue(fileName, line, null, "a quote (\") that opens a field on this line and is never closed",
                        "every quoted field closed on its own row; otherwise all the rows after it would be read into one field")
                    : new ValidationIssue(fileName, line, null, "text after the closing quote of a field: " + TextFields.Shown(bad.RawRecord),
                        "a quoted field to end at its closing quote (write \"\" for a quote inside it)"));
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
                ? "a missing column on this line"
                : "an extra column on this line; a number with a thousands separator such as 1,234 must be quoted (\"1,234\") or written 1234";
            issues.Add(new ValidationIssue(fileName, Line, null, $"{csv.FieldCount} fields", $"{names.Count} fields as in the header ({what})"));
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
