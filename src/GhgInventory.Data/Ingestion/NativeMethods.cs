using System.Runtime.InteropServices;

namespace GhgInventory.Data.Ingestion;

/// <summary>The few SQLite functions the bulk insert calls per row, declared on the raw statement pointer.</summary>
/// <remarks>
/// SQLitePCLRaw passes its statement as a SafeHandle, and the runtime adds and releases a reference around every call: on the
/// 1M-row benchmark that was about 5 % of the import's CPU (perf: SafeHandle.DangerousAddRef and InternalRelease on the writing
/// thread). The statement is still prepared, owned and finalised through SQLitePCLRaw; these are the same functions of the
/// same library it loads (its provider imports them from "e_sqlite3" too), called with the pointer it holds.
/// </remarks>
internal static class NativeMethods
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_int64(IntPtr stmt, int index, long value);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_double(IntPtr stmt, int index, double value);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_null(IntPtr stmt, int index);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_text(IntPtr stmt, int index, ref byte text, int length, IntPtr destructor);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_step(IntPtr stmt);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_reset(IntPtr stmt);

    // Column reads of the compile's scan of a million rows (RunStore.LoadSourceRows), for the same reason as the binds. They
    // only read the current row's memory (no I/O, no lock, no callback), so the GC transition around each call is skipped
    // (SuppressGCTransition: for short functions that never block).
    [DllImport(Library)]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern long sqlite3_column_int64(IntPtr stmt, int column);

    [DllImport(Library)]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double sqlite3_column_double(IntPtr stmt, int column);

    [DllImport(Library)]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_column_type(IntPtr stmt, int column);
}
