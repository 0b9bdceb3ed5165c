namespace GhgInventory.Data.Storage;

/// <summary>What <see cref="Database.Inspect"/> found at a path.</summary>
/// <param name="Path">The path inspected.</param>
/// <param name="Kind">What the file is.</param>
/// <param name="SchemaVersion">The highest schema_version row of an inventory database, else 0.</param>
/// <param name="ActivityRecords">Activity records stored in an inventory database when counted (see <see cref="Database.Inspect"/>), else 0.</param>
/// <param name="CreatedBy">The workspace property created_by (e.g. "ghg demo"), or null.</param>
/// <param name="Detail">A short description of the file for messages, e.g. "a SQLite database with tables users, posts".</param>
public sealed record DatabaseFileInfo(string Path, DatabaseFileKind Kind, int SchemaVersion, long ActivityRecords, string? CreatedBy, string Detail)
{
    /// <summary>True when an inventory database, or an empty or missing file, may be created or migrated here.</summary>
    public bool CanInitialise => Kind is DatabaseFileKind.Missing or DatabaseFileKind.Empty or DatabaseFileKind.Inventory;
}
