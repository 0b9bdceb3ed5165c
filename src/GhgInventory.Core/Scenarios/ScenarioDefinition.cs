using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Scenarios;

/// <summary>A scenario file as read and checked (docs/scenarios.md §6): what it projects, from which stored run, and its levers.</summary>
/// <param name="Name">The short name ([a-z0-9_-]+), the key of stored scenario runs.</param>
/// <param name="Title">The title shown to the reader.</param>
/// <param name="Description">What the scenario assumes.</param>
/// <param name="Illustrative">True when its assumptions are not an adopted plan's figures: shown first wherever the scenario is.</param>
/// <param name="Region">The city (every region below it is projected).</param>
/// <param name="BaseRunId">The stored inventory run of the base year; null for the newest run covering the base year.</param>
/// <param name="BaseYear">The base year; null for the newest year of the base run.</param>
/// <param name="Horizon">The last projected year (≤ 2100, after the base year).</param>
/// <param name="TargetsPath">The targets file (absolute, resolved against the scenario file's folder); null for the bundled one.</param>
/// <param name="BudgetsPath">The budgets file, as <paramref name="TargetsPath"/>.</param>
/// <param name="Levers">Every lever setting, city-wide ones and per-region ones (<see cref="LeverSetting.Region"/>).</param>
/// <param name="Correlations">Named correlations between uncertain levers.</param>
/// <param name="FileName">The file as the user named it, for messages.</param>
/// <param name="ContentSha256">SHA-256 of the file's bytes, lower-case hex: the identity of stored scenario runs.</param>
public sealed record ScenarioDefinition(string Name, string Title, string Description, bool Illustrative, RegionCode Region, long? BaseRunId,
    int? BaseYear, int Horizon, string? TargetsPath, string? BudgetsPath, IReadOnlyList<LeverSetting> Levers,
    IReadOnlyList<LeverCorrelation> Correlations, string FileName, string ContentSha256)
{
    /// <summary>Where the file chooses its base (<c>plan.toml:5:12</c>): its <c>base_run</c> when a number, else its <c>base_year</c>; null when it names
    /// neither (the newest run and year). A base that does not exist is refused there.</summary>
    public string? BaseLocation { get; init; }

    /// <summary>The setting of <paramref name="key"/> for <paramref name="region"/> (its own, else the city-wide one), or null when the file does not set it.</summary>
    public LeverSetting? Setting(string key, RegionCode? region = null) =>
        (region is null ? null : Levers.FirstOrDefault(l => l.Key == key && l.Region == region))
        ?? Levers.FirstOrDefault(l => l.Key == key && l.Region is null);
}

/// <summary>One lever or driver as the file sets it: a path of points or a value from a start year (docs/scenarios.md §5).</summary>
/// <param name="Key">The catalogue key (<c>gdp_growth</c> …).</param>
/// <param name="Unit">The unit the file wrote, equal to the catalogue's.</param>
/// <param name="Source">Where the figures come from (a plan's section, a statistic, or "illustrative" with the reason).</param>
/// <param name="Region">The region of a region's own setting; null for the city-wide setting.</param>
/// <param name="Points">The path, ordered by year, years distinct; one point for a <c>value</c>.</param>
/// <param name="From">For a <c>value</c> rate: the first year it applies (0 before); null otherwise.</param>
/// <param name="Location">Where it was read (<c>plan.toml:12:1</c>).</param>
public sealed record LeverSetting(string Key, string Unit, string Source, RegionCode? Region, IReadOnlyList<PathPoint> Points, int? From, string Location)
{
    /// <summary>True when any point is a distribution: the setting is then one uncertain dimension.</summary>
    public bool IsUncertain => Points.Any(p => !p.Value.IsFixed);
}

/// <summary>One point of a lever's path.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value, fixed or a distribution, in the lever's unit.</param>
/// <param name="Location">Where it was read.</param>
public sealed record PathPoint(int Year, Uncertain Value, string Location);

/// <summary>A rank correlation between two uncertain levers (Gaussian copula), −1 &lt; rho &lt; 1.</summary>
/// <param name="A">The first lever key (or <c>key@region</c> for a region's own setting).</param>
/// <param name="B">The second.</param>
/// <param name="Rho">The correlation of their standard-normal draws.</param>
/// <param name="Location">Where it was read.</param>
public sealed record LeverCorrelation(string A, string B, double Rho, string Location);
