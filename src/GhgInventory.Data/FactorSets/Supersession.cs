using GhgInventory.Core.Factors;

namespace GhgInventory.Data.FactorSets;

/// <summary>A factor of an earlier active local set that a later local set gives again, with the same identity; new compiles use the later one.</summary>
/// <param name="Earlier">The factor no longer used.</param>
/// <param name="Later">The factor new compiles use instead.</param>
public sealed record Supersession(LocalFactorLine Earlier, LocalFactorLine Later)
{
    /// <summary>What both factors are values of.</summary>
    public FactorIdentity Identity => FactorIdentity.Of(Later.Factor);

    /// <summary>The factors of <paramref name="incoming"/> whose identity an active local set already gives, each against the value in use until now (the newest such set's).</summary>
    public static IReadOnlyList<Supersession> ByImport(IEnumerable<LocalFactorLine> active, IEnumerable<LocalFactorLine> incoming)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(incoming);
        var inUse = InUse(active);
        return incoming.Where(l => inUse.ContainsKey(FactorIdentity.Of(l.Factor)))
            .Select(l => new Supersession(inUse[FactorIdentity.Of(l.Factor)], l)).ToList();
    }

    /// <summary>Every factor of the active local sets that a later active local set gives again, against the one in use.</summary>
    public static IReadOnlyList<Supersession> Among(IEnumerable<LocalFactorLine> active)
    {
        ArgumentNullException.ThrowIfNull(active);
        var lines = active.ToList();
        var inUse = InUse(lines);
        return lines.Where(l => inUse[FactorIdentity.Of(l.Factor)] != l)
            .OrderBy(l => l.SetId).ThenBy(l => l.Line)
            .Select(l => new Supersession(l, inUse[FactorIdentity.Of(l.Factor)])).ToList();
    }

    // Among local imports the newest wins (FactorResolver), i.e. the highest set id.
    private static Dictionary<FactorIdentity, LocalFactorLine> InUse(IEnumerable<LocalFactorLine> lines) =>
        lines.GroupBy(l => FactorIdentity.Of(l.Factor)).ToDictionary(g => g.Key, g => g.MaxBy(l => l.SetId)!);
}
