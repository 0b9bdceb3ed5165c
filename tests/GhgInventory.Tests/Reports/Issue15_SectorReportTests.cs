using System.Text.Json;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Reports;
using static GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 15: the JSON and table reports carry every substance, totals excluding and including LULUCF, and the memo items apart,
/// on the hand lines of <see cref="GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests"/>.</summary>
[TestFixture]
public sealed class Issue15_SectorReportTests
{
    private const double AbsTolTonnes = 1e-9; // arithmetic only

    private static InventorySummary Summary() =>
        new InventorySummarizer(Regions(), Categories(), isGreenhouse: SubstanceKinds.IsGreenhouse, reportingCells: ReportingCells.Bundled)
            .Summarize(1, City, 2020, new GwpSet("AR5"), HandLines(), []);

    private static ReportNames Names(ReportLanguage language) => new(language, new Dictionary<string, ActivityDefinition>());

    [Test]
    public void Json_HandCase_TotalsSubstancesLulucfAndMemo()
    {
        using var stream = new MemoryStream();
        JsonReport.Write(stream, Summary(), Names(ReportLanguage.En));
        using var doc = JsonDocument.Parse(stream.ToArray());
        var totals = doc.RootElement.GetProperty("totals");
        using (Assert.EnterMultipleScope())
        {
            // Excluding LULUCF 100 + 56 + 130 = 286; LULUCF −50; including 236 (hand case of the brief plus 0.1 t HFC-134a × 1300).
            Assert.That(totals.GetProperty("CO2e_t").GetDouble(), Is.EqualTo(286).Within(AbsTolTonnes));
            Assert.That(totals.GetProperty("LULUCF_CO2e_t").GetDouble(), Is.EqualTo(-50).Within(AbsTolTonnes));
            Assert.That(totals.GetProperty("CO2e_incl_LULUCF_t").GetDouble(), Is.EqualTo(236).Within(AbsTolTonnes));
            Assert.That(totals.GetProperty("CO2_t").GetDouble(), Is.EqualTo(100).Within(AbsTolTonnes), "existing key kept, excluding LULUCF");
            var hfc = totals.GetProperty("substances").GetProperty("HFC-134a");
            Assert.That(hfc.GetProperty("mass_t").GetDouble(), Is.EqualTo(0.1).Within(AbsTolTonnes));
            Assert.That(hfc.GetProperty("co2e_t").GetDouble(), Is.EqualTo(130).Within(AbsTolTonnes));
            var so2 = totals.GetProperty("substances").GetProperty("SO2");
            Assert.That(so2.GetProperty("mass_t").GetDouble(), Is.EqualTo(5).Within(AbsTolTonnes));
            Assert.That(so2.GetProperty("co2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null), "no GWP: null, never 0");
            Assert.That(totals.TryGetProperty("substances", out var s) && s.TryGetProperty("CO2", out _), Is.False, "the three gases keep their own keys");
            var memo = doc.RootElement.GetProperty("memo").EnumerateArray().Single(m => m.GetProperty("category").GetString() == "1.A.3.a.i");
            Assert.That(memo.GetProperty("CO2_t").GetDouble(), Is.EqualTo(1000).Within(AbsTolTonnes));
            var kangbashi = doc.RootElement.GetProperty("by_region").EnumerateArray().Single(r => r.GetProperty("region").GetString() == "150603");
            Assert.That(kangbashi.GetProperty("LULUCF_CO2e_t").ValueKind, Is.EqualTo(JsonValueKind.Null), "no land-use line: NE, not 0");
            Assert.That(kangbashi.GetProperty("LULUCF_CO2e_notation").GetString(), Is.EqualTo("NE"));
        }
    }

    [Test]
    public void Table_HandCase_ShowsBothTotalsTheHfcColumnAndTheMemo()
    {
        var text = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No,
            ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Out = new Spectre.Console.AnsiConsoleOutput(text),
        });
        console.Profile.Width = 250;
        TableReport.Write(console, Summary(), Names(ReportLanguage.En) with { Unit = ReportUnit.Tonnes });
        string table = text.ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table, Does.Contain("HFC-134a").And.Contain("CO2e incl. LULUCF"));
            Assert.That(table, Does.Contain("Total excluding LULUCF").And.Contain("Total including LULUCF"));
            Assert.That(table, Does.Contain("Memo items, not in any total"));
            // The including-LULUCF total row: 236 t; the land-use row −50.
            var including = table.Split('\n').Single(l => l.Contains("Total including LULUCF", StringComparison.Ordinal));
            Assert.That(including, Does.Contain("236"));
            var land = table.Split('\n').Single(l => l.Contains("Land use, land-use change and forestry", StringComparison.Ordinal));
            Assert.That(land, Does.Contain("-50"));
        }
    }
}
