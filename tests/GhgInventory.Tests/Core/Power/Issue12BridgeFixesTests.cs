using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Power;

/// <summary>Issue 12, an adversarial tester's findings in the electricity/heat bridge, against hand calculations.</summary>
/// <remarks>
/// Raw coal 20,908 kJ/kg, 26.37 tC/TJ, oxidation 0.94 (china-provincial-2011): 1.9002988488 t CO2/t. Energy industries CH4 1 kg/TJ, N2O 1.5 kg/TJ
/// (IPCC 2006 Vol 2 Table 2.2); AR5 GWP CH4 28, N2O 265. 100 万吨 = 1e6 t at 1.A.1.*: CO2 1,900,298.8488; CH4 20.908 t × 28 = 585.424;
/// N2O 31.362 t × 265 = 8,310.93; CO2e 1,909,195.2028 t.
/// </remarks>
[TestFixture]
public sealed class Issue12BridgeFixesTests
{
    /// <summary>100 万吨 raw coal at a 1.A.1 code (see remarks).</summary>
    private const double MillionTonnesCoalCo2e = 1_909_195.2028;

    [Test]
    public void Issue12_HeatMovedBetweenBanners_CountedOnceAtCityLevel()
    {
        // /tmp/tb/dbl.db: 达拉特旗 150621 heat plant 100 万吨 coal, 1000 万GJ supplied; 准格尔旗 150622 uses 1000 万GJ.
        // Derived factor (the city's only heat supply): 1,909,195.2028 t / 1e7 GJ; heat used 1e7 GJ × that = 1,909,195.2028 t.
        // City: territorial 1,909,195.2028 − all heat supply 1,909,195.2028 + heat used 1,909,195.2028 = 1,909,195.2028 (was 3,818,390).
        // 达拉特旗 alone: no heat use there, its supply stays: 1,909,195.2028. 准格尔旗 alone: territorial 0 + its heat 1,909,195.2028.
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "dbl.csv", ActivityFile.Utf8WithUse(
            "150621,2023,1.A.1.a.iii,raw_coal,100,万吨,t,,",
            "150621,2023,1.A.1.a.iii,heat_supply,1000,万吉焦,t,,",
            "150622,2023,1.A.4.b,heat,1000,万吉焦,t,,"));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        var (run, _) = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new CompileOptions());
        var city = workspace.Summarize(run, RegionCode.Parse("150600"), 2023);
        var dalad = workspace.Summarize(run, RegionCode.Parse("150621"), 2023).Bridge;
        var jungar = workspace.Summarize(run, RegionCode.Parse("150622"), 2023).Bridge;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(city.Territorial.Co2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(city.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6), "equals territorial, never twice the plant");
            Assert.That(city.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(1_909_195.20).Within(0.01), "the tester's territorial figure");
            Assert.That(city.Bridge.HeatSupplyRemovedCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(city.Bridge.HeatSupplyStayedCo2eTonnes, Is.Zero);
            Assert.That(city.Bridge.Problems, Has.None.Contains("far"), "heat used equals heat supplied: nothing to say");
            Assert.That(dalad.ConsumptionBasedCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6), "达拉特旗 alone keeps its plant");
            Assert.That(dalad.HeatSupplyStayedCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
            Assert.That(jungar.TerritorialCo2eTonnes, Is.Zero);
            Assert.That(jungar.ConsumptionBasedCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6), "准格尔旗 alone prices its heat");
        }
    }
    [Test]
    public void Issue12_PowerCoalAt1A1WithGenerationAt1A1ai_IsRefusedAndChangesNothing()
    {
        // /tmp/tb/par.db: 500 万吨 at 1.A.1, 80 亿kWh at 1.A.1.a.i was read as renewables (removed −0, net export 0 t).
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        string before = DatabaseDump.Content(workspace.Connection);
        var ingested = ActivityFile.Ingest(workspace, "par.csv", ActivityFile.Utf8WithUse(
            "150621,2023,1.A.1,raw_coal,500,万吨,t,,",
            "150621,2023,1.A.1.a.i,electricity_generation,80,亿千瓦时,t,,",
            "150621,2023,1.A.2.c,electricity,20,亿千瓦时,t,,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            var issue = ingested.Issues.Single();
            Assert.That(issue.ToString(), Does.StartWith("par.csv:2"), "the fuel row's line");
            Assert.That(issue.Found, Does.Contain("raw_coal at 1.A.1 (line 2)").And.Contain("electricity_generation at 1.A.1.a.i (line 3)"));
            Assert.That(issue.Expected, Does.Contain("the plant's fuel and outputs at the same code"));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused file leaves the database unchanged");
        }
    }

    [Test]
    public void Issue12_PowerCoalAt1A1aWithGenerationInALaterFile_IsRefusedAtTheOutputLine()
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var first = ActivityFile.Ingest(workspace, "fuel.csv", ActivityFile.Utf8WithUse(
            "150621,2023,1.A.1.a,raw_coal,500,万吨,t,,",
            "150621,2023,1.A.1.a,electricity_generation,NE,,t,metering pending,"));
        var second = ActivityFile.Ingest(workspace, "out.csv", ActivityFile.Utf8WithUse("150621,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,,"));
        var same = ActivityFile.Ingest(workspace, "same.csv", ActivityFile.Utf8WithUse("150621,2023,1.A.1.a,electricity_generation,80,亿千瓦时,t,,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Accepted, Is.True, string.Join("\n", first.Issues));
            Assert.That(second.Accepted, Is.False);
            Assert.That(second.Issues.Single().ToString(), Does.StartWith("out.csv:2"));
            Assert.That(second.Issues.Single().Found, Does.Contain("at 1.A.1.a (line stored)"));
            Assert.That(same.Accepted, Is.True, "fuel and output at the same code: " + string.Join("\n", same.Issues));
        }
    }

    [TestCase("transformation")]
    [TestCase("output")]
    public void Issue12_FuelWithTransformationOrOutputUseAtAPowerPlant_IsRefusedAtTheUseColumn(string use)
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "chp.csv", ActivityFile.Utf8WithUse(
            "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,," + use,
            "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            var issue = ingested.Issues.Single(i => i.Column == "use" && i.Found.StartsWith("1.A.1.a.ii", StringComparison.Ordinal));
            Assert.That(issue.ToString(), Does.StartWith("chp.csv:2"));
            Assert.That(issue.Found, Is.EqualTo($"1.A.1.a.ii raw_coal use {use}"));
            Assert.That(issue.Expected, Does.StartWith("a blank use (combustion) at a power or heat plant"));
        }
    }

    [Test]
    public void Issue12_GenerationBelowStoredAggregateFuel_IsABridgeProblemNotRenewables()
    {
        // Data stored before the check: 500 万吨 at 1.A.1 (CO2 only here: 5e6 × 1.9002988488 = 9,501,494.244 t), 80 亿kWh at 1.A.1.a.i.
        var b = PlantCase.StoredCoalAndGeneration("150621", "1.A.1", "1.A.1.a.i");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Plants.Single().Counted, Is.False);
            Assert.That(b.Problems.Single(), Does.Contain("fuel is written at 1.A.1").And.Contain("same code"));
            Assert.That(b.GenerationKwh, Is.Zero, "not counted as 80 亿kWh made with 0 t");
            Assert.That(b.GenerationUnknown, Is.True, "generated and net export are NE, not 0 and −used");
            Assert.That(b.NetExportCo2eTonnes, Is.Null);
        }
    }
    [Test]
    public void Issue12_OutputAboveTheFuelsEnergy_IsABridgeProblemAndDerivesNoHeatFactor()
    {
        // /tmp/tb/huge.db: 100 万吨 raw coal × 20.908 GJ/t = 20,908,000 GJ of fuel; outputs 15 亿kWh × 3.6 MJ = 5,400,000 GJ + heat 1e15 GJ:
        // efficiency (1e15 + 5.4e6) / 2.0908e7 far over 100 %. The plant is left out (nothing removed), heat used has no derived factor (NE).
        var (summary, result) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.ii,heat_supply,1e15,GJ,t,,",
            "150626,2023,1.A.4.b,heat,1e15,GJ,t,,");
        var b = summary.Bridge;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Plants.Single().Counted, Is.False);
            Assert.That(b.Problems, Has.Some.Contains("20,908,000 GJ").And.Contains("over 100 %"));
            Assert.That(b.ElectricityGenerationCo2eTonnes, Is.Zero, "nothing removed for a plant whose outputs are impossible");
            Assert.That(result.Lines.Where(l => l.Activity == "heat").All(l => l.Co2eTonnes is null), Is.True, "no heat factor derived from it");
            Assert.That(b.ConsumptionBasedCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6), "the plant's 1,909,195.2028 t stay");
        }
    }

    [Test]
    public void Issue12_HeatAboveTheFuelsEnergyAtAPowerPlantCode_IsABridgeProblemToo()
    {
        // Re-test finding: at 1.A.1.a.i (whose generation may include wind and solar) 10^10 GJ of heat from 100 万吨 coal
        // (20,908,000 GJ) gave a heat share of 0.9993 and a derived heat factor of 0.000191 t/GJ. The heat alone is held against the fuel.
        var (summary, result) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.i,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.i,electricity_generation,30,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.i,heat_supply,1e10,GJ,t,,",
            "150626,2023,1.A.4.b,heat,1e10,GJ,t,,");
        var b = summary.Bridge;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Plants.Single().Counted, Is.False);
            Assert.That(b.Problems, Has.Some.Contains("20,908,000 GJ").And.Contains("over 100 %"));
            Assert.That(result.Lines.Where(l => l.Activity == "heat").All(l => l.Co2eTonnes is null), Is.True, "no heat factor derived from it");
        }
    }

    [Test]
    public void Issue12_GenerationAt1A1WithItsCoalAt1A1ai_IsRefused_ButGenerationWithNoFuelAnywhereIsNot()
    {
        // Re-test finding (the reverse of par.csv): 80 亿kWh at 1.A.1 with the 500 万吨 coal at 1.A.1.a.i read as wind and a plant
        // without output. Refused, located. 30 亿kWh at 1.A.1.a with no fuel at or below it (a wind farm) stays accepted.
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var refused = ActivityFile.Ingest(workspace, "rev.csv", ActivityFile.Utf8WithUse(
            "150621,2023,1.A.1.a.i,raw_coal,500,万吨,t,,",
            "150621,2023,1.A.1,electricity_generation,80,亿千瓦时,t,,"));
        Assert.That(refused.Accepted, Is.False);
        var issue = refused.Issues.Single();
        Assert.That(issue.ToString(), Does.StartWith("rev.csv:2"));
        Assert.That(issue.Found, Does.Contain("electricity_generation at 1.A.1").And.Contain("raw_coal at 1.A.1.a.i"));
        var wind = ActivityFile.Ingest(workspace, "wind.csv", ActivityFile.Utf8WithUse(
            "150621,2023,1.A.1.a,electricity_generation,30,亿千瓦时,t,,"));
        Assert.That(wind.Accepted, Is.True, string.Join("\n", wind.Issues));
    }

    [Test]
    public void Issue12_HeatPlantWithinItsFuelsEnergy_IsCounted()
    {
        // 100 万吨 coal = 20,908,000 GJ; 1500 万GJ heat supplied = 71.7 % efficiency: a plant like any other, all its 1,909,195.2028 t are heat.
        var (summary, _) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.iii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.iii,heat_supply,1500,万吉焦,t,,");
        var b = summary.Bridge;
        Assert.That(b.Plants.Single().HeatCo2eTonnes, Is.EqualTo(MillionTonnesCoalCo2e).Within(1e-6));
    }
}
