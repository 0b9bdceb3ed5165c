using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Reports;
using GhgInventory.Reports.Html;
using GhgInventory.Tests.Support;
using static GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests;

namespace GhgInventory.Tests.Reports;

/// <summary>Hand-built scenario outcomes for the HTML scenario section's tests (issue 16): a builder of one scenario's outcome and the
/// three scenarios the tests draw (baseline without runs, an illustrative plan with runs, an illustrative enhanced scenario peaked at the
/// base year), for the city 150600 and the banner 150622 准格尔旗, base year 2024, horizon 2030.</summary>
/// <remarks>Every figure is written out here in tonnes; the tests assert them as the report shows them (万吨 = t / 10^4, to 0.1).</remarks>
internal static class HtmlScenarioOutcomes
{
    internal static readonly RegionCode Jungar = RegionCode.Parse("150622");

    internal static readonly Region JungarRegion = new(Jungar, City, "准格尔旗", "Jungar Banner", null);

    internal const int BaseYear = 2024;
    internal const int Horizon = 2030;

    /// <summary>One scenario's outcome under construction.</summary>
    internal sealed class Builder(string name, string title, bool illustrative)
    {
        private readonly Dictionary<(RegionCode Region, int Year), double> history = [];
        private readonly List<AreaOutcome> areas = [];
        private readonly List<LeverSensitivity> sensitivity = [];
        private readonly List<TargetCheck> targets = [];
        private readonly List<BudgetCheck> budgets = [];
        private readonly List<LineText> flags = [];
        private int iterations;

        /// <summary>Monte Carlo runs (0: central only, no quantiles).</summary>
        public Builder Runs(int n)
        {
            iterations = n;
            return this;
        }

        /// <summary>CO2e excluding LULUCF of <paramref name="region"/> in the years from <paramref name="firstYear"/>, t.</summary>
        public Builder History(RegionCode region, int firstYear, params double[] tonnes)
        {
            for (int i = 0; i < tonnes.Length; i++)
            {
                history[(region, firstYear + i)] = tonnes[i];
            }
            return this;
        }

        /// <summary>An area: its central path from the base year (t), the quantiles as offsets from the central (t) when the scenario
        /// has runs (p05 = central + d05 …, mean = central), its peak and shares.</summary>
        public Builder Area(RegionCode region, double[] central, int? peakYear, bool peakedAtBase, double peakTonnes,
            (double P2025, double P2030, double NotPeaked)? probabilities = null, Dictionary<int, double>? shares = null,
            (double D05, double D25, double D50, double D75, double D95)? offsets = null)
        {
            var path = central.Select((c, i) => offsets is { } d
                ? new PathQuantiles(BaseYear + i, c, c, c + d.D05, c + d.D25, c + d.D50, c + d.D75, c + d.D95)
                : new PathQuantiles(BaseYear + i, c, null, null, null, null, null, null)).ToList();
            areas.Add(new AreaOutcome(region, false, peakYear, peakedAtBase, peakTonnes, probabilities?.P2025, probabilities?.P2030,
                probabilities?.NotPeaked, shares ?? [], path, []));
            return this;
        }

        /// <summary>A lever's sensitivity of the city's peak.</summary>
        public Builder Sensitivity(string lever, RegionCode? region, double low, double high, int? lowYear, int? highYear)
        {
            sensitivity.Add(new LeverSensitivity(new UncertainDimension(lever, region), low, high, lowYear, highYear, null, null));
            return this;
        }

        /// <summary>A target check.</summary>
        public Builder Target(TargetCheck check)
        {
            targets.Add(check);
            return this;
        }

        /// <summary>A budget check.</summary>
        public Builder Budget(BudgetCheck check)
        {
            budgets.Add(check);
            return this;
        }

        /// <summary>A flag.</summary>
        public Builder Flag(LineText flag)
        {
            flags.Add(flag);
            return this;
        }

        /// <summary>The outcome.</summary>
        public ScenarioOutcome Build()
        {
            var definition = new ScenarioDefinition(name, title, "hand-built for the HTML tests", illustrative, City, null, BaseYear, Horizon, null, null,
                [], [], name + ".toml", new string('0', 64));
            var scenarioBase = new ScenarioBase(City, 7, new string('a', 64), BaseYear, new ScenarioGwp("AR5", 28, 265), [],
                new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), history, []), [], []);
            return new ScenarioOutcome(definition, scenarioBase, 42, iterations, areas, targets, budgets, sensitivity, flags);
        }
    }

    private static readonly Dictionary<int, double> NoShares = [];

    /// <summary>History 2022–2024 of the city (100, 105, 110 million t) and the banner (30, 31, 32 million t).</summary>
    private static Builder WithHistory(Builder b) =>
        b.History(City, 2022, 100_000_000, 105_000_000, 110_000_000).History(Jungar, 2022, 30_000_000, 31_000_000, 32_000_000);

    /// <summary>Baseline: not illustrative, no runs, rising to the horizon (not peaked by 2030).</summary>
    internal static ScenarioOutcome Baseline() => WithHistory(new Builder("baseline", "基准情景 baseline", false))
        .Area(City, [110e6, 112e6, 114e6, 116e6, 118e6, 120e6, 122e6], null, false, 122e6)
        .Area(Jungar, [32e6, 33e6, 34e6, 35e6, 36e6, 37e6, 38e6], null, false, 38e6)
        .Build();

    /// <summary>The plan: illustrative, 1000 runs, the city peaking in 2027 at 119,876,543 t; quantile offsets −8, −3, −0.5, +3, +9 million t;
    /// three levers in the tornado (one a banner's own, one not in the catalogue); a target, a budget and a flag.</summary>
    internal static ScenarioOutcome Plan() => WithHistory(new Builder("plan", "规划情景 plan", true))
        .Runs(1000)
        .Area(City, [110e6, 115e6, 118e6, 119_876_543, 117e6, 115e6, 113e6], 2027, false, 119_876_543, (0.0, 0.95, 0.05),
            new Dictionary<int, double> { [2026] = 0.2, [2027] = 0.5, [2028] = 0.25, [AreaOutcome.NotPeakedKey] = 0.05 },
            (-8e6, -3e6, -0.5e6, 3e6, 9e6))
        .Area(Jungar, [32e6, 33e6, 33.5e6, 33e6, 32e6, 31e6, 30e6], 2026, false, 33.5e6, (0.1, 1.0, 0.0),
            new Dictionary<int, double> { [2025] = 0.1, [2026] = 0.6, [2027] = 0.3 }, (-2e6, -1e6, 0, 1e6, 2e6))
        .Sensitivity("gdp_growth", null, 115e6, 125_432_100, 2026, 2029)
        .Sensitivity("coal_power_rate", Jungar, 118e6, 121e6, 2027, 2027)
        .Sensitivity("made_up_lever", null, 119e6, 120.5e6, 2027, null)
        .Target(new TargetCheck(new Target(City, "co2_intensity", "co2_national_grid", 2020, 2030, TargetKind.Change, -65, "%", "illustrative", "", "targets.csv:2"),
            "co2_national_grid", 3.2, 1.12, 2.1, false, 0.35, null))
        .Target(new TargetCheck(new Target(Jungar, "coal_share", "", 2020, 2030, TargetKind.AtMost, 70, "%", "illustrative", "", "targets.csv:3"),
            "", 80, 70, null, null, null, LineText.Term("the indicator is not projected", "该指标未预测")))
        .Budget(new BudgetCheck(new CarbonBudget(City, 2021, 2030, 1_000_000_000, CarbonBudget.Territorial, "illustrative", "", "budgets.csv:2"),
            400_000_000, 1_050_000_000, false, 0.2, 2029, null))
        .Flag(LineText.Term("thermal generation of 150627 reaches 0 in 2029", "伊金霍洛旗2029年火电发电量降为0"))
        .Build();

    /// <summary>Enhanced: illustrative, 1000 runs, peaked at the base year; no uncertain lever, no check.</summary>
    internal static ScenarioOutcome Enhanced() => WithHistory(new Builder("enhanced", "强化情景 enhanced", true))
        .Runs(1000)
        .Area(City, [110e6, 108e6, 105e6, 102e6, 99e6, 96e6, 93e6], 2024, true, 110e6, (1.0, 1.0, 0.0),
            new Dictionary<int, double> { [2024] = 0.9, [2025] = 0.1 }, (-4e6, -2e6, 0, 2e6, 4e6))
        .Area(Jungar, [32e6, 31e6, 30e6, 29e6, 28e6, 27e6, 26e6], 2024, true, 32e6, (1.0, 1.0, 0.0),
            new Dictionary<int, double> { [2024] = 1.0 }, (-1e6, -0.5e6, 0, 0.5e6, 1e6))
        .Build();

    /// <summary>The bundled catalogue's rows of the levers the plan's tornado names (read from the CSV itself, not retyped).</summary>
    internal static LeverCatalogue Catalogue()
    {
        string path = Path.Combine(RepositoryPaths.Root, "emission-factors", "vocabulary", "scenario-levers.csv");
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Where(f => f[0] is "gdp_growth" or "coal_power_rate");
        return new LeverCatalogue(rows.Select(f => new LeverDefinition(f[0], f[1] == "rate" ? LeverKind.Rate : LeverKind.Level, f[2], LeverScope.Region, "",
            LeverBase.None, null, f[7], f[8], f[9])));
    }

    /// <summary>The report's data: a hand inventory summary of the city (Issue15's hand lines) and the given scenarios.</summary>
    internal static HtmlReportData Data(ReportLanguage language, IReadOnlyList<ScenarioOutcome> scenarios, Region? banner)
    {
        var summary = new InventorySummarizer(Regions(), Categories(), isGreenhouse: SubstanceKinds.IsGreenhouse, reportingCells: ReportingCells.Bundled)
            .Summarize(1, City, 2020, new GwpSet("AR5"), HandLines(), []);
        var run = new HtmlRunInfo(1, "2026-01-01T00:00:00Z", "test", "AR5", 2020, 2020, "edition=provincial-2011", new string('0', 64), [], 1, []);
        return new HtmlReportData(summary, [summary], run, new ReportNames(language, new Dictionary<string, ActivityDefinition>()))
        {
            Scenarios = scenarios,
            ScenarioRegion = banner,
            LeverCatalogue = Catalogue(),
        };
    }

    /// <summary>The HTML of a report with the scenario section alone, in <paramref name="language"/>.</summary>
    internal static string Html(ReportLanguage language, IReadOnlyList<ScenarioOutcome> scenarios, Region? banner)
    {
        var data = Data(language, scenarios, banner);
        var html = new StringWriter();
        using (UiCulture.Use(language == ReportLanguage.Zh ? UiCulture.Chinese : UiCulture.English))
        {
            HtmlReport.WriteSections(html, data, [new GhgInventory.Reports.Html.Sections.ScenarioSection()]);
        }
        return html.ToString();
    }
}
