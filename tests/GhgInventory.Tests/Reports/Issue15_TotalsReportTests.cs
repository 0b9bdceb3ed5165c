using System.Text.Json;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Reports;
using GhgInventory.Reports.Html;
using static GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 15 (totals helper): both totals (excluding and including LULUCF) in the CSV totals and the HTML change card, the JSON
/// report's edition and the bunker memo rows of the completeness JSON, on the hand lines of
/// <see cref="GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests"/>.</summary>
[TestFixture]
public sealed class Issue15_TotalsReportTests
{
    private const double AbsTolTonnes = 1e-9; // arithmetic only

    private static InventorySummary Summary(IEnumerable<EmissionLine>? lines = null) =>
        new InventorySummarizer(Regions(), Categories(), isGreenhouse: SubstanceKinds.IsGreenhouse, reportingCells: ReportingCells.Bundled)
            .Summarize(1, City, 2020, new GwpSet("AR5"), lines ?? HandLines(), []);

    /// <summary>The CSV's records, quoted fields unquoted (a name with a comma is quoted).</summary>
    private static List<string[]> Rows(string csv)
    {
        var result = new List<string[]>();
        foreach (var line in csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')))
        {
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = !quoted; }
                else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
                else { field.Append(c); }
            }
            fields.Add(field.ToString());
            result.Add([.. fields]);
        }
        return result;
    }

    private static ReportNames Names(ReportLanguage language) => new(language, new Dictionary<string, ActivityDefinition>());

    [Test]
    public void CsvTotals_HandCase_TotalExcludingLulucfThenLulucfThenTotalIncluding()
    {
        var writer = new StringWriter();
        CsvReport.WriteTotals(writer, Summary(), Names(ReportLanguage.En));
        var rows = Rows(writer.ToString());
        // run,region,year,table,code,name,co2_t,ch4_t,n2o_t,co2e_t,notation_key
        int territorial = rows.FindIndex(r => r[5] == "territorial total");
        using (Assert.EnterMultipleScope())
        {
            // Excluding LULUCF: 100 t CO2 + 2 t CH4 × 28 + 0.1 t HFC-134a × 1300 = 100 + 56 + 130 = 286 t CO2e (4.A CH4 NE beside it).
            Assert.That(rows[territorial][9], Is.EqualTo("286"));
            Assert.That(rows[territorial + 1][5], Is.EqualTo("Land use (LULUCF, 3.B)"));
            // LULUCF: the removal −50 t CO2 = −50 t CO2e.
            Assert.That(rows[territorial + 1][6], Is.EqualTo("-50"));
            Assert.That(rows[territorial + 1][9], Is.EqualTo("-50"));
            Assert.That(rows[territorial + 2][5], Is.EqualTo("Total including LULUCF"));
            // Including: 286 − 50 = 236 t CO2e; CO2 100 − 50 = 50 t.
            Assert.That(rows[territorial + 2][6], Is.EqualTo("50"));
            Assert.That(rows[territorial + 2][9], Is.EqualTo("236"));
            Assert.That(rows[territorial + 2][10], Is.EqualTo("NE"), "the NE of 4.A stays beside the total including LULUCF");
        }
    }

    [Test]
    public void CsvTotals_NoLandUseLine_LulucfIsNeNeverZero()
    {
        var lines = HandLines().Where(l => !l.Category.IsWithin("3.B")).ToList();
        var writer = new StringWriter();
        CsvReport.WriteTotals(writer, Summary(lines), Names(ReportLanguage.Zh));
        var land = Rows(writer.ToString()).Single(r => r.Length > 5 && r[5] == "土地利用、土地利用变化和林业（3.B）");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(land[9], Is.Empty, "no number");
            Assert.That(land[10], Is.EqualTo("NE"));
        }
    }

    [Test]
    public void Json_Edition_IsTheRunsEdition()
    {
        foreach (var (edition, name) in new[] { (GuidelineEdition.Provincial2011, "provincial-2011"), (GuidelineEdition.Provincial2025, "provincial-2025") })
        {
            using var stream = new MemoryStream();
            JsonReport.Write(stream, Summary() with { Edition = edition }, Names(ReportLanguage.En));
            using var doc = JsonDocument.Parse(stream.ToArray());
            Assert.That(doc.RootElement.GetProperty("edition").GetString(), Is.EqualTo(name));
        }
    }

    [Test]
    public void CompletenessJson_Bunkers_AreMemoRows()
    {
        using var stream = new MemoryStream();
        CompletenessReport.WriteJson(stream, Summary());
        using var doc = JsonDocument.Parse(stream.ToArray());
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var aviation = rows.Single(r => r.GetProperty("category").GetString() == "1.A.3.a.i");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(aviation.GetProperty("memo").GetBoolean(), Is.True);
            // The memo line of the hand case: 1000 t CO2 of international aviation.
            Assert.That(aviation.GetProperty("cells").GetProperty("CO2").GetProperty("value_t").GetDouble(), Is.EqualTo(1000).Within(AbsTolTonnes));
            Assert.That(rows.Single(r => r.GetProperty("category").GetString() == "1.A.1").GetProperty("memo").GetBoolean(), Is.False);
            Assert.That(rows.Where(r => r.GetProperty("memo").GetBoolean()).Select(r => r.GetProperty("category").GetString()), Is.EqualTo(new[] { "1.A.3.a.i", "1.A.3.d.i" }));
        }
    }

    [Test]
    public void HtmlChangeCard_WithLandUse_ShowsTheChangeIncludingLulucf()
    {
        // Previous year (by hand): 200 t CO2 at 1.A.1.a and a removal of −20 t CO2 at 3.B.1.a: excluding 200, including 180 t CO2e.
        var previous = Summary([Line(Dongsheng, "1.A.1.a", "CO2", 200, 200, source: 1), Line(Dongsheng, "3.B.1.a", "CO2", -20, -20, source: 2)]) with { Year = 2019 };
        var current = Summary();
        // Excluding: 286 − 200 = +86 t; including: 236 − 180 = +56 t = +0.0056 万吨, share 56 / 180 = +31.11 %.
        var incl = YearOnYear.Of(current, previous, includingLulucf: true);
        Assert.That(incl.DifferenceTonnes, Is.EqualTo(56).Within(AbsTolTonnes));
        var run = new HtmlRunInfo(1, "2026-01-01", "test", "AR5", 2019, 2020, "edition=provincial-2011", new string('0', 64), [], 2, []);
        var data = new HtmlReportData(current, [previous, current], run, Names(ReportLanguage.Zh))
        {
            Change = YearOnYear.Of(current, previous),
            ChangeIncludingLulucf = incl,
        };
        var html = new StringWriter();
        using (GhgInventory.Core.Localization.UiCulture.Use(GhgInventory.Core.Localization.UiCulture.Chinese))
        {
            HtmlReport.WriteSections(html, data, [new GhgInventory.Reports.Html.Sections.SummarySection()]);
        }
        using (Assert.EnterMultipleScope())
        {
            // The headline stays the total excluding LULUCF: +86 / 200 = +43.00 %.
            Assert.That(html.ToString(), Does.Contain("(+43.00%)"));
            // Beside it the change including LULUCF: +56 t = 0.0 万吨 at one decimal, +56 / 180 = +31.11 %.
            Assert.That(html.ToString(), Does.Contain("含土地利用、土地利用变化和林业：0.0 万吨CO2当量 (+31.11%)"));
        }
    }
}
