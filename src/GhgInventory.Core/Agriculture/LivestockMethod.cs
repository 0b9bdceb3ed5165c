using GhgInventory.Core.Localization;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Agriculture;

/// <summary>Livestock, Tier 1 per head: enteric fermentation CH4 (3.A.1), manure management CH4 and direct N2O (3.A.2), and indirect N2O
/// of manure management by volatilisation (3.C.6), from one herd row.</summary>
/// <remarks>
/// A herd is entered once, at 3.A, as the annual average population N (head; IPCC 2006 Vol.4 Ch.10 Eq.10.1: for animals alive less than a
/// year N = days alive × animals produced / 365, which the data row must already be): it gives all four lines. A herd entered at 3.A.1 gives
/// the enteric line only, at 3.A.2 the manure lines (3.A.2 and 3.C.6) only.
/// <list type="bullet">
/// <item>Enteric CH4 (t) = N × EF_enteric (kg CH4/head/yr) ÷ 1000 (IPCC 2006 Vol.4 Ch.10 Eq.10.19; Tables 10.10, 10.11).</item>
/// <item>Manure CH4 (t) = N × EF_manure (kg CH4/head/yr) ÷ 1000 (Eq.10.22; GB/T 32151.22-2024 Table C.7 华北, IPCC Tables 10.14–10.16).</item>
/// <item>Manure direct N2O (t) = N × EF (kg N2O/head/yr) ÷ 1000 (GB/T 32151.22-2024 Table C.10 华北: the regional per-head factor that
/// stands for Eq.10.25 with the region's manure management mix).</item>
/// <item>Indirect N2O (t) = N × Nex (kg N/head/yr) ÷ 1000 × Frac_GasMS × EF4 × 44/28 (Eq.10.26–10.27; Nex Table C.8, Frac_GasMS Table 10.22,
/// EF4 Vol.4 Ch.11 Table 11.3). The leaching part (Eq.10.28–10.29) is not estimated: IPCC 2006 gives Frac_LeachMS only as a range.</item>
/// </list>
/// A factor missing for an animal (no published value, e.g. poultry enteric, horse manure N2O) gives an NE line with the reason, never 0.
/// All CH4 is non-fossil.
/// </remarks>
public sealed class LivestockMethod : IEmissionMethod
{
    /// <summary>The label stored on its lines.</summary>
    public const string Name = "IPCC 2006 Vol.4 Ch.10 Tier 1 livestock: enteric CH4 Eq.10.19, manure CH4 Eq.10.22, manure N2O per head (GB/T 32151.22-2024 C.10), indirect Eq.10.26-10.27";

    private const string Enteric = "3.A.1";
    private const string Manure = "3.A.2";
    private const string ManureIndirect = "3.C.6";

    /// <inheritdoc/>
    public string Key => "livestock";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = AgricultureText.ResourceManager.GetString("MethodLivestock", Localization.UiCulture.Chinese) ?? Name,
    };

    /// <inheritdoc/>
    public string Label => Name;

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Source;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CH4, Gas.N2O];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads { get; } =
    [
        new(AgricultureFactors.EntericEf, QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CH4], ActivityScope.Routed, Name),
        new(AgricultureFactors.ManureEf, QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CH4, Gas.N2O], ActivityScope.Routed, Name),
        new(AgricultureFactors.NitrogenExcretion, QuantityKind.Material, FactorPer.ActivityUnit, [], ActivityScope.Routed, Name),
        new(AgricultureFactors.FractionVolatilisedInManagement, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(AgricultureFactors.VolatilisationEf, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
    ];

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var source = input.Source;
        double heads = source.ActivityBase;
        bool enteric = !source.Category.IsWithin(Manure);
        bool manure = !source.Category.IsWithin(Enteric);
        var lines = new List<EmissionLine>(4);
        if (enteric)
        {
            lines.Add(PerHead(input, context, Gas.CH4, Enteric, AgricultureFactors.EntericEf, nameof(AgricultureText.ParamEntericEf), nameof(AgricultureText.EntericArithmetic)));
        }
        if (manure)
        {
            lines.Add(PerHead(input, context, Gas.CH4, Manure, AgricultureFactors.ManureEf, nameof(AgricultureText.ParamManureCh4Ef), nameof(AgricultureText.ManureCh4Arithmetic)));
            lines.Add(PerHead(input, context, Gas.N2O, Manure, AgricultureFactors.ManureEf, nameof(AgricultureText.ParamManureN2oEf), nameof(AgricultureText.ManureN2oArithmetic)));
            var factors = AgricultureFactors.All(source, context, out var missing,
                (AgricultureFactors.NitrogenExcretion, null, nameof(AgricultureText.ParamNex)),
                (AgricultureFactors.FractionVolatilisedInManagement, null, nameof(AgricultureText.ParamFracGasMs)),
                (AgricultureFactors.VolatilisationEf, null, nameof(AgricultureText.ParamEf4)));
            if (factors is null)
            {
                lines.Add(AgricultureFactors.NotEstimated(source, Gas.N2O, ManureIndirect, Name, missing!, input.Activities));
            }
            else
            {
                double nexTonnes = factors[0].Factor.EngineValue, fracGas = factors[1].Factor.EngineValue, ef4 = factors[2].Factor.EngineValue;
                double n2o = heads * nexTonnes * fracGas * ef4 * AgricultureFactors.N2OPerN2ON;
                lines.Add(AgricultureFactors.Line(source, context, Gas.N2O, ManureIndirect, n2o, Name,
                    SectorSay.Agriculture.Text(nameof(AgricultureText.ManureIndirectArithmetic), heads, nexTonnes * 1000, fracGas, ef4, n2o), factors));
            }
        }
        return lines;
    }

    /// <summary>heads × a per-head factor of <paramref name="gas"/>, or NE when the factor sets have none for the animal.</summary>
    private static EmissionLine PerHead(MethodInput input, CombustionContext context, Gas gas, string category, string parameter, string wordKey, string arithmeticKey)
    {
        var source = input.Source;
        var factors = AgricultureFactors.All(source, context, out var missing, (parameter, gas, wordKey));
        if (factors is null)
        {
            return AgricultureFactors.NotEstimated(source, gas, category, Name, missing!, input.Activities);
        }
        double perHeadTonnes = factors[0].Factor.EngineValue;
        double mass = source.ActivityBase * perHeadTonnes;
        return AgricultureFactors.Line(source, context, gas, category, mass, Name,
            SectorSay.Agriculture.Text(arithmeticKey, source.ActivityBase, perHeadTonnes * 1000, mass), factors);
    }
}
