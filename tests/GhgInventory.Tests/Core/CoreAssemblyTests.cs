using GhgInventory.Core.Units;

namespace GhgInventory.Tests.Core;

/// <summary>The accounting core is pure: no storage, no file formats (NodaTime-style reflection test).</summary>
[TestFixture]
public sealed class CoreAssemblyTests
{
    [TestCase("Microsoft.Data.Sqlite")]
    [TestCase("Dapper")]
    [TestCase("Sylvan.Data.Csv")]
    [TestCase("SQLitePCLRaw.core")]
    [TestCase("Spectre.Console")]
    [TestCase("System.CommandLine")]
    [TestCase("System.Data")]
    public void GetReferencedAssemblies_Core_DoesNotReference(string assembly)
    {
        var referenced = typeof(Unit).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.That(referenced, Has.None.StartsWith(assembly));
    }

    [Test]
    public void GetReferencedAssemblies_Core_ReferencesOnlyTheRuntimeNodaTimeAndMathNet()
    {
        var referenced = typeof(Unit).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.That(referenced.Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard"),
            Is.SubsetOf(new[] { "NodaTime", "MathNet.Numerics" }));
    }

    [Test]
    public void GetReferencedAssemblies_Core_DoesNotReferenceTheOtherProjects()
    {
        var referenced = typeof(Unit).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.That(referenced, Has.None.StartsWith("GhgInventory."));
    }
}
