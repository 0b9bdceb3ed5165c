using GhgInventory.Core.Accounting;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Reports;

/// <summary>Renders a summary's lines as CSV, one line per row with its factors, for spreadsheets.</summary>
public static class CsvReport
{
    /// <summary>The header row.</summary>
    public const string Header = "run,region,year,category,category_name,activity,activity_name,gas,scope,mass_t,co2e_t,gwp,notation_key,method,factors,note";

    /// <summary>The header row in the language of <paramref name="names"/> (<c>运行,地区,年份,…</c> in Chinese; <see cref="Header"/> in English), for a CSV whose header follows the chosen language.</summary>
    public static string LocalizedHeader(ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Resources.ReportText.ResourceManager.GetString(nameof(Resources.ReportText.CsvHeader), names.Culture) ?? Header;
    }

    /// <summary>Writes the lines of <paramref name="summary"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, InventorySummary summary, ReportNames names, IReadOnlyDictionary<Core.Domain.CategoryCode, Core.Domain.Category> categories)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(categories);
        writer.WriteLine(Header);
        foreach (var l in summary.Lines)
        {
            string categoryName = categories.TryGetValue(l.Category, out var c) ? names.Of(c) : "";
            string factors = string.Join("; ", l.Factors.Select(f => $"{f.Parameter}={Format.Exact(f.Value)} {f.Unit} [{f.SetKey}: {f.Table}]"));
            writer.WriteLine(string.Join(',',
                summary.RunId, l.Region.Value, l.Year, l.Category.Value, Quote(categoryName), l.Activity, Quote(names.Activity(l.Activity)), l.Gas.Code,
                Format.Scope(l.Scope),
                l.MassTonnes is { } m ? Format.Exact(m) : "", l.Co2eTonnes is { } e ? Format.Exact(e) : "", l.Gwp is { } g ? Format.Exact(g) : "",
                l.Notation?.ToString() ?? "", Quote(l.Method), Quote(factors), Quote(l.Note ?? "")));
        }
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
