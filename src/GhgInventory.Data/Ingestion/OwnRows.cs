using System.Runtime.InteropServices;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Ingestion;

/// <summary>What composing needs to know of the rows a file stores, gathered as they are handed to the writer.</summary>
/// <remarks>
/// <para>The composer used to read a new version's rows back from the table after they were stored: a second pass over a
/// million rows (0.7 s of a 1M-row import, and the pages it read grew the peak by about 17 MiB). Every fact is at hand when a
/// row is handed to the writer, so it is noted here instead: the count, the per-group totals and shapes, the rows above the
/// county bound, and, only for a region-year with a version to merge with, the keys with their record ids. A first import
/// (or --replace onto nothing) therefore keeps nothing per row.</para>
/// <para>It runs on the reading thread, beside the validator, because storing is the slower of the two
/// (<see cref="BackgroundWriter"/>): so it touches no SQL. What it needs from the database is read before the rows come
/// (the largest factors of every activity, the region-years already stored), and a row's record id is the one SQLite gives
/// it: one more than the largest, in the order rows are stored (<see cref="ActivityWriter.CheckRecordIds"/> confirms it).</para>
/// </remarks>
internal sealed class OwnRowTally(Vocabulary vocabulary, IReadOnlyDictionary<long, double?> upperFactors, IReadOnlySet<(string Region, int Year)> existing)
{
    private readonly Dictionary<(int Region, int Year), OwnRows> byRegionYear = [];
    private readonly StoredRow row = new(); // reused: OwnRows keeps only numbers from it
    private (int Region, int Year) lastKey = (-1, -1);
    private OwnRows? last;

    /// <summary>Notes one row handed to the writer, which stores it as record <paramref name="recordId"/>.</summary>
    public void Add(in ActivityRow stored, long recordId)
    {
        if ((stored.Region, stored.Year) != lastKey)
        {
            lastKey = (stored.Region, stored.Year);
            if (!byRegionYear.TryGetValue(lastKey, out last))
            {
                string code = vocabulary.RegionCodes[stored.Region];
                byRegionYear[lastKey] = last = new OwnRows(ActivityPlausibility.BoundOf(code), hasPrevious: existing.Contains((code, stored.Year)));
            }
        }
        long activityId = vocabulary.ActivityIds[stored.Activity];
        row.Id = recordId;
        row.Key = new RowKey(vocabulary.CategoryIds[stored.Category], activityId, stored.Use, RowKey.HashOf(stored.Facility));
        row.BaseValue = stored.NotationKey is null ? stored.BaseValue : null;
        row.Notation = stored.NotationKey;
        row.FileLine = stored.Line;
        last!.Add(row, upperFactors.GetValueOrDefault(activityId));
    }

    /// <summary>The tallies by the id of the version each region-year's rows were stored in.</summary>
    public IReadOnlyDictionary<long, OwnRows> ByVersion(IReadOnlyDictionary<(int Region, int Year), (long Id, int Version)> versions) =>
        byRegionYear.ToDictionary(t => versions[t.Key].Id, t => t.Value);
}

/// <summary>The facts about one new version's own rows that composing needs (see <see cref="OwnRowTally"/>).</summary>
internal sealed class OwnRows(double bound, bool hasPrevious)
{
    /// <summary>How many rows the file stored in this version.</summary>
    public int Count { get; private set; }

    /// <summary>Per (category, activity, use) of the composed version: facility shape, numeric total, first row of the file.</summary>
    /// <remarks>The composer adds the rows it keeps from the previous version.</remarks>
    public Dictionary<(long, long, long), GroupInfo> Groups { get; } = [];

    /// <summary>The file's keys with their record ids; kept only when there is a previous version to compare with.</summary>
    public Dictionary<RowKey, List<long>>? Keys { get; } = hasPrevious ? [] : null;

    /// <summary>Rows whose CO2 at the library's largest factors exceeds the region's bound, with that factor.</summary>
    public List<(long Id, double Factor)> BoundFlagged { get; } = [];

    /// <summary>The group of a row, added when new.</summary>
    public ref GroupInfo Group(StoredRow row)
    {
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(Groups, SumKey(row), out bool exists);
        if (!exists)
        {
            group.FirstOwnLine = long.MaxValue;
        }
        return ref group;
    }

    /// <summary>The group key of a row: category, activity, use.</summary>
    public static (long, long, long) SumKey(StoredRow row) => (row.Key.CategoryId, row.Key.ActivityId, row.Key.UseId);

    /// <summary>Notes one of the file's rows (the caller may reuse <paramref name="row"/> afterwards); <paramref name="upperFactor"/> is its activity's (<see cref="ActivityPlausibility.UpperFactors"/>).</summary>
    public void Add(StoredRow row, double? upperFactor)
    {
        Count++;
        Group(row).Add(row, own: true);
        if (Keys is { } keys)
        {
            ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, row.Key, out _);
            (ids ??= []).Add(row.Id);
        }
        if (row.BaseValue is { } quantity && upperFactor is { } factor && ActivityPlausibility.ExceedsBound(bound, factor, quantity))
        {
            BoundFlagged.Add((row.Id, factor));
        }
    }
}

/// <summary>What the rows of one (category, activity, use) of a composed version add up to.</summary>
internal struct GroupInfo
{
    /// <summary>OverlapShapes bits: own/stored × blank/facility numeric rows.</summary>
    public int Shape;

    /// <summary>Sum of the numeric base values.</summary>
    public double Sum;

    /// <summary>True when the file has a numeric row here.</summary>
    public bool HasNumericOwn;

    /// <summary>The record id of the file's first row here.</summary>
    public long FirstOwnId;

    /// <summary>The line of the file's first row here; long.MaxValue when the file has none.</summary>
    public long FirstOwnLine;

    /// <summary>The file's rows here, notation rows included (for version_source_sums).</summary>
    public int OwnRows;

    /// <summary>The lowest record id of the file's rows here.</summary>
    public long FirstId;

    /// <summary>The highest record id of the file's rows here.</summary>
    public long LastId;

    /// <summary>True when one of the file's rows here is a notation row (its version's sums are then not stored).</summary>
    public bool HasNotationOwn;

    /// <summary>Sum of the file's numeric rows here, added in record-id order (the order rows are stored): compile's sum.</summary>
    public double OwnSum;

    /// <summary>Adds one row of the file (<paramref name="own"/>) or of the stored version.</summary>
    public void Add(StoredRow row, bool own)
    {
        if (own)
        {
            if (OwnRows++ == 0)
            {
                FirstId = row.Id;
            }
            LastId = row.Id;
            HasNotationOwn |= row.BaseValue is null;
            OwnSum += row.BaseValue ?? 0;
        }
        if (row.BaseValue is not { } v)
        {
            return; // a notation row adds nothing and never overlaps
        }
        if (own && row.FileLine < FirstOwnLine)
        {
            FirstOwnLine = row.FileLine;
            FirstOwnId = row.Id;
        }
        Sum += v;
        HasNumericOwn |= own;
        Shape |= OverlapShapes.Bit(own, blank: row.Key.FacilityHash == 0);
    }
}
