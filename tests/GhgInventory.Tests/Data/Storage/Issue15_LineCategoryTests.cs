using System.Text.Json;
using Dapper;
using GhgInventory.Cli;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Data.Storage;

/// <summary>Issue 15: an emission line is stored with its own category (migrations/0008), which may lie below its source's (a herd at
/// 3.A gives lines at 3.A.1, 3.A.2 and 3.C.6; coal output at 1.B.1.a gives 1.B.1.a.i.1 …); the source is stored once, with its own
/// amount; a run stored before schema 8 reads, reports and explains as it did.</summary>
public sealed class Issue15_LineCategoryTests : FreshWorkspaceFixture
{
    private const double RelTol = 1e-12;
    private static readonly RegionCode Otog = RegionCode.Parse("150624");

    [Test]
    public void Save_HerdAt3A_StoresOneSourceOfTheHerdAndEachLineAtItsOwnCategory()
    {
        ActivityFile.Ingest(workspace, "agri.csv", ActivityFile.Utf8("150624,2020,3.A,sheep,1,万只,test,"));
        var (run, _) = workspace.Compile(2020, 2020, Otog, GwpSet.Default, new CompileOptions());

        var stored = workspace.Connection.Query<(long Id, string Category, double Base, string Unit)>(
            "SELECT id, category, activity_base, base_unit FROM emission_sources WHERE run_id = @Id AND activity = 'sheep'", new { run.Id }).ToList();
        var storedLines = workspace.Connection.Query<(long SourceId, string Category, string Gas)>(
            "SELECT source_id, category, gas FROM emission_lines WHERE run_id = @Id AND source_id IN (SELECT id FROM emission_sources WHERE activity = 'sheep')",
            new { run.Id }).ToList();
        var sources = workspace.Runs.LoadSources(run.Id, 2020).Where(s => s.Activity == "sheep").ToList();
        var lines = workspace.Runs.LoadLines(run.Id, 2020).Where(l => l.Activity == "sheep").ToList();
        double Mass(string category, Gas gas) => lines.Single(l => l.Category.Value == category && l.Gas == gas).MassTonnes!.Value;
        using (Assert.EnterMultipleScope())
        {
            // ONE source: the herd row as written, 1 万只 = 10 000 head at 3.A; no copy of it at 3.A.1, 3.A.2 or 3.C.6.
            Assert.That(stored.Select(s => (s.Category, s.Base, s.Unit)), Is.EqualTo(new[] { ("3.A", 10_000.0, "head") }));
            Assert.That(sources.Select(s => (s.Category.Value, s.ActivityBase)), Is.EqualTo(new[] { ("3.A", 10_000.0) }));
            // Every line under that one source, each with its own category in the table.
            Assert.That(storedLines.Select(l => l.SourceId).Distinct(), Is.EqualTo(new[] { stored[0].Id }));
            Assert.That(storedLines.Select(l => (l.Category, l.Gas)).Order(),
                Is.EqualTo(new[] { ("3.A.1", "CH4"), ("3.A.2", "CH4"), ("3.A.2", "N2O"), ("3.C.6", "N2O") }));
            Assert.That(lines.Select(l => (long)l.SourceIndex).Distinct(), Is.EqualTo(new[] { stored[0].Id }));
            // Read back at their categories with the masses of the cited factors (Issue15_AgricultureTests):
            // 10 000 head × 5 kg CH4/head (IPCC 2006 Vol 4 Table 10.10) ÷ 1000 = 50 t CH4 at 3.A.1;
            // 10 000 × 0.15 kg CH4/head (GB/T 32151.22-2024 Table C.7, 华北) ÷ 1000 = 1.5 t CH4 at 3.A.2;
            // 10 000 × 0.093 kg N2O/head (Table C.10) ÷ 1000 = 0.93 t N2O at 3.A.2;
            // 10 000 × 12 kg N/head ÷ 1000 = 120 t N × 0.12 × 0.010 = 0.144 t N2O-N × 44/28 = 0.226285714… t N2O at 3.C.6.
            Assert.That(Mass("3.A.1", Gas.CH4), Is.EqualTo(50).Within(50 * RelTol));
            Assert.That(Mass("3.A.2", Gas.CH4), Is.EqualTo(1.5).Within(1.5 * 1e-9));
            Assert.That(Mass("3.A.2", Gas.N2O), Is.EqualTo(0.93).Within(0.93 * 1e-9));
            Assert.That(Mass("3.C.6", Gas.N2O), Is.EqualTo(0.144 * 44 / 28).Within(1e-12));
        }

        // explain of a sub-category finds its line, and the herd's record behind it (file line 2 of agri.csv, the row under the header).
        var enteric = workspace.Explain(run, Otog, 2020, CategoryCode.Parse("3.A.1"), "sheep", null, 20);
        var all = workspace.Explain(run, Otog, 2020, CategoryCode.Parse("3.A"), "sheep", null, 20);
        var indirect = workspace.Explain(run, Otog, 2020, CategoryCode.Parse("3.C.6"), null, null, 20);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(enteric.Select(t => (t.Line.Category.Value, t.Line.Gas.Code)), Is.EqualTo(new[] { ("3.A.1", "CH4") }));
            Assert.That(enteric.Single().RecordCount, Is.EqualTo(1));
            Assert.That(enteric.Single().Records.Select(r => r.FileLine), Is.EqualTo(new[] { 2L }));
            Assert.That(enteric.Single().Source.Category.Value, Is.EqualTo("3.A"));
            Assert.That(all.Select(t => (t.Line.Category.Value, t.Line.Gas.Code)).Order(),
                Is.EqualTo(new[] { ("3.A.1", "CH4"), ("3.A.2", "CH4"), ("3.A.2", "N2O") }), "3.A and below; 3.C.6 lies outside 3.A");
            Assert.That(indirect.Select(t => (t.Line.Activity, t.Line.Gas.Code, t.Source.Category.Value)), Is.EqualTo(new[] { ("sheep", "N2O", "3.A") }));
        }
    }

    [Test]
    public void Explain_DemoUndergroundMiningSubCategory_ShowsTheMiningLineWithItsArithmeticAndRecord()
    {
        Assert.That(DemoRun.Result.ExitCode, Is.EqualTo(ExitCodes.Success), DemoRun.Result.ToString());
        var explain = CliRunner.Run("explain", "--year", "2024", "--region", "150622", "--category", "1.B.1.a.i.1", "--db", DemoRun.DatabasePath);
        Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
        var headers = explain.Out.Split('\n').Where(l => l.StartsWith("== 150622", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            // 准格尔旗 2024 (samples/ordos/sector_fugitive.csv line 499): low-gas underground output 14077.8 万吨 = 140,778,000 t
            // × 10 m3/t (IPCC 2006 Vol 2 Ch 4 §4.1.3.2, low) × 0.67 kg/m3 × 10^-3 = 943,212.6 t CH4; methane used 4223.34 万m3
            // = 42,233,400 m3 × 0.67 × 10^-3 = 28,296.378 t, all of it this line's (the only underground mining line of the banner);
            // 943,212.6 − 28,296.378 = 914,916.222 t CH4 × 28 (AR5) = 25,617,654.216 t CO2e.
            Assert.That(headers, Is.EqualTo(new[]
            {
                "== 150622 2024 1.B.1.a.i.1 coal_mined_underground_low_gas (raw coal output of low-gas underground mines) CH4 [territorial] = 914,916.222 t CH4, 25,617,654.216 t CO2e (GWP 28)",
            }));
            Assert.That(explain.Out, Does.Contain(
                "140,778,000 t × mining emission factor 10 m3/t × CH4 density 0.67 kg/m3 × 10^-3 t/kg = 943,212.6 t CH4"));
            Assert.That(explain.Out, Does.Contain("emitted 914,916.222 t CH4"));
            // The line's own source, the row at 1.B.1.a, with its record: file and line.
            Assert.That(explain.Out, Does.Contain("activity: 140,778,000 t, sum of 1 record(s):"));
            Assert.That(explain.Out, Does.Contain("sector_fugitive.csv:499 ").And.Contain("14077.8 万吨 = 140,778,000 t"));
            Assert.That(explain.Out, Does.Not.Contain("more not listed"));
        }
    }

    [Test]
    public void OldDatabase_Schema7RunWithExtraSourceRows_MigratesAndReportsIdenticalFigures()
    {
        using var temp = TempFolder.Initialized("ghg-linecat");
        temp.Ingest("a.csv",
            "150624,2020,3.A,sheep,1,万只,test,",
            "150624,2020,1.B.1.a,coal_mined_surface,1000,万吨,test,",
            "150624,2020,1.A.1.a.i,raw_coal,100,万吨,test,");
        Ok(temp.Ghg("compile", "--year", "2020", "--region", "150624"));
        string[] report = ["report", "--year", "2020", "--region", "150624", "--format", "json"];
        string[] completeness = ["completeness", "--year", "2020", "--region", "150624", "--format", "json"];
        string reportNow = Ok(temp.Ghg(report)).Out, completenessNow = Ok(temp.Ghg(completeness)).Out;

        // Back to the shape main's schema 7 stored: no category on a line; a line written below its source's category sat under an
        // extra source row of that category repeating the source's amount and records (RunStore.LineSourceIds, commit b6c1e65).
        using (var connection = new SqliteConnection($"Data Source={temp.Db};Pooling=False"))
        {
            connection.Open();
            connection.Execute("""
                INSERT INTO emission_sources (run_id, version_id, region_code, year, category, activity, activity_base, base_unit, record_count,
                                              first_record_id, last_record_id, use_id)
                SELECT DISTINCT s.run_id, s.version_id, s.region_code, s.year, l.category, s.activity, s.activity_base, s.base_unit, s.record_count,
                                s.first_record_id, s.last_record_id, s.use_id
                FROM emission_lines l JOIN emission_sources s ON s.id = l.source_id WHERE l.category <> s.category;
                UPDATE emission_lines SET source_id = (
                    SELECT d.id FROM emission_sources s JOIN emission_sources d
                      ON d.run_id = s.run_id AND d.version_id = s.version_id AND d.activity = s.activity AND d.use_id = s.use_id
                    WHERE s.id = emission_lines.source_id AND d.category = emission_lines.category)
                WHERE category <> (SELECT category FROM emission_sources WHERE id = emission_lines.source_id);
                ALTER TABLE emission_lines DROP COLUMN category;
                DELETE FROM schema_version WHERE version >= 8;
                """);
            // 3 sources as ingested + 3.A.1, 3.A.2, 3.C.6 of the herd + 1.B.1.a.ii.1, 1.B.1.a.ii.2 of the surface output = 8.
            Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM emission_sources WHERE run_id = 1"), Is.EqualTo(8));
        }
        Assert.That(temp.Ghg(report).ExitCode, Is.Not.EqualTo(ExitCodes.Success), "a schema-7 database is migrated first");
        var init = Ok(temp.Ghg("init"));
        Assert.That(init.Out, Does.Contain("0008_line_category.sql"));

        string reportOld = Ok(temp.Ghg(report)).Out, completenessOld = Ok(temp.Ghg(completeness)).Out;
        var categories = JsonDocument.Parse(reportOld).RootElement.GetProperty("by_category").EnumerateArray()
            .ToDictionary(c => c.GetProperty("category").GetString()!, c => c);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reportOld, Is.EqualTo(reportNow), "the old run reports exactly as the same run stored with line categories");
            Assert.That(completenessOld, Is.EqualTo(completenessNow));
            // Sheep: 10 000 head × 5 kg CH4/head ÷ 1000 = 50 t CH4 at 3.A.1 (× AR5 28 = 1400 t CO2e); 3.A = 50 + 1.5 = 51.5 t CH4.
            Assert.That(categories["3.A.1"].GetProperty("CH4_t").GetDouble(), Is.EqualTo(50).Within(50 * RelTol));
            Assert.That(categories["3.A.1"].GetProperty("CO2e_t").GetDouble(), Is.EqualTo(1400).Within(1400 * RelTol));
            Assert.That(categories["3.A"].GetProperty("CH4_t").GetDouble(), Is.EqualTo(51.5).Within(51.5 * 1e-9));
            // Surface mining: 1000 万吨 = 10,000,000 t × 1.2 m3/t × 0.67 kg/m3 × 10^-3 = 8040 t CH4 at 1.B.1.a.ii.1;
            // post-mining 10,000,000 × 0.1 × 0.67 × 10^-3 = 670 t at 1.B.1.a.ii.2 (IPCC 2006 Vol 2 Ch 4 §4.1.3.3, surface averages).
            Assert.That(categories["1.B.1.a.ii.1"].GetProperty("CH4_t").GetDouble(), Is.EqualTo(8040).Within(8040 * 1e-9));
            Assert.That(categories["1.B.1.a.ii.2"].GetProperty("CH4_t").GetDouble(), Is.EqualTo(670).Within(670 * 1e-9));
            Assert.That(categories["1.B.1.a"].GetProperty("CH4_t").GetDouble(), Is.EqualTo(8710).Within(8710 * 1e-9));
        }

        // The old run's lines are not rewritten: they keep no category of their own and are read at their (extra) source's.
        using (var connection = new SqliteConnection($"Data Source={temp.Db};Pooling=False"))
        {
            connection.Open();
            Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM emission_lines WHERE run_id = 1 AND category IS NOT NULL"), Is.Zero);
        }
        var explainOld = Ok(temp.Ghg("explain", "--year", "2020", "--region", "150624", "--category", "3.A.1", "--run", "1"));
        Assert.That(explainOld.Out, Does.Contain("== 150624 2020 3.A.1 sheep").And.Contain("= 50 t CH4"));

        // A new compile of the same inputs stores the herd once; compared line by line with the old run, nothing changed.
        Ok(temp.Ghg("compile", "--year", "2020", "--region", "150624"));
        using (var connection = new SqliteConnection($"Data Source={temp.Db};Pooling=False"))
        {
            connection.Open();
            Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM emission_sources WHERE run_id = 2"), Is.EqualTo(3));
        }
        var compare = JsonDocument.Parse(Ok(temp.Ghg("compare", "--run", "1", "--run", "2", "--format", "json")).Out).RootElement;
        long lineCount = JsonDocument.Parse(reportOld).RootElement.GetProperty("lines").GetArrayLength();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(compare.GetProperty("changes").GetArrayLength(), Is.Zero);
            Assert.That(compare.GetProperty("unchanged_lines").GetInt32(), Is.EqualTo(lineCount));
            Assert.That(Ok(temp.Ghg(report)).Out.Replace("\"run\": \"2\"", "\"run\": \"1\"", StringComparison.Ordinal), Is.EqualTo(reportNow));
        }
    }

    private static CliResult Ok(CliResult result)
    {
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        return result;
    }
}
