using System.Globalization;
using System.Text.Json;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Reports.Resources;
using Spectre.Console;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>Renders scored targets (<see cref="TargetAssessment"/>) as a console table or as JSON; computes nothing.</summary>
public static class ScorecardReport
{

    /// <summary>Writes the scorecard of <paramref name="region"/> in <paramref name="year"/> as one table per region, then the sources of the targets.</summary>
    public static void WriteTable(IAnsiConsole console, RegionCode region, int year, long runId, IReadOnlyList<TargetAssessment> assessments, RegionTree regions)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(regions);
        string Name(RegionCode code) => regions.Contains(code) ? ReportNamesOf(regions[code]) : code.Value;
        var table = new FittedTable(Markup.Escape(Text.Format(ScorecardText.Title, Name(region), year, runId)),
            [Markup.Escape(ScorecardText.ColumnRegion), Markup.Escape(ScorecardText.ColumnTarget)],
            [.. new[] { ScorecardText.ColumnBase, ScorecardText.ColumnGoal, Text.Format(ScorecardText.ColumnPath, year), ScorecardText.ColumnNow,
                ScorecardText.ColumnChange, ScorecardText.ColumnGap, ScorecardText.ColumnNeeded, ScorecardText.ColumnStatus }.Select(Markup.Escape)]);
        foreach (var a in assessments)
        {
            var t = a.Target;
            string target = Text.Format(ScorecardText.TargetLineNoRule, ScorecardWords.Named(t.Indicator, a.Rule), ScorecardWords.Goal(t), t.TargetYear, t.BaseYear);
            string status = ScorecardWords.Status(a.Status) + (ScorecardWords.Problem(a) is { } why ? Text.Format(ScorecardText.Because, why) : "");
            table.AddRow([Markup.Escape(Name(t.Region)), Markup.Escape(target)],
            [
                Markup.Escape(ScorecardWords.Level(a.BaseValue, a.Unit, a.BaseLowerBound)), Markup.Escape(ScorecardWords.Level(a.TargetValue, a.Unit)),
                Markup.Escape(ScorecardWords.Level(a.RequiredPath, a.Unit)), Markup.Escape(ScorecardWords.Level(a.CurrentValue, a.Unit, a.LowerBound)),
                Markup.Escape(ScorecardWords.Pct(a.AchievedChangePct)),
                Markup.Escape(a.Gap is { } g ? $"{(g > 0 ? "+" : "")}{ScorecardWords.Number(g)} ({ScorecardWords.Pct(a.GapPct)})" : "—"),
                Markup.Escape(ScorecardWords.Rate(a.NeededRatePct)), Markup.Escape(status),
            ]);
        }
        table.AddNote(Markup.Escape(ScorecardText.Footnote));
        foreach (var t in assessments.Select(a => a.Target).Distinct())
        {
            table.AddNote(Markup.Escape(Text.Format(ScorecardText.Source, $"{Name(t.Region)} {ScorecardWords.Indicator(t.Indicator)}", t.Source,
                t.Note.Length > 0 ? Text.Format(ScorecardText.NoteSuffix, t.Note) : "")));
        }
        table.Write(console);
    }

    /// <summary>A few lines for <c>ghg demo</c>: each scored target of <paramref name="region"/> itself (reported rows left to the full scorecard) with now, path and status.</summary>
    public static void WriteBrief(TextWriter output, RegionCode region, string regionName, int year, IReadOnlyList<TargetAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(assessments);
        output.WriteLine(Text.Format(ScorecardText.BriefTitle, regionName, year));
        // One line per target; the rules of a target that all fail for the same reason share one line.
        foreach (var group in assessments.Where(a => a.Region == region && a.Target.Kind != TargetKind.Reported).GroupBy(a => a.Target))
        {
            var t = group.Key;
            var reasons = group.Select(a => a.OnTrack is null ? ScorecardWords.Problem(a) : null).Distinct().ToList();
            var lines = group.Count() > 1 && reasons is [{ } _] ? [group.First() with { Rule = "" }] : group.ToList();
            foreach (var a in lines)
            {
                string what = Text.Format(ScorecardText.BriefTarget, ScorecardWords.Named(t.Indicator, a.Rule), ScorecardWords.Goal(t), t.TargetYear);
                if (lines.Count < group.Count())
                {
                    what = Text.Format(ScorecardText.NamedWithRule, what, Text.Format(ScorecardText.BriefRules, group.Count()));
                }
                string status = ScorecardWords.Status(a.Status) + (ScorecardWords.Problem(a) is { } why ? Text.Format(ScorecardText.Because, why) : "");
                output.WriteLine(Text.Format(ScorecardText.BriefLine, what, ScorecardWords.Level(a.CurrentValue, a.Unit, a.LowerBound), ScorecardWords.Level(a.RequiredPath, a.Unit), status));
            }
        }
    }

    /// <summary>Writes the scorecard as one JSON object: <c>region</c>, <c>year</c>, <c>run</c> and <c>targets</c>, one object per scored target and rule.</summary>
    /// <remarks>Each target: <c>region</c>, <c>indicator</c>, <c>rule</c>, <c>kind</c>, <c>unit</c>, <c>base_year</c>, <c>base_value</c>, <c>target_year</c>,
    /// <c>target_value</c>, <c>target_change_pct</c> (a change target), <c>required_rate_pct</c>, <c>current_year</c>, <c>current_value</c>,
    /// <c>required_path</c>, <c>achieved_change_pct</c>, <c>gap</c>, <c>gap_pct</c>, <c>needed_rate_pct</c>, <c>on_track</c> (null when not
    /// scored), <c>status</c>, <c>missing</c> (why not scored, in the UI language), <c>source</c>, <c>note</c>, <c>notes</c>; names in
    /// <c>indicator_name</c> and <c>rule_name</c>. A missing number is null, never 0.</remarks>
    public static void WriteJson(Stream output, RegionCode region, int year, long runId, IReadOnlyList<TargetAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("region", region.Value);
        w.WriteNumber("year", year);
        w.WriteString("run", runId.ToString(CultureInfo.InvariantCulture));
        w.WriteStartArray("targets");
        foreach (var a in assessments)
        {
            var t = a.Target;
            w.WriteStartObject();
            w.WriteString("region", t.Region.Value);
            w.WriteString("indicator", t.Indicator);
            w.WriteString("indicator_name", ScorecardWords.Indicator(t.Indicator));
            w.WriteString("rule", a.Rule);
            w.WriteString("rule_name", ScorecardWords.Rule(a.Rule));
            w.WriteString("kind", Kind(t.Kind));
            w.WriteString("unit", a.Unit);
            w.WriteNumber("base_year", t.BaseYear);
            JsonOutput.NumberOrNull(w, "base_value", a.BaseValue);
            w.WriteNumber("target_year", t.TargetYear);
            JsonOutput.NumberOrNull(w, "target_value", t.Kind == TargetKind.Reported ? t.Value : a.TargetValue);
            if (t.Kind == TargetKind.Change)
            {
                JsonOutput.NumberOrNull(w, "target_change_pct", t.Value);
            }
            JsonOutput.NumberOrNull(w, "required_rate_pct", a.RequiredRatePct);
            w.WriteNumber("current_year", a.Year);
            JsonOutput.NumberOrNull(w, "current_value", a.CurrentValue);
            w.WriteBoolean("lower_bound", a.LowerBound);
            JsonOutput.NumberOrNull(w, "required_path", a.RequiredPath);
            JsonOutput.NumberOrNull(w, "achieved_change_pct", a.AchievedChangePct);
            JsonOutput.NumberOrNull(w, "gap", a.Gap);
            JsonOutput.NumberOrNull(w, "gap_pct", a.GapPct);
            JsonOutput.NumberOrNull(w, "needed_rate_pct", a.NeededRatePct);
            if (a.OnTrack is { } on)
            {
                w.WriteBoolean("on_track", on);
            }
            else
            {
                w.WriteNull("on_track");
            }
            w.WriteString("status", Status(a.Status));
            if (ScorecardWords.Problem(a) is { } why)
            {
                w.WriteString("missing", why);
            }
            else
            {
                w.WriteNull("missing");
            }
            w.WriteString("source", t.Source);
            w.WriteString("note", t.Note);
            w.WriteStartArray("notes");
            foreach (var n in a.Notes)
            {
                w.WriteStringValue(n.Render());
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The status as a stable JSON word: <c>on_track</c>, <c>off_track</c>, <c>met</c>, <c>not_met</c>, <c>missing</c>, <c>reported</c>.</summary>
    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "on_track",
        TargetStatus.OffTrack => "off_track",
        TargetStatus.Met => "met",
        TargetStatus.NotMet => "not_met",
        TargetStatus.Reported => "reported",
        TargetStatus.Indeterminate => "indeterminate",
        _ => "missing",
    };

    /// <summary>The kind as the targets file writes it.</summary>
    public static string Kind(TargetKind kind) => kind switch
    {
        TargetKind.Change => "change",
        TargetKind.AtMost => "at_most",
        TargetKind.AtLeast => "at_least",
        TargetKind.Cap => "cap",
        _ => "reported",
    };

    private static string ReportNamesOf(Core.Domain.Region r) => Core.Localization.UiCulture.IsChinese ? r.NameZh : r.NameEn;

}
