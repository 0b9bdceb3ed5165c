using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Tests.Reports;

/// <summary>A hand-built scenario outcome (issue 16) for the report and store tests: no engine runs, every figure is written here.</summary>
/// <remarks>
/// City path (t CO2e, excluding LULUCF): 2024 50,000,000; 2025 51,000,000; 2026 52,000,000; 2027 52,500,000; 2028 52,800,000 (the peak);
/// 2029 52,600,000; 2030 52,000,000 (the horizon). Peak-year shares: 2025 0.05, 2027 0.2, 2028 0.4623, 2029 0.1 → by 2025 0.05,
/// by 2030 0.05 + 0.2 + 0.4623 + 0.1 = 0.8123, not peaked 1 − 0.8123 = 0.1877.
/// </remarks>
internal static class Issue16_ScenarioSample
{
    public static readonly RegionCode City = RegionCode.Parse("150600");
    public static readonly RegionCode Jungar = RegionCode.Parse("150622");

    public static LeverCatalogue Catalogue() => new(
    [
        new LeverDefinition("gdp_growth", LeverKind.Rate, "%/a", LeverScope.Region, "", LeverBase.None, 0, "地区生产总值增速", "GDP growth", "GDP growth"),
    ]);

    public static RegionTree Regions() => new(
    [
        new Region(City, null, "鄂尔多斯市", "Ordos", null),
        new Region(Jungar, City, "准格尔旗", "Jungar Banner", null),
    ]);

    public static ScenarioDefinition Scenario(bool illustrative = true, string sha = "") => new("plan", "规划情景 (示意) plan (illustrative)", "test",
        illustrative, City, null, 2024, 2030, null, null, [], [], "plan.toml", sha.Length > 0 ? sha : new string('a', 64));

    public static ScenarioOutcome Outcome(bool illustrative = true, ulong seed = 1, int iterations = 10000, long runId = 1, string sha = "")
    {
        var cityPath = new List<PathQuantiles>
        {
            new(2024, 50_000_000, 50_000_000, 50_000_000, 50_000_000, 50_000_000, 50_000_000, 50_000_000),
            new(2025, 51_000_000, 51_100_000, 49_000_000, 50_200_000, 51_000_000, 51_900_000, 53_500_000),
            new(2026, 52_000_000, 52_000_000, 50_000_000, 51_000_000, 52_000_000, 53_000_000, 54_000_000),
            new(2027, 52_500_000, 52_500_000, 50_500_000, 51_500_000, 52_500_000, 53_500_000, 54_500_000),
            new(2028, 52_800_000, 52_800_000, 50_800_000, 51_800_000, 52_800_000, 53_800_000, 54_800_000),
            new(2029, 52_600_000, 52_600_000, 50_600_000, 51_600_000, 52_600_000, 53_600_000, 54_600_000),
            new(2030, 52_000_000, 52_123_456.789, 49_876_543.21, 51_000_000, 52_000_000, 53_000_000, 55_555_555.5),
        };
        var city = new AreaOutcome(City, false, 2028, false, 52_800_000, 0.05, 0.8123, 0.1877,
            new Dictionary<int, double> { [2025] = 0.05, [2027] = 0.2, [2028] = 0.4623, [2029] = 0.1, [AreaOutcome.NotPeakedKey] = 0.1877 }, cityPath, []);
        var jungarPath = Enumerable.Range(2024, 7).Select(y => new PathQuantiles(y, 20_000_000 - (y - 2024) * 100_000.0, null, null, null, null, null, null)).ToList();
        var jungar = new AreaOutcome(Jungar, false, 2024, true, 20_000_000, null, null, null, new Dictionary<int, double>(), jungarPath, []);
        var restPath = Enumerable.Range(2024, 7).Select(y => new PathQuantiles(y, 1_000_000, null, null, null, null, null, null)).ToList();
        var rest = new AreaOutcome(City, true, null, false, 1_000_000, null, null, null, new Dictionary<int, double>(), restPath, []);
        var target = new Target(City, "co2_intensity", "co2_national_grid", 2020, 2025, TargetKind.Change, -18, "%", "plan §3", "", "targets.csv:3");
        var steel = new Target(City, "steel_capacity", "", 2020, 2025, TargetKind.Reported, null, "", "plan §4", "", "targets.csv:4");
        var budget = new CarbonBudget(City, 2021, 2025, 250_000_000, CarbonBudget.Territorial, "illustrative", "", "budgets.csv:2");
        var baseState = new ScenarioBase(City, runId, "hash", 2024, new ScenarioGwp("AR5", 28, 265), [],
            new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), new Dictionary<(RegionCode, int), double>(), []), [target, steel], [budget]);
        return new ScenarioOutcome(Scenario(illustrative, sha), baseState, seed, iterations, [city, jungar, rest],
        [
            // 10 × (1 − 18/100) = 8.2, the level to reach; the central path's 8.5 is above it: not met.
            new TargetCheck(target, "co2_national_grid", 10, 8.2, 8.5, false, 0.25, null),
            new TargetCheck(steel, "", null, null, null, null, null, LineText.Verbatim("not projected: steel capacity")),
        ],
        [new BudgetCheck(budget, 180_000_000, 230_000_000, true, 0.9, null, null)],
        [new LeverSensitivity(new UncertainDimension("gdp_growth", null), 51_000_000, 54_600_000, 2027, null, 0.62, null)],
        [LineText.Verbatim("3.B of 150627 is NE in 2024: carried as NE, not 0")]);
    }
}
