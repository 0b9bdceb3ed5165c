using System.Text.RegularExpressions;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Cli;

/// <summary>Turns a failure of the file system or of SQLite on the database file into a sentence naming the file, why and what to do.</summary>
public static partial class FileFailures
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
        string file = dbPath ?? CliText.DbFileUnnamed;
        string folder = dbPath is null ? CliText.FolderUnnamed : Text.Format(CliText.FolderNamed, FolderOf(dbPath));
        string journal = Path.GetFileName(dbPath ?? "FILE");
        return (e.SqliteErrorCode & 0xFF) switch
        {
            SqliteReadOnly => Text.Format(CliText.SqliteReadOnly, file, folder, journal),
            SqliteCantOpen => Text.Format(CliText.SqliteCantOpen, file, folder, journal),
            SqliteFull => Text.Format(CliText.SqliteFull, file),
            SqliteIoError => Text.Format(CliText.SqliteIoError, file, e.Message),
            5 or 6 => Text.Format(CliText.SqliteBusy, file, Data.Storage.Database.BusyTimeoutMilliseconds / 1000),
            _ => Text.Format(CliText.SqliteOther, file, e.Message),
        };
    }

    /// <summary>The message for a file-system exception (access denied, path too long …) raised while a verb worked on <paramref name="dbPath"/>.</summary>
    public static string Describe(Exception e, string? dbPath)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            SqliteException sqlite => Describe(sqlite, dbPath),
            // .NET's own text ("Access to the path '…' is denied.") names the file but not why nor what to do; .NET says it in English only.
            UnauthorizedAccessException when AccessDeniedText().Match(e.Message) is { Success: true } m => Text.Format(CliText.AccessDenied, m.Groups["path"].Value),
            _ => e.Message,
        };
    }

    [GeneratedRegex(@"^Access to the path '(?<path>.*)' is denied\.?$", RegexOptions.Singleline)]
    private static partial Regex AccessDeniedText();

    private static string FolderOf(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return string.IsNullOrEmpty(folder) ? "/" : folder;
    }
}
