using GhgInventory.Core.Domain;
using GhgInventory.Core.Power;

namespace GhgInventory.Data.Ingestion;

/// <summary>Refuses, in a composed region-year, electricity or heat output whose fuel cannot be identified, and autoproducer fuel with no output (issue 12); fuel at an aggregate public code with its outputs below it, and a transformation or output use at a power plant.</summary>
/// <remarks>
/// Outside the public plant categories (<see cref="PlantGroups.PublicCategories"/>), a numeric <c>electricity_generation</c> or
/// <c>heat_supply</c> row needs fuel with use <c>autoproducer</c> at the same category, and a numeric autoproducer fuel row needs an
/// output row (a number or NE) there: otherwise the bridge would count the power twice or not know what the plant made. Rows are
/// checked per category (facility rows summed), over the new rows and those kept from the base version; only a row of the new file
/// is reported, at its line.
/// </remarks>
internal static class PlantOutputCheck
{
    /// <summary>The issues of one composed version: <paramref name="groups"/> are its (category, activity, use) groups.</summary>
    public static IEnumerable<ValidationIssue> Find(string fileName, IReadOnlyDictionary<(long Category, long Activity, long Use), GroupInfo> groups, StoreNames names)
    {
        var byCategory = groups.Keys.ToLookup(k => k.Category);
        foreach (var issue in AggregateFuel(fileName, groups, names).Concat(UseAtPowerPlants(fileName, groups, names)))
        {
            yield return issue;
        }
        foreach (var ((category, activity, use), group) in groups.OrderBy(g => g.Value.FirstOwnLine))
        {
            string code = names.Categories[category];
            var plantCategory = CategoryCode.Parse(code);
            if (!group.HasNumericOwn || group.FirstOwnLine == long.MaxValue || PlantGroups.IsPublic(plantCategory))
            {
                continue;
            }
            string key = names.Activities[activity];
            if (PlantGroups.IsOutput(key) && !byCategory[category].Any(k => PlantGroups.IsPlantFuel(plantCategory, names.Activities[k.Activity], (FuelUse)k.Use)))
            {
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), null, $"{code} {key} with no fuel marked autoproducer at {code}",
                    $"the fuel that made this output: mark the plant's fuel rows at {code} use=autoproducer (自备电厂), or write the output at the public plant "
                    + $"category (1.A.1.a.i power, 1.A.1.a.ii CHP, 1.A.1.a.iii heat) where its fuel is; an output without its fuel would be counted in the bridge with no emissions");
            }
            else if (PlantGroups.IsPlantFuel(plantCategory, key, (FuelUse)use)
                && !byCategory[category].Any(k => PlantGroups.IsOutput(names.Activities[k.Activity])))
            {
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), null, $"{code} {key} use autoproducer with no output at {code}",
                    $"what the plant made: add {code},{PlantGroups.Generation} (and {code},{PlantGroups.HeatSupply} for a CHP plant) with the plant's output, "
                    + "or an NE row for each with the reason in the note; or, if this fuel is not burnt in the enterprise's own power plant, give it use combustion");
            }
        }
    }
    /// <summary>
    /// Fuel at an aggregate public code (1.A.1, 1.A.1.a) with output rows at a code below it that has no fuel of its own (tester finding: 500 万吨
    /// at 1.A.1 and 80 亿kWh at 1.A.1.a.i were read as renewables, removing 0): which fuel made the output is unknown.
    /// </summary>
    private static IEnumerable<ValidationIssue> AggregateFuel(string fileName, IReadOnlyDictionary<(long Category, long Activity, long Use), GroupInfo> groups, StoreNames names)
    {
        bool IsFuel(KeyValuePair<(long Category, long Activity, long Use), GroupInfo> g) =>
            !PlantGroups.IsOutput(names.Activities[g.Key.Activity]) && g.Value.Shape != 0 && g.Key.Use is (long)FuelUse.Combustion or (long)FuelUse.Autoproducer;
        var fuelCodes = groups.Where(IsFuel).Select(g => names.Categories[g.Key.Category]).ToHashSet(StringComparer.Ordinal);
        foreach (var aggregate in PlantGroups.AggregateCategories.Where(fuelCodes.Contains))
        {
            var fuel = groups.Where(g => IsFuel(g) && names.Categories[g.Key.Category] == aggregate).OrderBy(g => g.Value.FirstOwnLine).First();
            foreach (var output in groups.Where(g => PlantGroups.IsOutput(names.Activities[g.Key.Activity])
                    && names.Categories[g.Key.Category] is var code && code.StartsWith(aggregate + ".", StringComparison.Ordinal) && !fuelCodes.Contains(code))
                .OrderBy(g => g.Value.FirstOwnLine))
            {
                long line = Math.Min(output.Value.FirstOwnLine, fuel.Value.FirstOwnLine);
                if (line == long.MaxValue)
                {
                    continue; // both stored before this file
                }
                string code = names.Categories[output.Key.Category];
                yield return new ValidationIssue(fileName, checked((int)line), "category",
                    $"{names.Activities[fuel.Key.Activity]} at {aggregate} (line {Shown(fuel.Value.FirstOwnLine)}) with {names.Activities[output.Key.Activity]} at {code} (line {Shown(output.Value.FirstOwnLine)}) and no fuel at {code}",
                    $"the plant's fuel and outputs at the same code: write the fuel that made this output at {code}, or the output at {aggregate}; "
                    + "otherwise the bridge cannot tell which fuel made it and would remove nothing for it");
            }
        }
        // The reverse (re-test finding): output at an aggregate code with no fuel there, and the fuel at a code below it, read as
        // renewable generation beside a plant with no output.
        var outputCodes = groups.Where(g => PlantGroups.IsOutput(names.Activities[g.Key.Activity])).Select(g => g.Key.Category).ToHashSet();
        foreach (var output in groups.Where(g => PlantGroups.IsOutput(names.Activities[g.Key.Activity]) && g.Value.Shape != 0
                && PlantGroups.AggregateCategories.Contains(names.Categories[g.Key.Category]) && !fuelCodes.Contains(names.Categories[g.Key.Category]))
            .OrderBy(g => g.Value.FirstOwnLine))
        {
            string aggregate = names.Categories[output.Key.Category];
            // Only fuel whose own code has no output: a coal plant below with its own generation leaves this output to wind or solar.
            var below = groups.Where(g => IsFuel(g) && !outputCodes.Contains(g.Key.Category)
                    && names.Categories[g.Key.Category].StartsWith(aggregate + ".", StringComparison.Ordinal))
                .OrderBy(g => g.Value.FirstOwnLine).ToList();
            if (below.Count == 0)
            {
                continue; // no fuel without output below: wind, solar, hydro
            }
            var fuel = below[0];
            long line = Math.Min(output.Value.FirstOwnLine, fuel.Value.FirstOwnLine);
            if (line == long.MaxValue)
            {
                continue;
            }
            string code = names.Categories[fuel.Key.Category];
            yield return new ValidationIssue(fileName, checked((int)line), "category",
                $"{names.Activities[output.Key.Activity]} at {aggregate} (line {Shown(output.Value.FirstOwnLine)}) with no fuel there and {names.Activities[fuel.Key.Activity]} at {code} (line {Shown(fuel.Value.FirstOwnLine)})",
                $"the plant's fuel and outputs at the same code: write this output at {code}, or the fuel at {aggregate}; "
                + "otherwise the output reads as generation without fuel (wind, solar) and the plant's fuel as a plant without output");
        }
    }

    /// <summary>Fuel with use transformation, output or feedstock at 1.A.1.a and below: power and heat plants burn fuel (火力发电 is 加工转换 in the energy balance, but here the use stays blank).</summary>
    private static IEnumerable<ValidationIssue> UseAtPowerPlants(string fileName, IReadOnlyDictionary<(long Category, long Activity, long Use), GroupInfo> groups, StoreNames names)
    {
        foreach (var (key, group) in groups.Where(g => g.Key.Use is (long)FuelUse.Transformation or (long)FuelUse.Output or (long)FuelUse.Feedstock && g.Value.FirstOwnLine != long.MaxValue)
            .OrderBy(g => g.Value.FirstOwnLine))
        {
            string code = names.Categories[key.Category];
            if (PlantGroups.IsPowerOrHeatPlant(code))
            {
                // Feedstock at a plant would move its coal to the non-energy memo and leave its generation with no emissions (re-test finding).
                string use = key.Use switch { (long)FuelUse.Transformation => "transformation", (long)FuelUse.Feedstock => "feedstock", _ => "output" };
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), "use", $"{code} {names.Activities[key.Activity]} use {use}",
                    "a blank use (combustion) at a power or heat plant: the plant burns its fuel and its output is written as electricity_generation/heat_supply rows; "
                    + "火力发电 counts as 加工转换 in the 能源平衡表, but here the transformation use is for coke ovens and gasification only, and feedstock for raw material of chemicals");
            }
        }
    }

    private static string Shown(long line) => line == long.MaxValue ? "stored" : line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
