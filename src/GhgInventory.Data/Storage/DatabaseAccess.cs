namespace GhgInventory.Data.Storage;

/// <summary>How a connection may touch the database file.</summary>
public enum DatabaseAccess
{
    /// <summary>Read only: no journal, no WAL files, no pragma that writes; works in a read-only folder.</summary>
    ReadOnly,

    /// <summary>Read and write, creating the file if it does not exist; a WAL database is converted to the rollback journal.</summary>
    ReadWrite,
}
