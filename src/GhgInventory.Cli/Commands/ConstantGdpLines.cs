using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Localization;

namespace GhgInventory.Cli.Commands;

/// <summary>The constant-price GDP an intensity is divided by, shown so a reader can check it (issue 14, after the user trial): the base year's GDP
/// at current prices, the volume indices chained (<see cref="EconomicSeries.GdpAtConstantPrices"/>) and the result, in the table of <c>ghg energy</c>
/// and in the JSON of <c>ghg energy</c> and <c>ghg targets</c>.</summary>
public static class ConstantGdpLines
{
    /// <summary>The indicators divided by GDP (their base and current values are per 10^4 yuan of GDP at the base year's prices).</summary>
    public static readonly IReadOnlySet<string> GdpIndicators = new HashSet<string>(StringComparer.Ordinal) { "energy_intensity", "co2_intensity" };

    /// <summary>The lines for <paramref name="region"/> in <paramref name="year"/> at the prices of <paramref name="baseYear"/>: the base year's GDP,
    /// then the year's at its prices with the chain of indices, or why it cannot be derived. GDP in 10^8 yuan (亿元) to 4 decimals.</summary>
    public static IEnumerable<string> Lines(EconomicSeries economy, RegionCode region, int year, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(economy);
        var atBase = economy.GdpAtConstantPrices(region, baseYear, baseYear);
        var now = economy.GdpAtConstantPrices(region, year, baseYear);
        if (atBase.Yuan is { } b)
        {
            yield return Text.Format(RunChoiceText.GdpConstantBase, baseYear, HundredMillion(b));
        }
        if (year == baseYear)
        {
            if (atBase.Missing is { } why)
            {
                yield return Text.Format(RunChoiceText.GdpConstantMissing, baseYear, year, why.Render());
            }
            yield break;
        }
        yield return now.Yuan is { } y && atBase.Yuan is { } b2
            ? Text.Format(RunChoiceText.GdpConstant, baseYear, year, HundredMillion(y), HundredMillion(b2), Chain(now))
            : Text.Format(RunChoiceText.GdpConstantMissing, baseYear, year, now.Missing?.Render() ?? "");
    }

    /// <summary>The JSON object <c>{"price_base_year", "base": yuan|null, "current": yuan|null, "current_year", "index_chain": [{"year","index"}]}</c>
    /// of <paramref name="region"/> in <paramref name="year"/> at the prices of <paramref name="baseYear"/>; GDP in yuan.</summary>
    public static JsonObject Json(EconomicSeries economy, RegionCode region, int year, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(economy);
        var atBase = economy.GdpAtConstantPrices(region, baseYear, baseYear);
        var now = economy.GdpAtConstantPrices(region, year, baseYear);
        return new JsonObject
        {
            ["price_base_year"] = baseYear,
            ["base"] = atBase.Yuan,
            ["current_year"] = year,
            ["current"] = now.Yuan,
            ["index_chain"] = new JsonArray([.. now.Chain.Select(c => (JsonNode?)new JsonObject { ["year"] = c.Year, ["index"] = c.Index })]),
            ["missing"] = now.Missing?.Render() ?? atBase.Missing?.Render(),
        };
    }

    /// <summary><paramref name="json"/> (the targets JSON) with <c>price_base_year</c> and <c>gdp_constant_yuan</c> (<see cref="Json"/>) added to each
    /// target divided by GDP; <paramref name="scored"/> are the targets in the order of the JSON's <c>targets</c> array.</summary>
    public static string AddToTargets(string json, IReadOnlyList<TargetAssessment> scored, EconomicSeries economy)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var node = JsonNode.Parse(json)!.AsObject();
        var array = node["targets"]!.AsArray();
        for (int i = 0; i < scored.Count && i < array.Count; i++)
        {
            var a = scored[i];
            if (GdpIndicators.Contains(a.Target.Indicator) && array[i] is JsonObject target)
            {
                target["price_base_year"] = a.Target.BaseYear;
                target["gdp_constant_yuan"] = Json(economy, a.Region, a.Year, a.Target.BaseYear);
            }
        }
        return node.ToJsonString(RunChoiceLines.JsonOptions);
    }

    private static string HundredMillion(double yuan) => (yuan / 1e8).ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Chain(ConstantPriceValue value) =>
        string.Join(", ", value.Chain.Select(c => $"{c.Year} {c.Index.ToString("0.###", CultureInfo.InvariantCulture)}"));
}
