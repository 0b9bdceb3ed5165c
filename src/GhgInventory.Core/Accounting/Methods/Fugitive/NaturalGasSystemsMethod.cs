using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods.Fugitive;

/// <summary>Natural gas systems (1.B.2.b) by throughput: production, processing, transmission and storage, distribution; CH4, CO2 and N2O of
/// fugitive leaks, flaring and venting.</summary>
/// <remarks>
/// IPCC 2006 Vol.2 Ch.4 §4.2.2 Tier 1 (Eq.4.2.1): E(gas, segment) = A (10^6 m3 of gas) × EF (Gg per 10^6 m3), the factors of Table 4.2.5
/// (developing countries and countries with economies in transition). Each activity is a throughput, each of its segments a parameter
/// (<c>og_fugitive_ef</c>, <c>og_flaring_ef</c>, <c>og_venting_ef</c>, <c>og_storage_ef</c>) and a category:
/// <c>natural_gas_produced</c> fugitive → 1.B.2.b.iii.2, flaring → 1.B.2.b.ii; <c>natural_gas_processed</c> fugitive → 1.B.2.b.iii.3,
/// flaring → 1.B.2.b.ii, raw CO2 venting → 1.B.2.b.i; <c>natural_gas_transmitted</c> fugitive + storage → 1.B.2.b.iii.4, venting → 1.B.2.b.i;
/// <c>natural_gas_distributed</c> fugitive → 1.B.2.b.iii.5. A segment gives a line for each gas Table 4.2.5 prints for it; a printed gas whose
/// factor is missing from the library is NE with the reason. A source written at a deeper category gives only the segments within it.
/// All CH4 is fossil (AR6: 29.8).
/// </remarks>
public sealed class NaturalGasSystemsMethod : IEmissionMethod
{
    /// <summary>The stored label of its lines.</summary>
    public const string Name = "IPCC 2006 Vol.2 Ch.4 §4.2 Tier 1 natural gas systems: E = throughput (10^6 m3) × EF (Gg/10^6 m3), Table 4.2.5 (Eq.4.2.1)";

    /// <summary>Parameter: fugitive (leak) emissions per volume of gas handled.</summary>
    public const string FugitiveEf = "og_fugitive_ef";

    /// <summary>Parameter: flaring emissions per volume of gas handled.</summary>
    public const string FlaringEf = "og_flaring_ef";

    /// <summary>Parameter: venting emissions per volume of gas handled (processing: raw CO2 venting).</summary>
    public const string VentingEf = "og_venting_ef";

    /// <summary>Parameter: storage emissions per volume of marketable gas (Table 4.2.5, gas storage).</summary>
    public const string StorageEf = "og_storage_ef";

    private static readonly Gas[] CarbonGases = [Gas.CH4, Gas.CO2];
    private static readonly Gas[] FlaringGases = [Gas.CH4, Gas.CO2, Gas.N2O];

    /// <summary>Each activity's segments: category, the parameters summed into its line, the gases Table 4.2.5 prints for it.</summary>
    private static readonly Dictionary<string, (CategoryCode Category, string[] Parameters, string Word, Gas[] Gases)[]> Segments = new(StringComparer.Ordinal)
    {
        ["natural_gas_produced"] =
        [
            (CategoryCode.Parse("1.B.2.b.iii.2"), [FugitiveEf], nameof(FugitiveText.SegmentFugitive), CarbonGases),
            (CategoryCode.Parse("1.B.2.b.ii"), [FlaringEf], nameof(FugitiveText.SegmentFlaring), FlaringGases),
        ],
        ["natural_gas_processed"] =
        [
            (CategoryCode.Parse("1.B.2.b.iii.3"), [FugitiveEf], nameof(FugitiveText.SegmentFugitive), CarbonGases),
            (CategoryCode.Parse("1.B.2.b.ii"), [FlaringEf], nameof(FugitiveText.SegmentFlaring), FlaringGases),
            (CategoryCode.Parse("1.B.2.b.i"), [VentingEf], nameof(FugitiveText.SegmentVenting), [Gas.CO2]),
        ],
        ["natural_gas_transmitted"] =
        [
            (CategoryCode.Parse("1.B.2.b.iii.4"), [FugitiveEf, StorageEf], nameof(FugitiveText.SegmentFugitive), CarbonGases),
            (CategoryCode.Parse("1.B.2.b.i"), [VentingEf], nameof(FugitiveText.SegmentVenting), CarbonGases),
        ],
        ["natural_gas_distributed"] =
        [
            (CategoryCode.Parse("1.B.2.b.iii.5"), [FugitiveEf], nameof(FugitiveText.SegmentFugitive), CarbonGases),
        ],
    };

    private static readonly Dictionary<string, string> SegmentWords = new(StringComparer.Ordinal)
    {
        [FugitiveEf] = nameof(FugitiveText.SegmentFugitive),
        [FlaringEf] = nameof(FugitiveText.SegmentFlaring),
        [VentingEf] = nameof(FugitiveText.SegmentVenting),
        [StorageEf] = nameof(FugitiveText.SegmentStorage),
    };

    /// <inheritdoc/>
    public string Key => "natural_gas_systems";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = Resources.CoreText.ResourceManager.GetString(nameof(Resources.CoreText.MethodNaturalGasSystems), UiCulture.Chinese) ?? Name,
    };

    /// <inheritdoc/>
    public string Label => Name;

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Source;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CO2, Gas.CH4, Gas.N2O];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads =>
        [.. new[] { FugitiveEf, FlaringEf, VentingEf, StorageEf }.Select(p => new ParameterSpec(p, QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CO2, Gas.CH4, Gas.N2O], ActivityScope.Routed, Name))];

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var source = input.Source;
        var activity = Say.Activity(source.Activity, input.Activities);
        if (!Segments.TryGetValue(source.Activity, out var segments))
        {
            return [MethodLines.NotEstimated(source, Gas.CH4, Name, Say.Text(nameof(CoreText.NoMethodYet), activity, source.Category.Value))];
        }
        var within = segments.Where(s => s.Category.IsWithin(source.Category.Value)).ToList();
        if (within.Count == 0)
        {
            return [MethodLines.NotEstimated(source, Gas.CH4, Name, SectorSay.Fugitive.Text(nameof(FugitiveText.SegmentsOutsideCategory), activity, source.Category.Value,
                string.Join(", ", segments.Select(s => s.Category.Value).Distinct())))];
        }
        var lines = new List<EmissionLine>();
        foreach (var (category, parameters, _, gases) in within)
        {
            foreach (var gas in gases)
            {
                var factors = parameters.Select(p => (Parameter: p, Factor: MethodLines.Resolve(source, context, p, gas, Dimension.Volume))).ToList();
                var missing = factors.FirstOrDefault(f => f.Factor is null);
                if (missing.Parameter is not null)
                {
                    lines.Add(MethodLines.NotEstimated(source, gas, Name, SectorSay.Fugitive.Text(nameof(FugitiveText.NoFactor),
                        LineText.Join(" ", [SectorSay.Fugitive.Text(SegmentWords[missing.Parameter]), LineText.Verbatim(gas.ToString())]), activity)) with { Category = category });
                    continue;
                }
                // t = m3 × t/m3: a factor in Gg/10^6 m3 is, in engine units, t/m3 (1 Gg/10^6 m3 = 10^3 t/10^6 m3 = 10^-3 t/m3).
                double perM3 = factors.Sum(f => f.Factor!.Factor.EngineValue);
                double mass = source.ActivityBase * perM3;
                var terms = LineText.Join(" + ", factors.Select(f => SectorSay.Fugitive.Text(nameof(FugitiveText.OilGasTerm), SectorSay.Fugitive.Text(SegmentWords[f.Parameter]),
                    Numbers.Factor(f.Factor!.Factor.Value), f.Factor.Factor.Unit.Symbol, $"{Numbers.Factor(f.Factor.Factor.EngineValue)} t/m3")));
                var arithmetic = SectorSay.Fugitive.Text(nameof(FugitiveText.OilGasArithmetic), activity, Numbers.Format(source.ActivityBase),
                    factors.Count > 1 ? LineText.Join("", [LineText.Verbatim("("), terms, LineText.Verbatim(")")]) : terms, Numbers.Format(mass, 6), gas.ToString());
                lines.Add(MethodLines.Line(source, context, gas, mass, Name, arithmetic, factors.Select(f => f.Factor!), CarbonOrigin.Fossil) with { Category = category });
            }
        }
        return lines;
    }
}
