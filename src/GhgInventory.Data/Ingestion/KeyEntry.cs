using System.Runtime.InteropServices;

namespace GhgInventory.Data.Ingestion;

/// <summary>The duplicate-check key of one row in 12 bytes: use, region, year, category and activity packed exactly, a 24-bit hash of the facility, and the line.</summary>
/// <remarks>
/// Rows with equal keys and equal hashes are confirmed on the facility text itself, so a hash collision never rejects a good
/// file. 12 bytes rather than 16 keep a million-row file's keys at 11.4 MiB (issue 11: ingest within 80 MiB peak).
/// Bits of <see cref="KeyAndHash"/>, high to low: use (3), region (10), year − 1990 (7), category (10), activity (10), facility hash (24).
/// The use took 2 bits until schema 3 added a fifth use (output); the hash gave the bit, as equal hashes are confirmed on the text anyway.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct KeyEntry : IComparable<KeyEntry>, IEquatable<KeyEntry>
{
    /// <summary>How many ids each of region, category and activity may take (10 bits each).</summary>
    public const int MaxIds = 1 << 10;

    /// <summary>How many uses there may be (3 bits).</summary>
    public const int MaxUses = 1 << 3;

    private const int HashBits = 24;

    private KeyEntry(ulong keyAndHash, uint line)
    {
        KeyAndHash = keyAndHash;
        LineNumber = line;
    }

    /// <summary>The packed key (high 40 bits) and facility hash (low 24 bits).</summary>
    public ulong KeyAndHash { get; }

    /// <summary>The file line of the row.</summary>
    public uint LineNumber { get; }

    /// <summary>The file line of the row.</summary>
    public int Line => (int)LineNumber;

    /// <summary>Builds the entry of one row; ids must be below <see cref="MaxIds"/>, the use below <see cref="MaxUses"/>, the year within InventoryYear's range.</summary>
    public static KeyEntry Of(int region, int year, int category, int activity, int use, ReadOnlySpan<byte> facility, int line)
    {
        if ((uint)region >= MaxIds || (uint)category >= MaxIds || (uint)activity >= MaxIds || (uint)use >= MaxUses
            || (uint)(year - Core.Domain.InventoryYear.Min) >= 128)
        {
            throw new ArgumentOutOfRangeException(nameof(region), "an id does not fit the packed duplicate key (Vocabulary.Load checks the sizes)");
        }
        ulong key = ((ulong)use << 37) | ((ulong)region << 27) | ((ulong)(year - Core.Domain.InventoryYear.Min) << 20) | ((ulong)category << 10) | (uint)activity;
        return new((key << HashBits) | (Fnv1a.Hash(facility) >> (32 - HashBits)), (uint)line);
    }

    /// <summary>True when <paramref name="other"/> has the same packed key and facility hash.</summary>
    public bool SameKeyAs(KeyEntry other) => KeyAndHash == other.KeyAndHash;

    /// <inheritdoc/>
    public int CompareTo(KeyEntry other)
    {
        int c = KeyAndHash.CompareTo(other.KeyAndHash);
        return c != 0 ? c : LineNumber.CompareTo(other.LineNumber);
    }

    /// <inheritdoc/>
    public bool Equals(KeyEntry other) => KeyAndHash == other.KeyAndHash && LineNumber == other.LineNumber;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is KeyEntry other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(KeyAndHash, LineNumber);
}
