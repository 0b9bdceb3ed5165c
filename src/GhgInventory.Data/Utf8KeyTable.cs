namespace GhgInventory.Data;

/// <summary>A small hash table keyed by UTF-8 bytes, so CSV fields and SQLite columns are looked up without decoding a string each.</summary>
/// <typeparam name="T">The value each key stands for.</typeparam>
internal sealed class Utf8KeyTable<T>
{
    private readonly List<(byte[] Key, T Value)> entries = [];
    private int[] slots = new int[16]; // entry index + 1; 0 marks an empty slot

    /// <summary>Finds the value of <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> key, out T value)
    {
        int mask = slots.Length - 1;
        for (int i = (int)(Fnv1a.Hash(key) & (uint)mask); slots[i] != 0; i = (i + 1) & mask)
        {
            var entry = entries[slots[i] - 1];
            if (entry.Key.AsSpan().SequenceEqual(key))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Adds <paramref name="key"/> unless present; returns whether it was added.</summary>
    public bool TryAdd(ReadOnlySpan<byte> key, T value)
    {
        if (TryGetValue(key, out _))
        {
            return false;
        }
        entries.Add((key.ToArray(), value));
        if (entries.Count * 2 > slots.Length)
        {
            slots = new int[slots.Length * 2];
            for (int e = 0; e < entries.Count; e++)
            {
                Place(e);
            }
        }
        else
        {
            Place(entries.Count - 1);
        }
        return true;
    }

    private void Place(int entry)
    {
        int mask = slots.Length - 1;
        int i = (int)(Fnv1a.Hash(entries[entry].Key) & (uint)mask);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }
        slots[i] = entry + 1;
    }
}
