using GhgInventory.Core.Reporting;
using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.FactorSets;

/// <summary>Turns one factor file row into a <see cref="Factor"/> that some method will read, or into located issues saying why no compile could use it.</summary>
/// <remarks>
/// Checked, in the order a reader fixes them: activity (key or name), parameter (<see cref="Parameters.All"/>), gas (case-insensitive,
/// stored canonical), unit (the parameter's kind, per the activity's dimension or per energy), category (a code of the tree; fuels only
/// within 1.A), region (code or exact name, stored as the code, or grid:KEY), years, and the value against its plausible range.
/// Bundled sets may carry the reference-only variants of <see cref="Parameters.All"/> and provincial codes outside the regions table.
/// </remarks>
/// <param name="vocabulary">What the row is checked against.</param>
/// <param name="bundled">True for the bundled sets (reference-only parameters allowed); false for a local file.</param>
/// <param name="acceptOutlierReason">When set, a value outside its plausible range is accepted and recorded with this reason.</param>
public sealed class FactorRowChecker(FactorVocabulary vocabulary, bool bundled, string? acceptOutlierReason)
{
    private static string SeeReadme => DataFactorText.SeeReadme;

    private readonly List<string> outliers = [];

    /// <summary>The out-of-range values accepted so far (with <c>--accept-outlier</c>), one sentence each.</summary>
    public IReadOnlyList<string> Outliers => outliers;

    /// <summary>The factor of <paramref name="row"/>, or null after adding its issues to <paramref name="issues"/>.</summary>
    public Factor? Check(CsvRow row, string setKey, FactorTier tier, int rank, List<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(issues);
        int before = issues.Count;
        var activity = Activity(row, issues);
        var spec = Parameter(row, issues);
        Gas? gas = null;
        FactorUnit? unit = null;
        if (spec is not null)
        {
            bool gasOk = GasOf(row, spec, out gas, issues);
            if (activity is not null && !spec.AppliesTo(activity))
            {
                issues.Add(row.Issue("activity", Text.Format(DataFactorText.ExpectedScope, ScopeText(spec.Activities), FactorWords.Parameter(spec.Name), FactorWords.ReadBy(spec))));
            }
            else if (gasOk)
            {
                unit = UnitOf(row, spec, activity, issues);
            }
        }
        string? category = CategoryOf(row, spec, issues);
        string? region = RegionOf(row, issues);
        // Each column read once, so a bad year is one issue, not one for each end of the range.
        int? year = Year(row, "year", issues);
        int? from = Year(row, "valid_from", issues) ?? year;
        int? to = Year(row, "valid_to", issues) ?? year;
        if (from is { } first && to is { } last && first > last)
        {
            // No inventory year lies in such a range, so no compile could read the factor.
            issues.Add(new ValidationIssue(row.File, row.Line, "valid_to", row["valid_to"] ?? last.ToString(CultureInfo.InvariantCulture),
                Text.Format(DataFactorText.ExpectedValidTo, first, last),
                Column(row, "valid_to")));
        }
        double? uncertainty = null;
        if (row["uncertainty_pct"] is { } u)
        {
            // "5%" means 5 in a column that is already in per cent; read as activity files read it.
            byte[] scratch = [];
            if (TextFields.TryPercent(System.Text.Encoding.UTF8.GetBytes(u), ref scratch, out double pct))
            {
                uncertainty = pct;
            }
            else
            {
                issues.Add(row.Issue("uncertainty_pct", DataFactorText.ExpectedPercent));
            }
        }
        if (!double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
        {
            issues.Add(row.Issue("value", DataFactorText.ExpectedFiniteNumber));
            return null;
        }
        if (issues.Count > before)
        {
            return null;
        }
        string status = row["status"] ?? (tier == FactorTier.Local ? "local (as imported)" : "unstated");
        var range = vocabulary.Ranges.Find(spec!.Name, gas?.Code, activity!.Key, unit!);
        if (range is null)
        {
            issues.Add(row.Issue("unit", Text.Format(DataFactorText.ExpectedRangeUnit, FactorWords.Parameter(spec.Name), SeeReadme)));
            return null;
        }
        if (!range.Contains(value, unit!))
        {
            string where = Text.Format(DataFactorText.RangeWhere, FactorWords.Parameter(spec.Name), ActivityNames.Of(activity), gas is { } g ? " " + g.Code : "", range.Text,
                range.Source, range.Status);
            string zero = value == 0 ? DataFactorText.RangeZero : "";
            if (acceptOutlierReason is null)
            {
                issues.Add(new ValidationIssue(row.File, row.Line, "value", $"{row["value"]} {unit!.Symbol}",
                    Text.Format(DataFactorText.ExpectedInRange, where, zero), Column(row, "value")));
                return null;
            }
            outliers.Add(Text.Format(DataFactorText.OutlierAccepted, new SourceLocation(row.File, row.Line), $"{row["value"]} {unit!.Symbol}", where));
            // The status is stored with the factor and its acceptance reason is the user's: kept in one language, as written before issue 13.
            status += $"; outside the plausible range {range.Text}, accepted: {acceptOutlierReason}";
        }
        // Id carries the file line until the store assigns the database id.
        return new Factor(row.Line, setKey, tier, rank, activity.Key, spec.Name, gas?.Code, category, region, from, to, value, unit!, uncertainty,
            row["source"] ?? "", row["table"], status);
    }

    private ActivityDefinition? Activity(CsvRow row, List<ValidationIssue> issues)
    {
        string? text = row["activity"]?.Trim();
        if (ActivityNames.Find(vocabulary.Activities, text) is { } found)
        {
            return found;
        }
        issues.Add(row.Issue("activity", Text.Format(DataFactorText.ExpectedActivity, SeeReadme, DidYouMean(text, vocabulary.Activities.Keys))));
        return null;
    }

    private ParameterSpec? Parameter(CsvRow row, List<ValidationIssue> issues)
    {
        string text = row["parameter"] ?? "";
        var spec = Parameters.Find(text);
        if (spec is not null && (bundled || !spec.ReferenceOnly))
        {
            return spec;
        }
        string why = spec is null ? "" : Text.Format(DataFactorText.ParameterReferenceOnly, text);
        issues.Add(row.Issue("parameter", Text.Format(DataFactorText.ExpectedParameter, string.Join(UiCulture.IsChinese ? "、" : ", ", Parameters.Readable.Select(FactorWords.Parameter)), why,
            DidYouMean(text, Parameters.Readable))));
        return null;
    }

    private bool GasOf(CsvRow row, ParameterSpec spec, out Gas? gas, List<ValidationIssue> issues)
    {
        gas = null;
        string? text = row["gas"]?.Trim();
        if (spec.Gases.Count == 0)
        {
            if (text is null)
            {
                return true;
            }
            issues.Add(row.Issue("gas", Text.Format(DataFactorText.ExpectedGasBlank, FactorWords.Parameter(spec.Name))));
            return false;
        }
        // The parameter's own gases first (HFC-134a, SF6 … of the F-gas parameters), then the three of the energy inventory.
        var canonical = spec.Gases.Concat(Gas.Greenhouse).Where(g => string.Equals(g.Code, text, StringComparison.OrdinalIgnoreCase)).Select(g => (Gas?)g).FirstOrDefault();
        if (canonical is { } found && (spec.Gases.Contains(found) || (bundled && Parameters.IsReferenceCo2Ef(spec.Name, found))))
        {
            gas = found;
            return true;
        }
        string accepted = string.Join(DataFactorText.GasOr, spec.Gases.Select(g => g.Code));
        string expected = canonical == Gas.CO2 && spec.Name == Parameters.EmissionFactor
            ? Text.Format(DataFactorText.ExpectedGasCo2Ef, accepted)
            : Text.Format(DataFactorText.ExpectedGasFor, accepted, FactorWords.Parameter(spec.Name));
        issues.Add(row.Issue("gas", expected));
        return false;
    }

    private static FactorUnit? UnitOf(CsvRow row, ParameterSpec spec, ActivityDefinition? activity, List<ValidationIssue> issues)
    {
        var denominators = activity is null ? [] : spec.Denominators(activity);
        string examples = activity is null ? "" : Examples(spec, denominators);
        if (!FactorUnit.TryParse(row["unit"], out var unit))
        {
            issues.Add(row.Issue("unit", Text.Format(DataFactorText.ExpectedFactorUnit, examples.Length > 0 ? Text.Format(DataFactorText.SuchAs, examples) : "", SeeReadme)));
            return null;
        }
        if (activity is null)
        {
            return null;
        }
        bool kindOk = unit.Numerator == spec.Numerator;
        bool perOk = unit.Denominator is { } d ? denominators.Contains(d) : denominators.Count == 0;
        if (kindOk && perOk)
        {
            return unit;
        }
        string measured = spec.Per == FactorPer.ActivityUnit ? Text.Format(DataFactorText.MeasuredBy, ActivityNames.Of(activity), DataWords.Dimension(activity.Dimension)) : "";
        issues.Add(row.Issue("unit", Text.Format(DataFactorText.ExpectedUnitFor, examples, FactorWords.Parameter(spec.Name), measured)));
        return null;
    }

    private string? CategoryOf(CsvRow row, ParameterSpec? spec, List<ValidationIssue> issues)
    {
        string? text = row["category"]?.Trim();
        if (text is null)
        {
            return null;
        }
        if (!vocabulary.Categories.Contains(text))
        {
            issues.Add(row.Issue("category", Text.Format(DataFactorText.ExpectedCategory, SeeReadme, CaseOnlyDidYouMean(text, vocabulary.Categories))));
            return null;
        }
        if (spec?.Activities == ActivityScope.Fuel && !CategoryCode.Parse(text).IsWithin("1.A"))
        {
            issues.Add(row.Issue("category", Text.Format(DataFactorText.ExpectedCategoryFuel, FactorWords.Parameter(spec.Name))));
            return null;
        }
        return text;
    }

    private string? RegionOf(CsvRow row, List<ValidationIssue> issues)
    {
        string? text = row["region"]?.Trim();
        if (text is null)
        {
            return null;
        }
        if (text.StartsWith("grid:", StringComparison.Ordinal))
        {
            string key = text[5..];
            bool known = vocabulary.GridKeys is { } keys ? keys.Contains(key) : key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or '_');
            if (known)
            {
                return text;
            }
            string list = vocabulary.GridKeys is { Count: > 0 } k ? string.Join(", ", k.Order(StringComparer.Ordinal).Select(g => "grid:" + g)) : "grid:north_china";
            issues.Add(row.Issue("region", Text.Format(DataFactorText.ExpectedGrid, list)));
            return null;
        }
        if (RegionNames.Find(vocabulary.Regions, text) is { } region)
        {
            return region.Code.Value;
        }
        if (bundled && RegionCode.TryParse(text, out var code) && code.Level == RegionLevel.Province)
        {
            return code.Value; // provincial grid factors of provinces outside the regions table
        }
        var codes = vocabulary.Regions.All.Select(r => r.Code.Value).ToList();
        string shown = codes.Count <= 15 ? string.Join(", ", codes) : string.Join(", ", codes.Take(15)) + ", …";
        issues.Add(row.Issue("region", Text.Format(DataFactorText.ExpectedRegion, shown)));
        return null;
    }

    private static int? Year(CsvRow row, string column, List<ValidationIssue> issues)
    {
        if (row[column] is not { } text)
        {
            return null;
        }
        // The same reading as an activity file's year column: 2023, 2023年, full-width digits.
        int year = TextFields.Year(text);
        if (year > 0)
        {
            return year;
        }
        issues.Add(row.Issue(column, Text.Format(DataFactorText.ExpectedYear, InventoryYear.Min, InventoryYear.Max)));
        return null;
    }

    private static string Examples(ParameterSpec spec, IReadOnlyList<Dimension> per) => spec.Numerator switch
    {
        QuantityKind.Ratio => DataFactorText.UnitsRatio,
        QuantityKind.Energy when per.Contains(Dimension.Volume) => DataFactorText.UnitsEnergyPerVolume,
        QuantityKind.Energy => DataFactorText.UnitsEnergyPerMass,
        QuantityKind.Carbon => DataFactorText.UnitsCarbon,
        QuantityKind.GasMass when spec.Activities == ActivityScope.Fuel => DataFactorText.UnitsGasFuel,
        QuantityKind.GasMass when spec.Activities == ActivityScope.Heat => DataFactorText.UnitsCo2Heat,
        QuantityKind.GasMass => DataFactorText.UnitsCo2Electricity,
        _ => Text.Format(DataFactorText.UnitsCoalEquivalent, string.Join(DataFactorText.DimensionOr, per.Select(DataWords.Dimension))),
    };

    private static string ScopeText(ActivityScope scope) => scope switch
    {
        ActivityScope.Fuel => DataFactorText.ScopeFuel,
        ActivityScope.Electricity => DataFactorText.ScopeElectricity,
        ActivityScope.Heat => DataFactorText.ScopeHeat,
        _ => DataFactorText.ScopeEnergy,
    };

    private static string DidYouMean(string? found, IEnumerable<string> candidates) =>
        found is not null && NearMiss.Suggest(found, candidates) is { } s ? Text.Format(DataFactorText.DidYouMean, s) : "";

    // A code one edit away is another sector (2.A.1 is not 1.A.1): suggest only the same code in another letter case.
    private static string CaseOnlyDidYouMean(string found, IEnumerable<string> codes) =>
        codes.FirstOrDefault(c => string.Equals(c, found, StringComparison.OrdinalIgnoreCase)) is { } s ? Text.Format(DataFactorText.DidYouMean, s) : "";

    private static int? Column(CsvRow row, string column)
    {
        int index = row.Header.ToList().IndexOf(column);
        return index >= 0 ? index + 1 : null;
    }
}
