namespace GhgInventory.Data.Ingestion;

/// <summary>The duplicate-check key of one row in 16 bytes: region, year, category, activity and use packed exactly; the facility as a 32-bit hash of its UTF-8 bytes beside the line.</summary>
/// <remarks>Rows with equal keys and equal hashes are confirmed on the facility text itself, so a hash collision never rejects a good file.</remarks>
/// <param name="Packed">Use (8 bits), interned region (16 bits), year (8 bits from 1990), category (12 bits) and activity (12 bits) ids.</param>
/// <param name="HashAndLine">FNV-1a hash of the facility id in the high 32 bits, the file line in the low 32 bits.</param>
internal readonly record struct KeyEntry(long Packed, ulong HashAndLine) : IComparable<KeyEntry>
{
    /// <summary>Builds the entry of one row.</summary>
    public static KeyEntry Of(int region, int year, int category, int activity, int use, ReadOnlySpan<byte> facility, int line) =>
        new(((long)use << 48) | ((long)region << 32) | ((long)(year - Core.Domain.InventoryYear.Min) << 24) | ((long)category << 12) | (uint)activity,
            ((ulong)Fnv1a.Hash(facility) << 32) | (uint)line);

    /// <summary>The file line of the row.</summary>
    public int Line => (int)(uint)HashAndLine;

    /// <summary>True when <paramref name="other"/> has the same packed key and facility hash.</summary>
    public bool SameKeyAs(KeyEntry other) => Packed == other.Packed && HashAndLine >> 32 == other.HashAndLine >> 32;

    /// <inheritdoc/>
    public int CompareTo(KeyEntry other)
    {
        int c = Packed.CompareTo(other.Packed);
        return c != 0 ? c : HashAndLine.CompareTo(other.HashAndLine);
    }
}
