using GhgInventory.Core.Localization;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Agriculture;

/// <summary>N2O from managed soils, Tier 1: direct (3.C.4) and indirect by volatilisation and leaching (3.C.5) from one row of nitrogen
/// applied (synthetic fertiliser N, manure N applied, crop residue N returned), in tonnes of N.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Direct N2O (t) = F × EF1 × 44/28 (IPCC 2006 Vol.4 Ch.11 Eq.11.1; EF1 Table 11.1).</item>
/// <item>Indirect N2O (t) = (F × Frac_GAS × EF4 + F × Frac_LEACH × EF5) × 44/28 (Eq.11.9 and Eq.11.10; Table 11.3), where Frac_GAS is
/// Frac_GASF for synthetic N, Frac_GASM for organic N, and 0 for crop residues, which Eq.11.9 does not volatilise.</item>
/// </list>
/// The factors are looked up per activity, so each input takes its own Frac_GAS; a missing one is an NE line with the reason, never 0.
/// </remarks>
public sealed class ManagedSoilsN2oMethod : IEmissionMethod
{
    /// <summary>The label stored on its lines.</summary>
    public const string Name = "IPCC 2006 Vol.4 Ch.11 Tier 1 managed soils N2O: direct Eq.11.1, indirect Eq.11.9-11.10";

    private const string Direct = "3.C.4";
    private const string Indirect = "3.C.5";

    /// <inheritdoc/>
    public string Key => "managed_soils_n2o";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = AgricultureText.ResourceManager.GetString("MethodSoils", Localization.UiCulture.Chinese) ?? Name,
    };

    /// <inheritdoc/>
    public string Label => Name;

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Source;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.N2O];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads { get; } =
    [
        new(AgricultureFactors.DirectSoilEf, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(AgricultureFactors.FractionVolatilised, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(AgricultureFactors.VolatilisationEf, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(AgricultureFactors.FractionLeached, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(AgricultureFactors.LeachingEf, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
    ];

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var source = input.Source;
        double nitrogen = source.ActivityBase; // t N
        var activityName = Localization.Say.Activity(source.Activity, input.Activities);

        var direct = AgricultureFactors.All(source, context, out var missing, (AgricultureFactors.DirectSoilEf, null, nameof(AgricultureText.ParamEf1)));
        if (direct is null)
        {
            yield return AgricultureFactors.NotEstimated(source, Gas.N2O, Direct, Name, missing!, input.Activities);
        }
        else
        {
            double ef1 = direct[0].Factor.EngineValue;
            double n2o = nitrogen * ef1 * AgricultureFactors.N2OPerN2ON;
            yield return AgricultureFactors.Line(source, context, Gas.N2O, Direct, n2o, Name,
                SectorSay.Agriculture.Text(nameof(AgricultureText.SoilDirectArithmetic), nitrogen, activityName, ef1, n2o), direct);
        }

        var indirect = AgricultureFactors.All(source, context, out missing,
            (AgricultureFactors.FractionVolatilised, null, nameof(AgricultureText.ParamFracGas)),
            (AgricultureFactors.VolatilisationEf, null, nameof(AgricultureText.ParamEf4)),
            (AgricultureFactors.FractionLeached, null, nameof(AgricultureText.ParamFracLeach)),
            (AgricultureFactors.LeachingEf, null, nameof(AgricultureText.ParamEf5)));
        if (indirect is null)
        {
            yield return AgricultureFactors.NotEstimated(source, Gas.N2O, Indirect, Name, missing!, input.Activities);
        }
        else
        {
            double fracGas = indirect[0].Factor.EngineValue, ef4 = indirect[1].Factor.EngineValue;
            double fracLeach = indirect[2].Factor.EngineValue, ef5 = indirect[3].Factor.EngineValue;
            double n2o = (nitrogen * fracGas * ef4 + nitrogen * fracLeach * ef5) * AgricultureFactors.N2OPerN2ON;
            yield return AgricultureFactors.Line(source, context, Gas.N2O, Indirect, n2o, Name,
                SectorSay.Agriculture.Text(nameof(AgricultureText.SoilIndirectArithmetic), nitrogen, fracGas, ef4, fracLeach, ef5, n2o,
                    AgricultureFactors.Word(nameof(AgricultureText.SoilIndirectParts))), indirect);
        }
    }
}
