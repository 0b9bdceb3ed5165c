namespace GhgInventory.Core.Scenarios;

/// <summary>The Monte Carlo of docs/scenarios.md §7. FRAME STUB (issue 16): the Monte Carlo helper replaces this file.</summary>
public static class MonteCarlo
{
    /// <summary>Runs the central path and <paramref name="iterations"/> draws seeded by <paramref name="seed"/>, with checks and sensitivity.</summary>
    public static ScenarioOutcome Run(IScenarioModel model, ScenarioDefinition scenario, int iterations, ulong seed, IProgress<double>? progress = null) =>
        throw new NotImplementedException("issue 16 frame stub");
}
