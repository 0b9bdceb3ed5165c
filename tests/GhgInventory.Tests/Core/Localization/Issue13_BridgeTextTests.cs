using GhgInventory.Core.Accounting;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Power;
using GhgInventory.Core.Reporting;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Localization;

/// <summary>Issue 13 item 2 (Core): the electricity and heat bridge — plant names, splits, problems, derived heat factors — in Chinese.</summary>
/// <remarks>The plant cases of issue 12 (PowerAndHeatBridgeTests, DerivedHeatFactorTests, Issue12BridgeFixesTests), compiled and summarised
/// with the Chinese UI culture; user notes are written in Chinese, as a banner official writes them.</remarks>
public sealed class Issue13_BridgeTextTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("150600", new CompileOptions(), new[]
        {
            "150626,2023,1.A.1.a.iii,raw_coal,10,万吨,t,,", "150626,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150621,2023,1.A.1.a.iii,raw_coal,5,万吨,t,,", "150621,2023,1.A.1.a.iii,natural_gas,NE,万立方米,t,未抄表,", "150621,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150627,2023,1.A.4.b,heat,50,万吉焦,t,,",
        }, "由 150600 的供热推算（无本地 heat_ef）（150627 的上级地区）").SetName("Issue13_BridgeInChinese_DerivedHeatFactor");
        yield return new TestCaseData("150600", new CompileOptions(), new[]
        {
            "150626,2023,1.A.1.a.iii,raw_coal,10,万吨,t,,", "150626,2023,1.A.1.a.iii,natural_gas,NE,万立方米,t,未抄表,", "150626,2023,1.A.1.a.iii,heat_supply,100,万吉焦,t,,",
            "150627,2023,1.A.4.b,heat,50,万吉焦,t,,",
        }, "没有本地热力排放因子 heat_ef，且150626 2023 1.A.1.a.iii 公用电厂（天然气 NE）的供热推算不出因子").SetName("Issue13_BridgeInChinese_HeatFactorWithheld");
        yield return new TestCaseData("150626", new CompileOptions(), new[]
        {
            "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,", "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,",
            "150626,2023,1.A.1.a.ii,heat_supply,1e15,GJ,t,,", "150626,2023,1.A.4.b,heat,1e15,GJ,t,,",
        }, "超过所烧燃料的能量 20,908,000 GJ").SetName("Issue13_BridgeInChinese_OutputsAboveFuelEnergy");
        yield return new TestCaseData("150626", new CompileOptions(Chp: ChpSplit.ByEfficiency(0.80, 0.35)), new[]
        {
            "150626,2023,1.A.1.a.ii,raw_coal,100,万吨,t,,", "150626,2023,1.A.1.a.ii,electricity_generation,15,亿千瓦时,t,,", "150626,2023,1.A.1.a.ii,heat_supply,1000,万吉焦,t,,",
        }, "效率法：电力分摊比例 = (P/e_P) / (H/e_H + P/e_P) = (5,400,000 GJ / 0.35) / (10,000,000 GJ / 0.8 + 5,400,000 GJ / 0.35) = 0.5524")
            .SetName("Issue13_BridgeInChinese_ChpEfficiencySplit");
        yield return new TestCaseData("150621", new CompileOptions(), new[]
        {
            "150621,2023,1.A.1.a,raw_coal,500,万吨,t,,", "150621,2023,1.A.1.a,electricity_generation,NE,,t,计量待定,",
        }, "发电厂（发电量 NE，无供热量行）：全部排放归于电力，发电量 NE").SetName("Issue13_BridgeInChinese_GenerationNotEstimated");
    }

    /// <remarks>Efficiency split by hand: P/e_P = 5.4e6 / 0.35 = 15,428,571.43; H/e_H = 1e7 / 0.8 = 12,500,000; share 15.43 / 27.93 = 0.5524.
    /// Outputs above fuel: 100 万吨 raw coal × 20.908 GJ/t = 20,908,000 GJ.</remarks>
    [TestCaseSource(nameof(Cases))]
    public void Issue13_BridgeInChinese_ReadsChineseWithNoEnglishSentence(string region, CompileOptions options, string[] rows, string expected)
    {
        using var _ = UiCulture.Use(UiCulture.Chinese);
        var (summary, _) = PlantCase.Run(region, options, rows);
        var b = summary.Bridge;
        var texts = summary.Lines.SelectMany(l => new[] { l.Note, l.Arithmetic, MethodNames.Of(l.Method) })
            .Concat(b.Plants.SelectMany(p => new[] { p.Name, p.ShareArithmetic, p.Problem }))
            .Concat(b.HeatUses.SelectMany(h => new[] { h.Origin, h.Derivation }))
            .Concat(b.Problems).Append(b.Split.Label)
            .Where(t => !string.IsNullOrEmpty(t)).Distinct().ToList();
        Assert.That(texts, Has.Some.Contains(expected), string.Join("\n", texts));
        Assert.That(texts.SelectMany(t => UntranslatedText.EnglishRuns(t).Select(run => $"{run}  ←  {t}")), Is.Empty);
    }

    /// <summary>Plants that ingest now refuses, as a run stored before the checks has them: output without fuel, autoproducer fuel without
    /// output, and output below fuel written at an aggregate code.</summary>
    [Test]
    public void Issue13_BridgeProblemsOfOldData_ReadChinese()
    {
        using var _ = UiCulture.Use(UiCulture.Chinese);
        var code = GhgInventory.Core.Domain.RegionCode.Parse("150626");
        var c = GhgInventory.Core.Domain.CategoryCode.Parse("1.A.2.c");
        var sources = new List<EmissionSource>
        {
            new(0, code, 2023, c, "electricity_generation", 80e8 * 0.0036, "GJ", []),
            new(1, code, 2023, GhgInventory.Core.Domain.CategoryCode.Parse("1.A.2.d"), "raw_coal", 5e6, "t", [], GhgInventory.Core.Domain.FuelUse.Autoproducer),
        };
        var lines = new List<EmissionLine>
        {
            new(1, code, 2023, sources[1].Category, "raw_coal", GhgInventory.Core.Domain.Gas.CO2, EmissionScope.Territorial, 9_501_494.244, 9_501_494.244, 1, null,
                FuelCombustionMethod.Name, LineText.Verbatim(""), null, [], GhgInventory.Core.Domain.FuelUse.Autoproducer),
        };
        var problems = InventorySummarizer.Bridge(GasTotals.Of(lines), lines, sources, ChpSplit.EnergyOutput).Problems
            .Concat(PlantCase.StoredCoalAndGeneration("150621", "1.A.1.a", "1.A.1.a.i").Problems).ToList();
        Assert.That(problems, Has.Some.StartsWith("150626 2023 1.A.2.c 自备电厂：1.A.2.c 有产出行（发电 80 亿千瓦时），但 1.A.2.c 没有用途标为 use=autoproducer（自备电厂）的燃料"), string.Join("\n", problems));
        Assert.That(problems, Has.Some.StartsWith("150626 2023 1.A.2.d 自备电厂：1.A.2.d 有用途标为 use=autoproducer（自备电厂）的燃料，但没有发电量或供热量行"), string.Join("\n", problems));
        Assert.That(problems, Has.Some.StartsWith("150621 2023 1.A.1.a.i 公用电厂：1.A.1.a.i 有产出行（发电 80 亿千瓦时）但没有燃料，燃料填在 1.A.1.a"), string.Join("\n", problems));
        Assert.That(problems.SelectMany(UntranslatedText.EnglishRuns), Is.Empty);
    }
}
