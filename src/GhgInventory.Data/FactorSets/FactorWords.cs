using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.FactorSets;

/// <summary>Factor parameters and the methods that read them as a message in the current UI culture names them: the key in English (as factor files write it), the guideline's Chinese term with the key in Chinese.</summary>
public static class FactorWords
{
    /// <summary>"ncv" in English, "低位发热量（ncv）" in Chinese; a parameter without a Chinese term is shown as its key.</summary>
    public static string Parameter(string name) => name switch
    {
        Parameters.Ncv => DataFactorText.ParameterNcv,
        Parameters.CarbonContent => DataFactorText.ParameterCarbonContent,
        Parameters.Oxidation => DataFactorText.ParameterOxidation,
        Parameters.EmissionFactor => DataFactorText.ParameterEf,
        Parameters.GridEmissionFactor => DataFactorText.ParameterGridEf,
        Parameters.HeatEmissionFactor => DataFactorText.ParameterHeatEf,
        Parameters.CoalEquivalent => DataFactorText.ParameterCoalEquivalent,
        Parameters.PowerCoalRate => DataFactorText.ParameterPowerCoalRate,
        _ => name,
    };

    /// <summary>The method that reads <paramref name="spec"/>: its own description in English, the account's Chinese name in Chinese.</summary>
    public static string ReadBy(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!UiCulture.IsChinese)
        {
            return spec.ReadBy;
        }
        return spec.Name switch
        {
            _ when spec.ReferenceOnly => DataFactorText.ReadByNone,
            Parameters.GridEmissionFactor or Parameters.HeatEmissionFactor => DataFactorText.ReadByPurchased,
            Parameters.CoalEquivalent or Parameters.PowerCoalRate => DataFactorText.ReadByEnergy,
            _ => DataFactorText.ReadByCombustion,
        };
    }
}
