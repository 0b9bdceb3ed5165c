using GhgInventory.Core.Domain;
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
    /// <summary>The arithmetic of the carbon, e.g. <c>coke 1,000,000 t × 28.435 GJ/t × 0.0295 tC/GJ = 838,832.5 t C</c>.</summary>
    public string Arithmetic =>
        $"{Source.Activity} {Numbers.Format(Source.ActivityBase)} {Source.BaseUnit} × {Numbers.Factor(Ncv.Factor.EngineValue)} GJ/{Source.BaseUnit}"
        + $" × {Numbers.Factor(CarbonContent.Factor.EngineValue)} tC/GJ = {Numbers.Format(CarbonTonnes)} t C";

    /// <summary>The carbon of <paramref name="source"/>, or null with the reason (which factor is missing) when it cannot be had.</summary>
    public static FuelCarbon? Of(EmissionSource source, ActivityDefinition activity, CombustionContext context, out string? missing)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(source, activity, context.Factors, out missing);
    }

    /// <summary>The carbon of <paramref name="source"/> by the factors of <paramref name="factors"/>, or null with the reason when it cannot be had.</summary>
    public static FuelCarbon? Of(EmissionSource source, ActivityDefinition activity, FactorResolver factors, out string? missing)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(factors);
        var ncv = factors.Resolve(new FactorQuery(source.Activity, Parameters.Ncv, null, source.Category, source.Region, source.Year, Per: activity.Dimension));
        if (ncv is null)
        {
            missing = NoNcv(source);
            return null;
        }
        var cc = factors.Resolve(new FactorQuery(source.Activity, Parameters.CarbonContent, null, source.Category, source.Region, source.Year,
            Per: Units.Dimension.Energy));
        if (cc is null)
        {
            missing = NoFactor("carbon content", source);
            return null;
        }
        missing = null;
        double energy = source.ActivityBase * ncv.Factor.EngineValue;
        return new FuelCarbon(source, energy, energy * cc.Factor.EngineValue, ncv, cc);
    }

    /// <summary>The reason a fuel source has no net calorific value, as every method that needs one says it.</summary>
    internal static string NoNcv(EmissionSource source) => $"no net calorific value for {source.Activity} per {source.BaseUnit} in the factor library";

    /// <summary>The reason a fuel source lacks <paramref name="factor"/> (e.g. <c>carbon content</c>), as every method that needs it says it.</summary>
    internal static string NoFactor(string factor, EmissionSource source) => $"no {factor} for {source.Activity} in the factor library";
}
