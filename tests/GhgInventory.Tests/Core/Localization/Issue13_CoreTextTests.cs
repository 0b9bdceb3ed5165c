using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GhgInventory.Core.Localization;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Localization;

/// <summary>Issue 13 item 2 (Core): every Core message has its Chinese, and stored texts keep their form.</summary>
public sealed partial class Issue13_CoreTextTests
{
    private static Dictionary<string, string> Set(CultureInfo culture) =>
        CoreMessages.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Test]
    public void Issue13_EveryCoreMessage_HasAChineseTextWithTheSamePlaceholdersAndNoEnglishSentence()
    {
        var english = Set(CultureInfo.InvariantCulture);
        var chinese = Set(UiCulture.Chinese);
        Assert.That(english, Has.Count.GreaterThan(100));
        Assert.That(chinese.Keys, Is.EquivalentTo(english.Keys));
        foreach (var (key, en) in english)
        {
            string zh = chinese[key];
            Assert.That(Placeholders(zh), Is.EquivalentTo(Placeholders(en)), key);
            Assert.That(UntranslatedText.EnglishRuns(zh), Is.Empty, $"{key}: {zh}");
            // A text with words has Chinese words; only pure patterns ("{0} {1}") read the same in both.
            if (Regex.IsMatch(en.Replace("{", "").Replace("}", ""), "[A-Za-z]{3,}"))
            {
                Assert.That(zh, Does.Match(@"\p{IsCJKUnifiedIdeographs}"), $"{key}: {zh}");
            }
        }
    }

    [Test]
    public void Issue13_MethodNames_AreTheStoredLabelInEnglishAndChineseInChinese()
    {
        foreach (var label in MethodNames.Known)
        {
            using (UiCulture.Use(UiCulture.English))
            {
                Assert.That(MethodNames.Of(label), Is.EqualTo(label));
            }
            using (UiCulture.Use(UiCulture.Chinese))
            {
                Assert.That(MethodNames.Of(label), Does.Match(@"\p{IsCJKUnifiedIdeographs}").And.Not.EqualTo(label), label);
                Assert.That(UntranslatedText.EnglishRuns(MethodNames.Of(label)), Is.Empty, label);
            }
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(MethodNames.Of("a method of another engine"), Is.EqualTo("a method of another engine"), "unknown labels read as stored");
        }
    }

    [Test]
    public void Issue13_LineText_RoundTripsThroughItsStoredForm()
    {
        var text = LineText.Of("CbNotMade", "1.A.1.c.i",
            LineText.Join(", ", [LineText.Of("CbUnder", LineText.Term("coke_oven_gas", "焦炉煤气"), "NE"), LineText.Verbatim("l10n:looks encoded")]));
        string stored = text.Encode();
        var back = LineText.Decode(stored);
        Assert.That(stored, Does.StartWith(LineText.Marker));
        Assert.That(back, Is.EqualTo(text));
        Assert.That(back.Encode(), Is.EqualTo(stored));
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(back.Render(), Is.EqualTo("carbon balance of 1.A.1.c.i not made: coke_oven_gas under NE, l10n:looks encoded"));
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(back.Render(), Is.EqualTo("1.A.1.c.i 的碳平衡未能计算：焦炉煤气为 NE, l10n:looks encoded"));
        }
        // Texts of another engine version: an unknown key, or a known one with too few arguments, read as key and arguments.
        Assert.That(LineText.Decode("l10n:{\"k\":\"NoSuchKey\",\"a\":[\"x\"]}").Render(), Is.EqualTo("NoSuchKey(x)"));
        Assert.That(LineText.Decode("l10n:{\"k\":\"CbNotMade\",\"a\":[\"1.A.1.c.i\"]}").Render(), Is.EqualTo("CbNotMade(1.A.1.c.i)"));
        // A user's note is stored as written, so notes stored before issue 13 and after read alike.
        Assert.That(LineText.Verbatim("boilers shut in 2019").Encode(), Is.EqualTo("boilers shut in 2019"));
        Assert.That(LineText.Decode(LineText.Verbatim("l10n:odd note").Encode()).Render(), Is.EqualTo("l10n:odd note"));
    }

    [Test]
    public void Issue13_CoreExceptions_SpeakTheReadersLanguage()
    {
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(() => GhgInventory.Core.Domain.CategoryCode.Parse("x.y"), Throws.TypeOf<FormatException>().With.Message.EqualTo("“x.y”不是 IPCC 类别代码（如 1.A.1.a）。"));
            Assert.That(() => GhgInventory.Core.Power.ChpSplit.ByEfficiency(1.5, 0.35), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("供热参考效率须为 (0, 1] 内的小数"));
        }
        Assert.That(() => GhgInventory.Core.Domain.CategoryCode.Parse("x.y"), Throws.TypeOf<FormatException>().With.Message.EqualTo("'x.y' is not an IPCC category code like 1.A.1.a."));
    }

    private static List<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
