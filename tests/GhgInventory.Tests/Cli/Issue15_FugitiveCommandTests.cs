using System.Text;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 15, fugitive emissions end to end: <c>ghg explain</c> of a coal-mining line, and a recovery above the methane emitted refused by <c>ghg compile</c>.</summary>
[TestFixture]
public sealed class Issue15_FugitiveCommandTests
{
    private TempDatabase database = null!;
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        temp = TempFolder.Create("ghg-fugitive-cli");
    }

    [TearDown]
    public void TearDown()
    {
        database.Dispose();
        temp.Dispose();
    }

    private CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", database.Path]);

    private CliResult GhgZh(params string[] args) => CliRunner.RunZh([.. args, "--db", database.Path]);

    private string Write(string name, params string[] rows)
    {
        string file = Path.Combine(temp.Path, name);
        File.WriteAllText(file, ActivityFile.Text(rows), new UTF8Encoding(false));
        return file;
    }

    private string Dump()
    {
        using var workspace = database.Open();
        return DatabaseDump.Content(workspace.Connection);
    }

    [Test]
    public void Explain_CoalMiningLine_NamesTheFactorsTheDensityAndTheArithmetic_InBothLanguages()
    {
        Assert.That(Ghg("ingest", Write("mines.csv",
            "150622,2020,1.B.1.a,coal_mined_surface,1000,万吨,test,",
            "150622,2020,1.B.1.a,coal_mined_underground_low_gas,100,万吨,test,")).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg("compile", "--year", "2020", "--region", "150622").ExitCode, Is.EqualTo(ExitCodes.Success));

        var en = Ghg("explain", "--year", "2020", "--region", "150622", "--category", "1.B.1.a", "--activity", "coal_mined_surface", "--gas", "CH4");
        Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Success), en.ToString());
        // Surface mining: 10 000 000 t × 1.2 m3/t × 0.67 kg/m3 × 10^-3 = 8 040 t CH4; post-mining × 0.1 m3/t = 670 t.
        Assert.That(en.Out, Does.Contain("coal_mining_ch4_ef = 1.2 m3/t").And.Contain("coal_post_mining_ch4_ef = 0.1 m3/t")
            .And.Contain("ch4_density = 0.67 kg/m3").And.Contain("ipcc-2006-fugitive").And.Contain("IPCC 2006 Guidelines Vol 2 Ch 4"));
        Assert.That(en.Out, Does.Contain("10,000,000 t × mining emission factor 1.2 m3/t × CH4 density 0.67 kg/m3 × 10^-3 t/kg = 8,040 t CH4"));
        Assert.That(en.Out, Does.Contain("× post-mining emission factor 0.1 m3/t × CH4 density 0.67 kg/m3 × 10^-3 t/kg = 670 t CH4"));

        var zh = GhgZh("explain", "--year", "2020", "--region", "150622", "--category", "1.B.1.a", "--activity", "coal_mined_surface", "--gas", "CH4");
        Assert.That(zh.Out, Does.Contain("露天矿原煤产量 10,000,000 t × 开采排放因子 1.2 m3/t × 甲烷密度 0.67 kg/m3 × 10^-3 t/kg = 8,040 t CH4"));
    }

    [Test]
    public void Compile_MethaneRecoveredAboveUndergroundMining_IsRefused_LocatedInBothLanguages_AndChangesNothing()
    {
        Assert.That(Ghg("ingest", Write("recovery.csv",
            "150627,2021,1.B.1.a,coal_mined_underground_low_gas,100,万吨,test,",
            "150627,2021,1.B.1.a,coal_mined_surface,500,万吨,test,",
            "150627,2021,1.B.1.a,coal_mine_methane_utilized,1000,万立方米,test,",
            "150627,2021,1.B.1.a,coal_mine_methane_flared,200,万立方米,test,")).ExitCode, Is.EqualTo(ExitCodes.Success));
        string before = Dump();

        // Underground mining: 1 000 000 t × 10 m3/t × 0.67 × 10^-3 = 6 700 t CH4. Recovered: used 10 000 000 m3 × 0.00067 = 6 700 t
        // + flared 2 000 000 m3 × 0.00067 = 1 340 t = 8 040 t > 6 700 t (the surface mine's methane is not drained).
        var en = Ghg("compile", "--year", "2021", "--region", "150627");
        Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Failure), en.ToString());
        Assert.That(en.Error, Does.Contain("region 150627, year 2021, category 1.B.1.a").And.Contain("used 6,700 t + flared 1,340 t = 8,040 t CH4")
            .And.Contain("(6,700 t CH4)"));
        var zh = GhgZh("compile", "--year", "2021", "--region", "150627");
        Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(zh.Error, Does.Contain("地区 150627，2021 年").And.Contain("8,040 t CH4").And.Contain("6,700 t CH4"));

        Assert.That(Dump(), Is.EqualTo(before), "a refused compile stores no run");
    }
}
