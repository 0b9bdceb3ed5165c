using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting;

/// <summary>The activity behind a group of emission lines: all records of one region, year, category and activity, summed.</summary>
/// <param name="Index">Position in the run, the lines' handle on it.</param>
/// <param name="Region">Region.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="ActivityBase">Sum of the records in the base unit.</param>
/// <param name="BaseUnit">Symbol of the base unit (t, m3 or GJ).</param>
/// <param name="RecordIds">The activity records summed, in id order (notation rows included).</param>
/// <param name="Use">Use of the fuel; a source per use.</param>
/// <param name="Notation">The notation key standing for the source when all its records are notation rows; null otherwise.</param>
/// <param name="NotationNote">The notes of those notation rows, the reason carried to the lines (a user's note verbatim, the engine's words language-neutral).</param>
public sealed record EmissionSource(
    int Index,
    RegionCode Region,
    int Year,
    CategoryCode Category,
    string Activity,
    double ActivityBase,
    string BaseUnit,
    IReadOnlyList<long> RecordIds,
    FuelUse Use = FuelUse.Combustion,
    NotationKey? Notation = null,
    LineText? NotationNote = null)
{
    /// <summary>The key (NE or C) of notation rows written beside numeric rows of the same source (issue 12): a part of unknown amount,
    /// so the source's figures are "x + NE", never x alone; null when there is none. NO, NA and IE rows beside numbers count as none.</summary>
    public NotationKey? PartNotation { get; init; }
}
