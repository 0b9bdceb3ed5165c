using System.Text;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>Issue 11: versions that compose, overlaps refused, activity plausibility flags, notation rows.</summary>
/// <remarks>
/// Hand calculations from the provincial guideline factors (china-provincial-2011), as in CombustionHandCalculations.csv:
/// raw coal 20,908 kJ/kg × 26.37 tC/TJ × 0.94 × 44/12 = 1.9002988488 t CO2/t;
/// diesel 42,652 kJ/kg × 20.2 tC/TJ × 0.98 × 44/12 = 3.0959096373 t CO2/t.
/// </remarks>
[TestFixture]
public sealed class VersionComposerTests : FreshWorkspaceFixture
{
    /// <summary>Results are rounded to the cent of a tonne in the issue's text.</summary>
    private const double AbsTolTonnes = 0.01;

    private const string FacilityHeader = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility";
    private static readonly RegionCode Zhungeer = RegionCode.Parse("150622");

    [Test]
    public void Issue11_OneRowCorrection_KeepsTheOtherRowsAndChangesOnlyItsLines()
    {
        Accept("banner-2020.csv", ActivityFile.Utf8(
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,",
            "150622,2020,1.A.3.b,diesel,1000,t,stat,",
            "150622,2020,1.A.2,electricity,100,万千瓦时,stat,"));
        var (_, first) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());

        var correction = Accept("electricity-fix.csv", ActivityFile.Utf8("150622,2020,1.A.2,electricity,120,万千瓦时,fix,"));
        var change = correction.Composition!.Changes.Single();
        Assert.That((change.Version, change.Added, change.Replaced, change.Kept, change.PreviousVersion), Is.EqualTo((2, 0, 1, 2, (int?)1)));
        Assert.That(change.Examples.Single(), Does.Contain("1.A.2 electricity: 100 万千瓦时 → 120 万千瓦时"));
        Assert.That(workspace.Connection.QuerySingle<(long, long, long)>(
            "SELECT rows_added, rows_replaced, rows_kept FROM activity_versions WHERE region_code = '150622' AND version = 2"), Is.EqualTo((0L, 1L, 2L)));

        var (_, second) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        var before = Masses(first);
        var after = Masses(second);
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
        foreach (var key in before.Keys.Where(k => k.Activity != "electricity"))
        {
            Assert.That(after[key], Is.EqualTo(before[key]), key.ToString());
        }
        // Electricity lines scale with the kWh: 120 万千瓦时 / 100 万千瓦时 = 1.2 (same grid factor).
        var electricity = before.Keys.Single(k => k.Activity == "electricity" && k.Gas == "CO2");
        Assert.That(after[electricity], Is.EqualTo(before[electricity]!.Value * 1.2).Within(1e-9).Percent);
        // Raw coal, kept from version 1: 10^6 t × 1.9002988488 = 1,900,298.85 t CO2, so the total is far from 0.
        Assert.That(after[("1.A.1.a.i", "raw_coal", "CO2")], Is.EqualTo(1_900_298.85).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue11_ExplainAfterACorrection_ListsTheRecordsFromWhicheverBatch()
    {
        Accept("plants.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,18,万吨,t,,,F1", "150622,2020,1.A.2.c,raw_coal,12,万吨,t,,,F2"));
        Accept("fix.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,20,万吨,t,,,F2"));
        var (run, _) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        var trace = workspace.Explain(run, Zhungeer, 2020, CategoryCode.Parse("1.A.2.c"), "raw_coal", Gas.CO2, 10).Single();
        Assert.That(trace.Records.Select(r => (r.FileName, r.FileLine, r.Facility, r.Value, r.Version)),
            Is.EqualTo(new[] { ("plants.csv", 2L, (string?)"F1", (double?)18, 1L), ("fix.csv", 2L, "F2", 20, 2L) }));
        Assert.That(trace.RecordCount, Is.EqualTo(2));
        // (18 + 20) × 10^4 t × 1.9002988488 t/t = 722,113.56 t CO2.
        Assert.That(trace.Line.MassTonnes, Is.EqualTo(722_113.56).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue11_ChainOfThreeImportsAndARevert_ComposeNewestLayerFirst()
    {
        // v1: F1 10, F2 20, F3 30 万吨; v2: F2 → 21; v3: F2 → 22, F4 40 (new); then revert to v2.
        Accept("v1.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,10,万吨,t,,,F1", "150622,2020,1.A.2.c,raw_coal,20,万吨,t,,,F2",
            "150622,2020,1.A.2.c,raw_coal,30,万吨,t,,,F3"));
        Accept("v2.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,21,万吨,t,,,F2"));
        var v3 = Accept("v3.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,22,万吨,t,,,F2", "150622,2020,1.A.2.c,raw_coal,40,万吨,t,,,F4"));
        Assert.That(v3.Composition!.Changes.Single() is { Version: 3, Added: 1, Replaced: 1, Kept: 2 });
        Assert.That(v3.Composition.Changes.Single().Examples.Single(), Does.Contain("21 万吨 → 22 万吨"));

        double Coal() => workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions()).Result.Sources.Single().ActivityBase;
        // (10 + 22 + 30 + 40) × 10^4 t: F2 from v3, F1 and F3 from v1, F4 from v3.
        Assert.That(Coal(), Is.EqualTo(1.02e6));
        Assert.That(workspace.Data.Revert("150622", 2020, 2), Is.EqualTo(4));
        // v4 = v2: (10 + 21 + 30) × 10^4 t.
        Assert.That(Coal(), Is.EqualTo(6.1e5));
        var fix = Accept("v5.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,11,万吨,t,,,F1"));
        Assert.That(fix.Composition!.Changes.Single() is { Version: 5, Added: 0, Replaced: 1, Kept: 2, PreviousVersion: 4 });
        // v5 over v4 (= v2 over v1): (11 + 21 + 30) × 10^4 t.
        Assert.That(Coal(), Is.EqualTo(6.2e5));
    }

    [Test]
    public void Issue11_TwoSectorFilesForOneBannerYear_AddUp()
    {
        Accept("industry.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,10,万吨,工信局,"));
        var transport = Accept("transport.csv", ActivityFile.Utf8("150622,2020,1.A.3.b,diesel,1000,t,交通局,"));
        Assert.That(transport.Composition!.Changes.Single() is { Added: 1, Replaced: 0, Kept: 1 });
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        // 10^5 t × 1.9002988488 = 190,029.88 t; 1,000 t × 3.0959096373 = 3,095.91 t; together 193,125.79 t CO2.
        double co2 = result.Lines.Where(l => l.Gas == Gas.CO2 && l.Scope == EmissionScope.Territorial).Sum(l => l.MassTonnes ?? 0);
        Assert.That(co2, Is.EqualTo(193_125.79).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue11_SubtotalBesideItsPartsInOneFile_IsRefusedNamingBothLines()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, "balance.csv", ActivityFile.Utf8(
            "150622,2020,1.A.2,raw_coal,50,万吨,t,",
            "150622,2020,1.A.2.c,raw_coal,30,万吨,t,",
            "150622,2020,1.A.2.f,raw_coal,20,万吨,t,"));
        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Issues, Has.Count.EqualTo(2));
        Assert.That(result.Issues.Select(i => i.ToString()), Has.All.StartWith("balance.csv:2:").And.All.Contains("(50 万吨, line 2)"));
        Assert.That(result.Issues[0].ToString(), Does.Contain("1.A.2.c raw_coal (30 万吨, line 3)").And.Contain("keep the detail rows"));
        Assert.That(result.Issues[1].ToString(), Does.Contain("1.A.2.f raw_coal (20 万吨, line 4)"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_SubtotalSplitAcrossTwoFiles_SecondIsRefusedNamingTheStoredLine()
    {
        Accept("total.csv", ActivityFile.Utf8("150622,2020,1.A.2,raw_coal,50,万吨,t,"));
        string before = DatabaseDump.Content(workspace.Connection);
        var detail = ActivityFile.Ingest(workspace, "detail.csv", ActivityFile.Utf8(
            "150622,2020,1.A.2.c,raw_coal,30,万吨,t,",
            "150622,2020,1.A.2.f,raw_coal,20,万吨,t,"));
        Assert.That(detail.Accepted, Is.False);
        Assert.That(detail.Issues.Select(i => i.Line), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(detail.Issues.Select(i => i.ToString()), Has.All.Contains("already stored from total.csv:2"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_DetailRowsAlone_Give950149t()
    {
        Accept("detail.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,30,万吨,t,", "150622,2020,1.A.2.f,raw_coal,20,万吨,t,"));
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        // 5 × 10^5 t × 1.9002988488 t/t = 950,149.42 t CO2.
        Assert.That(result.Lines.Where(l => l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0), Is.EqualTo(950_149.42).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue11_BlankFacilityBesideFacilityRows_IsRefusedNamingBoth()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, "plants.csv", WithFacility(
            "150622,2020,1.A.2.c,raw_coal,30,万吨,t,,,",
            "150622,2020,1.A.2.c,raw_coal,18,万吨,t,,,F1",
            "150622,2020,1.A.2.c,raw_coal,12,万吨,t,,,F2"));
        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Issues, Has.Count.EqualTo(2));
        Assert.That(result.Issues.Select(i => i.ToString()), Has.All.Contains("blank-facility row (1.A.2.c raw_coal, 30 万吨, line 2)"));
        Assert.That(result.Issues[0].ToString(), Does.Contain("facility 'F1', 18 万吨, line 3"));
        Assert.That(result.Issues[1].ToString(), Does.Contain("facility 'F2', 12 万吨, line 4"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_FacilityRowsAlone_Give570090t()
    {
        Accept("plants.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,18,万吨,t,,,F1", "150622,2020,1.A.2.c,raw_coal,12,万吨,t,,,F2"));
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        // 3 × 10^5 t × 1.9002988488 t/t = 570,089.65 t CO2.
        Assert.That(result.Lines.Where(l => l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0), Is.EqualTo(570_089.65).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue11_FacilityCorrection_ReplacesOnlyThatFacility()
    {
        Accept("plants.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,18,万吨,t,,,F1", "150622,2020,1.A.2.c,raw_coal,12,万吨,t,,,F2"));
        var fix = Accept("fix.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,20,万吨,t,,,F2"));
        Assert.That(fix.Composition!.Changes.Single() is { Added: 0, Replaced: 1, Kept: 1 });
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        // (18 + 20) × 10^4 t = 3.8 × 10^5 t: F1 kept from the first file, F2 replaced.
        Assert.That(result.Sources.Single().ActivityBase, Is.EqualTo(3.8e5));
    }

    [Test]
    public void Issue11_Replace_MakesTheFileTheWholeRegionYear()
    {
        Accept("a.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,10,万吨,t,", "150622,2020,1.A.3.b,diesel,1000,t,t,"));
        var whole = ActivityFile.Ingest(workspace, "b.csv", ActivityFile.Utf8("150622,2020,1.A.3.b,diesel,2000,t,t,"), new IngestOptions(Replace: true));
        Assert.That(whole.Composition!.Changes.Single() is { Added: 0, Replaced: 1, Kept: 0, Removed: 1 });
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(result.Sources.Select(s => (s.Activity, s.ActivityBase)), Is.EqualTo(new[] { ("diesel", 2000.0) }));
    }

    [Test]
    public void Issue11_TonnesInTheWanTonColumn_AreFlaggedAndShownUntilAccepted()
    {
        Accept("2022.csv", ActivityFile.Utf8("150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,"));
        var bad = Accept("2023.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,"));
        var flags = bad.Composition!.Flags;
        Assert.That(flags.Select(f => f.Kind), Is.EquivalentTo(new[] { "year_jump", "county_bound" }));
        Assert.That(flags.Select(f => (f.FileName, f.FileLine)), Has.All.EqualTo(("2023.csv", 2L)));
        // 1.1987 × 10^11 t against 10^7 t: 11,987 times the 2022 total.
        Assert.That(flags.Single(f => f.Kind == "year_jump").Message, Does.Contain("11,987× the 2022 total"));

        var (run, _) = workspace.Compile(2023, 2023, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(workspace.Summarize(run, Zhungeer, 2023).Flags.Select(f => f.Id), Is.EquivalentTo(flags.Select(f => f.Id)));
        foreach (var flag in flags)
        {
            workspace.Data.AcceptFlag(flag.Id, "checked with the statistics bureau");
        }
        Assert.That(workspace.Summarize(run, Zhungeer, 2023).Flags, Is.Empty);
        Assert.That(DatabaseDump.Count(workspace.Connection, "qa_flag_acceptances"), Is.EqualTo(2));
    }

    [Test]
    public void Issue11_TonnesInTheWanTonColumnUnderStrict_AreRefused()
    {
        Accept("2022.csv", ActivityFile.Utf8("150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,"));
        string before = DatabaseDump.Content(workspace.Connection);
        var bad = ActivityFile.Ingest(workspace, "2023.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,"), new IngestOptions(Strict: true));
        Assert.That(bad.Accepted, Is.False);
        Assert.That(bad.Issues.Select(i => i.Line), Has.All.EqualTo(2));
        Assert.That(bad.Issues.Select(i => i.ToString()), Has.Some.Contains("--strict"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_CorrectedFlaggedRow_NoLongerShowsItsFlag()
    {
        Accept("2022.csv", ActivityFile.Utf8("150622,2022,1.A.1.a.i,raw_coal,1000,万吨,stat,"));
        Accept("2023.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,11987000,万吨,stat,"));
        var fix = Accept("2023-fix.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,1198.7,万吨,fix,"));
        Assert.That(fix.Composition!.Flags, Is.Empty);
        var (run, _) = workspace.Compile(2023, 2023, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(workspace.OpenFlags(run.Id), Is.Empty);
    }

    [Test]
    public void Issue11_NotationOnlySource_GivesNotationLinesNeverZero()
    {
        Accept("a.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,10,万吨,t,", "150622,2020,1.A.2.c,diesel,5,t,t,"));
        // The row writer of schema 2 stores "NO" with its note this way (value, base_value and unit NULL).
        workspace.Connection.Execute("""
            UPDATE activity_records SET value = NULL, base_value = NULL, unit_id = NULL, notation_key = 'NO', note = 'boilers shut in 2019'
            WHERE activity_id = (SELECT id FROM activities WHERE key = 'diesel')
            """);
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        var diesel = result.Lines.Where(l => l.Activity == "diesel").ToList();
        Assert.That(diesel.Select(l => l.Gas.Code), Is.EquivalentTo(new[] { "CO2", "CH4", "N2O" }));
        Assert.That(diesel, Has.All.Matches<EmissionLine>(l => l.Notation == NotationKey.NO && l.MassTonnes == null && l.Note == "boilers shut in 2019"));
        // The coal beside it is still 10^5 t × 1.9002988488 = 190,029.88 t.
        Assert.That(result.Lines.Single(l => l.Activity == "raw_coal" && l.Gas == Gas.CO2).MassTonnes, Is.EqualTo(190_029.88).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue11_AutoproducerUse_IsASourceOfItsOwnAccountedAsCombustion()
    {
        Accept("a.csv", WithFacility("150622,2020,1.A.2.c,raw_coal,10,万吨,t,,,F1", "150622,2020,1.A.2.c,raw_coal,20,万吨,t,,,F2"));
        workspace.Connection.Execute("UPDATE activity_records SET use_id = 1 WHERE facility = 'F2'");
        var (run, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(result.Sources.Select(s => (s.Use, s.ActivityBase)), Is.EquivalentTo(new[] { (FuelUse.Combustion, 1e5), (FuelUse.Autoproducer, 2e5) }));
        var summary = workspace.Summarize(run, Zhungeer, 2020);
        // Issue 12: captive-plant fuel is ordinary combustion in the territorial view, with no "computed as combustion" note.
        var captive = summary.Lines.Where(l => l.Use == FuelUse.Autoproducer).ToList();
        Assert.That(captive.Select(l => l.Note), Has.All.Null);
        Assert.That(captive.Select(l => l.Method), Has.All.EqualTo(FuelCombustionMethod.Name));
        // 2 × 10^5 t × 1.9002988488 = 380,059.77 t CO2 under the autoproducer use.
        Assert.That(captive.Where(l => l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0), Is.EqualTo(380_059.77).Within(AbsTolTonnes));
        // Written past the ingest check (here by SQL), the plant with no output row is named on the bridge, its emissions not removed.
        Assert.That(summary.Bridge.Problems.Single(), Does.Contain("1.A.2.c").And.Contain("no electricity_generation or heat_supply row"));
        Assert.That(summary.Bridge.ElectricityGenerationCo2eTonnes, Is.Zero);
    }

    [Test]
    public void Issue11_TotalBesideDetailRowsOfAnotherUse_IsRefusedNamingBoth()
    {
        // The energy balance's total includes fuel used as feedstock or in own plants: 1.A.2 beside 1.A.2.c (autoproducer)
        // and 1.A.2.f (feedstock) counts 50 万吨 twice, whatever the uses.
        Accept("total.csv", ActivityFile.Utf8("150622,2020,1.A.2,raw_coal,50,万吨,t,"));
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, "uses.csv", WithUse(
            "150622,2020,1.A.2.c,raw_coal,30,万吨,autoproducer",
            "150622,2020,1.A.2.f,raw_coal,20,万吨,feedstock",
            "150622,2020,1.A.2.c,electricity_generation,1,亿千瓦时,")); // issue 12: the autoproducer's output
        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Issues, Has.Count.EqualTo(2));
        Assert.That(result.Issues[0].ToString(), Does.Contain("already stored from total.csv:2").And.Contain("use autoproducer"));
        Assert.That(result.Issues[1].ToString(), Does.Contain("use feedstock"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_BlankFacilityTotalBesideAFacilityRowOfAnotherUse_IsRefused()
    {
        Accept("total.csv", ActivityFile.Utf8("150622,2020,1.A.2.c,raw_coal,1000,万吨,t,"));
        var result = ActivityFile.Ingest(workspace, "plant.csv", Encoding.UTF8.GetBytes(
            "region,year,category,activity,value,unit,facility,use\n150622,2020,1.A.2.c,raw_coal,320.5,万吨,某煤化工,feedstock\n"));
        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Issues.Single().ToString(), Does.Contain("facility '某煤化工'").And.Contain("already stored from total.csv:2"));
    }

    [Test]
    public void Issue11_TwoUsesAtOneCategory_AreTwoFlowsNotAnOverlap()
    {
        // 800 万吨 burnt and 200 万吨 used as feedstock, both as the banner's totals at 1.A.2.c: accepted, two sources.
        var result = Accept("uses.csv", WithUse("150622,2020,1.A.2.c,raw_coal,800,万吨,combustion", "150622,2020,1.A.2.c,raw_coal,200,万吨,feedstock"));
        Assert.That(result.Composition!.Changes.Single().Added, Is.EqualTo(2));
        var (_, compiled) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(compiled.Sources.Select(s => (s.Use, s.ActivityBase)), Is.EquivalentTo(new[] { (FuelUse.Combustion, 8e6), (FuelUse.Feedstock, 2e6) }));
    }

    private static byte[] WithUse(params string[] rows) =>
        ActivityFile.Utf8WithHeader("region,year,category,activity,value,unit,use", rows);

    private static byte[] WithFacility(params string[] rows) => ActivityFile.Utf8WithHeader(FacilityHeader, rows);

    private static Dictionary<(string Category, string Activity, string Gas), double?> Masses(CompileResult result) =>
        result.Lines.Where(l => l.Scope == EmissionScope.Territorial || l.Activity == "electricity")
            .ToDictionary(l => (l.Category.Value, l.Activity, l.Gas.Code), l => l.MassTonnes);

    private IngestResult Accept(string name, byte[] content)
    {
        var result = ActivityFile.Ingest(workspace, name, content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        return result;
    }

    [Test]
    public void Issue12_AFileOfManyFacilitiesOverAStoredVersion_IsComposed_NotRefusedBySqlitesParameterLimit()
    {
        // Breaker finding: 40,000 facility rows added to a stored 准格尔旗 2023 version failed with "too many SQL variables"
        // (SQLite binds at most 32,766 parameters): the rows the composer looks up are now read in chunks.
        Assert.That(ActivityFile.Ingest(workspace, "total.csv", ActivityFile.Utf8("150622,2023,1.A.2.a,raw_coal,50,万吨,s,")).Accepted, Is.True);
        var rows = new StringBuilder(FacilityHeader + "\n");
        for (int i = 0; i < 40_000; i++)
        {
            rows.Append("150622,2023,1.A.2.c,raw_coal,1,吨,s,,,F").Append(i).Append('\n');
        }
        var result = ActivityFile.Ingest(workspace, "plants.csv", Encoding.UTF8.GetBytes(rows.ToString()));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues.Take(3)));
        // 40,000 t of 1.A.2.c coal beside the stored 50 万吨 of 1.A.2.a: 540,000 t × 1.9002988488 t CO2/t.
        var (run, compiled) = workspace.Compile(2023, 2023, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(compiled.Lines.Where(l => l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0), Is.EqualTo(540_000 * 1.9002988488).Within(AbsTolTonnes));
    }
}
