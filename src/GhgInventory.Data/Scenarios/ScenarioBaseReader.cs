using GhgInventory.Core.Scenarios;

namespace GhgInventory.Data.Scenarios;

/// <summary>Builds a scenario's base state from a stored inventory run (docs/scenarios.md §3). FRAME STUB (issue 16): the base helper replaces this file.</summary>
public sealed class ScenarioBaseReader(Workspace workspace)
{
    /// <summary>The base of <paramref name="scenario"/>: its run (or the newest covering its base year), parts, history, targets and budgets.</summary>
    /// <exception cref="Ingestion.InputRejectedException">The targets or budgets file is refused.</exception>
    /// <exception cref="InvalidOperationException">No stored run covers the base year (the message says which run and years exist).</exception>
    public ScenarioBase Read(ScenarioDefinition scenario) => throw new NotImplementedException($"issue 16 frame stub {workspace}");
}
