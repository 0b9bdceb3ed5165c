using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Glass (2.A.3), from the glass made or from the carbonates melted, one or the other for a region and year.</summary>
/// <remarks>
/// Glass made (activity of kind production), IPCC 2006 Vol.3 Ch.2 glass Tier 1: CO2 = glass (t) × EF (0.20 t CO2/t glass) × (1 − cullet ratio)
/// (default cullet ratio 0.5, as transcribed). Carbonates melted (kind material), the Tier 3 form: CO2 = Σ carbonate (t) × its stoichiometric factor.
/// Both in one region, year and category would count the same CO2 twice: the compile is refused naming both.
/// </remarks>
public sealed class GlassMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override string Key => "glass";

    /// <inheritdoc/>
    public override string Label => "IPCC 2006 Vol.3 Ch.2 glass production (Tier 1 by glass output and cullet ratio, or Tier 3 by carbonates melted)";

    /// <inheritdoc/>
    protected override string NameZh => "玻璃生产过程排放（IPCC 2006 第3卷第2章：方法1 按玻璃产量和碎玻璃比例，或方法3 按熔化的碳酸盐）";

    /// <inheritdoc/>
    public override MethodScope Scope => MethodScope.Group;

    /// <inheritdoc/>
    public override IReadOnlyList<Gas> Gases => [Gas.CO2];

    /// <inheritdoc/>
    public override IReadOnlyList<ParameterSpec> Reads => [IppuParameters.ProcessEf, IppuParameters.CulletRatio];

    /// <inheritdoc/>
    public override IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var glass = input.Group.Where(s => input.ActivityOf(s).Kind == ActivityKind.Production).ToList();
        var carbonates = input.Group.Where(s => input.ActivityOf(s).Kind != ActivityKind.Production).ToList();
        if (glass.Count > 0 && carbonates.Count > 0)
        {
            input.Refuse(SectorSay.Ippu.Now(nameof(Resources.IppuText.GlassTwice), input.Source.Region.Value, input.Year,
                string.Join(", ", glass.Select(s => Say.Activity(s.Activity, input.Activities).Render())),
                string.Join(", ", carbonates.Select(s => Say.Activity(s.Activity, input.Activities).Render()))));
            yield break;
        }
        foreach (var source in carbonates)
        {
            yield return FactorLine(input, source, context, Gas.CO2);
        }
        foreach (var source in glass)
        {
            yield return GlassLine(input, source, context);
        }
    }

    private EmissionLine GlassLine(MethodInput input, EmissionSource source, CombustionContext context)
    {
        var activity = Say.Activity(source.Activity, input.Activities);
        var ef = MethodLines.Resolve(source, context, IppuParameters.ProcessEf.Name, Gas.CO2);
        var cullet = MethodLines.Resolve(source, context, IppuParameters.CulletRatio.Name);
        if (ef is null || cullet is null)
        {
            return ef is null
                ? MethodLines.NotEstimated(source, Gas.CO2, Label, SectorSay.Ippu.Text(nameof(Resources.IppuText.NoProcessFactor), Gas.CO2.Code, activity, source.Category.Value))
                : MethodLines.NotEstimated(source, Gas.CO2, Label, SectorSay.Ippu.Text(nameof(Resources.IppuText.NoNamedFactor), IppuParameters.CulletRatio.Name, activity, source.Category.Value));
        }
        double mass = source.ActivityBase * ef.Factor.EngineValue * (1 - cullet.Factor.EngineValue);
        var arithmetic = SectorSay.Ippu.Text(nameof(Resources.IppuText.GlassArithmetic), activity, Numbers.Format(source.ActivityBase), Numbers.Factor(ef.Factor.EngineValue),
            Numbers.Factor(cullet.Factor.EngineValue), Numbers.Format(mass, 6));
        return MethodLines.Line(source, context, Gas.CO2, mass, Label, arithmetic, [ef, cullet], CarbonOrigin.Fossil);
    }
}
