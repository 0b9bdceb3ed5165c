using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Accounting;

/// <summary>Fuel used as feedstock (原料用能): non-energy use, no combustion line; its carbon is a memo item toward IPPU 2.B.</summary>
/// <remarks>
/// Territorial: each gas under IE, the carbon belonging to IPPU 2.B (chemical industry); a feedstock row in a coal-chemical group (2.B.8/2.B.10)
/// is accounted by <see cref="CoalChemical.CoalChemicalBalanceMethod"/>, which rewrites these IE reasons; a row reaching this method is in no balance
/// (IPCC 2006 Vol. 3 Ch. 1 and 3: feedstock and reductant uses of fuels are reported in IPPU, not in 1.A). Memo: carbon in the
/// feedstock C = AD × NCV × CC (t C, no oxidation) and the CO2 it would make if all were oxidised, C × 44/12, an upper bound.
/// The GB/T 2589 standard-coal coefficient is applied too when the library has it, so the feedstock energy can be deducted in tce.
/// </remarks>
public static class NonEnergyUseMethod
{
    /// <summary>The method label of the memo line.</summary>
    public const string Name = "non-energy use of fuels (feedstock): carbon C = AD × NCV × CC, CO2 upper bound = C × 44/12 (memo; IPCC 2006 Vol. 3 Ch. 1)";

    /// <summary>The reason on the territorial IE lines.</summary>
    public const string IeReason = "non-energy use (feedstock); its carbon belongs to IPPU 2.B (chemical industry), but no coal-chemical carbon balance covers this row (enter it under 2.B.8 or 2.B.10 with the plant's products), so that carbon is not estimated — see the memo";

    /// <summary>The reason on the territorial IE lines, language-neutral (its English is <see cref="IeReason"/>).</summary>
    public static LineText IeReasonText => Say.Text(nameof(CoreText.NonEnergyIeReason));

    /// <summary>The IE lines (each gas) and the memo line of one feedstock source.</summary>
    public static IEnumerable<EmissionLine> Compute(EmissionSource source, ActivityDefinition activity, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var gas in Gas.Greenhouse)
        {
            yield return EmissionLine.UnderNotationKey(source, gas, EmissionScope.Territorial, NotationKey.IE, Name, IeReasonText);
        }
        if (FuelCarbon.Of(source, activity, context, out LineText? missing) is not { } carbon)
        {
            yield return EmissionLine.UnderNotationKey(source, Gas.CO2, EmissionScope.Memo, NotationKey.NE, Name, missing!);
            yield break;
        }
        double upper = carbon.CarbonTonnes * FuelCombustionMethod.CarbonToCo2;
        var factors = new List<FactorResolution> { carbon.Ncv, carbon.CarbonContent };
        var energy = Say.Text(nameof(CoreText.NonEnergyEnergy), Numbers.Format(carbon.EnergyGj));
        if (context.Factors.Resolve(new FactorQuery(source.Activity, Parameters.CoalEquivalent, null, source.Category, source.Region, source.Year,
                Per: activity.Dimension)) is { } tce)
        {
            factors.Add(tce);
            energy = Say.Text(nameof(CoreText.NonEnergyEnergyTce), energy, Numbers.Format(source.ActivityBase * tce.Factor.EngineValue), Numbers.Factor(tce.Factor.EngineValue), source.BaseUnit);
        }
        double gwp = context.Gwp.Get(context.GwpSet, Gas.CO2).Value;
        var arithmetic = Say.Text(nameof(CoreText.NonEnergyArithmetic), carbon.ArithmeticText, Numbers.Format(upper), energy);
        yield return new EmissionLine(source.Index, source.Region, source.Year, source.Category, source.Activity, Gas.CO2, EmissionScope.Memo,
            upper, upper * gwp, gwp, null, Name, arithmetic, Say.Text(nameof(CoreText.MemoNotInTotal)), factors.Select(AppliedFactor.From).ToList());
    }
}
