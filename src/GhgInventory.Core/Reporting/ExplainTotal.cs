using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>The total of the lines <c>ghg explain</c> shows, in one scope: each gas and the CO2 equivalent, and the notation keys beside them.</summary>
/// <remarks>
/// The numbers are <see cref="GasTotals.Of"/> over the same lines in the same order as the report sums them, so the
/// territorial total of a region and category equals the report's figure for it to the last bit. Lines under a notation
/// key add no number; their keys are listed per gas (and all of them for CO2e), so a total with NE parts says so.
/// </remarks>
/// <param name="Scope">Territorial or indirect (electricity and heat used).</param>
/// <param name="Totals">Sums of the lines that have numbers, in tonnes.</param>
/// <param name="NotationsByGas">Per gas code (CO2, CH4, N2O), the distinct notation keys of its lines without a number, in enum order.</param>
/// <param name="LineCount">Lines in this scope, with or without numbers.</param>
public sealed record ExplainTotal(EmissionScope Scope, GasTotals Totals, IReadOnlyDictionary<string, IReadOnlyList<NotationKey>> NotationsByGas, int LineCount)
{
    /// <summary>The notation keys of all lines without a number in this scope: what the CO2e total leaves out.</summary>
    public IReadOnlyList<NotationKey> Notations => NotationsByGas.Values.SelectMany(k => k).Distinct().Order().ToList();

    /// <summary>One total per scope present in <paramref name="lines"/>, territorial first.</summary>
    public static IReadOnlyList<ExplainTotal> Of(IReadOnlyList<EmissionLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.GroupBy(l => l.Scope).OrderBy(g => g.Key == EmissionScope.Territorial ? 0 : 1)
            .Select(g => new ExplainTotal(g.Key, GasTotals.Of(g),
                g.Where(l => l.MassTonnes is null && l.Notation is not null).GroupBy(l => l.Gas.Code, StringComparer.Ordinal)
                    .ToDictionary(n => n.Key, n => (IReadOnlyList<NotationKey>)n.Select(l => l.Notation!.Value).Distinct().Order().ToList(), StringComparer.Ordinal),
                g.Count()))
            .ToList();
    }
}
