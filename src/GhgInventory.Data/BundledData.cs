using System.Reflection;

namespace GhgInventory.Data;

/// <summary>The data files shipped inside this assembly: migrations, the factor library, regions and the Ordos sample.</summary>
public static class BundledData
{
    private static readonly Assembly Assembly = typeof(BundledData).Assembly;

    /// <summary>Logical names (e.g. <c>emission-factors/ipcc-2006/factors.csv</c>) that start with <paramref name="prefix"/>, sorted.</summary>
    public static IReadOnlyList<string> Names(string prefix) =>
        Assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Opens a bundled file by its logical name.</summary>
    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name)
        ?? Assembly.GetManifestResourceStream(name.Replace('/', '\\'))
        ?? throw new FileNotFoundException($"Bundled file {name} is not in {Assembly.GetName().Name}.", name);

    /// <summary>Reads a bundled file's bytes.</summary>
    public static byte[] ReadAllBytes(string name)
    {
        using var stream = Open(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
