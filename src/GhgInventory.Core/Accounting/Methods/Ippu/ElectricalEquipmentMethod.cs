using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>SF6 from electrical equipment (2.G.1), see <see cref="FluorinatedGasMethod"/>.</summary>
public sealed class ElectricalEquipmentMethod : FluorinatedGasMethod
{
    /// <inheritdoc/>
    public override string Key => "fgas_electrical";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.8 SF6 from electrical equipment (amount emitted, or nameplate capacity x leak rate)";

    /// <inheritdoc/>
    protected override string NameZh => "电气设备SF6排放（IPCC 2006 第3卷第8章：排放量，或铭牌容量×泄漏率）";

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => IppuParameters.ElectricalEquipment;
}
