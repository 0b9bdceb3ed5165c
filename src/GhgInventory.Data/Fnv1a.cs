namespace GhgInventory.Data;

/// <summary>32-bit FNV-1a over UTF-8 bytes: the hash of the byte-keyed lookups and of the duplicate-key check.</summary>
internal static class Fnv1a
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint hash = 2166136261;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }
        return hash;
    }
}
