namespace GhgInventory.Core.Scenarios;

/// <summary>The projection of docs/scenarios.md §4. FRAME STUB (issue 16): the engine helper replaces this file.</summary>
public static class ScenarioModel
{
    /// <summary>Binds <paramref name="scenario"/> to <paramref name="baseState"/>.</summary>
    /// <exception cref="ScenarioBindException">The scenario cannot be bound (every problem with its location).</exception>
    public static IScenarioModel Bind(ScenarioDefinition scenario, LeverCatalogue catalogue, ScenarioBase baseState) =>
        throw new NotImplementedException("issue 16 frame stub");
}
