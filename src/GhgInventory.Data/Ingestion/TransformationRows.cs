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
