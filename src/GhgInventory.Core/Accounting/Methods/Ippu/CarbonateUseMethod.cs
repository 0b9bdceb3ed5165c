using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Other process uses of carbonates (2.A.4): CO2 = carbonate consumed (t) × its stoichiometric factor (IPCC 2006 Vol.3 Ch.2 other uses of carbonates,
/// with full calcination; stoichiometric factors of Table 2.1 as computed and transcribed, reference B3: CaCO3 0.43971, MgCO3 0.52197, CaMg(CO3)2 0.47732, FeCO3 0.37987, Na2CO3 0.41492 t CO2/t).</summary>
public sealed class CarbonateUseMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "carbonate_use";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.2 other process uses of carbonates (stoichiometric, full calcination)";

    /// <inheritdoc/>
    protected override string NameZh => "其他碳酸盐使用过程排放（化学计量因子，完全煅烧，IPCC 2006 第3卷第2章）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2];
}
