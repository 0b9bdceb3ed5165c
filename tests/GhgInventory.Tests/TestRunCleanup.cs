using GhgInventory.Tests.Support;

namespace GhgInventory.Tests;

/// <summary>Deletes what the whole run shared once every test has finished (a set-up fixture of the root namespace covers every test).</summary>
[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void DeleteSharedFiles()
    {
        OrdosSample.DisposeShared();
        DemoRun.DisposeShared();
        TempDatabase.DeleteTemplate();
    }
}
