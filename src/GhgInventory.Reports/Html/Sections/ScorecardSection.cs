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

        if (t.RunNote is { } runNote)
        {
            w.Paragraph(runNote, "warning");
        }
        if (data.Illustrative is { Any: true } ill)
        {
            // Issue 14's user trial: the scorecard never said the GDP and energy data behind it were made up.
            w.Paragraph(Text.Format(HtmlTargetsText.IllustrativeTargets, ill.IndicatorRows, ill.IllustrativeIndicatorRows, ill.ActivityRows,
                ill.IllustrativeActivityRows), "warning illustrative");
        }
        // The unit once per row in its own column, the levels as bare numbers: with the unit in every cell the table did not fit 1280 px.
        w.OpenTable(Text.Format(ScorecardText.SectionCaption, t.Year, n.Of(data.Summary.Region)),
            [ScorecardText.ColumnRegion, ScorecardText.ColumnTarget, HtmlTargetsText.ColumnUnit, ScorecardText.ColumnBase, ScorecardText.ColumnGoal,
             Text.Format(ScorecardText.ColumnPath, t.Year), ScorecardText.ColumnNow, ScorecardText.ColumnChange, ScorecardText.ColumnGap,
             ScorecardText.ColumnNeeded, ScorecardText.ColumnStatus], 3, "scorecard");
        foreach (var a in t.Assessments)
        {
            string target = Text.Format(ScorecardText.TargetLineNoRule, ScorecardWords.Named(a.Target.Indicator, a.Rule),
                UnitWords(ScorecardWords.Goal(a.Target)), a.Target.TargetYear, a.Target.BaseYear);
            string status = ScorecardWords.Status(a.Status) + (ScorecardWords.Problem(a) is { } why ? Text.Format(ScorecardText.Because, why) : "");
            w.Row([Name(a.Region), target, Unit(a.Unit)],
            [
                Esc(Bare(a.BaseValue)), Esc(Bare(a.TargetValue)), Esc(Bare(a.RequiredPath)), Esc(Bare(a.CurrentValue)),
                Esc(ScorecardWords.Pct(a.AchievedChangePct)),
                Esc(a.Gap is { } g ? $"{(g > 0 ? "+" : "")}{ScorecardWords.Number(g)} ({ScorecardWords.Pct(a.GapPct)})" : "—"),
                Esc(ScorecardWords.Rate(a.NeededRatePct)),
                $"<span class=\"status status-{ScorecardReport.Status(a.Status).Replace('_', '-')}\">{Esc(status)}</span>",
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
                ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 48, ["bottom"] = 8, ["containLabel"] = true },
                ["legend"] = new JsonObject { ["top"] = 0 },
                ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
                ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. years.Select(y => (JsonNode)y)]) },
                ["yAxis"] = YAxis(Unit(s.Unit), s.Points.SelectMany(p => new[] { p.Value, p.Path })),
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
        w.OpenTable(HtmlTargetsText.BudgetCaption, [ScorecardText.ColBudgetRegion, ScorecardText.ColBudgetPeriod, ScorecardText.ColBudgetAllowed,
            ScorecardText.ColBudgetUsed, ScorecardText.ColBudgetRemaining, ScorecardText.BudgetUsedShare, ScorecardText.ColBudgetRunOut], 2, "budget");
        foreach (var b in t.Budgets)
        {
            string region = Illustrative(b.Budget.Source + " " + b.Budget.Note) ? Text.Format(HtmlTargetsText.BudgetIllustrativeMark, Name(b.Budget.Region)) : Name(b.Budget.Region);
            w.Row([region, $"{b.Budget.StartYear}–{b.Budget.EndYear}"],
            [
                Esc(Format.Tonnes(b.Budget.AllowedTonnes)), Esc(b.UsedTonnes is { } u ? Format.Tonnes(u) : "—"),
                Esc(b.RemainingTonnes is { } r ? Format.Tonnes(r) : "—"), Esc(b.UsedPct is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—"),
                Esc(BudgetReport.RunOutText(b)),
            ]);
        }
        w.CloseTable();
        if (t.Budgets.Any(b => Illustrative(b.Budget.Source + " " + b.Budget.Note)))
        {
            w.Paragraph(HtmlTargetsText.BudgetIllustrativeNote, "note");
        }
        foreach (var b in t.Budgets.Select(b => b.Budget).DistinctBy(b => b.Source + b.Note))
        {
            w.Paragraph(Text.Format(ScorecardText.BudgetSource, b.Source, b.Note.Length > 0 ? Text.Format(ScorecardText.NoteSuffix, b.Note) : ""), "note");
        }
        w.Paragraph(ScorecardText.BudgetTrendRule, "note");
    }

    /// <summary>True when a source or note says the figure is illustrative (示例 / illustrative, any case).</summary>
    private static bool Illustrative(string text) =>
        text.Contains("illustrative", StringComparison.OrdinalIgnoreCase) || text.Contains("示例", StringComparison.Ordinal);

    /// <summary>A level without its unit (the unit column names it), or a dash when missing.</summary>
    private static string Bare(double? value) => value is { } v ? ScorecardWords.Number(v) : "—";

    /// <summary>An indicator's unit as the report's language writes it: 吨标准煤/万元 and 吨二氧化碳/万元 in Chinese; others (%, GW) as they are.</summary>
    internal static string Unit(string unit) => unit switch
    {
        "tce/10^4 yuan" => HtmlTargetsText.UnitTcePer10kYuan,
        "t/10^4 yuan" or "t CO2/10^4 yuan" => HtmlTargetsText.UnitTCo2Per10kYuan,
        _ => unit,
    };

    /// <summary>A goal text with an intensity unit in it said in the report's language.</summary>
    private static string UnitWords(string text) => text
        .Replace("tce/10^4 yuan", HtmlTargetsText.UnitTcePer10kYuan, StringComparison.Ordinal)
        .Replace("t CO2/10^4 yuan", HtmlTargetsText.UnitTCo2Per10kYuan, StringComparison.Ordinal)
        .Replace("t/10^4 yuan", HtmlTargetsText.UnitTCo2Per10kYuan, StringComparison.Ordinal);

    /// <summary>The value axis of a trajectory chart: named by its unit (drawn from the axis rightwards, so never cut at the left edge), and
    /// bounded by round figures around the values and path with about five ticks, so that 2.0–2.7 reads 2.0, 2.2 … rather than 2 and 3.</summary>
    /// <remarks>Only where the axis is drawn is chosen here; every figure drawn is the computed one.</remarks>
    internal static JsonObject YAxis(string unit, IEnumerable<double?> values)
    {
        var axis = new JsonObject
        {
            ["type"] = "value", ["name"] = unit, ["nameLocation"] = "end", ["nameGap"] = 14,
            ["nameTextStyle"] = new JsonObject { ["align"] = "left" },
        };
        var drawn = values.OfType<double>().Where(double.IsFinite).ToList();
        if (drawn.Count == 0)
        {
            axis["scale"] = true;
            return axis;
        }
        double lo = drawn.Min(), hi = drawn.Max();
        double span = hi - lo > 0 ? hi - lo : Math.Max(Math.Abs(hi), 1) * 0.1;
        double step = NiceStep(span / 4);
        double min = Math.Floor(lo / step) * step, max = Math.Ceiling(hi / step) * step;
        if (max - min < step * 2)
        {
            max = min + step * 2;
        }
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        axis["min"] = Math.Round(min, decimals + 1);
        axis["max"] = Math.Round(max, decimals + 1);
        axis["interval"] = Math.Round(step, decimals + 1);
        // The page formats value axes as whole numbers unless told how many decimals (HtmlReport's bootstrap).
        axis["ghgDecimals"] = decimals;
        return axis;
    }

    /// <summary>1, 2 or 5 times a power of ten, the smallest not below <paramref name="raw"/>.</summary>
    private static double NiceStep(double raw)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
