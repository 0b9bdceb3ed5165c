using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Number formats shared by the renderers; invariant culture so output is the same on every machine.</summary>
public static class Format
{
    /// <summary>Tonnes with thousands separators and no decimals.</summary>
    public static string Tonnes(double tonnes) => tonnes.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Tonnes with up to <paramref name="decimals"/> decimals (small masses of CH4 and N2O).</summary>
    public static string Tonnes(double tonnes, int decimals) => tonnes.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A signed amount with up to <paramref name="decimals"/> decimals: <c>+12.5</c>, <c>-3</c>, <c>0</c>.</summary>
    public static string WithSign(double value, int decimals) =>
        (value > 0 ? "+" : "") + value.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A number with exactly <paramref name="decimals"/> decimals and thousands separators: <c>1,234.5</c>.</summary>
    public static string Fixed(double value, int decimals) =>
        (value + 0.0).ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>A mass in tonnes shown in <paramref name="unit"/>: 万吨 with one decimal (28,174.1), or tonnes with none.</summary>
    public static string InUnit(double tonnes, ReportUnit unit) => Fixed(tonnes / unit.Scale(), unit.Decimals());

    /// <summary>A share as a percentage with up to two decimals: 0.01 → <c>1%</c>.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A signed share as a percentage with two decimals: -0.0312 → <c>-3.12%</c>.</summary>
    public static string SignedPercent(double share) => (share > 0 ? "+" : "") + (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number in round-trip form, for CSV and JSON.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The stored and printed text of a view: territorial, indirect or memo.</summary>
    public static string Scope(Core.Accounting.EmissionScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>The text of a row's use as the <c>use</c> column writes it: combustion, autoproducer, feedstock, transformation, output.</summary>
    public static string Use(Core.Domain.FuelUse use) => use.ToString().ToLowerInvariant();

    /// <summary>A gas cell as a report shows it: the number, the number with its NE/C parts (<c>28,174.1 + NE</c>), or the key alone when no line has a number (never 0), or – when the cell has no line at all.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="decimals">Decimals of the number.</param>
    /// <param name="scale">Divisor of the number (1e4 for 万吨).</param>
    /// <param name="compact">True for narrow year columns: <c>28,174.1+NE</c>, without the spaces.</param>
    /// <param name="fixedPoint">True to show every decimal (<c>852.0</c>) even in tonnes, where by default trailing zeros are dropped (<c>852</c>); a scaled number always shows them.</param>
    public static string Cell(Core.Reporting.GasCell cell, int decimals = 0, double scale = 1, bool compact = false, bool fixedPoint = false)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!cell.HasNumber && cell.Keys.Count == 0)
        {
            return "–"; // no line of this gas at all (3.A.1 has no N2O): a dash, as the HTML report shows it, never a 0 nothing was computed for
        }
        if (cell.OnlyKey is { } key)
        {
            return key.ToString();
        }
        string number = (cell.Tonnes / scale).ToString(decimals == 0 ? "#,0" : "#,0." + new string(scale == 1 && !fixedPoint ? '#' : '0', decimals), CultureInfo.InvariantCulture);
        var incomplete = cell.IncompleteBecause;
        return incomplete.Count == 0 ? number : number + (compact ? "+" : " + ") + string.Join(compact ? "+" : " + ", incomplete);
    }

    /// <summary>The amount subtracted in a bridge row, <c>−value</c>, without a negative zero: nothing removed prints <c>0</c>, never <c>-0</c>.</summary>
    /// <remarks>IEEE 754: −0 + (+0) = +0, so adding 0.0 turns the −0 of a negated 0 into 0 and leaves every other value as it is.</remarks>
    public static double Minus(double value) => -value + 0.0;

    /// <summary>A cell subtracted in a bridge: its key alone, or minus its number with its NE/C parts (never <c>-0</c>).</summary>
    public static string Negated(Core.Reporting.GasCell cell, int decimals = 0, double scale = 1, bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.OnlyKey is { } key ? key.ToString() : Cell(cell with { Tonnes = Minus(cell.Tonnes) }, decimals, scale, compact);
    }

    /// <summary>Years as short ranges: <c>2015–2017, 2020</c>.</summary>
    public static string Years(IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var sorted = years.Distinct().Order().ToList();
        var parts = new List<string>();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }
            parts.Add(j == i ? sorted[i].ToString(CultureInfo.InvariantCulture) : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    /// <summary>"⚠ 鄂尔多斯市 2020 is incomplete: 8 of 9 banners/districts have no data: …", or nothing when <paramref name="coverage"/> is complete or unknown;
    /// in the language of <paramref name="n"/> (the UI culture's without it).</summary>
    public static IEnumerable<string> Incomplete(Core.Reporting.Coverage? coverage, ReportNames? n = null)
    {
        if (coverage is null || coverage.Complete)
        {
            yield break;
        }
        string missing = string.Join(", ", coverage.Missing.Select(r => $"{r.NameZh} {r.Code}"));
        yield return coverage.Expected == 1 && coverage.Missing[0].Code == coverage.Region.Code
            ? Text.Format(R(n, nameof(ReportText.IncompleteNoData)), coverage.Region.NameZh, coverage.Year)
            : Text.Format(R(n, nameof(ReportText.IncompleteParts)), coverage.Region.NameZh, coverage.Year, coverage.Missing.Count, coverage.Expected, missing);
    }

    /// <summary>The lines that start a compile or report while flags stand: "⚠ …" each.</summary>
    public static IEnumerable<string> Warnings(IReadOnlyCollection<Core.Reporting.QualityFlag> flags)
        => Warnings(null, flags);

    /// <summary>"⚠ run #N is out of date …" and its reasons, or nothing when <paramref name="staleBecause"/> is empty.</summary>
    /// <param name="runId">The run shown.</param>
    /// <param name="year">The year shown.</param>
    /// <param name="region">The region shown.</param>
    /// <param name="staleBecause">The reasons.</param>
    /// <param name="dbOption">" --db FILE" to repeat in the suggested command when the database is not the default one, else empty.</param>
    /// <param name="n">The report's language for the heading (the UI culture's without it); the reasons are as given.</param>
    public static IEnumerable<string> Stale(long runId, int year, string region, IReadOnlyCollection<string> staleBecause, string dbOption = "", ReportNames? n = null)
    {
        ArgumentNullException.ThrowIfNull(staleBecause);
        if (staleBecause.Count == 0)
        {
            yield break;
        }
        yield return Text.Format(R(n, nameof(ReportText.StaleHeading)), runId, year, region, dbOption);
        foreach (var reason in staleBecause.Take(20))
        {
            yield return $"  ⚠ {reason}";
        }
        if (staleBecause.Count > 20)
        {
            yield return Text.Format(R(n, nameof(ReportText.StaleMore)), staleBecause.Count - 20);
        }
    }

    /// <summary>The lines that start a report: first that its run is provisional (快报) when it is, then whether it is out of date (when <paramref name="summary"/> is given), then flags;
    /// headings in the language of <paramref name="n"/> (the UI culture's without it, as compile prints them).</summary>
    public static IEnumerable<string> Warnings(Core.Reporting.InventorySummary? summary,
        IReadOnlyCollection<Core.Reporting.QualityFlag> flags, string dbOption = "", ReportNames? n = null)
    {
        ArgumentNullException.ThrowIfNull(flags);
        if (summary is not null)
        {
            // Issue 14: a provisional run (快报) says so before anything else.
            if (RunStatusText.Banner(summary, n) is { } provisional)
            {
                yield return provisional;
            }
            // Whether this is the right run comes first, then whether it is the whole region.
            foreach (var line in Stale(summary.RunId, summary.Year, summary.Region.Code.Value, summary.StaleBecause, dbOption, n))
            {
                yield return line;
            }
            foreach (var line in Incomplete(summary.Coverage, n))
            {
                yield return line;
            }
        }
        if (flags.Count > 0)
        {
            yield return Text.Format(R(n, nameof(ReportText.FlagsHeading)), flags.Count);
            foreach (var f in flags.Take(20))
            {
                yield return $"  ⚠ {f}";
            }
            if (flags.Count > 20)
            {
                yield return Text.Format(R(n, nameof(ReportText.FlagsMore)), flags.Count - 20);
            }
        }
    }

    /// <summary>The text of a <c>ReportText</c> key in the language of <paramref name="n"/>, or of the current UI culture when there is no report language (compile).</summary>
    private static string R(ReportNames? n, string key) => ReportText.ResourceManager.GetString(key, n?.Culture ?? CultureInfo.CurrentUICulture) ?? key;
}
