using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Accounting;

/// <summary>The activity rows of one source (region, year, category, activity, use) summed as they are added, in id order.</summary>
/// <remarks>
/// The one place rows become a source's amount, used by <see cref="InventoryCompiler.Compile(IReadOnlyList{ActivityRecord})"/>
/// and by a store that streams rows instead of materialising records
/// (<see cref="InventoryCompiler.Compile(IReadOnlyCollection{SourceRows}, IProgress{double}, IReadOnlyCollection{SourceRows})"/>). Rows must be added in ascending id order:
/// floating-point addition is not associative, and id order is what keeps every total bit-identical however rows are read.
/// </remarks>
/// <param name="Region">Region.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">IPCC category.</param>
/// <param name="Activity">Activity key.</param>
/// <param name="Use">Use of the fuel.</param>
public sealed record SourceRows(RegionCode Region, int Year, CategoryCode Category, string Activity, FuelUse Use)
{
    private readonly List<long> ids = [];
    private RecordIdRange? range;
    private readonly List<LineText> notes = [];
    private long lastId = long.MinValue;

    /// <summary>Sum of the numeric rows in the base unit (t, m3 or GJ).</summary>
    public double Sum { get; private set; }

    /// <summary>Rows with a number.</summary>
    public int Numeric { get; private set; }

    /// <summary>The notation key of the notation rows so far (NE when two differ); null when none.</summary>
    public NotationKey? Notation { get; private set; }

    /// <summary>Notes of the notation rows, and the reason when keys differed, in the order met.</summary>
    public IReadOnlyList<LineText> Notes => notes;

    /// <summary>Ids of every row added (notation rows included), ascending.</summary>
    public IReadOnlyList<long> Ids => range ?? (IReadOnlyList<long>)ids;

    /// <summary>A source whose rows were summed when they were stored: <paramref name="sum"/> of <paramref name="ids"/>.Count numeric rows.</summary>
    /// <remarks>The sum must be the rows' base values added in id order, as <see cref="Add"/> would have added them.</remarks>
    public static SourceRows FromStoredSum(RegionCode region, int year, CategoryCode category, string activity, FuelUse use, double sum, RecordIdRange ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new SourceRows(region, year, category, activity, use) { Sum = sum, Numeric = ids.Count, range = ids, lastId = ids.Last };
    }

    /// <summary>Adds one row: its id, its base-unit amount (ignored for a notation row), its notation key and note.</summary>
    /// <exception cref="ArgumentException">The id is below the last one added.</exception>
    public void Add(long id, double baseQuantity, NotationKey? notation, string? note)
    {
        if (range is not null)
        {
            throw new InvalidOperationException("A source made from a stored sum takes no more rows.");
        }
        if (id < lastId)
        {
            throw new ArgumentException($"Rows of a source must be added in id order: {id} after {lastId}.", nameof(id));
        }
        lastId = id;
        ids.Add(id);
        if (notation is { } key)
        {
            // A notation row adds no number; it stands for the source only when no numeric row does.
            // Rows of one source with different keys (NO for one plant, NE for another): NE, the key that does not claim
            // the source is absent, with both named in the reason.
            if (Notation is { } earlier && earlier != key)
            {
                notes.Add(LineText.Of(nameof(Resources.CoreText.DifferentNotationKeys), earlier.ToString(), key.ToString()));
                key = NotationKey.NE;
            }
            Notation = key;
            if (!string.IsNullOrWhiteSpace(note))
            {
                notes.Add(LineText.Verbatim(note));
            }
            return;
        }
        Sum += baseQuantity;
        Numeric++;
    }
}
