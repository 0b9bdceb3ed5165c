using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>A row of methods.csv: the sources of <paramref name="Category"/> (and below) whose activity is of <paramref name="Kind"/>
/// (and, when given, used as <paramref name="Use"/>) are computed by the method <paramref name="Method"/>.</summary>
/// <param name="Category">IPCC category the route covers, with its sub-categories.</param>
/// <param name="Kind">Activity kind.</param>
/// <param name="Use">Use of the fuel, or null for any use.</param>
/// <param name="Method">Key of the method (<see cref="IEmissionMethod.Key"/>).</param>
/// <param name="Line">Line of methods.csv, for messages.</param>
public sealed record MethodRoute(CategoryCode Category, ActivityKind Kind, FuelUse? Use, string Method, int Line = 0);
