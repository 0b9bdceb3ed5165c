using GhgInventory.Core.Domain;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data;
using GhgInventory.Data.Scenarios;
using NodaTime;

namespace GhgInventory.Cli.Commands;

/// <summary>Runs a scenario file on its stored base and stores the outcome: the one path of <c>ghg scenario run</c>, <c>ghg demo</c> and
/// the HTML report's scenario section, so the three print the same numbers for the same file, iterations and seed.</summary>
public static class ScenarioRuns
{
    /// <summary>The bundled Ordos scenarios, in the order the report draws them.</summary>
    public static IReadOnlyList<string> Bundled { get; } = ["samples/ordos/baseline.toml", "samples/ordos/plan.toml", "samples/ordos/enhanced.toml"];

    /// <summary>Monte Carlo runs of the demo's and the report's scenarios (the default of <c>ghg scenario run</c>).</summary>
    public const int DefaultIterations = 10_000;

    /// <summary>The seed of the demo's and the report's scenarios (the default of <c>ghg scenario run</c>).</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The program's version and build (module version ids of the assemblies that compute and print a scenario run: Core, Data,
    /// Reports), the <c>engine_version</c> of stored scenario runs: a rebuilt program finds its own runs, not another build's.</summary>
    public static string EngineBuild { get; } = Workspace.EngineVersion + "+" + Workspace.BuildOf(typeof(MonteCarlo), typeof(ScenarioStore), typeof(Reports.ScenarioReport));

    /// <summary>Binds, runs and stores one scenario read from its file.</summary>
    /// <param name="workspace">The database (its stored runs are the base; the outcome is stored in it).</param>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="catalogue">The lever catalogue it was read with.</param>
    /// <param name="regions">The region tree, for names in the stored JSON.</param>
    /// <param name="iterations">Monte Carlo runs (0: the central path only).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="clock">The clock of the stored run's time.</param>
    /// <param name="progress">Fraction done, or null.</param>
    /// <param name="reader">The reader the caller read the scenario's base with (it gives the same base again); null for a new one. The base is
    /// kept in the database once the run is stored (<see cref="ScenarioBaseReader.Keep"/>), so the next run on the same inputs reads it back.</param>
    /// <returns>The outcome, its JSON (as stored and printed), its stored id and whether that id is new (false: the same file, base, seed and iterations were stored before).</returns>
    /// <exception cref="Data.Ingestion.InputRejectedException">The file is refused (every problem located).</exception>
    /// <exception cref="ScenarioBindException">The file cannot be bound to its base.</exception>
    public static (ScenarioOutcome Outcome, string Json, long Id, bool IsNew) RunAndStore(Workspace workspace, ScenarioDefinition scenario, LeverCatalogue catalogue,
        RegionTree regions, int iterations, ulong seed, IClock clock, IProgress<double>? progress = null, ScenarioBaseReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(clock);
        reader ??= new ScenarioBaseReader(workspace);
        var baseState = reader.Read(scenario);
        var model = ScenarioModel.Bind(scenario, catalogue, baseState);
        var outcome = MonteCarlo.Run(model, scenario, iterations, seed, progress);
        string json = Reports.ScenarioReport.JsonText(outcome, catalogue, regions);
        var now = clock.GetCurrentInstant();
        var (id, isNew) = new ScenarioStore(workspace.Connection).Save(outcome, json, EngineBuild, now);
        reader.Keep(baseState, now);
        return (outcome, json, id, isNew);
    }

    /// <summary>The bundled scenarios run on <paramref name="workspace"/>'s newest run, stored, in <see cref="Bundled"/> order.</summary>
    public static IReadOnlyList<ScenarioOutcome> RunBundled(Workspace workspace, LeverCatalogue catalogue, RegionTree regions, IClock clock, IProgress<double>? progress = null)
    {
        var outcomes = new List<ScenarioOutcome>();
        for (int i = 0; i < Bundled.Count; i++)
        {
            var scenario = ScenarioFile.Read(Bundled[i], BundledData.ReadAllBytes(Bundled[i]), catalogue, regions);
            int done = i;
            var part = progress is null ? null : new Progress(p => progress.Report((done + p) / Bundled.Count));
            outcomes.Add(RunAndStore(workspace, scenario, catalogue, regions, DefaultIterations, DefaultSeed, clock, part).Outcome);
        }
        return outcomes;
    }

    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
