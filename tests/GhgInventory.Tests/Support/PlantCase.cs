using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Tests.Support;

/// <summary>The electricity/heat plant cases of issue 12: one region's 2023 rows compiled with AR5 on a fresh database, and a stored run built in memory.</summary>
internal static class PlantCase
{
    /// <summary>
    /// Rows (in <see cref="ActivityFile.UseHeader"/>'s columns) ingested into a fresh database, 2023 compiled for <paramref name="region"/>
    /// with AR5 and summarised there.
    /// </summary>
    public static (InventorySummary Summary, CompileResult Result) Run(string region, CompileOptions options, params string[] rows)
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "plants.csv", ActivityFile.Utf8WithUse(rows));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        var (run, result) = workspace.Compile(2023, 2023, RegionCode.Parse(region), new GwpSet("AR5"), options);
        return (workspace.Summarize(run, RegionCode.Parse(region), 2023), result);
    }

    /// <summary>
    /// The bridge of a run stored before the ingest checks existed: 500 万吨 raw coal at <paramref name="fuelCategory"/> (its CO2 line only,
    /// 5e6 t × 1.9002988488 t/t = 9,501,494.244 t) and 80 亿kWh generated at <paramref name="generationCategory"/>, energy-output split.
    /// </summary>
    public static ElectricityBridge StoredCoalAndGeneration(string region, string fuelCategory, string generationCategory)
    {
        var code = RegionCode.Parse(region);
        var sources = new List<EmissionSource>
        {
            new(0, code, 2023, CategoryCode.Parse(fuelCategory), "raw_coal", 5e6, "t", []),
            new(1, code, 2023, CategoryCode.Parse(generationCategory), "electricity_generation", 80e8 * 0.0036, "GJ", []),
        };
        var lines = new List<EmissionLine>
        {
            new(0, code, 2023, CategoryCode.Parse(fuelCategory), "raw_coal", Gas.CO2, EmissionScope.Territorial, 9_501_494.244, 9_501_494.244, 1, null, "m", LineText.Verbatim(""), null, []),
        };
        return InventorySummarizer.Bridge(GasTotals.Of(lines), lines, sources, ChpSplit.EnergyOutput);
    }
}
