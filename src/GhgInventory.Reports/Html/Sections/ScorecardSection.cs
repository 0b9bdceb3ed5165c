using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>Issue 14's section: the scorecard (target, base, now, path, gap, on track) for the region and every region below it,
/// the intensities against their required paths as charts, and the carbon budgets.</summary>
public sealed class ScorecardSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "targets";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => ScorecardText.SectionTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var n = data.Names;
        if (data.Targets is not { } t)
        {
            w.Paragraph(ScorecardText.NoTargets, "note");
            return;
        }
        var regions = data.Summary.ByRegion.Select(r => r.Region).Append(data.Summary.Region).DistinctBy(r => r.Code).ToDictionary(r => r.Code);
        string Name(Core.Domain.RegionCode code) => regions.TryGetValue(code, out var r) ? n.Of(r) : code.Value;
        string Esc(string s) => HtmlWriter.Escape(s);

        w.OpenTable(Text.Format(ScorecardText.SectionCaption, t.Year, n.Of(data.Summary.Region)),
            [ScorecardText.ColumnRegion, ScorecardText.ColumnTarget, ScorecardText.ColumnBase, ScorecardText.ColumnGoal,
             Text.Format(ScorecardText.ColumnPath, t.Year), ScorecardText.ColumnNow, ScorecardText.ColumnChange, ScorecardText.ColumnGap,
             ScorecardText.ColumnNeeded, ScorecardText.ColumnStatus], 2, "scorecard");
        foreach (var a in t.Assessments)
        {
            string target = Text.Format(ScorecardText.TargetLineNoRule, ScorecardWords.Named(a.Target.Indicator, a.Rule),
                ScorecardWords.Goal(a.Target), a.Target.TargetYear, a.Target.BaseYear);
            string status = ScorecardWords.Status(a.Status) + (ScorecardWords.Problem(a) is { } why ? Text.Format(ScorecardText.Because, why) : "");
            w.Row([Name(a.Region), target],
            [
                Esc(ScorecardWords.Level(a.BaseValue, a.Unit)), Esc(ScorecardWords.Level(a.TargetValue, a.Unit)),
                Esc(ScorecardWords.Level(a.RequiredPath, a.Unit)), Esc(ScorecardWords.Level(a.CurrentValue, a.Unit)),
                Esc(ScorecardWords.Pct(a.AchievedChangePct)),
                Esc(a.Gap is { } g ? $"{(g > 0 ? "+" : "")}{ScorecardWords.Number(g)} ({ScorecardWords.Pct(a.GapPct)})" : "—"),
                Esc(ScorecardWords.Rate(a.NeededRatePct)),
                $"<span class=\"status-{ScorecardReport.Status(a.Status).Replace('_', '-')}\">{Esc(status)}</span>",
            ]);
        }
        w.CloseTable();
        w.Paragraph(ScorecardText.Footnote, "note");
        foreach (var target in t.Assessments.Select(a => a.Target).Distinct().Where(x => x.Region == data.Summary.Region.Code))
        {
            w.Paragraph(Text.Format(ScorecardText.Source, ScorecardWords.Indicator(target.Indicator), target.Source,
                target.Note.Length > 0 ? Text.Format(ScorecardText.NoteSuffix, target.Note) : ""), "note");
        }

        int chart = 0;
        // A trajectory without any value (an indicator the run cannot compute) is not drawn: the scorecard says why.
        foreach (var s in t.Series.Where(s => s.Points.Any(p => p.Value is not null)))
        {
            string[] years = [.. s.Points.Select(p => p.Year.ToString(CultureInfo.InvariantCulture))];
            var option = new JsonObject
            {
                ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 40, ["bottom"] = 8, ["containLabel"] = true },
                ["legend"] = new JsonObject { ["top"] = 0 },
                ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
                ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. years.Select(y => (JsonNode)y)]) },
                ["yAxis"] = new JsonObject { ["type"] = "value", ["name"] = s.Unit, ["scale"] = true },
                ["series"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "line", ["name"] = ScorecardText.SeriesValue, ["connectNulls"] = false,
                        ["data"] = new JsonArray([.. s.Points.Select(p => (JsonNode?)(p.Value is { } v ? Math.Round(v, 6) : null))]),
                    },
                    new JsonObject
                    {
                        ["type"] = "line", ["name"] = ScorecardText.SeriesPath, ["lineStyle"] = new JsonObject { ["type"] = "dashed" },
                        ["data"] = new JsonArray([.. s.Points.Select(p => (JsonNode?)(p.Path is { } v ? Math.Round(v, 6) : null))]),
                    },
                },
            };
            w.Chart($"chart-target-{chart++}", Text.Format(ScorecardText.ChartTitle, ScorecardWords.Named(s.Target.Indicator, s.Rule),
                Name(s.Target.Region), ScorecardWords.Goal(s.Target)), option, 320);
        }

        if (t.Budgets.Count == 0)
        {
            return;
        }
        w.OpenTable(ScorecardText.BudgetCaption, [ScorecardText.ColBudgetRegion, ScorecardText.ColBudgetPeriod, ScorecardText.ColBudgetAllowed,
            ScorecardText.ColBudgetUsed, ScorecardText.ColBudgetRemaining, ScorecardText.BudgetUsedShare, ScorecardText.ColBudgetRunOut], 2, "budget");
        foreach (var b in t.Budgets)
        {
            w.Row([Name(b.Budget.Region), $"{b.Budget.StartYear}–{b.Budget.EndYear}"],
            [
                Esc(Format.Tonnes(b.Budget.AllowedTonnes)), Esc(b.UsedTonnes is { } u ? Format.Tonnes(u) : "—"),
                Esc(b.RemainingTonnes is { } r ? Format.Tonnes(r) : "—"), Esc(b.UsedPct is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—"),
                Esc(BudgetReport.RunOutText(b)),
            ]);
        }
        w.CloseTable();
        foreach (var b in t.Budgets.Select(b => b.Budget).DistinctBy(b => b.Source + b.Note))
        {
            w.Paragraph(Text.Format(ScorecardText.BudgetSource, b.Source, b.Note.Length > 0 ? Text.Format(ScorecardText.NoteSuffix, b.Note) : ""), "note");
        }
        w.Paragraph(ScorecardText.BudgetTrendRule, "note");
    }
}
