namespace GhgInventory.Core.Factors;

/// <summary>Where a factor set comes from, which decides its place in the resolution order.</summary>
public enum FactorTier
{
    /// <summary>Imported by the user: measured or locally determined values (ghg factors import).</summary>
    Local,
    /// <summary>China's guideline and standard defaults (省级指南, GB/T 32151, GB/T 2589, MEE grid factors).</summary>
    ChinaGuideline,
    /// <summary>IPCC 2006 defaults.</summary>
    IpccDefault,
}
