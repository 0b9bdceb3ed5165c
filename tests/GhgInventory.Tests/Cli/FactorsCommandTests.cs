using System.Globalization;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 11, a banner official's local factor files: <c>ghg factors import</c> (years, Chinese headers, --check, supersession) and activity names in <c>factors list</c> and <c>explain</c>.</summary>
[TestFixture]
public sealed class FactorsCommandTests
{
    private const string Header = "activity,parameter,gas,value,unit,source,category,region,year";

    private TempDatabase database = null!;
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp()
    {
        database = TempDatabase.Initialized();
        temp = TempFolder.Create("ghg-factors-cli");
    }

    [TearDown]
    public void TearDown()
    {
        database.Dispose();
        temp.Dispose();
    }

    [Test]
    public void Issue11_Import_YearWithNian_IsAccepted()
    {
        var result = Ghg("factors", "import", Write("local.csv", "raw_coal,ncv,,5000,大卡/千克,准格尔旗电厂煤质化验 2023,,150622,2023年"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("1 local factor(s) stored as factor set #"));
    }

    [Test]
    public void Issue11_Import_BadYear_IsPrintedOnce()
    {
        string file = Write("local.csv", "raw_coal,ncv,,5000,大卡/千克,实测,,150622,二〇二三");
        var result = Ghg("factors", "import", file);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputRejected), result.ToString());
        Assert.That(result.Error.Split('\n').Count(l => l.Contains(file + ":2:", StringComparison.Ordinal)), Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain($"{file}:2: column 9 'year': found '二〇二三', expected a year between 1990 and 2100 (2023 or 2023年)"));
    }

    [Test]
    public void Issue11_ImportCheck_ValidFile_ExitsZeroAndStoresNothing()
    {
        string file = Write("local.csv", "raw_coal,ncv,,5000,大卡/千克,准格尔旗电厂煤质化验 2023,,150622,2023");
        string before = Dump();
        var check = Ghg("factors", "import", file, "--check");
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success), check.ToString());
        Assert.That(check.Out, Does.Contain($"✓ {file}: 1 local factor(s) valid; nothing stored (--check)"));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_ImportCheck_InvalidFile_GivesTheImportsMessagesAndExitThree()
    {
        string file = Write("local.csv", "raw_coal,ncv,,18500,GJ/t,实测,,150622,2023", "raw_coal,NCV,,20.9,GJ/t,实测,,,");
        string before = Dump();
        var check = Ghg("factors", "import", file, "--check");
        var import = Ghg("factors", "import", file);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.InputRejected), check.ToString());
            Assert.That(check.Error, Is.EqualTo(import.Error));
            Assert.That(check.Error, Does.Contain(file + ":2:").And.Contain(file + ":3:").And.Contain("did you mean 'ncv'?"));
        }
        Assert.That(Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Issue11_ImportOfTheSameFactorAgain_SaysWhichSetAndLineItSupersedesAndListShowsIt()
    {
        var first = Ghg("factors", "import", Write("a.csv", "raw_coal,ncv,,5000,kcal/kg,准格尔旗电厂煤质化验 2023,,150622,2023"));
        long firstId = SetId(first);
        string later = Write("b.csv", "raw_coal,ncv,,4800,kcal/kg,准格尔旗电厂复检 2023,,150622,2023");

        var check = Ghg("factors", "import", later, "--check");
        Assert.That(check.Out, Does.Contain($"! would supersede set #{firstId}, line 2: raw_coal ncv 150622 2023, 5000 kcal/kg → 4800 kcal/kg; new compiles would use the new value"),
            check.ToString());

        var second = Ghg("factors", "import", later);
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.ToString());
        long secondId = SetId(second);
        Assert.That(second.Out, Does.Contain(
            $"! supersedes set #{firstId}, line 2: raw_coal ncv 150622 2023, 5000 kcal/kg → 4800 kcal/kg; new compiles use the new value; ghg factors withdraw {secondId} to go back"),
            second.ToString());

        var list = Ghg("factors", "list");
        Assert.That(list.Out, Does.Contain("Superseded local factors"));
        Assert.That(Squeeze(list.Out), Does.Contain($"#{firstId} 2 raw_coal ncv 150622 2023 5000 kcal/kg #{secondId} line 2 4800 kcal/kg"), list.ToString());
        var byActivity = Ghg("factors", "list", "--activity", "raw_coal", "--parameter", "ncv");
        Assert.That(Squeeze(byActivity.Out), Does.Contain($"superseded by local set #{secondId}"), byActivity.ToString());

        Assert.That(Ghg("factors", "withdraw", secondId.ToString(CultureInfo.InvariantCulture)).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg("factors", "list").Out, Does.Not.Contain("Superseded local factors"));
    }

    [TestCase("原煤")]
    [TestCase("raw coal")]
    [TestCase("Raw Coal")]
    [TestCase("RAW_COAL")]
    public void Issue11_FactorsListByActivityName_ListsWhatTheKeyLists(string name)
    {
        var byKey = Ghg("factors", "list", "--activity", "raw_coal");
        var byName = Ghg("factors", "list", "--activity", name);
        Assert.That(byName.ExitCode, Is.EqualTo(ExitCodes.Success), byName.ToString());
        Assert.That(byName.Out, Is.EqualTo(byKey.Out));
        Assert.That(byName.Out, Does.Contain("20908"), "the provincial raw coal NCV, 20908 kJ/kg");
    }

    [Test]
    public void Issue11_FactorsListOfAnUnknownActivity_IsAnErrorListingAcceptedNames()
    {
        var result = Ghg("factors", "list", "--activity", "原煤炭");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.Contain("--activity '原煤炭' is not an activity").And.Contain("raw_coal (原煤, raw coal)"));
        Assert.That(result.Error, Does.Not.Contain("no factors"));
    }

    [Test]
    public void Issue11_FactorsListOfAnUnknownParameter_IsAnError()
    {
        var result = Ghg("factors", "list", "--activity", "原煤", "--parameter", "NCV");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
        Assert.That(result.Error, Does.Contain("accepted: ncv, carbon_content"));
    }

    [Test]
    public void Issue11_ExplainByActivityName_ExplainsTheKeysLinesAndAnUnknownNameIsAnError()
    {
        string activity = temp.Write("power.csv", ActivityFile.Text("150602,2023,1.A.2.c,electricity,1,亿千瓦时,test,"));
        Assert.That(Ghg("ingest", activity).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Ghg("compile", "--year", "2023", "--grid", "national").ExitCode, Is.EqualTo(ExitCodes.Success));
        string[] explain = ["explain", "--year", "2023", "--region", "150602", "--category", "1.A.2.c", "--activity"];

        var byKey = Ghg([.. explain, "electricity"]);
        var byName = Ghg([.. explain, "电力"]);
        Assert.That(byName.ExitCode, Is.EqualTo(ExitCodes.Success), byName.ToString());
        Assert.That(byName.Out, Is.EqualTo(byKey.Out));

        var unknown = Ghg([.. explain, "电"]);
        Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.BadUsage), unknown.ToString());
        Assert.That(unknown.Error, Does.Contain("--activity '电' is not an activity").And.Contain("(原煤, raw coal)").And.Not.Contain("no lines"));
    }

    private CliResult Ghg(params string[] args) => CliRunner.Run([.. args, "--db", database.Path]);

    private string Dump()
    {
        using var workspace = database.Open();
        return DatabaseDump.Content(workspace.Connection);
    }

    private static long SetId(CliResult result) =>
        long.Parse(result.Out.Split("stored as factor set #")[^1].Split(';')[0], CultureInfo.InvariantCulture);

    // Table cells are padded and separated by box characters; compare their words.
    private static string Squeeze(string table) =>
        string.Join(' ', table.Split([' ', '│', '|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private string Write(string name, params string[] rows) => temp.Write(name, ActivityFile.TextWithHeader(Header, rows));
}
