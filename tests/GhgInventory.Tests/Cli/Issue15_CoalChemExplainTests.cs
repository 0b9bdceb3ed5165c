using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 15 item 3: <c>ghg explain</c> of a coal-chemical line prints the carbon balance — each input's and product's carbon,
/// the emitted carbon and the closure — in English and Chinese.</summary>
/// <remarks>
/// Hand calculation (raw coal, china-provincial-2011: 20.908 GJ/t, 26.37 tC/TJ; methanol 0.375 tC/t and CO2 captured 0.272727 tC/t,
/// coal-chemical-carbon):
///   C in     = 10,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 5,513.4396 t C
///   products = 8,000 t methanol × 0.375 = 3,000 t C
///   stored   = 1,000 t CO2 × 0.272727 = 272.727 t C
///   emitted  = 5,513.4396 − 3,000 − 272.727 = 2,240.7126 t C; CO2 = 2,240.7126 × 44/12 = 8,215.9462 t
/// </remarks>
[TestFixture]
public sealed class Issue15_CoalChemExplainTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void MakeFolder() => temp = TempFolder.Initialized("ghg-coalchem");

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void Issue15_ExplainOfACoalChemicalLine_ShowsTheCarbonBalance()
    {
        string file = temp.Write("plant.csv", "region,year,category,activity,value,unit,source,note,use\n"
            + "150624,2022,2.B.8.a,raw_coal,1,万吨,plant,,feedstock\n"
            + "150624,2022,2.B.8.a,methanol,8000,t,plant,,\n"
            + "150624,2022,2.B.8.a,co2_captured,1000,t,plant,,\n");
        Assert.That(temp.Ghg("ingest", file).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(temp.Ghg("compile", "--year", "2022").ExitCode, Is.EqualTo(ExitCodes.Success));

        var en = temp.Ghg("explain", "--year", "2022", "--region", "150624", "--category", "2.B.8.a", "--activity", "methanol", "--gas", "CO2", "--lang", "en");
        Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Success), en.ToString());
        Assert.That(en.Out, Does.Contain("2.B.8.a methanol (methanol) CO2 [territorial] = 8,215.946 t CO2")
            .And.Contain("carbon in (feedstock and transformation input): raw_coal 10,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 5,513.44 t C")
            .And.Contain("carbon out in products: methanol 8,000 t × 0.375 tC/t = 3,000 tC")
            .And.Contain("stored or sold (CO2 captured): co2_captured 1,000 t × 0.272727 tC/t = 272.727 tC")
            .And.Contain("carbon emitted = 5,513.44 − 3,000 − 0 − 272.727 = 2,240.713 tC")
            .And.Contain("CO2 = 2,240.713 tC × 44/12 = 8,215.946 t")
            .And.Contain("closure: carbon in 5,513.44 tC = products 3,000 + wastes 0 + stored 272.727 + emitted 2,240.713 tC"));

        var zh = CliRunner.RunZh("explain", "--year", "2022", "--region", "150624", "--category", "2.B.8.a", "--activity", "methanol", "--gas", "CO2", "--db", temp.Db);
        Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.Success), zh.ToString());
        Assert.That(zh.Out, Does.Contain("煤化工碳平衡法").And.Contain("产品含碳：甲醇 8,000 t × 0.375 tC/t = 3,000 tC").And.Contain("碳平衡闭合：投入碳 5,513.44 tC"));
    }
}
