using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>
/// Checks the transformation rows of a composed version (issue 12): every output (use output) needs a transformation input at
/// its category, and the outputs may hold no more carbon than the inputs (AD × NCV × CC by the active factor library).
/// </summary>
/// <remarks>
/// The carbon check reads the factor library only for a version that has both inputs and outputs at a category, so a file
/// without them costs nothing. The compile checks the balance again against the factors it uses (<see cref="CarbonBalanceMethod"/>).
/// </remarks>
internal sealed class TransformationRows(SqliteConnection connection, SqliteTransaction transaction, StoreNames names)
{
    private const long Input = (long)FuelUse.Transformation, Output = (long)FuelUse.Output;

    private FactorResolver? factors;
    private IReadOnlyDictionary<string, ActivityDefinition>? activities;

    /// <summary>The issues of one composed version: outputs without an input, and outputs holding more carbon than their inputs.</summary>
    /// <param name="fileName">The file imported.</param>
    /// <param name="version">The new version.</param>
    /// <param name="groups">Its groups per (category, activity, use), the file's and the kept stored rows.</param>
    public IEnumerable<ValidationIssue> Check(string fileName, VersionInfo version, IReadOnlyDictionary<(long Category, long Activity, long Use), GroupInfo> groups)
    {
        foreach (var issue in CoalChemicalBalances(fileName, version, groups))
        {
            yield return issue;
        }
        var numeric = groups.Where(g => g.Key.Use is Input or Output && g.Value.Shape != 0).ToList();
        if (numeric.Count == 0)
        {
            yield break;
        }
        foreach (var byCategory in numeric.GroupBy(g => g.Key.Category).OrderBy(c => c.Min(g => g.Value.FirstOwnLine)))
        {
            string category = names.Categories[byCategory.Key];
            if (ByRegistryMethod(category, byCategory))
            {
                continue; // a coal-chemical balance (issue 15): its method takes feedstock as input and checks the carbon at compile
            }
            var inputs = byCategory.Where(g => g.Key.Use == Input).ToList();
            var outputs = byCategory.Where(g => g.Key.Use == Output).ToList();
            if (inputs.Count == 0)
            {
                // Only the file's own output rows are located here; stored outputs keep their inputs, since an import never removes a row.
                foreach (var (key, group) in outputs.Where(o => o.Value.HasNumericOwn))
                {
                    yield return new ValidationIssue(fileName, checked((int)group.FirstOwnLine), "use", "output",
                        Text.Format(DataIngestText.ExpectedTransformationInput, category, names.ActivityName(key.Activity), version.Region, version.Year));
                }
                continue;
            }
            if (outputs.Count == 0 || byCategory.All(g => g.Value.FirstOwnLine == long.MaxValue))
            {
                continue; // inputs alone are NE at compile; a balance the file does not touch was checked when it was stored
            }
            if (Carbon(version, category, inputs) is not { } carbonIn || Carbon(version, category, outputs) is not { } carbonOut)
            {
                continue; // a factor is missing: the compile reports the balance NE with the reason
            }
            double cIn = carbonIn.Sum(c => c.CarbonTonnes), cOut = carbonOut.Sum(c => c.CarbonTonnes);
            if (cOut > cIn)
            {
                // At the file's first output row here, else its first input row (a correction that lowered an input).
                var own = outputs.Any(o => o.Value.FirstOwnLine != long.MaxValue) ? outputs : inputs;
                long line = own.Min(g => g.Value.FirstOwnLine);
                yield return new ValidationIssue(fileName, checked((int)line), "value", Text.Format(DataIngestText.FoundOutputCarbon, Numbers.Format(cOut)),
                    Text.Format(DataIngestText.ExpectedOutputCarbon, category, version.Region, version.Year, Numbers.Format(cIn),
                        string.Join(" + ", carbonIn.Select(c => c.Arithmetic)), string.Join(" + ", carbonOut.Select(c => c.Arithmetic))));
            }
        }
    }

    /// <summary>Issue 15: at a category routed to the coal-chemical carbon balance (2.B.8, 2.B.10), products, wastes and captured CO2 holding
    /// more carbon than the feedstock and transformation inputs, by the active factor library, located at the file's first row there
    /// (column value). Categories the file does not touch, without inputs or products, with a row under a notation key or a missing
    /// factor are left to the compile, which says NE with the reason (and refuses the same excess with region, year and category).</summary>
    private IEnumerable<ValidationIssue> CoalChemicalBalances(string fileName, VersionInfo version, IReadOnlyDictionary<(long Category, long Activity, long Use), GroupInfo> groups)
    {
        var touched = groups.Where(g => g.Value.FirstOwnLine != long.MaxValue).Select(g => g.Key.Category).ToHashSet();
        foreach (var byCategory in groups.Where(g => touched.Contains(g.Key.Category)).GroupBy(g => g.Key.Category).OrderBy(c => c.Min(g => g.Value.FirstOwnLine)))
        {
            string category = names.Categories[byCategory.Key];
            if (!ByRegistryMethod(category, byCategory) || byCategory.Any(g => g.Value.Shape == 0 || g.Value.HasNotationOwn))
            {
                continue;
            }
            EnsureFactors();
            var code = CategoryCode.Parse(category);
            var terms = new List<(bool In, double Carbon, string Text, long Line)>();
            foreach (var (key, group) in byCategory)
            {
                string activity = names.Activities[key.Activity];
                if (!activities!.TryGetValue(activity, out var definition))
                {
                    terms = null;
                    break;
                }
                var source = new EmissionSource(0, RegionCode.Parse(version.Region), version.Year, code, activity, group.Sum,
                    Core.Units.Unit.BaseOf(definition.Dimension).Symbol, [], (FuelUse)key.Use);
                bool input = definition.Kind == ActivityKind.Fuel && (FuelUse)key.Use is FuelUse.Feedstock or FuelUse.Transformation;
                if (definition.Kind == ActivityKind.Fuel)
                {
                    if (FuelCarbon.Of(source, definition, factors!, out _) is not { } fuel)
                    {
                        terms = null;
                        break;
                    }
                    terms.Add((input, fuel.CarbonTonnes, fuel.Arithmetic, group.FirstOwnLine));
                }
                else if (factors!.Resolve(new FactorQuery(activity, Core.Accounting.CoalChemical.CoalChemicalBalanceMethod.ProductCarbon, null, code, source.Region, version.Year,
                    Per: definition.Dimension)) is { } content)
                {
                    double carbon = group.Sum * content.Factor.EngineValue;
                    terms.Add((false, carbon, $"{names.ActivityName(key.Activity)} {Numbers.Format(group.Sum)} {source.BaseUnit} × {Numbers.Factor(content.Factor.EngineValue)} tC/{source.BaseUnit} = {Numbers.Format(carbon)} t C", group.FirstOwnLine));
                }
                else
                {
                    terms = null;
                    break;
                }
            }
            if (terms is null || !terms.Any(t => t.In) || !terms.Any(t => !t.In))
            {
                continue;
            }
            double cIn = terms.Where(t => t.In).Sum(t => t.Carbon), cOut = terms.Where(t => !t.In).Sum(t => t.Carbon);
            if (cOut > cIn)
            {
                var own = terms.Where(t => !t.In && t.Line != long.MaxValue).DefaultIfEmpty(terms.Where(t => t.Line != long.MaxValue).First());
                yield return new ValidationIssue(fileName, checked((int)own.Min(t => t.Line)), "value", Text.Format(CoalChemDataText.FoundCarbonOut, Numbers.Format(cOut)),
                    Text.Format(CoalChemDataText.ExpectedCarbonOut, category, Numbers.Format(cIn), version.Region, version.Year,
                        string.Join(" + ", terms.Where(t => t.In).Select(t => t.Text)), string.Join(" + ", terms.Where(t => !t.In).Select(t => t.Text))));
            }
        }
    }

    /// <summary>Loads the active factor library and the vocabulary once.</summary>
    private void EnsureFactors()
    {
        if (factors is null || activities is null)
        {
            var store = new FactorStore(connection);
            var references = new ReferenceStore(connection);
            factors = new FactorResolver(store.LoadFactors(store.ActiveSetIds(transaction), transaction), references.LoadRegions(transaction));
            activities ??= references.LoadActivities(transaction);
        }
    }

    /// <summary>True when the rows of <paramref name="category"/> are routed to a registry method that accounts fuel uses itself
    /// (<see cref="Core.Accounting.Methods.IFuelUseMethod"/>, methods.csv), not to the transformation balance checked here.</summary>
    private bool ByRegistryMethod(string category, IEnumerable<KeyValuePair<(long Category, long Activity, long Use), GroupInfo>> groups)
    {
        activities ??= new ReferenceStore(connection).LoadActivities(transaction);
        var code = CategoryCode.Parse(category);
        return groups.Any(g => activities.TryGetValue(names.Activities[g.Key.Activity], out var definition)
            && FactorSets.MethodRoutes.Registry.Find(code, definition, (FuelUse)g.Key.Use) is Core.Accounting.Methods.IFuelUseMethod);
    }

    /// <summary>The carbon of each group as one source, or null when a factor is missing for any.</summary>
    private List<FuelCarbon>? Carbon(VersionInfo version, string category, List<KeyValuePair<(long Category, long Activity, long Use), GroupInfo>> groups)
    {
        if (factors is null || activities is null)
        {
            var store = new FactorStore(connection);
            var references = new ReferenceStore(connection);
            factors = new FactorResolver(store.LoadFactors(store.ActiveSetIds(transaction), transaction), references.LoadRegions(transaction));
            activities ??= references.LoadActivities(transaction);
        }
        var result = new List<FuelCarbon>();
        foreach (var (key, group) in groups)
        {
            string activity = names.Activities[key.Activity];
            if (!activities.TryGetValue(activity, out var definition))
            {
                return null;
            }
            var source = new EmissionSource(0, RegionCode.Parse(version.Region), version.Year, CategoryCode.Parse(category), activity, group.Sum,
                Core.Units.Unit.BaseOf(definition.Dimension).Symbol, [], (FuelUse)key.Use);
            if (FuelCarbon.Of(source, definition, factors, out _) is not { } carbon)
            {
                return null;
            }
            result.Add(carbon);
        }
        return result;
    }
}
