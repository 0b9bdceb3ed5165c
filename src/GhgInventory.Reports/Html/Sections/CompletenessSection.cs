using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>What the total covers and what it does not: banners/districts with and without data, the lines under notation keys
/// with their reasons, the reconciliation against control totals, open plausibility flags and the feedstock memo.</summary>
public sealed class CompletenessSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "completeness";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.CompletenessTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Summary;
        var n = data.Names;
        w.Raw("<ul class=\"coverage\">");
        if (s.Coverage is { } c)
        {
            w.Raw("<li>").Text(Text.Format(Strings.CoverageLine, s.Year, c.WithData.Count, c.Expected)).Raw(" — ")
                .Text(c.Complete ? Strings.CoverageComplete : Text.Format(Strings.CoverageMissing, string.Join(n.T("、", ", "), c.Missing.Select(n.Of)))).Raw("</li>");
        }
        else
        {
            w.Raw("<li>").Text(Text.Format(Strings.CoverageLine, s.Year, "?", "?")).Raw(" — ").Text(Strings.CoverageUnknown).Raw("</li>");
        }
        w.Raw("<li>").Text(Reconciliation(s, n)).Raw("</li>");
        if (s.Flags.Count == 0)
        {
            w.Raw("<li>").Text(Strings.FlagsNone).Raw("</li>");
        }
        else
        {
            w.Raw("<li>").Text(Text.Format(Strings.OpenFlags, s.Flags.Count)).Raw("<ul>");
            foreach (var f in s.Flags.Take(50))
            {
                w.Element("li", f.ToString());
            }
            w.Raw("</ul></li>");
        }
        if (s.NonEnergyUse.Count > 0)
        {
            // Per fuel as the memo gives it (no sum here): a fuel under a notation key shows the key, never 0.
            string memo = string.Join(n.T("; ", "; "), s.NonEnergyUse.Select(u => n.Activity(u.Activity) + " "
                + (u.CarbonTonnes is { } t ? Format.Tonnes(t) + (u.Notation is { } k ? " + " + k : "") : (u.Notation ?? NotationKey.NE).ToString())));
            w.Raw("<li>").Text(Text.Format(Strings.MemoNonEnergy, memo)).Raw("</li>");
        }
        w.Raw("</ul>");

        var lines = s.NotEstimated.ToList();
        if (lines.Count == 0)
        {
            w.Paragraph(Strings.NoNotationLines);
        }
        else
        {
            // Each reason once: the same reason for CH4 and N2O of one fuel is one row naming both gases (as the table report groups them).
            var reasons = lines
                .GroupBy(l => (Key: l.Notation ?? NotationKey.NE, Note: (l.Note ?? "").Replace(l.Gas.Code, "\u0000", StringComparison.Ordinal)))
                .Select(g => (g.Key.Key, Count: g.Count(),
                    Note: g.Key.Note.Replace("\u0000", string.Join("/", g.Select(l => l.Gas.Code).Distinct()), StringComparison.Ordinal)))
                .OrderBy(r => GasCell.KeyOrder.ToList().IndexOf(r.Key)).ThenByDescending(r => r.Count).ThenBy(r => r.Note, StringComparer.Ordinal)
                .ToList();
            w.OpenTable(Text.Format(Strings.NotationCaption, s.Year, lines.Count), [Strings.ColKey, Strings.ColReason, Strings.ColLines], 2, "notation");
            foreach (var (key, count, note) in reasons)
            {
                w.Raw("<tr><td>").Raw(HtmlWriter.Key(key)).Raw("</td><td>").Text(note).Raw("</td><td class=\"num\">").Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</td></tr>");
            }
            w.CloseTable();
        }
        w.KeyLegend();
    }

    private static string Reconciliation(InventorySummary s, ReportNames n)
    {
        if (s.Control is not { HasControls: true } control)
        {
            return Text.Format(Strings.ReconciliationNone, n.Of(s.Region), s.Year);
        }
        if (control.Agrees)
        {
            return Text.Format(Strings.ReconciliationAgrees, Format.Percent(control.ToleranceShare));
        }
        string Fuels(ControlVerdict verdict) => string.Join(n.T("、", ", "), control.Checks.Where(c => c.Verdict == verdict).Select(c => n.Activity(c.Control.Activity)));
        return control.Checks.Any(c => c.Verdict == ControlVerdict.Disagrees)
            ? Text.Format(Strings.ReconciliationDiffers, Fuels(ControlVerdict.Disagrees))
            : Text.Format(Strings.ReconciliationIncomplete, string.Join(n.T("、", ", "), control.Checks.Where(c => c.Verdict != ControlVerdict.Agrees).Select(c => n.Activity(c.Control.Activity))));
    }
}
