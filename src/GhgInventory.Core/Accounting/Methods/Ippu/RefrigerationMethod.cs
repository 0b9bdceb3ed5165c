using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>HFCs from refrigeration and air conditioning (2.F.1), see <see cref="FluorinatedGasMethod"/>.</summary>
public sealed class RefrigerationMethod : FluorinatedGasMethod
{
    /// <inheritdoc/>
    public override string Key => "fgas_refrigeration";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.7 refrigeration and air conditioning HFC emissions (amount emitted, or bank x leak rate; blends split by composition)";

    /// <inheritdoc/>
    protected override string NameZh => "制冷和空调HFCs排放（IPCC 2006 第3卷第7章：排放量，或存量×泄漏率；混合制冷剂按组分拆分）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => IppuParameters.Refrigerants;
}
