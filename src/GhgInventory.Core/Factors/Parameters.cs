using GhgInventory.Core.Units;

namespace GhgInventory.Core.Factors;

/// <summary>The parameter names the methods look up, with the unit kind each must have.</summary>
public static class Parameters
{
    /// <summary>Net calorific value, energy per unit of fuel.</summary>
    public const string Ncv = "ncv";
    /// <summary>Carbon content per unit of energy.</summary>
    public const string CarbonContent = "carbon_content";
    /// <summary>Carbon oxidation rate.</summary>
    public const string Oxidation = "oxidation";
    /// <summary>Emission factor of a gas per unit of energy (or activity).</summary>
    public const string EmissionFactor = "ef";
    /// <summary>Standard-coal coefficient (GB/T 2589, calorific value).</summary>
    public const string CoalEquivalent = "coal_equivalent";
    /// <summary>Grid average CO2 emission factor of purchased electricity.</summary>
    public const string GridEmissionFactor = "grid_ef";
    /// <summary>CO2 emission factor of purchased heat.</summary>
    public const string HeatEmissionFactor = "heat_ef";

    /// <summary>The numerator kind each method parameter must have; a factor file row with another kind is rejected when loaded.</summary>
    public static IReadOnlyDictionary<string, QuantityKind> ExpectedKind { get; } = new Dictionary<string, QuantityKind>
    {
        [Ncv] = QuantityKind.Energy,
        [CarbonContent] = QuantityKind.Carbon,
        [Oxidation] = QuantityKind.Ratio,
        [EmissionFactor] = QuantityKind.GasMass,
        [CoalEquivalent] = QuantityKind.CoalEquivalent,
        [GridEmissionFactor] = QuantityKind.GasMass,
        [HeatEmissionFactor] = QuantityKind.GasMass,
    };
}
