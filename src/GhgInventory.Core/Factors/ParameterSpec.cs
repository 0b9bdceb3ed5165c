using GhgInventory.Core.Domain;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Factors;

/// <summary>What a method reads under one parameter name: the unit's kind, per what, for which gases and which activities.</summary>
/// <param name="Name">The parameter name as written in factor files.</param>
/// <param name="Numerator">What the value measures (energy, carbon, gas mass, coal equivalent or a ratio).</param>
/// <param name="Per">Per what the value is given.</param>
/// <param name="Gases">The gases the parameter is read for; empty when it is not per gas.</param>
/// <param name="Activities">Which activities it is read for.</param>
/// <param name="ReadBy">The method (or account) that reads it, for messages.</param>
/// <param name="ReferenceOnly">True for published variants kept in bundled sets for reference that no method reads; a local file may not use them.</param>
public sealed record ParameterSpec(
    string Name,
    QuantityKind Numerator,
    FactorPer Per,
    IReadOnlyList<Gas> Gases,
    ActivityScope Activities,
    string ReadBy,
    bool ReferenceOnly = false)
{
    /// <summary>What reads the parameter, in the reader's language (<see cref="ReadBy"/> is the English, as it always was).</summary>
    public string ReadByName => Localization.UiCulture.IsChinese && Parameters.ReadByKeys.TryGetValue(ReadBy, out var key) ? Localization.Say.Now(key) : ReadBy;

    /// <summary>True when <paramref name="activity"/> is one the parameter is read for.</summary>
    public bool AppliesTo(ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Activities switch
        {
            ActivityScope.Fuel => activity.Kind == ActivityKind.Fuel,
            ActivityScope.Electricity => activity.Key == "electricity",
            ActivityScope.Heat => activity.Key == "heat",
            ActivityScope.Routed => activity.Kind is ActivityKind.Production or ActivityKind.Livestock or ActivityKind.Land
                or ActivityKind.Waste or ActivityKind.Material or ActivityKind.Recovery,
            ActivityScope.Any => true,
            _ => activity.Kind is ActivityKind.Fuel or ActivityKind.Secondary,
        };
    }

    /// <summary>The denominator dimension(s) the value may be per, for <paramref name="activity"/>; empty for a ratio.</summary>
    public IReadOnlyList<Dimension> Denominators(ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Per switch
        {
            FactorPer.Nothing => [],
            FactorPer.Energy => [Dimension.Energy],
            FactorPer.ActivityUnit => [activity.Dimension],
            _ => activity.Dimension == Dimension.Energy ? [Dimension.Energy] : [activity.Dimension, Dimension.Energy],
        };
    }
}

/// <summary>Per what a parameter is given.</summary>
public enum FactorPer
{
    /// <summary>A ratio (fraction or %), per nothing.</summary>
    Nothing,
    /// <summary>Per unit of energy (GJ, TJ, kWh, MWh …).</summary>
    Energy,
    /// <summary>Per unit the activity is measured in: mass for a solid or liquid fuel, volume for a gas.</summary>
    ActivityUnit,
    /// <summary>Per unit of the activity or per unit of energy.</summary>
    ActivityUnitOrEnergy,
}

/// <summary>The activities a parameter is read for.</summary>
public enum ActivityScope
{
    /// <summary>Fuels (activities of kind fuel).</summary>
    Fuel,
    /// <summary>The activity electricity.</summary>
    Electricity,
    /// <summary>The activity heat.</summary>
    Heat,
    /// <summary>Any energy carrier: fuels, electricity and heat.</summary>
    Energy,
    /// <summary>The activities of the registry's methods: production, livestock, land, waste, materials, recovery.</summary>
    Routed,
    /// <summary>Any activity (e.g. a fuel's CH4 factor in fugitive or mobile use, a product's carbon content).</summary>
    Any,
}
