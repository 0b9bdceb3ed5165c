using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 14: runs made before schema 7 (no status column) compare after <c>ghg init</c> migrates the database, and read as final (年报).</summary>
[TestFixture]
public sealed class Issue14_OldRunsCompareTests
{
    [Test]
    public void Issue14_RunsMadeBeforeSchema7_CompareAsFinal()
    {
        using var temp = TempFolder.Initialized("ghg-oldruns");
        Assert.That(temp.Ingest("a.csv", "150626,2020,1.A.1.a.i,raw_coal,500,万吨,stat,").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(temp.Ghg("compile", "--year", "2020", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(temp.Ingest("b.csv", "150626,2020,1.A.1.a.i,raw_coal,520,万吨,fix,").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(temp.Ghg("compile", "--year", "2020", "--region", "150626").ExitCode, Is.EqualTo(ExitCodes.Success));

        // Back to the shape of schema 6: inventory_runs as 0001 + 0004 made it, 0007 not recorded.
        using (var connection = new SqliteConnection($"Data Source={temp.Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA foreign_keys = OFF;
                CREATE TABLE r6 (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, engine_version TEXT NOT NULL, gwp_set TEXT NOT NULL,
                    year_from INTEGER NOT NULL, year_to INTEGER NOT NULL, region_code TEXT NOT NULL REFERENCES regions(code), options TEXT NOT NULL,
                    inputs_sha256 TEXT NOT NULL, reference_version_id INTEGER REFERENCES reference_versions(id));
                INSERT INTO r6 SELECT id, created_at, engine_version, gwp_set, year_from, year_to, region_code, options, inputs_sha256, reference_version_id FROM inventory_runs;
                DROP TABLE inventory_runs;
                ALTER TABLE r6 RENAME TO inventory_runs;
                DELETE FROM schema_version WHERE version = 7;
                """;
            command.ExecuteNonQuery();
        }
        Assert.That(temp.Ghg("compare", "--run", "1", "--run", "2").ExitCode, Is.Not.EqualTo(ExitCodes.Success), "a schema-6 database is migrated first");
        var init = temp.Ghg("init");
        Assert.That(init.ExitCode, Is.EqualTo(ExitCodes.Success), init.ToString());

        var compare = temp.Ghg("compare", "--run", "1", "--run", "2", "--format", "json");
        Assert.That(compare.ExitCode, Is.EqualTo(ExitCodes.Success), compare.ToString());
        var d = JsonDocument.Parse(compare.Out).RootElement;
        Assert.That(d.GetProperty("run_a").GetProperty("status").GetString(), Is.EqualTo("final"));
        Assert.That(d.GetProperty("run_b").GetProperty("status").GetString(), Is.EqualTo("final"), "a run made before schema 7 reads as final, the default it was made with");
        // (520 − 500) 万吨 = 200,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 380,059.7697600 t CO2 (factors as in Issue14_RecalculationTests).
        var co2 = d.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("gas").GetString() == "CO2" && c.GetProperty("scope").GetString() == "territorial");
        Assert.That(co2.GetProperty("change_co2e_t").GetDouble(), Is.EqualTo(380059.76976).Within(1e-5));
        Assert.That(co2.GetProperty("causes")[0].GetString(), Is.EqualTo("activity"));
    }
}
