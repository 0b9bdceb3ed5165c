using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data;

/// <summary>The check that a run's GWP set prices every greenhouse gas its lines report (issue 15: F-gases): a line with a mass but no CO2
/// equivalent is allowed only for a substance that is not a greenhouse gas (an air pollutant of substances.csv).</summary>
internal static class GwpCoverage
{
    private const string NotGreenhouseSql = "SELECT gas FROM substances WHERE kind <> 'ghg'";

    /// <summary>Throws when a line of <paramref name="lines"/> has a mass and no CO2 equivalent for a gas that is not known as a non-greenhouse substance.</summary>
    /// <exception cref="InvalidOperationException">The GWP set <paramref name="gwp"/> lacks a value for such a gas; the message names the gases and a line of each.</exception>
    public static void Check(SqliteConnection connection, GwpSet gwp, IReadOnlyList<EmissionLine> lines)
    {
        var notGreenhouse = connection.Query<string>(NotGreenhouseSql).ToHashSet(StringComparer.Ordinal);
        var unpriced = lines.Where(l => l.MassTonnes is not null && l.Co2eTonnes is null && !notGreenhouse.Contains(l.Gas.Code))
            .GroupBy(l => l.Gas.Code, StringComparer.Ordinal).ToList();
        if (unpriced.Count == 0)
        {
            return;
        }
        string gases = string.Join(", ", unpriced.Select(g => g.Key));
        string where = string.Join("; ", unpriced.Select(g => g.First()).Select(l => $"{l.Region} {l.Year} {l.Category} {l.Activity}"));
        throw new InvalidOperationException(Text.Format(IppuDataText.GwpMissingForGas, gwp.Name, gases, where));
    }
}
