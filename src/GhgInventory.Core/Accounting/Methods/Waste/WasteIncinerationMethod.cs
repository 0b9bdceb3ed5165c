using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods.Waste;

/// <summary>Waste incineration (4.C.1): CO2 of the fossil carbon, CH4 and N2O, and the CO2 of the biogenic carbon as a memo item.</summary>
/// <remarks>
/// IPCC 2006 Vol 5 Ch 5, for each waste type (activity of kind waste, t of wet waste incinerated):
/// <list type="bullet">
/// <item>CO2 (fossil) = W × dm × CF × FCF × OF × 44/12 (Eq 5.1 / 5.2, t CO2): <c>incin_dm</c> dry matter content of the wet waste,
/// <c>incin_cf</c> carbon fraction of the dry matter, <c>incin_fcf</c> fossil share of that carbon, <c>incin_of</c> oxidation factor
/// (Ch 2 Table 2.4 by waste type, Ch 5 Table 5.2);</item>
/// <item>CO2 (biogenic) = W × dm × CF × (1 − FCF) × OF × 44/12: a <see cref="EmissionScope.Memo"/> line, never in the total
/// (Vol 5 Ch 5 §5.2.1.1: CO2 of biogenic carbon is not included in the total), written only when it is above 0;</item>
/// <item>CH4 = W × <c>incin_ef</c>(CH4) (Eq 5.4, Table 5.3), non-fossil (<see cref="CarbonOrigin.NonFossil"/>, AR6 27.0);</item>
/// <item>N2O = W × <c>incin_ef</c>(N2O) (Eq 5.5, Table 5.6).</item>
/// </list>
/// A missing parameter gives an NE line of the gas naming it, never 0; the CO2 lines need all four carbon parameters.
/// </remarks>
public sealed class WasteIncinerationMethod : IEmissionMethod
{
    /// <summary>The method key of methods.csv.</summary>
    public const string MethodKey = "waste_incineration";

    /// <summary>Mass of CO2 per mass of carbon, 44/12 (IPCC 2006 Vol 5 Ch 5 Eq 5.1).</summary>
    private const double Co2PerCarbon = 44.0 / 12.0;

    private const string Reader = "waste incineration (IPCC 2006 Vol 5 Ch 5)";

    /// <summary>The carbon parameters of Eq 5.1, in formula order, each with its words in WasteWaterText.</summary>
    private static readonly (string Name, string Words)[] Carbon =
    [
        ("incin_dm", "ParamDm"), ("incin_cf", "ParamCf"), ("incin_fcf", "ParamFcf"), ("incin_of", "ParamOf"),
    ];

    /// <summary><c>incin_ef</c>: t of CH4 or N2O per t of wet waste incinerated (IPCC 2006 Vol 5 Ch 5 Tables 5.3 and 5.6).</summary>
    public static ParameterSpec EmissionFactor { get; } =
        new("incin_ef", QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CH4, Gas.N2O], ActivityScope.Routed, Reader);

    /// <inheritdoc/>
    public string Key => MethodKey;

    /// <inheritdoc/>
    public string Label => "IPCC 2006 Vol.5 Ch.5 waste incineration (Eq.5.1, 5.4, 5.5)";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal) { [Label] = "废弃物焚烧排放（IPCC 2006 第5卷第5章 式5.1、5.4、5.5）" };

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Source;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CO2, Gas.CH4, Gas.N2O];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads { get; } = Carbon
        .Select(p => new ParameterSpec(p.Name, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader))
        .Append(EmissionFactor)
        .ToList();

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var source = input.Source;
        var activity = Say.Activity(source.Activity, input.Activities);
        foreach (var line in CarbonLines(source, context, activity))
        {
            yield return line;
        }
        yield return GasLine(source, context, activity, Gas.CH4, CarbonOrigin.NonFossil);
        yield return GasLine(source, context, activity, Gas.N2O, CarbonOrigin.Fossil);
    }

    private IEnumerable<EmissionLine> CarbonLines(EmissionSource source, CombustionContext context, LineText activity)
    {
        var factors = Carbon.Select(p => MethodLines.Resolve(source, context, p.Name)).ToArray();
        int missing = Array.FindIndex(factors, f => f is null);
        if (missing >= 0)
        {
            var words = SectorSay.WasteWater.Text(Carbon[missing].Words);
            yield return MethodLines.NotEstimated(source, Gas.CO2, Label,
                SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.NoIncinerationFactor), words, activity, source.Category.Value));
            yield break;
        }
        double dm = factors[0]!.Factor.EngineValue, cf = factors[1]!.Factor.EngineValue, fcf = factors[2]!.Factor.EngineValue, of = factors[3]!.Factor.EngineValue;
        double waste = source.ActivityBase;
        double fossil = waste * dm * cf * fcf * of * Co2PerCarbon;
        yield return MethodLines.Line(source, context, Gas.CO2, fossil, Label,
            SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.IncinerationFossilArithmetic), activity, Numbers.Format(waste), Numbers.Factor(dm),
                Numbers.Factor(cf), Numbers.Factor(fcf), Numbers.Factor(of), Numbers.Format(fossil, 6)),
            factors!, CarbonOrigin.Fossil);
        double biogenic = waste * dm * cf * (1 - fcf) * of * Co2PerCarbon;
        if (biogenic > 0)
        {
            var memo = MethodLines.Line(source, context, Gas.CO2, biogenic, Label,
                SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.IncinerationBiogenicArithmetic), activity, Numbers.Format(waste), Numbers.Factor(dm),
                    Numbers.Factor(cf), Numbers.Factor(fcf), Numbers.Factor(of), Numbers.Format(biogenic, 6)),
                factors!, CarbonOrigin.NonFossil, EmissionScope.Memo);
            yield return memo with { NoteText = SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.BiogenicMemo)) };
        }
    }

    private EmissionLine GasLine(EmissionSource source, CombustionContext context, LineText activity, Gas gas, CarbonOrigin origin)
    {
        var ef = MethodLines.Resolve(source, context, EmissionFactor.Name, gas);
        if (ef is null)
        {
            var words = SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.ParamEf), gas.Code);
            return MethodLines.NotEstimated(source, gas, Label,
                SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.NoIncinerationFactor), words, activity, source.Category.Value));
        }
        double mass = source.ActivityBase * ef.Factor.EngineValue;
        return MethodLines.Line(source, context, gas, mass, Label,
            SectorSay.WasteWater.Text(nameof(Resources.WasteWaterText.IncinerationGasArithmetic), activity, Numbers.Format(source.ActivityBase),
                Numbers.Factor(ef.Factor.EngineValue), gas.Code, Numbers.Format(mass, 6)),
            [ef], origin);
    }
}
