using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Factors;

/// <summary>The loaded GWP values, looked up by set and gas; a missing value is an error, never 0.</summary>
public sealed class GwpTable
{
    private readonly Dictionary<(string Set, string Gas), GwpValue> values;

    /// <summary>Indexes the values.</summary>
    public GwpTable(IEnumerable<GwpValue> values) =>
        this.values = values.ToDictionary(v => (v.GwpSet, v.Gas));

    /// <summary>The names of the loaded sets.</summary>
    public IEnumerable<string> Sets => values.Keys.Select(k => k.Set).Distinct().Order(StringComparer.Ordinal);

    /// <summary>True when the set has a value for every gas in <paramref name="gases"/>.</summary>
    public bool Covers(GwpSet set, IEnumerable<Gas> gases) => gases.All(g => values.ContainsKey((set.Name, g.Code)));

    /// <summary>The GWP of <paramref name="gas"/> in <paramref name="set"/>.</summary>
    public GwpValue Get(GwpSet set, Gas gas) =>
        values.TryGetValue((set.Name, gas.Code), out var value)
            ? value
            : throw new KeyNotFoundException(Localization.Say.Now(nameof(Resources.CoreText.GwpMissing), set, gas));
}
