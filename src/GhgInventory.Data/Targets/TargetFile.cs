using System.Globalization;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Targets;

/// <summary>Reads a targets file (<c>samples/ordos/targets.csv</c>): one quantitative target of a plan a row, each with its source.</summary>
/// <remarks>
/// Columns: <c>region,indicator,rule,base_year,target_year,kind,value,unit,source,note</c> (<c>rule</c>, <c>value</c> and <c>note</c> may be
/// blank; <c>rule</c> <c>*</c> scores every rule the indicator is computed under). <c>kind</c>: <c>change</c> (value in % against the base
/// year), <c>at_most</c>, <c>at_least</c>, <c>cap</c>, <c>reported</c>. UTF-8 or GB18030. The file is read whole or refused: every problem
/// is a <see cref="ValidationIssue"/> with line, column, the value found and what was expected.
/// Issue 14: the rule of an indicator the engine computes must be one of its documented rules (<see cref="Core.Energy.EnergyRule.Names"/> for
/// energy, <see cref="Core.Energy.Co2Rules"/> names for CO2, also <c>territorial</c> for CO2 per capita) or <c>*</c>; a blank rule, or a
/// file without the <c>rule</c> column, is refused for those indicators (decision: no default rule is assumed, since the national rule
/// changed in 2024 and a silent default would score the wrong total); an indicator without rules takes a blank rule or <c>*</c>. A share
/// (%) is 0–100; a change is above −100 % and at most +<see cref="MaxChangePct"/> %; any other level 0–<see cref="MaxLevel"/>. The same target
/// for every rule (<c>*</c>) and for one rule is refused, naming both lines.
/// </remarks>
public static class TargetFile
{
    /// <summary>The columns a targets file must have.</summary>
    public static readonly string[] Required = ["region", "indicator", "base_year", "target_year", "kind", "unit", "source"];

    /// <summary>The columns a targets file may have.</summary>
    public static readonly string[] Optional = ["rule", "value", "note"];

    /// <summary>The largest change a target may set, %: +1000 % (elevenfold) is beyond any plan target; more is a typing error.</summary>
    public const double MaxChangePct = 1000;

    /// <summary>The largest level a target may set, in the indicator's unit (1e12: above any regional total in t or tce).</summary>
    public const double MaxLevel = 1e12;

    private static readonly HashSet<string> EnergyRuled = new(StringComparer.Ordinal) { IntensityIndicators.EnergyTotal, IntensityIndicators.EnergyIntensity };

    private static readonly HashSet<string> Co2Ruled = new(StringComparer.Ordinal)
    {
        IntensityIndicators.Co2Target, IntensityIndicators.Co2Intensity, IntensityIndicators.Co2PerCapita,
    };

    private static readonly HashSet<string> Shares = new(StringComparer.Ordinal)
    {
        IntensityIndicators.CoalShare, IntensityIndicators.NonFossilShare, IntensityIndicators.ElectricityShareFinal,
        IntensityIndicators.RenewableCapacityShare, IntensityIndicators.RenewableConsumptionShare,
    };

    private static readonly HashSet<string> Unruled = new(StringComparer.Ordinal)
    {
        IntensityIndicators.CoalShare, IntensityIndicators.NonFossilShare, IntensityIndicators.ElectricityShareFinal,
        IntensityIndicators.RenewableCapacityShare, IntensityIndicators.RenewableConsumptionShare, IntensityIndicators.RenewableCapacity,
        IntensityIndicators.IndustryEnergyIntensity,
    };

    private static readonly Dictionary<string, TargetKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["change"] = TargetKind.Change, ["at_most"] = TargetKind.AtMost, ["<="] = TargetKind.AtMost, ["at_least"] = TargetKind.AtLeast,
        [">="] = TargetKind.AtLeast, ["cap"] = TargetKind.Cap, ["reported"] = TargetKind.Reported,
    };

    /// <summary>The targets of <paramref name="bytes"/> (file <paramref name="file"/>), regions named by code or exact name in <paramref name="regions"/>.</summary>
    /// <exception cref="InputRejectedException">The file has problems; all of them are listed, located.</exception>
    public static IReadOnlyList<Target> Read(string file, byte[] bytes, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var table = CsvTable.Read(file, bytes, Required, Optional);
        var issues = new List<ValidationIssue>();
        var targets = new List<Target>();
        var seen = new Dictionary<(RegionCode, string, string, int, int, TargetKind), int>();
        var anyRule = new Dictionary<(RegionCode, string, int, int, TargetKind), List<(string Rule, int Line)>>();
        foreach (var row in table.Rows)
        {
            int before = issues.Count;
            var region = TargetRows.Region(row, regions, issues);
            string indicator = row["indicator"] ?? "";
            if (!TargetRows.IsKey(indicator))
            {
                issues.Add(row.Issue("indicator", TargetDataText.ExpectedIndicator));
            }
            string rule = row["rule"] ?? "";
            if (RuleExpected(indicator, rule) is { } expectedRule)
            {
                issues.Add(row.Issue(table.Header.Contains("rule") ? "rule" : "indicator", expectedRule));
            }
            if (Unruled.Contains(indicator) && rule == Target.AnyRule)
            {
                rule = "";
            }
            int? baseYear = TargetRows.Year(row, "base_year", issues);
            int? targetYear = TargetRows.Year(row, "target_year", issues);
            if (baseYear is { } b && targetYear is { } t && t <= b)
            {
                issues.Add(row.Issue("target_year", Text.Format(TargetDataText.ExpectedLaterYear, "base_year", b)));
            }
            TargetKind? kind = Kinds.TryGetValue(row["kind"] ?? "", out var k) ? k : null;
            if (kind is null)
            {
                issues.Add(row.Issue("kind", TargetDataText.ExpectedKind));
            }
            double? value = null;
            if (row["value"] is { } text)
            {
                value = TargetRows.Number(row, "value", issues);
            }
            else if (kind is not null and not TargetKind.Reported)
            {
                issues.Add(row.Issue("value", TargetDataText.ExpectedValueForKind));
            }
            string unit = row["unit"] ?? "";
            if (kind == TargetKind.Change)
            {
                if (value is { } v && (v <= -100 || v == 0))
                {
                    issues.Add(row.Issue("value", TargetDataText.ExpectedChange));
                }
                else if (value > MaxChangePct)
                {
                    issues.Add(row.Issue("value", Text.Format(TargetDataText.ExpectedChangeBound, MaxChangePct)));
                }
                if (unit != "%")
                {
                    issues.Add(row.Issue("unit", TargetDataText.ExpectedPercent));
                }
            }
            else if (kind is TargetKind.AtMost or TargetKind.AtLeast or TargetKind.Cap && value is { } level)
            {
                if (Shares.Contains(indicator) && level is < 0 or > 100)
                {
                    issues.Add(row.Issue("value", Text.Format(TargetDataText.ExpectedShare, indicator)));
                }
                else if (level is < 0 or > MaxLevel)
                {
                    issues.Add(row.Issue("value", Text.Format(TargetDataText.ExpectedLevelBound, MaxLevel.ToString("0.#e0", CultureInfo.InvariantCulture))));
                }
            }
            if (row["source"] is null)
            {
                issues.Add(row.Issue("source", TargetDataText.ExpectedSource));
            }
            if (issues.Count > before || region is not { } r || baseYear is not { } by || targetYear is not { } ty || kind is not { } kd)
            {
                continue;
            }
            var key = (r, indicator, rule, by, ty, kd);
            if (seen.TryGetValue(key, out int firstLine))
            {
                issues.Add(row.Issue("indicator", Text.Format(TargetDataText.ExpectedUniqueTarget, firstLine)));
                continue;
            }
            seen[key] = row.Line;
            var family = (r, indicator, by, ty, kd);
            if (!anyRule.TryGetValue(family, out var rules))
            {
                anyRule[family] = rules = [];
            }
            if (rules.FirstOrDefault(o => (o.Rule == Target.AnyRule) != (rule == Target.AnyRule)) is { Line: > 0 } clash)
            {
                issues.Add(row.Issue(table.Header.Contains("rule") ? "rule" : "indicator",
                    Text.Format(TargetDataText.ExpectedNotContradictory, clash.Line, clash.Rule, rule)));
                continue;
            }
            rules.Add((rule, row.Line));
            targets.Add(new Target(r, indicator, rule, by, ty, kd, value, unit, row["source"]!, row["note"] ?? "",
                string.Create(CultureInfo.InvariantCulture, $"{file}:{row.Line}")));
        }
        return issues.Count > 0 ? throw new InputRejectedException(issues) : targets;
    }

    /// <summary>What the rule of <paramref name="indicator"/> should be when <paramref name="rule"/> is not a documented one; null when it is
    /// (or the indicator is not one the engine computes: a reported target's descriptive key).</summary>
    private static string? RuleExpected(string indicator, string rule)
    {
        if (EnergyRuled.Contains(indicator))
        {
            return rule == Target.AnyRule || Core.Energy.EnergyRule.Parse(rule) is not null ? null
                : Text.Format(TargetDataText.ExpectedEnergyRule, indicator, string.Join(", ", Core.Energy.EnergyRule.Names));
        }
        if (Co2Ruled.Contains(indicator))
        {
            bool territorial = indicator == IntensityIndicators.Co2PerCapita && rule == IntensityIndicators.Territorial;
            return rule == Target.AnyRule || territorial || Core.Energy.Co2Rules.Parse(rule) is not null ? null
                : Text.Format(TargetDataText.ExpectedCo2Rule, indicator, string.Join(", ", Co2RuleNames(indicator)));
        }
        return Unruled.Contains(indicator) && rule.Length > 0 && rule != Target.AnyRule ? Text.Format(TargetDataText.ExpectedNoRule, indicator) : null;
    }

    private static IEnumerable<string> Co2RuleNames(string indicator)
    {
        yield return Core.Energy.Co2Rules.NationalGridName;
        yield return Core.Energy.Co2Rules.RegionGridName;
        if (indicator == IntensityIndicators.Co2PerCapita)
        {
            yield return IntensityIndicators.Territorial;
        }
    }
}
