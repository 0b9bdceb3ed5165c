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
/// Mobile sources (1.A.3, 1.A.4.c.ii, off-road machinery) take the category-scoped CH4 and N2O factors of IPCC 2006 Vol. 2 Ch. 3 (Eq. 3.2.3 etc. are
/// the same product AD × NCV × EF); the factor resolver prefers them over the stationary rows by their longer category.
/// Memo items (issue 15, <see cref="MemoItems"/>): every line of an international bunker (1.A.3.a.i, 1.A.3.d.i) and the CO2 line of a biomass fuel
/// carry <see cref="EmissionScope.Memo"/>; biomass CH4 is priced at the non-fossil GWP (AR6 27.0, IPCC AR6 WG1 Ch. 7 Table 7.15).
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
            yield return Line(source, activity, context, gas, mass,
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
        return Line(source, activity, context, Gas.CO2, mass, arithmetic, [ncv, cc, of]);
    }

    private static FactorResolution? Resolve(EmissionSource source, CombustionContext context, string parameter, Gas? gas, Dimension? per) =>
        context.Factors.Resolve(new FactorQuery(source.Activity, parameter, gas, source.Category, source.Region, source.Year, Per: per));

    private static EmissionLine Line(EmissionSource source, ActivityDefinition activity, CombustionContext context, Gas gas, double massTonnes, LineText arithmetic, IEnumerable<FactorResolution> factors)
    {
        // Fossil fuel: AR6 prices its CH4 at the fossil value; biomass at the non-fossil value.
        var origin = MemoItems.IsBiomass(source.Activity) ? Methods.CarbonOrigin.NonFossil : Methods.CarbonOrigin.Fossil;
        double gwp = context.Gwp.For(context.GwpSet, gas, origin)!.Value;
        var scope = MemoItems.ScopeOf(source.Category, source.Activity, gas);
        return new EmissionLine(source.Index, source.Region, source.Year, source.Category, source.Activity, gas, scope,
            massTonnes, massTonnes * gwp, gwp, null, Name, arithmetic, MemoNote(source, activity, scope), factors.Select(AppliedFactor.From).ToList());
    }

    /// <summary>Why a memo line is memo (bunker or biomass CO2), for the reader; null for a territorial line.</summary>
    private static LineText? MemoNote(EmissionSource source, ActivityDefinition activity, EmissionScope scope) => scope != EmissionScope.Memo ? null
        : MemoItems.IsBunker(source.Category) ? SectorSay.Edition.Text(nameof(EditionText.BunkerMemo), source.Category.Value)
        : SectorSay.Edition.Text(nameof(EditionText.BiomassCo2Memo), Say.Activity(source.Activity, activity));

    private static EmissionLine NotEstimated(EmissionSource source, Gas gas, LineText reason) =>
        EmissionLine.UnderNotationKey(source, gas, MemoItems.ScopeOf(source.Category, source.Activity, gas), NotationKey.NE, Name, reason);
}
