namespace GhgInventory.Core.Energy;

/// <summary>Which non-fossil energy a counting rule deducts from the energy total.</summary>
public enum NonFossilDeduction
{
    /// <summary>Nothing deducted: gross energy consumption (能源消费总量).</summary>
    None,

    /// <summary>新增可再生能源不纳入: renewable electricity consumed above the region's 2020 level is deducted from the total and still counted in the intensity
    /// (国家发展改革委 国家统计局 国家能源局《关于进一步做好新增可再生能源消费不纳入能源消费总量控制有关工作的通知》, 2022-11-16).</summary>
    NewRenewableOver2020,

    /// <summary>非化石能源不纳入: all non-fossil energy deducted from the total and from the intensity (发改环资〔2024〕113号 二(一)).</summary>
    AllNonFossil,
}
