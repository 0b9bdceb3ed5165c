using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>Issue 15 item 6: <c>ghg explain</c> of a landfill line shows the first-order-decay arithmetic year by year.</summary>
[TestFixture]
public sealed class Issue15_WasteExplainTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void Setup() => temp = TempFolder.Initialized("ghg-waste");

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Explain_LandfillLine_ShowsDepositDdocmAccumulatedDecomposedAndMethane_YearByYear()
    {
        temp.Ingest("waste.csv", "150622,2018,4.A.1,food_waste,0,t,test,", "150622,2019,4.A.1,food_waste,1000,t,test,",
            "150622,2020,4.A.1,food_waste,0,t,test,", "150622,2021,4.A.1,food_waste,0,t,test,");
        // Only 2021 is compiled: the decay reads the 2019 deposit from the stored data.
        Assert.That(CliRunner.Run("compile", "--year", "2021", "--region", "150622", "--db", temp.Db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var explain = CliRunner.Run("explain", "--year", "2021", "--region", "150622", "--category", "4.A.1", "--db", temp.Db);
        Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.ToString());
        // Hand values (see Issue15_WasteLandfillFodTests): DDOCm 2019 = 1000 × 0.15 × 0.5 × 1.0 = 75 t;
        // 2020 decomposed 75 × (1 − e^−0.06) = 4.368 t, accumulated 75 × e^−0.06 = 70.632 t, CH4 4.368 × 0.5 × 16/12 = 2.912 t;
        // 2021 decomposed 70.632 × (1 − e^−0.06) = 4.113 t, accumulated 66.519 t, CH4 2.742 t; emitted 2.742 × (1 − 0.1) = 2.468 t.
        Assert.That(explain.Out, Does.Contain("year | W t | DDOCm deposited t | DDOCm accumulated t | DDOCm decomposed t | CH4 generated t"));
        Assert.That(explain.Out, Does.Contain("2018 | 0 | 0 | 0 | 0 | 0"));
        Assert.That(explain.Out, Does.Contain("2019 | 1,000 | 75 | 75 | 0 | 0"));
        Assert.That(explain.Out, Does.Contain("2020 | 0 | 0 | 70.632 | 4.368 | 2.912"));
        Assert.That(explain.Out, Does.Contain("2021 | 0 | 0 | 66.519 | 4.113 | 2.742"));
        Assert.That(explain.Out, Does.Contain("CH4 emitted = (generated 2.742 − recovered 0) × (1 − OX 0.1) = 2.468 t"));
        Assert.That(explain.Out, Does.Contain("UNVERIFIED"), "the recalled MCF, DOCf, F and OX show their status");

        var zh = CliRunner.RunZh("explain", "--year", "2021", "--region", "150622", "--category", "4.A.1", "--db", temp.Db);
        Assert.That(zh.Out, Does.Contain("年份 | 填埋量W t").And.Contain("甲烷排放量 = (产生量 2.742 − 回收量 0) × (1 − 氧化因子OX 0.1) = 2.468 t").And.Contain("厨余垃圾"));
    }
}
