using System.Collections;

namespace GhgInventory.Core.Accounting;

/// <summary>The ids of a source's records when only their count and first and last id are at hand (a stored sum); the rest are read on first use.</summary>
/// <remarks>
/// Storing a run needs only the count and the first and last id; anything that looks further (an element in between,
/// an enumeration) gets the full list from <c>load</c>, once, and checks it against the count and both ends.
/// </remarks>
public sealed class RecordIdRange : IReadOnlyList<long>
{
    private readonly Func<IReadOnlyList<long>> load;
    private IReadOnlyList<long>? all;

    /// <summary>Creates the list of <paramref name="count"/> ids from <paramref name="first"/> to <paramref name="last"/>, ascending; <paramref name="load"/> gives them all.</summary>
    public RecordIdRange(int count, long first, long last, Func<IReadOnlyList<long>> load)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        ArgumentNullException.ThrowIfNull(load);
        Count = count;
        First = first;
        Last = last;
        this.load = load;
    }

    /// <summary>How many ids.</summary>
    public int Count { get; }

    /// <summary>The lowest id.</summary>
    public long First { get; }

    /// <summary>The highest id.</summary>
    public long Last { get; }

    /// <inheritdoc/>
    public long this[int index] =>
        index == 0 ? First : index == Count - 1 ? Last : All()[index];

    /// <inheritdoc/>
    public IEnumerator<long> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyList<long> All()
    {
        if (all is null)
        {
            var loaded = load();
            if (loaded.Count != Count || loaded[0] != First || loaded[^1] != Last)
            {
                throw new InvalidOperationException($"The stored sum names {Count} records {First}–{Last}; reading them gave {loaded.Count}.");
            }
            all = loaded;
        }
        return all;
    }
}
