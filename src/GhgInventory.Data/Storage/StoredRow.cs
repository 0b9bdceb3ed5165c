using System.Text;

namespace GhgInventory.Data.Storage;

/// <summary>The key of an activity row within its region-year: category, activity, use and a 64-bit hash of the facility.</summary>
/// <param name="CategoryId">categories.id.</param>
/// <param name="ActivityId">activities.id.</param>
/// <param name="UseId">fuel_uses.id.</param>
/// <param name="FacilityHash">FNV-1a 64 of the facility's UTF-8 bytes; 0 for a blank facility. Equal hashes are confirmed on the text.</param>
internal readonly record struct RowKey(long CategoryId, long ActivityId, long UseId, ulong FacilityHash)
{
    /// <summary>The hash standing for a facility (0 for none).</summary>
    public static ulong HashOf(ReadOnlySpan<byte> facilityUtf8) => facilityUtf8.IsEmpty ? 0 : Fnv1a.Hash64(facilityUtf8) | 1;

    /// <summary>The hash standing for a facility given as text.</summary>
    public static ulong HashOf(string? facility) => string.IsNullOrEmpty(facility) ? 0 : HashOf(Encoding.UTF8.GetBytes(facility));
}

/// <summary>One stored activity row as the store reads it for composing versions and compiling.</summary>
internal sealed class StoredRow
{
    /// <summary>activity_records.id.</summary>
    public long Id { get; set; }

    /// <summary>The version the row was imported in.</summary>
    public long VersionId { get; set; }

    /// <summary>The row's key.</summary>
    public RowKey Key { get; set; }

    /// <summary>The facility text; filled when the reader was asked for text, or for rows held in memory.</summary>
    public string? Facility { get; set; }

    /// <summary>Value as written; null for a notation row.</summary>
    public double? Value { get; set; }

    /// <summary>Value in the base unit; null for a notation row.</summary>
    public double? BaseValue { get; set; }

    /// <summary>text_values.id of the unit as written.</summary>
    public long? UnitId { get; set; }

    /// <summary>Notation key written instead of a number.</summary>
    public string? Notation { get; set; }

    /// <summary>The row's note (read for notation rows, or with text).</summary>
    public string? Note { get; set; }

    /// <summary>Line in its file.</summary>
    public long FileLine { get; set; }

    /// <summary>The worksheet of a record read from a workbook (<see cref="FileLine"/> is then the sheet row); null for a text file.</summary>
    public string? FileSheet { get; set; }

    /// <summary>A copy, for rows kept beyond the reader's current row.</summary>
    public StoredRow Copy() => (StoredRow)MemberwiseClone();
}
