using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Masses of each gas and their CO2 equivalent, in tonnes, with the notation keys of the lines that carry none.</summary>
/// <remarks>The double properties are the sums of the numeric lines (0 when none); <see cref="Co2"/>, <see cref="Ch4"/>,
/// <see cref="N2o"/> and <see cref="Co2e"/> say whether a number exists and which keys stand beside or instead of it.</remarks>
/// <param name="Co2Tonnes">CO2 mass.</param>
/// <param name="Ch4Tonnes">CH4 mass.</param>
/// <param name="N2oTonnes">N2O mass.</param>
/// <param name="Co2eTonnes">CO2 equivalent of all three.</param>
public sealed record GasTotals(double Co2Tonnes, double Ch4Tonnes, double N2oTonnes, double Co2eTonnes)
{
    /// <summary>All zero.</summary>
    public static readonly GasTotals Zero = new(0, 0, 0, 0);

    /// <summary>CO2 cell: number and notation keys.</summary>
    public GasCell Co2 { get; init; } = new(Co2Tonnes, true, []);

    /// <summary>CH4 cell: number and notation keys.</summary>
    public GasCell Ch4 { get; init; } = new(Ch4Tonnes, true, []);

    /// <summary>N2O cell: number and notation keys.</summary>
    public GasCell N2o { get; init; } = new(N2oTonnes, true, []);

    /// <summary>CO2e cell: a number when any gas has one; the keys of every line under a notation key, whatever its gas.</summary>
    public GasCell Co2e { get; init; } = new(Co2eTonnes, true, []);

    /// <summary>Sums the numbers of <paramref name="lines"/>; lines under a notation key add no number but their key.</summary>
    public static GasTotals Of(IEnumerable<EmissionLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double co2 = 0, ch4 = 0, n2o = 0, co2e = 0;
        bool hasCo2 = false, hasCh4 = false, hasN2o = false;
        var keysCo2 = new HashSet<NotationKey>();
        var keysCh4 = new HashSet<NotationKey>();
        var keysN2o = new HashSet<NotationKey>();
        foreach (var line in lines)
        {
            if (line.MassTonnes is not { } mass)
            {
                // A line with neither number nor key is not estimated: it is never a silent zero.
                var key = line.Notation ?? NotationKey.NE;
                switch (line.Gas.Code)
                {
                    case "CO2": keysCo2.Add(key); break;
                    case "CH4": keysCh4.Add(key); break;
                    case "N2O": keysN2o.Add(key); break;
                }
                continue;
            }
            switch (line.Gas.Code)
            {
                case "CO2": co2 += mass; hasCo2 = true; break;
                case "CH4": ch4 += mass; hasCh4 = true; break;
                case "N2O": n2o += mass; hasN2o = true; break;
            }
            co2e += line.Co2eTonnes ?? 0;
        }
        return new GasTotals(co2, ch4, n2o, co2e)
        {
            Co2 = new GasCell(co2, hasCo2, GasCell.Ordered(keysCo2)),
            Ch4 = new GasCell(ch4, hasCh4, GasCell.Ordered(keysCh4)),
            N2o = new GasCell(n2o, hasN2o, GasCell.Ordered(keysN2o)),
            Co2e = new GasCell(co2e, hasCo2 || hasCh4 || hasN2o, GasCell.Ordered(keysCo2.Concat(keysCh4).Concat(keysN2o))),
        };
    }
}
