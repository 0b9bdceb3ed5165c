using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Analysis;

/// <summary>The room behind <see cref="Workspace.Comparisons"/>: the year-over-year change of a run's lines and the LMDI decomposition of
/// a region and the regions directly below it.</summary>
/// <param name="workspace">The open workspace.</param>
public sealed class ComparisonService(Workspace workspace)
{
    /// <summary>The bundled file mapping IPCC energy categories to the three industries and households.</summary>
    public const string SectorFile = "emission-factors/vocabulary/economic-sectors.csv";

    /// <summary>The category-to-sector map of <see cref="SectorFile"/>.</summary>
    /// <exception cref="InvalidDataException">A row with an unknown category code or sector (a defect of the bundled file).</exception>
    public static SectorMap Sectors()
    {
        var table = CsvTable.ReadBundled(SectorFile, ["category", "sector", "reason"]);
        return new SectorMap(table.Rows.Select(r =>
            CategoryCode.TryParse(r["category"], out var code) && SectorMap.ParseSector(r["sector"] ?? "") is { } sector
                ? (code, sector)
                : throw new InvalidDataException($"{SectorFile}:{r.Line}: category {r["category"]}, sector {r["sector"]}.")));
    }

    /// <summary>The change of <paramref name="region"/>'s territorial CO2e from <paramref name="fromYear"/> to <paramref name="toYear"/> in <paramref name="run"/>.</summary>
    public YearComparison Changes(RunHeader run, RegionCode region, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(run);
        var regions = workspace.ReferenceOf(run)?.Regions ?? workspace.References.LoadRegions();
        return YearComparison.Of(region, fromYear, toYear, workspace.Runs.LoadLines(run.Id, fromYear), workspace.Runs.LoadLines(run.Id, toYear), regions);
    }

    /// <summary>The decompositions of <paramref name="region"/> and each region directly below it (region first, then by code).</summary>
    /// <param name="run">The run (for its region tree).</param>
    /// <param name="region">The region.</param>
    /// <param name="fromYear">The earlier year, also the price base year.</param>
    /// <param name="toYear">The later year.</param>
    /// <param name="cells">The run's energy cells of the region and below, every year from <paramref name="fromYear"/> to <paramref name="toYear"/>.</param>
    /// <param name="economy">The run's socio-economic indicators.</param>
    /// <param name="chained">Also chain year on year.</param>
    public IReadOnlyList<RegionDecomposition> Decompose(RunHeader run, RegionCode region, int fromYear, int toYear, IEnumerable<EnergyCell> cells, EconomicSeries economy,
        bool chained)
    {
        ArgumentNullException.ThrowIfNull(run);
        var regions = workspace.ReferenceOf(run)?.Regions ?? workspace.References.LoadRegions();
        var all = cells.ToList();
        var sectors = Sectors();
        return [.. new[] { region }.Concat(regions.ChildrenOf(region).Select(r => r.Code).OrderBy(c => c.Value, StringComparer.Ordinal))
            .Select(r => RegionDecomposition.Of(r, fromYear, toYear, all, economy, sectors, regions, chained))];
    }
}
