using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting;

/// <summary>Stationary and mobile fuel combustion, IPCC categories 1.A.1–1.A.5, by the sectoral approach.</summary>
/// <remarks>
/// CO2 = AD × NCV × CC × OF × 44/12; CH4, N2O = AD × NCV × EF (IPCC 2006 Vol. 2 Ch. 2 Eq. 2.1; 省级温室气体清单编制指南 能源活动).
/// AD in t or m3, NCV in GJ per unit, CC in t C/GJ, OF a fraction, EF in t gas/GJ. A missing factor yields NE with the reason.
/// </remarks>
public static class FuelCombustionMethod
{
    /// <summary>Molecular weight ratio of CO2 to C (44/12).</summary>
    public const double CarbonToCo2 = 44.0 / 12.0;

    /// <summary>The method label stored with each line.</summary>
    public const string Name = "IPCC 2006 Vol.2 Ch.2 Eq.2.1 fuel combustion (sectoral approach)";

    /// <summary>The lines of CO2, CH4 and N2O for one fuel source.</summary>
    public static IEnumerable<EmissionLine> Compute(EmissionSource source, ActivityDefinition activity, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(context);

        var ncv = Resolve(source, context, Parameters.Ncv, null, activity.Dimension);
        if (ncv is null)
        {
            foreach (var gas in Gas.Greenhouse)
            {
                yield return NotEstimated(source, gas, FuelCarbon.NoNcv(source, activity));
            }
            yield break;
        }
        double energyGj = source.ActivityBase * ncv.Factor.EngineValue;
        string adText = $"{Numbers.Format(source.ActivityBase)} {source.BaseUnit} × {Numbers.Factor(ncv.Factor.EngineValue)} GJ/{source.BaseUnit}";

        yield return Co2(source, activity, context, ncv, energyGj, adText);
        foreach (var gas in new[] { Gas.CH4, Gas.N2O })
        {
            var ef = Resolve(source, context, Parameters.EmissionFactor, gas, Dimension.Energy);
            if (ef is null)
            {
                yield return NotEstimated(source, gas, Say.Text(nameof(CoreText.NoGasEf), gas.Code, Say.Activity(source.Activity, activity), source.Category.Value));
                continue;
            }
            double mass = energyGj * ef.Factor.EngineValue;
            yield return Line(source, context, gas, mass,
                Say.Text(nameof(CoreText.CombustionGasArithmetic), gas.Code, adText, Numbers.Factor(ef.Factor.EngineValue), Numbers.Format(mass, 6)),
                [ncv, ef]);
        }
    }

    private static EmissionLine Co2(EmissionSource source, ActivityDefinition activity, CombustionContext context, FactorResolution ncv, double energyGj, string adText)
    {
        var cc = Resolve(source, context, Parameters.CarbonContent, null, Dimension.Energy);
        var of = Resolve(source, context, Parameters.Oxidation, null, null);
        if (cc is null || of is null)
        {
            string missing = cc is null ? nameof(CoreText.WordCarbonContent) : nameof(CoreText.WordOxidationRate);
            return NotEstimated(source, Gas.CO2, FuelCarbon.NoFactor(missing, source, activity));
        }
        double mass = energyGj * cc.Factor.EngineValue * of.Factor.EngineValue * CarbonToCo2;
        var arithmetic = Say.Text(nameof(CoreText.CombustionCo2Arithmetic), adText, Numbers.Factor(cc.Factor.EngineValue), Numbers.Factor(of.Factor.EngineValue),
            Numbers.Format(mass));
        return Line(source, context, Gas.CO2, mass, arithmetic, [ncv, cc, of]);
    }

    private static FactorResolution? Resolve(EmissionSource source, CombustionContext context, string parameter, Gas? gas, Dimension? per) =>
        context.Factors.Resolve(new FactorQuery(source.Activity, parameter, gas, source.Category, source.Region, source.Year, Per: per));

    private static EmissionLine Line(EmissionSource source, CombustionContext context, Gas gas, double massTonnes, LineText arithmetic, IEnumerable<FactorResolution> factors)
    {
        double gwp = context.Gwp.For(context.GwpSet, gas, Methods.CarbonOrigin.Fossil)!.Value; // fossil fuel: AR6 prices its CH4 at the fossil value
        return new EmissionLine(source.Index, source.Region, source.Year, source.Category, source.Activity, gas, EmissionScope.Territorial,
            massTonnes, massTonnes * gwp, gwp, null, Name, arithmetic, null, factors.Select(AppliedFactor.From).ToList());
    }

    private static EmissionLine NotEstimated(EmissionSource source, Gas gas, LineText reason) =>
        EmissionLine.UnderNotationKey(source, gas, EmissionScope.Territorial, NotationKey.NE, Name, reason);
}
