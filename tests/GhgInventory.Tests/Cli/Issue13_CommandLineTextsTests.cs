using GhgInventory.Cli;
using GhgInventory.Core.Localization;

namespace GhgInventory.Tests.Cli;

/// <summary>System.CommandLine's messages that its zh-Hans satellite leaves in English are said in Chinese; in English only .NET type names change.</summary>
[TestFixture]
public sealed class Issue13_CommandLineTextsTests
{
    [TestCase("Option '--year' is required.", "缺少必需的选项 --year。")]
    [TestCase("Option '--db' expects a single argument but 2 were provided.", "选项 --db 只接受一个值, 但给出了 2 个。")]
    [TestCase("Cannot parse argument 'x' for option '--run' as expected type 'System.Nullable`1[System.Int64]'.", "选项 --run 的值 'x' 不是整数。")]
    [TestCase("Cannot parse argument '0,8' for option '--chp-heat-efficiency' as expected type 'System.Nullable`1[System.Double]'.", "选项 --chp-heat-efficiency 的值 '0,8' 不是数字。")]
    [TestCase("Cannot parse argument 'abc' for command 'accept-flag' as expected type 'System.Int64'.", "命令 accept-flag 的参数 'abc' 不是整数。")]
    [TestCase("'--yeer' was not matched. Did you mean one of the following?\n--year", "无法识别 '--yeer'。是否指以下之一?\n--year")]
    [TestCase("--help option cannot be combined with other arguments.", "选项 --help 不能与其他参数一起使用。")]
    public void Issue13_UntranslatedParseMessage_IsSaidInChinese(string english, string chinese)
    {
        using var culture = UiCulture.Use(UiCulture.Chinese);
        Assert.That(CommandLineTexts.Error(english), Is.EqualTo(chinese));
    }

    [TestCase("Cannot parse argument 'x' for option '--run' as expected type 'System.Nullable`1[System.Int64]'.", "Cannot parse argument 'x' for option '--run' as a whole number.")]
    [TestCase("Option '--year' is required.", "Option '--year' is required.")]
    public void Issue13_EnglishParseMessage_KeepsItsWordsWithoutTypeNames(string message, string expected)
    {
        using var culture = UiCulture.Use(UiCulture.English);
        Assert.That(CommandLineTexts.Error(message), Is.EqualTo(expected));
    }

    [Test]
    public void Issue13_Help_EnglishHeadings_AreSaidInChinese_OnlyInAChineseRun()
    {
        const string help = "Description:\n  x\n\nUsage:\n  ghg [command] [options]\n\n  --year <year> (REQUIRED)  y [default: 2020]\n";
        string zh, en;
        using (UiCulture.Use(UiCulture.Chinese))
        {
            zh = CommandLineTexts.Help(help);
        }
        using (UiCulture.Use(UiCulture.English))
        {
            en = CommandLineTexts.Help(help);
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh, Is.EqualTo("说明:\n  x\n\nUsage:\n  ghg [命令] [选项]\n\n  --year <year> (必需)      y [默认值: 2020]\n"));
            Assert.That(en, Is.EqualTo(help));
        }
    }
}
