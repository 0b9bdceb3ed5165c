using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Cement clinker (2.A.1): CO2 from the calcination of the clinker's CaO.</summary>
/// <remarks>
/// Tier 1 (IPCC 2006 Vol.3 Ch.2, cement): CO2 = clinker (t) × 0.52 t CO2/t clinker (= 0.65 CaO × 0.7848 t CO2/t CaO × 1.02 cement kiln dust
/// correction, as transcribed; reference B3). Tier 2 (same chapter): when a plant or local CaO content of clinker (<c>clinker_cao</c>) is known,
/// CO2 = clinker (t) × CaO fraction × <c>cao_co2_ratio</c> (t CO2/t CaO) × <c>ckd_correction</c>, and the measured content is used instead.
/// A missing factor is NE with its name.
/// </remarks>
public sealed class CementClinkerMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "cement_clinker";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.2 cement clinker (Tier 1 default per t clinker, or Tier 2 with the clinker's CaO content)";

    /// <inheritdoc/>
    protected override string NameZh => "水泥熟料生产过程排放（IPCC 2006 第3卷第2章：方法1 熟料缺省排放因子，或方法2 按熟料氧化钙含量）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2];

    /// <inheritdoc/>
    public override IReadOnlyList<ParameterSpec> Reads => [IppuParameters.ProcessEf, IppuParameters.ClinkerCao, IppuParameters.CaoCo2Ratio, IppuParameters.CkdCorrection];

    /// <inheritdoc/>
    protected override IEnumerable<EmissionLine> ComputeSource(MethodInput input, EmissionSource source, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        var cao = MethodLines.Resolve(source, context, IppuParameters.ClinkerCao.Name);
        if (cao is null)
        {
            yield return FactorLine(input, source, context, Gas.CO2);
            yield break;
        }
        var ratio = MethodLines.Resolve(source, context, IppuParameters.CaoCo2Ratio.Name, Gas.CO2);
        var ckd = MethodLines.Resolve(source, context, IppuParameters.CkdCorrection.Name);
        if (ratio is null || ckd is null)
        {
            string missing = ratio is null ? IppuParameters.CaoCo2Ratio.Name : IppuParameters.CkdCorrection.Name;
            yield return MethodLines.NotEstimated(source, Gas.CO2, Label,
                SectorSay.Ippu.Text(nameof(Resources.IppuText.NoNamedFactor), missing, Say.Activity(source.Activity, input.Activities), source.Category.Value));
            yield break;
        }
        double mass = source.ActivityBase * cao.Factor.EngineValue * ratio.Factor.EngineValue * ckd.Factor.EngineValue;
        var arithmetic = SectorSay.Ippu.Text(nameof(Resources.IppuText.ClinkerTier2Arithmetic), Numbers.Format(source.ActivityBase), Numbers.Factor(cao.Factor.EngineValue),
            Numbers.Factor(ratio.Factor.EngineValue), Numbers.Factor(ckd.Factor.EngineValue), Numbers.Format(mass, 6));
        yield return MethodLines.Line(source, context, Gas.CO2, mass, Label, arithmetic, [cao, ratio, ckd], CarbonOrigin.Fossil);
    }
}
