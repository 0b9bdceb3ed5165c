using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GhgInventory.Data.Storage;

/// <summary>Turns the result codes of SQLite's raw statement API into exceptions, as Microsoft.Data.Sqlite does for its own calls.</summary>
internal static class SqliteResult
{
    /// <summary>Throws unless <paramref name="rc"/> is OK, DONE or ROW; <paramref name="doing"/> says what was being done.</summary>
    public static void Check(int rc, string doing)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(Text.Format(DataStorageText.SqliteError, rc, raw.sqlite3_errstr(rc).utf8_to_string(), doing), rc);
        }
    }
}
