namespace GhgInventory.Core.Economy;

/// <summary>The activity keys of the socio-economic indicators (kind <c>indicator</c>, category 0 of emission-factors/vocabulary).</summary>
/// <remarks>Values are stored in base units: money in yuan, indices in points with the previous year = 100, population in persons,
/// electricity and other energy in GJ, capacity in kW.</remarks>
public static class IndicatorKeys
{
    /// <summary>The category code indicator rows are recorded under: not an IPCC category and never an emission.</summary>
    public const string Category = "0";

    /// <summary>地区生产总值, gross regional product at current prices.</summary>
    public const string Gdp = "gdp";

    /// <summary>地区生产总值指数, the real (volume) index with the previous year = 100.</summary>
    public const string GdpIndex = "gdp_index";

    /// <summary>第一产业增加值 at current prices.</summary>
    public const string ValueAddedPrimary = "value_added_primary";

    /// <summary>第二产业增加值 at current prices.</summary>
    public const string ValueAddedSecondary = "value_added_secondary";

    /// <summary>第三产业增加值 at current prices.</summary>
    public const string ValueAddedTertiary = "value_added_tertiary";

    /// <summary>工业增加值 at current prices.</summary>
    public const string ValueAddedIndustry = "value_added_industry";

    /// <summary>常住人口 at year end.</summary>
    public const string Population = "population";

    /// <summary>可再生能源电力消费量: renewable electricity consumed in the region.</summary>
    public const string RenewableElectricityConsumption = "renewable_electricity_consumption";

    /// <summary>绿证交易电量: electricity of the green certificates the region's users bought, net of those sold.</summary>
    public const string GreenCertificateElectricity = "green_certificate_electricity";

    /// <summary>其他非化石能源消费量: non-fossil energy consumed other than electricity (solar heat, biomass, geothermal).</summary>
    public const string NonFossilEnergyOther = "nonfossil_energy_other";

    /// <summary>电力装机容量 at year end.</summary>
    public const string InstalledCapacity = "installed_capacity";

    /// <summary>新能源装机容量 (wind and solar) at year end.</summary>
    public const string RenewableCapacity = "renewable_capacity";

    /// <summary>The volume index key that deflates a current-price value key (<c>gdp</c> → <c>gdp_index</c>), or null.</summary>
    public static string? IndexOf(string currentPriceKey) => currentPriceKey switch
    {
        Gdp => GdpIndex,
        ValueAddedPrimary or ValueAddedSecondary or ValueAddedTertiary or ValueAddedIndustry => currentPriceKey + "_index",
        _ => null,
    };
}
