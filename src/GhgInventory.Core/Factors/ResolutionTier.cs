namespace GhgInventory.Core.Factors;

/// <summary>Which rung of the resolution order supplied a factor, recorded on every line.</summary>
/// <remarks>Order: region+year measured value &gt; city value &gt; China guideline default &gt; IPCC default (DESIGN.md).</remarks>
public enum ResolutionTier
{
    /// <summary>A local value for the line's own region.</summary>
    RegionMeasured = 1,
    /// <summary>A local value for an enclosing region (the city) or for every region.</summary>
    CityValue = 2,
    /// <summary>A China guideline or standard default.</summary>
    ChinaGuidelineDefault = 3,
    /// <summary>An IPCC 2006 default.</summary>
    IpccDefault = 4,
}
