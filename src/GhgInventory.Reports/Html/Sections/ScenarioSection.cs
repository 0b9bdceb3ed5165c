using System.Globalization;
using System.Text.Json.Nodes;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using Strings = GhgInventory.Reports.Resources.ScenarioHtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>The peak-carbon scenarios (issue 16, docs/scenarios.md §7) for the city and one banner: the central paths of every scenario
/// with the inventory's history, the fan chart of one scenario, the peak-year histogram, the tornado chart of the city's peak, a table
/// of the peak and its probabilities per scenario and the target and budget checks, each illustrative scenario labelled and every
/// scenario's flags shown first.</summary>
/// <remarks>
/// Renders <see cref="HtmlReportData.Scenarios"/> and computes nothing: every figure is a field of a <see cref="ScenarioOutcome"/>,
/// shown in 万吨 (t / 10^4) rounded to 0.1 and shares in % rounded to 0.1. Two charts are drawn by the page from the figures given
/// (HtmlReport's bootstrap): the fan chart's bands (a band is stacked on its lower quantile, so its fill spans lower–upper) and the
/// tornado's bars (each from the central peak to the lever's peak level). The section is left out when there is no outcome.
/// The fan chart, the histogram's emphasis and the tornado show the scenario named <c>plan</c> when there is one, else the first.
/// </remarks>
public sealed class ScenarioSection : IHtmlSection
{
    private static readonly string[] Palette = ["#5f6b7a", "#a61b1b", "#3b7d4f", "#d08a2e", "#3b6ea5", "#7a5195"];

    /// <summary>The name of the scenario the fan chart and the tornado show when present (the bundled plan scenario).</summary>
    public const string FanScenarioName = "plan";

    /// <inheritdoc/>
    public string Id => "scenarios";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.SectionTitle;

    /// <summary>Shown only when <see cref="HtmlReportData.Scenarios"/> has an outcome.</summary>
    public bool IsShown(HtmlReportData data) => data is { Scenarios.Count: > 0 };

    /// <summary>The outcome the fan chart and the tornado show: the scenario named <see cref="FanScenarioName"/>, else the first.</summary>
    /// <exception cref="ArgumentException">No outcome.</exception>
    public static ScenarioOutcome FanScenario(IReadOnlyList<ScenarioOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("no scenario outcome", nameof(outcomes));
        }
        return outcomes.FirstOrDefault(o => o.Scenario.Name == FanScenarioName) ?? outcomes[0];
    }

    /// <summary>The scenario's name as shown: its title (its name when the title is empty), with the illustrative label when it is.</summary>
    public static string ScenarioName(ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        string title = scenario.Title.Length > 0 ? scenario.Title : scenario.Name;
        // A title that already says it is illustrative (the bundled ones: "规划情景 (示意) plan (illustrative)") is not marked twice.
        bool saysSo = title.Contains("示意", StringComparison.Ordinal) || title.Contains("illustrative", StringComparison.OrdinalIgnoreCase);
        return scenario.Illustrative && !saysSo ? Text.Format(Strings.IllustrativeMark, title) : title;
    }

    /// <summary>A lever as the reader knows it: its catalogue name in the report's language (a region's own setting with the region's
    /// name); a key the catalogue lacks is shown as itself, marked so.</summary>
    public static string LeverName(UncertainDimension dimension, LeverCatalogue? catalogue, ReportNames names, Func<RegionCode, string> regionName)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(regionName);
        string name = catalogue?.Find(dimension.Lever) is { } lever
            ? (names.Zh ? lever.NameZh : lever.NameEn)
            : Text.Format(Strings.LeverUnknown, dimension.Lever);
        return dimension.Region is { } region ? Text.Format(Strings.LeverInRegion, name, regionName(region)) : name;
    }

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var outcomes = data.Scenarios;
        if (outcomes.Count == 0)
        {
            return;
        }
        var n = data.Names;
        var city = outcomes[0].Scenario.Region;
        string Name(RegionCode code) =>
            code == data.Summary.Region.Code ? n.Of(data.Summary.Region)
            : data.ScenarioRegion is { } r && r.Code == code ? n.Of(r)
            : data.Summary.ByRegion.FirstOrDefault(x => x.Region.Code == code)?.Region is { } known ? n.Of(known)
            : code.Value;

        // What the reader must see first: which scenarios are illustrative, then every scenario's flags.
        foreach (var o in outcomes.Where(o => o.Scenario.Illustrative))
        {
            w.Paragraph(Text.Format(Strings.IllustrativeWarning, ScenarioName(o.Scenario)), "warning illustrative");
        }
        foreach (var o in outcomes.Where(o => o.Flags.Count > 0))
        {
            w.Raw("<div class=\"warning scenario-flags\"><p><strong>").Text(Text.Format(Strings.FlagsCaption, ScenarioName(o.Scenario)))
                .Raw("</strong></p><ul>");
            // The projection's own flags come first in the outcome: the first ones are shown as the table prints them
            // (ScenarioReport.TableFlagLimit); the rest (the base's notes, hundreds in the demo) wait in a closed <details> with their count.
            foreach (var flag in o.Flags.Take(ScenarioReport.TableFlagLimit))
            {
                w.Raw("<li>").Text(flag.Render()).Raw("</li>");
            }
            w.Raw("</ul>");
            if (o.Flags.Count > ScenarioReport.TableFlagLimit)
            {
                w.Raw("<details class=\"flags-more\"><summary>").Text(Text.Format(Strings.FlagsMore, o.Flags.Count - ScenarioReport.TableFlagLimit))
                    .Raw("</summary><ul>");
                foreach (var flag in o.Flags.Skip(ScenarioReport.TableFlagLimit))
                {
                    w.Raw("<li>").Text(flag.Render()).Raw("</li>");
                }
                w.Raw("</ul></details>");
            }
            w.Raw("</div>");
        }
        var first = outcomes[0];
        w.Paragraph(Text.Format(Strings.Intro, first.Base.BaseYear, first.Base.RunId, outcomes.Max(o => o.Scenario.Horizon)), "note");
        foreach (var o in outcomes)
        {
            w.Paragraph(Text.Format(Strings.RunLine, ScenarioName(o.Scenario), o.Seed, o.Iterations, o.Scenario.Horizon), "note");
        }

        // The regions drawn: the city, and the banner when the outcomes have it as a part.
        var regions = new List<(RegionCode Code, bool IsCity)> { (city, true) };
        if (data.ScenarioRegion is { } banner && banner.Code != city)
        {
            if (outcomes.All(o => Area(o, banner.Code, false) is not null))
            {
                regions.Add((banner.Code, false));
            }
            else
            {
                w.Paragraph(Text.Format(Strings.RegionMissing, n.Of(banner)), "warning");
            }
        }

        var fan = FanScenario(outcomes);
        foreach (var (code, isCity) in regions)
        {
            string regionName = Name(code);
            string slug = isCity ? "city" : code.Value;
            w.Raw($"<h3>").Text(regionName).Raw("</h3><div class=\"grid2\">");
            Paths(w, outcomes, code, isCity, regionName, slug);
            Fan(w, fan, code, isCity, regionName, slug);
            w.Raw("</div><div class=\"grid2\">");
            Histogram(w, outcomes, code, isCity, regionName, slug);
            if (isCity)
            {
                Tornado(w, fan, data, regionName, Name);
            }
            w.Raw("</div>");
        }
        if (regions.Count > 1)
        {
            w.Paragraph(Strings.TornadoCityOnly, "note");
        }

        foreach (var o in outcomes)
        {
            Table(w, o, regions, Name);
        }
    }

    /// <summary>The city's outcome (<paramref name="isCity"/>, the first area) or the part <paramref name="code"/> (not the city's rest).</summary>
    private static AreaOutcome? Area(ScenarioOutcome o, RegionCode code, bool isCity) =>
        isCity ? o.Areas.Count > 0 ? o.Areas[0] : null : o.Areas.FirstOrDefault(a => a.Region == code && !a.IsCityRest);

    /// <summary>Tonnes as 万吨 rounded to 0.1, as the report's tables show them; null stays null (not drawn).</summary>
    private static double? TenThousand(double? tonnes) => tonnes is { } t ? Math.Round(t / 1e4, 1) : null;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<double?> values) => new([.. values.Select(v => (JsonNode?)v)]);

    private static JsonObject Grid(int top = 56, int right = 24) =>
        new() { ["left"] = 8, ["right"] = right, ["top"] = top, ["bottom"] = 8, ["containLabel"] = true };

    /// <summary>Height of one legend row of <see cref="ListLegend"/>, px: ECharts' item height 14 + the gap 6.</summary>
    private const int LegendRowHeight = 20;

    /// <summary>A legend listing every series on its own row at the top left, never paged: a scenario's name is long (title and the
    /// illustrative label) and a paged ("scroll") legend hid all but the first ones.</summary>
    private static JsonObject ListLegend() => new()
    {
        ["type"] = "plain", ["orient"] = "vertical", ["left"] = 8, ["top"] = 0, ["itemGap"] = LegendRowHeight - 14,
    };

    /// <summary>The grid's top below a <see cref="ListLegend"/> of <paramref name="rows"/> rows and the value axis's name (40 px).</summary>
    private static int LegendRowsTop(int rows) => LegendRowHeight * rows + 40;

    private static JsonObject ValueAxis(string name) => new()
    {
        ["type"] = "value", ["name"] = name, ["nameLocation"] = "end", ["nameGap"] = 14, ["scale"] = true,
        ["nameTextStyle"] = new JsonObject { ["align"] = "left" },
    };

    /// <summary>The central paths of every scenario, after the inventory's history of the region (years before the base year).</summary>
    private static void Paths(HtmlWriter w, IReadOnlyList<ScenarioOutcome> outcomes, RegionCode code, bool isCity, string regionName, string slug)
    {
        var history = outcomes[0].Base.History.Co2eTonnes;
        int baseYear = outcomes[0].Base.BaseYear;
        var historyYears = history.Keys.Where(k => k.Region == code && k.Year <= baseYear).Select(k => k.Year).ToList();
        var years = historyYears.Concat(outcomes.SelectMany(o => Area(o, code, isCity)?.Path.Select(p => p.Year) ?? [])).Distinct().Order().ToList();
        var series = new JsonArray();
        if (historyYears.Count > 0)
        {
            series.Add(new JsonObject
            {
                ["type"] = "line", ["name"] = Strings.SeriesHistory, ["symbolSize"] = 5,
                ["itemStyle"] = new JsonObject { ["color"] = "#1f2933" }, ["lineStyle"] = new JsonObject { ["width"] = 3 },
                ["data"] = Array(years.Select(y => y <= baseYear && history.TryGetValue((code, y), out var t) ? TenThousand(t) : null)),
            });
        }
        for (int i = 0; i < outcomes.Count; i++)
        {
            var area = Area(outcomes[i], code, isCity);
            var byYear = area?.Path.ToDictionary(p => p.Year, p => p.Central) ?? [];
            series.Add(new JsonObject
            {
                ["type"] = "line", ["name"] = ScenarioName(outcomes[i].Scenario), ["showSymbol"] = false,
                ["itemStyle"] = new JsonObject { ["color"] = Palette[i % Palette.Length] },
                ["data"] = Array(years.Select(y => byYear.TryGetValue(y, out var t) ? TenThousand(t) : null)),
            });
        }
        // The base year as a vertical line, on the first series.
        ((JsonObject)series[0]!)["markLine"] = new JsonObject
        {
            ["symbol"] = "none", ["silent"] = true,
            ["lineStyle"] = new JsonObject { ["color"] = "#8c8c8c", ["type"] = "dashed" },
            ["label"] = new JsonObject { ["formatter"] = Text.Format(Strings.BaseYearLine, baseYear), ["position"] = "insideEndTop" },
            ["data"] = new JsonArray(new JsonObject { ["xAxis"] = Year(baseYear) }),
        };
        var option = new JsonObject
        {
            ["grid"] = Grid(LegendRowsTop(series.Count)),
            ["legend"] = ListLegend(),
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. years.Select(y => (JsonNode)Year(y))]) },
            ["yAxis"] = ValueAxis(Strings.UnitAxis),
            ["series"] = series,
        };
        w.Chart($"chart-scenario-paths-{slug}", Text.Format(Strings.PathsTitle, regionName), option, 336 + LegendRowHeight * series.Count);
    }

    /// <summary>The fan chart of one scenario: the p5–p95 and p25–p75 bands, the median and the central path.</summary>
    private static void Fan(HtmlWriter w, ScenarioOutcome o, RegionCode code, bool isCity, string regionName, string slug)
    {
        var path = Area(o, code, isCity)?.Path ?? [];
        string scenario = ScenarioName(o.Scenario);
        bool runs = o.Iterations > 0 && path.Any(p => p.P05 is not null);
        var series = new JsonArray();
        if (runs)
        {
            series.Add(Band(Strings.SeriesBand90, Strings.SeriesP05, Strings.SeriesP95, path.Select(p => p.P05), path.Select(p => p.P95), 0.25));
            series.Add(Band(Strings.SeriesBand50, Strings.SeriesP25, Strings.SeriesP75, path.Select(p => p.P25), path.Select(p => p.P75), 0.45));
            series.Add(new JsonObject
            {
                ["type"] = "line", ["name"] = Strings.SeriesMedian, ["showSymbol"] = false,
                ["itemStyle"] = new JsonObject { ["color"] = "#3b6ea5" },
                ["data"] = Array(path.Select(p => TenThousand(p.P50))),
            });
        }
        series.Add(new JsonObject
        {
            ["type"] = "line", ["name"] = Strings.SeriesCentral, ["showSymbol"] = false,
            ["itemStyle"] = new JsonObject { ["color"] = "#a61b1b" }, ["lineStyle"] = new JsonObject { ["type"] = "dashed", ["width"] = 2 },
            ["data"] = Array(path.Select(p => TenThousand(p.Central))),
        });
        string[] legend = runs ? [Strings.SeriesBand90, Strings.SeriesBand50, Strings.SeriesMedian, Strings.SeriesCentral] : [Strings.SeriesCentral];
        var option = new JsonObject
        {
            ["grid"] = Grid(64),
            ["legend"] = new JsonObject { ["top"] = 0, ["data"] = new JsonArray([.. legend.Select(l => (JsonNode)l)]) },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["xAxis"] = new JsonObject
            {
                ["type"] = "category", ["boundaryGap"] = false, ["data"] = new JsonArray([.. path.Select(p => (JsonNode)Year(p.Year))]),
            },
            ["yAxis"] = ValueAxis(Strings.UnitAxis),
            ["series"] = series,
        };
        w.Chart($"chart-scenario-fan-{slug}", Text.Format(Strings.FanTitle, regionName, scenario), option, 400);
        if (!runs)
        {
            w.Paragraph(Text.Format(Strings.FanNoRuns, regionName, scenario), "note");
        }
    }

    /// <summary>A band the page draws from its lower to its upper quantile (HtmlReport's bootstrap, <c>ghgBand</c>).</summary>
    private static JsonObject Band(string name, string lowerName, string upperName, IEnumerable<double?> lower, IEnumerable<double?> upper, double opacity) => new()
    {
        ["type"] = "line", ["name"] = name,
        ["ghgBand"] = new JsonObject
        {
            ["lower"] = Array(lower.Select(TenThousand)), ["upper"] = Array(upper.Select(TenThousand)),
            ["lowerName"] = lowerName, ["upperName"] = upperName, ["color"] = "#3b6ea5", ["opacity"] = opacity,
        },
    };

    /// <summary>The share of runs by peak year of every scenario with runs, "not peaked by the horizon" as its own bar.</summary>
    private static void Histogram(HtmlWriter w, IReadOnlyList<ScenarioOutcome> outcomes, RegionCode code, bool isCity, string regionName, string slug)
    {
        var drawn = outcomes.Select((o, i) => (Outcome: o, Index: i, Area: Area(o, code, isCity)))
            .Where(x => x.Outcome.Iterations > 0 && x.Area is { PeakYearShares.Count: > 0 }).ToList();
        if (drawn.Count == 0)
        {
            w.Raw("<div>").Paragraph(Text.Format(Strings.HistogramNone, regionName), "note").Raw("</div>");
            return;
        }
        var years = drawn.SelectMany(x => x.Area!.PeakYearShares.Keys).Where(k => k != AreaOutcome.NotPeakedKey).Distinct().Order().ToList();
        var horizons = drawn.Where(x => x.Area!.PeakYearShares.ContainsKey(AreaOutcome.NotPeakedKey)).Select(x => x.Outcome.Scenario.Horizon)
            .Distinct().Order().ToList();
        var categories = years.Select(Year).Concat(horizons.Select(h => Text.Format(Strings.NotPeakedBy, h))).ToList();
        var series = new JsonArray();
        foreach (var (o, i, area) in drawn)
        {
            var shares = area!.PeakYearShares;
            // A year without runs is a true 0 % (the outcome lists only years with runs); another horizon's bar is not this scenario's.
            var values = years.Select(y => (double?)Math.Round(shares.GetValueOrDefault(y) * 100, 1))
                .Concat(horizons.Select(h => h == o.Scenario.Horizon ? (double?)Math.Round(shares.GetValueOrDefault(AreaOutcome.NotPeakedKey) * 100, 1) : null));
            series.Add(new JsonObject
            {
                ["type"] = "bar", ["name"] = ScenarioName(o.Scenario), ["barMaxWidth"] = 28,
                ["itemStyle"] = new JsonObject { ["color"] = Palette[i % Palette.Length] },
                ["data"] = Array(values),
            });
        }
        var yAxis = ValueAxis(Strings.HistogramAxis);
        yAxis["scale"] = false;
        yAxis["max"] = 100;
        var option = new JsonObject
        {
            ["grid"] = Grid(LegendRowsTop(series.Count)),
            ["legend"] = ListLegend(),
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } },
            ["xAxis"] = new JsonObject
            {
                ["type"] = "category", ["data"] = new JsonArray([.. categories.Select(c => (JsonNode)c)]),
                ["axisLabel"] = new JsonObject { ["interval"] = 0, ["rotate"] = categories.Count > 8 ? 40 : 0 },
            },
            // The axis name starts at the axis and runs right (ValueAxis), so it is not cut at the chart's left edge.
            ["yAxis"] = yAxis,
            ["series"] = series,
        };
        w.Chart($"chart-scenario-peak-{slug}", Text.Format(Strings.HistogramTitle, regionName), option, 316 + LegendRowHeight * series.Count);
    }

    /// <summary>The tornado of the city's peak level: per uncertain lever, the level at u = 0.1 and at u = 0.9.</summary>
    private static void Tornado(HtmlWriter w, ScenarioOutcome o, HtmlReportData data, string regionName, Func<RegionCode, string> name)
    {
        string scenario = ScenarioName(o.Scenario);
        if (o.Sensitivity.Count == 0)
        {
            w.Raw("<div>").Paragraph(Text.Format(Strings.TornadoNone, scenario), "note").Raw("</div>");
            return;
        }
        var levers = o.Sensitivity.Select(s => LeverName(s.Dimension, data.LeverCatalogue, data.Names, name)).ToList();
        double central = Math.Round(o.Areas[0].PeakCo2eTonnes / 1e4, 1);
        var option = new JsonObject
        {
            ["ghgTornado"] = new JsonObject
            {
                ["central"] = central,
                ["lowName"] = Strings.TornadoLow, ["highName"] = Strings.TornadoHigh,
                ["notPeaked"] = Text.Format(Strings.NotPeakedValue, o.Scenario.Horizon),
                ["rows"] = new JsonArray([.. o.Sensitivity.Select((s, k) => (JsonNode)new JsonObject
                {
                    ["lever"] = levers[k],
                    ["key"] = s.Dimension.Name,
                    ["low"] = Math.Round(s.PeakCo2eLow / 1e4, 1), ["high"] = Math.Round(s.PeakCo2eHigh / 1e4, 1),
                    ["lowYear"] = s.PeakYearLow, ["highYear"] = s.PeakYearHigh,
                })]),
            },
            // Room on the right for the label of the longest bar (the peak level, e.g. 12,543.2).
            ["grid"] = Grid(48, 72),
            ["legend"] = new JsonObject { ["top"] = 0 },
            ["xAxis"] = ValueAxis(Strings.TornadoAxis),
            ["yAxis"] = new JsonObject
            {
                ["type"] = "category", ["inverse"] = true, ["data"] = new JsonArray([.. levers.Select(l => (JsonNode)l)]),
            },
            ["series"] = new JsonArray(),
        };
        ((JsonObject)option["xAxis"]!)["scale"] = false;
        ((JsonObject)option["xAxis"]!)["nameLocation"] = "middle";
        ((JsonObject)option["xAxis"]!)["nameGap"] = 28;
        w.Raw("<div>");
        w.Chart("chart-scenario-tornado", Text.Format(Strings.TornadoTitle, regionName, scenario), option, Math.Max(260, 90 + 44 * levers.Count));
        w.Paragraph(Text.Format(Strings.TornadoNote, central.ToString("#,0.0", CultureInfo.InvariantCulture)), "note");
        w.Raw("</div>");
    }

    /// <summary>A scenario's peak and probabilities for each region drawn, then its target and budget checks for those regions.</summary>
    private static void Table(HtmlWriter w, ScenarioOutcome o, IReadOnlyList<(RegionCode Code, bool IsCity)> regions, Func<RegionCode, string> name)
    {
        string scenario = ScenarioName(o.Scenario);
        var areas = regions.Select(r => Area(o, r.Code, r.IsCity)).ToList();
        var codes = regions.Select(r => r.Code).ToHashSet();
        var targets = o.Targets.Where(t => codes.Contains(t.Target.Region)).ToList();
        var budgets = o.Budgets.Where(b => codes.Contains(b.Budget.Region)).ToList();
        string Esc(string s) => HtmlWriter.Escape(s);
        string Pct(double? p) => p is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : Strings.NoRuns;
        string PeakYear(AreaOutcome? a) => a is null ? "–"
            : a.PeakYear is not { } y ? Text.Format(Strings.NotPeakedValue, o.Scenario.Horizon)
            : a.PeakedAtBase ? Text.Format(Strings.PeakedAtBase, y) : Year(y);

        w.OpenTable(Text.Format(Strings.TableCaption, scenario), [Strings.ColItem, .. regions.Select(r => name(r.Code))], 1, "scenario");
        w.Row([Strings.RowPeakYear], [.. areas.Select(a => Esc(PeakYear(a)))]);
        w.Row([Strings.RowPeakLevel], [.. areas.Select(a => a is null ? "–" : HtmlWriter.TenThousand(a.PeakCo2eTonnes))]);
        w.Row([Text.Format(Strings.RowPPeakBy, 2025)], [.. areas.Select(a => Esc(Pct(a?.PPeakBy2025)))]);
        w.Row([Text.Format(Strings.RowPPeakBy, 2030)], [.. areas.Select(a => Esc(Pct(a?.PPeakBy2030)))]);
        w.Row([Text.Format(Strings.RowPNotPeaked, o.Scenario.Horizon)], [.. areas.Select(a => Esc(Pct(a?.PNotPeaked)))]);
        w.Row([Strings.RowTargetsMet], [.. regions.Select(r =>
        {
            var checkedHere = targets.Where(t => t.Target.Region == r.Code && t.CentralMet is not null).ToList();
            return Esc(Text.Format(Strings.CountOf, checkedHere.Count(t => t.CentralMet == true), checkedHere.Count));
        })]);
        w.Row([Strings.RowBudgetsWithin], [.. regions.Select(r =>
        {
            var checkedHere = budgets.Where(b => b.Budget.Region == r.Code && b.CentralWithin is not null).ToList();
            return Esc(Text.Format(Strings.BudgetCountOf, checkedHere.Count(b => b.CentralWithin == true), checkedHere.Count));
        })]);
        w.CloseTable();

        if (targets.Count == 0 && budgets.Count == 0)
        {
            w.Paragraph(Strings.NoChecks, "note");
            return;
        }
        w.OpenTable(Text.Format(Strings.ChecksCaption, scenario), [Strings.ColRegion, Strings.ColCheck, Strings.ColCentral, Strings.ColMet, Strings.ColProbability],
            2, "scenario-checks");
        foreach (var t in targets)
        {
            string target = Text.Format(Strings.TargetLine, ScorecardWords.Named(t.Target.Indicator, t.Rule), ScorecardWords.Goal(t.Target),
                t.Target.TargetYear, t.Target.BaseYear);
            string met = t.NotCheckedBecause is { } why ? Text.Format(Strings.NotChecked, why.Render())
                : t.CentralMet is { } m ? (m ? Strings.Met : Strings.NotMet) : "–";
            w.Row([name(t.Target.Region), target],
            [
                Esc(t.CentralValue is null ? "–" : ScenarioReport.TargetLevel(t.CentralValue, t, o)), Esc(met),
                Esc(t.NotCheckedBecause is null ? Pct(t.ProbabilityMet) : "–"),
            ]);
        }
        foreach (var b in budgets)
        {
            string budget = Text.Format(Strings.BudgetLine, b.Budget.StartYear, b.Budget.EndYear, HtmlWriter.TenThousand(b.Budget.AllowedTonnes));
            string within = b.NotCheckedBecause is { } why ? Text.Format(Strings.NotChecked, why.Render())
                : b.CentralWithin is { } k ? (k ? Strings.Within : b.CentralRunOutYear is { } y ? Text.Format(Strings.ExceededIn, y) : Strings.Exceeded) : "–";
            w.Row([name(b.Budget.Region), budget],
            [
                Esc(b.CentralUsedTonnes is { } u ? Text.Format(Strings.BudgetUsed, HtmlWriter.TenThousand(u)) : "–"), Esc(within),
                Esc(b.NotCheckedBecause is null ? Pct(b.ProbabilityWithin) : "–"),
            ]);
        }
        w.CloseTable();
    }
}
