using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Power;
using GhgInventory.Data.Resources;

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
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), null, Text.Format(DataIngestText.FoundOutputNoAutoproducer, code, names.ActivityName(activity)),
                    Text.Format(DataIngestText.ExpectedOutputFuel, code));
            }
            else if (PlantGroups.IsPlantFuel(plantCategory, key, (FuelUse)use)
                && !byCategory[category].Any(k => PlantGroups.IsOutput(names.Activities[k.Activity])))
            {
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), null, Text.Format(DataIngestText.FoundAutoproducerNoOutput, code, names.ActivityName(activity)),
                    Text.Format(DataIngestText.ExpectedPlantOutput, code, PlantGroups.Generation, PlantGroups.HeatSupply));
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
                    Text.Format(DataIngestText.FoundFuelAggregateOutputDetail, names.ActivityName(fuel.Key.Activity), aggregate, Shown(fuel.Value.FirstOwnLine),
                        names.ActivityName(output.Key.Activity), code, Shown(output.Value.FirstOwnLine)),
                    Text.Format(DataIngestText.ExpectedSameCodeFuel, code, aggregate));
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
                Text.Format(DataIngestText.FoundOutputAggregateFuelDetail, names.ActivityName(output.Key.Activity), aggregate, Shown(output.Value.FirstOwnLine),
                    names.ActivityName(fuel.Key.Activity), code, Shown(fuel.Value.FirstOwnLine)),
                Text.Format(DataIngestText.ExpectedSameCodeOutput, code, aggregate));
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
                string use = names.Names.Use(key.Use switch { (long)FuelUse.Transformation => "transformation", (long)FuelUse.Feedstock => "feedstock", _ => "output" });
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), "use",
                    Text.Format(DataIngestText.FoundPlantUse, code, names.ActivityName(key.Activity), use),
                    DataIngestText.ExpectedPlantCombustion);
            }
        }
    }

    private static string Shown(long line) => line == long.MaxValue ? DataIngestText.LineStored : line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
