namespace GhgInventory.Data.Ingestion;

/// <summary>How a header cell names a column, for activity and factor files alike: any ASCII case, full-width forms (NFKC), or a Chinese alias.</summary>
public static class ColumnNames
{
    /// <summary>The column of <paramref name="columns"/> that <paramref name="header"/> names, directly or through <paramref name="aliases"/>, or null.</summary>
    public static string? Resolve(string header, IEnumerable<string> columns, IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(aliases);
        string folded = TextFields.Fold(header.TrimStart('\uFEFF'));
        if (columns.Contains(folded, StringComparer.Ordinal))
        {
            return folded;
        }
        return aliases.TryGetValue(folded, out var column) ? column : null;
    }

    /// <summary>The aliases of each column, for messages: <c>activity (品种, 能源品种)</c>.</summary>
    public static string Describe(IEnumerable<string> columns, IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(aliases);
        return string.Join(", ", columns.Select(c =>
        {
            var names = aliases.Where(a => a.Value == c).Select(a => a.Key).ToList();
            return names.Count == 0 ? c : $"{c} ({string.Join(", ", names)})";
        }));
    }
}
