using GhgInventory.Core.Analysis;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;

namespace GhgInventory.Data.Analysis;

/// <summary>The energy accounts, CO2 for the target and scored indicators of a region and every region below it, every year of a run.</summary>
/// <param name="Region">The region asked for.</param>
/// <param name="BaseYear">The price base year of the intensities.</param>
/// <param name="Options">The basis and rules computed.</param>
/// <param name="Accounts">One energy account per region (the region and each below it) and year, region codes ascending then years.</param>
/// <param name="Co2">The CO2 for the target per region, year and CO2 rule.</param>
/// <param name="Points">The indicator points per region and year.</param>
/// <param name="Economy">The socio-economic indicators of the run, with their file and line.</param>
public sealed record IntensityResult(Core.Domain.RegionCode Region, int BaseYear, IntensityOptions Options, IReadOnlyList<EnergyAccount> Accounts,
    IReadOnlyList<Co2ForTarget> Co2, IReadOnlyList<IndicatorPoint> Points, EconomicSeries Economy)
{
    /// <summary>The energy cells of the region asked for, every year: one per fuel source of the region and the regions below it
    /// (transformation outputs negative); the electricity and heat used by sectors are in each account's <see cref="EnergyAccount.FinalUseCells"/>.</summary>
    public IEnumerable<EnergyCell> Cells => Accounts.Where(a => a.Region == Region).SelectMany(a => a.Cells);

    /// <summary>The account of <paramref name="region"/> in <paramref name="year"/>, or null when the run has no such year or region.</summary>
    public EnergyAccount? Account(Core.Domain.RegionCode region, int year) => Accounts.FirstOrDefault(a => a.Region == region && a.Year == year);
}
