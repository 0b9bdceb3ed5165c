using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Agriculture;

/// <summary>What the agriculture methods share: the parameter names they read, the lookup of a set of factors with the first missing one
/// named, and the NE line at a category below the source's.</summary>
public static class AgricultureFactors
{
    /// <summary>Enteric fermentation CH4 per head and year (IPCC 2006 Vol.4 Ch.10 Tables 10.10–10.11; GB/T 32151.22-2024 Table C.3).</summary>
    public const string EntericEf = "ef_enteric";
    /// <summary>Manure management CH4 and direct N2O per head and year (GB/T 32151.22-2024 Tables C.7, C.10; IPCC 2006 Vol.4 Ch.10 Tables 10.14–10.16).</summary>
    public const string ManureEf = "ef_manure";
    /// <summary>Annual N excretion per head (GB/T 32151.22-2024 Table C.8; IPCC 2006 Vol.4 Ch.10 Eq.10.30).</summary>
    public const string NitrogenExcretion = "nex";
    /// <summary>Fraction of managed manure N volatilised as NH3 and NOx (IPCC 2006 Vol.4 Ch.10 Table 10.22, Eq.10.26).</summary>
    public const string FractionVolatilisedInManagement = "frac_gas_ms";
    /// <summary>EF4, kg N2O-N per kg of N volatilised and redeposited (IPCC 2006 Vol.4 Ch.11 Table 11.3).</summary>
    public const string VolatilisationEf = "ef_volatilisation";
    /// <summary>EF1, kg N2O-N per kg of N applied to managed soils (IPCC 2006 Vol.4 Ch.11 Table 11.1).</summary>
    public const string DirectSoilEf = "ef_n2o_direct";
    /// <summary>Fraction of applied N volatilised: Frac_GASF for synthetic N, Frac_GASM for organic N (IPCC 2006 Vol.4 Ch.11 Table 11.3).</summary>
    public const string FractionVolatilised = "frac_gas";
    /// <summary>Frac_LEACH-(H), fraction of applied N lost by leaching and runoff (IPCC 2006 Vol.4 Ch.11 Table 11.3).</summary>
    public const string FractionLeached = "frac_leach";
    /// <summary>EF5, kg N2O-N per kg of N leached (IPCC 2006 Vol.4 Ch.11 Table 11.3).</summary>
    public const string LeachingEf = "ef_leaching";

    /// <summary>N2O per N2O-N by molecular mass, 44/28 (IPCC 2006 Vol.4 Ch.11 Eq.11.1).</summary>
    public const double N2OPerN2ON = 44.0 / 28.0;

    /// <summary>The factors of <paramref name="wanted"/> for <paramref name="source"/>, in order; null with the first missing one named in
    /// <paramref name="missing"/> (a term in both languages).</summary>
    internal static List<FactorResolution>? All(EmissionSource source, CombustionContext context, out LineText? missing,
        params (string Parameter, Gas? Gas, string WordKey)[] wanted)
    {
        var found = new List<FactorResolution>(wanted.Length);
        foreach (var (parameter, gas, wordKey) in wanted)
        {
            if (MethodLines.Resolve(source, context, parameter, gas) is not { } resolution)
            {
                missing = Word(wordKey);
                return null;
            }
            found.Add(resolution);
        }
        missing = null;
        return found;
    }

    /// <summary>A word of AgricultureText in both languages.</summary>
    internal static LineText Word(string key) => LineText.Term(
        AgricultureText.ResourceManager.GetString(key, UiCulture.English) ?? key,
        AgricultureText.ResourceManager.GetString(key, UiCulture.Chinese) ?? key);

    /// <summary>An NE line of <paramref name="gas"/> at <paramref name="category"/> for <paramref name="source"/>: <paramref name="what"/> has no factor for its activity.</summary>
    internal static EmissionLine NotEstimated(EmissionSource source, Gas gas, string category, string method, LineText what,
        IReadOnlyDictionary<string, ActivityDefinition> activities) =>
        MethodLines.NotEstimated(source, gas, method, SectorSay.Agriculture.Text(nameof(AgricultureText.NoFactor), what, Say.Activity(source.Activity, activities)))
            with { Category = CategoryCode.Parse(category) };

    /// <summary>A line of <paramref name="massTonnes"/> t of <paramref name="gas"/> at <paramref name="category"/>, non-fossil (agricultural
    /// CH4 is biogenic: AR6 prices it at 27.0, IPCC AR6 WG1 Table 7.15).</summary>
    internal static EmissionLine Line(EmissionSource source, CombustionContext context, Gas gas, string category, double massTonnes, string method,
        LineText arithmetic, IEnumerable<FactorResolution> factors) =>
        MethodLines.Line(source, context, gas, massTonnes, method, arithmetic, factors, CarbonOrigin.NonFossil) with { Category = CategoryCode.Parse(category) };
}
