namespace GhgInventory.Core.Scenarios;

/// <summary>How a lever's values act (docs/scenarios.md §5).</summary>
public enum LeverKind
{
    /// <summary>% a year, applied to the year's change.</summary>
    Rate,

    /// <summary>A path of levels from the base year's value.</summary>
    Level,

    /// <summary>A fixed technical ratio or share, no path.</summary>
    Ratio,
}

/// <summary>Whose value a lever is.</summary>
public enum LeverScope
{
    /// <summary>Each region's own (a region may have its own path).</summary>
    Region,

    /// <summary>A city path whose change from its base moves every region by the same amount.</summary>
    CityDelta,

    /// <summary>A city total shared among the regions by a base-year weight.</summary>
    CityShared,
}

/// <summary>Where a level lever's base-year value comes from.</summary>
public enum LeverBase
{
    /// <summary>Not a level.</summary>
    None,

    /// <summary>The inventory run (a path point at or before the base year is refused at bind while the inventory has the value).</summary>
    Inventory,

    /// <summary>The file: the path must have a point at or before the base year.</summary>
    File,
}

/// <summary>One row of <c>emission-factors/vocabulary/scenario-levers.csv</c>.</summary>
/// <param name="Key">The key the scenario file uses.</param>
/// <param name="Kind">Rate, level or ratio.</param>
/// <param name="Unit">The only unit accepted for it.</param>
/// <param name="Scope">Whose value it is.</param>
/// <param name="Weight">For a city-shared lever, the base-year quantity it is shared by; empty otherwise.</param>
/// <param name="Base">Where a level's base-year value comes from.</param>
/// <param name="Default">The value when the file does not set it (0 for rates); null when absent means "held at its base" or "not used".</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Meaning">What it means, in English.</param>
/// <param name="Min">The least plausible value in its unit (catalogue column <c>min</c>); null: the unit's own range (README "Scenario files").</param>
/// <param name="Max">The greatest plausible value in its unit (catalogue column <c>max</c>: a value no city can reach, the reason in the
/// README lever table); null: the unit's own range.</param>
public sealed record LeverDefinition(string Key, LeverKind Kind, string Unit, LeverScope Scope, string Weight, LeverBase Base, double? Default,
    string NameZh, string NameEn, string Meaning, double? Min = null, double? Max = null);

/// <summary>The levers and drivers a scenario file may set.</summary>
public sealed class LeverCatalogue
{
    private readonly Dictionary<string, LeverDefinition> byKey;

    /// <summary>Builds the catalogue.</summary>
    /// <exception cref="ArgumentException">A key given twice.</exception>
    public LeverCatalogue(IEnumerable<LeverDefinition> levers)
    {
        All = levers.ToList();
        byKey = new Dictionary<string, LeverDefinition>(StringComparer.Ordinal);
        foreach (var lever in All)
        {
            if (!byKey.TryAdd(lever.Key, lever))
            {
                throw new ArgumentException($"lever {lever.Key} is listed twice", nameof(levers));
            }
        }
    }

    /// <summary>Every lever in file order.</summary>
    public IReadOnlyList<LeverDefinition> All { get; }

    /// <summary>The lever <paramref name="key"/>, or null when it is not in the catalogue.</summary>
    public LeverDefinition? Find(string key) => byKey.GetValueOrDefault(key);
}
