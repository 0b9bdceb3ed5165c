using System.Text;
using Dapper;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>Validation of activity files: every error class is reported with file, line, column and the value found, and a rejected file changes nothing.</summary>
[TestFixture]
public sealed class ActivityIngestorTests : FreshWorkspaceFixture
{
    private const string GoodRow = "150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,";

    /// <summary>Activity values here are small multiples of powers of ten, exact in binary after conversion.</summary>
    private const double ExactTol = 0.0;

    [SetUp]
    public void OpenDatabaseWithOneImport()
    {
        // Earlier data, so that "unchanged" is checked against a database that already holds records, versions and texts.
        var earlier = ActivityFile.Ingest(workspace, "earlier.csv", ActivityFile.Utf8("150621,2020,1.A.2.c,coke,2.5,万吨,earlier,"));
        Assert.That(earlier.Accepted, Is.True, string.Join("\n", earlier.Issues));
    }

    [Test]
    public void Ingest_UnknownRegion_ReportsLineAndColumn()
    {
        var result = Reject("regions.csv", ActivityFile.Utf8(GoodRow, "159999,2020,1.A.1.a.i,coke,1,万吨,test,"));
        AssertSingleIssue(result, "regions.csv", 3, "region", 1, "159999");
    }

    [Test]
    public void Ingest_RegionNameNotExact_ReportsLineAndColumn()
    {
        var result = Reject("regions.csv", ActivityFile.Utf8(GoodRow, "准格尔,2020,1.A.1.a.i,coke,1,万吨,test,"));
        AssertSingleIssue(result, "regions.csv", 3, "region", 1, "准格尔");
    }

    [Test]
    public void Ingest_UnknownCategory_ReportsLineAndColumn()
    {
        var result = Reject("categories.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.9,coke,1,万吨,test,"));
        AssertSingleIssue(result, "categories.csv", 3, "category", 3, "1.A.9");
    }

    [Test]
    public void Ingest_UnknownActivity_ReportsLineAndColumn()
    {
        var result = Reject("activities.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.1.a.i,coal,1,万吨,test,"));
        AssertSingleIssue(result, "activities.csv", 3, "activity", 4, "coal");
    }

    [Test]
    public void Ingest_UnitOfAnotherDimension_ReportsLineColumnAndTheDimensionExpected()
    {
        // 万千瓦时 is energy; raw coal is counted by mass.
        var result = Reject("units.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.2.c,raw_coal,5,万千瓦时,test,"));
        AssertSingleIssue(result, "units.csv", 3, "unit", 6, "万千瓦时");
        Assert.That(result.Issues[0].Expected, Does.Contain("mass").And.Contain("raw_coal"));
    }

    [Test]
    public void Ingest_UnknownUnit_ReportsLineAndColumn()
    {
        var result = Reject("units.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.2.c,raw_coal,5,桶,test,"));
        AssertSingleIssue(result, "units.csv", 3, "unit", 6, "桶");
    }

    [TestCase("-1", "-1")]
    [TestCase("abc", "abc")]
    [TestCase("NaN", "NaN")]
    [TestCase("Infinity", "Infinity")]
    [TestCase("-Infinity", "-Infinity")]
    [TestCase("1e400", "1e400")]
    [TestCase("\"1,5\"", "1,5")] // issue 11: a quoted "1,234.5" is now accepted; a decimal comma still is not
    [TestCase("\"12,34\"", "12,34")]
    [TestCase("", "")]
    public void Ingest_ValueNotAFiniteNonNegativeNumber_ReportsLineAndColumn(string written, string found)
    {
        var result = Reject("values.csv", ActivityFile.Utf8(GoodRow, $"150622,2020,1.A.2.c,raw_coal,{written},万吨,test,"));
        AssertSingleIssue(result, "values.csv", 3, "value", 5, found);
    }

    [TestCase("1989")]
    [TestCase("2101")]
    [TestCase("20x0")]
    [TestCase("2020.0")]
    [TestCase("")]
    public void Ingest_YearOutOfRange_ReportsLineAndColumn(string year)
    {
        var result = Reject("years.csv", ActivityFile.Utf8(GoodRow, $"150622,{year},1.A.2.c,raw_coal,1,万吨,test,"));
        AssertSingleIssue(result, "years.csv", 3, "year", 2, year);
        Assert.That(result.Issues[0].Expected, Does.Contain("1990").And.Contain("2100"));
    }

    [Test]
    public void Ingest_RepeatedKey_NamesBothLines()
    {
        var result = Reject("repeat.csv", ActivityFile.Utf8(
            GoodRow,
            "150622,2020,1.A.2.c,coke,1,万吨,test,",
            "150622,2020,1.A.1.a.i,raw_coal,5,万吨,second,"));
        Assert.That(result.IssueCount, Is.EqualTo(1));
        var issue = result.Issues[0];
        Assert.That(issue.File, Is.EqualTo("repeat.csv"));
        Assert.That(issue.Line, Is.EqualTo(4));
        Assert.That(issue.ToString(), Does.Contain("repeat.csv:4").And.Contain("line 2").And.Contain("lines 2 and 4"));
    }

    [Test]
    public void Ingest_RepeatedKeyWithSameFacility_NamesBothLines()
    {
        var content = Encoding.UTF8.GetBytes(
            "region,year,category,activity,value,unit,facility\n" +
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,plant-A\n" +
            "150622,2020,1.A.1.a.i,raw_coal,50,万吨,plant-B\n" +
            "150622,2020,1.A.1.a.i,raw_coal,70,万吨,plant-A\n");
        var result = Reject("facilities.csv", content);
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That(result.Issues[0].Line, Is.EqualTo(4));
        Assert.That(result.Issues[0].ToString(), Does.Contain("lines 2 and 4").And.Contain("facility"));
    }

    [Test]
    public void Ingest_SameKeyForDifferentFacilities_IsAcceptedAndSummed()
    {
        var content = Encoding.UTF8.GetBytes(
            "region,year,category,activity,value,unit,facility\n" +
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,plant-A\n" +
            "150622,2020,1.A.1.a.i,raw_coal,50,万吨,plant-B\n");
        var result = ActivityFile.Ingest(workspace, "facilities.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var facilities = workspace.Connection.Query<string>("SELECT facility FROM activity_records WHERE facility IS NOT NULL ORDER BY file_line");
        Assert.That(facilities, Is.EqualTo(new[] { "plant-A", "plant-B" }));
    }

    [Test]
    public void Ingest_FacilitiesWhoseHashesCollide_AreNotTakenForARepeat()
    {
        // "plant-288728" and "plant-1101826" have the same 32-bit FNV-1a hash (1813116940); the texts differ, so the rows do too.
        var content = Encoding.UTF8.GetBytes(
            "region,year,category,activity,value,unit,facility\n" +
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,plant-288728\n" +
            "150622,2020,1.A.1.a.i,raw_coal,50,万吨,plant-1101826\n");
        var result = ActivityFile.Ingest(workspace, "collision.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }

    [Test]
    public void Ingest_RepeatedKeyFarApart_IsFoundAcrossSortChunks()
    {
        // Keys are sorted in chunks of 65 536 rows and merged; a repeat of line 2 on the last line lies in another chunk.
        const int rows = 70_000;
        var text = new StringBuilder("region,year,category,activity,value,unit,facility\n");
        for (int i = 0; i < rows; i++)
        {
            text.Append("150622,2020,1.A.2.c,raw_coal,1,t,f").Append(i).Append('\n');
        }
        text.Append("150622,2020,1.A.2.c,raw_coal,1,t,f0\n");
        var result = ActivityFile.Ingest(workspace, "big.csv", Encoding.UTF8.GetBytes(text.ToString()), checkOnly: true);
        Assert.That(result.IssueCount, Is.EqualTo(1), string.Join("\n", result.Issues));
        Assert.That(result.Issues[0].Line, Is.EqualTo(rows + 2));
        Assert.That(result.Issues[0].ToString(), Does.Contain($"lines 2 and {rows + 2}"));
    }

    [Test]
    public void Ingest_KeyRepeatedThreeTimes_ReportsEachRepeat()
    {
        var result = Reject("three-times.csv", ActivityFile.Utf8(GoodRow, GoodRow, GoodRow));
        Assert.That(result.Issues.Select(i => i.Line), Is.EqualTo(new[] { 3, 4 }));
        Assert.That(result.Issues.Select(i => i.Found), Has.All.Contain("line 2"));
    }

    [Test]
    public void Ingest_RegionByChineseOrEnglishName_IsStoredUnderItsCode()
    {
        var result = ActivityFile.Ingest(workspace, "names.csv", ActivityFile.Utf8(
            "准格尔旗,2020,1.A.1.a.i,raw_coal,1,万吨,test,",
            "Dalad Banner,2020,1.A.1.a.i,raw_coal,1,万吨,test,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Versions.Select(v => v.Region), Is.EqualTo(new[] { "150621", "150622" }));
    }

    [Test]
    public void Ingest_HeaderWithoutARequiredColumn_ReportsTheColumnOnLine1()
    {
        var content = Encoding.UTF8.GetBytes("region,year,category,activity,value\n150622,2020,1.A.1.a.i,raw_coal,100\n");
        var result = Reject("header.csv", content);
        Assert.That(result.IssueCount, Is.EqualTo(1));
        var issue = result.Issues[0];
        Assert.That((issue.File, issue.Line, issue.Column), Is.EqualTo(("header.csv", 1, "unit")));
        Assert.That(issue.ToString(), Does.Contain("header.csv:1").And.Contain("'unit'"));
    }

    [Test]
    public void Ingest_HeaderWithAnExtraColumn_ReportsItsNameAndPosition()
    {
        var content = Encoding.UTF8.GetBytes(ActivityFile.Header + ",colour\n" + GoodRow + ",red\n");
        var result = Reject("header.csv", content);
        AssertSingleIssue(result, "header.csv", 1, "colour", 9, "colour");
    }

    [Test]
    public void Ingest_HeaderWithARepeatedColumn_IsRejected()
    {
        var content = Encoding.UTF8.GetBytes("region,year,category,activity,value,unit,value\n150622,2020,1.A.1.a.i,raw_coal,100,万吨,100\n");
        var result = Reject("header.csv", content);
        Assert.That(result.Issues.Select(i => (i.Line, i.Column)), Does.Contain((1, "value")));
    }

    [Test]
    public void Ingest_RowWithTooFewFields_ReportsLineAndCount()
    {
        var result = Reject("fields.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.2.c,coke,1,万吨,test"));
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That((result.Issues[0].Line, result.Issues[0].Found), Is.EqualTo((3, "7 fields")));
        Assert.That(result.Issues[0].ToString(), Does.Contain("fields.csv:3").And.Contain("8 fields").And.Contain("missing"));
    }

    [Test]
    public void Ingest_RowWithTooManyFields_ReportsLineAndCount()
    {
        var result = Reject("fields.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.2.c,coke,1,万吨,test,,extra"));
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That((result.Issues[0].Line, result.Issues[0].Found), Is.EqualTo((3, "9 fields")));
        Assert.That(result.Issues[0].ToString(), Does.Contain("fields.csv:3").And.Contain("extra"));
    }

    [Test]
    public void Ingest_HeaderOnly_IsRejectedAsEmpty()
    {
        var result = Reject("empty.csv", Encoding.UTF8.GetBytes(ActivityFile.Header + "\n"));
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That(result.Issues[0].Line, Is.EqualTo(1));
        Assert.That(result.Issues[0].Found, Is.EqualTo("no data rows"));
        Assert.That(result.Rows, Is.Zero);
    }

    [Test]
    public void Ingest_ZeroByteFile_IsRejectedNotThrown()
    {
        // An empty file is an input error like any other: a result with an issue on line 1 (or 0, the file as a whole), not an exception.
        var result = Reject("zero.csv", []);
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That(result.Issues[0].Line, Is.AnyOf(0, 1));
        Assert.That(result.Issues[0].File, Is.EqualTo("zero.csv"));
    }

    [Test]
    public void Ingest_ThreeBadRows_ListsAllThreeAtOnce()
    {
        var result = Reject("three.csv", ActivityFile.Utf8(
            "159999,2020,1.A.1.a.i,raw_coal,1,万吨,bad region,",
            GoodRow,
            "150622,2020,1.A.2.c,raw_coal,abc,万吨,bad value,",
            "150622,2020,1.A.4.b,raw_coal,1,桶,bad unit,"));
        Assert.That(result.IssueCount, Is.EqualTo(3));
        Assert.That(result.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[] { (2, "region"), (4, "value"), (5, "unit") }));
    }

    [Test]
    public void Ingest_MoreIssuesThanTheCap_ShowsTheCapAndCountsAll()
    {
        const int bad = ActivityIngestor.IssueCap + 50;
        var rows = Enumerable.Range(0, bad).Select(i => $"150622,2020,1.A.1.a.i,raw_coal,-{i + 1},万吨,test,").ToArray();
        var result = Reject("many.csv", ActivityFile.Utf8(rows));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IssueCount, Is.EqualTo(bad));
            Assert.That(result.Issues, Has.Count.EqualTo(ActivityIngestor.IssueCap));
            Assert.That(result.Issues[0].Line, Is.EqualTo(2));
            Assert.That(result.Issues[^1].Line, Is.EqualTo(ActivityIngestor.IssueCap + 1));
            Assert.That(result.Rows, Is.EqualTo(bad));
        }
    }

    [Test]
    public void Ingest_Gb18030WithChineseRegionAndUnits_IsDetectedAndAccepted()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        byte[] content = gb18030.GetBytes(ActivityFile.Text(
            "准格尔旗,2020,1.A.1.a.i,raw_coal,1511.31,万吨,准格尔旗能源平衡表2020,电厂",
            "准格尔旗,2020,1.A.4.b,natural_gas,5.5,万立方米,准格尔旗能源平衡表2020,"));
        Assert.That(System.Text.Unicode.Utf8.IsValid(content), Is.False, "the test file must not also be valid UTF-8");

        var result = ActivityFile.Ingest(workspace, "准格尔旗2020.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Encoding, Is.EqualTo("GB18030"));
        Assert.That(result.Versions, Is.EqualTo(new[] { ("150622", 2020, 1) }));
        var stored = workspace.Connection.Query<(string Region, string Unit, string Source, string Note)>("""
            SELECT v.region_code, u.text, s.text, r.note FROM activity_records r
            JOIN activity_versions v ON v.id = r.version_id JOIN text_values u ON u.id = r.unit_id JOIN text_values s ON s.id = r.source_id
            WHERE v.batch_id = @BatchId ORDER BY r.file_line
            """, new { result.BatchId }).First();
        Assert.That(stored, Is.EqualTo(("150622", "万吨", "准格尔旗能源平衡表2020", "电厂")));
    }

    [Test]
    public void Ingest_Utf8WithBom_IsAcceptedWithItsHeader()
    {
        byte[] content = [.. Encoding.UTF8.GetPreamble(), .. ActivityFile.Utf8(GoodRow)];
        var result = ActivityFile.Ingest(workspace, "bom.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Encoding, Is.EqualTo("UTF-8"));
        Assert.That(result.Rows, Is.EqualTo(1));
    }

    [Test]
    public void Ingest_WindowsLineEnds_AreAccepted()
    {
        byte[] content = Encoding.UTF8.GetBytes(ActivityFile.Header + "\r\n" + GoodRow + "\r\n");
        Assert.That(ActivityFile.Ingest(workspace, "crlf.csv", content).Accepted, Is.True);
    }

    [Test]
    public void Ingest_ColumnsInAnotherOrder_AreAccepted()
    {
        byte[] content = Encoding.UTF8.GetBytes("unit,value,activity,category,year,region\n万吨,100,raw_coal,1.A.1.a.i,2020,150622\n");
        var result = ActivityFile.Ingest(workspace, "order.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(workspace.Connection.ExecuteScalar<double>("SELECT base_value FROM activity_records WHERE version_id IN (SELECT id FROM activity_versions WHERE batch_id = @BatchId)", new { result.BatchId }),
            Is.EqualTo(1e6).Within(ExactTol)); // 100 万吨 = 10^6 t
    }

    [Test]
    public void Ingest_QuotedFieldSpanningTwoLines_ReportsThePhysicalLineOfALaterError()
    {
        // The note of line 2 runs onto line 3, so the bad value is on line 4 of the file.
        var result = Reject("multiline.csv", Encoding.UTF8.GetBytes(
            ActivityFile.Header + "\n" +
            "150622,2020,1.A.1.a.i,raw_coal,100,万吨,test,\"first line\nsecond line\"\n" +
            "150622,2020,1.A.2.c,coke,abc,万吨,test,\n"));
        AssertSingleIssue(result, "multiline.csv", 4, "value", 5, "abc");
    }

    [Test]
    public void Ingest_Accepted_StoresEachRowWithItsFileLineAndBaseValue()
    {
        var result = ActivityFile.Ingest(workspace, "good.csv", ActivityFile.Utf8(GoodRow, "150622,2020,1.A.4.b,natural_gas,2,亿立方米,test,"));
        Assert.That(result.Accepted, Is.True);
        var rows = workspace.Connection.Query<(string Activity, double Value, double BaseValue, long Line, string File)>("""
            SELECT activity, value, base_value, file_line, file_name FROM activity_records_readable
            WHERE batch_id = @BatchId ORDER BY file_line
            """, new { result.BatchId }).ToList();
        // 100 万吨 = 10^6 t; 2 亿立方米 = 2 × 10^8 m3 (exact powers of ten).
        Assert.That(rows, Is.EqualTo(new[] { ("raw_coal", 100.0, 1e6, 2L, "good.csv"), ("natural_gas", 2.0, 2e8, 3L, "good.csv") }));
    }

    [Test]
    public void Ingest_CheckOnly_ValidatesAndStoresNothing()
    {
        string before = Dump();
        var result = ActivityFile.Ingest(workspace, "check.csv", ActivityFile.Utf8(GoodRow), checkOnly: true);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.True);
            Assert.That(result.Rows, Is.EqualTo(1));
            Assert.That(result.BatchId, Is.Null);
            Assert.That(result.Versions, Is.Empty);
            Assert.That(Dump(), Is.EqualTo(before));
        }
    }

    [Test]
    public void Ingest_CheckOnlyOfABadFile_ReportsTheSameIssues()
    {
        byte[] content = ActivityFile.Utf8(GoodRow, "159999,2020,1.A.1.a.i,coke,1,万吨,test,");
        string before = Dump();
        var checkedOnly = ActivityFile.Ingest(workspace, "bad.csv", content, checkOnly: true);
        var imported = ActivityFile.Ingest(workspace, "bad.csv", content);
        Assert.That(checkedOnly.Issues, Is.EqualTo(imported.Issues));
        Assert.That(Dump(), Is.EqualTo(before));
    }

    private IngestResult Reject(string fileName, byte[] content)
    {
        string before = Dump();
        var result = ActivityFile.Ingest(workspace, fileName, content);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False, "the file should be rejected");
            Assert.That(result.IssueCount, Is.GreaterThan(0));
            Assert.That(result.BatchId, Is.Null);
            Assert.That(result.Versions, Is.Empty);
            Assert.That(Dump(), Is.EqualTo(before), "a rejected file changes nothing in the database");
        }
        return result;
    }

    private static void AssertSingleIssue(IngestResult result, string file, int line, string column, int columnNumber, string found)
    {
        Assert.That(result.IssueCount, Is.EqualTo(1), string.Join("\n", result.Issues));
        var issue = result.Issues[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(issue.File, Is.EqualTo(file));
            Assert.That(issue.Line, Is.EqualTo(line));
            Assert.That(issue.Column, Is.EqualTo(column));
            Assert.That(issue.ColumnNumber, Is.EqualTo(columnNumber));
            Assert.That(issue.Found, Is.EqualTo(found));
            Assert.That(issue.Expected, Is.Not.Empty);
            Assert.That(issue.ToString(), Does.StartWith($"{file}:{line}: column {columnNumber} '{column}': found '{found}', expected "));
        }
    }

    private string Dump() => DatabaseDump.Content(workspace.Connection);
}
