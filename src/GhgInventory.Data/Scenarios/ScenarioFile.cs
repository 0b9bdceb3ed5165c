using GhgInventory.Core.Domain;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Data.Scenarios;

/// <summary>Reads a scenario file (TOML, docs/scenarios.md §6). FRAME STUB (issue 16): the TOML helper replaces this file.</summary>
public static class ScenarioFile
{
    /// <summary>The bundled lever catalogue (emission-factors/vocabulary/scenario-levers.csv).</summary>
    public static LeverCatalogue Catalogue() => throw new NotImplementedException("issue 16 frame stub");

    /// <summary>The scenario in <paramref name="bytes"/>, read from <paramref name="path"/>.</summary>
    /// <exception cref="Ingestion.InputRejectedException">Every problem of the file, located (file:line:column).</exception>
    public static ScenarioDefinition Read(string path, byte[] bytes, LeverCatalogue catalogue, RegionTree regions) =>
        throw new NotImplementedException("issue 16 frame stub");
}
