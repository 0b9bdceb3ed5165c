namespace GhgInventory.Core.Units;

/// <summary>The basis on which electricity is expressed in tonnes of coal equivalent (GB/T 2589): the two differ about 2.5×.</summary>
public enum CoalEquivalentBasis
{
    /// <summary>Not a coal-equivalent unit, or a bare 吨标准煤 that names no basis.</summary>
    None,

    /// <summary>当量值: the energy content of the electricity itself, 0.1229 kgce/kWh.</summary>
    Calorific,

    /// <summary>等价值: the coal burnt to generate it, the year's national power coal rate (about 0.3 kgce/kWh).</summary>
    CoalEquivalent,
}
