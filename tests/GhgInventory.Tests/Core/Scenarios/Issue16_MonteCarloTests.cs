using System.Diagnostics;
using System.Globalization;
using System.Text;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using MathNet.Numerics.Distributions;
using static GhgInventory.Tests.Core.Scenarios.Issue16_Fake;

namespace GhgInventory.Tests.Core.Scenarios;

/// <summary>MonteCarlo.Run against fake models whose answers are known analytically (docs/scenarios.md §4, §6, §7).</summary>
[TestFixture]
public sealed class Issue16_MonteCarloTests
{
    private const double AbsTol = 1e-9; // arithmetic only

    private static int Index(string indicator, string rule) => ScenarioIndicators.IndexOf(indicator, rule);

    private static void SetIndicator(ProjectionBuffer buffer, int area, int year, int indicator, double value) =>
        buffer.Indicators[buffer.At(area, year) * ScenarioIndicators.All.Count + indicator] = value;

    /// <summary>Every number of an outcome, round-trip formatted: equal strings are identical outcomes.</summary>
    private static string Fingerprint(ScenarioOutcome o)
    {
        var s = new StringBuilder();
        void N(double? v) => s.Append(v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "null").Append(';');
        foreach (var a in o.Areas)
        {
            s.Append(a.Region.Value).Append(a.PeakYear).Append(';');
            N(a.PeakCo2eTonnes); N(a.PPeakBy2025); N(a.PPeakBy2030); N(a.PNotPeaked);
            foreach (var (y, share) in a.PeakYearShares)
            {
                s.Append(y).Append(':');
                N(share);
            }
            foreach (var p in a.Path)
            {
                N(p.Central); N(p.Mean); N(p.P05); N(p.P25); N(p.P50); N(p.P75); N(p.P95);
            }
        }
        foreach (var r in o.Sensitivity)
        {
            s.Append(r.Dimension.Name);
            N(r.PeakCo2eLow); N(r.PeakCo2eHigh); N(r.FirstOrderPeakCo2e); N(r.FirstOrderPeakYear);
        }
        foreach (var t in o.Targets)
        {
            N(t.CentralValue); N(t.ProbabilityMet);
        }
        foreach (var b in o.Budgets)
        {
            N(b.CentralUsedTonnes); N(b.ProbabilityWithin);
        }
        return s.ToString();
    }

    /// <summary>Peak year 2022 + ⌊10u⌋: CO2e = 100 − |year − peak year| on 2020 … 2040.</summary>
    private static Issue16_FakeModel StepModel() => new(Base(2020), Dims("gdp_growth"), 2040, (u, buffer) =>
    {
        int peak = 2022 + (int)Math.Floor(10 * u[0]);
        for (int y = 0; y < buffer.Years; y++)
        {
            buffer.Co2e[buffer.At(0, y)] = 100 - Math.Abs(2020 + y - peak);
        }
    });

    [Test]
    public void Run_SameSeed_IdenticalWithOneThreadAndMany()
    {
        // Three dimensions, a banner, a correlation: path 100 + 10·u0·k − u1·k² + 5·u2 (k = year index), banner half of it.
        var parts = new[] { Part(Banner) };
        var target = new Target(City, IntensityIndicators.CoalShare, "", 2020, 2030, TargetKind.AtMost, 60, "%", "test", "", "t.csv:2");
        var history = new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), new Dictionary<(RegionCode, int), double>(),
            [new IndicatorPoint(IntensityIndicators.CoalShare, "", City, 2020, 80, "%")]);
        int coal = Index(IntensityIndicators.CoalShare, "");
        Issue16_FakeModel Model() => new(Base(2024, parts, history, [target]), Dims("a", "b", "c"), 2040, (u, buffer) =>
        {
            for (int k = 0; k < buffer.Years; k++)
            {
                double v = 100 + 10 * u[0] * k - u[1] * k * k + 5 * u[2];
                buffer.Co2e[buffer.At(0, k)] = v;
                buffer.Co2e[buffer.At(1, k)] = v / 2;
                SetIndicator(buffer, 0, k, coal, 50 + 20 * u[1]);
            }
        });
        var scenario = Scenario(2040, correlations: [new LeverCorrelation("a", "b", 0.5, "fake.toml:9:1")]);
        string one = Fingerprint(MonteCarlo.Run(Model(), scenario, 2000, 7, null, 1));
        string many = Fingerprint(MonteCarlo.Run(Model(), scenario, 2000, 7, null, 4));
        string all = Fingerprint(MonteCarlo.Run(Model(), scenario, 2000, 7));
        string otherSeed = Fingerprint(MonteCarlo.Run(Model(), scenario, 2000, 8, null, 4));
        Assert.Multiple(() =>
        {
            Assert.That(many, Is.EqualTo(one));
            Assert.That(all, Is.EqualTo(one));
            Assert.That(otherSeed, Is.Not.EqualTo(one), "a different seed must give different draws");
        });
    }

    [Test]
    public void Run_StepPeakYear_SharesMatchTheUniformWithinStandardErrors()
    {
        // P(peak ≤ 2025) = P(⌊10u⌋ ≤ 3) = P(u < 0.4) = 0.4; P(peak ≤ 2030) = P(⌊10u⌋ ≤ 8) = 0.9; every year 2022–2031 0.1; none unpeaked.
        // SE of a share p over n = 10,000 runs: √(p(1 − p)/n) = √(0.24/10⁴) = 0.0049 for 0.4, √(0.09/10⁴) = 0.003 for 0.9.
        const int n = 10_000;
        double se = Math.Sqrt(0.4 * 0.6 / n);
        var by2025 = new List<double>();
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var city = MonteCarlo.Run(StepModel(), Scenario(2040), n, seed).Areas[0];
            by2025.Add(city.PPeakBy2025!.Value);
            Assert.Multiple(() =>
            {
                Assert.That(city.PPeakBy2025!.Value, Is.EqualTo(0.4).Within(3 * se), $"seed {seed}");
                Assert.That(city.PPeakBy2030!.Value, Is.EqualTo(0.9).Within(3 * Math.Sqrt(0.09 / n)), $"seed {seed}");
                Assert.That(city.PNotPeaked, Is.Zero);
                Assert.That(city.PeakYearShares.Keys, Is.EqualTo(Enumerable.Range(2022, 10)));
                Assert.That(city.PeakYearShares.Values, Has.All.EqualTo(0.1).Within(3 * Math.Sqrt(0.09 / n)));
                // central: u = 0.5 → ⌊5⌋ = 5 → 2027 at 100 t
                Assert.That(city.PeakYear, Is.EqualTo(2027));
                Assert.That(city.PeakCo2eTonnes, Is.EqualTo(100));
                Assert.That(city.PeakedAtBase, Is.False);
            });
        }
        // Stable across seeds: any two differ by less than 3 standard errors of a difference (√2 · SE).
        Assert.That(by2025.Max() - by2025.Min(), Is.LessThan(3 * Math.Sqrt(2) * se));
    }

    [Test]
    public void Run_HorizonNotAfter2030_LeavesTheShareBy2030Unknown()
    {
        // Horizon 2030: a run whose maximum is 2030 has "not peaked", yet may peak in 2030: the share by 2030 cannot be told.
        var model = new Issue16_FakeModel(Base(2020), Dims("a"), 2030, (u, buffer) =>
        {
            for (int y = 0; y < buffer.Years; y++)
            {
                buffer.Co2e[buffer.At(0, y)] = y;
            }
        });
        var city = MonteCarlo.Run(model, Scenario(2030), 100, 1).Areas[0];
        Assert.Multiple(() =>
        {
            Assert.That(city.PPeakBy2030, Is.Null);
            Assert.That(city.PPeakBy2025, Is.EqualTo(0.0));
            Assert.That(city.PNotPeaked, Is.EqualTo(1.0));
            Assert.That(city.PeakYear, Is.Null);
            Assert.That(city.PeakYearShares[AreaOutcome.NotPeakedKey], Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Run_PathQuantilesAndMean_EqualNumpyOnTheSameSample()
    {
        // CO2e of year index k: 1000 + 50·k·u0 + 200·u1²; the 2025 sample (k = 5) is 1000 + 250·u0 + 200·u1² of the 1,000 runs' u.
        const int n = 1000;
        var model = new Issue16_FakeModel(Base(2020), Dims("a", "b"), 2025, (u, buffer) =>
        {
            for (int k = 0; k < buffer.Years; k++)
            {
                buffer.Co2e[buffer.At(0, k)] = 1000 + 50 * k * u[0] + 200 * u[1] * u[1];
            }
        });
        var outcome = MonteCarlo.Run(model, Scenario(2025), n, 3);
        // Seen: the central path first, then the n runs, then the tornado (all runs end before the tornado starts).
        var sample = model.Seen.Skip(1).Take(n).Select(u => 1000 + 250 * u[0] + 200 * u[1] * u[1]).ToList();
        var numpy = Numpy(sample.Select(v => v.ToString("R", CultureInfo.InvariantCulture)), "print(repr(list(np.percentile(x, [5, 25, 50, 75, 95]))), repr(float(x.mean())))");
        var row = outcome.Areas[0].Path[5];
        const double RelTol = 1e-12; // same sample, same R7 rule: only summation order differs in the mean
        Assert.Multiple(() =>
        {
            Assert.That(row.Year, Is.EqualTo(2025));
            Assert.That(row.P05!.Value, Is.EqualTo(numpy[0]).Within(RelTol * 2000));
            Assert.That(row.P25!.Value, Is.EqualTo(numpy[1]).Within(RelTol * 2000));
            Assert.That(row.P50!.Value, Is.EqualTo(numpy[2]).Within(RelTol * 2000));
            Assert.That(row.P75!.Value, Is.EqualTo(numpy[3]).Within(RelTol * 2000));
            Assert.That(row.P95!.Value, Is.EqualTo(numpy[4]).Within(RelTol * 2000));
            Assert.That(row.Mean!.Value, Is.EqualTo(numpy[5]).Within(RelTol * 2000));
            // central: 1000 + 250·0.5 + 200·0.25 = 1175
            Assert.That(row.Central, Is.EqualTo(1175).Within(AbsTol));
        });
    }

    /// <summary>numpy (the second tool) on <paramref name="lines"/> loaded as <c>x</c>: the numbers the script prints.</summary>
    private static List<double> Numpy(IEnumerable<string> lines, string script)
    {
        string file = Path.Combine(Path.GetTempPath(), $"issue16-mc-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(file, lines);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/python3", ["-c", $"import numpy as np\nx = np.loadtxt('{file}')\n{script}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, error);
            return output.Split([' ', ',', '[', ']', '\n', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
                .Where(t => char.IsDigit(t[0]) || t[0] == '-')
                .Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Run_CorrelatedDimensions_SampleCorrelationOfZWithinItsStandardError()
    {
        // rho 0.8 between a and b, c independent; z = Φ⁻¹(u). SE of a sample correlation r ≈ (1 − ρ²)/√(n − 1) = 0.36/99.99 = 0.0036.
        const int n = 10_000;
        var model = new Issue16_FakeModel(Base(2020), Dims("a", "b", "c"), 2022, (u, buffer) => buffer.Co2e[0] = u[0]);
        MonteCarlo.Run(model, Scenario(2022, correlations: [new LeverCorrelation("b", "a", 0.8, "fake.toml:20:1")]), n, 11);
        var z = model.Seen.Skip(1).Take(n).Select(u => u.Select(x => Normal.InvCDF(0, 1, x)).ToArray()).ToList();
        double Corr(int i, int j)
        {
            double mi = z.Average(v => v[i]), mj = z.Average(v => v[j]);
            double c = z.Sum(v => (v[i] - mi) * (v[j] - mj));
            return c / Math.Sqrt(z.Sum(v => (v[i] - mi) * (v[i] - mi)) * z.Sum(v => (v[j] - mj) * (v[j] - mj)));
        }
        Assert.Multiple(() =>
        {
            Assert.That(Corr(0, 1), Is.EqualTo(0.8).Within(3 * 0.36 / Math.Sqrt(n - 1)));
            Assert.That(Corr(0, 2), Is.EqualTo(0.0).Within(3 * 1 / Math.Sqrt(n - 1)));
            // margins stay standard normal: mean 0 (SE 1/√n = 0.01), variance 1 (SE √(2/n) = 0.014)
            Assert.That(z.Average(v => v[1]), Is.EqualTo(0).Within(3 * 0.01));
            Assert.That(z.Average(v => v[1] * v[1]), Is.EqualTo(1).Within(3 * 0.0142));
        });
    }

    [Test]
    public void Run_BadCorrelations_AreRefusedWithTheirLocation()
    {
        var model = new Issue16_FakeModel(Base(2020), Dims("a", "b", "c"), 2022, (u, buffer) => buffer.Co2e[0] = 1);
        // a–b 0.9, b–c 0.9, a–c −0.9: det = 1 − 3·0.81 − 2·0.729 < 0, not positive definite.
        var notPd = Scenario(2022, correlations:
        [
            new LeverCorrelation("a", "b", 0.9, "fake.toml:20:1"), new LeverCorrelation("b", "c", 0.9, "fake.toml:24:1"),
            new LeverCorrelation("a", "c", -0.9, "fake.toml:28:1"),
        ]);
        var unknown = Scenario(2022, correlations: [new LeverCorrelation("a", "coal_output", 0.3, "fake.toml:32:1")]);
        var twice = Scenario(2022, correlations: [new LeverCorrelation("a", "b", 0.3, "fake.toml:20:1"), new LeverCorrelation("b", "a", 0.4, "fake.toml:24:1")]);
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => MonteCarlo.Run(model, notPd, 10, 1), Throws.TypeOf<ScenarioBindException>().With.Message.Contains("not positive definite")
                    .And.Message.Contains("fake.toml:28:1"));
                Assert.That(() => MonteCarlo.Run(model, unknown, 10, 1), Throws.TypeOf<ScenarioBindException>().With.Message.Contains("fake.toml:32:1")
                    .And.Message.Contains("coal_output"));
                Assert.That(() => MonteCarlo.Run(model, twice, 10, 1), Throws.TypeOf<ScenarioBindException>().With.Message.Contains("fake.toml:24:1"));
            });
        }
    }

    [Test]
    public void Run_LinearPeak_FirstOrderIndicesAndTornadoMatchHandValues()
    {
        // Peak level Y = 1 + X1 + 2·X2 with X1, X2 ~ U(0, 1) independent (the u's themselves), peak always in 2025:
        // Var(X1) = 1/12, Var(2·X2) = 4/12, Var(Y) = 5/12 → S1 = 0.2, S2 = 0.8. The given-data estimator with M = 22 classes over 10,000
        // runs keeps 1 − 1/M² of a class-mean variance and adds about (M − 1)/n·(1 − S) ≤ 0.002: tolerance 0.02 covers that and ~3 SE.
        var model = new Issue16_FakeModel(Base(2024), Dims("x1", "x2"), 2026, (u, buffer) =>
        {
            buffer.Co2e[0] = 0;
            buffer.Co2e[1] = 1 + u[0] + 2 * u[1];
            buffer.Co2e[2] = 0;
        });
        var rows = MonteCarlo.Run(model, Scenario(2026), 10_000, 5).Sensitivity;
        Assert.Multiple(() =>
        {
            Assert.That(MonteCarlo.IndexClasses(10_000), Is.EqualTo(22)); // ⌈10000^(2/(7 + tanh(−17)))⌉ = ⌈10000^(1/3)⌉ = ⌈21.54⌉
            // Tornado, largest range first: x2 at 0.1 → 1 + 0.5 + 0.2 = 1.7, at 0.9 → 1 + 0.5 + 1.8 = 3.3; x1: 1 + 0.1 + 1 = 2.1, 2.9.
            Assert.That(rows.Select(r => r.Dimension.Name), Is.EqualTo(new[] { "x2", "x1" }));
            Assert.That(rows[0].PeakCo2eLow, Is.EqualTo(1.7).Within(AbsTol));
            Assert.That(rows[0].PeakCo2eHigh, Is.EqualTo(3.3).Within(AbsTol));
            Assert.That(rows[1].PeakCo2eLow, Is.EqualTo(2.1).Within(AbsTol));
            Assert.That(rows[1].PeakCo2eHigh, Is.EqualTo(2.9).Within(AbsTol));
            Assert.That(rows[0].PeakYearLow, Is.EqualTo(2025));
            Assert.That(rows[0].FirstOrderPeakCo2e!.Value, Is.EqualTo(0.8).Within(0.02));
            Assert.That(rows[1].FirstOrderPeakCo2e!.Value, Is.EqualTo(0.2).Within(0.02));
            Assert.That(rows[0].FirstOrderPeakYear, Is.Null, "the peak year does not vary: no index");
        });
        var few = MonteCarlo.Run(model, Scenario(2026), MonteCarlo.MinimumRunsForIndices - 1, 5).Sensitivity;
        Assert.That(few.Select(r => r.FirstOrderPeakCo2e), Has.All.Null);
    }

    [Test]
    public void FirstOrderIndex_EqualsTheBinnedEstimatorComputedByNumpy()
    {
        // A second tool on the same data: numpy's ordinal ranks (stable argsort), classes m = linspace(0, n, M + 1), S = Σ n_m/n (ȳ_m − ȳ)²/var(y).
        var x = Enumerable.Range(0, 600).Select(i => (i * 0.6180339887) % 1).ToArray();
        var y = x.Select((v, i) => Math.Sin(6 * v) + 0.3 * ((i * 0.4142135623) % 1)).ToArray();
        var pairs = x.Zip(y, (a, b) => $"{a.ToString("R", CultureInfo.InvariantCulture)} {b.ToString("R", CultureInfo.InvariantCulture)}");
        int classes = MonteCarlo.IndexClasses(600);
        var numpy = Numpy(pairs, $"""
            X, Y = x[:, 0], x[:, 1]
            n = len(Y); M = {classes}
            r = np.empty(n); r[np.argsort(X, kind='stable')] = np.arange(1, n + 1)
            m = np.linspace(0, n, M + 1)
            s = sum((np.sum((r > m[j]) & (r <= m[j + 1])) / n) * (Y[(r > m[j]) & (r <= m[j + 1])].mean() - Y.mean()) ** 2 for j in range(M))
            print(repr(float(s / np.var(Y))))
            """);
        Assert.That(MonteCarlo.FirstOrderIndex(x, y)!.Value, Is.EqualTo(numpy[0]).Within(1e-12));
    }

    [Test]
    public void Run_Targets_MetNotMetAndNotChecked()
    {
        // Base 2024, horizon 2035. History 2020: coal share 80 %, energy intensity (gross) 2.0, CO2 intensity (national grid) 10.
        // coal share = 70 − 20·u0 every year except 80 in 2026; energy intensity 1.7; CO2 intensity (national grid) 8.5.
        int coal = Index(IntensityIndicators.CoalShare, "");
        int energy = Index(IntensityIndicators.EnergyIntensity, "gross");
        int co2National = Index(IntensityIndicators.Co2Intensity, "co2_national_grid");
        var history = new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), new Dictionary<(RegionCode, int), double>(),
        [
            new IndicatorPoint(IntensityIndicators.CoalShare, "", City, 2020, 80, "%"),
            new IndicatorPoint(IntensityIndicators.EnergyIntensity, "gross", City, 2020, 2.0, "tce/10^4 yuan"),
            new IndicatorPoint(IntensityIndicators.Co2Intensity, "co2_national_grid", City, 2020, 10, "t/10^4 yuan"),
        ]);
        Target T(string indicator, string rule, int baseYear, int year, TargetKind kind, double value, string unit, int line) =>
            new(City, indicator, rule, baseYear, year, kind, value, unit, "test", "", $"targets.csv:{line}");
        var targets = new[]
        {
            T(IntensityIndicators.CoalShare, "", 2020, 2030, TargetKind.AtMost, 60, "%", 2),           // 60 ≤ 60 met; P(70 − 20u ≤ 60) = P(u ≥ 0.5) = 0.5
            T(IntensityIndicators.EnergyIntensity, "gross", 2020, 2030, TargetKind.Change, -20, "%", 3), // 2.0 × 0.8 = 1.6 < 1.7: not met
            T(IntensityIndicators.CoalShare, "", 2020, 2024, TargetKind.AtMost, 60, "%", 4),           // 2024 ≤ base: history
            T(IntensityIndicators.CoalShare, "", 2020, 2040, TargetKind.AtMost, 60, "%", 5),           // after the horizon
            T(IntensityIndicators.RenewableCapacityShare, "", 2020, 2030, TargetKind.AtLeast, 50, "%", 6), // not projected
            T(IntensityIndicators.Co2Intensity, Target.AnyRule, 2020, 2030, TargetKind.Change, -10, "%", 7), // national 9 ≥ 8.5 met; region: no base
            T(IntensityIndicators.CoalShare, "", 2020, 2030, TargetKind.Cap, 75, "%", 8),              // 80 in 2026 > 75: not met though 60 in 2030
        };
        var model = new Issue16_FakeModel(Base(2024, history: history, targets: targets), Dims("a"), 2035, (u, buffer) =>
        {
            for (int k = 0; k < buffer.Years; k++)
            {
                SetIndicator(buffer, 0, k, coal, 2024 + k == 2026 ? 80 : 70 - 20 * u[0]);
                SetIndicator(buffer, 0, k, energy, 1.7);
                SetIndicator(buffer, 0, k, co2National, 8.5);
            }
        });
        const int n = 4000;
        var checks = MonteCarlo.Run(model, Scenario(2035), n, 2).Targets;
        Assert.Multiple(() =>
        {
            Assert.That(checks, Has.Count.EqualTo(8)); // the any-rule target gives one row per CO2 rule
            Assert.That(checks[0].CentralMet, Is.True);
            Assert.That(checks[0].TargetValue, Is.EqualTo(60));
            Assert.That(checks[0].CentralValue, Is.EqualTo(60).Within(AbsTol));
            Assert.That(checks[0].ProbabilityMet!.Value, Is.EqualTo(0.5).Within(3 * Math.Sqrt(0.25 / n)));
            Assert.That(checks[1].CentralMet, Is.False);
            Assert.That(checks[1].TargetValue!.Value, Is.EqualTo(1.6).Within(AbsTol));
            Assert.That(checks[1].BaseValue, Is.EqualTo(2.0));
            Assert.That(checks[1].ProbabilityMet, Is.EqualTo(0.0));
            Assert.That(checks[2].CentralMet, Is.Null);
            Assert.That(checks[2].NotCheckedBecause, Is.Not.Null);
            Assert.That(checks[3].NotCheckedBecause, Is.Not.Null);
            Assert.That(checks[4].NotCheckedBecause, Is.Not.Null);
            Assert.That(checks[4].ProbabilityMet, Is.Null);
            Assert.That(checks[5].Rule, Is.EqualTo("co2_national_grid"));
            Assert.That(checks[5].TargetValue!.Value, Is.EqualTo(9).Within(AbsTol)); // 10 × 0.9
            Assert.That(checks[5].CentralMet, Is.True);
            Assert.That(checks[5].ProbabilityMet, Is.EqualTo(1.0));
            Assert.That(checks[6].Rule, Is.EqualTo("co2_region_grid"));
            Assert.That(checks[6].NotCheckedBecause, Is.Not.Null, "no base value under the region-grid rule");
            Assert.That(checks[7].CentralMet, Is.False);
            Assert.That(checks[7].ProbabilityMet, Is.EqualTo(0.0));
        });
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.Multiple(() =>
            {
                Assert.That(checks[2].NotCheckedBecause!.Render(), Does.Contain("not after the base year 2024"));
                Assert.That(checks[3].NotCheckedBecause!.Render(), Does.Contain("after the horizon 2035"));
                Assert.That(checks[4].NotCheckedBecause!.Render(), Does.Contain("does not compute"));
            });
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(checks[3].NotCheckedBecause!.Render(), Does.Contain("晚于情景终止年 2035"));
            // The row names the indicator and the region in words (ScorecardWords): the reason carries no identifier ([renewable_capacity_share], 口径 []).
            Assert.That(checks[4].NotCheckedBecause!.Render(), Is.EqualTo("情景预测不计算该指标，该目标不作判断。"));
            Assert.That(checks[6].NotCheckedBecause!.Render(), Is.EqualTo("基础核算中没有该地区在目标基准年 2020 年的该指标值。"));
        }
    }

    [Test]
    public void Run_Budgets_WithinOutAndNotChecked()
    {
        // History: city territorial CO2 100 t a year 2021–2024; projected city 100 + 10·(u0 − 0.5) t a year 2025–2030; banner 20 t a year.
        var territorial = new Dictionary<(RegionCode, int), double>();
        for (int y = 2021; y <= 2024; y++)
        {
            territorial[(City, y)] = 100;
        }
        var history = new ScenarioHistory(territorial, new Dictionary<(RegionCode, int), double>(), []);
        CarbonBudget B(RegionCode region, int start, int end, double allowed) =>
            new(region, start, end, allowed, CarbonBudget.Territorial, "test", "", "budgets.csv:2");
        var budgets = new[]
        {
            B(City, 2021, 2030, 1000), // 400 + 6 × 100 = 1000 ≤ 1000: within; runs within iff u0 ≤ 0.5 → 0.5
            B(City, 2021, 2030, 950),  // 1000 > 950; cumulative 2029 900, 2030 1000 > 950 → runs out in 2030; runs: 400 + 600 + 60(u − 0.5) ≤ 950 never
            B(City, 2019, 2030, 5000), // history has no 2019
            B(City, 2021, 2040, 5000), // ends after the horizon 2030
            B(Banner, 2025, 2026, 50), // 20 + 20 = 40 ≤ 50, no history part
        };
        var model = new Issue16_FakeModel(Base(2024, [Part(Banner)], history, budgets: budgets), Dims("a"), 2030, (u, buffer) =>
        {
            for (int k = 0; k < buffer.Years; k++)
            {
                buffer.TerritorialCo2[buffer.At(0, k)] = 100 + 10 * (u[0] - 0.5);
                buffer.TerritorialCo2[buffer.At(1, k)] = 20;
            }
        });
        const int n = 4000;
        var checks = MonteCarlo.Run(model, Scenario(2030), n, 4).Budgets;
        Assert.Multiple(() =>
        {
            Assert.That(checks[0].HistoryUsedTonnes, Is.EqualTo(400));
            Assert.That(checks[0].CentralUsedTonnes, Is.EqualTo(1000));
            Assert.That(checks[0].CentralWithin, Is.True);
            Assert.That(checks[0].CentralRunOutYear, Is.Null);
            Assert.That(checks[0].ProbabilityWithin!.Value, Is.EqualTo(0.5).Within(3 * Math.Sqrt(0.25 / n)));
            Assert.That(checks[1].CentralWithin, Is.False);
            Assert.That(checks[1].CentralRunOutYear, Is.EqualTo(2030));
            Assert.That(checks[1].ProbabilityWithin, Is.EqualTo(0.0));
            Assert.That(checks[2].HistoryUsedTonnes, Is.Null);
            Assert.That(checks[2].CentralWithin, Is.Null);
            Assert.That(checks[2].NotCheckedBecause, Is.Not.Null);
            Assert.That(checks[3].NotCheckedBecause, Is.Not.Null);
            Assert.That(checks[3].ProbabilityWithin, Is.Null);
            Assert.That(checks[4].CentralUsedTonnes, Is.EqualTo(40));
            Assert.That(checks[4].CentralWithin, Is.True);
            Assert.That(checks[4].ProbabilityWithin, Is.EqualTo(1.0));
        });
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(checks[2].NotCheckedBecause!.Render(), Does.Contain("2019"));
        }
    }

    [Test]
    public void Run_FlagsAndProgress_ModelFlagsOnlyAndAtMostAHundredReports()
    {
        var modelFlag = LineText.Verbatim("model flag");
        var model = new Issue16_FakeModel(Base(2020), Dims("a"), 2022, (u, buffer) => buffer.Co2e[0] = 1, [modelFlag]);
        var progress = new Recorder();
        var outcome = MonteCarlo.Run(model, Scenario(2022, illustrative: true), 1000, 1, progress);
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.Multiple(() =>
            {
                // The illustrative label is printed by the renderers from the definition, so the outcome does not carry it twice.
                Assert.That(outcome.Flags, Is.EqualTo(new[] { modelFlag }));
                Assert.That(progress.Values, Has.Count.InRange(2, 102));
                Assert.That(progress.Values[^1], Is.EqualTo(1.0));
                Assert.That(progress.Values, Has.All.InRange(0.0, 1.0));
            });
        }
        var central = MonteCarlo.Run(model, Scenario(2022), 0, 1);
        Assert.Multiple(() =>
        {
            Assert.That(central.Flags, Is.EqualTo(new[] { modelFlag }));
            Assert.That(central.Areas[0].PPeakBy2025, Is.Null);
            Assert.That(central.Areas[0].Path[0].P50, Is.Null);
        });
    }

    private sealed class Recorder : IProgress<double>
    {
        private readonly Lock gate = new();

        public List<double> Values { get; } = [];

        public void Report(double value)
        {
            lock (gate)
            {
                Values.Add(value);
            }
        }
    }
}
