namespace GhgInventory.Tests.Support;

/// <summary>The translation checker finds what it must and lets pass what a reader types or reads as a symbol.</summary>
[TestFixture]
public sealed class Issue13_UntranslatedTextTests
{
    [Test]
    public void Issue13_EnglishSentenceInChineseText_IsFound()
    {
        var found = UntranslatedText.Find("错误: input rejected, nothing stored:\n  2020: 属地排放 1.0 吨 CO2e", TextLanguage.Zh);
        Assert.That(found, Is.EqualTo(new[] { "input", "rejected", "nothing", "stored" }));
    }

    [Test]
    public void Issue13_ChineseTextWithSymbolsAndInputs_IsClean()
    {
        const string text = "运行 #3: 150600 2015–2024, GWP AR5, 属地排放 28,174.1 万吨 CO2e (CH4、N2O 按 IPCC); 用 --chp-split 和 <文件>, "
            + "数据库 --db ghg-demo.db, 类别见 emission-factors/vocabulary/categories.csv 和 ghg.db-journal, 表头 region,year,value[,note], "
            + "例 150622,2024,1.A.1.a.i,raw_coal,<新数值>,万吨; 读 /dev/stdin, UTF-8 或 GB18030; NE 未估算";
        Assert.That(UntranslatedText.Find(text, TextLanguage.Zh), Is.Empty);
    }

    [Test]
    public void Issue13_OptionValueInChineseText_PassesOnlyWhenTheCallerAllowsIt()
    {
        const string text = "没有当年因子的年份使用: nearest (最近的发布年份)";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UntranslatedText.Find(text, TextLanguage.Zh), Is.EqualTo(new[] { "nearest" }));
            Assert.That(UntranslatedText.Find(text, TextLanguage.Zh, ["nearest"]), Is.Empty);
        }
    }

    [Test]
    public void Issue13_ChineseInEnglishText_IsFound()
    {
        var found = UntranslatedText.Find("error: 运行 #3 does not exist; see 'ghg runs'。", TextLanguage.En);
        Assert.That(found, Is.EqualTo(new[] { "运行", "。" }));
    }

    [Test]
    public void Issue13_EnglishTextWithMarkedChinese_IsClean()
    {
        const string text = "Activity key, e.g. raw_coal or 原煤; header region,year,activity (or 地区,年份,品种,数值,单位[,来源][,备注]); "
            + "e.g. 150622,2024,1.A.1.a.i,raw_coal,<new value>,万吨; from the city energy balance 能源平衡表";
        Assert.That(UntranslatedText.Find(text, TextLanguage.En), Is.Empty);
    }

    [Test]
    public void Issue13_RegionNameInEnglishText_PassesOnlyWhenTheCallerAllowsIt()
    {
        const string text = "run #2 covers 准格尔旗 2020";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UntranslatedText.Find(text, TextLanguage.En), Is.EqualTo(new[] { "准格尔旗" }));
            Assert.That(UntranslatedText.Find(text, TextLanguage.En, ["准格尔旗"]), Is.Empty);
        }
    }
}
