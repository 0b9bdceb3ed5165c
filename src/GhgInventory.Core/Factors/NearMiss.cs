namespace GhgInventory.Core.Factors;

/// <summary>Finds the accepted value a mistyped one most likely meant ("did you mean"), for messages.</summary>
public static class NearMiss
{
    /// <summary>Longest text for which a suggestion is looked for.</summary>
    public const int MaxLength = 64;

    /// <summary>The candidate <paramref name="found"/> most likely meant, or null: same text in another case, a candidate plus a suffix or prefix (ncv_measured → ncv), or at most two edits away.</summary>
    public static string? Suggest(string found, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates.ToList();
        string lower = found.Trim().ToLowerInvariant();
        // No accepted value is longer than this; a longer text is no near miss, and the edit distance stays cheap.
        if (lower.Length == 0 || lower.Length > MaxLength)
        {
            return null;
        }
        var exact = list.FirstOrDefault(c => string.Equals(c, found.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }
        var affixed = list.Where(c => c.Length >= 2 && (lower.StartsWith(c.ToLowerInvariant() + "_", StringComparison.Ordinal)
                || lower.EndsWith("_" + c.ToLowerInvariant(), StringComparison.Ordinal)))
            .OrderByDescending(c => c.Length).FirstOrDefault();
        if (affixed is not null)
        {
            return affixed;
        }
        return list.Select(c => (Candidate: c, Distance: Distance(lower, c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, c.Candidate.Length / 3)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate).FirstOrDefault();
    }

    /// <summary>Levenshtein distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
