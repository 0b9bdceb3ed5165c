using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Calcium carbide (2.B.5, 电石): CO2 = carbide produced (t) × 1.090 t CO2/t, and carbide used to make acetylene (t) × 1.100 t CO2/t
/// (IPCC 2006 Vol.3 Ch.3 carbide production Tier 1 defaults as transcribed in the AMEE dataset; reference B3).</summary>
/// <remarks>The acetylene factor assumes the acetylene's carbon is released as CO2 (welding, cutting); acetylene turned into vinyl chloride
/// (the PVC chain) keeps its carbon in the product, so that share is to be entered as NO: the line says so.</remarks>
public sealed class CalciumCarbideMethod : ProcessFactorMethod
{
    /// <summary>The activity of carbide used for acetylene, whose line carries the remark.</summary>
    public const string AcetyleneUse = "calcium_carbide_to_acetylene";

    /// <inheritdoc/>
    public override string Key => "calcium_carbide";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.3 calcium carbide production and use (Tier 1, production-based)";

    /// <inheritdoc/>
    protected override string NameZh => "电石生产及使用过程排放（基于产量，IPCC 2006 第3卷第3章 方法1）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2];

    /// <inheritdoc/>
    protected override LineText? Remark(EmissionSource source) =>
        source?.Activity == AcetyleneUse ? SectorSay.Ippu.Text(nameof(Resources.IppuText.AcetyleneRemark)) : null;
}
