using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Ingestion;

/// <summary>Validates an activity file and stores it whole or not at all, as a new version of every (region, year) it contains.</summary>
/// <remarks>
/// Three parts, one streaming pass: the row source (<see cref="CsvActivitySource"/>) reads rows, the validator
/// (<see cref="ActivityValidator"/>) checks each against the vocabularies, and the store writer (<see cref="ActivityWriter"/>)
/// inserts it inside one transaction while the file is still clean, on a second thread (<see cref="BackgroundWriter"/>). Any
/// issue rolls the transaction back, so a rejected file changes nothing; a check (<see cref="IngestOptions.CheckOnly"/>) runs
/// the very same import, composition included, and rolls it back. The duplicate-key check keeps 12 bytes a row, so memory
/// stays bounded (PERFORMANCE.md).
/// </remarks>
public sealed class ActivityIngestor
{
    /// <summary>How many issues are kept for display; all are counted.</summary>
    public const int IssueCap = 100;

    /// <summary>The most a pipe or FIFO is read into a temporary file: 4 GiB, far above any activity file.</summary>
    public const long SpoolCapBytes = 4L << 30;

    private readonly SqliteConnection connection;
    private readonly IClock clock;

    /// <summary>Creates an ingestor writing to <paramref name="connection"/>, stamping batches with <paramref name="clock"/>.</summary>
    public ActivityIngestor(SqliteConnection connection, IClock clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    /// <summary>Validates and (unless <paramref name="options"/> say check only) imports the file <paramref name="path"/>; a pipe or FIFO is read once, into a temporary file.</summary>
    /// <exception cref="ArgumentException">The path is a device, a folder or a socket (<see cref="InputFileKind"/>): nothing could be read to its end.</exception>
    public IngestResult Ingest(string path, IngestOptions options, IProgress<double>? progress = null)
    {
        if (InputFileKind.Refusal(path) is { } what)
        {
            throw new ArgumentException(Text.Format(DataIngestText.PathRefused, path, what));
        }
        using (var probe = File.OpenRead(path))
        {
            if (!probe.CanSeek)
            {
                string spool = Path.Combine(Path.GetTempPath(), $"ghg-ingest-{Guid.NewGuid():N}.csv");
                try
                {
                    using (var copy = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None))
                    {
                        var buffer = new byte[1 << 16];
                        long total = 0;
                        int read;
                        while ((read = probe.Read(buffer)) > 0)
                        {
                            total += read;
                            if (total > SpoolCapBytes)
                            {
                                return Refused(path, new ValidationIssue(path, 0, null, Text.Format(DataIngestText.FoundPipeTooLarge, SpoolCapBytes >> 30), DataIngestText.ExpectedSensibleSize));
                            }
                            copy.Write(buffer, 0, read);
                        }
                    }
                    return Ingest(path, () => File.OpenRead(spool), options, progress);
                }
                finally
                {
                    File.Delete(spool);
                }
            }
        }
        return Ingest(path, () => File.OpenRead(path), options, progress);
    }

    /// <summary>Validates and (unless <paramref name="options"/> say check only) imports the content <paramref name="open"/> returns, naming it <paramref name="fileName"/>.</summary>
    public IngestResult Ingest(string fileName, Func<Stream> open, IngestOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        if (IsWorkbook(fileName, open))
        {
            return IngestWorkbook(fileName, open, options, progress);
        }
        return IngestText(fileName, open, options, progress, storedEncoding: null, origins: null);
    }

    /// <summary>The text pipeline; <paramref name="storedEncoding"/> is what the batch records as its encoding (XLSX for a workbook's rows), the text's own when null.</summary>
    /// <remarks>For a workbook's rows <paramref name="origins"/> gives the sheet and sheet row of each line (line 2 first), which the records and flags store.</remarks>
    private IngestResult IngestText(string fileName, Func<Stream> open, IngestOptions options, IProgress<double>? progress, string? storedEncoding,
        IReadOnlyList<(string Sheet, int Row)>? origins)
    {
        var inspection = TextDecoding.Examine(open);
        var issues = new IssueList(IssueCap);
        if (inspection.LooksLike is { } kind)
        {
            issues.Add(new ValidationIssue(fileName, 0, null, kind,
                DataIngestText.ExpectedCsvText));
            return Result(fileName, inspection, issues, 0, 0, null, [], null);
        }
        if (inspection.InvalidLine is { } badLine)
        {
            issues.Add(new ValidationIssue(fileName, badLine, null, Text.Format(DataIngestText.FoundInvalidBytes, inspection.EncodingName, inspection.InvalidOffset),
                Text.Format(DataIngestText.ExpectedOneEncoding, inspection.EncodingName)));
            return Result(fileName, inspection, issues, 0, 0, null, [], null);
        }

        var vocabulary = Vocabulary.Load(connection);
        using var writer = new ActivityWriter(connection, clock, vocabulary, options);
        if (writer.Begin(fileName, inspection.Sha256, storedEncoding ?? inspection.EncodingName) is { } previous)
        {
            var earlier = connection.Query<(string Region, long Year, long Version)>(
                "SELECT region_code, year, version FROM activity_versions WHERE batch_id = @previous ORDER BY region_code, year", new { previous })
                .Select(v => (v.Region, (int)v.Year, (int)v.Version)).ToList();
            return new IngestResult(fileName, inspection.EncodingName, inspection.Sha256, 0, [], 0, null, previous, []) { AlreadyImportedVersions = earlier };
        }
        var keys = new DuplicateKeyFinder();
        int rows, blankRows;
        long stored;
        int facilityColumn;
        using (var source = new CsvActivitySource(open(), inspection.Encoding, fileName, issues))
        {
            if (!source.ReadHeader())
            {
                writer.Rollback();
                return Result(fileName, inspection, issues, 0, 0, null, [], null);
            }
            var validator = new ActivityValidator(vocabulary, fileName, source.Names, source.ColumnOf, issues);
            using var storing = new BackgroundWriter(writer);
            long nextRecordId = writer.FirstRecordId;
            while (source.Read(out bool usable))
            {
                if (usable && validator.TryValidate(source.Current, out var row))
                {
                    keys.Add(KeyEntry.Of(row.Region, row.Year, row.Category, row.Activity, row.Use, row.Facility, row.Line));
                    options.Collector?.Add(row, vocabulary);
                    if (issues.Count == 0)
                    {
                        storing.Add(row);
                        writer.OwnRows.Add(row, nextRecordId++);
                    }
                }
                if (progress is not null && (source.Rows & 0xFFFF) == 0)
                {
                    progress.Report(source.Progress);
                }
            }
            storing.Complete();
            stored = nextRecordId - writer.FirstRecordId;
            rows = source.Rows;
            blankRows = source.BlankRows;
            facilityColumn = source.ColumnOf[(int)ActivityField.Facility];
        }
        if (rows == 0 && issues.Count == 0)
        {
            issues.Add(new ValidationIssue(fileName, 1, null, blankRows > 0 ? Text.Format(DataIngestText.FoundOnlyEmptyRows, blankRows) : DataIngestText.FoundNoDataRows, DataIngestText.ExpectedOneRow));
        }
        CheckDuplicates(keys, fileName, open, inspection, facilityColumn, issues);
        ReleaseKeys(ref keys);
        progress?.Report(1);

        Composition? composition = null;
        if (issues.Count == 0)
        {
            writer.CheckRecordIds(stored);
            writer.FinishBatch(rows, blankRows);
            var versions = writer.Versions.Select(v => (v.Value.Id, vocabulary.RegionCodes[v.Key.Region], v.Key.Year)).ToList();
            composition = new VersionComposer(connection, writer.Transaction, clock)
                .Compose(new ComposeRequest(fileName, writer.BatchId, versions, options, writer.OwnRows.ByVersion(writer.Versions)));
            foreach (var issue in composition.Issues)
            {
                issues.Add(issue);
            }
        }
        bool store = issues.Count == 0 && !options.CheckOnly;
        var created = store
            ? writer.Versions.Select(v => (vocabulary.RegionCodes[v.Key.Region], v.Key.Year, v.Value.Version))
                .OrderBy(v => v.Item1, StringComparer.Ordinal).ThenBy(v => v.Year).ToList()
            : [];
        long batchId = writer.BatchId;
        if (store)
        {
            if (origins is not null)
            {
                writer.Relocate(origins);
            }
            writer.Commit();
        }
        else
        {
            writer.Rollback();
        }
        return Result(fileName, inspection, issues, rows, blankRows, store ? batchId : null, created, composition);
    }

    private static bool IsWorkbook(string fileName, Func<Stream> open)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = open();
        return XlsxActivityWorkbook.Handles(fileName, head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
    }

    /// <summary>
    /// A workbook: its sheets' rows go through the same pipeline as a CSV file (validation, duplicates, versions, composition),
    /// and every issue is located back in the workbook as <c>file!sheet!cell</c>. An issue of a cell's form (a formula, a date,
    /// a merged range) rejects the file like any other, after the rest was checked, so one pass lists everything.
    /// </summary>
    private IngestResult IngestWorkbook(string fileName, Func<Stream> open, IngestOptions options, IProgress<double>? progress)
    {
        var labels = XlsxActivityWorkbook.Labels(
            connection.Query<(string, string, string)>("SELECT code, name_zh, name_en FROM categories"),
            connection.Query<(string, string, string)>("SELECT key, name_zh, name_en FROM fuel_uses"));
        XlsxActivityWorkbook book;
        using (var stream = open())
        {
            book = XlsxActivityWorkbook.Read(fileName, stream, labels);
        }
        if (book.Csv.Length == 0 || book.Issues.Count > 0 && book.RowsHandedOn == 0)
        {
            // Nothing to check beyond the workbook's own issues (every row refused there): no "no data rows" on top of them.
            return new IngestResult(fileName, "XLSX", "", 0, book.Issues, book.Issues.Count, null, null, []) { BlankRows = book.SkippedRows };
        }
        bool formIssues = book.Issues.Count > 0;
        var inner = IngestText(fileName, () => new MemoryStream(book.Csv, writable: false), formIssues ? options with { CheckOnly = true } : options, progress, storedEncoding: "XLSX", book.Origins);
        var issues = book.Issues.Concat(inner.Issues.Select(book.Locate)).Take(IssueCap).ToList();
        int count = book.Issues.Count + inner.IssueCount;
        return inner with
        {
            Encoding = "XLSX",
            Issues = issues,
            IssueCount = count,
            BatchId = formIssues ? null : inner.BatchId,
            AlreadyImportedAs = formIssues ? null : inner.AlreadyImportedAs,
            Versions = formIssues ? [] : inner.Versions,
            Composition = formIssues ? null : book.Locate(inner.Composition),
            BlankRows = inner.BlankRows + book.SkippedRows,
            RowsWithIssues = inner.RowsWithIssues + book.Issues.Select(i => (i.Cell, i.Line)).Where(i => i.Line > 1).Select(i => i.Line).Distinct().Count(),
        };
    }

    /// <summary>Gives the memory of a large key set back to the system before composing, which then never holds it at the same time.</summary>
    /// <remarks>
    /// The keys of a million rows are 12 MiB on the large-object heap; an ordinary collection would keep their pages committed
    /// for reuse, so the peak of the process (issue 11: at most 80 MiB) would include them until it ends. An aggressive
    /// collection decommits them at the cost of one full collection, about 10 ms, paid only when the set is large.
    /// </remarks>
    private static void ReleaseKeys(ref DuplicateKeyFinder keys)
    {
        bool large = keys.Bytes >= ReleasedKeyBytes;
        keys = null!;
        if (large)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Key sets at least this large are released with a collection (<see cref="ReleaseKeys"/>): 8 MiB, about 700,000 rows.</summary>
    private const long ReleasedKeyBytes = 8L << 20;

    private static IngestResult Refused(string fileName, ValidationIssue issue) =>
        new(fileName, "", "", 0, [issue], 1, null, null, []);

    private static IngestResult Result(string fileName, TextInspection inspection, IssueList issues, int rows, int blankRows, long? batchId,
        IReadOnlyList<(string Region, int Year, int Version)> created, Composition? composition) =>
        new(fileName, inspection.EncodingName, inspection.Sha256, rows, issues.Shown.OrderBy(i => i.Line).ToList(), issues.Count, batchId, null, created, composition)
        {
            BlankRows = blankRows,
            RowsWithIssues = issues.Rows,
        };

    /// <summary>Sorts the row keys and reports every repeated (region, year, category, activity, facility, use), naming both lines.</summary>
    private static void CheckDuplicates(DuplicateKeyFinder keys, string fileName, Func<Stream> open, TextInspection inspection, int facilityColumn, IssueList issues)
    {
        var groups = keys.Suspects();
        if (groups.Count == 0)
        {
            return;
        }
        // Equal hashes are confirmed on the text itself, so a hash collision never rejects a good file.
        var facilities = facilityColumn >= 0 ? ReadFacilities(open, inspection, groups.SelectMany(g => g).ToHashSet(), facilityColumn) : [];
        string key = DataIngestText.KeyColumns + (facilityColumn >= 0 ? DataIngestText.KeyFacility : "") + DataIngestText.KeyUse;
        var repeats = groups
            .SelectMany(g => g.GroupBy(line => facilities.GetValueOrDefault(line, "")))
            .SelectMany(same => same.Skip(1).Select(line => (First: same.First(), Second: line)))
            .OrderBy(r => r.Second);
        foreach (var (first, second) in repeats)
        {
            issues.Add(new ValidationIssue(fileName, second, null, Text.Format(DataIngestText.FoundSameKey, key, first), Text.Format(DataIngestText.ExpectedKeyOnce, key, first, second)));
        }
    }

    private static Dictionary<int, string> ReadFacilities(Func<Stream> open, TextInspection inspection, HashSet<int> lines, int column)
    {
        // Only reached when two rows share a key hash: re-read those lines of the file.
        var found = new Dictionary<int, string>();
        using var csv = CsvFiles.Open(open(), inspection.Encoding);
        try
        {
            while (csv.Read())
            {
                int line = checked((int)csv.LineNumber);
                if (lines.Contains(line) && csv.FieldCount > column)
                {
                    // Compared in the form the facility is stored in (TextFields.FacilityForm), as its key hash was.
                    byte[] scratch = [];
                    found[line] = System.Text.Encoding.UTF8.GetString(TextFields.FacilityForm(System.Text.Encoding.UTF8.GetBytes(csv.GetString(column)), ref scratch));
                }
            }
        }
        catch (CsvHelper.CsvFormatException)
        {
            // A record too long to read, already reported by the first pass; the lines before it are all that matter.
        }
        return found;
    }
}
