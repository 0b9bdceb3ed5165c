using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>Fluorinated gases from products in use, one line per component gas: emission of gas g = amount (t) × <c>emitted_share</c> × mass
/// fraction of g (<c>gas_fraction</c>), CO2e per gas with the run's GWP of that gas.</summary>
/// <remarks>
/// A city compiler can fill in one of two amounts per refrigerant or gas: the amount emitted in the year (reported by operators, or the
/// amount recharged to top up equipment, which replaces what leaked: IPCC 2006 Vol.3 Ch.7/8 mass-balance reasoning), with
/// <c>emitted_share</c> = 1 by definition; or the amount held in equipment (the bank, or SF6 nameplate capacity), with an annual leak rate
/// (<c>emitted_share</c>) imported from the operators' records: no default rate is shipped, so such a row is NE until one is given.
/// Blends are split into their components by their mass composition (ASHRAE 34: R-410A = 50 % HFC-32 + 50 % HFC-125, …).
/// </remarks>
public abstract class FluorinatedGasMethod : ProcessFactorMethod
{
    /// <inheritdoc/>
    public override IReadOnlyList<ParameterSpec> Reads => [IppuParameters.EmittedShare, IppuParameters.GasFraction];

    /// <inheritdoc/>
    protected override IEnumerable<EmissionLine> ComputeSource(MethodInput input, EmissionSource source, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        var activity = Say.Activity(source.Activity, input.Activities);
        var parts = Gases.Select(g => (Gas: g, Fraction: MethodLines.Resolve(source, context, IppuParameters.GasFraction.Name, g)))
            .Where(p => p.Fraction is not null).ToList();
        if (parts.Count == 0)
        {
            foreach (var gas in Gases)
            {
                yield return MethodLines.NotEstimated(source, gas, Label, SectorSay.Ippu.Text(nameof(Resources.IppuText.NoComposition), activity, source.Category.Value));
            }
            yield break;
        }
        var share = MethodLines.Resolve(source, context, IppuParameters.EmittedShare.Name);
        foreach (var (gas, fraction) in parts)
        {
            if (share is null)
            {
                yield return MethodLines.NotEstimated(source, gas, Label, SectorSay.Ippu.Text(nameof(Resources.IppuText.NoEmittedShare), activity, source.Category.Value));
                continue;
            }
            double mass = source.ActivityBase * share.Factor.EngineValue * fraction!.Factor.EngineValue;
            var arithmetic = SectorSay.Ippu.Text(nameof(Resources.IppuText.FluorinatedArithmetic), activity, Numbers.Format(source.ActivityBase, 6),
                Numbers.Factor(share.Factor.EngineValue), gas.Code, Numbers.Factor(fraction.Factor.EngineValue), Numbers.Format(mass, 6));
            yield return MethodLines.Line(source, context, gas, mass, Label, arithmetic, [share, fraction], CarbonOrigin.Fossil);
        }
    }
}
