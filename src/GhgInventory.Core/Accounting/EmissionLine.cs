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
/// <remarks>
/// Issue 13: <see cref="NoteText"/> and <see cref="ArithmeticText"/> are stored language-neutral (<see cref="LineText"/>: message keys of
/// <c>Resources/CoreText</c> with their arguments) and read in the reader's language through <see cref="Note"/> and <see cref="Arithmetic"/>;
/// <see cref="Method"/> is the method's label, an identifier, named for people by <see cref="MethodNames.Of"/>. In arithmetic, numbers are
/// always invariant (<see cref="Numbers"/>) and unit symbols stay SI symbols in both languages (t, GJ, tC/GJ, kWh; "t C" is written tC in
/// Chinese); the words of a formula are translated (AD × NCV × CC → 活动水平 × 低位发热量 × 单位热值含碳量, C in → 投入碳), activity keys
/// become their Chinese names (raw_coal → 原煤), and a user's own note is kept as written. A line stored before issue 13 holds plain
/// English, which reads as stored in either language.
/// </remarks>
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
