using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Energy;

/// <summary>The energy and CO2 of one source of a run (region, year, category, activity, use) in standard coal: the cell that
/// energy totals, intensities and the LMDI decomposition are summed from.</summary>
/// <param name="Region">The leaf region of the source.</param>
/// <param name="Year">The year.</param>
/// <param name="Category">The IPCC category of the source.</param>
/// <param name="Activity">The fuel or secondary energy key (raw_coal, electricity, heat …).</param>
/// <param name="Use">Combustion, autoproducer, feedstock or transformation.</param>
/// <param name="EnergyTce">Energy in tonnes of standard coal, electricity on the basis of the account (calorific or coal-equivalent); null when not known (NE, no coefficient).</param>
/// <param name="Co2Tonnes">Territorial CO2 of the source, t; 0 for electricity and heat bought, null under a notation key.</param>
public sealed record EnergyCell(RegionCode Region, int Year, CategoryCode Category, string Activity, FuelUse Use, double? EnergyTce, double? Co2Tonnes)
{
    /// <summary>How <see cref="EnergyTce"/> was converted: the GB/T 2589 coefficient (default), the fuel's calorific value, or not at all.</summary>
    public CoefficientBasis Basis { get; init; } = CoefficientBasis.Coefficient;
}
