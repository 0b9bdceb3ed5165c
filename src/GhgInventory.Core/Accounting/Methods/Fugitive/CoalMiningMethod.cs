using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods.Fugitive;

/// <summary>Coal mining and handling CH4 (1.B.1.a) by mine class, mining and post-mining, minus the methane recovered and used or flared
/// in the same region, year and category; CO2 of the flared methane.</summary>
/// <remarks>
/// <para>IPCC 2006 Vol.2 Ch.4 §4.1 Tier 1 (Eq.4.1.3 underground, Eq.4.1.4 surface): CH4 (t) = raw coal output (t) × emission factor (m3/t)
/// × CH4 density (0.67 kg/m3 at 20 °C and 1 atm, §4.1) × 10^-3, once for the mining stage and once for post-mining; lines at 1.B.1.a.i.1 /
/// 1.B.1.a.i.2 (underground: <c>coal_mined_underground_high_gas</c>, <c>coal_mined_underground_low_gas</c>) and 1.B.1.a.ii.1 / 1.B.1.a.ii.2
/// (surface: <c>coal_mined_surface</c>). A source written at a deeper category (e.g. 1.B.1.a.i.1) gives only the stages within it.</para>
/// <para>Recovery (IPCC 2006 Vol.2 Ch.4 §4.1, underground mines: emissions = mining + post-mining − CH4 recovered and utilised or flared):
/// <c>coal_mine_methane_utilized</c> and <c>coal_mine_methane_flared</c> (volumes of pure CH4, m3) × density give tonnes; used methane is
/// deducted whole, flared methane × the flaring combustion efficiency (0.98 default, the rest escapes unburnt), and the deduction is shared
/// among the underground mining lines of the group in proportion to their CH4. Flaring's CO2 = CH4 flared × efficiency × 44/16 (a line at
/// 1.B.1.a.i.4); the used methane's combustion belongs to the fuel that burns it (1.A). Methane recovered (used + flared) above the methane of
/// underground mining in the group is refused (<see cref="MethodInput.Refuse"/>): the compile is not stored.</para>
/// </remarks>
public sealed class CoalMiningMethod : IEmissionMethod
{
    /// <summary>The stored label of its lines.</summary>
    public const string Name = "IPCC 2006 Vol.2 Ch.4 §4.1 Tier 1 coal mining and post-mining CH4: CH4 = coal output × EF (m3/t) × 0.67 kg/m3, minus methane recovered and used or flared (Eq.4.1.3, 4.1.4)";

    /// <summary>Parameter: CH4 of the mining stage per tonne of raw coal, m3/t (IPCC 2006 Vol.2 Ch.4 §4.1.3.2 underground, §4.1.4 surface).</summary>
    public const string MiningEf = "coal_mining_ch4_ef";

    /// <summary>Parameter: CH4 released after mining (handling, storage) per tonne of raw coal, m3/t (IPCC 2006 Vol.2 Ch.4 §4.1).</summary>
    public const string PostMiningEf = "coal_post_mining_ch4_ef";

    /// <summary>Parameter: density of CH4, mass per volume (IPCC 2006 Vol.2 Ch.4 §4.1: 0.67 kg/m3 at 20 °C, 1 atm), given on the recovery activities.</summary>
    public const string Density = "ch4_density";

    /// <summary>Parameter: share of the flared methane that burns (IPCC 2006 Vol.2 Ch.4 §4.1 flaring; 0.98 default).</summary>
    public const string FlaringEfficiency = "flaring_efficiency";

    /// <summary>Activity: recovered coal-mine methane used for energy (m3 of pure CH4).</summary>
    public const string Utilized = "coal_mine_methane_utilized";

    /// <summary>Activity: recovered coal-mine methane flared (m3 of pure CH4).</summary>
    public const string Flared = "coal_mine_methane_flared";

    private static readonly CategoryCode FlaringCategory = CategoryCode.Parse("1.B.1.a.i.4");

    /// <summary>The mine class of each coal-output activity: its mining and post-mining categories, and whether it is underground.</summary>
    private static readonly Dictionary<string, (CategoryCode Mining, CategoryCode PostMining, bool Underground)> Classes = new(StringComparer.Ordinal)
    {
        ["coal_mined_underground_high_gas"] = (CategoryCode.Parse("1.B.1.a.i.1"), CategoryCode.Parse("1.B.1.a.i.2"), true),
        ["coal_mined_underground_low_gas"] = (CategoryCode.Parse("1.B.1.a.i.1"), CategoryCode.Parse("1.B.1.a.i.2"), true),
        ["coal_mined_surface"] = (CategoryCode.Parse("1.B.1.a.ii.1"), CategoryCode.Parse("1.B.1.a.ii.2"), false),
    };

    /// <inheritdoc/>
    public string Key => "coal_mining_ch4";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = Resources.CoreText.ResourceManager.GetString(nameof(Resources.CoreText.MethodCoalMining), UiCulture.Chinese) ?? Name,
    };

    /// <inheritdoc/>
    public string Label => Name;

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Group;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CH4, Gas.CO2];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads =>
    [
        new(MiningEf, QuantityKind.Volume, FactorPer.ActivityUnit, [Gas.CH4], ActivityScope.Routed, Name),
        new(PostMiningEf, QuantityKind.Volume, FactorPer.ActivityUnit, [Gas.CH4], ActivityScope.Routed, Name),
        new(Density, QuantityKind.GasMass, FactorPer.ActivityUnit, [], ActivityScope.Routed, Name),
        new(FlaringEfficiency, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
    ];

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var lines = new List<EmissionLine>();
        // Underground mining lines (index in lines, mass) that recovered methane is deducted from.
        var underground = new List<(int Index, double Mass, FactorResolution Density)>();
        bool undergroundUnknown = false;
        var recovery = new List<EmissionSource>();
        foreach (var source in input.Group)
        {
            if (source.Activity is Utilized or Flared)
            {
                recovery.Add(source);
                continue;
            }
            if (!Classes.TryGetValue(source.Activity, out var mineClass))
            {
                lines.Add(MethodLines.NotEstimated(source, Gas.CH4, Name, Say.Text(nameof(CoreText.NoMethodYet), Say.Activity(source.Activity, input.Activities), source.Category.Value)));
                continue;
            }
            var stages = new[] { (mineClass.Mining, MiningEf, nameof(FugitiveText.StageMining)), (mineClass.PostMining, PostMiningEf, nameof(FugitiveText.StagePostMining)) }
                .Where(s => s.Item1.IsWithin(source.Category.Value)).ToList();
            if (stages.Count == 0)
            {
                lines.Add(MethodLines.NotEstimated(source, Gas.CH4, Name, SectorSay.Fugitive.Text(nameof(FugitiveText.StagesOutsideCategory),
                    Say.Activity(source.Activity, input.Activities), source.Category.Value, $"{mineClass.Mining.Value}, {mineClass.PostMining.Value}")));
                continue;
            }
            var density = MethodLines.Resolve(source, context, Density, per: Dimension.Volume, activity: Utilized);
            foreach (var (category, parameter, word) in stages)
            {
                var ef = MethodLines.Resolve(source, context, parameter, Gas.CH4, Dimension.Mass);
                if (ef is null || density is null)
                {
                    lines.Add(MethodLines.NotEstimated(source, Gas.CH4, Name, SectorSay.Fugitive.Text(nameof(FugitiveText.NoFactor),
                        ef is null ? SectorSay.Fugitive.Text(word) : SectorSay.Fugitive.Text(nameof(FugitiveText.WordDensity)), Say.Activity(source.Activity, input.Activities))) with { Category = category });
                    undergroundUnknown |= mineClass.Underground && parameter == MiningEf;
                    continue;
                }
                // t CH4 = t coal × m3/t × t/m3 (the engine value of kg/m3 is t/m3).
                double mass = source.ActivityBase * ef.Factor.EngineValue * density.Factor.EngineValue;
                var arithmetic = SectorSay.Fugitive.Text(nameof(FugitiveText.CoalStageArithmetic), Say.Activity(source.Activity, input.Activities),
                    Numbers.Format(source.ActivityBase), SectorSay.Fugitive.Text(word), Numbers.Factor(ef.Factor.EngineValue), Numbers.Factor(density.Factor.EngineValue * 1000), Numbers.Format(mass));
                if (mineClass.Underground && parameter == MiningEf)
                {
                    underground.Add((lines.Count, mass, density));
                }
                lines.Add(MethodLines.Line(source, context, Gas.CH4, mass, Name, arithmetic, [ef, density], CarbonOrigin.Fossil) with { Category = category });
            }
        }
        if (recovery.Count > 0)
        {
            Recover(input, context, recovery, lines, underground, undergroundUnknown);
        }
        return lines;
    }

    /// <summary>Deducts the recovered methane from the underground mining lines (shares by their CH4), writes flaring's CO2, or refuses.</summary>
    private static void Recover(MethodInput input, CombustionContext context, List<EmissionSource> recovery, List<EmissionLine> lines,
        List<(int Index, double Mass, FactorResolution Density)> underground, bool undergroundUnknown)
    {
        double usedM3 = 0, flaredM3 = 0;
        FactorResolution? usedDensity = null, flaredDensity = null, efficiency = null;
        foreach (var source in recovery)
        {
            var density = MethodLines.Resolve(source, context, Density, per: Dimension.Volume);
            if (density is null)
            {
                lines.Add(MethodLines.NotEstimated(source, Gas.CH4, Name, SectorSay.Fugitive.Text(nameof(FugitiveText.NoFactor),
                    SectorSay.Fugitive.Text(nameof(FugitiveText.WordDensity)), Say.Activity(source.Activity, input.Activities))));
                return;
            }
            if (source.Activity == Utilized)
            {
                usedM3 += source.ActivityBase;
                usedDensity = density;
            }
            else
            {
                flaredM3 += source.ActivityBase;
                flaredDensity = density;
                efficiency = MethodLines.Resolve(source, context, FlaringEfficiency);
                if (efficiency is null)
                {
                    lines.Add(MethodLines.NotEstimated(source, Gas.CH4, Name, SectorSay.Fugitive.Text(nameof(FugitiveText.NoFactor),
                        SectorSay.Fugitive.Text(nameof(FugitiveText.WordFlaringEfficiency)), Say.Activity(source.Activity, input.Activities))));
                    return;
                }
            }
        }
        double usedT = usedM3 * (usedDensity?.Factor.EngineValue ?? 0);
        double flaredT = flaredM3 * (flaredDensity?.Factor.EngineValue ?? 0);
        double eff = efficiency?.Factor.EngineValue ?? 1;
        double mining = underground.Sum(u => u.Mass);
        var anchor = input.Source;
        if (!undergroundUnknown && usedT + flaredT > mining)
        {
            input.Refuse(SectorSay.Fugitive.Now(nameof(FugitiveText.RecoveryRefused), anchor.Region.Value, anchor.Year, anchor.Category.Value,
                Numbers.Format(usedT), Numbers.Format(flaredT), Numbers.Format(usedT + flaredT), Numbers.Format(mining)));
            return;
        }
        double deducted = usedT + flaredT * eff;
        var recoveryFactors = new[] { usedDensity, flaredDensity, efficiency }.OfType<FactorResolution>().ToList();
        var total = SectorSay.Fugitive.Text(nameof(FugitiveText.RecoveryTotal), Numbers.Format(usedM3), Numbers.Factor((usedDensity ?? flaredDensity)!.Factor.EngineValue * 1000),
            Numbers.Format(flaredM3), Numbers.Factor((flaredDensity ?? usedDensity)!.Factor.EngineValue * 1000), Numbers.Factor(eff), Numbers.Format(deducted));
        if (undergroundUnknown)
        {
            // A mining line is NE: the deduction cannot be placed; the NE lines stand, and the reason says what was recovered.
            var first = lines.First(l => l.Notation is not null && l.Category.IsWithin("1.B.1.a.i"));
            lines[lines.IndexOf(first)] = first with { NoteText = SectorSay.Fugitive.Text(nameof(FugitiveText.RecoveryNotDeducted), Numbers.Format(deducted), first.NoteText) };
        }
        else
        {
            foreach (var (index, mass, _) in underground)
            {
                double share = mining > 0 ? deducted * mass / mining : 0;
                var line = lines[index];
                double emitted = mass - share;
                lines[index] = line with
                {
                    MassTonnes = emitted,
                    Co2eTonnes = emitted * line.Gwp,
                    ArithmeticText = SectorSay.Fugitive.Text(nameof(FugitiveText.RecoveryDeducted), line.ArithmeticText, Numbers.Format(deducted), Numbers.Format(mass),
                        Numbers.Format(mining), Numbers.Format(share), Numbers.Format(emitted), total),
                    Factors = [.. line.Factors, .. recoveryFactors.Select(AppliedFactor.From).Where(f => line.Factors.All(l => l.FactorId != f.FactorId))],
                };
            }
        }
        var flaredSource = recovery.FirstOrDefault(s => s.Activity == Flared);
        if (flaredSource is not null)
        {
            // IPCC 2006 Vol.2 Ch.4 §4.1: flaring converts the burnt CH4 to CO2, 44/16 t CO2 per t CH4.
            double co2 = flaredT * eff * 44.0 / 16.0;
            var arithmetic = SectorSay.Fugitive.Text(nameof(FugitiveText.FlaringCo2Arithmetic), Numbers.Format(flaredM3), Numbers.Factor(flaredDensity!.Factor.EngineValue * 1000),
                Numbers.Factor(eff), Numbers.Format(co2));
            lines.Add(MethodLines.Line(flaredSource, context, Gas.CO2, co2, Name, arithmetic, [flaredDensity, efficiency!], CarbonOrigin.Fossil) with { Category = FlaringCategory });
        }
    }
}
