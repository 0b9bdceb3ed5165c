using System.Globalization;

namespace GhgInventory.Reports;

/// <summary>Number formats shared by the renderers; invariant culture so output is the same on every machine.</summary>
public static class Format
{
    /// <summary>Tonnes with thousands separators and no decimals.</summary>
    public static string Tonnes(double tonnes) => tonnes.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Tonnes with up to <paramref name="decimals"/> decimals (small masses of CH4 and N2O).</summary>
    public static string Tonnes(double tonnes, int decimals) => tonnes.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>Millions of tonnes with two decimals.</summary>
    public static string Megatonnes(double tonnes) => (tonnes / 1e6).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A number in round-trip form, for CSV and JSON.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The stored and printed text of a view: territorial, indirect or memo.</summary>
    public static string Scope(Core.Accounting.EmissionScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>A value or its notation key.</summary>
    public static string TonnesOr(double? tonnes, string? notation, int decimals = 0) =>
        tonnes is { } t ? Tonnes(t, decimals) : notation ?? "";

    /// <summary>The lines that start a compile or report while flags stand: "⚠ …" each.</summary>
    public static IEnumerable<string> Warnings(IReadOnlyCollection<Core.Reporting.QualityFlag> flags)
        => Warnings(null, flags);

    /// <summary>"⚠ run #N is out of date …" and its reasons, or nothing when <paramref name="staleBecause"/> is empty.</summary>
    /// <param name="runId">The run shown.</param>
    /// <param name="year">The year shown.</param>
    /// <param name="region">The region shown.</param>
    /// <param name="staleBecause">The reasons.</param>
    /// <param name="dbOption">" --db FILE" to repeat in the suggested command when the database is not the default one, else empty.</param>
    public static IEnumerable<string> Stale(long runId, int year, string region, IReadOnlyCollection<string> staleBecause, string dbOption = "")
    {
        ArgumentNullException.ThrowIfNull(staleBecause);
        if (staleBecause.Count == 0)
        {
            yield break;
        }
        yield return $"⚠ run #{runId} is out of date: its inputs changed after it was compiled, and it is shown as it was; "
            + $"'ghg compile --year {year} --region {region}{dbOption}' makes a current inventory:";
        foreach (var reason in staleBecause.Take(20))
        {
            yield return $"  ⚠ {reason}";
        }
        if (staleBecause.Count > 20)
        {
            yield return $"  … and {staleBecause.Count - 20} more";
        }
    }

    /// <summary>The lines that start a report: first whether its run is out of date (when <paramref name="summary"/> is given), then flags.</summary>
    public static IEnumerable<string> Warnings(Core.Reporting.InventorySummary? summary,
        IReadOnlyCollection<Core.Reporting.QualityFlag> flags, string dbOption = "")
    {
        ArgumentNullException.ThrowIfNull(flags);
        if (summary is not null)
        {
            foreach (var line in Stale(summary.RunId, summary.Year, summary.Region.Code.Value, summary.StaleBecause, dbOption))
            {
                yield return line;
            }
        }
        if (flags.Count > 0)
        {
            yield return $"⚠ {flags.Count} plausibility flag(s) on the activity data of this inventory (accept each with 'ghg data accept-flag ID --reason \"…\"' once checked):";
            foreach (var f in flags.Take(20))
            {
                yield return $"  ⚠ {f}";
            }
            if (flags.Count > 20)
            {
                yield return $"  … and {flags.Count - 20} more ('ghg data' lists them)";
            }
        }
    }
}
