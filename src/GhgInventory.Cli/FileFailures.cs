using Microsoft.Data.Sqlite;

namespace GhgInventory.Cli;

/// <summary>Turns a failure of the file system or of SQLite on the database file into a sentence naming the file, why and what to do.</summary>
public static class FileFailures
{
    // SQLite primary result codes (https://www.sqlite.org/rescode.html).
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>The message for <paramref name="e"/>, raised while a verb worked on the database <paramref name="dbPath"/> (null when the verb has none).</summary>
    public static string Describe(SqliteException e, string? dbPath)
    {
        ArgumentNullException.ThrowIfNull(e);
        string file = dbPath ?? "the database file";
        string folder = dbPath is null ? "its folder" : $"its folder {FolderOf(dbPath)}";
        return (e.SqliteErrorCode & 0xFF) switch
        {
            SqliteReadOnly => $"{file} cannot be written: the file is read-only for you, or {folder} does not let you create the {Path.GetFileName(dbPath ?? "FILE")}-journal"
                + " file a write needs beside it. Nothing was changed. Make the file and its folder writable for you, or work on a copy in a folder of your own.",
            SqliteCantOpen => $"{file} cannot be opened or written: {folder} does not exist, or does not let you create files in it (a write creates"
                + $" {Path.GetFileName(dbPath ?? "FILE")}-journal beside the database). Nothing was changed. Check the path, create the folder, or make it writable for you.",
            SqliteFull => $"{file} cannot grow: the disk or your quota is full. Nothing was changed (the write was rolled back). Free some space and run the command again.",
            SqliteIoError => $"reading or writing {file} failed in the file system ({e.Message}). Nothing was changed (the write was rolled back). Check the disk, or copy the file to a local disk.",
            5 or 6 => $"{file} is in use: another ghg command (an import or compile) held its lock for over {Data.Storage.Database.BusyTimeoutMilliseconds / 1000} s. "
                + "Nothing was changed. Run this again when that command has finished.",
            _ => $"SQLite failed on {file}: {e.Message}",
        };
    }

    /// <summary>The message for a file-system exception (access denied, path too long …) raised while a verb worked on <paramref name="dbPath"/>.</summary>
    public static string Describe(Exception e, string? dbPath)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            SqliteException sqlite => Describe(sqlite, dbPath),
            // .NET's own text ("Access to the path '…' is denied.") names the file but not why nor what to do.
            UnauthorizedAccessException when e.Message.StartsWith("Access to the path", StringComparison.Ordinal) => $"{e.Message.TrimEnd('.')}: the file or its folder is read-only for you. Nothing was changed."
                + " Make them writable for you, or use another --db in a folder of your own.",
            _ => e.Message,
        };
    }

    private static string FolderOf(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return string.IsNullOrEmpty(folder) ? "/" : folder;
    }
}
