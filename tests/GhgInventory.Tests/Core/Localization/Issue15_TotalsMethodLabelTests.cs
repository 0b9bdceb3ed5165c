using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Agriculture;
using GhgInventory.Core.Localization;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Localization;

/// <summary>Issue 15 (totals helper, item 3): every registry method names itself in Chinese one way, <see cref="IEmissionMethod.ChineseNames"/>.</summary>
public sealed class Issue15_TotalsMethodLabelTests
{
    [Test]
    public void Issue15_EveryRegistryMethod_NamesItsLabelInChineseWithoutEnglishWords()
    {
        Assert.That(MethodRegistry.Methods, Has.Count.GreaterThanOrEqualTo(15), "fugitive, IPPU, coal chemicals, agriculture, land, waste");
        foreach (var method in MethodRegistry.Methods.Values)
        {
            Assert.That(method.ChineseNames.Keys, Does.Contain(method.Label), method.Key);
            Assert.That(MethodNames.Known, Is.SupersetOf(method.ChineseNames.Keys), method.Key);
            using (UiCulture.Use(UiCulture.Chinese))
            {
                string zh = MethodNames.Of(method.Label);
                Assert.That(zh, Does.Match(@"\p{IsCJKUnifiedIdeographs}").And.Not.EqualTo(method.Label), method.Key);
                Assert.That(UntranslatedText.EnglishRuns(zh), Is.Empty, $"{method.Key}: {zh}");
            }
            using (UiCulture.Use(UiCulture.English))
            {
                Assert.That(MethodNames.Of(method.Label), Is.EqualTo(method.Label), "in English a method reads as stored");
            }
        }
    }

    [Test]
    public void Issue15_AgricultureAndWasteMethods_AreNamedInChinese()
    {
        // Before issue 15's single mechanism these had no Chinese name and a Chinese report showed the English label.
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(MethodNames.Of(LivestockMethod.Name), Does.StartWith("畜禽肠道发酵甲烷"));
            Assert.That(MethodNames.Of(ManagedSoilsN2oMethod.Name), Does.StartWith("农用地氧化亚氮排放"));
            Assert.That(MethodNames.Of(RiceCh4Method.Name), Does.StartWith("稻田甲烷排放"));
            Assert.That(MethodNames.Of(new GhgInventory.Core.Accounting.Methods.Waste.LandfillFodMethod().Label), Does.StartWith("固体废弃物填埋甲烷排放"));
            Assert.That(MethodNames.Of(GhgInventory.Core.Accounting.Methods.Fugitive.CoalMiningMethod.Name), Does.StartWith("煤炭开采和矿后活动甲烷逃逸排放"));
        }
    }
}
