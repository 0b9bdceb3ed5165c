namespace GhgInventory.Core.Units;

/// <summary>What the numerator of a factor's unit measures.</summary>
public enum QuantityKind
{
    /// <summary>A pure number (fraction or percent).</summary>
    Ratio,
    /// <summary>Energy in GJ.</summary>
    Energy,
    /// <summary>Carbon mass in tonnes of C.</summary>
    Carbon,
    /// <summary>Mass of a gas in tonnes of that gas.</summary>
    GasMass,
    /// <summary>Standard coal equivalent in tonnes of coal equivalent (tce).</summary>
    CoalEquivalent,
    /// <summary>Volume of a gas at standard conditions in m3 (e.g. coal-bed methane per tonne mined).</summary>
    Volume,
    /// <summary>Mass of a material that is not the emitted gas, in tonnes: nitrogen, volatile solids, dry matter, degradable organic carbon.</summary>
    Material,
}
