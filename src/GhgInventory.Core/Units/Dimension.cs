namespace GhgInventory.Core.Units;

/// <summary>What a quantity measures; each dimension has one base unit.</summary>
public enum Dimension
{
    /// <summary>Mass, base unit tonne (t).</summary>
    Mass,
    /// <summary>Volume at standard conditions, base unit cubic metre (m3).</summary>
    Volume,
    /// <summary>Energy, base unit gigajoule (GJ); electricity and standard coal convert to it.</summary>
    Energy,
    /// <summary>Head of animals or other counted items.</summary>
    Count,
    /// <summary>Money, base unit yuan.</summary>
    Money,
    /// <summary>Land area, base unit hectare.</summary>
    Area,
    /// <summary>A volume index with the previous year = 100 (GDP指数, 上年=100), base unit the index point.</summary>
    Index,
    /// <summary>Electric power (installed capacity), base unit kilowatt (kW).</summary>
    Power,
}
