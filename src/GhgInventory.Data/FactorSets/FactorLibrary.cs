using System.Globalization;
using System.Security.Cryptography;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.FactorSets;

/// <summary>Reads factor sets: the bundled library (emission-factors/) and local override files, validating every row.</summary>
public static class FactorLibrary
{
    /// <summary>Columns every factor file must have.</summary>
    public static readonly string[] RequiredColumns = ["activity", "parameter", "value", "unit", "source"];

    /// <summary>Columns a factor file may have.</summary>
    public static readonly string[] OptionalColumns =
        ["gas", "category", "region", "valid_from", "valid_to", "year", "uncertainty_pct", "table", "status"];

    /// <summary>Tier name of user-imported sets.</summary>
    public const string LocalTier = "local";

    /// <summary>Tier name of the GWP set.</summary>
    public const string GwpTier = "gwp";

    /// <summary>Every bundled set: those listed in emission-factors/sets.csv, then the GWP set.</summary>
    public static IReadOnlyList<FactorSetDefinition> LoadBundled(IReadOnlySet<string> activityKeys)
    {
        var manifest = CsvTable.ReadBundled("emission-factors/sets.csv", ["set_id", "tier", "rank", "name_en", "name_zh"], ["edition", "description"]);
        var sets = new List<FactorSetDefinition>();
        var issues = new List<ValidationIssue>();
        foreach (var entry in manifest.Rows)
        {
            string key = entry["set_id"] ?? "";
            string file = $"emission-factors/{key}/factors.csv";
            if (!int.TryParse(entry["rank"], CultureInfo.InvariantCulture, out int rank))
            {
                issues.Add(entry.Issue("rank", "an integer"));
                continue;
            }
            string tier = entry["tier"] ?? "";
            if (tier is not ("china_guideline" or "ipcc_default"))
            {
                issues.Add(entry.Issue("tier", "china_guideline or ipcc_default"));
                continue;
            }
            try
            {
                var bytes = BundledData.ReadAllBytes(file);
                sets.Add(Parse(file, bytes, key, tier, rank, entry["name_en"] ?? key, entry["name_zh"] ?? key, entry["edition"], entry["description"], activityKeys));
            }
            catch (InputRejectedException e)
            {
                issues.AddRange(e.Issues);
            }
        }
        if (issues.Count > 0)
        {
            throw new InputRejectedException(issues);
        }
        sets.Add(ParseGwp("emission-factors/gwp/gwp100.csv", BundledData.ReadAllBytes("emission-factors/gwp/gwp100.csv")));
        return sets;
    }

    /// <summary>Parses a local factor file (ghg factors import) into a new local set named after its content hash.</summary>
    public static FactorSetDefinition ParseLocal(string fileName, byte[] bytes, IReadOnlySet<string> activityKeys) =>
        Parse(fileName, bytes, "local", LocalTier, 0, "Local factors from " + Path.GetFileName(fileName),
            "本地因子 " + Path.GetFileName(fileName), null, "Imported with ghg factors import", activityKeys);

    /// <summary>Parses one factors file, collecting every issue before rejecting it.</summary>
    public static FactorSetDefinition Parse(
        string fileName, byte[] bytes, string key, string tier, int rank, string nameEn, string nameZh,
        string? edition, string? description, IReadOnlySet<string> activityKeys)
    {
        ArgumentNullException.ThrowIfNull(activityKeys);
        var table = CsvTable.Read(fileName, bytes, RequiredColumns, OptionalColumns);
        var factorTier = TierOf(tier);
        var issues = new List<ValidationIssue>();
        var factors = new List<Factor>();
        var seen = new Dictionary<string, int>();
        foreach (var row in table.Rows)
        {
            var factor = ParseRow(row, key, factorTier, rank, activityKeys, issues);
            if (factor is null)
            {
                continue;
            }
            string identity = string.Join('|', factor.Activity, factor.Parameter, factor.Gas, factor.Category, factor.Region, factor.ValidFrom, factor.ValidTo);
            if (seen.TryGetValue(identity, out int firstLine))
            {
                issues.Add(new ValidationIssue(fileName, row.Line, "parameter", identity.Replace('|', ','), $"a factor not already given on line {firstLine}"));
                continue;
            }
            seen[identity] = row.Line;
            factors.Add(factor);
        }
        return issues.Count > 0
            ? throw new InputRejectedException(issues)
            : new FactorSetDefinition(key, tier, rank, nameEn, nameZh, edition, description, fileName, Hash(bytes), factors, []);
    }

    private static Factor? ParseRow(CsvRow row, string key, FactorTier tier, int rank, IReadOnlySet<string> activityKeys, List<ValidationIssue> issues)
    {
        int before = issues.Count;
        string? activity = row["activity"];
        if (activity is not null && !activityKeys.Contains(activity))
        {
            issues.Add(row.Issue("activity", "an activity key of emission-factors/vocabulary/activities.csv"));
        }
        string parameter = row["parameter"] ?? "";
        if (parameter.Length == 0)
        {
            issues.Add(row.Issue("parameter", "a parameter name such as ncv, carbon_content, oxidation, ef, grid_ef"));
        }
        if (!double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
        {
            issues.Add(row.Issue("value", "a finite number ≥ 0"));
        }
        if (!FactorUnit.TryParse(row["unit"], out var unit))
        {
            issues.Add(row.Issue("unit", "a factor unit such as kJ/kg, GJ/t, tC/TJ, kgC/GJ, fraction, %, kg/TJ, kgce/kg, kgCO2/kWh"));
        }
        else if (Parameters.ExpectedKind.TryGetValue(parameter, out var kind) && unit.Numerator != kind)
        {
            issues.Add(row.Issue("unit", $"a {kind} unit for parameter {parameter}"));
        }
        string? gas = row["gas"];
        if (parameter is Parameters.EmissionFactor or Parameters.GridEmissionFactor or Parameters.HeatEmissionFactor && gas is null)
        {
            issues.Add(row.Issue("gas", $"the gas the {parameter} is for (CO2, CH4, N2O)"));
        }
        string? category = row["category"];
        if (category is not null && !CategoryCode.TryParse(category, out _))
        {
            issues.Add(row.Issue("category", "an IPCC category code like 1.A.1 or blank for all"));
        }
        string? region = row["region"];
        if (region is not null && !region.StartsWith("grid:", StringComparison.Ordinal) && !RegionCode.TryParse(region, out _))
        {
            issues.Add(row.Issue("region", "a region code, grid:<key>, or blank for everywhere"));
        }
        int? from = Year(row, "valid_from", issues) ?? Year(row, "year", issues);
        int? to = Year(row, "valid_to", issues) ?? Year(row, "year", issues);
        double? uncertainty = null;
        if (row["uncertainty_pct"] is { } u)
        {
            if (double.TryParse(u, NumberStyles.Float, CultureInfo.InvariantCulture, out double pct) && pct >= 0)
            {
                uncertainty = pct;
            }
            else
            {
                issues.Add(row.Issue("uncertainty_pct", "a percentage ≥ 0 or blank"));
            }
        }
        if (issues.Count > before)
        {
            return null;
        }
        // Id carries the file line until the store assigns the database id.
        return new Factor(row.Line, key, tier, rank, activity, parameter, gas, category, region, from, to, value, unit!, uncertainty,
            row["source"] ?? "", row["table"], row["status"] ?? (tier == FactorTier.Local ? "local (as imported)" : "unstated"));
    }

    private static int? Year(CsvRow row, string column, List<ValidationIssue> issues)
    {
        if (row[column] is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, CultureInfo.InvariantCulture, out int year) && year is >= InventoryYear.Min and <= InventoryYear.Max)
        {
            return year;
        }
        issues.Add(row.Issue(column, $"a year between {InventoryYear.Min} and {InventoryYear.Max}"));
        return null;
    }

    /// <summary>The resolution tier a stored tier name stands for.</summary>
    public static FactorTier TierOf(string tier) => tier switch
    {
        LocalTier => FactorTier.Local,
        "china_guideline" => FactorTier.ChinaGuideline,
        _ => FactorTier.IpccDefault,
    };

    /// <summary>Parses the GWP table.</summary>
    public static FactorSetDefinition ParseGwp(string fileName, byte[] bytes)
    {
        var table = CsvTable.Read(fileName, bytes, ["gwp_set", "gas", "value", "source"], ["table", "status"]);
        var issues = new List<ValidationIssue>();
        var values = new List<GwpValue>();
        foreach (var row in table.Rows)
        {
            if (!double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value <= 0)
            {
                issues.Add(row.Issue("value", "a positive number"));
                continue;
            }
            values.Add(new GwpValue(row.Line, row["gwp_set"] ?? "", row["gas"] ?? "", value, row["source"] ?? "", row["table"], row["status"] ?? "unstated"));
        }
        return issues.Count > 0
            ? throw new InputRejectedException(issues)
            : new FactorSetDefinition("gwp100", GwpTier, 0, "100-year global warming potentials", "百年全球增温潜势", null,
                "SAR, TAR, AR4, AR5, AR6", fileName, Hash(bytes), [], values);
    }

    /// <summary>SHA-256 of a file's bytes, lowercase hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
