namespace GhgInventory.Data.Ingestion;

/// <summary>Collects the key of every row and finds the rows whose keys repeat, in 12 bytes a row and without one large array.</summary>
/// <remarks>
/// Keys are kept in fixed 1 MiB chunks, each sorted when full; the chunks are then merged in order, so equal keys meet as
/// neighbours. Growing one list instead would leave every outgrown array on the large-object heap until a full collection.
/// </remarks>
internal sealed class DuplicateKeyFinder
{
    private const int ChunkSize = 1 << 16;

    private readonly List<KeyEntry[]> full = [];
    private KeyEntry[] current = new KeyEntry[ChunkSize];
    private int count;

    /// <summary>Bytes the keys take.</summary>
    public long Bytes => (full.Count + 1L) * ChunkSize * System.Runtime.CompilerServices.Unsafe.SizeOf<KeyEntry>();

    /// <summary>Adds the key of one row.</summary>
    public void Add(KeyEntry entry)
    {
        if (count == ChunkSize)
        {
            Array.Sort(current);
            full.Add(current);
            current = new KeyEntry[ChunkSize];
            count = 0;
        }
        current[count++] = entry;
    }

    /// <summary>Groups of lines (ascending) whose keys and facility hashes are equal; the facility text still has to be compared.</summary>
    public List<List<int>> Suspects()
    {
        Array.Sort(current, 0, count);
        var chunks = full.Select(c => (Entries: c, Length: c.Length)).Append((Entries: current, Length: count)).ToList();
        var queue = new PriorityQueue<(int Chunk, int Index), KeyEntry>();
        for (int c = 0; c < chunks.Count; c++)
        {
            if (chunks[c].Length > 0)
            {
                queue.Enqueue((c, 0), chunks[c].Entries[0]);
            }
        }
        var groups = new List<List<int>>();
        List<int>? group = null;
        KeyEntry? previous = null;
        while (queue.TryDequeue(out var at, out var entry))
        {
            if (previous is { } p && p.SameKeyAs(entry))
            {
                if (group is null)
                {
                    group = [p.Line];
                    groups.Add(group);
                }
                group.Add(entry.Line);
            }
            else
            {
                group = null;
            }
            previous = entry;
            if (at.Index + 1 < chunks[at.Chunk].Length)
            {
                queue.Enqueue((at.Chunk, at.Index + 1), chunks[at.Chunk].Entries[at.Index + 1]);
            }
        }
        groups.ForEach(g => g.Sort());
        return groups;
    }
}
