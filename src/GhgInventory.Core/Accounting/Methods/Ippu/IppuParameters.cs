using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>The parameters the industrial-process and F-gas methods read (IPCC 2006 Vol.3), each once; they join <see cref="Parameters.All"/>
/// through the methods' <see cref="IEmissionMethod.Reads"/>.</summary>
public static class IppuParameters
{
    private const string Reader = "industrial processes and product use (IPCC 2006 Vol.3)";

    /// <summary>The fluorinated gases of refrigeration and air conditioning (2.F.1) the engine reports: the components of the refrigerants
    /// of activities.csv (HFC-32, HFC-125, HFC-134a, HFC-143a, HFC-152a; IPCC 2006 Vol.3 Ch.7).</summary>
    public static IReadOnlyList<Gas> Refrigerants { get; } = [new("HFC-32"), new("HFC-125"), new("HFC-134a"), new("HFC-143a"), new("HFC-152a")];

    /// <summary>The gases of electrical equipment (2.G.1; IPCC 2006 Vol.3 Ch.8): SF6.</summary>
    public static IReadOnlyList<Gas> ElectricalEquipment { get; } = [new("SF6")];

    /// <summary><c>process_ef</c>: t of a gas (CO2, CH4) per t of product made or material used (clinker, lime, carbide, ferroalloy, steel,
    /// carbonate); IPCC 2006 Vol.3 Tier 1 defaults, or a plant's own.</summary>
    public static ParameterSpec ProcessEf { get; } = new("process_ef", QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CO2, Gas.CH4], ActivityScope.Routed, Reader);

    /// <summary><c>clinker_cao</c>: CaO mass fraction of clinker (IPCC 2006 Vol.3 Ch.2 Eq.2.2 Tier 2); a plant value, none shipped.</summary>
    public static ParameterSpec ClinkerCao { get; } = new("clinker_cao", QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader);

    /// <summary><c>cao_co2_ratio</c>: t CO2 released per t CaO formed from CaCO3 (stoichiometry 44.01/56.08).</summary>
    public static ParameterSpec CaoCo2Ratio { get; } = new("cao_co2_ratio", QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CO2], ActivityScope.Routed, Reader);

    /// <summary><c>ckd_correction</c>: cement kiln dust correction factor CF_ckd (IPCC 2006 Vol.3 Ch.2 Eq.2.2; default 1.02).</summary>
    public static ParameterSpec CkdCorrection { get; } = new("ckd_correction", QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader);

    /// <summary><c>cullet_ratio</c>: share of recycled glass (cullet) in the furnace charge (IPCC 2006 Vol.3 Ch.2 glass Tier 1).</summary>
    public static ParameterSpec CulletRatio { get; } = new("cullet_ratio", QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader);

    /// <summary><c>fuel_requirement</c>: GJ of fuel and feedstock per t of ammonia (IPCC 2006 Vol.3 Ch.3 Table 3.1).</summary>
    public static ParameterSpec FuelRequirement { get; } = new("fuel_requirement", QuantityKind.Energy, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader);

    /// <summary><c>feedstock_carbon_content</c>: t C per GJ of the ammonia feedstock (IPCC 2006 Vol.2 Ch.1 Table 1.3, as Vol.3 Ch.3 Eq.3.1 uses it).</summary>
    public static ParameterSpec FeedstockCarbonContent { get; } = new("feedstock_carbon_content", QuantityKind.Carbon, FactorPer.Energy, [], ActivityScope.Routed, Reader);

    /// <summary><c>gas_fraction</c>: mass fraction of a fluorinated gas in a refrigerant or insulating gas (1 for a pure gas; ASHRAE 34 for blends).</summary>
    public static ParameterSpec GasFraction { get; } = new("gas_fraction", QuantityKind.Ratio, FactorPer.Nothing, [.. Refrigerants, .. ElectricalEquipment], ActivityScope.Routed, Reader);

    /// <summary><c>emitted_share</c>: share of the activity amount emitted in the year: 1 for an amount that is itself the emission, the
    /// annual leak rate for an amount held in equipment (a bank or nameplate capacity).</summary>
    public static ParameterSpec EmittedShare { get; } = new("emitted_share", QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader);
}
