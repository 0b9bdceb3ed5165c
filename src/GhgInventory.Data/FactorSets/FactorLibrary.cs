using System.Globalization;
using System.Security.Cryptography;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.FactorSets;

/// <summary>Reads factor sets: the bundled library (emission-factors/) and local override files, validating every row.</summary>
public static class FactorLibrary
{
    /// <summary>Columns every factor file must have.</summary>
    public static readonly string[] RequiredColumns = ["activity", "parameter", "value", "unit", "source"];

    /// <summary>Columns a factor file may have.</summary>
    public static readonly string[] OptionalColumns =
        ["gas", "category", "region", "valid_from", "valid_to", "year", "uncertainty_pct", "table", "status"];

    /// <summary>The Chinese headers a factor file may use, by the column they stand for (read like an activity file's, <see cref="ColumnNames"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["品种"] = "activity", ["能源品种"] = "activity",
        ["参数"] = "parameter",
        ["气体"] = "gas",
        ["数值"] = "value",
        ["单位"] = "unit", ["计量单位"] = "unit",
        ["来源"] = "source",
        ["类别"] = "category", ["部门"] = "category",
        ["地区"] = "region", ["行政区划代码"] = "region",
        ["年份"] = "year",
        ["不确定性"] = "uncertainty_pct",
        ["表"] = "table",
        ["状态"] = "status",
    };

    /// <summary>Tier name of user-imported sets.</summary>
    public const string LocalTier = "local";

    /// <summary>Tier name of the GWP set.</summary>
    public const string GwpTier = "gwp";

    /// <summary>Every bundled set: those listed in emission-factors/sets.csv, then the GWP set; rows of other activities than <paramref name="activityKeys"/> are refused.</summary>
    public static IReadOnlyList<FactorSetDefinition> LoadBundled(IReadOnlySet<string> activityKeys)
    {
        ArgumentNullException.ThrowIfNull(activityKeys);
        var vocabulary = FactorVocabulary.Bundled();
        return LoadBundled(vocabulary with
        {
            Activities = vocabulary.Activities.Where(a => activityKeys.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value),
        });
    }

    /// <summary>Every bundled set, each row checked against <paramref name="vocabulary"/> and its plausible range like a local file.</summary>
    public static IReadOnlyList<FactorSetDefinition> LoadBundled(FactorVocabulary vocabulary)
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
                issues.Add(entry.Issue("rank", DataFactorText.ExpectedInteger));
                continue;
            }
            string tier = entry["tier"] ?? "";
            if (tier is not ("china_guideline" or "ipcc_default"))
            {
                issues.Add(entry.Issue("tier", DataFactorText.ExpectedTier));
                continue;
            }
            try
            {
                var bytes = BundledData.ReadAllBytes(file);
                sets.Add(Parse(file, bytes, key, tier, rank, entry["name_en"] ?? key, entry["name_zh"] ?? key, entry["edition"], entry["description"], vocabulary));
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

    /// <summary>Parses a local factor file (ghg factors import) into a new local set; values outside their plausible range are refused unless <paramref name="acceptOutlierReason"/> is given.</summary>
    public static FactorSetDefinition ParseLocal(string fileName, byte[] bytes, FactorVocabulary vocabulary, string? acceptOutlierReason = null) =>
        Parse(fileName, bytes, "local", LocalTier, 0, "Local factors from " + Path.GetFileName(fileName),
            "本地因子 " + Path.GetFileName(fileName), null, "Imported with ghg factors import", vocabulary, acceptOutlierReason);

    /// <summary>Parses one factors file, collecting every issue before rejecting it.</summary>
    public static FactorSetDefinition Parse(
        string fileName, byte[] bytes, string key, string tier, int rank, string nameEn, string nameZh,
        string? edition, string? description, FactorVocabulary vocabulary, string? acceptOutlierReason = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var table = CsvTable.Read(fileName, bytes, RequiredColumns, OptionalColumns, Aliases);
        var checker = new FactorRowChecker(vocabulary, tier != LocalTier, acceptOutlierReason);
        var factorTier = TierOf(tier);
        var issues = new List<ValidationIssue>();
        var factors = new List<Factor>();
        var seen = new Dictionary<FactorIdentity, int>();
        foreach (var row in table.Rows)
        {
            var factor = checker.Check(row, key, factorTier, rank, issues);
            if (factor is null)
            {
                continue;
            }
            var identity = FactorIdentity.Of(factor);
            if (seen.TryGetValue(identity, out int firstLine))
            {
                issues.Add(new ValidationIssue(fileName, row.Line, "parameter", identity.ToString(), Text.Format(DataFactorText.ExpectedFactorOnce, firstLine)));
                continue;
            }
            seen[identity] = row.Line;
            factors.Add(factor);
        }
        if (issues.Count > 0)
        {
            throw new InputRejectedException(issues);
        }
        string? reason = checker.Outliers.Count > 0 ? acceptOutlierReason : null;
        return new FactorSetDefinition(key, tier, rank, nameEn, nameZh, edition, description, fileName, Hash(bytes), factors, [], reason, checker.Outliers);
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
                issues.Add(row.Issue("value", DataFactorText.ExpectedPositive));
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
