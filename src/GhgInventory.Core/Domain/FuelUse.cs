namespace GhgInventory.Core.Domain;

/// <summary>How a fuel row was used (the fuel_uses vocabulary of schema 2); part of a row's key and of a source's key.</summary>
/// <remarks>The integer values are the fuel_uses ids stored on every activity record.</remarks>
public enum FuelUse
{
    /// <summary>Burnt for energy (IPCC 2006 Vol. 2 Eq. 2.1), the default.</summary>
    Combustion = 0,
    /// <summary>Burnt in an enterprise's own power or CHP plant (自备电厂).</summary>
    Autoproducer = 1,
    /// <summary>Raw material for chemicals (原料用能), non-energy use.</summary>
    Feedstock = 2,
    /// <summary>Input to coke ovens, coal gasification and other transformation (加工转换).</summary>
    Transformation = 3,
    /// <summary>A product of a transformation (产出: coke, coke-oven gas, tar …), set against its inputs in the carbon balance; no emissions of its own.</summary>
    Output = 4,
}
