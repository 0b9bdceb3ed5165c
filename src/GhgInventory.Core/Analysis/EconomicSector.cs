namespace GhgInventory.Core.Analysis;

/// <summary>The three industries of China's statistics (三次产业, GB/T 4754 with the 国家统计局 三次产业划分规定) and households,
/// the sectors of the Kaya decomposition.</summary>
public enum EconomicSector
{
    /// <summary>第一产业: agriculture, forestry, animal husbandry, fishery.</summary>
    Primary,

    /// <summary>第二产业: mining, manufacturing, electricity, heat, gas and water supply, construction.</summary>
    Secondary,

    /// <summary>第三产业: services, including transport.</summary>
    Tertiary,

    /// <summary>居民生活: households, which have no value added; their energy is decomposed per person.</summary>
    Households,
}
