using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data.Ingestion;

/// <summary>The store writer of an import: the batch row, one new version of each (region, year) the file touches, and the records, all in one write transaction.</summary>
/// <remarks>
/// The transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE), waiting up to <see cref="BusyTimeoutMs"/> for
/// another writer, and only then asks whether the content was imported before: two processes importing one file at once
/// give one import and one ordinary "already imported", never a UNIQUE constraint error.
/// </remarks>
internal sealed class ActivityWriter : IDisposable
{
    /// <summary>How long an import waits for another process's write to finish.</summary>
    public const int BusyTimeoutMs = 60_000;

    private readonly SqliteConnection connection;
    private readonly IClock clock;
    private readonly Vocabulary vocabulary;
    private readonly IngestOptions options;
    private readonly Dictionary<(int Region, int Year), (long Id, int Version)> versions = [];
    private readonly Utf8KeyTable<long> textIds = new();
    private SqliteTransaction? transaction;
    private RecordInserter? inserter;
    private long lastRecordIdBefore;
    private OwnRowTally? ownRows;

    /// <summary>Creates a writer onto <paramref name="connection"/>.</summary>
    public ActivityWriter(SqliteConnection connection, IClock clock, Vocabulary vocabulary, IngestOptions options)
    {
        this.connection = connection;
        this.clock = clock;
        this.vocabulary = vocabulary;
        this.options = options;
    }

    /// <summary>The open transaction.</summary>
    public SqliteTransaction Transaction => transaction ?? throw new InvalidOperationException("Begin first.");

    /// <summary>The batch being written.</summary>
    public long BatchId { get; private set; }

    /// <summary>Where the caller notes what composing needs of each row it hands to <see cref="Insert"/> (see <see cref="OwnRowTally"/>).</summary>
    public OwnRowTally OwnRows => ownRows ?? throw new InvalidOperationException("Begin first.");

    /// <summary>The id the first record of this batch gets; the rows that follow get the next ones, in the order they are inserted.</summary>
    /// <remarks>SQLite gives a new row of a rowid table one more than the largest rowid, and this transaction is the only writer.</remarks>
    public long FirstRecordId => lastRecordIdBefore + 1;

    /// <summary>The versions made so far: (region id, year) → (version id, version number).</summary>
    public IReadOnlyDictionary<(int Region, int Year), (long Id, int Version)> Versions => versions;

    /// <summary>Takes the write lock; returns the id of an earlier batch with the same content (and rolls back), or null after inserting this batch's row.</summary>
    public long? Begin(string fileName, string sha256, string encodingName)
    {
        connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs}");
        // Microsoft.Data.Sqlite's BeginTransaction(deferred: false), the default, issues BEGIN IMMEDIATE.
        transaction = connection.BeginTransaction(deferred: false);
        long? previous = connection.ExecuteScalar<long?>("SELECT id FROM activity_batches WHERE content_sha256 = @sha256", new { sha256 }, transaction);
        if (previous is not null)
        {
            Rollback();
            return previous;
        }
        BatchId = connection.ExecuteScalar<long>("""
            INSERT INTO activity_batches (file_name, content_sha256, encoding, row_count, imported_at, mode)
            VALUES (@fileName, @sha256, @encodingName, 0, @at, @mode) RETURNING id
            """, new { fileName = Path.GetFileName(fileName), sha256, encodingName, at = clock.GetCurrentInstant().ToString(), mode = options.Replace ? "replace" : "merge" }, transaction);
        // Records get ids above every earlier one (rowid = max + 1), so the batch is the range after this id.
        lastRecordIdBefore = connection.ExecuteScalar<long?>("SELECT max(id) FROM activity_records", transaction: transaction) ?? 0;
        var plausibility = new ActivityPlausibility(connection, transaction, StoreNames.Load(connection, transaction));
        var stored = connection.Query<(string Region, long Year)>("SELECT DISTINCT region_code, year FROM activity_versions", transaction: transaction)
            .Select(v => (v.Region, (int)v.Year)).ToHashSet();
        ownRows = new OwnRowTally(vocabulary, plausibility.UpperFactors(vocabulary.ActivityIds), stored);
        inserter = new RecordInserter(connection);
        return null;
    }

    /// <summary>Stores one valid row under its region-year's new version.</summary>
    public void Insert(in ActivityRow row)
    {
        bool notation = row.NotationKey is not null;
        inserter!.Insert(VersionId(row.Region, row.Year), vocabulary.CategoryIds[row.Category], vocabulary.ActivityIds[row.Activity], row.Facility,
            row.Value, notation ? -1 : TextId(row.Unit), row.BaseValue, row.Source.IsEmpty ? -1 : TextId(row.Source),
            row.Note, row.UncertaintyPct, row.Line, row.Use, row.NotationKey);
    }

    /// <summary>Confirms that the <paramref name="count"/> records stored got the ids <see cref="FirstRecordId"/> onwards, as <see cref="OwnRows"/> was told.</summary>
    /// <exception cref="InvalidOperationException">They did not; the import must not go on.</exception>
    public void CheckRecordIds(long count)
    {
        // Ids are unique and above lastRecordIdBefore, so a largest id of lastRecordIdBefore + count means exactly those ids.
        long last = connection.ExecuteScalar<long?>("SELECT max(id) FROM activity_records", transaction: transaction) ?? 0;
        if (count > 0 && last != lastRecordIdBefore + count)
        {
            throw new InvalidOperationException($"The {count} activity records stored got ids up to {last}, not {lastRecordIdBefore + 1}–{lastRecordIdBefore + count}.");
        }
    }

    /// <summary>Records the batch's row counts and record range; call once every row is stored.</summary>
    public void FinishBatch(int rows, int blankRows)
    {
        FinishStatement();
        connection.Execute("""
            UPDATE activity_batches SET row_count = @rows, blank_rows = @blankRows,
                first_record_id = (SELECT min(r.id) FROM activity_records r WHERE r.id > @before),
                last_record_id = (SELECT max(id) FROM activity_records)
            WHERE id = @BatchId
            """, new { rows, blankRows, BatchId, before = lastRecordIdBefore }, transaction);
    }

    /// <summary>
    /// Locates the batch's records and flags where a workbook holds them: <paramref name="origins"/>[i] is the sheet and sheet row
    /// of pipeline line i + 2. Until now they carry the line of the rows as handed on (a running count over the whole workbook).
    /// </summary>
    public void Relocate(IReadOnlyList<(string Sheet, int Row)> origins)
    {
        ArgumentNullException.ThrowIfNull(origins);
        FinishStatement();
        connection.Execute("CREATE TEMP TABLE row_origins (line INTEGER PRIMARY KEY, sheet TEXT NOT NULL, row INTEGER NOT NULL)", transaction: transaction);
        try
        {
            connection.Execute("INSERT INTO temp.row_origins (line, sheet, row) VALUES (@line, @sheet, @row)",
                origins.Select((o, i) => new { line = i + 2, sheet = o.Sheet, row = o.Row }), transaction);
            // SET reads the row as it was, so both columns come from the same (old) line.
            connection.Execute("""
                UPDATE activity_records
                SET file_sheet = (SELECT o.sheet FROM temp.row_origins o WHERE o.line = activity_records.file_line),
                    file_line = coalesce((SELECT o.row FROM temp.row_origins o WHERE o.line = activity_records.file_line), file_line)
                WHERE id > @before
                """, new { before = lastRecordIdBefore }, transaction);
            connection.Execute("""
                UPDATE qa_flags
                SET file_sheet = (SELECT o.sheet FROM temp.row_origins o WHERE o.line = qa_flags.file_line),
                    file_line = coalesce((SELECT o.row FROM temp.row_origins o WHERE o.line = qa_flags.file_line), file_line)
                WHERE batch_id = @BatchId
                """, new { BatchId }, transaction);
        }
        finally
        {
            connection.Execute("DROP TABLE temp.row_origins", transaction: transaction);
        }
    }

    /// <summary>Commits the import.</summary>
    public void Commit()
    {
        FinishStatement();
        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
    }

    /// <summary>Undoes everything written (a rejected file, or a check).</summary>
    public void Rollback()
    {
        FinishStatement();
        transaction?.Rollback();
        transaction?.Dispose();
        transaction = null;
    }

    /// <inheritdoc/>
    public void Dispose() => Rollback();

    private void FinishStatement()
    {
        inserter?.Dispose();
        inserter = null;
    }

    // The fast paths of VersionId and TextId stay apart from the slow ones: a lambda's captured locals are allocated on entry
    // to the method that declares them, which would cost an object on every row.
    private long VersionId(int region, int year) =>
        versions.TryGetValue((region, year), out var known) ? known.Id : NewVersion(region, year);

    private long NewVersion(int region, int year)
    {
        string code = vocabulary.RegionCodes[region];
        // The base is the region-year's current version, the highest number; --replace starts from nothing.
        var current = connection.QuerySingleOrDefault<(long Id, int Version)?>(
            "SELECT id, version FROM activity_versions WHERE region_code = @code AND year = @year ORDER BY version DESC LIMIT 1", new { code, year }, transaction);
        int version = (current?.Version ?? 0) + 1;
        long? baseId = options.Replace ? null : current?.Id;
        long id = connection.ExecuteScalar<long>("""
            INSERT INTO activity_versions (region_code, year, version, batch_id, base_version_id, change, created_at)
            VALUES (@code, @year, @version, @BatchId, @baseId, @change, @at) RETURNING id
            """, new { code, year, version, BatchId, baseId, change = options.Replace ? "replace" : "import", at = clock.GetCurrentInstant().ToString() }, transaction);
        versions[(region, year)] = (id, version);
        return id;
    }

    private long TextId(ReadOnlySpan<byte> utf8)
    {
        if (textIds.TryGetValue(utf8, out long id))
        {
            return id;
        }
        id = NewTextId(Encoding.UTF8.GetString(utf8));
        textIds.TryAdd(utf8, id);
        return id;
    }

    private long NewTextId(string s)
    {
        connection.Execute("INSERT OR IGNORE INTO text_values (text) VALUES (@s)", new { s }, transaction);
        return connection.ExecuteScalar<long>("SELECT id FROM text_values WHERE text = @s", new { s }, transaction);
    }
}
