using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>Masses of each substance and their CO2 equivalent, in tonnes, with the notation keys of the lines that carry none.</summary>
/// <remarks>
/// The double properties are the sums of the numeric lines (0 when none); <see cref="Co2"/>, <see cref="Ch4"/>, <see cref="N2o"/> and
/// <see cref="Co2e"/> say whether a number exists and which keys stand beside or instead of it. Issue 15: every substance of the lines
/// has its own total in <see cref="Substances"/> (CO2, CH4, N2O first, then the others in ordinal order of their formula), so an HFC or
/// SF6 line is summed and shown like the three gases; a substance whose lines carry no CO2e has a null CO2e, never 0.
/// Signs are kept: a removal (a negative line of land use, 3.B) lowers the sum it is in.
/// A total made by <see cref="Total"/> leaves land use (LULUCF, IPCC 2006 Vol 4: category 3.B) out of its figures and carries it apart
/// (<see cref="Lulucf"/>) and with it (<see cref="IncludingLulucf"/>), as UNFCCC reporting gives "total excluding LULUCF" and
/// "total including LULUCF" (UNFCCC CRT summary table; IPCC 2006 Vol 1 Ch 8 Table 8.1).
/// </remarks>
/// <param name="Co2Tonnes">CO2 mass.</param>
/// <param name="Ch4Tonnes">CH4 mass.</param>
/// <param name="N2oTonnes">N2O mass.</param>
/// <param name="Co2eTonnes">CO2 equivalent of every substance with a GWP.</param>
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

    /// <summary>CO2e cell: a number when any line has a CO2e; the keys of every greenhouse-gas line under a notation key, and NE when a
    /// greenhouse gas has a mass but no CO2e (no GWP in the run's set): its CO2e is then missing from the sum.</summary>
    public GasCell Co2e { get; init; } = new(Co2eTonnes, true, []);

    /// <summary>Every substance of the lines, CO2, CH4, N2O first, then the others by formula; empty for a total built by hand.</summary>
    public IReadOnlyList<SubstanceTotal> Substances { get; init; } = [];

    /// <summary>Land use (LULUCF, 3.B) apart: the totals of its lines, signed (removals negative), its CO2e NE when there is no land-use
    /// line at all (then <see cref="IncludingLulucf"/>'s CO2e carries NE too); null when this total was not split (a category's own total,
    /// built by <see cref="Of"/>).</summary>
    public GasTotals? Lulucf { get; init; }

    /// <summary>The totals including land use (LULUCF): these figures plus <see cref="Lulucf"/>; null when this total was not split.</summary>
    public GasTotals? IncludingLulucf { get; init; }

    /// <summary>CO2e including LULUCF: <see cref="IncludingLulucf"/>'s CO2e cell, or this total's own when it was not split.</summary>
    public GasCell Co2eIncludingLulucf => IncludingLulucf?.Co2e ?? Co2e;

    /// <summary>The total of <paramref name="gas"/>, or null when no line of it was summed.</summary>
    public SubstanceTotal? For(Gas gas) => Substances.FirstOrDefault(s => s.Gas == gas);

    /// <summary>Sums the numbers of <paramref name="lines"/>, signed; lines under a notation key add no number but their key.</summary>
    /// <param name="lines">The lines to sum (any substance, any sign).</param>
    /// <param name="isGreenhouse">Whether a substance counts towards CO2e (its missing CO2e or its notation key makes the CO2e cell
    /// incomplete); null counts every substance (air pollutants carry no lines yet: substances.csv kind <c>air_pollutant</c>).</param>
    public static GasTotals Of(IEnumerable<EmissionLine> lines, Func<Gas, bool>? isGreenhouse = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        isGreenhouse ??= _ => true;
        var sums = new Dictionary<Gas, Sum>();
        double co2e = 0;
        bool hasCo2e = false;
        var co2eKeys = new HashSet<NotationKey>();
        foreach (var line in lines)
        {
            if (!sums.TryGetValue(line.Gas, out var sum))
            {
                sums[line.Gas] = sum = new Sum();
            }
            if (line.MassTonnes is not { } mass)
            {
                // A line with neither number nor key is not estimated: it is never a silent zero.
                var key = line.Notation ?? NotationKey.NE;
                sum.Keys.Add(key);
                if (isGreenhouse(line.Gas))
                {
                    co2eKeys.Add(key);
                }
                continue;
            }
            sum.Tonnes += mass;
            sum.HasNumber = true;
            if (line.Co2eTonnes is { } e)
            {
                sum.Co2eTonnes += e;
                sum.HasCo2e = true;
                co2e += e;
                hasCo2e = true;
            }
            else if (isGreenhouse(line.Gas))
            {
                sum.Co2eMissing = true;
                co2eKeys.Add(NotationKey.NE);
            }
        }
        var substances = sums.OrderBy(kv => Rank(kv.Key)).ThenBy(kv => kv.Key.Code, StringComparer.Ordinal)
            .Select(kv => new SubstanceTotal(kv.Key, new GasCell(kv.Value.Tonnes, kv.Value.HasNumber, GasCell.Ordered(kv.Value.Keys)),
                kv.Value.HasCo2e || (!kv.Value.HasNumber && isGreenhouse(kv.Key))
                    ? new GasCell(kv.Value.Co2eTonnes, kv.Value.HasCo2e, GasCell.Ordered(kv.Value.Keys.Concat(kv.Value.Co2eMissing ? [NotationKey.NE] : [])))
                    : null))
            .ToList();
        GasCell Cell(Gas gas) => substances.FirstOrDefault(s => s.Gas == gas)?.Mass ?? GasCell.Empty;
        var co2 = Cell(Gas.CO2);
        var ch4 = Cell(Gas.CH4);
        var n2o = Cell(Gas.N2O);
        return new GasTotals(co2.Tonnes, ch4.Tonnes, n2o.Tonnes, co2e)
        {
            Co2 = co2,
            Ch4 = ch4,
            N2o = n2o,
            Co2e = new GasCell(co2e, hasCo2e, GasCell.Ordered(co2eKeys)),
            Substances = substances,
        };
    }

    /// <summary>The total of a region: <paramref name="lines"/> outside land use in the figures, land use (the categories
    /// <paramref name="lulucf"/> allows removals in, 3.B) apart in <see cref="Lulucf"/>, and both together in <see cref="IncludingLulucf"/>.</summary>
    /// <remarks>Example (hand): 100 t CO2 in 1.A.1.a, 2 t CH4 in 1.A.1.a (× 28, AR5) and −50 t CO2 in 3.B.1.a: total excluding LULUCF
    /// 100 + 56 = 156 t CO2e, LULUCF −50, including LULUCF 106.</remarks>
    public static GasTotals Total(IEnumerable<EmissionLine> lines, RemovalCategories lulucf, Func<Gas, bool>? isGreenhouse = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(lulucf);
        var all = lines.ToList();
        var outside = Of(all.Where(l => !lulucf.Allows(l.Category)), isGreenhouse);
        var land = Of(all.Where(l => lulucf.Allows(l.Category)), isGreenhouse);
        var including = Of(all, isGreenhouse);
        if (land.Substances.Count == 0)
        {
            // No land-use line at all: land use is not estimated (NE), never a silent 0, and the total including it says so.
            land = land with { Co2e = new GasCell(0, false, [NotationKey.NE]) };
            including = including with { Co2e = including.Co2e with { Keys = GasCell.Ordered(including.Co2e.Keys.Append(NotationKey.NE)) } };
        }
        return outside with { Lulucf = land, IncludingLulucf = including };
    }

    /// <summary>Equal when every figure, cell, substance total and the LULUCF parts are equal (the substances compared as a sequence,
    /// so two summaries of the same stored run are equal).</summary>
    public bool Equals(GasTotals? other) =>
        other is not null && Co2Tonnes.Equals(other.Co2Tonnes) && Ch4Tonnes.Equals(other.Ch4Tonnes) && N2oTonnes.Equals(other.N2oTonnes)
        && Co2eTonnes.Equals(other.Co2eTonnes) && Co2.Equals(other.Co2) && Ch4.Equals(other.Ch4) && N2o.Equals(other.N2o) && Co2e.Equals(other.Co2e)
        && Substances.SequenceEqual(other.Substances) && Equals(Lulucf, other.Lulucf) && Equals(IncludingLulucf, other.IncludingLulucf);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Co2eTonnes, Co2Tonnes, Substances.Count);

    private static int Rank(Gas gas) => gas == Gas.CO2 ? 0 : gas == Gas.CH4 ? 1 : gas == Gas.N2O ? 2 : 3;

    private sealed class Sum
    {
        public double Tonnes;
        public bool HasNumber;
        public double Co2eTonnes;
        public bool HasCo2e;
        public bool Co2eMissing;
        public readonly HashSet<NotationKey> Keys = [];
    }
}
