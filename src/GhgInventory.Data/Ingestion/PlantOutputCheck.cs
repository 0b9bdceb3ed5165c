using GhgInventory.Core.Domain;
using GhgInventory.Core.Power;

namespace GhgInventory.Data.Ingestion;

/// <summary>Refuses, in a composed region-year, electricity or heat output whose fuel cannot be identified, and autoproducer fuel with no output (issue 12).</summary>
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
        const long Autoproducer = (long)FuelUse.Autoproducer;
        var byCategory = groups.Keys.ToLookup(k => k.Category);
        foreach (var ((category, activity, use), group) in groups.OrderBy(g => g.Value.FirstOwnLine))
        {
            string code = names.Categories[category];
            if (!group.HasNumericOwn || group.FirstOwnLine == long.MaxValue || PlantGroups.IsPublic(CategoryCode.Parse(code)))
            {
                continue;
            }
            string key = names.Activities[activity];
            if (PlantGroups.IsOutput(key) && !byCategory[category].Any(k => k.Use == Autoproducer && !PlantGroups.IsOutput(names.Activities[k.Activity])))
            {
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), null, $"{code} {key} with no fuel marked autoproducer at {code}",
                    $"the fuel that made this output: mark the plant's fuel rows at {code} use=autoproducer (自备电厂), or write the output at the public plant "
                    + $"category (1.A.1.a.i power, 1.A.1.a.ii CHP, 1.A.1.a.iii heat) where its fuel is; an output without its fuel would be counted in the bridge with no emissions");
            }
            else if (use == Autoproducer && !PlantGroups.IsOutput(key)
                && !byCategory[category].Any(k => PlantGroups.IsOutput(names.Activities[k.Activity])))
            {
                yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), null, $"{code} {key} use autoproducer with no output at {code}",
                    $"what the plant made: add {code},{PlantGroups.Generation} (and {code},{PlantGroups.HeatSupply} for a CHP plant) with the plant's output, "
                    + "or an NE row for each with the reason in the note; or, if this fuel is not burnt in the enterprise's own power plant, give it use combustion");
            }
        }
    }
}
