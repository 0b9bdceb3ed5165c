namespace GhgInventory.Data;

/// <summary>FNV-1a over UTF-8 bytes: 32-bit for the byte-keyed lookups and the duplicate-key check, 64-bit for the row keys of composed versions.</summary>
internal static class Fnv1a
{
    /// <summary>The 32-bit hash of <paramref name="bytes"/>.</summary>
    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint hash = 2166136261;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }
        return hash;
    }

    /// <summary>The 64-bit hash of <paramref name="bytes"/> (offset basis and prime of the FNV specification, draft-eastlake-fnv).</summary>
    public static ulong Hash64(ReadOnlySpan<byte> bytes)
    {
        ulong hash = 14695981039346656037;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211;
        }
        return hash;
    }
}
