namespace GhgInventory.Core.Domain;

/// <summary>One stored activity row as the core sees it: quantity already in the dimension's base unit (t, m3, GJ).</summary>
/// <param name="Id">Database id, cited by emission lines.</param>
/// <param name="Region">Region of the row.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="BaseQuantity">Value in the base unit of the activity's dimension; 0 and meaningless when <paramref name="Notation"/> stands.</param>
/// <param name="Use">How the fuel was used; part of the source key.</param>
/// <param name="Notation">The notation key written instead of a number, or null for a numeric row.</param>
/// <param name="Note">The row's note: for a notation row, the reason carried to its line.</param>
public readonly record struct ActivityRecord(long Id, RegionCode Region, int Year, CategoryCode Category, string Activity, double BaseQuantity,
    FuelUse Use = FuelUse.Combustion, NotationKey? Notation = null, string? Note = null);
