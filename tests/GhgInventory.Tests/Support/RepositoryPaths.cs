namespace GhgInventory.Tests.Support;

/// <summary>Folders of the source tree, found by walking up from the test binaries to the folder holding GhgInventory.slnx.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string TestProject => Path.Combine(Root, "tests", "GhgInventory.Tests");

    public static string Approved => Path.Combine(TestProject, "Approved");

    /// <summary>Cases are copied beside the test assembly.</summary>
    public static string Cases => Path.Combine(AppContext.BaseDirectory, "Cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GhgInventory.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains GhgInventory.slnx.");
    }
}
