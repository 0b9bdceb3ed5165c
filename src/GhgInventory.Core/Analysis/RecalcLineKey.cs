using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>What matches a line of one run to a line of another: region, year, category, activity, use, gas and scope.</summary>
/// <param name="Region">Region of the line's source.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="Use">Use of the fuel.</param>
/// <param name="Gas">Gas code.</param>
/// <param name="Scope">Territorial, indirect or memo.</param>
/// <param name="Ordinal">0 for the first line with this key in a run (in method order), 1 for a second …: keys repeated within a run still match one to one.</param>
public readonly record struct RecalcLineKey(RegionCode Region, int Year, CategoryCode Category, string Activity, FuelUse Use, string Gas, EmissionScope Scope, int Ordinal);
