using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Power;

/// <summary>Ties every electricity and heat output of a run to the fuel that made it (issue 12): public plants and autoproducers.</summary>
/// <remarks>
/// Public plants: output rows at 1.A.1.a.i, 1.A.1.a.ii, 1.A.1.a.iii, 1.A.1.a or 1.A.1 with the fuel burnt at exactly that code (use
/// combustion or autoproducer; feedstock and transformation never). Fuel at 1.A.1.a.i/ii/iii or 1.A.1.a with no output row is a plant whose
/// generation (1.A.1.a.iii: heat) is NE; fuel at 1.A.1 with no output row is not a plant. Output at a public code with no fuel is
/// generation without fuel (renewables, hydro): its emissions are 0.
/// Autoproducers (自备电厂): in any other category, the fuel with use autoproducer and the outputs at that code. Output there with no
/// autoproducer fuel, and autoproducer fuel with no output row, are refused at ingest; found in a run all the same, the group is left
/// out of the bridge with its problem stated, never counted as 0. So is a group whose outputs (kWh × 3.6 MJ + heat GJ) exceed its fuel's energy
/// (activity × NCV), except at 1.A.1.a.i, 1.A.1.a and 1.A.1 whose generation may include renewables; and output at a public code with no
/// fuel while fuel is written at an aggregate code above it (1.A.1, 1.A.1.a).
/// </remarks>
public static class PlantGroups
{
    /// <summary>Activity key of electricity generated (发电量).</summary>
    public const string Generation = "electricity_generation";

    /// <summary>Activity key of heat supplied (供热量).</summary>
    public const string HeatSupply = "heat_supply";

    /// <summary>The CHP category (热电联产), whose fuel makes both electricity and heat.</summary>
    public const string Chp = "1.A.1.a.ii";

    /// <summary>The public plant categories, where output rows may be written.</summary>
    public static readonly IReadOnlyList<string> PublicCategories = ["1.A.1.a.i", "1.A.1.a.ii", "1.A.1.a.iii", "1.A.1.a", "1.A.1"];

    /// <summary>The aggregate public codes: fuel there with outputs at a code below it (and no fuel there) cannot be tied to the output.</summary>
    public static readonly IReadOnlyList<string> AggregateCategories = ["1.A.1", "1.A.1.a"];

    /// <summary>True for a public plant category (exactly one of <see cref="PublicCategories"/>).</summary>
    public static bool IsPublic(CategoryCode category) => PublicCategories.Contains(category.Value);

    /// <summary>True for an output activity (electricity generated, heat supplied).</summary>
    public static bool IsOutput(string activity) => activity is Generation or HeatSupply;

    /// <summary>True for a row that is a plant's fuel: not an output, and at a public plant category burnt (use combustion or autoproducer),
    /// elsewhere burnt in an autoproducer (自备电厂); feedstock and transformation rows never are.</summary>
    public static bool IsPlantFuel(CategoryCode category, string activity, FuelUse use) =>
        !IsOutput(activity) && (IsPublic(category) ? use is FuelUse.Combustion or FuelUse.Autoproducer : use == FuelUse.Autoproducer);

    /// <summary>True for 1.A.1.a and the codes below it (power, CHP and heat plants), where fuel is burnt and a transformation or output use is refused.</summary>
    public static bool IsPowerOrHeatPlant(string category) =>
        category == "1.A.1.a" || category.StartsWith("1.A.1.a.", StringComparison.Ordinal);

    /// <summary>The plant groups of <paramref name="sources"/> and their <paramref name="lines"/>, in region, year, category order.</summary>
    public static IReadOnlyList<PlantGroup> Find(IEnumerable<EmissionSource> sources, IEnumerable<EmissionLine> lines, ChpSplit split)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(split);
        var lineList = lines as IReadOnlyList<EmissionLine> ?? lines.ToList();
        var fuel = new Dictionary<(RegionCode, int, CategoryCode), List<EmissionLine>>();
        foreach (var line in lineList)
        {
            if (line.Scope != EmissionScope.Territorial || !IsPlantFuel(line.Category, line.Activity, line.Use))
            {
                continue;
            }
            var key = (line.Region, line.Year, line.Category);
            if (!fuel.TryGetValue(key, out var list))
            {
                fuel[key] = list = [];
            }
            list.Add(line);
        }
        var sourceList = sources as IReadOnlyList<EmissionSource> ?? sources.ToList();
        // Stored sources lose their notation key; an NE output row keeps it on its memo line.
        var notedOutputs = lineList.Where(l => IsOutput(l.Activity) && l.Notation is not null).ToLookup(l => l.SourceIndex, l => l.Notation!.Value);
        var byIndex = sourceList.GroupBy(s => s.Index).ToDictionary(g => g.Key, g => g.First());
        var outputs = sourceList.Where(s => IsOutput(s.Activity))
            .Select(s => s.Notation is null && notedOutputs[s.Index].Any() ? s with { Notation = notedOutputs[s.Index].First() } : s)
            .ToLookup(s => (s.Region, s.Year, s.Category));

        var keys = fuel.Keys.Concat(outputs.Select(g => g.Key)).Distinct()
            .OrderBy(k => k.Item2).ThenBy(k => k.Item1.Value, StringComparer.Ordinal).ThenBy(k => k.Item3.Value, StringComparer.Ordinal);
        var groups = new List<PlantGroup>();
        foreach (var key in keys)
        {
            var (region, year, category) = key;
            var fuelLines = fuel.TryGetValue(key, out var l) ? l : [];
            var rows = outputs[key].ToList();
            bool isPublic = IsPublic(category);
            if (rows.Count == 0 && category.Value == "1.A.1")
            {
                continue; // fuel at 1.A.1 with no output row is not a plant
            }
            double? Output(string activity) =>
                rows.Where(s => s.Activity == activity).Sum(s => s.ActivityBase) is var gj && gj > 0 ? gj : null;
            double? generation = Output(Generation), heat = Output(HeatSupply);
            double Mass(Gas gas) => fuelLines.Where(x => x.Gas == gas).Sum(x => x.MassTonnes ?? 0);

            string? problem = null;
            if (!isPublic && fuelLines.Count == 0)
            {
                problem = Say.Now(nameof(CoreText.PlantNoFuel), category.Value, Describe(generation, heat));
            }
            else if (isPublic && fuelLines.Count == 0 && rows.Count > 0
                && AggregateCategories.FirstOrDefault(a => category.Value.StartsWith(a + ".", StringComparison.Ordinal)
                    && fuel.TryGetValue((region, year, CategoryCode.Parse(a)), out var above) && above.Count > 0) is { } aggregate)
            {
                // Stored before ingest refused it (tester finding): read as renewables, it would remove 0 for a coal plant.
                problem = Say.Now(nameof(CoreText.PlantFuelAbove), category.Value, Describe(generation, heat), aggregate);
            }
            else if (!isPublic && rows.Count == 0)
            {
                problem = Say.Now(nameof(CoreText.PlantNoOutput), category.Value);
            }

            // Where generation may include wind and solar, only the heat can be held against the fuel (re-test finding: 10^10 GJ of heat
            // from 100 万吨 coal at 1.A.1.a.i gave a heat factor of 0.000191 t/GJ).
            if (problem is null && (MayIncludeRenewables.Contains(category.Value) ? heat ?? 0 : (generation ?? 0) + (heat ?? 0)) is var outGj && outGj > 0
                && FuelEnergyGj(fuelLines, byIndex) is { } fuelGj && fuelGj > 0 && outGj > fuelGj)
            {
                // Tester finding (huge.db): 1e15 GJ of heat from 100 万吨 coal gave an electricity share of 0.0000 and a derived heat factor of 0.
                problem = Say.Now(nameof(CoreText.PlantOverEfficient), Numbers.Format(outGj, 0), Describe(generation, heat), Numbers.Format(fuelGj, 0),
                    Numbers.Format(outGj / fuelGj * 100, 1));
            }
            var (share, arithmetic) = Share(category, generation, heat, rows, split);
            groups.Add(new PlantGroup(region, year, category, isPublic ? PlantKind.Public : PlantKind.Autoproducer,
                fuelLines.Select(x => x.SourceIndex).Distinct().ToList(),
                fuelLines.Sum(x => x.Co2eTonnes ?? 0), Mass(Gas.CO2), Mass(Gas.CH4), Mass(Gas.N2O), fuelLines.Any(x => x.Notation is not null),
                generation, heat, share, arithmetic, problem, OutputNotEstimated: rows.Any(r => r.ActivityBase <= 0))
            {
                GenerationNotEstimated = generation is null && rows.Any(r => r.Activity == Generation && r.Notation is not null),
                GenerationGiven = generation is not null ? null : Given(rows, Generation),
                OutputsMissing = rows.Count == 0 && category.Value == Chp && fuelLines.Count > 0,
            });
        }
        return groups;
    }

    /// <summary>Codes whose generation may include renewables (no fuel), so their output is not compared with their fuel's energy.</summary>
    private static readonly HashSet<string> MayIncludeRenewables = ["1.A.1.a.i", "1.A.1.a", "1.A.1"];

    /// <summary>The energy of the group's fuel, GJ: activity × the NCV its lines applied (a fuel given in GJ is its own energy); null when some fuel's energy is unknown.</summary>
    private static double? FuelEnergyGj(List<EmissionLine> fuelLines, Dictionary<int, EmissionSource> sources)
    {
        double total = 0;
        foreach (var index in fuelLines.Select(l => l.SourceIndex).Distinct())
        {
            if (!sources.TryGetValue(index, out var source))
            {
                return null;
            }
            var ncv = fuelLines.Where(l => l.SourceIndex == index).SelectMany(l => l.Factors).FirstOrDefault(f => f.Parameter == Factors.Parameters.Ncv);
            if (ncv is not null)
            {
                total += source.ActivityBase * ncv.EngineValue;
            }
            else if (source.BaseUnit == "GJ")
            {
                total += source.ActivityBase;
            }
            else
            {
                return null;
            }
        }
        return total;
    }

    /// <summary>What the rows of <paramref name="activity"/> say when they give no positive number: NE, 0, or null when there is no row.</summary>
    private static string? Given(List<EmissionSource> rows, string activity)
    {
        var of = rows.Where(r => r.Activity == activity).ToList();
        return of.Count == 0 ? null : of.FirstOrDefault(r => r.Notation is not null)?.Notation?.ToString() ?? "0";
    }

    private static (double Share, string Arithmetic) Share(CategoryCode category, double? generation, double? heat, List<EmissionSource> rows, ChpSplit split)
    {
        if (generation is { } el && heat is { } h)
        {
            return (split.ElectricityShare(el, h), split.Arithmetic(el, h));
        }
        if (generation is not null)
        {
            return (1, Given(rows, HeatSupply) is { } h0
                ? Say.Now(nameof(CoreText.ShareHeatGiven), h0)
                : Say.Now(nameof(CoreText.ShareElectricityOnly)));
        }
        if (heat is not null)
        {
            return (0, Given(rows, Generation) is { } g0
                ? Say.Now(nameof(CoreText.ShareGenerationGiven), g0)
                : Say.Now(nameof(CoreText.ShareHeatOnly)));
        }
        string said = string.Join(Say.Now(nameof(CoreText.ListComma)), new[]
        {
            Given(rows, Generation) is { } gv ? Say.Now(nameof(CoreText.SaidGeneration), gv) : Say.Now(nameof(CoreText.SaidNoGenerationRow)),
            Given(rows, HeatSupply) is { } hv ? Say.Now(nameof(CoreText.SaidHeat), hv) : Say.Now(nameof(CoreText.SaidNoHeatRow)),
        });
        return category.Value switch
        {
            "1.A.1.a.iii" => (0, Say.Now(nameof(CoreText.ShareHeatPlant), said)),
            Chp => (1, Say.Now(nameof(CoreText.ShareChpUnknown), said)),
            _ => (1, Say.Now(nameof(CoreText.SharePowerPlant), said)),
        };
    }

    private static string Describe(double? generationGj, double? heatGj) =>
        string.Join(Say.Now(nameof(CoreText.ListComma)), new[]
        {
            generationGj is { } g ? Say.Now(nameof(CoreText.DescribeGeneration), Numbers.Format(g / Units.Unit.GigajoulesPerKilowattHour / 1e8, 2)) : null,
            heatGj is { } h ? Say.Now(nameof(CoreText.DescribeHeat), Numbers.Format(h, 0)) : null,
        }.Where(s => s is not null)) is { Length: > 0 } text ? text : "NE";
}
