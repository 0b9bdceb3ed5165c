using System.Globalization;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;

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
    private const string SeeReadme = "see emission-factors/README.md";

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
                issues.Add(row.Issue("activity", $"{ScopeText(spec.Activities)}: {spec.Name} is read by {spec.ReadBy} only for those"));
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
                $"a year at or after valid_from {first}: the row is valid from {first} to {last}, a range no inventory year lies in; swap the two years or correct one",
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
                issues.Add(row.Issue("uncertainty_pct", "a percentage ≥ 0 such as 5 or 5%, or blank"));
            }
        }
        if (!double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
        {
            issues.Add(row.Issue("value", "a finite number ≥ 0"));
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
            issues.Add(row.Issue("unit", $"a unit for which emission-factors/plausible-ranges.csv gives a range of {spec.Name} ({SeeReadme})"));
            return null;
        }
        if (!range.Contains(value, unit!))
        {
            string where = $"{spec.Name} of {activity.Key}{(gas is { } g ? " " + g.Code : "")} within {range.Text} ({range.Source}; {range.Status})";
            string zero = value == 0 ? " (0 is not physical: a factor of 0 makes these emissions vanish)" : "";
            if (acceptOutlierReason is null)
            {
                issues.Add(new ValidationIssue(row.File, row.Line, "value", $"{row["value"]} {unit!.Symbol}",
                    $"the {where}{zero}; if the value is right, import with --accept-outlier \"reason\"", Column(row, "value")));
                return null;
            }
            outliers.Add($"{row.File}:{row.Line}: {row["value"]} {unit!.Symbol}, outside the plausible {where}");
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
        issues.Add(row.Issue("activity", "an activity key or name of emission-factors/vocabulary/activities.csv (raw_coal, natural_gas, electricity, heat, …; "
            + SeeReadme + "): every factor is read for one activity" + DidYouMean(text, vocabulary.Activities.Keys)));
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
        string why = spec is null ? "" : $" ({text} is a published variant kept for reference; no method reads it)";
        issues.Add(row.Issue("parameter", $"one of {string.Join(", ", Parameters.Readable)}{why}{DidYouMean(text, Parameters.Readable)}"));
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
            issues.Add(row.Issue("gas", $"blank: {spec.Name} is not given per gas"));
            return false;
        }
        var canonical = Gas.Greenhouse.Where(g => string.Equals(g.Code, text, StringComparison.OrdinalIgnoreCase)).Select(g => (Gas?)g).FirstOrDefault();
        if (canonical is { } found && (spec.Gases.Contains(found) || (bundled && Parameters.IsReferenceCo2Ef(spec.Name, found))))
        {
            gas = found;
            return true;
        }
        string accepted = string.Join(" or ", spec.Gases.Select(g => g.Code));
        string expected = canonical == Gas.CO2 && spec.Name == Parameters.EmissionFactor
            ? $"{accepted}: no method reads a CO2 ef of a fuel; combustion CO2 is computed from ncv × carbon_content × oxidation × 44/12,"
                + " so give carbon_content (tC/TJ) and oxidation (fraction or %), and ncv if measured; ef is read for CH4 and N2O per energy (kg/TJ)"
            : $"{accepted} (the gas {spec.Name} is read for)";
        issues.Add(row.Issue("gas", expected));
        return false;
    }

    private static FactorUnit? UnitOf(CsvRow row, ParameterSpec spec, ActivityDefinition? activity, List<ValidationIssue> issues)
    {
        var denominators = activity is null ? [] : spec.Denominators(activity);
        string examples = activity is null ? "" : Examples(spec, denominators);
        if (!FactorUnit.TryParse(row["unit"], out var unit))
        {
            issues.Add(row.Issue("unit", $"a factor unit{(examples.Length > 0 ? " such as " + examples : "")} ({SeeReadme})"));
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
        string measured = spec.Per == FactorPer.ActivityUnit ? $" ({activity.Key} is measured by {activity.Dimension.ToString().ToLowerInvariant()})" : "";
        issues.Add(row.Issue("unit", $"{examples} for {spec.Name}{measured}"));
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
            issues.Add(row.Issue("category", $"a code of the category tree (emission-factors/vocabulary/categories.csv; {SeeReadme}) or blank for all"
                + CaseOnlyDidYouMean(text, vocabulary.Categories)));
            return null;
        }
        if (spec?.Activities == ActivityScope.Fuel && !CategoryCode.Parse(text).IsWithin("1.A"))
        {
            issues.Add(row.Issue("category", $"a category within 1.A (fuel combustion) or blank: {spec.Name} is read only by fuel combustion"));
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
            issues.Add(row.Issue("region", $"a known grid ({list})"));
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
        issues.Add(row.Issue("region", $"a region code, or a Chinese or English name of the regions table (any ASCII case) ({shown}), grid:KEY, or blank for everywhere"));
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
        issues.Add(row.Issue(column, $"a year between {InventoryYear.Min} and {InventoryYear.Max} (2023 or 2023年)"));
        return null;
    }

    private static string Examples(ParameterSpec spec, IReadOnlyList<Dimension> per) => spec.Numerator switch
    {
        QuantityKind.Ratio => "fraction (0.94) or % (94)",
        QuantityKind.Energy when per.Contains(Dimension.Volume) => "an energy per volume unit: GJ/10^4 m3, kJ/m3, MJ/m3, kcal/m3, 千卡/立方米",
        QuantityKind.Energy => "an energy per mass unit: GJ/t, kJ/kg, TJ/Gg, kcal/kg, 大卡/千克",
        QuantityKind.Carbon => "a carbon per energy unit: tC/TJ, kgC/GJ",
        QuantityKind.GasMass when spec.Activities == ActivityScope.Fuel => "a gas mass per energy unit: kg/TJ, g/GJ",
        QuantityKind.GasMass when spec.Activities == ActivityScope.Heat => "a CO2 mass per energy unit: tCO2/GJ, kgCO2/GJ",
        QuantityKind.GasMass => "a CO2 mass per energy unit: kgCO2/kWh, tCO2/MWh",
        _ => "a coal-equivalent unit per " + string.Join(" or ", per.Select(d => d.ToString().ToLowerInvariant())) + ": kgce/kg, kgce/m3, kgce/kWh, gce/kWh",
    };

    private static string ScopeText(ActivityScope scope) => scope switch
    {
        ActivityScope.Fuel => "a fuel",
        ActivityScope.Electricity => "electricity",
        ActivityScope.Heat => "heat",
        _ => "a fuel, electricity or heat",
    };

    private static string DidYouMean(string? found, IEnumerable<string> candidates) =>
        found is not null && NearMiss.Suggest(found, candidates) is { } s ? $"; did you mean '{s}'?" : "";

    // A code one edit away is another sector (2.A.1 is not 1.A.1): suggest only the same code in another letter case.
    private static string CaseOnlyDidYouMean(string found, IEnumerable<string> codes) =>
        codes.FirstOrDefault(c => string.Equals(c, found, StringComparison.OrdinalIgnoreCase)) is { } s ? $"; did you mean '{s}'?" : "";

    private static int? Column(CsvRow row, string column)
    {
        int index = row.Header.ToList().IndexOf(column);
        return index >= 0 ? index + 1 : null;
    }
}
