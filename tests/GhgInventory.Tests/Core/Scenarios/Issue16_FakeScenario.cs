using System.Collections.Concurrent;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Tests.Core.Scenarios;

/// <summary>Fills a buffer for a quantile vector: the fake model's whole arithmetic, known analytically in each test.</summary>
internal delegate void FakeFill(ReadOnlySpan<double> u, ProjectionBuffer buffer);

/// <summary>A scenario model whose answer a test knows analytically (the real engine is another helper's part): it records every
/// quantile vector it is asked for.</summary>
internal sealed class Issue16_FakeModel(ScenarioBase baseState, IReadOnlyList<UncertainDimension> dimensions, int lastYear, FakeFill fill,
    IReadOnlyList<LineText>? flags = null) : IScenarioModel
{
    public ScenarioBase Base => baseState;

    public IReadOnlyList<UncertainDimension> Dimensions => dimensions;

    public int FirstYear => baseState.BaseYear;

    public int LastYear => lastYear;

    public IReadOnlyList<LineText> Flags => flags ?? [];

    /// <summary>Every u vector passed to <see cref="Project"/> (any order: runs go in parallel).</summary>
    public ConcurrentQueue<double[]> Seen { get; } = new();

    public ProjectionBuffer NewBuffer() => new(1 + baseState.Parts.Count, lastYear - FirstYear + 1);

    public void Project(ReadOnlySpan<double> u, ProjectionBuffer buffer)
    {
        if (u.Length != dimensions.Count)
        {
            throw new ArgumentException("wrong length", nameof(u));
        }
        Seen.Enqueue(u.ToArray());
        fill(u, buffer);
    }

    /// <summary>The buffer's figures as detail: CO2e all in industry.</summary>
    public IReadOnlyList<ProjectedYear> ProjectDetailed(ReadOnlySpan<double> u)
    {
        var buffer = NewBuffer();
        fill(u, buffer);
        var list = new List<ProjectedYear>();
        for (int a = 0; a < buffer.Areas; a++)
        {
            var region = a == 0 ? baseState.City : baseState.Parts[a - 1].Region;
            bool rest = a > 0 && baseState.Parts[a - 1].IsCityRest;
            for (int y = 0; y < buffer.Years; y++)
            {
                double co2e = buffer.Co2e[buffer.At(a, y)];
                var sectors = new Dictionary<ScenarioSector, double> { [ScenarioSector.Industry] = co2e };
                list.Add(new ProjectedYear(region, rest, FirstYear + y, 0, 0, default, 0, 0, 0, 0, 0, 0, sectors, sectors, sectors, sectors,
                    co2e, 0, new double[ScenarioIndicators.All.Count], []));
            }
        }
        return list;
    }
}

/// <summary>Builders of the frame's records for the fake models.</summary>
internal static class Issue16_Fake
{
    public static readonly RegionCode City = RegionCode.Parse("150600");
    public static readonly RegionCode Banner = RegionCode.Parse("150622");

    public static RegionBase Part(RegionCode region) => new(region, false, 0, 0, 0, 0, 0, SectorBase.Empty, SectorBase.Empty, SectorBase.Empty,
        SectorBase.Empty, 0, SectorBase.Empty, SectorBase.Empty, 0, null, new EnergyAccountBase(0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, null, null, 0),
        new ProductOutputs(null, null, null, null), [], []);

    public static ScenarioBase Base(int baseYear, IReadOnlyList<RegionBase>? parts = null, ScenarioHistory? history = null,
        IReadOnlyList<Target>? targets = null, IReadOnlyList<CarbonBudget>? budgets = null) =>
        new(City, 1, "hash", baseYear, new ScenarioGwp("AR5", 28, 265), parts ?? [],
            history ?? new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), new Dictionary<(RegionCode, int), double>(), []),
            targets ?? [], budgets ?? []);

    public static ScenarioDefinition Scenario(int horizon, IReadOnlyList<LeverSetting>? levers = null, IReadOnlyList<LeverCorrelation>? correlations = null,
        bool illustrative = false, string name = "fake") =>
        new(name, "fake title", "", illustrative, City, null, null, horizon, null, null, levers ?? [], correlations ?? [], name + ".toml", "sha");

    public static LeverSetting Fixed(string key, double value, string source = "test") =>
        new(key, "%/a", source, null, [new PathPoint(2025, new Uncertain.Fixed(value), "fake.toml:1:1")], null, "fake.toml:1:1");

    public static List<UncertainDimension> Dims(params string[] keys) => keys.Select(k => new UncertainDimension(k, null)).ToList();
}
