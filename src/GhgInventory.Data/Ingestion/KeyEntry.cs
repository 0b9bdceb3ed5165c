namespace GhgInventory.Data.Ingestion;

/// <summary>The duplicate-check key of one row: region, year, category and activity packed exactly, the facility as a 64-bit hash.</summary>
/// <param name="Packed">Interned region (16 bits), year (8 bits from 1990), category (12 bits) and activity (12 bits) ids.</param>
/// <param name="FacilityHash">FNV-1a hash of the facility id (0 when none).</param>
/// <param name="Line">File line of the row.</param>
internal readonly record struct KeyEntry(long Packed, ulong FacilityHash, int Line) : IComparable<KeyEntry>
{
    /// <summary>Packs the interned ids into one exact key.</summary>
    public static long Pack(int region, int year, int category, int activity) =>
        ((long)region << 32) | ((long)(year - Core.Domain.InventoryYear.Min) << 24) | ((long)category << 12) | (uint)activity;

    /// <summary>64-bit FNV-1a over the UTF-16 code units.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char ch in text)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }
        return hash;
    }

    /// <inheritdoc/>
    public int CompareTo(KeyEntry other)
    {
        int c = Packed.CompareTo(other.Packed);
        if (c != 0)
        {
            return c;
        }
        c = FacilityHash.CompareTo(other.FacilityHash);
        return c != 0 ? c : Line.CompareTo(other.Line);
    }
}
