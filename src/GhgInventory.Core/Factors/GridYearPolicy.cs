namespace GhgInventory.Core.Factors;

/// <summary>What a run does for a year that has no published factor of its own (grid emission factors are published late and not every year).</summary>
/// <remarks>Chosen per run with <c>ghg compile --grid-year</c> and recorded in the run's options text as <c>grid_year=…</c>.</remarks>
public enum GridYearPolicy
{
    /// <summary>The nearest published year; on a tie the earlier one (the default).</summary>
    Nearest,
    /// <summary>The latest published year before the inventory year; NE when none is earlier.</summary>
    Earlier,
    /// <summary>No other year's factor: the line is NE, with the reason.</summary>
    None,
}

/// <summary>Names of <see cref="GridYearPolicy"/> as the command line and the options text write them.</summary>
public static class GridYearPolicies
{
    /// <summary>The lower-case name: <c>nearest</c>, <c>earlier</c> or <c>none</c>.</summary>
    public static string Name(this GridYearPolicy policy) => policy switch
    {
        GridYearPolicy.Nearest => "nearest",
        GridYearPolicy.Earlier => "earlier",
        GridYearPolicy.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "unknown grid-year policy"),
    };

    /// <summary>Parses <c>nearest</c>, <c>earlier</c> or <c>none</c> (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out GridYearPolicy policy)
    {
        foreach (var p in Enum.GetValues<GridYearPolicy>())
        {
            if (string.Equals(text, p.Name(), StringComparison.OrdinalIgnoreCase))
            {
                policy = p;
                return true;
            }
        }
        policy = GridYearPolicy.Nearest;
        return false;
    }

    /// <summary>
    /// The policy recorded in a run's options text (<c>grid=Regional; grid_year=earlier</c>). Runs stored before the policy existed
    /// have no <c>grid_year=</c> part and borrowed the nearest year, so they read as <see cref="GridYearPolicy.Nearest"/>.
    /// </summary>
    public static GridYearPolicy FromOptionsText(string? options)
    {
        const string Key = "grid_year=";
        foreach (var part in (options ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(Key, StringComparison.Ordinal) && TryParse(part[Key.Length..], out var policy))
            {
                return policy;
            }
        }
        return GridYearPolicy.Nearest;
    }
}
