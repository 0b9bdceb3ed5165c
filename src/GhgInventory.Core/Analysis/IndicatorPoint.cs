using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Analysis;

/// <summary>One value of a scored indicator (energy intensity, CO2 intensity, coal share …) for a region and year, under a named rule: what targets are checked against.</summary>
/// <param name="Indicator">The indicator's key, as the targets file names it (<c>energy_intensity</c>, <c>co2_intensity</c>, <c>coal_share</c> …).</param>
/// <param name="Rule">The counting rule the value is computed under (<c>non_fossil_excluded+feedstock_excluded</c> …); empty for an indicator without rules.</param>
/// <param name="Region">The region.</param>
/// <param name="Year">The year.</param>
/// <param name="Value">The value in <paramref name="Unit"/>; null when it cannot be computed, with <paramref name="Missing"/> saying why.</param>
/// <param name="Unit">The unit the value is in (<c>tce/10^4 yuan</c>, <c>t CO2/10^4 yuan</c>, <c>%</c>, <c>GW</c> …).</param>
/// <param name="Missing">Why the value is null (no GDP index for 2023, electricity NE …); null when there is a value.</param>
/// <param name="Notes">What the figure leans on that a reader must see (a borrowed grid factor year, a lower bound under NE), one sentence each.</param>
public sealed record IndicatorPoint(string Indicator, string Rule, RegionCode Region, int Year, double? Value, string Unit, LineText? Missing = null, IReadOnlyList<LineText>? Notes = null)
{
    /// <summary>The stable name of the basis the value is computed on (<c>calorific</c> or <c>coal-equivalent</c> electricity for energy figures;
    /// <c>net_export_deducted_from_coal</c> for the coal share); empty when none applies.</summary>
    public string Basis { get; init; } = "";

    /// <summary>True when the value is a lower bound (a fuel without energy, a source under NE, an indicator not given): the figure is at least this.</summary>
    public bool LowerBound { get; init; }
}
