using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Lime production (2.A.2), by lime type: CO2 = lime produced (t) × EF of the type (IPCC 2006 Vol.3 Ch.2 lime Tier 1 defaults as transcribed, reference B3:
/// high-calcium 0.75, dolomitic 0.77, hydraulic 0.59 t CO2/t lime).</summary>
public sealed class LimeMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "lime";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.2 lime production by lime type (Tier 1)";

    /// <inheritdoc/>
    protected override string NameZh => "石灰生产过程排放（按石灰种类，IPCC 2006 第3卷第2章 方法1）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2];
}
