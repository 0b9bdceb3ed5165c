using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Ammonia (2.B.1), production-based where only the ammonia made is known: CO2 = ammonia (t) × fuel requirement (GJ/t NH3) × carbon
/// content of the feedstock (t C/GJ) × 44/12 (IPCC 2006 Vol.3 Ch.3 ammonia Tier 1, with the carbon oxidation factor 1: all carbon emitted).</summary>
/// <remarks>Fuel requirements by process (natural-gas reforming 30.2 GJ/t, partial oxidation of a mixed plant population 42.5 GJ/t) and carbon
/// contents (natural gas 15.3, other bituminous coal 25.8 kg C/GJ) are the IPCC defaults as transcribed in the GHG Protocol ammonia tool (AMEE
/// dataset). CO2 recovered for urea is not subtracted (the line says so); the ammonia plant's feedstock rows stay under their own use.</remarks>
public sealed class AmmoniaMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "ammonia";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.3 ammonia production (Tier 1, production-based: fuel requirement x carbon content x 44/12)";

    /// <inheritdoc/>
    protected override string NameZh => "合成氨生产过程排放（基于产量，IPCC 2006 第3卷第3章 方法1：单位产品燃料需求×含碳量×44/12）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2];

    /// <inheritdoc/>
    public override IReadOnlyList<ParameterSpec> Reads => [IppuParameters.FuelRequirement, IppuParameters.FeedstockCarbonContent];

    /// <inheritdoc/>
    protected override IEnumerable<EmissionLine> ComputeSource(MethodInput input, EmissionSource source, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        var activity = Say.Activity(source.Activity, input.Activities);
        var requirement = MethodLines.Resolve(source, context, IppuParameters.FuelRequirement.Name);
        var carbon = MethodLines.Resolve(source, context, IppuParameters.FeedstockCarbonContent.Name, per: Units.Dimension.Energy);
        if (requirement is null || carbon is null)
        {
            string missing = requirement is null ? IppuParameters.FuelRequirement.Name : IppuParameters.FeedstockCarbonContent.Name;
            yield return MethodLines.NotEstimated(source, Gas.CO2, Label, SectorSay.Ippu.Text(nameof(Resources.IppuText.NoNamedFactor), missing, activity, source.Category.Value));
            yield break;
        }
        double mass = source.ActivityBase * requirement.Factor.EngineValue * carbon.Factor.EngineValue * FuelCombustionMethod.CarbonToCo2;
        var arithmetic = SectorSay.Ippu.Text(nameof(Resources.IppuText.AmmoniaArithmetic), activity, Numbers.Format(source.ActivityBase),
            Numbers.Factor(requirement.Factor.EngineValue), Numbers.Factor(carbon.Factor.EngineValue), Numbers.Format(mass, 6));
        yield return MethodLines.Line(source, context, Gas.CO2, mass, Label, arithmetic, [requirement, carbon], CarbonOrigin.Fossil);
    }
}
