namespace GhgInventory.Core.Energy;

/// <summary>How a fuel's energy was converted to standard coal.</summary>
public enum CoefficientBasis
{
    /// <summary>The GB/T 2589 Appendix A reference coefficient (<c>coal_equivalent</c>, a local one first): the stable name <c>gbt2589_coefficient</c>.</summary>
    Coefficient,

    /// <summary>No Appendix A coefficient: the fuel's net calorific value (the <c>ncv</c> its combustion line applied) ÷ 29.307 GJ/tce,
    /// GB/T 2589's definition of standard coal (1 kgce = 29 307 kJ); the stable name <c>ncv_29307</c>.</summary>
    CalorificValue,

    /// <summary>Neither a coefficient nor a calorific value, or a notation key: no energy, the totals are lower bounds; the stable name <c>none</c>.</summary>
    None,
}
