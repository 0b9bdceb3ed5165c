using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Power;

/// <summary>Issue 12 items 1 and 2: electricity and heat accounted by the rule, through ingest, compile and summary, against hand calculations.</summary>
/// <remarks>
/// Cited factors: raw coal 20,908 kJ/kg, 26.37 tC/TJ, oxidation 0.94 (china-provincial-2011): CO2 = 20.908 GJ/t × 26.37 tC/TJ / 1000 × 0.94 × 44/12
/// = 1.9002988488 t CO2/t. CH4 1 kg/TJ, N2O 1.5 kg/TJ in energy industries (1.A.1); 10 / 1.5 kg/TJ for coal in manufacturing (1.A.2)
/// (IPCC 2006 Vol 2 Tables 2.2/2.3). AR5 GWP CH4 28, N2O 265. Grid 华北 2023 0.6361 kg CO2/kWh (china-grid-ef). 1 kWh = 3.6 MJ.
/// 10^4 t raw coal at 1.A.1 (1e5 t): CO2 190,029.88488; CH4 2,090.8 TJ × 1 kg = 2.0908 t × 28 = 58.5424; N2O 3.1362 t × 265 = 831.093;
/// CO2e 190,919.52028 t.
/// </remarks>
[TestFixture]
public sealed class PowerAndHeatBridgeTests
{
    /// <summary>The engine and the hand calculation add the same terms in another order.</summary>
    private const double RelTol = 1e-9;

    /// <summary>Figures quoted in the issue are rounded to the cent.</summary>
    private const double IssueRoundingTonnes = 0.01;

    /// <summary>100 万吨 raw coal at 1.A.1: 1e6 t × 1.9002988488 = 1,900,298.8488 CO2; CH4 20.908 t × 28 = 585.424; N2O 31.362 t × 265 = 8,310.93.</summary>
    private const double FieldChpPlantCo2e = 1_909_195.2028;

    /// <summary>10 万吨 raw coal at 1.A.1 (see remarks).</summary>
    private const double TenThousandTonnesCoalAt1A1Co2e = 190_919.52028;

    [Test]
    public void Issue12_FieldChpCase_HeatShareStaysByEnergyOutput()
    {
        // 15 亿kWh = 1.5e9 kWh × 3.6 MJ = 5.4e6 GJ; 1000 万GJ = 1e7 GJ: electricity share 5.4 / 15.4 = 0.350649350649.
        // Heat share 10 / 15.4 × 1,909,195.2028 = 1,239,737.1447 t stays: no heat-use rows, no electricity use.
        var (s, _) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,,");
        var plant = s.Bridge.Plants.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plant.FuelCo2eTonnes, Is.EqualTo(FieldChpPlantCo2e).Within(RelTol * FieldChpPlantCo2e));
            Assert.That(plant.FuelCo2eTonnes, Is.EqualTo(1_909_195.20).Within(IssueRoundingTonnes), "the issue's figure");
            Assert.That(plant.ElectricityShare, Is.EqualTo(0.350649350649).Within(1e-12));
            Assert.That(plant.HeatCo2eTonnes, Is.EqualTo(1_239_737.14).Within(IssueRoundingTonnes), "the issue's heat share");
            Assert.That(s.Bridge.HeatSupplyStayedCo2eTonnes, Is.EqualTo(1_239_737.1447).Within(1e-3));
            Assert.That(s.Bridge.PurchasedHeatCo2eTonnes, Is.Null, "no heat-use rows: heat moves nowhere");
            // Territorial is the plant alone; nothing used: consumption = the heat share that stays.
            Assert.That(s.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(1_239_737.1447).Within(1e-3));
            Assert.That(s.Bridge.NetExportCo2eTonnes, Is.EqualTo(FieldChpPlantCo2e * 0.350649350649).Within(1e-3),
                "net export 15 亿kWh (nothing used) carries the electricity share only, never the CHP heat");
        }
    }

    [Test]
    public void Issue12_FieldChpCase_EfficiencyMethod()
    {
        // GHG Protocol efficiency method with e_H 0.80, e_P 0.35: heat share = (10/0.8) / (10/0.8 + 5.4/0.35)
        // = 12.5 / (12.5 + 15.428571428571) = 0.447570332481; heat emissions 1,909,195.2028 × 0.447570332481 = 854,499.1317 t.
        var (s, _) = PlantCase.Run("150626", new CompileOptions(Chp: ChpSplit.ByEfficiency(0.80, 0.35)),
            "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,",
            "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,,");
        var plant = s.Bridge.Plants.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(1 - plant.ElectricityShare, Is.EqualTo(0.447570332481).Within(1e-12));
            Assert.That(plant.HeatCo2eTonnes, Is.EqualTo(854_499.1317).Within(1e-3));
            Assert.That(plant.ElectricityCo2eTonnes, Is.EqualTo(1_054_696.0711).Within(1e-3));
            Assert.That(s.Bridge.Split.Method, Is.EqualTo(ChpSplitMethod.Efficiency), "the run's options carry the split to the summary");
        }
    }

    [Test]
    public void Issue12_CaptivePlant_NoDoubleCount()
    {
        // 乌审旗 2023: 500 万吨 raw coal in the coal-chemical plant's own power plant (manufacturing factors):
        // 5e6 t × 1.9002988488 = 9,501,494.244 CO2; 104,540 TJ × 10 kg = 1,045.4 t CH4 × 28 = 29,271.2; × 1.5 kg = 156.81 t N2O × 265
        // = 41,554.65; plant 9,572,320.094 t. Generation 80 亿kWh, used 60 亿kWh × 0.6361 kg/kWh = 3,816,600 t.
        // Consumption = 9,572,320.094 − 9,572,320.094 + 3,816,600 = 3,816,600 (the issue found 13.39 Mt, above territorial).
        // Net export 20 亿kWh carries 9,572,320.094 × 20/80 = 2,393,080.0235 t.
        const double Plant = 9_572_320.094;
        var (s, _) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.2.c,raw_coal,500,万吨,t,,autoproducer",
            "150626,2023,1.A.2.c,electricity_generation,80,亿千瓦时,t,,",
            "150626,2023,1.A.2.c,electricity,60,亿千瓦时,t,,");
        var b = s.Bridge;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Plants.Single().Kind, Is.EqualTo(PlantKind.Autoproducer));
            Assert.That(b.TerritorialCo2eTonnes, Is.EqualTo(Plant).Within(RelTol * Plant));
            Assert.That(b.ElectricityGenerationCo2eTonnes, Is.EqualTo(Plant).Within(RelTol * Plant), "the captive plant's emissions are removed, not -0");
            Assert.That(b.ConsumptionBasedCo2eTonnes, Is.EqualTo(3_816_600).Within(1e-3));
            Assert.That(b.ConsumptionBasedCo2eTonnes, Is.LessThan(b.TerritorialCo2eTonnes));
            Assert.That(b.NetExportKwh, Is.EqualTo(2e9).Within(1e-3));
            Assert.That(b.NetExportCo2eTonnes, Is.EqualTo(2_393_080.0235).Within(1e-3));
            // territorial − consumption = net export's emissions + 60 亿kWh × (plant intensity − grid factor)
            // = 2,393,080.0235 + 6e9 × (9,572,320.094 / 8e9 − 0.0006361) = 2,393,080.0235 + 3,362,640.0705.
            Assert.That(b.TerritorialCo2eTonnes - b.ConsumptionBasedCo2eTonnes, Is.EqualTo(2_393_080.0235 + 3_362_640.0705).Within(1e-3));
            Assert.That(s.Lines.Where(l => l.Use == FuelUse.Autoproducer).Select(l => l.Note), Has.All.Null, "autoproducer fuel is combustion, attributed in the bridge: no 'not applied yet' note");
        }
    }

    [Test]
    public void Issue12_PublicPowerPlantExporting_Identity()
    {
        // 10 万吨 coal at 1.A.1.a.i: 190,919.52028 t; 2 亿kWh generated, 1 亿kWh used × 0.6361 kg/kWh = 63,610 t.
        // Consumption = 190,919.52028 − 190,919.52028 + 63,610 = 63,610; net export 1 亿kWh carries 190,919.52028 / 2.
        var (s, _) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.i,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.1.a.i,electricity_generation,2,亿千瓦时,t,,",
            "150626,2023,1.A.2.c,electricity,1,亿千瓦时,t,,");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Bridge.TerritorialCo2eTonnes, Is.EqualTo(TenThousandTonnesCoalAt1A1Co2e).Within(1e-6));
            Assert.That(s.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(63_610).Within(1e-6));
            Assert.That(s.Bridge.NetExportCo2eTonnes, Is.EqualTo(95_459.76014).Within(1e-6));
        }
    }

    [Test]
    public void Issue12_NetImporter_Identity()
    {
        // 10 万吨 coal at 1.A.1.a.i, 1 亿kWh generated; 3 亿kWh used × 0.6361 = 190,830 t.
        // Consumption = 190,919.52028 − 190,919.52028 + 190,830 = 190,830; net export −2 亿kWh carries −2 × 190,919.52028.
        var (s, _) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.i,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.1.a.i,electricity_generation,1,亿千瓦时,t,,",
            "150626,2023,1.A.2.c,electricity,3,亿千瓦时,t,,");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(190_830).Within(1e-6));
            Assert.That(s.Bridge.NetExportKwh, Is.EqualTo(-2e8).Within(1e-3));
            Assert.That(s.Bridge.NetExportCo2eTonnes, Is.EqualTo(-381_839.04056).Within(1e-6));
        }
    }

    [Test]
    public void Issue12_PowerPlantFuelAt1A1aWithoutGeneration_NetExportIsNotEstimated()
    {
        // Power-plant coal written at the aggregate 1.A.1.a (the issue: never removed before) with no generation row:
        // a plant whose generation is NE. Its 190,919.52028 t are removed as generation; net export and its emissions are NE, never 0.
        // Consumption = 190,919.52028 − 190,919.52028 + 1 亿kWh × 0.6361 kg/kWh = 63,610 t.
        var (s, _) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.2.c,electricity,1,亿千瓦时,t,,");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Bridge.ElectricityGenerationCo2eTonnes, Is.EqualTo(TenThousandTonnesCoalAt1A1Co2e).Within(1e-6));
            Assert.That(s.Bridge.GenerationMissing, Is.True);
            Assert.That(s.Bridge.NetExportCo2eTonnes, Is.Null);
            Assert.That(s.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(63_610).Within(1e-6));
            Assert.That(s.Bridge.Problems.Single(), Does.Contain("1.A.1.a public plant").And.Contain("generation NE"));
        }
    }

    [Test]
    public void Issue12_FuelAt1A1WithoutOutput_IsNotAPlant()
    {
        // 1.A.1 without output rows is not a plant: its 190,919.52028 t stay in the consumption view.
        var (s, _) = PlantCase.Run("150626", new CompileOptions(), "150626,2023,1.A.1,raw_coal,10,万吨,t,,");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Bridge.Plants, Is.Empty);
            Assert.That(s.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(TenThousandTonnesCoalAt1A1Co2e).Within(1e-6));
        }
    }

    [Test]
    public void Issue12_HeatOnlyPlant_DerivedHeatFactorMovesHeat()
    {
        // Heat plant: 10 万吨 coal at 1.A.1.a.iii = 190,919.52028 t CO2e for 100 万GJ supplied: derived factor 0.19091952028 t CO2e/GJ.
        // Heat used 80 万GJ at 1.A.4.b × 0.19091952028 = 152,735.616224 t CO2e (CO2 alone: 8e5 × 190,029.88488 / 1e6 = 152,023.907904 t).
        // Consumption = 190,919.52028 − 190,919.52028 (heat supply removed: the region uses heat) + 152,735.616224.
        var (s, result) = PlantCase.Run("150626", new CompileOptions(),
            "150626,2023,1.A.1.a.iii,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150626,2023,1.A.4.b,heat,80,万吉焦,t,,");
        var heatLines = result.Lines.Where(l => l.Activity == "heat").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(heatLines.Sum(l => l.Co2eTonnes ?? 0), Is.EqualTo(152_735.616224).Within(1e-6), "the stored heat lines carry the derived factor");
            Assert.That(heatLines.Single(l => l.Gas == Gas.CO2).MassTonnes, Is.EqualTo(152_023.907904).Within(1e-6));
            Assert.That(heatLines.Single(l => l.Gas == Gas.CO2).Note, Does.Contain("derived from the heat supply of 150626").And.Contain("1,000,000 GJ"));
            Assert.That(s.Bridge.HeatUses.Single().FactorCo2ePerGj, Is.EqualTo(0.19091952028).Within(1e-12));
            Assert.That(s.Bridge.HeatUses.Single().Moved, Is.True);
            Assert.That(s.Bridge.ConsumptionBasedCo2eTonnes, Is.EqualTo(152_735.616224).Within(1e-6));
        }
    }

    [Test]
    public void Issue12_HeatUsedWithoutOwnPlants_TakesTheEnclosingRegionsFactor()
    {
        // 伊金霍洛旗 150627 uses 50 万GJ and has no heat plant; the city's only heat supply is 乌审旗's (0.19091952028 t CO2e/GJ):
        // 5e5 × 0.19091952028 = 95,459.76014 t CO2e. 乌审旗 has no heat-use rows, so its heat plant stays there.
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "plants.csv", ActivityFile.Utf8WithUse(
            "150626,2023,1.A.1.a.iii,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150627,2023,1.A.4.b,heat,50,万吉焦,t,,"));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        var (run, _) = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new CompileOptions());
        var city = workspace.Summarize(run, RegionCode.Parse("150600"), 2023).Bridge;
        var banner = workspace.Summarize(run, RegionCode.Parse("150627"), 2023).Bridge;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(banner.PurchasedHeatCo2eTonnes, Is.EqualTo(95_459.76014).Within(1e-6));
            Assert.That(banner.HeatUses.Single().Origin, Does.Contain("150600"));
            // The city decides (tester finding): it has priced heat use, so all its heat supply (乌审旗's plant, 190,919.52028 t) is removed
            // and the heat used priced: 190,919.52028 − 190,919.52028 + 95,459.76014 = 95,459.76014 t.
            Assert.That(city.ConsumptionBasedCo2eTonnes, Is.EqualTo(95_459.76014).Within(1e-6));
            Assert.That(city.HeatSupplyStayedCo2eTonnes, Is.Zero);
            Assert.That(city.Problems, Has.Some.Contains("500,000 GJ").And.Contains("1,000,000 GJ"), "heat used far below heat supplied is said, with both GJ");
        }
    }

    [Test]
    public void Issue12_CaptivePlantWithoutAutoproducerUse_IsALocatedErrorAndChangesNothing()
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        string before = DatabaseDump.Content(workspace.Connection);
        var ingested = ActivityFile.Ingest(workspace, "captive.csv", ActivityFile.Utf8WithUse(
            "150626,2023,1.A.2.c,raw_coal,500,万吨,t,,",
            "150626,2023,1.A.2.c,electricity_generation,80,亿千瓦时,t,,",
            "150626,2023,1.A.2.c,electricity,60,亿千瓦时,t,,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            var issue = ingested.Issues.Single();
            Assert.That(issue.ToString(), Does.StartWith("captive.csv:3"), "the output row's line");
            Assert.That(issue.Found, Does.Contain("1.A.2.c electricity_generation"));
            Assert.That(issue.Expected, Does.Contain("use=autoproducer").And.Contain("自备电厂"));
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused file leaves the database unchanged");
        }
    }

    [Test]
    public void Issue12_GenerationRowWithAUse_IsRefusedAtTheUseColumnSayingToLeaveItBlank()
    {
        // Trial finding: a 发电量 row marked 产出 was told to add a transformation input. Uses describe fuel rows only.
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "captive.csv", ActivityFile.Utf8WithUse(
            "150626,2023,1.A.2.c,raw_coal,500,万吨,t,,autoproducer",
            "150626,2023,1.A.2.c,electricity_generation,80,亿千瓦时,t,,产出"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            var issue = ingested.Issues.Single();
            Assert.That(issue.ToString(), Does.StartWith("captive.csv:3"));
            Assert.That(issue.Column, Is.EqualTo("use"));
            Assert.That(issue.Found, Is.EqualTo("产出"));
            Assert.That(issue.Expected, Does.StartWith("a blank use: electricity_generation is not a fuel"));
        }
    }

    [Test]
    public void Issue12_AutoproducerFuelWithoutOutput_IsALocatedError()
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "captive.csv", ActivityFile.Utf8WithUse(
            "150626,2023,1.A.2.c,electricity,60,亿千瓦时,t,,",
            "150626,2023,1.A.2.c,raw_coal,500,万吨,t,,autoproducer"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingested.Accepted, Is.False);
            var issue = ingested.Issues.Single();
            Assert.That(issue.ToString(), Does.StartWith("captive.csv:3"), "the fuel row's line");
            Assert.That(issue.Expected, Does.Contain("electricity_generation").And.Contain("NE row"));
        }
    }

    [Test]
    public void Issue12_AutoproducerOutputInALaterFile_ComposesWithTheStoredFuel()
    {
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var first = ActivityFile.Ingest(workspace, "fuel.csv", ActivityFile.Utf8WithUse(
            "150626,2023,1.A.2.c,raw_coal,500,万吨,t,,autoproducer",
            "150626,2023,1.A.2.c,electricity_generation,NE,,t,metering pending,"));
        var second = ActivityFile.Ingest(workspace, "output.csv", ActivityFile.Utf8WithUse("150626,2023,1.A.2.c,electricity_generation,80,亿千瓦时,t,,"));
        var orphan = ActivityFile.Ingest(workspace, "orphan.csv", ActivityFile.Utf8WithUse("150626,2023,1.A.2.m,heat_supply,10,万吉焦,t,,"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Accepted, Is.True, "an NE output row is an answer: " + string.Join("\n", first.Issues));
            Assert.That(second.Accepted, Is.True, "the fuel kept from version 1 makes the output identifiable: " + string.Join("\n", second.Issues));
            Assert.That(orphan.Accepted, Is.False, "heat supply at 1.A.2.m with no autoproducer fuel there");
            Assert.That(orphan.Issues.Single().ToString(), Does.StartWith("orphan.csv:2"));
        }
    }

    [Test]
    public void Issue12_OutputWithoutFuelInAStoredRun_IsNotASilentZero()
    {
        // Lines and sources as an older database could hold them: generation at 1.A.2.c and no autoproducer fuel.
        var b = PlantCase.StoredCoalAndGeneration("150626", "1.A.2.c", "1.A.2.c");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Plants.Single().Counted, Is.False);
            Assert.That(b.GenerationKwh, Is.Zero, "the output without its fuel is left out, not counted with 0 t");
            Assert.That(b.Problems.Single(), Does.Contain("no fuel with use autoproducer"));
            Assert.That(b.ConsumptionBasedCo2eTonnes, Is.EqualTo(9_501_494.244), "nothing removed");
        }
    }
}
