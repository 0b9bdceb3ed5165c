namespace GhgInventory.Core.Scenarios;

/// <summary>Compares two scenarios on one base (docs/scenarios.md §8). FRAME STUB (issue 16): the Monte Carlo helper replaces this file.</summary>
public static class ScenarioComparer
{
    /// <summary>B − A of the central paths, with the Shapley attribution to the levers that differ.</summary>
    /// <exception cref="ScenarioBindException">Either cannot be bound.</exception>
    public static ScenarioComparison Compare(ScenarioDefinition a, ScenarioDefinition b, LeverCatalogue catalogue, ScenarioBase baseState) =>
        throw new NotImplementedException("issue 16 frame stub");
}
