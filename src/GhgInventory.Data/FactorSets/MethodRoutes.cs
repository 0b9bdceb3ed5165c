using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.FactorSets;

/// <summary>Reads <c>emission-factors/vocabulary/methods.csv</c>: which method computes the sources of a category, activity kind and use.</summary>
public static class MethodRoutes
{
    /// <summary>The bundled file's name.</summary>
    public const string File = "emission-factors/vocabulary/methods.csv";

    private static readonly Lazy<MethodRegistry> Bundled = new(() => new MethodRegistry(Parse(CsvTable.ReadBundled(File, ["category", "kind", "use", "method"], ["note"]))));

    /// <summary>The registry over the bundled routes (parsed once).</summary>
    /// <exception cref="InvalidOperationException">A row is malformed or names a method the engine lacks: an error of the shipped data.</exception>
    public static MethodRegistry Registry => Bundled.Value;

    /// <summary>The routes of <paramref name="table"/>.</summary>
    /// <exception cref="InvalidOperationException">A row with an unknown category code, kind or use.</exception>
    public static IReadOnlyList<MethodRoute> Parse(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var routes = new List<MethodRoute>();
        foreach (var row in table.Rows)
        {
            if (!CategoryCode.TryParse(row["category"], out var category)
                || !Enum.TryParse<ActivityKind>(row["kind"], ignoreCase: true, out var kind)
                || !Enum.IsDefined(kind))
            {
                throw new InvalidOperationException($"{File}:{row.Line}: expected an IPCC category and an activity kind ({string.Join(", ", Enum.GetNames<ActivityKind>())}).");
            }
            FuelUse? use = null;
            if (!string.IsNullOrWhiteSpace(row["use"]))
            {
                use = Enum.TryParse<FuelUse>(row["use"], ignoreCase: true, out var u) && Enum.IsDefined(u)
                    ? u : throw new InvalidOperationException($"{File}:{row.Line}: expected a use ({string.Join(", ", Enum.GetNames<FuelUse>())}) or blank.");
            }
            routes.Add(new MethodRoute(category, kind, use, row["method"] ?? "", row.Line));
        }
        return routes;
    }
}
