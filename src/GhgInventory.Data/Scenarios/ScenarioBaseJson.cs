using GhgInventory.Core.Scenarios;

namespace GhgInventory.Data.Scenarios;

/// <summary>Writes a scenario base as JSON for the independent numpy implementation (tools/Benchmarks/scenario_numpy.py). FRAME STUB
/// (issue 16): the base helper replaces this file; the format is that of docs/scenarios.md §3 (snake_case names of the frame's records).</summary>
public static class ScenarioBaseJson
{
    /// <summary>Writes <paramref name="baseState"/> to <paramref name="stream"/> (UTF-8, no BOM, numbers round-trip).</summary>
    public static void Write(Stream stream, ScenarioBase baseState) => throw new NotImplementedException("issue 16 frame stub");
}
