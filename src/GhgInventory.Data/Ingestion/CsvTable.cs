using System.Text;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>A small CSV file (factor sets, regions, vocabularies, overrides) read whole, with its header checked.</summary>
public sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    /// <summary>File name used in messages.</summary>
    public string File { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads <paramref name="bytes"/> (UTF-8, UTF-16/32 with a BOM, or GB18030) and checks that every required column is present and no unknown one is; broken quoting and invalid bytes are located issues.</summary>
    /// <param name="file">File name used in messages.</param>
    /// <param name="bytes">The file's content.</param>
    /// <param name="required">Columns the file must have.</param>
    /// <param name="optional">Columns the file may have.</param>
    /// <param name="aliases">
    /// When given, header cells are read as activity files read theirs (<see cref="ColumnNames.Resolve"/>: any ASCII case,
    /// full-width forms, these Chinese aliases) and rows are keyed by the column they name; when null, names must match exactly.
    /// </param>
    public static CsvTable Read(string file, byte[] bytes, IReadOnlyCollection<string> required, IReadOnlyCollection<string>? optional = null,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(required);
        optional ??= [];
        var inspection = TextDecoding.Examine(() => new MemoryStream(bytes, writable: false));
        if (inspection.LooksLike is { } kind)
        {
            throw new InputRejectedException([new ValidationIssue(file, 0, null, kind, DataIngestText.TableExpectedCsv)]);
        }
        if (inspection.InvalidLine is { } badLine)
        {
            throw new InputRejectedException([new ValidationIssue(file, badLine, null, Text.Format(DataIngestText.TableFoundInvalidBytes, inspection.EncodingName), DataIngestText.TableExpectedOneEncoding)]);
        }
        CsvHelper.CsvMalformedRecord? malformed = null;
        using var csv = CsvFiles.Open(new MemoryStream(bytes, writable: false), inspection.Encoding, record => malformed ??= record);
        List<string> header;
        try
        {
            header = CsvFiles.Header(csv);
        }
        catch (CsvHelper.CsvFormatException)
        {
            throw new InputRejectedException([new ValidationIssue(file, 1, null, Text.Format(DataIngestText.FoundFirstLineTooLong, CsvFiles.MaxRecordBytes >> 20), DataIngestText.TableExpectedHeaderLine)]);
        }
        if (header.Count == 0)
        {
            throw new InputRejectedException([new ValidationIssue(file, 1, null, DataIngestText.FoundEmptyFile, Text.Format(DataIngestText.ExpectedHeaderRow, string.Join(",", required)))]);
        }
        var issues = new List<ValidationIssue>();
        var written = header;
        if (aliases is not null)
        {
            header = written.Select(h => ColumnNames.Resolve(h, required.Concat(optional), aliases) ?? h).ToList();
            for (int i = 0; i < header.Count; i++)
            {
                int first = header.IndexOf(header[i]);
                if (first < i)
                {
                    issues.Add(new ValidationIssue(file, 1, written[i], written[i], Text.Format(DataIngestText.ExpectedColumnOnce, header[i], first + 1), i + 1));
                }
            }
        }
        string accepted = aliases is null ? string.Join(", ", required.Concat(optional)) : ColumnNames.Describe(required.Concat(optional), aliases);
        foreach (var missing in required.Where(c => !header.Contains(c)))
        {
            issues.Add(new ValidationIssue(file, 1, missing, string.Join(",", written), Text.Format(DataIngestText.TableExpectedColumn, missing)));
        }
        foreach (var extra in header.Where(c => !required.Contains(c) && !optional.Contains(c)))
        {
            issues.Add(new ValidationIssue(file, 1, extra, extra, Text.Format(DataIngestText.TableExpectedOnlyColumns, accepted), header.IndexOf(extra) + 1));
        }

        var rows = new List<CsvRow>();
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    break;
                }
            }
            catch (CsvHelper.CsvFormatException e)
            {
                issues.Add(new ValidationIssue(file, (int)e.LineNumber, null, Text.Format(DataIngestText.FoundRecordTooLong, CsvFiles.MaxRecordBytes >> 20), DataIngestText.TableExpectedRows));
                break;
            }
            int line = checked((int)csv.LineNumber);
            if (malformed is { Reason: CsvHelper.CsvMalformedReason.UnterminatedQuote or CsvHelper.CsvMalformedReason.TextAfterClosingQuote } bad)
            {
                malformed = null;
                issues.Add(new ValidationIssue(file, bad.LineNumber > 0 ? (int)bad.LineNumber : line, null,
                    bad.Reason == CsvHelper.CsvMalformedReason.UnterminatedQuote ? DataIngestText.FoundUnclosedQuote : DataIngestText.TableFoundTextAfterQuote,
                    DataIngestText.TableExpectedQuoteClosed));
                continue;
            }
            malformed = null;
            if (csv.FieldCount != header.Count)
            {
                issues.Add(new ValidationIssue(file, line, null, Text.Format(DataIngestText.FoundFields, csv.FieldCount), Text.Format(DataIngestText.TableExpectedFields, header.Count)));
                if (issues.Count >= 1000)
                {
                    break; // a file of the wrong shape: enough to say so, without one message per line of it
                }
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                values[header[i]] = csv.GetString(i);
            }
            rows.Add(new CsvRow(file, line, header, values));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : new CsvTable(file, header, rows);
    }

    /// <summary>Reads a bundled file by its logical name.</summary>
    public static CsvTable ReadBundled(string name, IReadOnlyCollection<string> required, IReadOnlyCollection<string>? optional = null) =>
        Read(name, BundledData.ReadAllBytes(name), required, optional);

    /// <summary>Encodes text as UTF-8 bytes (for tests and generated files).</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

/// <summary>One row of a <see cref="CsvTable"/> with its line number.</summary>
/// <param name="File">File name.</param>
/// <param name="Line">1-based line (header is 1).</param>
/// <param name="Header">Column names in file order, for column numbers in issues.</param>
/// <param name="Values">Values by column name, trimmed.</param>
public sealed record CsvRow(string File, int Line, IReadOnlyList<string> Header, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The value of <paramref name="column"/>, or null when the column is absent or the cell blank.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    /// <summary>An issue located at this row and column.</summary>
    public ValidationIssue Issue(string column, string expected)
    {
        int index = Header.ToList().IndexOf(column);
        return new(File, Line, column, this[column] ?? "", expected, index >= 0 ? index + 1 : null);
    }
}
