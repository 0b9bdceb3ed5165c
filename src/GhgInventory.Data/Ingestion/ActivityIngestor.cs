using System.Globalization;
using System.Text;
using CsvHelper;
using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Units;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Ingestion;

/// <summary>Validates an activity CSV and stores it whole or not at all, as a new version of every (region, year) it contains.</summary>
/// <remarks>
/// One streaming pass: each row is checked and, while the file is still clean, inserted through SQLite's raw statement API
/// inside one transaction. Any issue rolls the transaction back, so a rejected file changes nothing. Dimension strings are
/// interned to small integers and the duplicate-key check keeps 16 bytes a row, so memory stays bounded (PERFORMANCE.md).
/// </remarks>
public sealed class ActivityIngestor
{
    /// <summary>How many issues are kept for display; all are counted.</summary>
    public const int IssueCap = 100;

    private readonly SqliteConnection connection;
    private readonly IClock clock;

    /// <summary>Creates an ingestor writing to <paramref name="connection"/>, stamping batches with <paramref name="clock"/>.</summary>
    public ActivityIngestor(SqliteConnection connection, IClock clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    /// <summary>Validates and (unless <paramref name="options"/> say check only) imports the file <paramref name="path"/>.</summary>
    public IngestResult Ingest(string path, IngestOptions options, IProgress<double>? progress = null) =>
        Ingest(path, () => File.OpenRead(path), options, progress);

    /// <summary>Validates and (unless <paramref name="options"/> say check only) imports the content <paramref name="open"/> returns, naming it <paramref name="fileName"/>.</summary>
    public IngestResult Ingest(string fileName, Func<Stream> open, IngestOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        bool checkOnly = options.CheckOnly;
        Encoding encoding;
        string sha256;
        using (var first = open())
        {
            (encoding, sha256) = TextDecoding.Inspect(first);
        }
        long? previous = connection.ExecuteScalar<long?>("SELECT id FROM activity_batches WHERE content_sha256 = @sha256", new { sha256 });
        if (previous is not null && !checkOnly)
        {
            return new IngestResult(fileName, TextDecoding.NameOf(encoding), sha256, 0, [], 0, null, previous, []);
        }

        using var stream = open();
        using var pass = new Pass(connection, clock, fileName, open, encoding, sha256, options);
        pass.Run(stream, progress);
        return pass.Result();
    }

    /// <summary>The state of one pass over one file.</summary>
    private sealed class Pass : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly IClock clock;
        private readonly string fileName;
        private readonly Func<Stream> open;
        private readonly Encoding encoding;
        private readonly string sha256;
        private readonly bool checkOnly;
        private readonly IngestOptions options;
        private Composition? composition;
        private readonly Vocabulary vocabulary;
        private readonly List<ValidationIssue> issues = [];
        private readonly DuplicateKeyFinder keys = new();
        private readonly Dictionary<(int Region, int Year), (long Id, int Version)> versions = [];
        private readonly Utf8KeyTable<long> textIds = new();
        private SqliteTransaction? transaction;
        private RecordInserter? inserter;
        private long batchId;
        private long lastRecordIdBefore;
        private int issueCount;
        private int rows;

        public Pass(SqliteConnection connection, IClock clock, string fileName, Func<Stream> open, Encoding encoding, string sha256, IngestOptions options)
        {
            this.connection = connection;
            this.clock = clock;
            this.fileName = fileName;
            this.open = open;
            this.encoding = encoding;
            this.sha256 = sha256;
            this.options = options;
            checkOnly = options.CheckOnly;
            vocabulary = Vocabulary.Load(connection);
        }

        private bool Writing => !checkOnly && issueCount == 0;

        public void Run(Stream stream, IProgress<double>? progress)
        {
            long length = stream.CanSeek ? Math.Max(1, stream.Length) : 0;
            using var csv = CsvFiles.Open(stream, encoding);
            var columns = Header(csv);
            if (columns is null)
            {
                return;
            }
            if (!checkOnly)
            {
                Begin();
            }
            while (csv.Read())
            {
                rows++;
                ReadRow(csv, columns, checked((int)csv.LineNumber));
                if (progress is not null && length > 0 && (rows & 0xFFFF) == 0)
                {
                    progress.Report((double)stream.Position / length);
                }
            }
            if (rows == 0)
            {
                Add(new ValidationIssue(fileName, 1, null, "no data rows", "at least one row after the header"));
            }
            CheckDuplicates(columns);
            progress?.Report(1);
        }

        public IngestResult Result()
        {
            if (transaction is not null && issueCount == 0)
            {
                FinishStatement();
                var stored = versions.Select(v => (v.Value.Id, vocabulary.RegionCodes[v.Key.Region], v.Key.Year)).ToList();
                composition = new VersionComposer(connection, transaction, clock).Compose(new ComposeRequest(fileName, batchId, stored, options));
                composition.Issues.ToList().ForEach(Add);
            }
            bool accepted = issueCount == 0;
            if (transaction is not null)
            {
                if (accepted)
                {
                    connection.Execute("""
                        UPDATE activity_batches SET row_count = @rows,
                            first_record_id = (SELECT min(r.id) FROM activity_records r WHERE r.id > @before),
                            last_record_id = (SELECT max(id) FROM activity_records)
                        WHERE id = @batchId
                        """, new { rows, batchId, before = lastRecordIdBefore }, transaction);
                    FinishStatement();
                    transaction.Commit();
                }
                else
                {
                    FinishStatement();
                    transaction.Rollback();
                }
            }
            var created = accepted && !checkOnly
                ? versions.Select(v => (vocabulary.RegionCodes[v.Key.Region], v.Key.Year, v.Value.Version))
                    .OrderBy(v => v.Item1, StringComparer.Ordinal).ThenBy(v => v.Year).ToList()
                : [];
            return new IngestResult(fileName, TextDecoding.NameOf(encoding), sha256, rows, issues.OrderBy(i => i.Line).ToList(), issueCount,
                accepted && !checkOnly ? batchId : null, null, created, composition);
        }

        public void Dispose()
        {
            FinishStatement();
            transaction?.Dispose();
        }

        private void Begin()
        {
            transaction = connection.BeginTransaction();
            batchId = connection.ExecuteScalar<long>("""
                INSERT INTO activity_batches (file_name, content_sha256, encoding, row_count, imported_at)
                VALUES (@fileName, @sha256, @encoding, 0, @at) RETURNING id
                """, new { fileName = Path.GetFileName(fileName), sha256, encoding = TextDecoding.NameOf(encoding), at = clock.GetCurrentInstant().ToString() }, transaction);
            // Records get ids above every earlier one (rowid = max + 1), so the batch is the range after this id.
            lastRecordIdBefore = connection.ExecuteScalar<long?>("SELECT max(id) FROM activity_records", transaction: transaction) ?? 0;
            inserter = new RecordInserter(connection);
        }

        private void FinishStatement()
        {
            inserter?.Dispose();
            inserter = null;
        }

        /// <summary>Maps the header to column positions, reporting an empty file and missing, unknown or repeated columns.</summary>
        private Columns? Header(CsvReader csv)
        {
            var names = CsvFiles.Header(csv);
            if (names.Count == 0)
            {
                Add(new ValidationIssue(fileName, 1, null, "an empty file", "a header row: " + string.Join(",", ActivityColumns.Required)));
                return null;
            }
            int Find(string name) => names.IndexOf(name);
            foreach (var missing in ActivityColumns.Required.Where(c => Find(c) < 0))
            {
                Add(new ValidationIssue(fileName, 1, missing, string.Join(",", names), $"a '{missing}' column (header: {string.Join(",", ActivityColumns.Required)}[,{string.Join("][,", ActivityColumns.Optional)}])"));
            }
            for (int i = 0; i < names.Count; i++)
            {
                if (!ActivityColumns.Required.Contains(names[i]) && !ActivityColumns.Optional.Contains(names[i]))
                {
                    Add(new ValidationIssue(fileName, 1, names[i], names[i], "no extra column: only " + string.Join(", ", ActivityColumns.Required.Concat(ActivityColumns.Optional)), i + 1));
                }
            }
            foreach (var name in names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                Add(new ValidationIssue(fileName, 1, name, name, "each column once"));
            }
            return issueCount > 0
                ? null
                : new Columns(names.Count, Find("region"), Find("year"), Find("category"), Find("activity"), Find("value"), Find("unit"),
                    Find("source"), Find("note"), Find("uncertainty_pct"), Find("facility"), names);
        }

        private void ReadRow(CsvReader csv, Columns c, int line)
        {
            if (csv.FieldCount != c.Count)
            {
                string what = csv.FieldCount < c.Count ? "a missing column" : "an extra column";
                Add(new ValidationIssue(fileName, line, null, $"{csv.FieldCount} fields", $"{c.Count} fields as in the header ({what} on this line)"));
                return;
            }
            int before = issueCount;
            int region = vocabulary.Region(csv.GetSpan(c.Region));
            if (region < 0)
            {
                Issue(csv, c, line, c.Region, "a region code or exact name of the regions table (e.g. 150622 or 准格尔旗)");
            }
            if (!int.TryParse(csv.GetSpan(c.Year), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                || year is < InventoryYear.Min or > InventoryYear.Max)
            {
                Issue(csv, c, line, c.Year, $"a year between {InventoryYear.Min} and {InventoryYear.Max}");
            }
            int category = vocabulary.Category(csv.GetSpan(c.Category));
            if (category < 0)
            {
                Issue(csv, c, line, c.Category, "an IPCC category code of the category tree (e.g. 1.A.1.a.i)");
            }
            int activity = vocabulary.Activity(csv.GetSpan(c.Activity));
            if (activity < 0)
            {
                Issue(csv, c, line, c.Activity, "an activity key of the vocabulary (e.g. raw_coal, natural_gas, electricity)");
            }
            if (!double.TryParse(csv.GetSpan(c.Value), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
            {
                Issue(csv, c, line, c.Value, "a finite number ≥ 0 (digits, '.' for decimals, no thousands separator)");
            }
            var unitText = csv.GetSpan(c.Unit);
            Unit? unit = vocabulary.Unit(unitText);
            if (unit is null)
            {
                Issue(csv, c, line, c.Unit, "a unit such as 万吨, t, 万立方米, 亿立方米, 万千瓦时, 吉焦, 吨标准煤, 10^4 t");
            }
            else if (activity >= 0 && unit.Dimension != vocabulary.Dimensions[activity])
            {
                var dimension = vocabulary.Dimensions[activity];
                Issue(csv, c, line, c.Unit, $"a {dimension.ToString().ToLowerInvariant()} unit for {vocabulary.ActivityKeys[activity]} (e.g. {Unit.BaseOf(dimension).Symbol})");
            }
            double? uncertainty = null;
            if (c.Uncertainty >= 0 && !csv.GetSpan(c.Uncertainty).IsEmpty)
            {
                if (double.TryParse(csv.GetSpan(c.Uncertainty), NumberStyles.Float, CultureInfo.InvariantCulture, out double pct) && double.IsFinite(pct) && pct >= 0)
                {
                    uncertainty = pct;
                }
                else
                {
                    Issue(csv, c, line, c.Uncertainty, "a percentage ≥ 0 or blank");
                }
            }
            if (issueCount > before)
            {
                return;
            }

            var facility = c.Facility >= 0 ? csv.GetSpan(c.Facility) : [];
            keys.Add(KeyEntry.Of(region, year, category, activity, facility, line));
            if (Writing)
            {
                var source = c.Source >= 0 ? csv.GetSpan(c.Source) : [];
                inserter!.Insert(VersionId(region, year), vocabulary.CategoryIds[category], vocabulary.ActivityIds[activity], facility,
                    value, TextId(unitText), unit!.ToBaseValue(value), source.IsEmpty ? -1 : TextId(source),
                    c.Note >= 0 ? csv.GetSpan(c.Note) : [], uncertainty, line);
            }
        }

        private long VersionId(int region, int year)
        {
            if (versions.TryGetValue((region, year), out var known))
            {
                return known.Id;
            }
            string code = vocabulary.RegionCodes[region];
            int version = connection.ExecuteScalar<int>(
                "SELECT coalesce(max(version), 0) + 1 FROM activity_versions WHERE region_code = @code AND year = @year", new { code, year }, transaction);
            long id = connection.ExecuteScalar<long>("""
                INSERT INTO activity_versions (region_code, year, version, batch_id, base_version_id, change, created_at)
                VALUES (@code, @year, @version, @batchId, CASE WHEN @replace THEN NULL ELSE (SELECT id FROM activity_versions WHERE region_code = @code AND year = @year AND version = @version - 1) END, CASE WHEN @replace THEN 'replace' ELSE 'import' END, @at) RETURNING id
                """, new { code, year, version, batchId, replace = options.Replace, at = clock.GetCurrentInstant().ToString() }, transaction);
            versions[(region, year)] = (id, version);
            return id;
        }

        private long TextId(ReadOnlySpan<byte> utf8)
        {
            if (textIds.TryGetValue(utf8, out long id))
            {
                return id;
            }
            string s = Encoding.UTF8.GetString(utf8);
            connection.Execute("INSERT OR IGNORE INTO text_values (text) VALUES (@s)", new { s }, transaction);
            id = connection.ExecuteScalar<long>("SELECT id FROM text_values WHERE text = @s", new { s }, transaction);
            textIds.TryAdd(utf8, id);
            return id;
        }

        /// <summary>Sorts the row keys and reports every repeated (region, year, category, activity, facility), naming both lines.</summary>
        private void CheckDuplicates(Columns columns)
        {
            var groups = keys.Suspects();
            if (groups.Count == 0)
            {
                return;
            }
            // Equal hashes are confirmed on the text itself, so a hash collision never rejects a good file.
            var facilities = columns.Facility >= 0 ? ReadFacilities(groups.SelectMany(g => g).ToHashSet(), columns.Facility) : [];
            string key = "region, year, category, activity" + (columns.Facility >= 0 ? ", facility" : "");
            var repeats = groups
                .SelectMany(g => g.GroupBy(line => facilities.GetValueOrDefault(line, "")))
                .SelectMany(same => same.Skip(1).Select(line => (First: same.First(), Second: line)))
                .OrderBy(r => r.Second);
            foreach (var (first, second) in repeats)
            {
                Add(new ValidationIssue(fileName, second, null, $"the same ({key}) as line {first}", $"each ({key}) once in a file: lines {first} and {second} repeat it"));
            }
        }

        private Dictionary<int, string> ReadFacilities(HashSet<int> lines, int column)
        {
            // Only reached when two rows share a key hash: re-read those lines of the file.
            var found = new Dictionary<int, string>();
            using var csv = CsvFiles.Open(open(), encoding);
            while (csv.Read())
            {
                int line = checked((int)csv.LineNumber);
                if (lines.Contains(line) && csv.FieldCount > column)
                {
                    found[line] = csv.GetString(column);
                }
            }
            return found;
        }

        private void Issue(CsvReader csv, Columns c, int line, int column, string expected) =>
            Add(new ValidationIssue(fileName, line, c.Names[column], csv.GetString(column), expected, column + 1));

        private void Add(ValidationIssue issue)
        {
            issueCount++;
            if (issues.Count < IssueCap)
            {
                issues.Add(issue);
            }
        }
    }

    /// <summary>Column positions of a file; −1 for an optional column that is absent.</summary>
    private sealed record Columns(int Count, int Region, int Year, int Category, int Activity, int Value, int Unit,
        int Source, int Note, int Uncertainty, int Facility, IReadOnlyList<string> Names);
}
