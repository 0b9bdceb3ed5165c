using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Accounting;

/// <summary>The energy and carbon content of one fuel source: energy = AD × NCV (GJ), carbon = energy × CC (t C), no oxidation.</summary>
/// <param name="Source">The source.</param>
/// <param name="EnergyGj">AD × NCV, GJ.</param>
/// <param name="CarbonTonnes">AD × NCV × CC, t C.</param>
/// <param name="Ncv">The net calorific value applied (GJ per base unit).</param>
/// <param name="CarbonContent">The carbon content applied (t C/GJ).</param>
/// <remarks>Factors as for combustion (IPCC 2006 Vol. 2 Ch. 1 Tables 1.2, 1.3; 省级温室气体清单编制指南), resolved by the same order.</remarks>
public sealed record FuelCarbon(EmissionSource Source, double EnergyGj, double CarbonTonnes, FactorResolution Ncv, FactorResolution CarbonContent)
{
    /// <summary>The fuel's definition (for its Chinese name); null when not known.</summary>
    public ActivityDefinition? Activity { get; init; }

    /// <summary>The arithmetic of the carbon, e.g. <c>coke 1,000,000 t × 28.435 GJ/t × 0.0295 tC/GJ = 838,832.5 t C</c>.</summary>
    public string Arithmetic => ArithmeticText.Render();

    /// <summary>The arithmetic of the carbon, language-neutral (the fuel's key in English, its name in Chinese).</summary>
    public LineText ArithmeticText => Say.Text(nameof(CoreText.FuelCarbonArithmetic), Say.Activity(Source.Activity, Activity),
        Numbers.Format(Source.ActivityBase), Source.BaseUnit, Numbers.Factor(Ncv.Factor.EngineValue), Numbers.Factor(CarbonContent.Factor.EngineValue),
        Numbers.Format(CarbonTonnes));

    /// <summary>The carbon of <paramref name="source"/>, or null with the reason (which factor is missing) when it cannot be had.</summary>
    public static FuelCarbon? Of(EmissionSource source, ActivityDefinition activity, CombustionContext context, out LineText? missing)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(source, activity, context.Factors, out missing);
    }

    /// <summary>The carbon of <paramref name="source"/> by the factors of <paramref name="factors"/>, or null with the reason when it cannot be had.</summary>
    public static FuelCarbon? Of(EmissionSource source, ActivityDefinition activity, FactorResolver factors, out LineText? missing)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(factors);
        var ncv = factors.Resolve(new FactorQuery(source.Activity, Parameters.Ncv, null, source.Category, source.Region, source.Year, Per: activity.Dimension));
        if (ncv is null)
        {
            missing = NoNcv(source, activity);
            return null;
        }
        var cc = factors.Resolve(new FactorQuery(source.Activity, Parameters.CarbonContent, null, source.Category, source.Region, source.Year,
            Per: Units.Dimension.Energy));
        if (cc is null)
        {
            missing = NoFactor(nameof(CoreText.WordCarbonContent), source, activity);
            return null;
        }
        missing = null;
        double energy = source.ActivityBase * ncv.Factor.EngineValue;
        return new FuelCarbon(source, energy, energy * cc.Factor.EngineValue, ncv, cc) { Activity = activity };
    }

    /// <summary>The reason a fuel source has no net calorific value, as every method that needs one says it.</summary>
    internal static LineText NoNcv(EmissionSource source, ActivityDefinition? activity) =>
        Say.Text(nameof(CoreText.NoNcv), Say.Activity(source.Activity, activity), source.BaseUnit);

    /// <summary>The reason a fuel source lacks the factor named by resource key <paramref name="factorWord"/> (e.g. carbon content), as every method that needs it says it.</summary>
    internal static LineText NoFactor(string factorWord, EmissionSource source, ActivityDefinition? activity) =>
        Say.Text(nameof(CoreText.NoFactorFor), Say.Text(factorWord), Say.Activity(source.Activity, activity));
}
