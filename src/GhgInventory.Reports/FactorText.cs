using System.Globalization;
using GhgInventory.Core.Accounting;

namespace GhgInventory.Reports;

/// <summary>Factor values as a compiler reads them: never in exponent form such as <c>3E-06 t/GJ</c>, but <c>3.0 kg/TJ</c>.</summary>
public static class FactorText
{
    /// <summary>A factor's engine value in a readable unit: t/GJ below 0.001 as kg/TJ (× 10^6), tC/GJ below 0.001 as kgC/TJ (× 10^6); others as they are.</summary>
    /// <remarks>1 t/GJ = 1000 kg / 0.001 TJ = 10^6 kg/TJ, the unit IPCC 2006 Vol 2 Tables 2.2–2.5 publish CH4 and N2O factors in.</remarks>
    public static (double Value, string Unit) Readable(double engineValue, string engineUnit)
    {
        ArgumentNullException.ThrowIfNull(engineUnit);
        if (Math.Abs(engineValue) < 1e-3 && engineValue != 0)
        {
            switch (engineUnit)
            {
                case "t/GJ": return (engineValue * 1e6, "kg/TJ");
                case "tC/GJ": return (engineValue * 1e6, "kgC/TJ");
            }
        }
        return (engineValue, engineUnit);
    }

    /// <summary>A factor number with at most 12 significant digits (so 3E-06 × 10^6 prints 3.0, not 2.9999999999999996), a decimal point always shown, never an exponent.</summary>
    public static string Number(double value)
    {
        double rounded = double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        string text = rounded.ToString("0.0###########", CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>The engine value in its readable unit, e.g. <c>3.0 kg/TJ</c> or <c>20.908 GJ/t</c>.</summary>
    public static string Engine(AppliedFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        var (value, unit) = Readable(factor.EngineValue, factor.EngineUnit);
        return $"{Number(value)} {unit}";
    }

    /// <summary>
    /// The line's stored arithmetic with each factor the engine wrote in exponent form (<c>3E-06 t/GJ</c>, as
    /// <see cref="Numbers.Factor"/> prints it) replaced by its readable form (<c>3.0 kg/TJ</c>); other text unchanged.
    /// </summary>
    public static string Arithmetic(EmissionLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string text = line.Arithmetic;
        foreach (var f in line.Factors)
        {
            // "× " in front, so 5E-06 never matches inside 1.5E-06.
            string stored = $"× {Numbers.Factor(f.EngineValue)} {f.EngineUnit}";
            if (stored.Contains('E', StringComparison.Ordinal))
            {
                text = text.Replace(stored, "× " + Engine(f), StringComparison.Ordinal);
            }
        }
        return text;
    }
}
