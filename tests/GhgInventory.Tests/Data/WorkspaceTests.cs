using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data;

/// <summary>Versioned activity data and reproducible runs.</summary>
[TestFixture]
public sealed class WorkspaceTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Ordos = RegionCode.Parse("150600");

    [Test]
    public void Open_Uninitialised_Throws()
    {
        using var empty = TempDatabase.Empty();
        Assert.That(() => Workspace.Open(empty.Path, TestClock.Create()), Throws.InvalidOperationException.With.Message.Contains("ghg init"));
    }

    [Test]
    public void Initialize_Twice_StoresNothingNew()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var report = workspace.Initialize();
        Assert.That(report.Migrations, Is.Empty);
        Assert.That(report.NewFactorSets, Is.Empty);
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Initialize_LoadsTheOrdosRegionsWithTheirParents()
    {
        var regions = workspace.References.LoadRegions();
        Assert.That(regions.ChildrenOf(Ordos).Select(r => r.NameZh), Is.EqualTo(new[]
            { "东胜区", "康巴什区", "达拉特旗", "准格尔旗", "鄂托克前旗", "鄂托克旗", "杭锦旗", "乌审旗", "伊金霍洛旗" }));
        Assert.That(regions.GridOf(RegionCode.Parse("150622")), Is.EqualTo("north_china"));
        Assert.That(regions.IsWithin(RegionCode.Parse("150626-01"), Ordos), Is.True);
    }

    [Test]
    public void Ingest_IdenticalContentAgain_ReportsTheEarlierBatchAndChangesNothing()
    {
        byte[] content = ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,");
        var first = ActivityFile.Ingest(workspace, "coal.csv", content);
        string before = DatabaseDump.Content(workspace.Connection);
        var second = ActivityFile.Ingest(workspace, "coal-copy.csv", content);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.AlreadyImportedAs, Is.EqualTo(first.BatchId));
            Assert.That(second.BatchId, Is.Null);
            Assert.That(second.Versions, Is.Empty);
            Assert.That(second.Accepted, Is.True);
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
        }
    }

    [Test]
    public void Ingest_CorrectedContentForTheSameRegionAndYear_MakesVersion2AndKeepsVersion1()
    {
        var v1 = ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8(
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,",
            "150621,2020,1.A.1.a.i,raw_coal,50,万吨,test,"));
        var v2 = ActivityFile.Ingest(workspace, "coal-corrected.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,110,万吨,corrected,"));
        Assert.That(v1.Versions, Is.EqualTo(new[] { ("150621", 2020, 1), ("150622", 2020, 1) }));
        Assert.That(v2.Versions, Is.EqualTo(new[] { ("150622", 2020, 2) }));
        var versions = workspace.Connection.Query<(string Region, long Version, long Batch, long Records)>("""
            SELECT v.region_code, v.version, v.batch_id, (SELECT count(*) FROM activity_records r WHERE r.version_id = v.id)
            FROM activity_versions v ORDER BY v.region_code, v.version
            """);
        Assert.That(versions, Is.EqualTo(new[]
        {
            ("150621", 1L, v1.BatchId!.Value, 1L),
            ("150622", 1L, v1.BatchId.Value, 1L),
            ("150622", 2L, v2.BatchId!.Value, 1L),
        }));

        // A new run uses version 2 for 准格尔旗 and still version 1 for 达拉特旗 (the correction did not name it).
        var (_, result) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());
        var coal = result.Sources.Where(s => s.Activity == "raw_coal").ToDictionary(s => s.Region.Value, s => s.ActivityBase);
        // 50 万吨 = 5 × 10^5 t (version 1), 110 万吨 = 1.1 × 10^6 t (version 2): exact products.
        const double ExactTol = 0.0;
        Assert.That(coal.Keys, Is.EquivalentTo(new[] { "150621", "150622" }));
        Assert.That(coal["150621"], Is.EqualTo(5e5).Within(ExactTol));
        Assert.That(coal["150622"], Is.EqualTo(1.1e6).Within(ExactTol));
    }

    [Test]
    public void Compile_AfterANewVersion_TheEarlierRunStillReportsItsOwnNumbers()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,"));
        var (run1, _) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());
        var before = workspace.Summarize(run1, Ordos, 2020);

        ActivityFile.Ingest(workspace, "coal-corrected.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,110,万吨,corrected,"));
        var (run2, _) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());
        var oldRunNow = workspace.Summarize(run1, Ordos, 2020);
        var newRun = workspace.Summarize(run2, Ordos, 2020);

        // 100 万吨 × 1.9002988488 t/t = 1 900 298.8488 t CO2; 110 万吨 gives 2 090 328.73368 t.
        const double RelTol = 1e-9; // arithmetic only
        using (Assert.EnterMultipleScope())
        {
            Assert.That(oldRunNow.Territorial, Is.EqualTo(before.Territorial), "a stored run never changes");
            Assert.That(oldRunNow.Territorial.Co2Tonnes, Is.EqualTo(1900298.8488).Within(RelTol * 1900298.8488));
            Assert.That(newRun.Territorial.Co2Tonnes, Is.EqualTo(2090328.73368).Within(RelTol * 2090328.73368));
            Assert.That(run2.InputsSha256, Is.Not.EqualTo(run1.InputsSha256));
        }
        var usedVersions = workspace.Connection.Query<(long Run, long Version)>("""
            SELECT rav.run_id, v.version FROM run_activity_versions rav JOIN activity_versions v ON v.id = rav.version_id ORDER BY rav.run_id
            """);
        Assert.That(usedVersions, Is.EqualTo(new[] { (run1.Id, 1L), (run2.Id, 2L) }));
    }

    [Test]
    public void Explain_ALine_TracesItsRecordToFileAndLine()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8(
            "150621,2020,1.A.2.c,coke,1,万吨,test,",
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,平衡表,"));
        var (run, _) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());
        var traces = workspace.Explain(run, RegionCode.Parse("150622"), 2020, CategoryCode.Parse("1.A.1"), "raw_coal", Gas.CO2, 20);
        Assert.That(traces, Has.Count.EqualTo(1));
        var record = traces[0].Records.Single();
        Assert.That((record.FileName, record.FileLine, record.Value, record.Unit, record.Source), Is.EqualTo(("coal.csv", 3L, 100.0, "万吨", "平衡表")));
        Assert.That(traces[0].RecordCount, Is.EqualTo(1));
    }

    [Test]
    public void Explain_EarlierRunAfterANewVersion_StillTracesToTheEarlierFile()
    {
        ActivityFile.Ingest(workspace, "coal-v1.csv", ActivityFile.Utf8("150622,2020,1.A.1.a.i,raw_coal,100,万吨,v1,"));
        var (run1, _) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());
        ActivityFile.Ingest(workspace, "coal-v2.csv", ActivityFile.Utf8(
            "150622,2020,1.A.2.c,coke,1,万吨,v2,",
            "150622,2020,1.A.1.a.i,raw_coal,110,万吨,v2,"));
        var (run2, _) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());

        // Values are the records as written in each file.
        var old = workspace.Explain(run1, Ordos, 2020, CategoryCode.Parse("1.A.1.a.i"), "raw_coal", Gas.CO2, 20).Single();
        var now = workspace.Explain(run2, Ordos, 2020, CategoryCode.Parse("1.A.1.a.i"), "raw_coal", Gas.CO2, 20).Single();
        Assert.That(old.Records.Select(r => (r.FileName, r.FileLine, r.Value, r.Version)), Is.EqualTo(new[] { ("coal-v1.csv", 2L, 100.0, 1L) }));
        Assert.That(now.Records.Select(r => (r.FileName, r.FileLine, r.Value, r.Version)), Is.EqualTo(new[] { ("coal-v2.csv", 3L, 110.0, 2L) }));
    }

    [Test]
    public void Explain_FacilityRows_AreEachListedAndSummed()
    {
        var content = System.Text.Encoding.UTF8.GetBytes(
            "region,year,category,activity,value,unit,facility\n" +
            "150622,2020,1.A.1.a.i,raw_coal,60,万吨,plant-A\n" +
            "150622,2020,1.A.2.c,coke,1,万吨,plant-A\n" +
            "150622,2020,1.A.1.a.i,raw_coal,40,万吨,plant-B\n");
        Assert.That(ActivityFile.Ingest(workspace, "plants.csv", content).Accepted, Is.True);
        var (run, result) = workspace.Compile(2020, 2020, Ordos, GwpSet.Default, new CompileOptions());
        var trace = workspace.Explain(run, Ordos, 2020, CategoryCode.Parse("1.A.1.a.i"), "raw_coal", Gas.CO2, 20).Single();
        // 60 + 40 万吨 = 10^6 t: one source of two records, the coke row between them is not part of it.
        const double ExactTol = 0.0; // sums of exact multiples of 10^4
        Assert.That(trace.Source.ActivityBase, Is.EqualTo(1e6).Within(ExactTol));
        Assert.That(trace.RecordCount, Is.EqualTo(2));
        Assert.That(trace.Records.Select(r => (r.FileLine, r.Facility)), Is.EqualTo(new[] { (2L, "plant-A"), (4L, "plant-B") }));
        Assert.That(result.Sources, Has.Count.EqualTo(2));
    }

    [Test]
    public void Compile_ForOneBanner_TakesOnlyItsRecords()
    {
        ActivityFile.Ingest(workspace, "coal.csv", ActivityFile.Utf8(
            "150621,2020,1.A.1.a.i,raw_coal,50,万吨,test,",
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,",
            "150600,2020,1.A.3.c,diesel,1,万吨,test,"));
        var (run, result) = workspace.Compile(2020, 2020, RegionCode.Parse("150622"), GwpSet.Default, new CompileOptions());
        Assert.That(result.Sources.Select(s => s.Region.Value).Distinct(), Is.EqualTo(new[] { "150622" }));
        Assert.That(run.RegionCode, Is.EqualTo("150622"));
        Assert.That(workspace.Runs.FindLatest(2020, RegionCode.Parse("150622"), workspace.References.LoadRegions(), null)!.Id, Is.EqualTo(run.Id));
        Assert.That(workspace.Runs.FindLatest(2020, Ordos, workspace.References.LoadRegions(), null), Is.Null, "a banner run does not cover the city");
    }

    [Test]
    public void Compile_UnknownGwpSet_Throws()
    {
        Assert.That(() => workspace.Compile(2020, 2020, Ordos, new GwpSet("AR7"), new CompileOptions()),
            Throws.ArgumentException.With.Message.Contains("AR7"));
    }
}
