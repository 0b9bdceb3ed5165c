using System.Collections.Concurrent;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace GhgInventory.Core.Scenarios;

/// <summary>The Monte Carlo of docs/scenarios.md §7: the central path, seeded draws through a Gaussian copula, the peak-year distribution,
/// path quantiles, target and budget checks, and the sensitivity to each uncertain lever.</summary>
/// <remarks>
/// Draws: run i has its own generator, MathNet's <see cref="Xoshiro256StarStar"/> seeded with <see cref="IterationSeed"/>(seed, i), which
/// gives one standard normal e_k per dimension (MathNet <see cref="Normal.Sample(System.Random, double, double)"/>); z = L e with L the
/// Cholesky factor of the correlation matrix over <see cref="IScenarioModel.Dimensions"/> (identity when the file names none);
/// u = Φ(z) kept within [<see cref="UEdge"/>, 1 − <see cref="UEdge"/>] (docs/scenarios.md §6). Runs go in parallel, but every result is stored by run index and reduced in index order,
/// so the outcome is the same whatever the number of threads.
/// Quantiles: R type 7 (numpy's default, linear), MathNet <see cref="QuantileDefinition.R7"/>.
/// </remarks>
public static class MonteCarlo
{
    /// <summary>The fewest runs the variance-based indices are computed from; below it they are null.</summary>
    public const int MinimumRunsForIndices = 500;

    /// <summary>The low quantile of the one-at-a-time sensitivity.</summary>
    public const double TornadoLow = 0.1;

    /// <summary>The high quantile of the one-at-a-time sensitivity.</summary>
    public const double TornadoHigh = 0.9;

    /// <summary>Draws are clamped to the quantiles [UEdge, 1 − UEdge] of every distribution (a draw beyond one takes it: 0.1 % of the draws
    /// sit at each edge): an
    /// inverse CDF never sees 0 or 1 (an infinite normal or lognormal value), and a distribution whose 0.1 % and 99.9 % quantiles lie in the
    /// lever's plausible range (checked when the file is read) never gives a draw outside it (a rate above 100 %/a, negative hours).</summary>
    public const double UEdge = 1e-3;

    // Relative tolerance of "met": a value equal to the target to arithmetic noise meets it (as TargetTrajectory's RelTol).
    private const double RelTol = 1e-12;

    // SplitMix64 constants (Vigna, http://prng.di.unimi.it/splitmix64.c).
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Runs the central path and <paramref name="iterations"/> draws seeded by <paramref name="seed"/>, with checks and sensitivity,
    /// on every processor.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is negative.</exception>
    /// <exception cref="ScenarioBindException">A correlation names no uncertain lever, repeats a pair, or the matrix is not positive definite.</exception>
    public static ScenarioOutcome Run(IScenarioModel model, ScenarioDefinition scenario, int iterations, ulong seed, IProgress<double>? progress = null) =>
        Run(model, scenario, iterations, seed, progress, -1);

    /// <summary>As <see cref="Run(IScenarioModel, ScenarioDefinition, int, ulong, IProgress{double}?)"/> on at most
    /// <paramref name="maxDegreeOfParallelism"/> threads (−1: as many as the machine has); the outcome does not depend on it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is negative, or <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="ScenarioBindException">The correlations cannot be used (see the other overload).</exception>
    public static ScenarioOutcome Run(IScenarioModel model, ScenarioDefinition scenario, int iterations, ulong seed, IProgress<double>? progress,
        int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "−1 or a positive number of threads");
        }
        var dims = model.Dimensions;
        int d = dims.Count;
        var cholesky = CholeskyFactor(dims, scenario.Correlations, scenario.FileName);
        var baseState = model.Base;
        int b = model.FirstYear;
        int years = model.LastYear - model.FirstYear + 1;
        int areas = 1 + baseState.Parts.Count;
        int n = iterations;

        // The central path: every dimension at its median.
        var half = Enumerable.Repeat(0.5, d).ToArray();
        var central = model.NewBuffer();
        model.Project(half, central);
        var detail = model.ProjectDetailed(half);
        var targetPlans = PlanTargets(baseState, central, b, model.LastYear);
        var budgetPlans = PlanBudgets(baseState, central, b, model.LastYear);

        // The runs, each stored at its own index.
        var co2e = new double[areas * years * n];
        var peakYears = new int[areas * n];
        var cityPeak = new double[n];
        var us = new double[n * d];
        var met = new bool[targetPlans.Count * n];
        var within = new bool[budgetPlans.Count * n];
        int done = 0;
        int step = Math.Max(1, n / 100);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var indicatorMask = IndicatorMask(central, targetPlans.Select(t => t.Plan), budgetPlans.Select(p => p.Plan));
        ProjectionBuffer RunBuffer()
        {
            var buffer = model.NewBuffer();
            buffer.IndicatorMask = indicatorMask;
            return buffer;
        }
        // Ranges of runs, each task with its own buffers; every result is stored at its run's index.
        if (n > 0)
        {
            int rangeSize = Math.Max(1, n / (Environment.ProcessorCount * 8));
            var ranges = Partitioner.Create(0, n, rangeSize);
            Parallel.ForEach(ranges, options, () => (Buffer: RunBuffer(), E: new double[d], U: new double[d]), (range, _, local) =>
            {
                var buffer = local.Buffer;
                for (int i = range.Item1; i < range.Item2; i++)
                {
                    Draw(seed, i, cholesky, local.E, local.U);
                    local.U.CopyTo(us, i * d);
                    model.Project(local.U, buffer);
                    for (int a = 0; a < areas; a++)
                    {
                        var path = buffer.Co2e.AsSpan(buffer.At(a, 0), years);
                        for (int y = 0; y < years; y++)
                        {
                            co2e[(a * years + y) * n + i] = path[y];
                        }
                        var peak = PeakFinder.Find(path, b);
                        peakYears[a * n + i] = peak.Year ?? AreaOutcome.NotPeakedKey;
                        if (a == 0)
                        {
                            cityPeak[i] = peak.Peak;
                        }
                    }
                    for (int t = 0; t < targetPlans.Count; t++)
                    {
                        met[t * n + i] = targetPlans[t].Plan is { } plan && plan.Met(buffer);
                    }
                    for (int k = 0; k < budgetPlans.Count; k++)
                    {
                        within[k * n + i] = budgetPlans[k].Plan is { } plan && plan.Used(buffer) <= plan.Allowed;
                    }
                    if (progress is not null)
                    {
                        int count = Interlocked.Increment(ref done);
                        if (count % step == 0)
                        {
                            progress.Report((double)count / n);
                        }
                    }
                }
                return local;
            }, _ => { });
        }

        var paths = PathQuantilesOf(central, co2e, n, b, options);
        var outcomes = new List<AreaOutcome>(areas);
        var centralByArea = GroupDetail(detail, baseState);
        for (int a = 0; a < areas; a++)
        {
            outcomes.Add(Area(a, baseState, central, centralByArea[a], paths, peakYears, n, b, model.LastYear));
        }
        var targets = targetPlans.Select((t, k) => t.Check with
        {
            ProbabilityMet = t.Plan is null || n == 0 ? null : Share(met.AsSpan(k * n, n)),
        }).ToList();
        var budgets = budgetPlans.Select((p, k) => p.Check with
        {
            ProbabilityWithin = p.Plan is null || n == 0 ? null : Share(within.AsSpan(k * n, n)),
        }).ToList();
        var sensitivity = Sensitivity(model, half, cityPeak, peakYears, us, n, b, options);
        // The illustrative label is the renderers' (ScenarioReport, ScenarioSection print it first from ScenarioDefinition.Illustrative): not repeated here.
        var flags = new List<LineText>(model.Flags);
        progress?.Report(1.0);
        return new ScenarioOutcome(scenario, baseState, seed, n, outcomes, targets, budgets, sensitivity, flags);
    }

    /// <summary>The (area, year) cells of <see cref="ProjectionBuffer.Indicators"/> a run's checks read: each target plan's years and each
    /// budget plan's on an indicator (a territorial budget reads <see cref="ProjectionBuffer.TerritorialCo2"/>, written in full).</summary>
    private static bool[] IndicatorMask(ProjectionBuffer shape, IEnumerable<TargetPlan?> targets, IEnumerable<BudgetPlan?> budgets)
    {
        var wanted = new bool[shape.Areas * shape.Years];
        foreach (var t in targets)
        {
            if (t is not null)
            {
                for (int y = t.EveryYear ? t.FirstYear : t.Year; y <= t.Year; y++)
                {
                    wanted[shape.At(t.Area, y)] = true;
                }
            }
        }
        foreach (var p in budgets)
        {
            if (p is { Indicator: >= 0 })
            {
                for (int y = p.FirstYear; y <= p.LastYear; y++)
                {
                    wanted[shape.At(p.Area, y)] = true;
                }
            }
        }
        return wanted;
    }

    /// <summary>The seed of run <paramref name="iteration"/>'s generator: the (iteration + 1)-th output of SplitMix64 started at
    /// <paramref name="seed"/> (Vigna's splitmix64.c: z = seed + (i + 1)·0x9E3779B97F4A7C15, then the two xor-shift-multiply steps),
    /// folded to the 32 bits MathNet's <see cref="Xoshiro256StarStar"/> takes (high half xor low half).</summary>
    public static int IterationSeed(ulong seed, int iteration)
    {
        unchecked
        {
            ulong z = seed + Golden * ((ulong)iteration + 1);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(uint)(z ^ (z >> 32));
        }
    }

    /// <summary>Run <paramref name="iteration"/>'s quantiles: e from its own generator, z = L e, u = Φ(z) kept within [<see cref="UEdge"/>, 1 − <see cref="UEdge"/>].</summary>
    private static void Draw(ulong seed, int iteration, double[,] l, double[] e, double[] u)
    {
        var rng = new Xoshiro256StarStar(IterationSeed(seed, iteration), false);
        int d = e.Length;
        for (int k = 0; k < d; k++)
        {
            e[k] = Normal.Sample(rng, 0, 1);
        }
        for (int j = 0; j < d; j++)
        {
            double z = 0;
            for (int k = 0; k <= j; k++)
            {
                z += l[j, k] * e[k];
            }
            u[j] = Math.Clamp(Normal.CDF(0, 1, z), UEdge, 1 - UEdge);
        }
    }

    /// <summary>The lower Cholesky factor L (C = L Lᵀ) of the correlation matrix C over <paramref name="dims"/> (MathNet.Numerics).</summary>
    private static double[,] CholeskyFactor(IReadOnlyList<UncertainDimension> dims, IReadOnlyList<LeverCorrelation> correlations, string fileName)
    {
        int d = dims.Count;
        var c = new double[d, d];
        for (int i = 0; i < d; i++)
        {
            c[i, i] = 1;
        }
        var problems = new List<LineText>();
        var seen = new Dictionary<(int, int), string>();
        string names = string.Join(", ", dims.Select(x => x.Name));
        int Index(LeverCorrelation r, string name)
        {
            for (int i = 0; i < d; i++)
            {
                if (dims[i].Name == name)
                {
                    return i;
                }
            }
            problems.Add(MonteCarloSay.Text.Text("CorrelationUnknown", r.Location, name, names.Length == 0 ? "—" : names));
            return -1;
        }
        foreach (var r in correlations)
        {
            int i = Index(r, r.A);
            int j = Index(r, r.B);
            if (!(r.Rho > -1 && r.Rho < 1))
            {
                problems.Add(MonteCarloSay.Text.Text("CorrelationRange", r.Location, r.Rho));
                continue;
            }
            if (i < 0 || j < 0)
            {
                continue;
            }
            if (i == j)
            {
                problems.Add(MonteCarloSay.Text.Text("CorrelationSelf", r.Location, r.A));
                continue;
            }
            var key = (Math.Min(i, j), Math.Max(i, j));
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(MonteCarloSay.Text.Text("CorrelationTwice", r.Location, r.A, r.B, first));
                continue;
            }
            seen[key] = r.Location;
            c[i, j] = c[j, i] = r.Rho;
        }
        var l = new double[d, d];
        if (problems.Count == 0 && d > 0)
        {
            try
            {
                // MathNet's Cholesky (the one ScenarioModel.Bind checks the matrix with) throws ArgumentException when C is not positive definite.
                l = Matrix<double>.Build.DenseOfArray(c).Cholesky().Factor.ToArray();
            }
            catch (ArgumentException)
            {
                problems.Add(MonteCarloSay.Text.Text("CorrelationNotPositiveDefinite", fileName, string.Join(", ", correlations.Select(r => r.Location))));
            }
        }
        return problems.Count > 0 ? throw new ScenarioBindException(problems) : l;
    }

    /// <summary>The area index of <paramref name="region"/>: 0 for the city, k for <c>Parts[k − 1]</c> (not the city's rest), −1 when not projected.</summary>
    private static int AreaOf(ScenarioBase baseState, RegionCode region)
    {
        if (region == baseState.City)
        {
            return 0;
        }
        for (int k = 0; k < baseState.Parts.Count; k++)
        {
            if (baseState.Parts[k].Region == region && !baseState.Parts[k].IsCityRest)
            {
                return k + 1;
            }
        }
        return -1;
    }

    private static bool Better(double value, double limit, bool down) => down
        ? value <= limit + RelTol * Math.Abs(limit)
        : value >= limit - RelTol * Math.Abs(limit);

    private static double Share(ReadOnlySpan<bool> flags)
    {
        int count = 0;
        foreach (bool f in flags)
        {
            if (f)
            {
                count++;
            }
        }
        return (double)count / flags.Length;
    }

    /// <summary>What a run's buffer is checked against for one target rule.</summary>
    private sealed record TargetPlan(int Area, int Indicator, int FirstYear, int Year, bool EveryYear, bool Down, double Limit)
    {
        public bool Met(ProjectionBuffer buffer)
        {
            int count = ScenarioIndicators.All.Count;
            for (int y = EveryYear ? FirstYear : Year; y <= Year; y++)
            {
                if (!Better(buffer.Indicators[buffer.At(Area, y) * count + Indicator], Limit, Down))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Every target of the base, one check per rule: the plan the runs are judged by, or the reason it is not checked.</summary>
    /// <remarks>The target value is the scorecard's (<see cref="TargetTrajectory"/>): a change target base × (1 + v/100), a level its value,
    /// a cap its value in every projected year of the target's period; met when at or below it (down) or at or above it (up) in the target
    /// year, to a relative 1e−12.</remarks>
    private static List<(TargetCheck Check, TargetPlan? Plan)> PlanTargets(ScenarioBase baseState, ProjectionBuffer central, int b, int horizon)
    {
        var result = new List<(TargetCheck, TargetPlan?)>();
        var history = baseState.History.Indicators;
        foreach (var t in baseState.Targets)
        {
            var rules = t.Rule == Target.AnyRule
                ? ScenarioIndicators.All.Where(p => p.Indicator == t.Indicator).Select(p => p.Rule).ToList()
                : [t.Rule];
            if (rules.Count == 0)
            {
                rules.Add(t.Rule);
            }
            foreach (var rule in rules)
            {
                var basePoint = history.FirstOrDefault(p => p.Region == t.Region && p.Indicator == t.Indicator && p.Rule == rule && p.Year == t.BaseYear);
                double? baseValue = basePoint?.Value is { } bv && double.IsFinite(bv) ? bv : null;
                TargetCheck No(LineText why, double? targetValue = null) => new(t, rule, baseValue, targetValue, null, null, null, why);
                int area = AreaOf(baseState, t.Region);
                int index = ScenarioIndicators.IndexOf(t.Indicator, rule);
                if (t.Kind == TargetKind.Reported || t.Value is null)
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetReported")), null));
                    continue;
                }
                if (area < 0)
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetRegionNotProjected", t.Region.ToString())), null));
                    continue;
                }
                if (index < 0)
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetNotProjected", t.Indicator, rule)), null));
                    continue;
                }
                if (t.TargetYear <= b)
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetYearIsHistory", t.TargetYear, b)), null));
                    continue;
                }
                if (t.TargetYear > horizon)
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetYearBeyondHorizon", t.TargetYear, horizon)), null));
                    continue;
                }
                string? unit = basePoint?.Unit ?? history.FirstOrDefault(p => p.Indicator == t.Indicator && p.Rule == rule)?.Unit;
                LineText BaseMissing() => basePoint?.Missing is { } why
                    ? LineText.Join(" ", [MonteCarloSay.Text.Text("TargetBaseMissing", t.Indicator, rule, t.Region.ToString(), t.BaseYear), why])
                    : MonteCarloSay.Text.Text("TargetBaseMissing", t.Indicator, rule, t.Region.ToString(), t.BaseYear);
                if (t.Kind != TargetKind.Change && unit is not null && !string.Equals(unit, t.Unit, StringComparison.Ordinal))
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetUnitMismatch", t.Unit, unit)), null));
                    continue;
                }
                double limit;
                if (t.Kind == TargetKind.Cap)
                {
                    if (unit is null)
                    {
                        // No value of the indicator in the history at all: its unit, hence the cap's meaning, cannot be confirmed.
                        result.Add((No(BaseMissing()), null));
                        continue;
                    }
                    limit = t.Value.Value;
                }
                else
                {
                    if (baseValue is not { } bb)
                    {
                        result.Add((No(BaseMissing()), null));
                        continue;
                    }
                    if (basePoint!.LowerBound)
                    {
                        result.Add((No(MonteCarloSay.Text.Text("TargetBaseLowerBound", bb, t.Region.ToString())), null));
                        continue;
                    }
                    limit = t.Kind == TargetKind.Change ? bb * (1 + t.Value.Value / 100) : t.Value.Value;
                    if (bb <= 0 || limit <= 0)
                    {
                        result.Add((No(MonteCarloSay.Text.Text("TargetNotPositive", bb, limit), limit), null));
                        continue;
                    }
                }
                int year = t.TargetYear - b;
                int first = Math.Max(b + 1, t.BaseYear) - b;
                var plan = new TargetPlan(area, index, first, year, t.Kind == TargetKind.Cap, t.Direction == TargetDirection.Down, limit);
                double centralValue = central.Indicators[central.At(area, year) * ScenarioIndicators.All.Count + index];
                if (!double.IsFinite(centralValue))
                {
                    result.Add((No(MonteCarloSay.Text.Text("TargetCentralUndefined", t.TargetYear), limit), null));
                    continue;
                }
                result.Add((new TargetCheck(t, rule, baseValue, limit, centralValue, plan.Met(central), null, null), plan));
            }
        }
        return result;
    }

    /// <summary>What a run's buffer adds to a budget's history: CO2 of the projected years of its period.</summary>
    private sealed record BudgetPlan(int Area, int Indicator, int FirstYear, int LastYear, double History, double Allowed)
    {
        public double Used(ProjectionBuffer buffer)
        {
            double used = History;
            for (int y = FirstYear; y <= LastYear; y++)
            {
                used += Annual(buffer, y);
            }
            return used;
        }

        public double Annual(ProjectionBuffer buffer, int y) => Indicator < 0
            ? buffer.TerritorialCo2[buffer.At(Area, y)]
            : buffer.Indicators[buffer.At(Area, y) * ScenarioIndicators.All.Count + Indicator];
    }

    /// <summary>Every budget of the base: used = history (years ≤ base) + projected CO2 to the end of its period (docs/scenarios.md §4).</summary>
    private static List<(BudgetCheck Check, BudgetPlan? Plan)> PlanBudgets(ScenarioBase baseState, ProjectionBuffer central, int b, int horizon)
    {
        var result = new List<(BudgetCheck, BudgetPlan?)>();
        foreach (var budget in baseState.Budgets)
        {
            BudgetCheck No(LineText why, double? history = null) => new(budget, history, null, null, null, null, why);
            int area = AreaOf(baseState, budget.Region);
            bool territorial = budget.Basis == CarbonBudget.Territorial;
            int index = territorial ? -1 : ScenarioIndicators.IndexOf(IntensityIndicators.Co2Target, budget.Basis);
            if (area < 0)
            {
                result.Add((No(MonteCarloSay.Text.Text("BudgetRegionNotProjected", budget.Region.ToString())), null));
                continue;
            }
            if (!territorial && index < 0)
            {
                result.Add((No(MonteCarloSay.Text.Text("BudgetBasisNotProjected", budget.Basis)), null));
                continue;
            }
            if (budget.EndYear > horizon)
            {
                result.Add((No(MonteCarloSay.Text.Text("BudgetBeyondHorizon", budget.EndYear, horizon)), null));
                continue;
            }
            double history = 0;
            var cumulative = new List<(int Year, double Sum)>();
            int? missing = null;
            for (int y = budget.StartYear; y <= Math.Min(budget.EndYear, b); y++)
            {
                double? value = territorial
                    ? baseState.History.TerritorialCo2Tonnes.TryGetValue((budget.Region, y), out var v) ? v : null
                    : baseState.History.Indicators.FirstOrDefault(p => p.Region == budget.Region && p.Indicator == IntensityIndicators.Co2Target
                        && p.Rule == budget.Basis && p.Year == y)?.Value;
                if (value is not { } x || !double.IsFinite(x))
                {
                    missing = y;
                    break;
                }
                history += x;
                cumulative.Add((y, history));
            }
            if (missing is { } year)
            {
                result.Add((No(MonteCarloSay.Text.Text("BudgetHistoryMissing", budget.Basis, budget.Region.ToString(), year)), null));
                continue;
            }
            var plan = new BudgetPlan(area, index, Math.Max(b + 1, budget.StartYear) - b, budget.EndYear - b, history, budget.AllowedTonnes);
            double used = history;
            for (int y = plan.FirstYear; y <= plan.LastYear; y++)
            {
                used += plan.Annual(central, y);
                cumulative.Add((y + b, used));
            }
            int? runOut = cumulative.Where(c => c.Sum > budget.AllowedTonnes).Select(c => (int?)c.Year).FirstOrDefault();
            result.Add((new BudgetCheck(budget, history, used, used <= budget.AllowedTonnes, null, runOut, null), plan));
        }
        return result;
    }

    /// <summary>The central detail by area (city first, then the parts), each base year first; matched by region and the city's-rest mark.</summary>
    private static List<IReadOnlyList<ProjectedYear>> GroupDetail(IReadOnlyList<ProjectedYear> detail, ScenarioBase baseState)
    {
        var keys = new List<(RegionCode, bool)> { (baseState.City, false) };
        keys.AddRange(baseState.Parts.Select(p => (p.Region, p.IsCityRest)));
        return keys.Select(k => (IReadOnlyList<ProjectedYear>)detail.Where(p => (p.Region, p.IsCityRest) == k).OrderBy(p => p.Year).ToList()).ToList();
    }

    /// <summary>The path quantiles of every (area, year) cell at <c>area * Years + year</c>, cells in parallel, each thread with one sample
    /// array of its own.</summary>
    private static PathQuantiles[] PathQuantilesOf(ProjectionBuffer central, double[] co2e, int n, int b, ParallelOptions options)
    {
        int years = central.Years;
        var path = new PathQuantiles[central.Areas * years];
        Parallel.For(0, path.Length, options, () => new double[n], (cell, _, sample) =>
        {
            int y = cell % years;
            double centralValue = central.Co2e[cell];
            if (n == 0)
            {
                path[cell] = new PathQuantiles(b + y, centralValue, null, null, null, null, null, null);
                return sample;
            }
            Array.Copy(co2e, cell * n, sample, 0, n);
            double sum = 0;
            foreach (double v in sample)
            {
                sum += v;
            }
            PlaceOrderStatistics(sample, PathTaus);
            double Q(double tau) => SortedArrayStatistics.QuantileCustom(sample, tau, QuantileDefinition.R7);
            path[cell] = new PathQuantiles(b + y, centralValue, sum / n, Q(0.05), Q(0.25), Q(0.5), Q(0.75), Q(0.95));
            return sample;
        }, _ => { });
        return path;
    }

    private static AreaOutcome Area(int a, ScenarioBase baseState, ProjectionBuffer central, IReadOnlyList<ProjectedYear> detail, PathQuantiles[] paths,
        int[] peakYears, int n, int b, int horizon)
    {
        int years = central.Years;
        var centralPath = central.Co2e.AsSpan(central.At(a, 0), years);
        var peak = PeakFinder.Find(centralPath, b);
        var path = paths.AsSpan(central.At(a, 0), years).ToArray();
        var shares = new SortedDictionary<int, double>();
        double? pBy2025 = null, pBy2030 = null, pNot = null;
        if (n > 0)
        {
            var counts = new SortedDictionary<int, int>();
            int by2025 = 0, by2030 = 0, not = 0;
            for (int i = 0; i < n; i++)
            {
                int y = peakYears[a * n + i];
                counts[y] = counts.GetValueOrDefault(y) + 1;
                if (y == AreaOutcome.NotPeakedKey)
                {
                    not++;
                    continue;
                }
                by2025 += y <= 2025 ? 1 : 0;
                by2030 += y <= 2030 ? 1 : 0;
            }
            foreach (var (y, c) in counts)
            {
                shares[y] = (double)c / n;
            }
            // A share "by Y" is known only when the base year is not after Y and the horizon is after Y (a maximum in the horizon year
            // may still be the peak).
            pBy2025 = b <= 2025 && horizon > 2025 ? (double)by2025 / n : null;
            pBy2030 = b <= 2030 && horizon > 2030 ? (double)by2030 / n : null;
            pNot = (double)not / n;
        }
        var region = a == 0 ? baseState.City : baseState.Parts[a - 1].Region;
        bool rest = a > 0 && baseState.Parts[a - 1].IsCityRest;
        return new AreaOutcome(region, rest, peak.Year, peak.AtBase, peak.Peak, pBy2025, pBy2030, pNot, shares, path, detail);
    }

    /// <summary>The quantiles of the path by year (p5, p25, p50, p75, p95).</summary>
    private static readonly double[] PathTaus = [0.05, 0.25, 0.5, 0.75, 0.95];

    /// <summary>Reorders <paramref name="sample"/> so that every position R type 7 reads for the quantiles <paramref name="taus"/>
    /// (⌊h⌋ − 1 and ⌊h⌋ with h = (n − 1)τ + 1, MathNet <see cref="SortedArrayStatistics.QuantileCustom(double[], double, QuantileDefinition)"/>)
    /// holds the value it holds in the sorted sample: a multiple selection (Hoare's FIND with a three-way partition) in place of a full sort,
    /// so the quantiles read from it are those of the sorted sample exactly. A sample with a NaN is sorted whole (Array.Sort's order).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void PlaceOrderStatistics(double[] sample, IReadOnlyList<double> taus)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(taus);
        int n = sample.Length;
        if (n == 0)
        {
            return;
        }
        foreach (double v in sample)
        {
            if (double.IsNaN(v))
            {
                Array.Sort(sample);
                return;
            }
        }
        var ranks = new SortedSet<int>();
        foreach (double tau in taus)
        {
            double h = (n - 1) * tau + 1d;
            int hf = (int)h;
            ranks.Add(Math.Clamp(hf - 1, 0, n - 1));
            ranks.Add(Math.Clamp(hf, 0, n - 1));
        }
        var wanted = ranks.ToArray();
        Select(sample, 0, n, wanted, 0, wanted.Length);
    }

    /// <summary>Puts the order statistics of ranks <paramref name="ranks"/>[<paramref name="rlo"/>..<paramref name="rhi"/>) (ascending, all in
    /// [<paramref name="lo"/>, <paramref name="hi"/>)) in place within <paramref name="a"/>[lo..hi).</summary>
    private static void Select(double[] a, int lo, int hi, int[] ranks, int rlo, int rhi)
    {
        while (rlo < rhi && hi - lo > 1)
        {
            if (hi - lo <= 32)
            {
                Array.Sort(a, lo, hi - lo);
                return;
            }
            double x = a[lo], y = a[lo + (hi - lo) / 2], z = a[hi - 1];
            double pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
            // Three-way partition: [lo, lt) < pivot, [lt, gt] = pivot, (gt, hi) > pivot.
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt)
            {
                double v = a[i];
                if (v < pivot)
                {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                }
                else if (v > pivot)
                {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                }
                else
                {
                    i++;
                }
            }
            int left = rlo;
            while (left < rhi && ranks[left] < lt)
            {
                left++;
            }
            int right = left;
            while (right < rhi && ranks[right] <= gt)
            {
                right++;
            }
            // Ranks [rlo, left) lie below the pivot, [right, rhi) above it; the smaller side by recursion, the larger by the loop.
            if (left - rlo <= rhi - right)
            {
                Select(a, lo, lt, ranks, rlo, left);
                lo = gt + 1;
                rlo = right;
            }
            else
            {
                Select(a, gt + 1, hi, ranks, right, rhi);
                hi = lt;
                rhi = left;
            }
        }
    }

    /// <summary>One-at-a-time tornado rows (u = 0.1 and 0.9, the rest at 0.5), largest peak-level range first, with the first-order indices of
    /// the city's peak level and peak year from the runs.</summary>
    private static List<LeverSensitivity> Sensitivity(IScenarioModel model, double[] half, double[] cityPeak, int[] peakYears, double[] us, int n, int b,
        ParallelOptions options)
    {
        int d = half.Length;
        var rows = new LeverSensitivity[d];
        // The peak year of a run not peaked by the horizon counts as horizon + 1 in the index (later than any year projected).
        var peakYear = new double[n];
        for (int i = 0; i < n; i++)
        {
            peakYear[i] = peakYears[i] == AreaOutcome.NotPeakedKey ? model.LastYear + 1 : peakYears[i];
        }
        // The dimensions in parallel, each thread with its own buffer (the tornado reads the city's CO2e only: no indicators) and quantiles.
        ProjectionBuffer TornadoBuffer()
        {
            var buffer = model.NewBuffer();
            buffer.IndicatorMask = new bool[buffer.Areas * buffer.Years];
            return buffer;
        }
        Parallel.For(0, d, options, () => (Buffer: TornadoBuffer(), U: (double[])half.Clone()), (j, _, local) =>
        {
            var (buffer, u) = local;
            u[j] = TornadoLow;
            model.Project(u, buffer);
            var low = PeakFinder.Find(buffer.Co2e.AsSpan(buffer.At(0, 0), buffer.Years), b);
            u[j] = TornadoHigh;
            model.Project(u, buffer);
            var high = PeakFinder.Find(buffer.Co2e.AsSpan(buffer.At(0, 0), buffer.Years), b);
            u[j] = 0.5;
            int[]? order = null;
            if (n >= MinimumRunsForIndices)
            {
                var column = new double[n];
                for (int i = 0; i < n; i++)
                {
                    column[i] = us[i * d + j];
                }
                order = RunOrder(column); // one sort for both indices
            }
            rows[j] = new LeverSensitivity(model.Dimensions[j], low.Peak, high.Peak, low.Year, high.Year,
                order is null ? null : FirstOrderIndex(order, cityPeak), order is null ? null : FirstOrderIndex(order, peakYear));
            return local;
        }, _ => { });
        // OrderBy is stable: equal ranges keep the dimensions' order.
        return rows.OrderByDescending(r => Math.Abs(r.PeakCo2eHigh - r.PeakCo2eLow)).ToList();
    }

    /// <summary>The number of equiprobable classes of the given-data estimator for <paramref name="n"/> runs:
    /// M = min(⌈n^(2/(7 + tanh((1500 − n)/500)))⌉, 48) (Plischke's heuristic, as in SALib's <c>analyze/delta.py</c>,
    /// https://salib.readthedocs.io/en/latest/_modules/SALib/analyze/delta.html): 22 for 10,000 runs.</summary>
    public static int IndexClasses(int n)
    {
        double exponent = 2.0 / (7.0 + Math.Tanh((1500.0 - n) / 500.0));
        return (int)Math.Min(Math.Ceiling(Math.Pow(n, exponent)), 48);
    }

    /// <summary>The first-order variance-based index of <paramref name="y"/> to <paramref name="x"/> from given data (Plischke, Borgonovo &amp;
    /// Smith 2013, "Global sensitivity measures from given data", EJOR 226:536–550): the runs sorted by x (ties in run order) are cut into
    /// M equiprobable classes (<see cref="IndexClasses"/>; run of rank r in class m when m·n/M &lt; r ≤ (m + 1)·n/M), and
    /// S = Σ_m (n_m/n)(ȳ_m − ȳ)² / Var(y) with the population variance; null when y does not vary.</summary>
    /// <exception cref="ArgumentException">The arrays differ in length or are empty.</exception>
    public static double? FirstOrderIndex(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Count;
        if (n == 0 || y.Count != n)
        {
            throw new ArgumentException("x and y must be of the same, non-zero length", nameof(y));
        }
        return FirstOrderIndex(RunOrder(x), y);
    }

    /// <summary>The runs sorted by <paramref name="x"/>, ties in run order (scipy rankdata "ordinal").</summary>
    private static int[] RunOrder(IReadOnlyList<double> x) => Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();

    /// <summary><see cref="FirstOrderIndex(IReadOnlyList{double}, IReadOnlyList{double})"/> from the runs already sorted by x.</summary>
    private static double? FirstOrderIndex(int[] order, IReadOnlyList<double> y)
    {
        int n = order.Length;
        double mean = 0;
        for (int i = 0; i < n; i++)
        {
            mean += y[i];
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++)
        {
            variance += (y[i] - mean) * (y[i] - mean);
        }
        variance /= n;
        if (!(variance > 0))
        {
            return null;
        }
        int classes = IndexClasses(n);
        var sums = new double[classes];
        var counts = new int[classes];
        for (int p = 0; p < n; p++)
        {
            int m = (int)(((long)(p + 1) * classes + n - 1) / n) - 1; // ⌈rank·M/n⌉ − 1
            sums[m] += y[order[p]];
            counts[m]++;
        }
        double between = 0;
        for (int m = 0; m < classes; m++)
        {
            if (counts[m] > 0)
            {
                double dm = sums[m] / counts[m] - mean;
                between += (double)counts[m] / n * dm * dm;
            }
        }
        return between / variance;
    }
}
