using GhgInventory.Core.Localization;
using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 13 items 6 and 7: CSV that opens right in Excel, and the XLSX export of the reporting tables.</summary>
[TestFixture]
public sealed class Issue13CsvTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Jungar = RegionCode.Parse("150622");
    private InventorySummary summary = null!;
    private ReportNames english = null!;

    [SetUp]
    public void CompileASmallInventory()
    {
        var result = ActivityFile.Ingest(workspace, "jungar.csv", ActivityFile.Utf8(
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,统计局,",
            "150622,2020,1.A.2.c,electricity,5000,万千瓦时,电力公司,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var (run, _) = workspace.Compile(2020, 2020, Jungar, GwpSet.Default, new CompileOptions());
        summary = workspace.Summarize(run, Jungar, 2020);
        english = new ReportNames(ReportLanguage.En, workspace.References.LoadActivities());
        Assert.That(summary.Lines.Any(l => l.Scope == EmissionScope.Indirect), Is.True, "the electricity row makes an indirect line");
    }

    private static List<string[]> Parse(string text)
    {
        using var reader = CsvHelper.CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return rows;
    }

    [Test]
    public void Issue13_CsvLines_QuoteCrLfCommaQuote_NeutraliseFormulas_AndHaveNoFloatNoise()
    {
        var coal = summary.Lines.First(l => l.Activity == "raw_coal" && l.Gas == Gas.CO2);
        // A factor's table name with a bare CR (the case issue 13 found), a method with comma, quote and LF, a note that is a formula.
        var tricky = coal with
        {
            MassTonnes = 68930000000.00002,
            Co2eTonnes = -5.5,
            Method = "tier 1, \"IPCC\"\nVol 2",
            NoteText = LineText.Verbatim("=HYPERLINK(\"http://x\")"),
            Factors = [coal.Factors[0] with { Table = "Table 1.3\rrow 2" }],
        };
        var lines = summary.Lines.Select(l => ReferenceEquals(l, coal) ? tricky : l).ToList();
        var writer = new StringWriter();
        CsvReport.Write(writer, summary with { Lines = lines }, english, workspace.References.LoadCategories());
        string text = writer.ToString();

        var rows = Parse(text);
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        var row = rows.Single(r => r[Col("method")].StartsWith("tier 1", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text[0], Is.EqualTo('\uFEFF'), "UTF-8 byte order mark first");
            Assert.That(header, Is.EqualTo(CsvReport.Header.Split(',')));
            Assert.That(rows, Has.Count.EqualTo(summary.Lines.Count + 1), "the CR and LF stay inside their quoted fields");
            Assert.That(rows, Has.All.Length.EqualTo(header.Length));
            Assert.That(text, Does.Contain("\"Table 1.3\rrow 2]\"").Or.Contain("Table 1.3\rrow 2]\""));
            Assert.That(row[Col("factors")], Does.EndWith("Table 1.3\rrow 2]"));
            Assert.That(row[Col("method")], Is.EqualTo("tier 1, \"IPCC\"\nVol 2"));
            Assert.That(row[Col("note")], Is.EqualTo("'=HYPERLINK(\"http://x\")"), "a formula is written as text");
            Assert.That(row[Col("territorial_mass_t")], Is.EqualTo("68930000000"), "no float noise");
            Assert.That(row[Col("territorial_co2e_t")], Is.EqualTo("-5.5"), "a negative number is a number, not neutralised");
            Assert.That(row[Col("indirect_co2e_t")], Is.Empty);
        }
    }

    [TestCase("=1+2")]
    [TestCase("+1")]
    [TestCase("-1-1")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tx")]
    [TestCase("\rx")]
    public void Issue13_FormulaLikeText_GetsAnApostropheInCsvAndXlsx(string note)
    {
        var first = summary.Lines[0];
        var writer = new StringWriter();
        CsvReport.Write(writer, summary with { Lines = [first with { NoteText = LineText.Verbatim(note) }] }, english, workspace.References.LoadCategories());
        var rows = Parse(writer.ToString());
        Assert.That(rows[1][Array.IndexOf(rows[0], "note")], Is.EqualTo("'" + note));
        Assert.That(SpreadsheetText.Neutralised(note), Is.EqualTo("'" + note));
        Assert.That(SpreadsheetText.Neutralised("1" + note), Is.EqualTo("1" + note), "only a leading character counts");
    }

    [Test]
    public void Issue13_CsvLines_NeverMixTerritorialAndIndirectInOneColumn()
    {
        var writer = new StringWriter();
        CsvReport.Write(writer, summary, english, workspace.References.LoadCategories());
        var rows = Parse(writer.ToString());
        int scope = Array.IndexOf(rows[0], "scope");
        int territorial = Array.IndexOf(rows[0], "territorial_co2e_t");
        int indirect = Array.IndexOf(rows[0], "indirect_co2e_t");
        var data = rows.Skip(1).ToList();
        double Sum(int column) => data.Where(r => r[column].Length > 0).Sum(r => double.Parse(r[column], CultureInfo.InvariantCulture));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Where(r => r[scope] == "indirect").Select(r => r[territorial]), Has.All.Empty);
            Assert.That(data.Where(r => r[scope] == "territorial").Select(r => r[indirect]), Has.All.Empty);
            // Each column sums to its own total (rounded to 1 kg per line).
            Assert.That(Sum(territorial), Is.EqualTo(summary.Territorial.Co2eTonnes).Within(0.001 * data.Count));
            Assert.That(Sum(indirect), Is.EqualTo(summary.Bridge.PurchasedElectricityCo2eTonnes).Within(0.001 * data.Count));
        }
    }

    [Test]
    public void Issue13_CsvHeader_FollowsTheLanguage_AndTotalsGoToTheirOwnFile()
    {
        var chinese = new ReportNames(ReportLanguage.Zh, workspace.References.LoadActivities());
        var lines = new StringWriter();
        CsvReport.Write(lines, summary, chinese, workspace.References.LoadCategories());
        Assert.That(Parse(lines.ToString())[0], Is.EqualTo(CsvReport.HeaderZh.Split(',')));
        Assert.That(Parse(lines.ToString())[0], Does.Contain("属地排放_吨CO2当量"));

        var totals = new StringWriter();
        CsvReport.WriteTotals(totals, summary, english);
        var rows = Parse(totals.ToString());
        Assert.That(rows[0], Is.EqualTo(CsvReport.TotalsHeader.Split(',')));
        var total = rows.Single(r => r[5] == "territorial total");
        var consumption = rows.Single(r => r[5] == "consumption-based emissions");
        Assert.That(double.Parse(total[9], CultureInfo.InvariantCulture), Is.EqualTo(Math.Round(summary.Territorial.Co2eTonnes, 3)));
        Assert.That(double.Parse(consumption[9], CultureInfo.InvariantCulture), Is.EqualTo(Math.Round(summary.Bridge.ConsumptionBasedCo2eTonnes, 3)));
        Assert.That(ReportCommandTotals(), Is.EqualTo("out/report-totals.csv"));
    }

    private static string ReportCommandTotals() => GhgInventory.Cli.Commands.ReportCommand.TotalsPath("out/report.csv").Replace('\\', '/');

    [Test]
    public void Issue13_XlsxExport_OpensBack_WithTheJsonReportsTotals_AndNeutralisedText()
    {
        // A category name that is a formula: written as neutralised text, never as a formula.
        var first = summary.ByCategory[0];
        var named = summary with { ByCategory = [first with { Category = first.Category with { NameEn = "=1+2" } }, .. summary.ByCategory.Skip(1)] };
        using var xlsx = new MemoryStream();
        XlsxReport.Write(xlsx, named, english, [(2020, summary.Territorial)]);
        using var json = new MemoryStream();
        JsonReport.Write(json, summary, english);
        using var doc = JsonDocument.Parse(json.ToArray());
        double jsonTotal = doc.RootElement.GetProperty("totals").GetProperty("CO2e_t").GetDouble();
        double jsonConsumption = doc.RootElement.GetProperty("electricity_bridge").GetProperty("consumption_based_co2e_t").GetDouble();

        xlsx.Position = 0;
        using var book = new XLWorkbook(xlsx);
        Assert.That(book.Worksheets.Select(s => s.Name), Is.EqualTo(new[] { "by category and gas", "by banner", "bridge", "trend" }));
        var byCategory = book.Worksheet("by category and gas");
        var headings = Enumerable.Range(1, 7).Select(c => byCategory.Cell(XlsxReport.HeaderRow, c).GetString()).ToList();
        var totalRow = byCategory.Row(XlsxReport.HeaderRow + 1);
        var bridge = book.Worksheet("bridge");
        var bridgeRows = Enumerable.Range(XlsxReport.HeaderRow + 1, 6).Select(r => bridge.Row(r)).ToList();
        var generation = bridgeRows.Single(r => r.Cell(1).GetString().Contains("electricity generation", StringComparison.Ordinal)).Cell(2);
        var formulaName = byCategory.Cell(XlsxReport.HeaderRow + 2, 2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(headings, Does.Contain("CO2 (t)").And.Contain("CO2e (t, AR5)"));
            Assert.That(totalRow.Cell(6).DataType, Is.EqualTo(XLDataType.Number));
            Assert.That(totalRow.Cell(6).GetDouble(), Is.EqualTo(jsonTotal).Within(0.0005), "rounded to 1 kg");
            Assert.That(bridgeRows[^1].Cell(2).GetDouble(), Is.EqualTo(jsonConsumption).Within(0.0005));
            Assert.That(book.Worksheet("trend").Cell(XlsxReport.HeaderRow + 1, 5).GetDouble(), Is.EqualTo(jsonTotal).Within(0.0005));
            Assert.That(formulaName.HasFormula, Is.False);
            Assert.That(formulaName.GetString(), Is.EqualTo("'=1+2"));
            Assert.That(generation.DataType, Is.EqualTo(XLDataType.Number), "a negative number stays a number");
            Assert.That(generation.GetDouble(), Is.LessThan(0));
        }
    }
}
