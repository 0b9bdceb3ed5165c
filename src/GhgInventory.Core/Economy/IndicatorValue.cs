using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Core.Economy;

/// <summary>One socio-economic indicator of a region and year as the activity data gave it: a number in base units, or a notation key with its reason.</summary>
/// <param name="Region">The region.</param>
/// <param name="Year">The year.</param>
/// <param name="Key">The indicator's activity key (<see cref="IndicatorKeys"/>).</param>
/// <param name="BaseValue">The value in the base unit of its dimension (yuan, index points, persons, GJ, kW); null under a notation key.</param>
/// <param name="Notation">NE, C … when the row gave a notation key instead of a number.</param>
/// <param name="Reason">The note given with a notation key.</param>
/// <param name="Location">Where the row was read (file:line, or file!sheet!cell); null when not known.</param>
public sealed record IndicatorValue(RegionCode Region, int Year, string Key, double? BaseValue, NotationKey? Notation = null, LineText? Reason = null, SourceLocation? Location = null);
