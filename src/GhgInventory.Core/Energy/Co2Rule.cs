namespace GhgInventory.Core.Energy;

/// <summary>Which grid factor prices the net imported electricity in the CO2 checked against the CO2-intensity target.</summary>
/// <remarks>Both are in use: the national average factor (生态环境部 国家统计局 电力二氧化碳排放因子, 全国平均) is what the national accounting of
/// regional CO2 intensity uses for transferred electricity; a regional (or provincial) grid factor is what many provincial
/// guidelines use. Names in <see cref="Co2Rules"/>.</remarks>
public enum Co2Rule
{
    /// <summary><c>co2_national_grid</c>: net imported electricity × the national average grid factor of the year.</summary>
    NationalGrid,

    /// <summary><c>co2_region_grid</c>: net imported electricity × the factor of the grid the region is on (regions file, e.g. 华北 for Ordos).</summary>
    RegionGrid,
}

/// <summary>The stable names of <see cref="Co2Rule"/>, printed on every figure that uses them.</summary>
public static class Co2Rules
{
    /// <summary>The name of the national-average-factor rule.</summary>
    public const string NationalGridName = "co2_national_grid";

    /// <summary>The name of the region's-grid-factor rule.</summary>
    public const string RegionGridName = "co2_region_grid";

    /// <summary>The rule used when none is chosen: the national average factor.</summary>
    public const Co2Rule Default = Co2Rule.NationalGrid;

    /// <summary>The stable name of <paramref name="rule"/>.</summary>
    public static string Name(this Co2Rule rule) => rule == Co2Rule.RegionGrid ? RegionGridName : NationalGridName;

    /// <summary>The rule named <paramref name="name"/>, or null for a name no rule has.</summary>
    public static Co2Rule? Parse(string? name) => name switch
    {
        NationalGridName => Co2Rule.NationalGrid,
        RegionGridName => Co2Rule.RegionGrid,
        _ => null,
    };
}
