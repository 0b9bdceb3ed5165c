using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>The production-based Tier 1 form of IPCC 2006 Vol.3: emission of each gas = amount produced or used (t) × <c>process_ef</c>
/// (t gas/t), one line per gas; process carbon is fossil (<see cref="CarbonOrigin.Fossil"/>, also for the CH4 of silicon alloys).</summary>
/// <remarks>A gas with no factor for the activity is NE with the reason (IPCC 2006 Vol.3 gives no Tier 1 value, or the sets lack it), never 0.</remarks>
public abstract class ProcessFactorMethod : IEmissionMethod
{
    /// <inheritdoc/>
    public abstract string Key { get; }

    /// <inheritdoc/>
    public abstract string Label { get; }

    /// <summary>The method's name in Chinese with its guideline reference, the name of <see cref="Label"/> in <see cref="ChineseNames"/>.</summary>
    protected abstract string NameZh { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal) { [Label] = NameZh };

    /// <inheritdoc/>
    /// <remarks>Group: each call computes every source of the group (region, year, category) in turn, so no source depends on being first of its group.</remarks>
    public virtual MethodScope Scope => MethodScope.Group;

    /// <inheritdoc/>
    public abstract IReadOnlyList<Gas> Gases { get; }

    /// <inheritdoc/>
    public virtual IReadOnlyList<ParameterSpec> Reads => [IppuParameters.ProcessEf];

    /// <inheritdoc/>
    public virtual IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var source in input.Group)
        {
            foreach (var line in ComputeSource(input, source, context))
            {
                yield return line;
            }
        }
    }

    /// <summary>The lines of one source of the group: by default one <see cref="FactorLine"/> per gas.</summary>
    protected virtual IEnumerable<EmissionLine> ComputeSource(MethodInput input, EmissionSource source, CombustionContext context) =>
        Gases.Select(gas => FactorLine(input, source, context, gas));

    /// <summary>A remark appended to the arithmetic of <paramref name="source"/>'s lines (e.g. what a factor assumes); null for none.</summary>
    protected virtual LineText? Remark(EmissionSource source) => null;

    /// <summary>The line of <paramref name="gas"/> for <paramref name="source"/>: AD × process_ef, or NE naming the missing factor.</summary>
    protected EmissionLine FactorLine(MethodInput input, EmissionSource source, CombustionContext context, Gas gas)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        var activity = Say.Activity(source.Activity, input.Activities);
        var ef = MethodLines.Resolve(source, context, IppuParameters.ProcessEf.Name, gas);
        if (ef is null)
        {
            return MethodLines.NotEstimated(source, gas, Label, SectorSay.Ippu.Text(nameof(Resources.IppuText.NoProcessFactor), gas.Code, activity, source.Category.Value));
        }
        double mass = source.ActivityBase * ef.Factor.EngineValue;
        var arithmetic = SectorSay.Ippu.Text(nameof(Resources.IppuText.FactorArithmetic), activity, Numbers.Format(source.ActivityBase), Numbers.Factor(ef.Factor.EngineValue),
            gas.Code, Numbers.Format(mass, 6));
        if (Remark(source) is { } remark)
        {
            arithmetic = LineText.Join(" ", [arithmetic, remark]);
        }
        return MethodLines.Line(source, context, gas, mass, Label, arithmetic, [ef], CarbonOrigin.Fossil);
    }
}
