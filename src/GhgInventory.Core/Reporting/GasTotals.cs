using GhgInventory.Core.Accounting;

namespace GhgInventory.Core.Reporting;

/// <summary>Masses of each gas and their CO2 equivalent, in tonnes.</summary>
/// <param name="Co2Tonnes">CO2 mass.</param>
/// <param name="Ch4Tonnes">CH4 mass.</param>
/// <param name="N2oTonnes">N2O mass.</param>
/// <param name="Co2eTonnes">CO2 equivalent of all three.</param>
public sealed record GasTotals(double Co2Tonnes, double Ch4Tonnes, double N2oTonnes, double Co2eTonnes)
{
    /// <summary>All zero.</summary>
    public static readonly GasTotals Zero = new(0, 0, 0, 0);

    /// <summary>Sums the numbers of <paramref name="lines"/>; lines under a notation key add nothing.</summary>
    public static GasTotals Of(IEnumerable<EmissionLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double co2 = 0, ch4 = 0, n2o = 0, co2e = 0;
        foreach (var line in lines)
        {
            if (line.MassTonnes is not { } mass)
            {
                continue;
            }
            switch (line.Gas.Code)
            {
                case "CO2": co2 += mass; break;
                case "CH4": ch4 += mass; break;
                case "N2O": n2o += mass; break;
            }
            co2e += line.Co2eTonnes ?? 0;
        }
        return new GasTotals(co2, ch4, n2o, co2e);
    }
}
