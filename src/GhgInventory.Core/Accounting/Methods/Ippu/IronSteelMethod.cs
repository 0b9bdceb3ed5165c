using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Iron and steel by route (2.C.1): CO2 = product (t) × EF of the route (IPCC 2006 Vol.3 Ch.4 Tier 1, Table 4.1 as transcribed: BOF steel 1.46,
/// EAF steel 0.08, open-hearth steel 1.72, pig iron not made into steel 1.35, DRI 0.70, sinter 0.20, pellet 0.03 t CO2/t) and the CH4 of sinter
/// (Tier 1: 0.07 kg CH4/t, AMEE transcription).</summary>
/// <remarks>The Tier 1 factors include the carbon of the coke and coal used as reductant: that coke is not to be entered again as fuel
/// combustion in 1.A.2.a, or it is counted twice (IPCC 2006 Vol.3 Ch.4, iron and steel).</remarks>
public sealed class IronSteelMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "iron_steel";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.4 Table 4.1 iron and steel production by route (Tier 1)";

    /// <inheritdoc/>
    protected override string NameZh => "钢铁生产过程排放（按工艺路线，IPCC 2006 第3卷第4章 表4.1 方法1）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2, Gas.CH4];
}
