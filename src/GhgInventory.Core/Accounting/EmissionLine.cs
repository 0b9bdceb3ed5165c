using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting;

/// <summary>One gas from one source in one view, with the mass, its CO2 equivalent and everything needed to explain them.</summary>
/// <param name="SourceIndex">The source it was computed from.</param>
/// <param name="Region">Region.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="Gas">Gas.</param>
/// <param name="Scope">Territorial or indirect.</param>
/// <param name="MassTonnes">Mass of the gas in tonnes; null when a notation key stands instead.</param>
/// <param name="Co2eTonnes">CO2 equivalent in tonnes; null with a notation key.</param>
/// <param name="Gwp">GWP applied.</param>
/// <param name="Notation">Notation key when no number is reported.</param>
/// <param name="Method">Method and guideline reference.</param>
/// <param name="ArithmeticText">The formula with the numbers put in, language-neutral (stored so, rendered when read).</param>
/// <param name="NoteText">Why a notation key stands, or other remarks, language-neutral; null when there is none.</param>
/// <param name="Factors">Factors used, in formula order.</param>
/// <param name="Use">Use of the fuel of its source.</param>
public sealed record EmissionLine(
    int SourceIndex,
    RegionCode Region,
    int Year,
    CategoryCode Category,
    string Activity,
    Gas Gas,
    EmissionScope Scope,
    double? MassTonnes,
    double? Co2eTonnes,
    double? Gwp,
    NotationKey? Notation,
    string Method,
    LineText ArithmeticText,
    LineText? NoteText,
    IReadOnlyList<AppliedFactor> Factors,
    FuelUse Use = FuelUse.Combustion)
{
    /// <summary>The formula with the numbers put in, in the reader's language (numbers invariant, unit symbols as SI writes them).</summary>
    public string Arithmetic => ArithmeticText.Render();

    /// <summary>Why a notation key stands, or other remarks, in the reader's language; null when there is none.</summary>
    public string? Note => NoteText?.Render();

    /// <summary>A line of <paramref name="source"/> reported under <paramref name="key"/> instead of a number, with its reason: no mass, no CO2e, never 0.</summary>
    public static EmissionLine UnderNotationKey(EmissionSource source, Gas gas, EmissionScope scope, NotationKey key, string method, LineText reason)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reason);
        return new(source.Index, source.Region, source.Year, source.Category, source.Activity, gas, scope,
            null, null, null, key, method, LineText.Of(nameof(Resources.CoreText.NotationArithmetic), key.ToString(), reason), reason, []);
    }
}
