using GhgInventory.Core.Accounting;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Reporting;

/// <summary>The grid emission factor that priced a year's purchased electricity, and whether it was that year's own or borrowed from another.</summary>
/// <remarks>
/// Grid factors (MEE/NBS average electricity CO2 factors) exist for a few years only; a run borrows another year's under its
/// <see cref="GridYearPolicy"/>. Every table that shows a consumption-based figure marks the borrowed years with this record, so that
/// a trend across years is never read as if each year had its own factor.
/// </remarks>
/// <param name="Year">Inventory year.</param>
/// <param name="Scope">The factor's region column: <c>grid:KEY</c>, a region code, or null for a factor without region.</param>
/// <param name="Value">Factor value as published.</param>
/// <param name="Unit">Unit as published, e.g. <c>kgCO2/kWh</c>.</param>
/// <param name="FactorYear">The year the factor describes: <paramref name="Year"/> itself, or the year borrowed.</param>
/// <param name="Borrowed">True when <paramref name="FactorYear"/> is not <paramref name="Year"/>.</param>
/// <param name="Policy">The run's policy for a year without its own factor.</param>
public sealed record GridVintage(int Year, string? Scope, double Value, string Unit, int FactorYear, bool Borrowed, GridYearPolicy Policy)
{
    /// <summary>The factor's scope in words, e.g. "North China grid" (华北电网 in Chinese).</summary>
    public string ScopeName => GridScopes.Describe(Scope, null);

    /// <summary>
    /// The distinct grid factors of the indirect electricity lines among <paramref name="lines"/> (one per scope, value and factor
    /// year, in year then scope order); lines under a notation key have no factor and give none.
    /// </summary>
    public static IReadOnlyList<GridVintage> Of(IEnumerable<EmissionLine> lines, GridYearPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines
            .Where(l => PurchasedEnergyMethod.IsElectricityUsed(l) && l.Notation is null)
            .SelectMany(l => l.Factors.Where(f => f.Parameter.StartsWith(Parameters.GridEmissionFactor, StringComparison.Ordinal))
                .Select(f => new GridVintage(l.Year, f.Region, f.Value, f.Unit, f.SubstituteYear ?? l.Year, f.SubstituteYear is not null, policy)))
            .Distinct()
            .OrderBy(v => v.Year).ThenBy(v => v.Scope, StringComparer.Ordinal).ThenBy(v => v.FactorYear)
            .ToList();
    }

    /// <summary>True when <paramref name="lines"/> hold indirect electricity lines of <paramref name="year"/> and every one is under a notation key (no grid factor applied).</summary>
    public static bool NotEstimated(IEnumerable<EmissionLine> lines, int year)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var electricity = lines.Where(l => l.Year == year && PurchasedEnergyMethod.IsElectricityUsed(l)).ToList();
        return electricity.Count > 0 && electricity.All(l => l.Notation is not null);
    }
}
