using GhgInventory.Data;

namespace GhgInventory.Tests.Support;

/// <summary>Base of the fixtures whose every test starts on its own initialised database, opened as a workspace with the test clock.</summary>
/// <remarks>A derived fixture's own [SetUp] runs after this one's, so it can ingest what all its tests share.</remarks>
public abstract class FreshWorkspaceFixture
{
    private protected TempDatabase database = null!;
    private protected Workspace workspace = null!;

    [SetUp]
    public void OpenFreshDatabase()
    {
        database = TempDatabase.Initialized();
        workspace = database.Open();
    }

    [TearDown]
    public void DeleteFreshDatabase()
    {
        workspace.Dispose();
        database.Dispose();
    }
}
