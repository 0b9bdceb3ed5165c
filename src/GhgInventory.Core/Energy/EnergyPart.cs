namespace GhgInventory.Core.Energy;

/// <summary>One row of a view of an energy account (a fuel, a sector or a use) with its energy in standard coal.</summary>
/// <param name="Key">The fuel key, the IPCC category (three levels, <c>1.A.2</c>) or the use name (<c>combustion</c> …).</param>
/// <param name="Tce">Energy, tonnes of standard coal; transformation outputs count negative.</param>
/// <param name="LowerBound">True when a source in the row has no energy (a fuel without coefficient, a notation key): the figure is at least this.</param>
public sealed record EnergyPart(string Key, double Tce, bool LowerBound)
{
    /// <summary>How the row was converted: <see cref="CoefficientBasis.CalorificValue"/> when a source in it was converted by its calorific value,
    /// <see cref="CoefficientBasis.None"/> when no source in it has energy, <see cref="CoefficientBasis.Coefficient"/> otherwise.</summary>
    public CoefficientBasis Basis { get; init; } = CoefficientBasis.Coefficient;

    /// <summary>True when a source in the row was converted by its calorific value (no GB/T 2589 Appendix A coefficient).</summary>
    public bool ByCalorificValue => Basis == CoefficientBasis.CalorificValue;
}
