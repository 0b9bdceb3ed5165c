using GhgInventory.Core.Domain;

namespace GhgInventory.Data.Targets;

/// <summary>A project whose stated annual CO2 is evaluated against the budgets of its region and the regions above it.</summary>
/// <param name="Name">The project's name as written.</param>
/// <param name="Region">The region (banner, park) the project is in.</param>
/// <param name="TonnesPerYear">Its CO2, t a year, as stated.</param>
/// <param name="Source">Where the figure comes from (an EIA report, a feasibility study); empty when not given.</param>
/// <param name="Location">Where the row was read (<c>project.csv:2</c>).</param>
public sealed record BudgetProject(string Name, RegionCode Region, double TonnesPerYear, string Source, string Location);
