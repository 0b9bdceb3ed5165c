using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting;

/// <summary>Indirect CO2 of purchased electricity and heat, for the consumption-based view.</summary>
/// <remarks>
/// CO2 = electricity used × grid emission factor (MEE/NBS average electricity CO2 factors, by year and grid); heat likewise with
/// a heat factor. Grid factors are published late and not every year: a year without its own borrows another year's under the run's
/// <see cref="GridYearPolicy"/> (nearest by default, latest earlier, or none → NE) and the line's note names the scope and both years.
/// Resolution order (DESIGN.md): a local factor of the line's region (RegionMeasured) &gt; a local factor of an enclosing region, the
/// city (CityValue) &gt; the factor of the grid the run chose (--grid; a local <c>grid:KEY</c> row before the published one).
/// A local factor of a region applies only in its own years; published grid factors are borrowed under the run's policy.
/// </remarks>
public static class PurchasedEnergyMethod
{
    /// <summary>The method label stored with each line.</summary>
    public const string Name = "Purchased electricity/heat × emission factor (consumption-based view)";

    /// <summary>Activity key of purchased electricity.</summary>
    public const string Electricity = "electricity";

    /// <summary>Activity key of purchased heat.</summary>
    public const string Heat = "heat";

    /// <summary>True for a line of electricity used (indirect scope): what the bridge adds as electricity used × grid factor.</summary>
    public static bool IsElectricityUsed(EmissionLine line) =>
        line is not null && line.Scope == EmissionScope.Indirect && line.Activity == Electricity;

    /// <summary>True for a line of heat used (indirect scope): what the bridge adds as heat used × heat factor.</summary>
    public static bool IsHeatUsed(EmissionLine line) =>
        line is not null && line.Scope == EmissionScope.Indirect && line.Activity == Heat;

    /// <summary>The indirect CO2 line of one electricity or heat source.</summary>
    public static EmissionLine Compute(EmissionSource source, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        bool isElectricity = source.Activity == Electricity;
        string parameter = isElectricity ? Parameters.GridEmissionFactor : Parameters.HeatEmissionFactor;
        string? scope = isElectricity ? GridScope(source.Region, context) : null;
        var policy = context.Options.GridYear;
        FactorQuery Published(GridYearPolicy yearPolicy) => new(source.Activity, parameter, Gas.CO2, source.Category, source.Region, source.Year,
            Scope: scope, NearestYear: true, Per: Dimension.Energy,
            // A local factor of a region applies only in its own years; a local grid:KEY factor stands in for its grid.
            Origin: scope is null ? FactorOrigin.PublishedOnly : FactorOrigin.Any, YearPolicy: yearPolicy);
        var ef = context.Factors.Resolve(new FactorQuery(source.Activity, parameter, Gas.CO2, source.Category, source.Region, source.Year,
                Per: Dimension.Energy, Origin: FactorOrigin.LocalOnly))
            ?? context.Factors.Resolve(Published(policy));
        if (ef is null)
        {
            // Under a policy narrower than "nearest", say which year exists, so that NE is never mistaken for "nothing published".
            var reason = policy != GridYearPolicy.Nearest && context.Factors.Resolve(Published(GridYearPolicy.Nearest)) is { } nearest
                ? Say.Text(nameof(CoreText.GridNoFactorForYear), ScopeText(nearest.Factor.Region, isElectricity, context), source.Year,
                    policy == GridYearPolicy.Earlier ? Say.Text(nameof(CoreText.OrEarlierYear)) : "", policy.Name(), FactorText(nearest))
                : isElectricity
                    ? Say.Text(nameof(CoreText.NoGridFactor), scope is null ? Say.Text(nameof(CoreText.ThisRegionsGrid)) : LineText.Term(scope, GridScopes.DescribeText(scope, context.Regions).Render()))
                    : Say.Text(nameof(CoreText.NoHeatFactor));
            return EmissionLine.UnderNotationKey(source, Gas.CO2, EmissionScope.Indirect, NotationKey.NE, Name, reason);
        }
        double mass = source.ActivityBase * ef.Factor.EngineValue;
        string kwh = isElectricity ? $" ({Numbers.Format(source.ActivityBase / Unit.GigajoulesPerKilowattHour, 0)} kWh)" : "";
        var arithmetic = Say.Text(nameof(CoreText.PurchasedArithmetic), Numbers.Format(source.ActivityBase), kwh, Numbers.Factor(ef.Factor.EngineValue),
            ef.Factor.Published, Numbers.Format(mass));
        double gwp = context.Gwp.Get(context.GwpSet, Gas.CO2).Value;
        var note = ef.SubstituteYear is not null
            ? Say.Text(nameof(CoreText.GridFactorBorrowed), ScopeText(ef.Factor.Region, isElectricity, context), source.Year, FactorText(ef), policy.Name())
            : null;
        return new EmissionLine(source.Index, source.Region, source.Year, source.Category, source.Activity, Gas.CO2, EmissionScope.Indirect,
            mass, mass * gwp, gwp, null, Name, arithmetic, note, [AppliedFactor.From(ef)]);
    }

    /// <summary>"North China grid" (华北电网) for a grid or region factor; "grid" or "heat" for a factor without region.</summary>
    private static LineText ScopeText(string? factorRegion, bool isElectricity, CombustionContext context) =>
        factorRegion is null ? Say.Text(isElectricity ? nameof(CoreText.ScopeGrid) : nameof(CoreText.ScopeHeat)) : GridScopes.DescribeText(factorRegion, context.Regions);

    /// <summary>"the 2022 factor 0.6776 kgCO2/kWh": the year, value and unit of a factor as published.</summary>
    private static LineText FactorText(FactorResolution resolution)
    {
        int year = resolution.SubstituteYear ?? resolution.Factor.ValidFrom ?? 0;
        string value = resolution.Factor.Value.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);
        return Say.Text(nameof(CoreText.FactorOfYear), year, value, resolution.Factor.Unit.Symbol);
    }

    /// <summary>The factor-file region key the run's grid choice points to for <paramref name="region"/>.</summary>
    public static string? GridScope(RegionCode region, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Options.Grid switch
        {
            GridChoice.National => "grid:national",
            GridChoice.Provincial => context.Regions.Contains(region)
                ? context.Regions.SelfAndAncestors(region).FirstOrDefault(r => r.Level == RegionLevel.Province)?.Code.Value
                : null,
            _ => context.Regions.Contains(region) && context.Regions.GridOf(region) is { } grid ? "grid:" + grid : null,
        };
    }
}
