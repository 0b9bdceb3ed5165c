namespace GhgInventory.Core.Domain;

/// <summary>One stored activity row as the core sees it: quantity already in the dimension's base unit (t, m3, GJ).</summary>
/// <param name="Id">Database id, cited by emission lines.</param>
/// <param name="Region">Region of the row.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="BaseQuantity">Value in the base unit of the activity's dimension.</param>
public readonly record struct ActivityRecord(long Id, RegionCode Region, int Year, CategoryCode Category, string Activity, double BaseQuantity);
