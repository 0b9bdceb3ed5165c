using System.Text;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Power;

/// <summary>The heat factor derived from a region's own heat supply (issue 12 item 1) never prices heat from a plant whose fuel is partly unknown as if it were complete.</summary>
[TestFixture]
public sealed class DerivedHeatFactorTests
{
    private const string Header = "region,year,category,activity,value,unit,source,note,use";

    /// <summary>The engine and the hand calculation add the same terms in another order.</summary>
    private const double AbsTolTonnes = 1e-6;

    private static byte[] File(params string[] rows) => Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");

    [Test]
    public void For_HeatPlantWithFuelUnderNE_TheCompletePlantGivesTheFactor()
    {
        // Two heat plants in the city, 100 万GJ each: 乌审旗's burns 10 万吨 raw coal, 190,919.52028 t CO2e (PowerAndHeatBridgeTests: 1e5 t ×
        // 20.908 GJ/t = 2,090,800 GJ; CO2 × 26.37 tC/TJ × 0.94 × 44/12 = 190,029.88488 t; CH4 2.0908 t × 28; N2O 3.1362 t × 265); 达拉特旗's burns
        // 5 万吨 raw coal (95,459.76014 t CO2e) and natural gas written NE. 伊金霍洛旗 uses 50 万GJ.
        // Before: (190,919.52028 + 95,459.76014) / 2e6 GJ = 0.14318964021 t/GJ × 5e5 = 71,594.820105 t, low by the unknown gas, shown as complete.
        // Now the complete plant alone: 190,919.52028 / 1e6 = 0.19091952028 t/GJ × 5e5 GJ = 95,459.76014 t CO2e.
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "plants.csv", File(
            "150626,2023,1.A.1.a.iii,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150621,2023,1.A.1.a.iii,raw_coal,5,万吨,t,,",
            "150621,2023,1.A.1.a.iii,natural_gas,NE,万立方米,t,gas meter not read,",
            "150621,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150627,2023,1.A.4.b,heat,50,万吉焦,t,,"));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        var (run, _) = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new CompileOptions());
        var banner = workspace.Summarize(run, RegionCode.Parse("150627"), 2023).Bridge;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(banner.PurchasedHeatCo2eTonnes, Is.EqualTo(95_459.76014).Within(AbsTolTonnes));
            Assert.That(banner.HeatUses.Single().FactorCo2ePerGj, Is.EqualTo(0.19091952028).Within(1e-12));
        }
    }

    [Test]
    public void For_HeatPlantWithFuelUnderNE_DerivesNoFactorFromIt()
    {
        // 乌审旗's heat plant burns 10 万吨 raw coal (190,919.52028 t CO2e, PowerAndHeatBridgeTests) and natural gas written NE, for
        // 100 万GJ supplied. Its heat-supply emissions are 190,919.52028 t + NE, so 190,919.52028 / 1e6 = 0.19091952028 t CO2e/GJ is only a
        // lower bound of its heat factor: 伊金霍洛旗's 50 万GJ would be priced at 95,459.76014 t with no word that the gas is missing.
        // No other plant supplies heat in the city, so heat used is NE (never the lower bound shown as the figure).
        using var database = TempDatabase.Initialized();
        using var workspace = database.Open();
        var ingested = ActivityFile.Ingest(workspace, "plants.csv", File(
            "150626,2023,1.A.1.a.iii,raw_coal,10,万吨,t,,",
            "150626,2023,1.A.1.a.iii,natural_gas,NE,万立方米,t,gas meter not read,",
            "150626,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150627,2023,1.A.4.b,heat,50,万吉焦,t,,"));
        Assert.That(ingested.Accepted, Is.True, string.Join("\n", ingested.Issues));
        var (run, result) = workspace.Compile(2023, 2023, RegionCode.Parse("150600"), new GwpSet("AR5"), new CompileOptions());
        var banner = workspace.Summarize(run, RegionCode.Parse("150627"), 2023).Bridge;
        var heat = result.Lines.Where(l => l.Activity == "heat").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(heat.Select(l => l.Notation), Is.All.EqualTo(NotationKey.NE), "heat used is NE, not priced at a lower bound");
            Assert.That(heat.Single().Note, Does.Contain("150626").And.Contain("natural_gas"), "the reason names the plant and its fuel under NE");
            Assert.That(banner.PurchasedHeatCo2eTonnes, Is.Null);
            Assert.That(banner.ConsumptionCell.Keys, Does.Contain(NotationKey.NE));
        }
    }
}
