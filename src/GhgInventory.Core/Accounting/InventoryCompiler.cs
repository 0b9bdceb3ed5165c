using System.Runtime.InteropServices;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting;

/// <summary>Turns activity records into emission lines: sums records into sources, then applies the method each activity calls for.</summary>
/// <remarks>Pure and deterministic: the same records, factors and options give the same lines in the same order.</remarks>
public sealed class InventoryCompiler
{
    private readonly IReadOnlyDictionary<string, ActivityDefinition> activities;
    private readonly CombustionContext context;

    /// <summary>Creates a compiler over the activity vocabulary and a method context.</summary>
    public InventoryCompiler(IReadOnlyDictionary<string, ActivityDefinition> activities, CombustionContext context)
    {
        this.activities = activities;
        this.context = context;
    }

    /// <summary>Compiles <paramref name="records"/> (any order) into sources and lines.</summary>
    /// <remarks>A transformation whose outputs hold more carbon than its inputs is named in <see cref="CompileResult.Refusals"/>; such a result must not be stored.</remarks>
    public CompileResult Compile(IReadOnlyList<ActivityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Compile(GroupIntoSources(records));
    }

    /// <summary>Compiles rows already summed per source (each <see cref="SourceRows"/> filled in id order) into sources and lines.</summary>
    /// <remarks>A transformation whose outputs hold more carbon than its inputs is named in <see cref="CompileResult.Refusals"/>. Gives the same sources and lines as <see cref="Compile(IReadOnlyList{ActivityRecord})"/> of the same rows, bit for bit.
    /// <paramref name="progress"/>, when given, hears the share of sources computed (0 to 1), about a hundred times.
    /// <paramref name="history"/> (issue 15): rows of years before those compiled, read only by <see cref="MethodScope.Series"/> methods
    /// (first-order decay needs every earlier deposit): they join the series of their region and category but make no source and no line
    /// of the result, so a compile of one year gives the same lines as a compile of a range ending in it.</remarks>
    public CompileResult Compile(IReadOnlyCollection<SourceRows> grouped, IProgress<double>? progress = null, IReadOnlyCollection<SourceRows>? history = null)
    {
        ArgumentNullException.ThrowIfNull(grouped);
        var sources = FormSources(grouped);
        var refusals = new List<string>();
        // History sources carry negative indices: they are never a line's source.
        var earlier = history is null ? [] : FormSources(history).Select(s => s with { Index = -1 - s.Index }).ToList();
        var routed = RoutedGroups(sources, earlier);
        var transformations = Transformations(sources, routed.Method);
        var lines = new List<EmissionLine>(sources.Count * 3);
        int step = Math.Max(sources.Count / 100, 1);
        foreach (var source in sources)
        {
            if (progress is not null && source.Index % step == 0)
            {
                progress.Report((double)source.Index / sources.Count);
            }
            IEnumerable<EmissionLine> computed;
            if (source.Notation is null && source.Use is FuelUse.Transformation or FuelUse.Output && routed.Method[source.Index] is null)
            {
                // One balance per (region, year, category), written where its first input or output comes.
                var (inputs, outputs) = transformations[(source.Region, source.Year, source.Category)];
                if (source.Index != (inputs.Count > 0 ? inputs[0] : outputs[0]).Index)
                {
                    continue;
                }
                computed = CarbonBalanceMethod.Compute(inputs, outputs, activities, context, out string? refusal,
                    UnknownInTransformation(sources, source.Region, source.Year, source.Category));
                if (refusal is not null)
                {
                    refusals.Add(refusal);
                }
            }
            else if (source.Use == FuelUse.Output && routed.Method[source.Index] is null)
            {
                continue; // a product under a notation key has no emissions of its own either
            }
            else if (source.Notation is null && routed.Method[source.Index] is { } method)
            {
                // A registry method over a group or series is called once, at the group's first source of the year; a source method once per source.
                var group = routed.Groups[(source.Region, source.Year, source.Category, method.Key)];
                if (method.Scope != MethodScope.Source && source.Index != group[0].Index)
                {
                    continue;
                }
                var series = method.Scope == MethodScope.Series ? routed.Series[(source.Region, source.Category, method.Key)] : [];
                computed = method.Compute(new MethodInput(source, method.Scope == MethodScope.Source ? [source] : group, series, activities, refusals)
                {
                    Unknown = method.Scope == MethodScope.Group && routed.Unknown.TryGetValue((source.Region, source.Year, source.Category, method.Key), out var unknown) ? unknown : [],
                }, context).ToList();
            }
            else
            {
                computed = ComputedLines(source);
            }
            if (source.PartNotation is { } partKey && source.Use is not (FuelUse.Transformation or FuelUse.Output))
            {
                computed = WithPartUnderKey(source, partKey, computed.ToList(), activities);
            }
            // Each line carries the use of its own source (a balance line may stand on another input's source).
            lines.AddRange(computed.Select(l => sources[l.SourceIndex].Use is var use && use != FuelUse.Combustion ? l with { Use = use } : l));
        }
        refusals.AddRange(SeriesYearsMissing(sources, routed.Series));
        return new CompileResult(sources, PriceHeatFromSupply(sources, lines)) { Refusals = refusals };
    }

    /// <summary>The numeric transformation inputs and outputs of each (region, year, category), in source order, but for those a registry
    /// method accounts (<paramref name="routed"/>: a route to an <see cref="IFuelUseMethod"/>, e.g. coal chemicals).</summary>
    private static Dictionary<(RegionCode, int, CategoryCode), (List<EmissionSource> Inputs, List<EmissionSource> Outputs)> Transformations(List<EmissionSource> sources,
        IEmissionMethod?[] routed)
    {
        var result = new Dictionary<(RegionCode, int, CategoryCode), (List<EmissionSource> Inputs, List<EmissionSource> Outputs)>();
        foreach (var s in sources.Where(s => s.Notation is null && s.Use is FuelUse.Transformation or FuelUse.Output && routed[s.Index] is null))
        {
            if (!result.TryGetValue((s.Region, s.Year, s.Category), out var group))
            {
                result[(s.Region, s.Year, s.Category)] = group = ([], []);
            }
            (s.Use == FuelUse.Transformation ? group.Inputs : group.Outputs).Add(s);
        }
        return result;
    }

    /// <summary>The registry method of each source (null where a built-in energy path or no route applies), and the numeric sources of each
    /// method by (region, year, category) and, for series methods, by (region, category) over all years; and the sources of each group
    /// whose amount is hidden (wholly or partly) under NE, C or IE (<see cref="MethodInput.Unknown"/>).</summary>
    private (IEmissionMethod?[] Method, Dictionary<(RegionCode, int, CategoryCode, string), List<EmissionSource>> Groups,
        Dictionary<(RegionCode, CategoryCode, string), List<EmissionSource>> Series,
        Dictionary<(RegionCode, int, CategoryCode, string), List<EmissionSource>> Unknown) RoutedGroups(List<EmissionSource> sources, List<EmissionSource> earlier)
    {
        var methods = new IEmissionMethod?[sources.Count];
        var unknown = new Dictionary<(RegionCode, int, CategoryCode, string), List<EmissionSource>>();
        var groups = new Dictionary<(RegionCode, int, CategoryCode, string), List<EmissionSource>>();
        var series = new Dictionary<(RegionCode, CategoryCode, string), List<EmissionSource>>();
        foreach (var source in earlier)
        {
            if (source.Notation is null && activities.TryGetValue(source.Activity, out var activity) && !IsBuiltIn(activity, source)
                && context.Methods.Find(source.Category, activity, source.Use) is { Scope: MethodScope.Series } method)
            {
                if (!series.TryGetValue((source.Region, source.Category, method.Key), out var years))
                {
                    series[(source.Region, source.Category, method.Key)] = years = [];
                }
                years.Add(source);
            }
        }
        foreach (var source in sources)
        {
            if (!activities.TryGetValue(source.Activity, out var activity) || IsBuiltIn(activity, source)
                || context.Methods.Find(source.Category, activity, source.Use) is not { } method)
            {
                continue;
            }
            methods[source.Index] = method;
            if (source.Notation is NotationKey.NE or NotationKey.C or NotationKey.IE || source.PartNotation is not null)
            {
                if (!unknown.TryGetValue((source.Region, source.Year, source.Category, method.Key), out var hidden))
                {
                    unknown[(source.Region, source.Year, source.Category, method.Key)] = hidden = [];
                }
                hidden.Add(source);
            }
            if (source.Notation is not null)
            {
                continue;
            }
            if (!groups.TryGetValue((source.Region, source.Year, source.Category, method.Key), out var group))
            {
                groups[(source.Region, source.Year, source.Category, method.Key)] = group = [];
            }
            group.Add(source);
            if (method.Scope == MethodScope.Series)
            {
                if (!series.TryGetValue((source.Region, source.Category, method.Key), out var years))
                {
                    series[(source.Region, source.Category, method.Key)] = years = [];
                }
                years.Add(source); // sources are ordered by year first, so each series is too
            }
        }
        foreach (var years in series.Values.Where(y => y.Count > 0 && y[0].Index < 0))
        {
            // History of years after a compiled year (not what Workspace passes) would break the year order: keep it by a stable sort.
            var ordered = years.OrderBy(s => s.Year).ToList();
            years.Clear();
            years.AddRange(ordered);
        }
        return (methods, groups, series, unknown);
    }

    /// <summary>A refusal for each compiled year of a region that has a series (first-order decay) with rows in earlier years but none in
    /// that year: its method is never called, so the decay of the earlier deposits would silently vanish from the year (issue 15 breaker).</summary>
    private List<string> SeriesYearsMissing(List<EmissionSource> sources, Dictionary<(RegionCode, CategoryCode, string), List<EmissionSource>> series)
    {
        var refusals = new List<string>();
        // Per activity (waste type): one type's deposits stopping while another's go on would drop the first's decay just the same.
        foreach (var ((region, category, _), all) in series)
        foreach (var years in all.GroupBy(s => s.Activity).Select(g => g.ToList()))
        {
            var have = years.Select(s => s.Year).ToHashSet();
            int first = have.Min(), last = have.Max();
            foreach (int year in sources.Where(s => s.Region == region && s.Year > last).Select(s => s.Year).Distinct().Order())
            {
                string activities = Say.Activity(years[0].Activity, this.activities).Render();
                refusals.Add(Say.Now(nameof(CoreText.SeriesYearMissing), region.Value, year, category.Value, activities,
                    first == last ? first.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{first}–{last}", year));
            }
        }
        return refusals;
    }

    /// <summary>True for the activities the compiler accounts itself (the energy paths of issues 11–14), before any registry route; a fuel's
    /// feedstock, transformation or output row routed to an <see cref="IFuelUseMethod"/> (coal chemicals, issue 15) is the method's.</summary>
    private bool IsBuiltIn(ActivityDefinition activity, EmissionSource source) => activity.Kind switch
    {
        ActivityKind.Fuel when source.Use is FuelUse.Feedstock or FuelUse.Transformation or FuelUse.Output =>
            context.Methods.Find(source.Category, activity, source.Use) is not IFuelUseMethod,
        ActivityKind.Fuel => source.Category.IsWithin("1.A"),
        ActivityKind.Secondary or ActivityKind.Output or ActivityKind.Indicator => true,
        _ => false,
    };

    /// <summary>The method label of a line standing for the notation rows written beside numeric rows of its source.</summary>
    public const string PartNotationMethod = "notation key from the activity data, beside numeric rows of the same source (IPCC 2006 Vol. 1 Ch. 8.2.2)";

    /// <summary>The lines of a source with numeric rows and NE or C rows: beside each gas and scope that has a number, a line under the key,
    /// so every total over it reads "x + NE" (issue 12), never x alone.</summary>
    private static List<EmissionLine> WithPartUnderKey(EmissionSource source, NotationKey key, List<EmissionLine> lines, IReadOnlyDictionary<string, ActivityDefinition> activities)
    {
        var reason = Say.Text(nameof(CoreText.PartNotationReason), Say.Activity(source.Activity, activities), source.Category.Value, key.ToString(),
            source.NotationNote ?? Say.Text(nameof(CoreText.NoReasonGiven)));
        var result = new List<EmissionLine>(lines);
        foreach (var (gas, scope) in lines.Where(l => l.MassTonnes is not null).Select(l => (l.Gas, l.Scope)).Distinct())
        {
            result.Add(EmissionLine.UnderNotationKey(source, gas, scope, key, PartNotationMethod, reason));
        }
        return result;
    }

    /// <summary>The transformation inputs and outputs of (region, year, category) written only under NE, C or IE: their carbon is unknown. NO and NA count as none.</summary>
    private static List<EmissionSource> UnknownInTransformation(List<EmissionSource> sources, RegionCode region, int year, CategoryCode category) =>
        sources.Where(s => (s.Notation is NotationKey.NE or NotationKey.C or NotationKey.IE || s.PartNotation is not null) && s.Use is FuelUse.Transformation or FuelUse.Output
            && s.Region == region && s.Year == year && s.Category == category).ToList();

    /// <summary>Second pass (issue 12): heat used that no heat_ef prices gets the factor derived from the heat supply of its region, or of the enclosing region; NE only when neither supplied heat.</summary>
    private List<EmissionLine> PriceHeatFromSupply(List<EmissionSource> sources, List<EmissionLine> lines)
    {
        static bool Unpriced(EmissionLine l) => PurchasedEnergyMethod.IsHeatUsed(l)
            && l.Notation == NotationKey.NE && l.Method == PurchasedEnergyMethod.Name;
        if (!lines.Any(Unpriced))
        {
            return lines;
        }
        var groups = Power.PlantGroups.Find(sources, lines, context.Options.ChpSplit);
        var priced = new List<EmissionLine>(lines.Count + 4);
        foreach (var line in lines)
        {
            if (!Unpriced(line))
            {
                priced.Add(line);
            }
            else if (Power.DerivedHeatFactor.For(line.Region, line.Year, groups, context.Regions, out var withheld) is { } factor)
            {
                priced.AddRange(factor.Lines(sources[line.SourceIndex], context));
            }
            else if (withheld.Count > 0)
            {
                // Heat was supplied, but only by plants whose emissions are a lower bound: NE naming them, not "no heat factor in the library".
                var plants = LineText.Join("; ", withheld.Select(g => Say.Text(nameof(CoreText.WithReason), g.NameText,
                    LineText.Join(", ", g.FuelSourceIndexes.Select(i => sources[i]).Where(s => s.Notation is not null)
                        .Select(s => Say.Text(nameof(CoreText.FuelUnderKey), Say.Activity(s.Activity, activities), s.Notation!.Value.ToString()))
                        .DefaultIfEmpty(Say.Text(nameof(CoreText.AFuelLineUnderKey)))))));
                priced.Add(EmissionLine.UnderNotationKey(sources[line.SourceIndex], line.Gas, line.Scope, NotationKey.NE, line.Method,
                    Say.Text(nameof(CoreText.HeatFactorWithheld), plants)));
            }
            else
            {
                priced.Add(line);
            }
        }
        return priced;
    }

    private static List<SourceRows> GroupIntoSources(IReadOnlyList<ActivityRecord> records)
    {
        // Summing in id order keeps every total bit-identical however the records arrived.
        var inIdOrder = IsSortedById(records) ? records : records.OrderBy(r => r.Id).ToList();
        var groups = new Dictionary<SourceKey, SourceRows>();
        foreach (var record in inIdOrder)
        {
            ref var rows = ref CollectionsMarshal.GetValueRefOrAddDefault(groups,
                new SourceKey(record.Region, record.Year, record.Category, record.Activity, record.Use), out _);
            rows ??= new SourceRows(record.Region, record.Year, record.Category, record.Activity, record.Use);
            rows.Add(record.Id, record.BaseQuantity, record.Notation, record.Note);
        }
        return [.. groups.Values];
    }

    private List<EmissionSource> FormSources(IReadOnlyCollection<SourceRows> grouped)
    {
        var ordered = grouped
            .OrderBy(g => g.Year)
            .ThenBy(g => g.Region.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Category.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Activity, StringComparer.Ordinal)
            .ThenBy(g => g.Use);
        var sources = new List<EmissionSource>(grouped.Count);
        foreach (var total in ordered)
        {
            string baseUnit = activities.TryGetValue(total.Activity, out var def) ? Unit.BaseOf(def.Dimension).Symbol : "";
            bool notationOnly = total.Numeric == 0 && total.Notation is not null;
            bool part = !notationOnly && total.Notation is { } key && NotationKeys.LeavesTotalIncomplete(key);
            sources.Add(new EmissionSource(sources.Count, total.Region, total.Year, total.Category, total.Activity, total.Sum, baseUnit, total.Ids, total.Use,
                notationOnly ? total.Notation : null, (notationOnly || part) ? NotesText(total.Notes) : null)
            {
                PartNotation = part ? total.Notation : null,
            });
        }
        return sources;
    }

    /// <summary>The notes of a source's notation rows as one text (a single note as it was written), or null when there are none.</summary>
    private static LineText? NotesText(IReadOnlyList<LineText> notes)
    {
        var distinct = notes.Distinct().ToList();
        return distinct.Count switch { 0 => null, 1 => distinct[0], _ => LineText.Join("; ", distinct) };
    }

    private static bool IsSortedById(IReadOnlyList<ActivityRecord> records)
    {
        for (int i = 1; i < records.Count; i++)
        {
            if (records[i].Id < records[i - 1].Id)
            {
                return false;
            }
        }
        return true;
    }

    private IEnumerable<EmissionLine> ComputedLines(EmissionSource source)
    {
        if (!activities.TryGetValue(source.Activity, out var activity))
        {
            return [NoMethod(source, Say.Text(nameof(CoreText.ActivityNotInVocabulary), source.Activity))];
        }
        if (source.Notation is { } key)
        {
            return NotationLines(source, activity, key);
        }
        return activity.Kind switch
        {
            // Feedstock is non-energy use wherever it is entered; autoproducer fuel is burnt and accounted as any combustion.
            ActivityKind.Fuel when source.Use == FuelUse.Feedstock => NonEnergyUseMethod.Compute(source, activity, context),
            ActivityKind.Fuel when source.Category.IsWithin("1.A") => FuelCombustionMethod.Compute(source, activity, context),
            ActivityKind.Secondary => [PurchasedEnergyMethod.Compute(source, context)],
            ActivityKind.Output => [],
            // Indicators are data for intensities and targets (category 0): a source of the run, never a line.
            ActivityKind.Indicator => [],
            _ => [NoMethod(source, Say.Text(nameof(CoreText.NoMethodYet), Say.Activity(source.Activity, activity), source.Category.Value))],
        };
    }

    /// <summary>The lines of a source whose records are all notation keys: the key on every gas the method would report, never 0.</summary>
    private IEnumerable<EmissionLine> NotationLines(EmissionSource source, ActivityDefinition activity, NotationKey key)
    {
        var reason = source.NotationNote ?? Say.Text(nameof(CoreText.NoReasonGiven));
        if (activity.Kind == ActivityKind.Fuel && source.Use == FuelUse.Feedstock)
        {
            // A feedstock row under a key keeps its key in the territorial view too (issue 15: NO is none, NE unknown, never IE pointing at
            // a balance that does not exist), and the memo carries it so the non-energy use lists the activity under it, never as 0.
            return Gas.Greenhouse.Select(gas => EmissionLine.UnderNotationKey(source, gas, EmissionScope.Territorial, key, NotationMethod, reason))
                .Append(EmissionLine.UnderNotationKey(source, Gas.CO2, EmissionScope.Memo, key, NotationMethod, reason));
        }
        if (activity.Kind == ActivityKind.Indicator)
        {
            // An indicator written as NE or C (confidential GDP) stays on its source with its reason; it is no emission.
            return [];
        }
        if (activity.Kind == ActivityKind.Output)
        {
            // An NE electricity_generation/heat_supply row is an output, not an emission: a memo line (never in a territorial total)
            // keeps its key for the bridge, which says "generation NE", not "generation 0".
            return [EmissionLine.UnderNotationKey(source, Gas.CO2, EmissionScope.Memo, key, NotationMethod, reason)];
        }
        if (!IsBuiltIn(activity, source) && context.Methods.Find(source.Category, activity, source.Use) is { } method)
        {
            // A source routed to a registry method under a key: the key on every substance the method reports.
            return method.Gases.Select(gas => EmissionLine.UnderNotationKey(source, gas, EmissionScope.Territorial, key, NotationMethod, reason));
        }
        if (activity.Kind == ActivityKind.Fuel && source.Category.IsWithin("1.A"))
        {
            // A bunker under a key is a memo item on every gas, and a biomass fuel's CO2 is (issue 15): never a territorial NE or NO.
            return Gas.Greenhouse.Select(gas => EmissionLine.UnderNotationKey(source, gas, MemoItems.ScopeOf(source.Category, source.Activity, gas), key, NotationMethod, reason));
        }
        var (gases, scope) = activity.Kind switch
        {
            ActivityKind.Secondary => ((IReadOnlyList<Gas>)[Gas.CO2], EmissionScope.Indirect),
            _ => ([Gas.CO2], EmissionScope.Territorial),
        };
        return gases.Select(gas => EmissionLine.UnderNotationKey(source, gas, scope, key, NotationMethod, reason));
    }

    /// <summary>The method label of a line that carries a notation key written in the activity data.</summary>
    public const string NotationMethod = "notation key from the activity data (IPCC 2006 Vol. 1 Ch. 8.2.2)";

    /// <summary>The method label of a line for which the engine has no method (NE).</summary>
    public const string NoMethodLabel = "none";

    private static EmissionLine NoMethod(EmissionSource source, LineText reason) =>
        EmissionLine.UnderNotationKey(source, Gas.CO2, EmissionScope.Territorial, NotationKey.NE, NoMethodLabel, reason);
}
