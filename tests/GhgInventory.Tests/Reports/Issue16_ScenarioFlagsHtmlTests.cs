using System.Text.RegularExpressions;
using GhgInventory.Core.Localization;
using GhgInventory.Reports;
using static GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests;
using static GhgInventory.Tests.Reports.HtmlScenarioOutcomes;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 16 (planner's trial): the scenario section shows a scenario's first 12 flags (<see cref="ScenarioReport.TableFlagLimit"/>,
/// as the table prints them) and keeps the rest in a closed &lt;details&gt; that says how many there are, for every scenario, so the
/// charts are not pushed thousands of pixels down by the base's notes.</summary>
[TestFixture]
public sealed class Issue16_ScenarioFlagsHtmlTests
{
    /// <summary>A plan with <paramref name="count"/> flags named 提示01 … (note01 …), in that order.</summary>
    private static GhgInventory.Core.Scenarios.ScenarioOutcome WithFlags(string name, int count)
    {
        var b = new Builder(name, name + " 情景", true)
            .Area(City, [110e6, 112e6, 114e6, 116e6, 118e6, 120e6, 122e6], null, false, 122e6);
        for (int i = 1; i <= count; i++)
        {
            string k = i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            b.Flag(LineText.Term("note" + k, "提示" + k));
        }
        return b.Build();
    }

    private static string Section(string html) => Regex.Match(html, "<section id=\"scenarios\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;

    /// <summary>The flag block of the scenario titled <paramref name="title"/>.</summary>
    private static string Block(string section, string title) =>
        Regex.Match(section, $"<div class=\"warning scenario-flags\"><p><strong>{Regex.Escape(title)}[^<]*</strong></p>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;

    private static List<string> Items(string html) => [.. Regex.Matches(html, "<li>(.*?)</li>").Select(m => m.Groups[1].Value)];

    [Test]
    public void Issue16_Flags_First12ShownTheRestInAClosedDetailsWithTheirCount()
    {
        // a: 15 flags → 12 shown, 15 − 12 = 3 in the details; b: exactly 12 → no details; c: 40 → 12 shown, 28 in the details.
        string section = Section(Html(ReportLanguage.Zh, [WithFlags("a", 15), WithFlags("b", 12), WithFlags("c", 40)], null));
        string a = Block(section, "a 情景（示意）");
        string b = Block(section, "b 情景（示意）");
        string c = Block(section, "c 情景（示意）");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(a, Is.Not.Empty, section);
            string aShown = a[..a.IndexOf("<details", StringComparison.Ordinal)];
            Assert.That(Items(aShown), Is.EqualTo(Enumerable.Range(1, 12).Select(i => $"提示{i:00}")));
            Assert.That(a, Does.Contain("<details class=\"flags-more\"><summary>另有 3 条提示</summary>"));
            Assert.That(a, Does.Not.Contain("<details open"), "closed");
            Assert.That(Items(a[a.IndexOf("<details", StringComparison.Ordinal)..]), Is.EqualTo(new[] { "提示13", "提示14", "提示15" }));

            Assert.That(Items(b), Has.Count.EqualTo(12));
            Assert.That(b, Does.Not.Contain("<details"), "12 flags: nothing left to fold");

            Assert.That(c, Does.Contain("<summary>另有 28 条提示</summary>"));
            Assert.That(Items(c), Has.Count.EqualTo(40), "every flag is in the page");
            Assert.That(Items(c)[^1], Is.EqualTo("提示40"));
            // The charts come after every scenario's block.
            Assert.That(section.IndexOf("提示40", StringComparison.Ordinal), Is.LessThan(section.IndexOf("chart-scenario-paths-city", StringComparison.Ordinal)));
        }
        string en = Section(Html(ReportLanguage.En, [WithFlags("a", 15)], null));
        Assert.That(en, Does.Contain("<summary>3 more notes</summary>").And.Contain("<li>note12</li>"));
    }
}
