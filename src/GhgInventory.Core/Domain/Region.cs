namespace GhgInventory.Core.Domain;

/// <summary>A region of the inventory with its names, parent and the power grid it draws from.</summary>
/// <param name="Code">GB/T 2260 code (or a local park code).</param>
/// <param name="Parent">The enclosing region, if any.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Grid">Power grid key (e.g. <c>north_china</c>); null inherits the parent's.</param>
public sealed record Region(RegionCode Code, RegionCode? Parent, string NameZh, string NameEn, string? Grid)
{
    /// <summary>The level implied by the code.</summary>
    public RegionLevel Level => Code.Level;

    /// <summary>First inventory year the region exists in (GB/T 2260 creation); null when it existed before any year the engine covers.</summary>
    public int? ValidFrom { get; init; }

    /// <summary>Last inventory year the region exists in (abolished or merged after it); null while it exists.</summary>
    public int? ValidTo { get; init; }

    /// <summary>True when the region exists in <paramref name="year"/>: a region created later or abolished earlier is not missing from that year's data.</summary>
    public bool ExistsIn(int year) => (ValidFrom is not { } from || year >= from) && (ValidTo is not { } to || year <= to);
}
