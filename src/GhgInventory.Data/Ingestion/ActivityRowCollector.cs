using System.Text;
using GhgInventory.Core.Domain;

namespace GhgInventory.Data.Ingestion;

/// <summary>Keeps the valid rows of a checked (never stored) activity file as the core sees them, with each row's facility.</summary>
/// <remarks>Fed by <see cref="ActivityIngestor"/> inside its validation loop (<see cref="IngestOptions.Collector"/>), so the rows are exactly
/// those <c>ghg ingest --check</c> accepts; a record's <see cref="ActivityRecord.Id"/> is the file line it came from (nothing is stored).</remarks>
internal sealed class ActivityRowCollector
{
    /// <summary>The valid rows, in file order.</summary>
    public List<ActivityRecord> Records { get; } = [];

    /// <summary>Each row's facility id (empty when none), parallel to <see cref="Records"/>.</summary>
    public List<string> Facilities { get; } = [];

    /// <summary>Adds one valid row.</summary>
    public void Add(in ActivityRow row, Vocabulary vocabulary)
    {
        NotationKey? notation = row.NotationKey is { } key && Enum.TryParse<NotationKey>(key, ignoreCase: true, out var parsed) ? parsed : null;
        Records.Add(new ActivityRecord(row.Line, RegionCode.Parse(vocabulary.RegionCodes[row.Region]), row.Year,
            CategoryCode.Parse(vocabulary.CategoryCodes[row.Category]), vocabulary.ActivityKeys[row.Activity],
            notation is null ? row.BaseValue : 0, (FuelUse)row.Use, notation, row.Note.IsEmpty ? null : Encoding.UTF8.GetString(row.Note)));
        Facilities.Add(Encoding.UTF8.GetString(row.Facility).Trim());
    }
}
