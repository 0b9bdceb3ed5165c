using GhgInventory.Core.Domain;
using GhgInventory.Reports.Resources;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>The words of a run's status (年报 final, 快报 provisional) and the line every report of a provisional run starts with.</summary>
public static class RunStatusText
{
    /// <summary>The status as a word of the current language (年报 / 快报).</summary>
    public static string Word(RunStatus status) => status == RunStatus.Provisional ? RecalcReportText.StatusProvisional : RecalcReportText.StatusFinal;

    /// <summary>The status word followed by the note in brackets when there is one: 快报(3月快报数据).</summary>
    public static string WithNote(RunStatus status, string? note) =>
        Word(status) + (string.IsNullOrWhiteSpace(note) ? "" : Note(note));

    /// <summary>A note in brackets, " (note)" / "(note)"; empty for none.</summary>
    public static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : Text.Format(RecalcReportText.ProvisionalNote, note);

    /// <summary>The first line of a report of a provisional run, with its note; null for a final run (nothing to say).</summary>
    public static string? Banner(long runId, RunStatus status, string? note) => status != RunStatus.Provisional ? null
        : Text.Format(RecalcReportText.ProvisionalBanner, runId, string.IsNullOrWhiteSpace(note) ? "" : Text.Format(RecalcReportText.ProvisionalNote, note));

    /// <summary>The first line for <paramref name="summary"/>'s run in the language of <paramref name="names"/> (the current one when null), or null when it is final.</summary>
    public static string? Banner(Core.Reporting.InventorySummary summary, ReportNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var culture = names is null ? null : Core.Localization.UiCulture.Use(names.Culture);
        return Banner(summary.RunId, summary.Status, summary.StatusNote);
    }
}
