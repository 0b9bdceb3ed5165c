using System.Reflection;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>Finds the method of a source: the route of methods.csv with the longest category matching the source's category, for its
/// activity kind and use (a route naming the use beats one for any use).</summary>
/// <remarks>The methods are every public class of this assembly implementing <see cref="IEmissionMethod"/> with a parameterless constructor.</remarks>
public sealed class MethodRegistry
{
    private readonly IReadOnlyList<MethodRoute> routes;
    private readonly Dictionary<string, IEmissionMethod> methods;
    private readonly Dictionary<(CategoryCode, string, ActivityKind, FuelUse), IEmissionMethod?> cache = [];

    /// <summary>Every method of the engine, by key.</summary>
    public static IReadOnlyDictionary<string, IEmissionMethod> Methods { get; } = typeof(IEmissionMethod).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IEmissionMethod).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IEmissionMethod)Activator.CreateInstance(t)!)
        .ToDictionary(m => m.Key, StringComparer.Ordinal);

    /// <summary>A registry over <paramref name="routes"/>, with the engine's methods and <paramref name="extra"/> ones (a test's own).</summary>
    /// <exception cref="ArgumentException">A route names a method the engine does not have, or two routes share category, kind and use.</exception>
    public MethodRegistry(IEnumerable<MethodRoute> routes, IEnumerable<IEmissionMethod>? extra = null)
    {
        this.routes = routes.ToList();
        methods = new Dictionary<string, IEmissionMethod>(Methods, StringComparer.Ordinal);
        foreach (var method in extra ?? [])
        {
            methods[method.Key] = method;
        }
        foreach (var route in this.routes)
        {
            if (!methods.ContainsKey(route.Method))
            {
                throw new ArgumentException($"methods.csv:{route.Line}: method '{route.Method}' is not one of the engine's ({string.Join(", ", methods.Keys.Order(StringComparer.Ordinal))}).");
            }
        }
        var twice = this.routes.GroupBy(r => (r.Category, r.Kind, r.Use)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"methods.csv:{string.Join(", ", twice.Select(r => r.Line))}: two routes for {twice.Key.Category} {twice.Key.Kind} {twice.Key.Use}.");
        }
    }

    /// <summary>No routes: every source without a built-in path is NE "no method yet".</summary>
    public static MethodRegistry Empty { get; } = new([]);

    /// <summary>The routes, as loaded.</summary>
    public IReadOnlyList<MethodRoute> Routes => routes;

    /// <summary>The method for a source of <paramref name="category"/>, <paramref name="activity"/> and <paramref name="use"/>; null when no route matches.</summary>
    public IEmissionMethod? Find(CategoryCode category, ActivityDefinition activity, FuelUse use)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = (category, activity.Key, activity.Kind, use);
        lock (cache)
        {
            if (!cache.TryGetValue(key, out var method))
            {
                var route = routes
                    .Where(r => r.Kind == activity.Kind && (r.Use is null || r.Use == use) && category.IsWithin(r.Category.Value))
                    .OrderByDescending(r => r.Category.Value.Length)
                    .ThenByDescending(r => r.Use is not null)
                    .FirstOrDefault();
                cache[key] = method = route is null ? null : methods[route.Method];
            }
            return method;
        }
    }
}
