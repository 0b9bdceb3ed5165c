using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.ReferenceData;
using static GhgInventory.Tests.Core.Reporting.Issue15_SubstanceTotalsTests;

namespace GhgInventory.Tests.Core.Reporting;

/// <summary>Issue 15 item 10: the completeness matrix on lines built here, with the bundled reporting-cells.csv.</summary>
[TestFixture]
public sealed class Issue15_CompletenessMatrixTests
{
    private const double AbsTolTonnes = 1e-9; // arithmetic only

    private static List<EmissionLine> Lines() => [
        Line(Dongsheng, "1.A.1.a", "CO2", 100, 100, source: 1),
        Line(Kangbashi, "1.A.1.a", "CO2", 25.5, 25.5, source: 2),
        Line(Dongsheng, "1.A.1.a", "CH4", 2, 56, source: 1),
        Line(Kangbashi, "1.A.1.a", "CH4", null, null, key: NotationKey.NE, source: 2),
        Line(Dongsheng, "3.B.1.a", "CO2", -50, -50, source: 3),
        Line(Kangbashi, "2.F.1", "HFC-134a", 0.1, 130, source: 4),       // 0.1 t × 1300 (AR5) = 130 t CO2e
        Line(Kangbashi, "2.F.1", "HFC-32", 0.2, 135.4, source: 5),       // 0.2 t × 677 (AR5) = 135.4 t CO2e
        Line(Kangbashi, "5", "CO2", 7, 7, source: 6),                    // a category under no reporting row
        Line(Dongsheng, "1.A.3.a.i", "CO2", 1000, 1000, EmissionScope.Memo, source: 7), // memo: not in the matrix
        Line(Dongsheng, "1.A.1.a", "SO2", 5, null, source: 1),           // an air pollutant: not a greenhouse-gas cell
    ];

    private static CompletenessMatrix Matrix() =>
        CompletenessMatrix.Build(ReportingCells.Bundled, Categories(), Lines(), SubstanceKinds.IsGreenhouse);

    private static CompletenessCell Cell(CompletenessMatrix m, string category, string column) =>
        m.Rows.Single(r => r.Category.Code.Value == category).Cells.Single(c => c.Column == column);

    [Test]
    public void Build_HandLines_CellsAreSumsWithTheirKeys()
    {
        var m = Matrix();
        using (Assert.EnterMultipleScope())
        {
            // 1.A.1 CO2: 100 (东胜区) + 25.5 (康巴什区) = 125.5 t.
            Assert.That(Cell(m, "1.A.1", "CO2").Value!.Number, Is.EqualTo(125.5).Within(AbsTolTonnes));
            // 1.A.1 CH4: 2 t with the NE of 康巴什区 beside it: "2 + NE".
            Assert.That(Cell(m, "1.A.1", "CH4").Value!.Number, Is.EqualTo(2).Within(AbsTolTonnes));
            Assert.That(Cell(m, "1.A.1", "CH4").Value!.IncompleteBecause, Is.EqualTo(new[] { NotationKey.NE }));
            Assert.That(Cell(m, "1.A.1", "CH4").Notes.Select(n => n.Key), Is.EqualTo(new[] { NotationKey.NE }));
            // 3.B.1 CO2: the removal keeps its sign, −50 t.
            Assert.That(Cell(m, "3.B.1", "CO2").Value!.Number, Is.EqualTo(-50).Within(AbsTolTonnes));
            // 2.F HFCs in t CO2e: 130 + 135.4 = 265.4.
            Assert.That(Cell(m, "2.F", "HFCs").Value!.Number, Is.EqualTo(265.4).Within(AbsTolTonnes));
        }
    }

    [Test]
    public void Build_HandLines_DefaultsAndNotApplicable()
    {
        var m = Matrix();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Cell(m, "4.A", "CH4").Key, Is.EqualTo(NotationKey.NE), "no waste line: the default of reporting-cells.csv");
            Assert.That(Cell(m, "4.A", "CH4").ReasonEn, Is.EqualTo("no activity data entered"));
            Assert.That(Cell(m, "4.A", "CH4").ReasonZh, Is.EqualTo("未填报活动水平数据"));
            Assert.That(Cell(m, "2.A", "CH4").Key, Is.EqualTo(NotationKey.NA), "cement CH4 has no row: not applicable");
            // Issue 15 (totals helper): the bunker memo line is no territorial cell; it is the memo row 1.A.3.a.i, the matrix's end.
            Assert.That(m.Rows.Where(r => r.Category.Code.Value.StartsWith("1.A.3.a", StringComparison.Ordinal)).Select(r => (r.Category.Code.Value, r.IsMemo)),
                Is.EqualTo(new[] { ("1.A.3.a.i", true) }), "the memo line is in no territorial cell");
            Assert.That(m.Columns, Does.Not.Contain("SO2"), "air pollutants are not greenhouse-gas cells");
            Assert.That(m.Columns.Take(6), Is.EqualTo(new[] { "CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6" }));
            Assert.That(m.NoBlankCell, Is.True);
        }
    }

    [Test]
    public void Build_LineUnderNoReportingRow_GetsARowOfItsOwn()
    {
        var m = Matrix();
        Assert.That(Cell(m, "5", "CO2").Value!.Number, Is.EqualTo(7).Within(AbsTolTonnes), "no line is dropped");
    }

    [Test]
    public void Bundled_EveryCategoryIsInTheTree()
    {
        var tree = File.ReadAllLines(Path.Combine(Support.RepositoryPaths.Root, "emission-factors", "vocabulary", "categories.csv"))
            .Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        var cells = ReportingCells.Bundled;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Select(c => c.Category.Value).Where(c => !tree.Contains(c)), Is.Empty);
            // Spot checks of IPCC 2006 applicability (Vol 1 Ch 8 Table 8.1): enteric fermentation is CH4 only, land is CO2, SF6 in 2.G.
            Assert.That(cells.Where(c => c.Category.Value == "3.A.1").Select(c => c.Column), Is.EqualTo(new[] { "CH4" }));
            Assert.That(cells.Where(c => c.Category.Value == "3.B.1").Select(c => c.Column), Is.EqualTo(new[] { "CO2" }));
            Assert.That(cells.Any(c => c.Category.Value == "2.G" && c.Column == "SF6"), Is.True);
        }
    }

    [Test]
    public void Parse_BadRows_RefusedWithFileLineAndColumn()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(
            "category,gas,key,reason_zh,reason_en\n4.A,CH4,NE,无,none\n4.A,CH4,NO,无,none\n4.B,XYZ,NA,无,none\n");
        var table = GhgInventory.Data.Ingestion.CsvTable.Read("cells.csv", bytes, ["category", "gas", "key", "reason_zh", "reason_en"]);
        var e = Assert.Throws<GhgInventory.Data.Ingestion.InputRejectedException>(() => ReportingCells.Parse(table))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[] { (3, (string?)"gas"), (4, "key") }),
            "line 3 repeats 4.A × CH4; line 4 gives NA (a gas that does not apply has no row); XYZ is a formula of its own, accepted");
    }

    [Test]
    public void Issue15_Bunkers_AreMemoRowsAtTheEndWithTheirLinesOrNE()
    {
        // Lines of Lines(): the memo line 1.A.3.a.i CO2 1000 t (东胜区); no 1.A.3.d.i line.
        var extra = Lines();
        extra.Add(Line(Kangbashi, "1.A.3.a.i", "CO2", 234.5, 234.5, EmissionScope.Memo, source: 8));
        extra.Add(Line(Kangbashi, "1.A.3.a.i", "CH4", null, null, EmissionScope.Memo, key: NotationKey.NE, source: 8));
        var m = CompletenessMatrix.Build(ReportingCells.Bundled, Categories(), extra, SubstanceKinds.IsGreenhouse);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.Rows.TakeLast(2).Select(r => (r.Category.Code.Value, r.IsMemo)), Is.EqualTo(new[] { ("1.A.3.a.i", true), ("1.A.3.d.i", true) }));
            Assert.That(m.Rows.Count(r => r.IsMemo), Is.EqualTo(2), "only the bunkers are memo rows");
            // 1.A.3.a.i CO2: 1000 (东胜区) + 234.5 (康巴什区) = 1234.5 t, in no total.
            Assert.That(Cell(m, "1.A.3.a.i", "CO2").Value!.Number, Is.EqualTo(1234.5).Within(AbsTolTonnes));
            // 1.A.3.a.i CH4: only an NE line: the key with its reason, never 0.
            Assert.That(Cell(m, "1.A.3.a.i", "CH4").Value!.HasNumber, Is.False);
            Assert.That(Cell(m, "1.A.3.a.i", "CH4").Value!.OnlyKey, Is.EqualTo(NotationKey.NE));
            Assert.That(Cell(m, "1.A.3.a.i", "N2O").Key, Is.EqualTo(NotationKey.NE), "no line: the default of reporting-cells.csv");
            Assert.That(Cell(m, "1.A.3.d.i", "CO2").Key, Is.EqualTo(NotationKey.NE));
            Assert.That(Cell(m, "1.A.3.d.i", "CO2").ReasonZh, Does.Contain("信息项"));
            Assert.That(Cell(m, "1.A.3.d.i", "SF6").Key, Is.EqualTo(NotationKey.NA));
            // The territorial 1.A.3 row, if any, holds no bunker tonne: 1.A.3 CO2 has no territorial line here.
            Assert.That(Cell(m, "1.A.3", "CO2").Value, Is.Null);
            Assert.That(m.NoBlankCell, Is.True);
        }
    }
}
