using GhgInventory.Core.Domain;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.ReferenceData;

/// <summary>Finds a region by what a person writes for it: its code, Chinese name or English name, in any ASCII case and in full-width forms, as activity files are read (<see cref="Vocabulary"/> holds the same folded names).</summary>
public static class RegionNames
{
    /// <summary>The region <paramref name="text"/> names, or null.</summary>
    public static Region? Find(RegionTree regions, string? text)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (regions.TryFind(text, out var exact))
        {
            return exact;
        }
        string folded = TextFields.Fold(text);
        return regions.All.OrderBy(r => r.Code.Value, StringComparer.Ordinal)
            .FirstOrDefault(r => TextFields.Fold(r.Code.Value) == folded || TextFields.Fold(r.NameZh) == folded || TextFields.Fold(r.NameEn) == folded);
    }
}
