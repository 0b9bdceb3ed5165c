using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Scenarios;

/// <summary>What a scenario run gives (docs/scenarios.md §7): the central path, the Monte Carlo distribution, target and budget checks,
/// and the sensitivity to each uncertain lever, for the city and every part.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Base">The base it ran from.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Iterations">Monte Carlo runs (0: the central path only).</param>
/// <param name="Areas">The city first, then every part in <see cref="ScenarioBase.Parts"/> order.</param>
/// <param name="Targets">Every target of the targets file: checked, or why not.</param>
/// <param name="Budgets">Every budget of the budgets file for the city and the parts.</param>
/// <param name="Sensitivity">One row per uncertain dimension (city peak), largest peak-level range first.</param>
/// <param name="Flags">What the reader must see first after the illustrative label (which renderers print from <see cref="ScenarioDefinition.Illustrative"/>): base flags, model flags.</param>
public sealed record ScenarioOutcome(ScenarioDefinition Scenario, ScenarioBase Base, ulong Seed, int Iterations, IReadOnlyList<AreaOutcome> Areas,
    IReadOnlyList<TargetCheck> Targets, IReadOnlyList<BudgetCheck> Budgets, IReadOnlyList<LeverSensitivity> Sensitivity, IReadOnlyList<LineText> Flags);

/// <summary>The peak and the path of the city or one part.</summary>
/// <param name="Region">The region.</param>
/// <param name="IsCityRest">True for the city's rest.</param>
/// <param name="PeakYear">The central path's peak year; null when it has not peaked by the horizon (its maximum is the horizon year).</param>
/// <param name="PeakedAtBase">True when the central path's maximum is the base year (peaked at or before it).</param>
/// <param name="PeakCo2eTonnes">The central path's highest CO2e excluding LULUCF, t.</param>
/// <param name="PPeakBy2025">Share of runs whose peak year is 2025 or earlier (peaked at base counted); null without runs.</param>
/// <param name="PPeakBy2030">The same for 2030.</param>
/// <param name="PNotPeaked">Share of runs not peaked by the horizon.</param>
/// <param name="PeakYearShares">Share of runs by peak year (only years with runs); runs not peaked are under <see cref="NotPeakedKey"/>.</param>
/// <param name="Path">The path by year, base year first.</param>
/// <param name="Central">The central projection in full, base year first.</param>
public sealed record AreaOutcome(RegionCode Region, bool IsCityRest, int? PeakYear, bool PeakedAtBase, double PeakCo2eTonnes, double? PPeakBy2025,
    double? PPeakBy2030, double? PNotPeaked, IReadOnlyDictionary<int, double> PeakYearShares, IReadOnlyList<PathQuantiles> Path,
    IReadOnlyList<ProjectedYear> Central)
{
    /// <summary>The key of runs not peaked by the horizon in <see cref="PeakYearShares"/>.</summary>
    public const int NotPeakedKey = 0;
}

/// <summary>CO2e excluding LULUCF in one year: the central path and the distribution of the runs (quantiles R type 7), t; the
/// distribution figures are null without runs.</summary>
public sealed record PathQuantiles(int Year, double Central, double? Mean, double? P05, double? P25, double? P50, double? P75, double? P95);

/// <summary>A target checked on the projection.</summary>
/// <param name="Target">The target.</param>
/// <param name="Rule">The rule checked (one row per rule for <see cref="Target.AnyRule"/>).</param>
/// <param name="BaseValue">The indicator in the target's base year from the run's history; null when missing.</param>
/// <param name="TargetValue">The level to reach in the target year, in the indicator's unit.</param>
/// <param name="CentralValue">The central path's value in the target year.</param>
/// <param name="CentralMet">Met on the central path; null when not checked.</param>
/// <param name="ProbabilityMet">Share of runs meeting it; null without runs or when not checked.</param>
/// <param name="NotCheckedBecause">Why it is not checked (not projected, target year outside the projection, base value missing); null when checked.</param>
public sealed record TargetCheck(Target Target, string Rule, double? BaseValue, double? TargetValue, double? CentralValue, bool? CentralMet,
    double? ProbabilityMet, LineText? NotCheckedBecause);

/// <summary>A carbon budget kept or not on the projection.</summary>
/// <param name="Budget">The budget.</param>
/// <param name="HistoryUsedTonnes">CO2 of its years up to the base year from the run, t; null when a year is missing.</param>
/// <param name="CentralUsedTonnes">History + the central path's projected years to the budget's end, t.</param>
/// <param name="CentralWithin">Within the budget on the central path.</param>
/// <param name="ProbabilityWithin">Share of runs within it; null without runs.</param>
/// <param name="CentralRunOutYear">The year the central path's cumulative CO2 first exceeds it; null when it does not.</param>
/// <param name="NotCheckedBecause">Why it is not checked (history missing, period beyond the horizon); null when checked.</param>
public sealed record BudgetCheck(CarbonBudget Budget, double? HistoryUsedTonnes, double? CentralUsedTonnes, bool? CentralWithin, double? ProbabilityWithin,
    int? CentralRunOutYear, LineText? NotCheckedBecause);

/// <summary>The sensitivity of the city's peak to one uncertain lever.</summary>
/// <param name="Dimension">The lever (and region).</param>
/// <param name="PeakCo2eLow">Central peak level with this lever at u = 0.1, t.</param>
/// <param name="PeakCo2eHigh">With it at u = 0.9, t.</param>
/// <param name="PeakYearLow">Peak year at u = 0.1 (null: not peaked).</param>
/// <param name="PeakYearHigh">Peak year at u = 0.9.</param>
/// <param name="FirstOrderPeakCo2e">First-order variance-based index of the peak level from the runs, 0–1; null without enough runs.</param>
/// <param name="FirstOrderPeakYear">The same for the peak year.</param>
public sealed record LeverSensitivity(UncertainDimension Dimension, double PeakCo2eLow, double PeakCo2eHigh, int? PeakYearLow, int? PeakYearHigh,
    double? FirstOrderPeakCo2e, double? FirstOrderPeakYear);

/// <summary>Two scenarios' central paths compared on one base (docs/scenarios.md §8).</summary>
/// <param name="A">The first scenario's outcome (central).</param>
/// <param name="B">The second.</param>
/// <param name="Years">B − A of the city's CO2e excluding LULUCF by year, t, base year first.</param>
/// <param name="BySector">B − A by sector in selected years (every 5th year and the horizon), t CO2e.</param>
/// <param name="Attribution">Shapley shares of the levers that differ, for the peak level, the 2030 CO2e and the cumulative CO2e to the horizon; they add up to the whole difference.</param>
public sealed record ScenarioComparison(ScenarioOutcome A, ScenarioOutcome B, IReadOnlyList<(int Year, double DifferenceTonnes)> Years,
    IReadOnlyList<(int Year, ScenarioSector Sector, double DifferenceTonnes)> BySector, IReadOnlyList<LeverAttribution> Attribution)
{
    /// <summary>What the reader must know about the attribution (sampled orders beyond 12 levers, no 2030 in the projection); empty when nothing.</summary>
    public IReadOnlyList<LineText> Notes { get; init; } = [];
}

/// <summary>One lever's share of the difference between two scenarios (Shapley value).</summary>
/// <param name="Lever">The lever key (or key@region).</param>
/// <param name="PeakCo2eTonnes">Its share of B − A in the peak level, t.</param>
/// <param name="Co2e2030Tonnes">Its share of B − A in 2030, t.</param>
/// <param name="CumulativeCo2eTonnes">Its share of B − A summed over the base year + 1 … horizon, t.</param>
public sealed record LeverAttribution(string Lever, double PeakCo2eTonnes, double Co2e2030Tonnes, double CumulativeCo2eTonnes);
