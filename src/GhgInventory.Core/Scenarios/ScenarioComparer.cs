using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using MathNet.Numerics.Random;

namespace GhgInventory.Core.Scenarios;

/// <summary>Compares two scenarios on one base (docs/scenarios.md §8): B − A of the central paths by year and sector, and the Shapley
/// attribution of the difference to the lever settings that differ.</summary>
/// <remarks>
/// A setting differs when it is set in one file only, or its points (year and value or distribution), or its start year, differ; the
/// numbers are compared, never the source text or the location. For a set S of differing settings the hybrid scenario is A with the
/// settings of S taken from B (a setting B does not make is removed), bound to the same base and projected with every dimension at
/// u = 0.5; v(S) is its city peak level, 2030 CO2e and cumulative CO2e (base year + 1 … horizon, t CO2e excluding LULUCF). The hybrid
/// of no setting is A and of every setting is B. Shapley value (Shapley 1953, "A value for n-person games", Contributions to the Theory
/// of Games II, 307–317): φ_i = Σ_{S ⊆ N∖{i}} |S|!(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)), exact over all 2^n subsets up to
/// <see cref="ExactLimit"/> settings; beyond, the mean marginal contribution over <see cref="SampledOrders"/> random orders drawn with
/// the fixed seed <see cref="SampleSeed"/>. Either way Σ φ_i = v(N) − v(∅) = B − A (every order telescopes). The hybrids carry no
/// correlations: the central path does not depend on them.
/// </remarks>
public static class ScenarioComparer
{
    /// <summary>The most differing settings attributed exactly over every subset.</summary>
    public const int ExactLimit = 12;

    /// <summary>The number of random orders beyond <see cref="ExactLimit"/>.</summary>
    public const int SampledOrders = 200;

    /// <summary>The seed of the random orders.</summary>
    public const int SampleSeed = 16;

    /// <summary>The year of the second attributed figure.</summary>
    public const int MilestoneYear = 2030;

    /// <summary>B − A of the central paths, with the Shapley attribution to the levers that differ.</summary>
    /// <exception cref="ScenarioBindException">Either cannot be bound, or their horizons differ.</exception>
    public static ScenarioComparison Compare(ScenarioDefinition a, ScenarioDefinition b, LeverCatalogue catalogue, ScenarioBase baseState)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(baseState);
        return Compare(a, b, d => ScenarioModel.Bind(d, catalogue, baseState));
    }

    /// <summary>As <see cref="Compare(ScenarioDefinition, ScenarioDefinition, LeverCatalogue, ScenarioBase)"/> with the scenarios (and every
    /// hybrid of them) bound by <paramref name="bind"/> to one base.</summary>
    /// <exception cref="ScenarioBindException">Either cannot be bound, or their horizons differ.</exception>
    public static ScenarioComparison Compare(ScenarioDefinition a, ScenarioDefinition b, Func<ScenarioDefinition, IScenarioModel> bind)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(bind);
        if (a.Horizon != b.Horizon)
        {
            throw new ScenarioBindException([MonteCarloSay.Text.Text("CompareHorizons", a.FileName, a.Horizon, b.FileName, b.Horizon)]);
        }
        var modelA = bind(a);
        var modelB = bind(b);
        var outA = MonteCarlo.Run(modelA, a, 0, 0);
        var outB = MonteCarlo.Run(modelB, b, 0, 0);
        var cityA = outA.Areas[0];
        var cityB = outB.Areas[0];
        var years = cityA.Path.Zip(cityB.Path, (x, y) => (x.Year, y.Central - x.Central)).ToList();
        int first = modelA.FirstYear;
        int horizon = modelA.LastYear;
        var bySector = new List<(int, ScenarioSector, double)>();
        foreach (var (x, y) in cityA.Central.Zip(cityB.Central))
        {
            if (x.Year % 5 != 0 && x.Year != horizon)
            {
                continue;
            }
            foreach (var sector in Enum.GetValues<ScenarioSector>())
            {
                bySector.Add((x.Year, sector, y.Co2eTonnes.GetValueOrDefault(sector) - x.Co2eTonnes.GetValueOrDefault(sector)));
            }
        }

        var notes = new List<LineText>();
        bool has2030 = MilestoneYear >= first && MilestoneYear <= horizon;
        if (!has2030)
        {
            notes.Add(MonteCarloSay.Text.Text("Compare2030Outside", first, horizon));
        }
        var players = Differing(a, b);
        int n = players.Count;
        var cache = new Dictionary<string, double[]>(StringComparer.Ordinal)
        {
            [Key(new bool[n])] = Figures(modelA, first),
            [Key(Enumerable.Repeat(true, n).ToArray())] = Figures(modelB, first),
        };
        double[] V(bool[] set)
        {
            string key = Key(set);
            if (!cache.TryGetValue(key, out var v))
            {
                v = Figures(bind(Hybrid(a, b, players, set)), first);
                cache[key] = v;
            }
            return v;
        }
        var phi = new double[n, 3];
        if (n <= ExactLimit)
        {
            var weight = new double[n];
            for (int s = 0; s < n; s++)
            {
                weight[s] = Factorial(s) * Factorial(n - s - 1) / Factorial(n); // exact in double up to 12! = 479,001,600
            }
            for (int mask = 0; mask < 1 << n; mask++)
            {
                var set = new bool[n];
                int size = 0;
                for (int i = 0; i < n; i++)
                {
                    set[i] = (mask & (1 << i)) != 0;
                    size += set[i] ? 1 : 0;
                }
                for (int i = 0; i < n; i++)
                {
                    if (set[i])
                    {
                        continue;
                    }
                    var without = V(set);
                    set[i] = true;
                    var with = V(set);
                    set[i] = false;
                    for (int f = 0; f < 3; f++)
                    {
                        phi[i, f] += weight[size] * (with[f] - without[f]);
                    }
                }
            }
        }
        else
        {
            notes.Add(MonteCarloSay.Text.Text("CompareSampled", n, SampledOrders, SampleSeed));
            var rng = new Xoshiro256StarStar(SampleSeed, false);
            var order = Enumerable.Range(0, n).ToArray();
            for (int k = 0; k < SampledOrders; k++)
            {
                for (int i = n - 1; i > 0; i--)
                {
                    int j = rng.Next(i + 1);
                    (order[i], order[j]) = (order[j], order[i]);
                }
                var set = new bool[n];
                var before = V(set);
                foreach (int p in order)
                {
                    set[p] = true;
                    var after = V(set);
                    for (int f = 0; f < 3; f++)
                    {
                        phi[p, f] += (after[f] - before[f]) / SampledOrders;
                    }
                    before = after;
                }
            }
        }
        var attribution = Enumerable.Range(0, n)
            .Select(i => new LeverAttribution(players[i].Name, phi[i, 0], has2030 ? phi[i, 1] : double.NaN, phi[i, 2]))
            .ToList();
        return new ScenarioComparison(outA, outB, years, bySector, attribution) { Notes = notes };
    }

    /// <summary>One setting that differs between A and B: the lever key, its region (null: city-wide) and each file's setting (null: not set).</summary>
    private sealed record Player(string Key, RegionCode? Region, LeverSetting? A, LeverSetting? B)
    {
        public string Name => Region is { } r ? $"{Key}@{r.Value}" : Key;
    }

    /// <summary>The settings that differ, in A's order then B's.</summary>
    private static List<Player> Differing(ScenarioDefinition a, ScenarioDefinition b)
    {
        var keys = a.Levers.Concat(b.Levers).Select(l => (l.Key, l.Region)).Distinct().ToList();
        var players = new List<Player>();
        foreach (var (key, region) in keys)
        {
            var sa = a.Levers.FirstOrDefault(l => l.Key == key && l.Region == region);
            var sb = b.Levers.FirstOrDefault(l => l.Key == key && l.Region == region);
            if (!Same(sa, sb))
            {
                players.Add(new Player(key, region, sa, sb));
            }
        }
        return players;
    }

    /// <summary>Equal numbers: the same start year and the same points (year and value or distribution, compared as records).</summary>
    private static bool Same(LeverSetting? x, LeverSetting? y) =>
        x is not null && y is not null && x.From == y.From && x.Points.Count == y.Points.Count
        && x.Points.Zip(y.Points).All(p => p.First.Year == p.Second.Year && p.First.Value.Equals(p.Second.Value));

    /// <summary>A with the settings of <paramref name="set"/> taken from B, without correlations.</summary>
    private static ScenarioDefinition Hybrid(ScenarioDefinition a, ScenarioDefinition b, List<Player> players, bool[] set)
    {
        var levers = new List<LeverSetting>();
        foreach (var setting in a.Levers)
        {
            int p = players.FindIndex(x => x.Key == setting.Key && x.Region == setting.Region);
            if (p < 0 || !set[p])
            {
                levers.Add(setting);
            }
        }
        for (int p = 0; p < players.Count; p++)
        {
            if (set[p] && players[p].B is { } fromB)
            {
                levers.Add(fromB);
            }
        }
        return a with { Levers = levers, Correlations = [] };
    }

    /// <summary>The city's peak level, 2030 CO2e (NaN outside the projection) and CO2e summed over base year + 1 … horizon, t, at u = 0.5.</summary>
    private static double[] Figures(IScenarioModel model, int first)
    {
        var buffer = model.NewBuffer();
        model.Project(Enumerable.Repeat(0.5, model.Dimensions.Count).ToArray(), buffer);
        var path = buffer.Co2e.AsSpan(buffer.At(0, 0), buffer.Years);
        double cumulative = 0;
        for (int y = 1; y < path.Length; y++)
        {
            cumulative += path[y];
        }
        int i2030 = MilestoneYear - first;
        return [PeakFinder.Find(path, first).Peak, i2030 >= 0 && i2030 < path.Length ? path[i2030] : double.NaN, cumulative];
    }

    private static string Key(bool[] set) => new(set.Select(x => x ? '1' : '0').ToArray());

    private static double Factorial(int k)
    {
        double product = 1;
        for (int i = 2; i <= k; i++)
        {
            product *= i;
        }
        return product;
    }
}
