using GhgInventory.Core.Reporting;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Ingestion;

/// <summary>Finds rows of a composed version that would be counted twice: a category beside its own ancestor, or a blank-facility total beside facility rows.</summary>
/// <remarks>
/// Row A covers row B when they have the same activity (whatever their uses: a total of the energy balance includes fuel used
/// as feedstock or in own plants), A's category is B's or an ancestor of it, A's facility is blank or B's, and they are not
/// the same key; two blank-facility rows of one category and different uses are two flows, not a total and its part. Only pairs with a row of the new file are reported (stored data was checked
/// when it came). Notation rows never overlap: IE at a detail category beside its total is how IPCC says "included elsewhere".
/// Each row looks up its ancestor categories in a hash index of the version's rows, so the work is rows × depth.
/// </remarks>
internal static class OverlapFinder
{
    /// <summary>The overlaps in <paramref name="rows"/> involving a row of version <paramref name="versionId"/> (the new file's).</summary>
    public static IEnumerable<ValidationIssue> Find(string fileName, long versionId, IReadOnlyList<StoredRow> rows, StoreNames names)
    {
        var numeric = rows.Where(r => r.Notation is null).ToList();
        var groups = numeric.Where(r => r.VersionId == versionId).Select(r => r.Key.ActivityId).ToHashSet();
        var index = numeric.Where(r => groups.Contains(r.Key.ActivityId))
            .ToLookup(r => (r.Key.ActivityId, r.Key.CategoryId, r.Key.FacilityHash));
        var issues = new List<ValidationIssue>();
        foreach (var detail in numeric.Where(r => groups.Contains(r.Key.ActivityId)))
        {
            foreach (long category in SelfAndAncestors(names, detail.Key.CategoryId))
            {
                bool sameCategory = category == detail.Key.CategoryId;
                // Blank facility at this category (a total of the facility rows or of the detail categories) …
                var coverers = index[(detail.Key.ActivityId, category, 0UL)].AsEnumerable();
                // … or the same facility at an ancestor category.
                if (!sameCategory && detail.Key.FacilityHash != 0)
                {
                    coverers = coverers.Concat(index[(detail.Key.ActivityId, category, detail.Key.FacilityHash)]
                        .Where(r => r.Facility == detail.Facility));
                }
                foreach (var total in coverers.Where(t => t.Id != detail.Id && (t.VersionId == versionId || detail.VersionId == versionId)))
                {
                    if (sameCategory && detail.Facility is null)
                    {
                        continue; // two blank-facility rows of one category: the same key (the duplicate check's) or two uses, two flows
                    }
                    issues.Add(Issue(fileName, versionId, total, detail, sameCategory, names));
                }
            }
        }
        return issues;
    }

    private static ValidationIssue Issue(string fileName, long versionId, StoredRow total, StoredRow detail, bool sameCategory, StoreNames names)
    {
        string Where(StoredRow r) => r.VersionId == versionId ? Text.Format(DataIngestText.OverlapWhereLine, r.FileLine) : Text.Format(DataIngestText.OverlapWhereStored, new SourceLocation(names.FileOf(r.VersionId), checked((int)r.FileLine), r.FileSheet));
        bool ownIsTotal = total.VersionId == versionId;
        var own = ownIsTotal ? total : detail;
        // Found names this file's row briefly; expected names the other row and says what to do, so neither is cut by the
        // 80-character cap on quoted values.
        string found = Text.Format(DataIngestText.OverlapFound, names.Describe(own), names.ValueText(own), ownIsTotal && sameCategory ? DataIngestText.OverlapBlankFacility : "");
        string fix = sameCategory
            ? Text.Format(DataIngestText.ExpectedOverlapFacility, names.Describe(total), names.ValueText(total), Where(total),
                names.Describe(detail), names.ValueText(detail), Where(detail))
            : Text.Format(DataIngestText.ExpectedOverlapCategory, names.Describe(total), names.ValueText(total), Where(total),
                names.Describe(detail), names.ValueText(detail), Where(detail), names.Categories[total.Key.CategoryId]);
        return new ValidationIssue(fileName, checked((int)own.FileLine), null, found, fix);
    }

    private static IEnumerable<long> SelfAndAncestors(StoreNames names, long categoryId)
    {
        string code = names.Categories[categoryId];
        while (true)
        {
            if (names.CategoryIds.TryGetValue(code, out long id))
            {
                yield return id;
            }
            int dot = code.LastIndexOf('.');
            if (dot < 0)
            {
                yield break;
            }
            code = code[..dot];
        }
    }
}
