namespace GhgInventory.Tests.Support;

/// <summary><c>ghg demo</c> run once per test run into a temporary database, shared by the tests that read its output or database.</summary>
internal static class DemoRun
{
    private static readonly Lock SharedLock = new();
    private static (TempDatabase Database, CliResult Result)? shared;

    public static string DatabasePath => Get().Database.Path;

    public static CliResult Result => Get().Result;

    public static void DisposeShared()
    {
        lock (SharedLock)
        {
            shared?.Database.Dispose();
            shared = null;
        }
    }

    private static (TempDatabase Database, CliResult Result) Get()
    {
        lock (SharedLock)
        {
            if (shared is null)
            {
                var database = TempDatabase.Empty();
                shared = (database, CliRunner.RunZh("demo", "--db", database.Path));
            }
            return shared.Value;
        }
    }
}
