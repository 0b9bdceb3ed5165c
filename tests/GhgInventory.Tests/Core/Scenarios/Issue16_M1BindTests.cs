using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using static GhgInventory.Tests.Core.Scenarios.ScenarioBuilders;

namespace GhgInventory.Tests.Core.Scenarios;

/// <summary>Issue 16, the planner's trial: a level whose base comes from the inventory refuses a path point at or before the base year
/// (it would replace the inventory's value unseen), and the coal-share clamp names its bound in words.</summary>
[TestFixture]
public sealed class Issue16_M1BindTests
{
    private static IScenarioModel Bind(ScenarioDefinition scenario, ScenarioBase baseState) => ScenarioModel.Bind(scenario, Catalogue(), baseState);

    /// <summary>Industry coal 800 and gas 200 tce, no electricity: coal in final fuel 800 / (800 + 200) = 80 %, electrification 0 %.</summary>
    private static RegionBase CoalGasIndustry() => Part("150622") with { Industry = Sector(coal: 800, gas: 200, co2Coal: 2080, co2Gas: 320) };

    private static string Render(LineText text, bool chinese)
    {
        using var scope = UiCulture.Use(chinese ? UiCulture.Chinese : UiCulture.English);
        return text.Render();
    }

    [Test]
    public void Issue16_InventoryBase_PointAtTheBaseYear_RefusedAtThePoint()
    {
        // coal_share_final_fuel { 2020 = 70, 2030 = 60 } with the base year 2020: the inventory says 80 % (800 / 1000), the file 70.
        var setting = Path("coal_share_final_fuel", 2020, 70, 2030, 60);
        var ex = Assert.Throws<ScenarioBindException>(() => Bind(Scenario(2030, setting), Base(CoalGasIndustry())))!;
        Assert.That(ex.Problems, Has.Count.EqualTo(1));
        Assert.That(Render(ex.Problems[0], chinese: false), Is.EqualTo(setting.Location + ": coal in final fuel [coal_share_final_fuel]: the base-year value "
            + "comes from the inventory (80 %); a path point at or before the base year 2020 is not allowed (found 2020). Remove it: the path starts from "
            + "the inventory value."));
        Assert.That(Render(ex.Problems[0], chinese: true), Is.EqualTo(setting.Location + "：终端燃料中煤炭比重［coal_share_final_fuel］的基准年取值来自清单核算（80 %）；"
            + "不允许在基准年 2020 年或之前设置路径点（现为 2020 年）。请删除该点：路径从清单核算值起算。"));
    }

    [Test]
    public void Issue16_InventoryBase_PointBeforeTheBaseYear_AndARegionsOwnShare_Refused()
    {
        // electrification { 2018 = 5, 2030 = 40 }: 2018 is before the base year 2020 (inventory 0 %).
        // secondary_share { 2019 = 45, 2030 = 40 } (each region's own base): the part's VA2 / GDP = 5e8 / 1e9 = 50 %, named with its region.
        var electrification = Path("electrification", 2018, 5, 2030, 40);
        var secondary = Path("secondary_share", 2019, 45, 2030, 40);
        var ex = Assert.Throws<ScenarioBindException>(() => Bind(Scenario(2030, electrification, secondary), Base(CoalGasIndustry())))!;
        var text = ex.Problems.Select(p => Render(p, chinese: false)).ToList();
        Assert.That(text, Has.Count.EqualTo(2), string.Join("\n", text));
        Assert.That(text, Has.One.StartsWith(electrification.Location + ": electrification of industry and buildings [electrification]: the base-year value comes "
            + "from the inventory (0 %)").And.Contains("(found 2018)"));
        Assert.That(text, Has.One.StartsWith(secondary.Location + ": secondary industry share [secondary_share]: the base-year value comes from the inventory "
            + "(150622 50 %)").And.Contains("(found 2019)"));
    }

    [Test]
    public void Issue16_InventoryBase_WithoutAnInventoryValue_ThePathsOwnBasePointStands()
    {
        // Nothing in industry or buildings: no electrification in the inventory (0 / 0), so the file's 2020 point is the base and binds;
        // paths after the base year only start from the inventory's value (80 %): 80 → 60 by 2030 is 70 in 2025 (80 + (60 − 80) × 5 / 10).
        Assert.DoesNotThrow(() => Bind(Scenario(2030, Path("electrification", 2020, 10, 2030, 40)), Base(Part("150622"))));
        var model = Bind(Scenario(2030, Path("coal_share_final_fuel", 2030, 60)), Base(CoalGasIndustry()));
        var y2025 = model.ProjectDetailed([]).Single(d => d.Region.Value == "150622" && d.Year == 2025);
        // Coal share 70 %: coal 0.7 × 1000 = 700 tce, gas 300 tce.
        Assert.That((y2025.FuelTce.Coal, y2025.FuelTce.Gas), Is.EqualTo((700.0, 300.0)).Within(1e-9));
    }

    [Test]
    public void Issue16_CoalShareClamp_NamesItsBoundInWords()
    {
        // Coal share 80 % → −10 % by 2022 (a Core test may pass what the file reader refuses): 2021 is 35 % (80 − 45), 2022 asks 0.8 − 0.9 < 0:
        // held at 0 and flagged from 2022.
        var model = Bind(Scenario(2022, Path("coal_share_final_fuel", 2022, -10)), Base(CoalGasIndustry()));
        var clamp = model.Flags.Single(f => Render(f, chinese: false).Contains("held within its bounds", StringComparison.Ordinal));
        Assert.That(Render(clamp, chinese: false), Is.EqualTo("150622, from 2022: coal in final fuel [coal_share_final_fuel] was held within its bounds "
            + "(0 up to the base year's coal and natural gas together); the path asks for more than the base allows."));
        Assert.That(Render(clamp, chinese: true), Is.EqualTo("150622，自 2022 年起：终端燃料中煤炭比重［coal_share_final_fuel］被限制在其取值范围内"
            + "（0 至基准年煤炭与天然气之和）；路径要求超出了基准所允许的范围。"));
    }
}
