using System.Text;

namespace GhgInventory.Data.Storage;

/// <summary>Maps the UTF-8 bytes of a column value to one of a few known values without decoding a string per row.</summary>
/// <typeparam name="T">The value each text stands for.</typeparam>
internal sealed class Utf8Interner<T>
{
    private readonly (byte[] Utf8, T Value)[] known;
    private int last;

    /// <summary>Creates the interner over (text, value) pairs.</summary>
    public Utf8Interner(IEnumerable<(string Text, T Value)> values) =>
        known = values.Select(v => (Encoding.UTF8.GetBytes(v.Text), v.Value)).ToArray();

    /// <summary>The value whose text equals <paramref name="utf8"/>; consecutive rows mostly repeat, so the last hit is tried first.</summary>
    public T Find(ReadOnlySpan<byte> utf8)
    {
        if (known[last].Utf8.AsSpan().SequenceEqual(utf8))
        {
            return known[last].Value;
        }
        for (int i = 0; i < known.Length; i++)
        {
            if (known[i].Utf8.AsSpan().SequenceEqual(utf8))
            {
                last = i;
                return known[i].Value;
            }
        }
        throw new InvalidDataException($"Stored value '{Encoding.UTF8.GetString(utf8)}' is not in the vocabulary.");
    }
}
