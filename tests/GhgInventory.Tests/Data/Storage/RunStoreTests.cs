using System.Text;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Storage;

/// <summary>Issue 12: the records behind a run's sources, read for all of explain's lines in one pass.</summary>
[TestFixture]
public sealed class RunStoreTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Zhungeer = RegionCode.Parse("150622");

    [Test]
    public void Issue12_RecordsOfACorrectedVersion_AreTheLowestIdsOfItsEffectiveRowsWhateverTheLimit()
    {
        // v1: F1, F2, F3 of raw coal with diesel rows between them; v2 corrects F2 and adds F4.
        Ingest("v1.csv", "150622,2020,1.A.2.c,raw_coal,10,万吨,F1,", "150622,2020,1.A.2.c,diesel,1,万吨,F1,", "150622,2020,1.A.2.c,raw_coal,20,万吨,F2,",
            "150622,2020,1.A.2.c,diesel,2,万吨,F2,", "150622,2020,1.A.2.c,raw_coal,30,万吨,F3,");
        Ingest("v2.csv", "150622,2020,1.A.2.c,raw_coal,21,万吨,F2,", "150622,2020,1.A.2.c,raw_coal,40,万吨,F4,");
        var (run, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        var sourceIds = workspace.Runs.LoadSources(run.Id, 2020).ToDictionary(s => s.Activity, s => (long)s.Index);
        Assert.That(sourceIds.Keys, Is.EquivalentTo(new[] { "raw_coal", "diesel" }));

        // Effective raw coal rows, by id: F1 (v1.csv:2), F3 (v1.csv:6), F2 (v2.csv:2), F4 (v2.csv:3); 10 + 30 + 21 + 40 = 101 万吨.
        string[] all = ["v1.csv:2 F1", "v1.csv:6 F3", "v2.csv:2 F2", "v2.csv:3 F4"];
        foreach (int limit in new[] { 0, 1, 2, 3, 4, 10 })
        {
            var records = workspace.Runs.RecordsOf(sourceIds.Values.ToList(), limit);
            var coal = records[sourceIds["raw_coal"]];
            Assert.That(coal.Records.Select(r => $"{r.FileName}:{r.FileLine} {r.Facility}"), Is.EqualTo(all.Take(limit)), $"limit {limit}");
            Assert.That(coal.RecordCount, Is.EqualTo(4));
            Assert.That(records[sourceIds["diesel"]].Records.Select(r => $"{r.FileName}:{r.FileLine} {r.Facility}"),
                Is.EqualTo(new[] { "v1.csv:3 F1", "v1.csv:5 F2" }.Take(limit)), $"limit {limit}");
        }
        const double ExactTol = 0.0; // sums of exact multiples of 10^4 t
        Assert.That(result.Sources.Single(s => s.Activity == "raw_coal").ActivityBase, Is.EqualTo(1_010_000).Within(ExactTol));
    }

    [Test]
    public void Issue12_SourcesSummedWhileReading_AreBitIdenticalToSummingLoadedRecords()
    {
        // Amounts whose sum depends on the order of addition in binary floating point: 0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1.
        Ingest("banner-a.csv", "150622,2020,1.A.2.c,raw_coal,0.1,t,F1,", "150622,2020,1.A.2.c,raw_coal,0.2,t,F2,", "150622,2020,1.A.2.c,raw_coal,0.3,t,F3,",
            "150622,2020,1.A.2.d,diesel,NO,,F1,closed", "150622,2020,1.A.2.d,diesel,NE,,F2,not surveyed", "150621,2020,1.A.2.c,raw_coal,0.001,t,F1,",
            "150621,2020,1.A.2.c,raw_coal,7.7,万吨,F2,");
        // A correction of 150622: a chain, whose rows are read newer layer first.
        Ingest("fix.csv", "150622,2020,1.A.2.c,raw_coal,0.7,t,F2,", "150622,2020,1.A.2.c,raw_coal,0.11,t,F0,");
        var regions = workspace.References.LoadRegions();
        var versionIds = workspace.Runs.CurrentVersionIds(2020, 2020, regions, null);
        var compiler = new InventoryCompiler(workspace.References.LoadActivities(), new CombustionContext(
            new GhgInventory.Core.Factors.FactorResolver(workspace.Factors.LoadFactors(workspace.Factors.ActiveSetIds()), regions),
            workspace.Factors.LoadGwp(workspace.Factors.ActiveSetIds()), GwpSet.Default, regions, new CompileOptions()));

        var fromRecords = compiler.Compile(workspace.Runs.LoadRecords(versionIds));
        var whileReading = compiler.Compile(workspace.Runs.LoadSourceRows(versionIds));

        Assert.That(whileReading.Sources.Select(s => (s.Region, s.Category, s.Activity, s.ActivityBase, s.Notation, s.NotationNote, string.Join(",", s.RecordIds))),
            Is.EqualTo(fromRecords.Sources.Select(s => (s.Region, s.Category, s.Activity, s.ActivityBase, s.Notation, s.NotationNote, string.Join(",", s.RecordIds)))));
        Assert.That(whileReading.Lines.Select(l => (l.SourceIndex, l.Gas, l.MassTonnes, l.Co2eTonnes, l.Notation, l.Arithmetic)),
            Is.EqualTo(fromRecords.Lines.Select(l => (l.SourceIndex, l.Gas, l.MassTonnes, l.Co2eTonnes, l.Notation, l.Arithmetic))));
        // Independent: 150622 raw coal is F1 0.1 + F3 0.3 (v1) then F2 0.7 + F0 0.11 (fix), added in id order.
        const double ExactTol = 0.0; // the same additions in the same order
        Assert.That(whileReading.Sources.Single(s => s.Region.Value == "150622" && s.Activity == "raw_coal").ActivityBase,
            Is.EqualTo(((0.1 + 0.3) + 0.7) + 0.11).Within(ExactTol));
        Assert.That(whileReading.Sources.Single(s => s.Activity == "diesel").Notation, Is.EqualTo(NotationKey.NE), "NO and NE rows of one source: NE");
    }

    [Test]
    public void Issue12_AVersionOfItsOwnRows_StoresItsSourceSumsInIdOrder_ACorrectionOrANotationRowDoesNot()
    {
        Ingest("banner.csv", "150622,2020,1.A.2.c,raw_coal,0.1,t,F1,", "150622,2020,1.A.2.d,diesel,5,t,F1,", "150622,2020,1.A.2.c,raw_coal,0.2,t,F2,",
            "150622,2020,1.A.2.c,raw_coal,0.3,t,F3,", "150621,2020,1.A.2.c,raw_coal,NE,,F1,not surveyed");
        Assert.That(Sums("150621"), Is.Empty, "a version with a notation row is read record by record");
        var coal = Sums("150622").Single(s => s.Count == 3);
        // The three rows in the order stored: (0.1 + 0.2) + 0.3 = 0.6000000000000001, not 0.6 (0.3 + 0.2 + 0.1 would be 0.6).
        const double ExactTol = 0.0;
        Assert.That(coal.Sum, Is.EqualTo((0.1 + 0.2) + 0.3).Within(ExactTol));
        Assert.That(coal.Sum, Is.Not.EqualTo(0.6));
        Assert.That(coal.Last - coal.First, Is.EqualTo(3), "rows 1, 3 and 4 of the file; the diesel row between them is its own source");
        Assert.That(Sums("150622").Single(s => s.Count == 1).Sum, Is.EqualTo(5).Within(ExactTol));

        Ingest("fix.csv", "150622,2020,1.A.2.c,raw_coal,0.7,t,F2,");
        Assert.That(Sums("150622", version: 2), Is.Empty, "a correction merged over v1 is read record by record");
        var replaced = ActivityFile.Ingest(workspace, "again.csv",
            Encoding.UTF8.GetBytes("region,year,category,activity,value,unit,facility\n150622,2020,1.A.2.c,raw_coal,0.4,t,F9\n"), new IngestOptions(Replace: true));
        Assert.That(replaced.Accepted, Is.True, string.Join("\n", replaced.Issues));
        Assert.That(Sums("150622", version: 3).Select(s => (s.Sum, s.Count)), Is.EqualTo(new[] { (0.4, 1L) }), "--replace: the file is the whole year");

        // Compile reads v3's sum: 0.4 t of raw coal × 1.9002988488 t CO2/t = 0.76011954 t CO2 (china-provincial-2011 factors).
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        var source = result.Sources.Single(s => s.Activity == "raw_coal");
        Assert.That(source.ActivityBase, Is.EqualTo(0.4).Within(ExactTol));
        Assert.That(source.RecordIds, Has.Count.EqualTo(1));
        Assert.That(result.Lines.Single(l => l.Gas == Gas.CO2).MassTonnes, Is.EqualTo(0.76011954).Within(1e-8));
    }

    [Test]
    public void Issue12_ARecordChangedOutsideTheEngine_DropsItsVersionsSumsSoCompileReadsTheRecords()
    {
        Ingest("banner.csv", "150622,2020,1.A.2.c,raw_coal,10,万吨,F1,", "150622,2020,1.A.2.c,raw_coal,20,万吨,F2,");
        Assert.That(Sums("150622"), Has.Count.EqualTo(1));
        workspace.Connection.Execute("UPDATE activity_records SET base_value = 250000 WHERE facility = 'F2'");
        Assert.That(Sums("150622"), Is.Empty, "the trigger of migration 0005 drops the stale sum");
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        // 100,000 t + 250,000 t as the records now say, not the 300,000 t summed at import.
        const double ExactTol = 0.0;
        Assert.That(result.Sources.Single().ActivityBase, Is.EqualTo(350_000).Within(ExactTol));
    }

    private List<(double Sum, long Count, long First, long Last)> Sums(string region, int version = 1) =>
        workspace.Connection.Query<(double Sum, long Count, long First, long Last)>("""
            SELECT s.sum_base, s.record_count, s.first_record_id, s.last_record_id FROM version_source_sums s
            JOIN activity_versions v ON v.id = s.version_id WHERE v.region_code = @region AND v.version = @version
            """, new { region, version }).ToList();

    private void Ingest(string name, params string[] rows)
    {
        var content = ActivityFile.Utf8WithHeader("region,year,category,activity,value,unit,facility,note", rows);
        var result = ActivityFile.Ingest(workspace, name, content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }
}
