using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Ingestion;

/// <summary>Which (activity, category) groups of a composed version could overlap, whatever the rows' use, from a few bits per group, so that only their rows are read again.</summary>
/// <remarks>The use is left out on purpose: an energy-balance total (a blank facility, or an ancestor category) includes the fuel
/// used as feedstock or in enterprises' own plants, so a total beside detail rows of another use counts that fuel twice as surely as
/// beside rows of its own use. Groups keep a use slot of 0 so that <see cref="GroupOf"/> stays one shape for every caller.</remarks>
internal sealed class OverlapShapes(StoreNames names)
{
    [Flags]
    private enum Has
    {
        None = 0,
        OwnBlank = 1,
        OwnFacility = 2,
        StoredBlank = 4,
        StoredFacility = 8,
        Blank = OwnBlank | StoredBlank,
        Facility = OwnFacility | StoredFacility,
        Own = OwnBlank | OwnFacility,
    }

    private readonly Dictionary<(long Activity, long Use), Dictionary<long, Has>> groups = [];

    /// <summary>The group of a row: activity, any use (0), category.</summary>
    public static (long Activity, long Use, long Category) GroupOf(StoredRow row) => (row.Key.ActivityId, AnyUse, row.Key.CategoryId);

    /// <summary>The use slot of every group.</summary>
    private const long AnyUse = 0;

    /// <summary>The shape bit of a numeric row of the file (<paramref name="own"/>) or of the stored version, blank facility or not.</summary>
    public static int Bit(bool own, bool blank) =>
        (int)(own ? (blank ? Has.OwnBlank : Has.OwnFacility) : (blank ? Has.StoredBlank : Has.StoredFacility));

    /// <summary>Notes the shape (<see cref="Bit"/>s) of the numeric rows of one (activity, category) of some use, merged with its other uses; notation rows never overlap.</summary>
    public void Add(long activity, long category, int shape)
    {
        const long use = AnyUse;
        if (shape == 0)
        {
            return;
        }
        if (!groups.TryGetValue((activity, use), out var categories))
        {
            groups[(activity, use)] = categories = [];
        }
        categories[category] = categories.GetValueOrDefault(category) | (Has)shape;
    }

    /// <summary>The (activity, any use, category) groups whose rows could overlap with a row of the file.</summary>
    public HashSet<(long Activity, long Use, long Category)> Risky()
    {
        var risky = new HashSet<(long, long, long)>();
        foreach (var ((activity, use), categories) in groups)
        {
            if (!categories.Values.Any(h => (h & Has.Own) != 0))
            {
                continue;
            }
            foreach (var (category, has) in categories)
            {
                if (((has & Has.OwnBlank) != 0 && (has & Has.Facility) != 0) || ((has & Has.StoredBlank) != 0 && (has & Has.OwnFacility) != 0))
                {
                    risky.Add((activity, use, category));
                }
                foreach (long ancestor in Ancestors(category))
                {
                    if (!categories.TryGetValue(ancestor, out var above))
                    {
                        continue;
                    }
                    bool possible = ((above & Has.Blank) != 0) || ((above & Has.Facility) != 0 && (has & Has.Facility) != 0);
                    if (possible && ((above | has) & Has.Own) != 0)
                    {
                        risky.Add((activity, use, category));
                        risky.Add((activity, use, ancestor));
                    }
                }
            }
        }
        return risky;
    }

    private IEnumerable<long> Ancestors(long categoryId)
    {
        string code = names.Categories[categoryId];
        for (int dot = code.LastIndexOf('.'); dot > 0; dot = code.LastIndexOf('.'))
        {
            code = code[..dot];
            if (names.CategoryIds.TryGetValue(code, out long id))
            {
                yield return id;
            }
        }
    }
}
