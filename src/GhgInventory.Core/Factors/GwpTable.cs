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

    /// <summary>The GWP of <paramref name="gas"/> of <paramref name="origin"/> in <paramref name="set"/>: the set's value for the origin
    /// (<c>CH4_fossil</c>, <c>CH4_non_fossil</c> rows, AR6 Table 7.15) where it has one, its single value otherwise; null when the set has neither.</summary>
    public GwpValue? For(GwpSet set, Gas gas, Accounting.Methods.CarbonOrigin origin)
    {
        string suffix = origin == Accounting.Methods.CarbonOrigin.Fossil ? "_fossil" : "_non_fossil";
        return values.TryGetValue((set.Name, gas.Code + suffix), out var own) ? own
            : values.TryGetValue((set.Name, gas.Code), out var single) ? single : null;
    }

    /// <summary>The GWP of <paramref name="gas"/> in <paramref name="set"/>.</summary>
    public GwpValue Get(GwpSet set, Gas gas) =>
        values.TryGetValue((set.Name, gas.Code), out var value)
            ? value
            : throw new KeyNotFoundException(Localization.Say.Now(nameof(Resources.CoreText.GwpMissing), set, gas));
}
