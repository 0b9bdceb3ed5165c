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
}
