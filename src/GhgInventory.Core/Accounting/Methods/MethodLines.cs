using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>What every method does the same way: look a factor up, write a line with its CO2 equivalent, write an NE line.</summary>
public static class MethodLines
{
    /// <summary>The factor for <paramref name="parameter"/> (and <paramref name="gas"/>) of <paramref name="source"/>, by the resolution order; null when none matches.</summary>
    /// <remarks><paramref name="per"/> is the denominator dimension the value must be per (null: the activity's own);
    /// <paramref name="activity"/> looks up another activity's factor (e.g. the methane of a recovered stream), null: the source's own.</remarks>
    public static FactorResolution? Resolve(EmissionSource source, CombustionContext context, string parameter, Gas? gas = null, Dimension? per = null, string? activity = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        return context.Factors.Resolve(new FactorQuery(activity ?? source.Activity, parameter, gas, source.Category, source.Region, source.Year, Per: per));
    }

    /// <summary>A line of <paramref name="massTonnes"/> t of <paramref name="gas"/> with its CO2 equivalent under the run's GWP set.</summary>
    /// <remarks>
    /// CO2e = mass × GWP, the GWP of the line's <paramref name="origin"/> where the set distinguishes it (AR6 CH4). A substance without a
    /// GWP (an air pollutant) has a null CO2e; a greenhouse gas the set has no value for is a refusal of the whole compile, never a
    /// silent gap in CO2e. A negative mass (a removal) is allowed only in a category that allows removals (LULUCF, 3.B); elsewhere it
    /// is an engine error, thrown.
    /// </remarks>
    /// <exception cref="InvalidOperationException">A negative or non-finite mass outside a removal category.</exception>
    public static EmissionLine Line(EmissionSource source, CombustionContext context, Gas gas, double massTonnes, string method, LineText arithmetic,
        IEnumerable<FactorResolution> factors, CarbonOrigin origin, EmissionScope scope = EmissionScope.Territorial)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        if (!double.IsFinite(massTonnes))
        {
            throw new InvalidOperationException($"{method}: {gas} of {source.Activity} at {source.Category} {source.Region} {source.Year} is {massTonnes}.");
        }
        if (massTonnes < 0 && !context.Removals.Allows(source.Category))
        {
            throw new InvalidOperationException($"{method}: negative {gas} ({massTonnes} t) of {source.Activity} at {source.Category}, a category without removals.");
        }
        double? gwp = context.Gwp.For(context.GwpSet, gas, origin)?.Value;
        return new EmissionLine(source.Index, source.Region, source.Year, source.Category, source.Activity, gas, scope,
            massTonnes, massTonnes * gwp, gwp, null, method, arithmetic, null, factors.Select(AppliedFactor.From).ToList());
    }

    /// <summary>A line under NE with its reason (a factor or an input the method needs is missing): never 0.</summary>
    public static EmissionLine NotEstimated(EmissionSource source, Gas gas, string method, LineText reason, EmissionScope scope = EmissionScope.Territorial) =>
        EmissionLine.UnderNotationKey(source, gas, scope, NotationKey.NE, method, reason);
}
