using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace GhgInventory.Data.Ingestion;

/// <summary>Stores valid rows through an <see cref="ActivityWriter"/> on a second thread while the calling thread reads and validates the next ones.</summary>
/// <remarks>
/// Reading and validating a row costs about half of storing it in SQLite, and the machines this runs on have two cores or
/// more: with the two on separate threads a 1M-row import takes about as long as the inserts alone. Rows travel in
/// <see cref="RowBatch"/>es of 1,024 rows; at most <see cref="Batches"/> exist, so memory stays bounded whatever the file's size.
/// A file of fewer rows than one batch never starts the thread: its rows are stored on the caller's thread at
/// <see cref="Complete"/>. Only the writing thread touches the connection until <see cref="Complete"/> returns; an exception
/// there stops the reading side at its next row and is rethrown, as it was thrown, by <see cref="Add"/> or <see cref="Complete"/>.
/// </remarks>
internal sealed class BackgroundWriter(ActivityWriter writer) : IDisposable
{
    /// <summary>Batches in existence: one being filled, one being stored, one waiting between them.</summary>
    public const int Batches = 3;

    private readonly BlockingCollection<RowBatch> full = new(Batches);
    private readonly BlockingCollection<RowBatch> free = new(Batches);
    private readonly CancellationTokenSource failed = new();
    private RowBatch current = new();
    private int made = 1;
    private Thread? thread;
    private ExceptionDispatchInfo? error;

    /// <summary>Queues one valid row to be stored.</summary>
    public void Add(in ActivityRow row)
    {
        current.Add(row);
        if (current.IsFull)
        {
            HandOn();
        }
    }

    /// <summary>Stores every queued row and waits until they are; call before using the writer or its connection again.</summary>
    public void Complete()
    {
        if (thread is null)
        {
            Store(current);
            return;
        }
        if (current.Count > 0 && error is null)
        {
            HandOn();
        }
        Stop();
        error?.Throw();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Stop();
        failed.Dispose();
        full.Dispose();
        free.Dispose();
    }

    private void HandOn()
    {
        thread ??= Start();
        try
        {
            full.Add(current, failed.Token);
            current = made < Batches ? Made() : free.Take(failed.Token);
        }
        catch (OperationCanceledException)
        {
            error!.Throw();
        }
    }

    private RowBatch Made()
    {
        made++;
        return new RowBatch();
    }

    private Thread Start()
    {
        var t = new Thread(Run) { IsBackground = true, Name = "ghg ingest writer" };
        t.Start();
        return t;
    }

    private void Run()
    {
        try
        {
            foreach (var batch in full.GetConsumingEnumerable())
            {
                Store(batch);
                free.Add(batch);
            }
        }
        catch (Exception e)
        {
            error = ExceptionDispatchInfo.Capture(e);
            failed.Cancel();
        }
    }

    private void Store(RowBatch batch)
    {
        for (int i = 0; i < batch.Count; i++)
        {
            writer.Insert(batch[i]);
        }
        batch.Clear();
    }

    private void Stop()
    {
        if (!full.IsAddingCompleted)
        {
            full.CompleteAdding();
        }
        thread?.Join();
    }
}
