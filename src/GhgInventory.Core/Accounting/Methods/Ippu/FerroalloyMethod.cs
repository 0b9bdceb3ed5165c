using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Ferroalloys by type (2.C.2): CO2 = alloy produced (t) × EF of the type (IPCC 2006 Vol.3 Ch.4 ferroalloys Tier 1 as transcribed, reference B3: FeSi 45/65/75/90 %
/// 2.5/3.6/4.0/4.8, FeMn 7 % C 1.3, FeMn 1 % C 1.5, SiMn 1.4, Si metal 5.0, FeCr 1.3 t CO2/t) and CH4 of the silicon alloys (Tier 1,
/// sprinkle-charging: Si metal 1.2, FeSi 90 1.1, FeSi 75 1.0, FeSi 65 1.0 kg CH4/t); the CH4 is fossil (reductant carbon).</summary>
public sealed class FerroalloyMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "ferroalloy";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.4 ferroalloy production by type (Tier 1)";

    /// <inheritdoc/>
    protected override string NameZh => "铁合金生产过程排放（按品种，IPCC 2006 第3卷第4章 方法1）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2, Gas.CH4];
}
