using System.Runtime.InteropServices;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Ingestion;

/// <summary>What composing needs to know of the rows a file stores, gathered by the writer as it inserts them.</summary>
/// <remarks>
/// The composer used to read a new version's rows back from the table after they were stored: a second pass over a million
/// rows (0.7 s of a 1M-row import, and the pages it read grew the peak by about 17 MiB). The writer has every fact at hand
/// when it inserts a row, so it notes them here instead: the count, the per-group totals and shapes, the rows above the
/// county bound, and, only for a version with a previous one to merge with, the keys with their record ids. A first
/// import (or --replace onto nothing) therefore keeps nothing per row.
/// </remarks>
internal sealed class OwnRowTally(ActivityPlausibility plausibility)
{
    private readonly Dictionary<long, OwnRows> byVersion = [];
    private readonly StoredRow row = new(); // reused: OwnRows keeps only numbers from it
    private long lastVersion = -1;
    private OwnRows? last;

    /// <summary>The rows of version <paramref name="versionId"/>.</summary>
    public OwnRows this[long versionId] => byVersion[versionId];

    /// <summary>Starts the tally of a new version of <paramref name="region"/>; its keys are kept when it has a previous version to merge with.</summary>
    public void Start(long versionId, string region, bool hasPrevious) =>
        byVersion[versionId] = new OwnRows(ActivityPlausibility.BoundOf(region), hasPrevious);

    /// <summary>Notes one stored row; <paramref name="baseValue"/> is ignored for a notation row.</summary>
    public void Add(long versionId, long recordId, long categoryId, long activityId, long useId, ReadOnlySpan<byte> facilityUtf8,
        double baseValue, string? notationKey, int line)
    {
        if (versionId != lastVersion)
        {
            last = byVersion[versionId];
            lastVersion = versionId;
        }
        row.Id = recordId;
        row.VersionId = versionId;
        row.Key = new RowKey(categoryId, activityId, useId, RowKey.HashOf(facilityUtf8));
        row.BaseValue = notationKey is null ? baseValue : null;
        row.Notation = notationKey;
        row.FileLine = line;
        last!.Add(row, plausibility);
    }
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

    /// <summary>Notes one of the file's rows (the reader may reuse <paramref name="row"/> afterwards).</summary>
    public void Add(StoredRow row, ActivityPlausibility plausibility)
    {
        Count++;
        Group(row).Add(row, own: true);
        if (Keys is { } keys)
        {
            ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, row.Key, out _);
            (ids ??= []).Add(row.Id);
        }
        if (row.BaseValue is { } quantity && plausibility.ExceedsBound(bound, row.Key.ActivityId, quantity) is { } factor)
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

    /// <summary>Adds one row of the file (<paramref name="own"/>) or of the stored version.</summary>
    public void Add(StoredRow row, bool own)
    {
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
