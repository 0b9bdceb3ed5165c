namespace GhgInventory.Core.Accounting.Methods;

/// <summary>A registry method that accounts fuel rows of the non-combustion uses (feedstock, transformation, output) itself, where
/// methods.csv routes them to it: the compiler's built-in paths for those uses (non-energy use memo, transformation carbon balance)
/// step aside for the routed categories only (e.g. coal chemicals, 2.B.8 and 2.B.10).</summary>
public interface IFuelUseMethod : IEmissionMethod;
