namespace GhgInventory.Data.Storage;

/// <summary>What a path holds, as judged by <see cref="Database.Inspect"/> without writing to it.</summary>
public enum DatabaseFileKind
{
    /// <summary>Nothing there yet (or <c>:memory:</c>): a new database may be created.</summary>
    Missing,

    /// <summary>A file of 0 bytes, or a SQLite database with no tables: it may be initialised.</summary>
    Empty,

    /// <summary>An inventory database whose schema this engine knows (possibly older, to be migrated by init).</summary>
    Inventory,

    /// <summary>An inventory database whose schema is newer than this engine knows.</summary>
    NewerInventory,

    /// <summary>A SQLite database of another program (tables, but no inventory schema_version).</summary>
    ForeignSqlite,

    /// <summary>Not a SQLite database at all (a text file, a folder, a damaged file).</summary>
    NotSqlite,

    /// <summary>An inventory database another process is writing to (an import or compile holds its lock beyond the busy timeout).</summary>
    Busy,
}
