using System.Text.RegularExpressions;
using Dapper;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data;

/// <summary>Issue 12 items 6–7 / build 6: a run's inputs hash is made of content, not database ids; reference data is versioned with the run.</summary>
[TestFixture]
public sealed partial class Issue12RunIdentityTests
{
    private readonly List<TempFolder> folders = [];

    [TearDown]
    public void TearDown()
    {
        folders.ForEach(f => f.Dispose());
        folders.Clear();
    }

    private string NewDatabase()
    {
        var folder = TempFolder.Create("ghg-identity");
        folders.Add(folder);
        Assert.That(CliRunner.Run("init", "--db", folder.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        return folder.Db;
    }

    private static void Ingest(string db, string name, params string[] rows)
    {
        string file = Path.Combine(Path.GetDirectoryName(db)!, name);
        File.WriteAllText(file, ActivityFile.Text(rows));
        var ingest = CliRunner.Run("ingest", file, "--db", db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
    }

    private static string Compile(string db, string region)
    {
        var compile = CliRunner.Run("compile", "--year", "2020", "--region", region, "--db", db);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        return InputsPattern().Match(compile.Out).Groups[1].Value;
    }

    [GeneratedRegex(@"inputs ([0-9a-f]{12})")]
    private static partial Regex InputsPattern();

    [Test]
    public void Issue12_ThreeBannerFilesInThreeDatabases_GiveThreeHashes()
    {
        // Each database holds one file with one version (id 1), one batch (id 1): a hash of ids made them all equal (dc235c58fb2e).
        var hashes = new[] { ("150621", "100"), ("150622", "200"), ("150626", "300") }.Select(banner =>
        {
            string db = NewDatabase();
            Ingest(db, "banner.csv", $"{banner.Item1},2020,1.A.1.a.i,raw_coal,{banner.Item2},万吨,stat,");
            return Compile(db, "150600");
        }).ToList();
        Assert.That(hashes.All(h => h.Length == 12), Is.True, string.Join(", ", hashes));
        Assert.That(hashes.Distinct().Count(), Is.EqualTo(3), string.Join(", ", hashes));
    }

    [Test]
    public void Issue12_SameFileInTwoDatabases_GivesTheSameHash_WhateverTheIds()
    {
        string[] rows = ["150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,", "150622,2020,1.A.3.b,diesel,1000,t,stat,"];
        string first = NewDatabase();
        Ingest(first, "jungar.csv", rows);

        // The second database got another banner's file first, so the same file has other batch, version and record ids.
        string second = NewDatabase();
        Ingest(second, "other.csv", "150621,2020,1.A.1.a.i,raw_coal,5,万吨,stat,");
        Ingest(second, "copy-of-jungar.csv", rows);

        string a = Compile(first, "150622"), b = Compile(second, "150622");
        Assert.That(b, Is.EqualTo(a));
        // Different options are different inputs.
        var national = CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--grid", "national", "--db", second);
        Assert.That(InputsPattern().Match(national.Out).Groups[1].Value, Is.Not.EqualTo(a));
    }

    [Test]
    public void Issue12_ReferenceDataEditedInPlace_DoesNotChangeAnOldRunsReport_ButChangesTheHash()
    {
        string db = NewDatabase();
        Ingest(db, "jungar.csv", "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,");
        string before = Compile(db, "150600");
        string oldReport = CliRunner.Run("report", "--run", "1", "--year", "2020", "--format", "json", "--db", db).Out;
        Assert.That(oldReport, Does.Contain("\"name_zh\": \"准格尔旗\""));

        // As 'ghg init' after an edit of the bundled files would: names upserted in place.
        using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            connection.Execute("UPDATE regions SET name_zh = '准格尔旗(改)' WHERE code = '150622'");
            connection.Execute("UPDATE categories SET name_en = 'Renamed energy' WHERE code = '1.A'");
        }
        var reprint = CliRunner.Run("report", "--run", "1", "--year", "2020", "--format", "json", "--db", db);
        Assert.That(reprint.Out, Is.EqualTo(oldReport), "an old run is summarized with the reference data it was compiled with");
        Assert.That(reprint.Error, Does.Contain("the reference data (regions, grid mapping, categories, activity vocabulary, substances) changed since run #1"));

        string after = Compile(db, "150600");
        Assert.That(after, Is.Not.EqualTo(before), "reference data are part of a run's inputs");
        Assert.That(CliRunner.Run("report", "--year", "2020", "--format", "json", "--db", db).Out, Does.Contain("准格尔旗(改)"));
    }
}
