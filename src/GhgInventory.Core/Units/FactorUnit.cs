using System.Diagnostics.CodeAnalysis;

namespace GhgInventory.Core.Units;

/// <summary>The unit of a published factor, such as <c>kJ/kg</c> or <c>tC/TJ</c>, parsed into what it measures per what.</summary>
/// <remarks>
/// A factor written as published is turned into engine units by <see cref="ToEngine"/>: the numerator in its kind's base
/// (GJ, t C, t gas, tce) per one base unit of the denominator's dimension (t, m3, GJ). So 20908 kJ/kg becomes 20.908 GJ/t.
/// Coal assays give NCV in kcal (大卡, 千卡): 1 kcal = 4.1868 kJ, the International Table calorie that GB/T 2589 uses to convert
/// calorific values, so 5000 kcal/kg = 20.934 GJ/t.
/// </remarks>
/// <param name="Symbol">The unit as written in the factor file.</param>
/// <param name="Numerator">What the factor measures.</param>
/// <param name="Denominator">Per what; null for a ratio.</param>
/// <param name="Scale">Multiplier from the published number to engine units.</param>
public sealed record FactorUnit(string Symbol, QuantityKind Numerator, Dimension? Denominator, double Scale)
{
    /// <summary>kJ per International Table kilocalorie (1 kcal_IT = 4.1868 kJ exactly), the calorie of GB/T 2589.</summary>
    public const double KilojoulesPerKilocalorie = 4.1868;

    private static readonly Dictionary<string, (QuantityKind Kind, double ToBase)> Numerators = new(StringComparer.Ordinal)
    {
        ["kJ"] = (QuantityKind.Energy, 1e-6),
        ["MJ"] = (QuantityKind.Energy, 1e-3),
        ["GJ"] = (QuantityKind.Energy, 1),
        ["TJ"] = (QuantityKind.Energy, 1e3),
        ["kcal"] = (QuantityKind.Energy, KilojoulesPerKilocalorie * 1e-6),
        ["大卡"] = (QuantityKind.Energy, KilojoulesPerKilocalorie * 1e-6),
        ["千卡"] = (QuantityKind.Energy, KilojoulesPerKilocalorie * 1e-6),
        ["kgC"] = (QuantityKind.Carbon, 1e-3),
        ["tC"] = (QuantityKind.Carbon, 1),
        ["g"] = (QuantityKind.GasMass, 1e-6),
        ["kg"] = (QuantityKind.GasMass, 1e-3),
        ["t"] = (QuantityKind.GasMass, 1),
        ["kgCO2"] = (QuantityKind.GasMass, 1e-3),
        ["tCO2"] = (QuantityKind.GasMass, 1),
        ["Gg"] = (QuantityKind.GasMass, 1e3),
        ["kgCH4"] = (QuantityKind.GasMass, 1e-3),
        ["tCH4"] = (QuantityKind.GasMass, 1),
        ["GgCH4"] = (QuantityKind.GasMass, 1e3),
        ["kgN2O"] = (QuantityKind.GasMass, 1e-3),
        ["tN2O"] = (QuantityKind.GasMass, 1),
        ["GgN2O"] = (QuantityKind.GasMass, 1e3),
        ["GgCO2"] = (QuantityKind.GasMass, 1e3),
        ["m3"] = (QuantityKind.Volume, 1),
        ["m3CH4"] = (QuantityKind.Volume, 1),
        ["kgN"] = (QuantityKind.Material, 1e-3),
        ["tN"] = (QuantityKind.Material, 1),
        ["kgVS"] = (QuantityKind.Material, 1e-3),
        ["kgDM"] = (QuantityKind.Material, 1e-3),
        ["tDM"] = (QuantityKind.Material, 1),
        ["tDOC"] = (QuantityKind.Material, 1),
        ["kgBOD"] = (QuantityKind.Material, 1e-3),
        ["kgCOD"] = (QuantityKind.Material, 1e-3),
        ["gce"] = (QuantityKind.CoalEquivalent, 1e-6),
        ["kgce"] = (QuantityKind.CoalEquivalent, 1e-3),
        ["tce"] = (QuantityKind.CoalEquivalent, 1),
    };

    /// <summary>Parses <c>fraction</c>, <c>%</c> or <c>numerator/denominator</c> with a denominator from <see cref="Unit"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? symbol, [NotNullWhen(true)] out FactorUnit? unit)
    {
        unit = null;
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return false;
        }
        var s = symbol.Trim();
        if (s is "fraction" or "1")
        {
            unit = new FactorUnit(s, QuantityKind.Ratio, null, 1);
            return true;
        }
        if (s == "%")
        {
            unit = new FactorUnit(s, QuantityKind.Ratio, null, 0.01);
            return true;
        }
        int slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !TryNumerator(s[..slash].Trim(), out var numerator)
            || !Unit.TryParse(s[(slash + 1)..], out var denominator))
        {
            return false;
        }
        unit = new FactorUnit(s, numerator.Kind, denominator.Dimension, numerator.ToBase / denominator.ToBase);
        return true;
    }

    private static bool TryNumerator(string text, out (QuantityKind Kind, double ToBase) numerator) =>
        Numerators.TryGetValue(string.Equals(text, "kcal", StringComparison.OrdinalIgnoreCase) ? "kcal" : text, out numerator);

    /// <summary>Converts a published value to engine units (numerator base per denominator base).</summary>
    public double ToEngine(double published) => published * Scale;

    /// <summary>The engine unit the converted value is in, e.g. <c>GJ/t</c>.</summary>
    public string EngineSymbol => Denominator is { } d
        ? $"{NumeratorBase}/{Unit.BaseOf(d).Symbol}"
        : "fraction";

    private string NumeratorBase => Numerator switch
    {
        QuantityKind.Energy => "GJ",
        QuantityKind.Carbon => "tC",
        QuantityKind.GasMass => "t",
        QuantityKind.CoalEquivalent => "tce",
        QuantityKind.Volume => "m3",
        QuantityKind.Material => "t",
        _ => "",
    };

    /// <inheritdoc/>
    public override string ToString() => Symbol;
}
