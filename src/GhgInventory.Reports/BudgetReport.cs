using System.Globalization;
using System.Text.Json;
using GhgInventory.Core.Analysis;
using GhgInventory.Reports.Resources;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>Renders a carbon budget's assessment and a project's impact on it, as text lines or JSON; computes nothing.</summary>
public static class BudgetReport
{

    /// <summary>The budget as lines of text: title, allowed, used, remaining, share, trend, run-out year, source and the trend's rule.</summary>
    public static IReadOnlyList<string> Lines(BudgetAssessment a, string regionName)
    {
        ArgumentNullException.ThrowIfNull(a);
        var b = a.Budget;
        string basis = b.Basis == CarbonBudget.Territorial ? ScorecardText.BudgetBasisTerritorial : Text.Format(ScorecardText.BudgetBasisRule, ScorecardWords.Rule(b.Basis));
        string unknown = Text.Format(ScorecardText.BudgetUnknown, string.Join(", ", a.MissingYears));
        int counted = Math.Min(a.ThroughYear, b.EndYear);
        return
        [
            Text.Format(ScorecardText.BudgetTitle, regionName, b.StartYear, b.EndYear, basis, a.ThroughYear),
            "  " + Text.Format(ScorecardText.Field, ScorecardText.BudgetAllowed, Tonnes(b.AllowedTonnes)),
            "  " + Text.Format(ScorecardText.Field, Text.Format(ScorecardText.BudgetUsed, b.StartYear, counted), (a.UsedTonnes is { } u ? Tonnes(u) : unknown)),
            "  " + Text.Format(ScorecardText.Field, ScorecardText.BudgetRemaining, (a.RemainingTonnes is { } r ? Tonnes(r) : unknown)),
            "  " + Text.Format(ScorecardText.Field, ScorecardText.BudgetUsedShare, (a.UsedPct is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—")),
            "  " + Text.Format(ScorecardText.Field, Text.Format(ScorecardText.BudgetTrend, BudgetArithmetic.TrendYears), (a.TrendTonnesPerYear is { } d ? Tonnes(d) : Text.Format(ScorecardText.BudgetTrendUnknown, a.ThroughYear - BudgetArithmetic.TrendYears, a.ThroughYear))),
            "  " + Text.Format(ScorecardText.Field, ScorecardText.BudgetRunOut, RunOutText(a)),
            "  " + Text.Format(ScorecardText.BudgetSource, b.Source, b.Note.Length > 0 ? Text.Format(ScorecardText.NoteSuffix, b.Note) : ""),
            "  " + ScorecardText.BudgetTrendRule,
        ];
    }

    /// <summary>A project's impact as lines of text below its budget's.</summary>
    public static IReadOnlyList<string> Lines(ProjectImpact p, string projectName)
    {
        ArgumentNullException.ThrowIfNull(p);
        var a = p.Budget;
        return
        [
            "  " + Text.Format(ScorecardText.ProjectTitle, projectName, Format.Tonnes(p.ProjectTonnesPerYear), Math.Max(a.ThroughYear + 1, a.Budget.StartYear)),
            "    " + Text.Format(ScorecardText.Field, ScorecardText.ProjectInPeriod, Tonnes(p.ProjectTonnesInPeriod)),
            "    " + Text.Format(ScorecardText.Field, ScorecardText.ProjectShare, (p.ShareOfRemainingPct is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—")),
            "    " + Text.Format(ScorecardText.Field, ScorecardText.ProjectRunOut, RunOut(p.RunOutYearWithProject, a, p.LeftAtEndWithProjectTonnes)),
            "    " + Text.Format(ScorecardText.Field, ScorecardText.ProjectForward, (p.YearsBroughtForward is { } f ? Text.Format(ScorecardText.Years, f) : "—")),
        ];
    }

    /// <summary>Writes the budgets (and the projects' impacts on each) as one JSON object: <c>through</c> and <c>budgets</c>, each with
    /// <c>region</c>, <c>start_year</c>, <c>end_year</c>, <c>basis</c>, <c>allowed_t</c>, <c>used_t</c>, <c>remaining_t</c>, <c>used_pct</c>,
    /// <c>trend_t_per_year</c>, <c>trend_rule</c>, <c>run_out_year</c>, <c>missing_years</c>, <c>source</c>, <c>note</c> and <c>projects</c>.</summary>
    /// <remarks>With <paramref name="planned"/> (a planned facility's activity rows, compiled in memory) also <c>planned_projects</c>: each with
    /// <c>name</c>, <c>region</c>, <c>year</c>, <c>co2_t_per_year</c> (territorial), <c>other_gases_co2e_t</c> and <c>indirect_co2_t</c> (electricity and heat bought; neither counted), <c>rows</c>,
    /// <c>notation_rows</c>, <c>lower_bound</c> and <c>lines</c> (<c>category</c>, <c>activity</c>, <c>use</c>, <c>co2_t</c>, <c>notation</c>).</remarks>
    public static void WriteJson(Stream output, int through, IReadOnlyList<(BudgetAssessment Budget, IReadOnlyList<(string Name, ProjectImpact Impact)> Projects)> budgets,
        IReadOnlyList<ProjectEmissions>? planned = null)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteNumber("through", through);
        if (planned is { Count: > 0 })
        {
            w.WriteStartArray("planned_projects");
            foreach (var p in planned)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("region", p.Region.Value);
                w.WriteNumber("year", p.Year);
                w.WriteNumber("co2_t_per_year", p.Co2Tonnes);
                w.WriteNumber("other_gases_co2e_t", p.OtherGasesCo2eTonnes);
                w.WriteNumber("indirect_co2_t", p.IndirectCo2Tonnes);
                w.WriteNumber("rows", p.Rows);
                w.WriteNumber("notation_rows", p.NotationRows);
                w.WriteBoolean("lower_bound", p.IsLowerBound);
                w.WriteStartArray("lines");
                foreach (var l in p.Lines)
                {
                    w.WriteStartObject();
                    w.WriteString("category", l.Category.Value);
                    w.WriteString("activity", l.Activity);
                    w.WriteString("use", l.Use.ToString().ToLowerInvariant());
                    JsonOutput.NumberOrNull(w, "co2_t", l.Co2Tonnes);
                    if (l.Notation is { } n)
                    {
                        w.WriteString("notation", n.ToString());
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("budgets");
        foreach (var (a, projects) in budgets)
        {
            var b = a.Budget;
            w.WriteStartObject();
            w.WriteString("region", b.Region.Value);
            w.WriteNumber("start_year", b.StartYear);
            w.WriteNumber("end_year", b.EndYear);
            w.WriteString("basis", b.Basis);
            w.WriteNumber("allowed_t", b.AllowedTonnes);
            JsonOutput.NumberOrNull(w, "used_t", a.UsedTonnes);
            JsonOutput.NumberOrNull(w, "remaining_t", a.RemainingTonnes);
            JsonOutput.NumberOrNull(w, "used_pct", a.UsedPct);
            JsonOutput.NumberOrNull(w, "trend_t_per_year", a.TrendTonnesPerYear);
            w.WriteString("trend_rule", $"linear: average annual change of the last {BudgetArithmetic.TrendYears} years");
            JsonOutput.NumberOrNull(w, "run_out_year", a.RunOutYear);
            w.WriteNumber("last_projected_year", a.LastProjectedYear);
            JsonOutput.NumberOrNull(w, "left_at_end_tonnes", a.LeftAtEndTonnes);
            w.WriteStartArray("missing_years");
            foreach (int y in a.MissingYears)
            {
                w.WriteNumberValue(y);
            }
            w.WriteEndArray();
            w.WriteString("source", b.Source);
            w.WriteString("note", b.Note);
            w.WriteStartArray("projects");
            foreach (var (name, p) in projects)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteNumber("co2_t_per_year", p.ProjectTonnesPerYear);
                w.WriteNumber("co2_in_period_t", p.ProjectTonnesInPeriod);
                JsonOutput.NumberOrNull(w, "share_of_remaining_pct", p.ShareOfRemainingPct);
                JsonOutput.NumberOrNull(w, "run_out_year_with_project", p.RunOutYearWithProject);
                JsonOutput.NumberOrNull(w, "left_at_end_with_project_t", p.LeftAtEndWithProjectTonnes);
                JsonOutput.NumberOrNull(w, "years_brought_forward", p.YearsBroughtForward);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A planned project's CO2 as lines of text: its total and its territorial CO2 by category, activity and use, for a reader to check.</summary>
    /// <param name="p">The project.</param>
    /// <param name="regionName">Its region's name in the reader's language.</param>
    /// <param name="names">Activity names in the reader's language (no key is shown).</param>
    public static IReadOnlyList<string> Lines(ProjectEmissions p, string regionName, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(names);
        var lines = new List<string>
        {
            Text.Format(ProjectReportText.Summary, p.Name, regionName, p.Year, Format.Tonnes(p.Co2Tonnes), Format.Tonnes(p.OtherGasesCo2eTonnes)),
        };
        lines.AddRange(p.Lines.Select(l => Text.Format(ProjectReportText.SummaryLine, l.Category.Value, names.Activity(l.Activity), CompareReport.UseName(l.Use.ToString()),
            l.Co2Tonnes is { } t ? Tonnes(t) : Text.Format(ProjectReportText.NotationLine, l.Notation))));
        if (p.IndirectCo2Tonnes > 0)
        {
            lines.Add(Text.Format(ProjectReportText.Indirect, Tonnes(p.IndirectCo2Tonnes)));
        }
        if (p.IsLowerBound)
        {
            lines.Add(Text.Format(ProjectReportText.LowerBound, p.NotationRows, p.Rows));
        }
        return lines;
    }

    /// <summary>The run-out year of <paramref name="a"/> in words: the year, "exceeded in …", "lasts beyond …", or a dash when unknown.</summary>
    public static string RunOutText(BudgetAssessment a) => RunOut(a?.RunOutYear, a!, a?.LeftAtEndTonnes);

    /// <summary>The run-out year, or what is left at the period's end (<paramref name="leftAtEnd"/>: the assessment's own, or with a project added).</summary>
    private static string RunOut(int? year, BudgetAssessment a, double? leftAtEnd) =>
        year is { } y ? (a.UsedTonnes > a.Budget.AllowedTonnes ? Text.Format(ScorecardText.BudgetExceeded, y) : y.ToString(CultureInfo.InvariantCulture))
        : a.UsedTonnes is null || a.TrendTonnesPerYear is null || leftAtEnd is not { } left ? "—"
        : Text.Format(ScorecardText.BudgetLasts, a.LastProjectedYear, Tonnes(left));

    private static string Tonnes(double t) => Text.Format(ScorecardText.Tonnes, Format.Tonnes(t));

}
