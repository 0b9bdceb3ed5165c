using System.Diagnostics;
using System.Text;
using Dapper;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>Issue 11, items 5, 6, 7, 9 and 10: files as offices write them, units, uses, the store writer's versions, and the edges.</summary>
[TestFixture]
public sealed class Issue11IngestionTests : FreshWorkspaceFixture
{
    /// <summary>Products of a decimal value and a power of ten: one rounding at most.</summary>
    private const double RelTol = 1e-12;

    [Test]
    public void Issue11_ExcelMadeFile_ImportsCleanlyWithTheRightBaseValues()
    {
        // What Excel writes for "CSV UTF-8": a BOM, CRLF, the Chinese header, names as people write them, a quoted
        // thousands separator, full-width digits, 2023年, 5%, and the empty rows of the sheet's formatted range.
        string text = "地区,年份,类别,品种,数值,单位,来源,备注,不确定性\r\n"
            + "准格尔旗,2023年,1.A.1.a.i,原煤,\"1,234.5\",万吨,能源平衡表,,5%\r\n"
            + "150622,2023,1.A.2.c,天然气,１２３４．５,万立方米,能源平衡表,,\r\n"
            + "150622,2023,1.A.4.b,电力,120,万千瓦时,能源平衡表,,\r\n"
            + "150622,２０２３,1.A.3.b,Diesel,10,吨,能源平衡表,,\r\n"
            + ",,,,,,,,\r\n,,,,,,,,\r\n";
        var result = Ingest("excel.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var rows = StoredRows(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Rows, Is.EqualTo(4));
            Assert.That(result.BlankRows, Is.EqualTo(2));
            Assert.That(workspace.Connection.ExecuteScalar<long>("SELECT blank_rows FROM activity_batches WHERE id = @BatchId", new { result.BatchId }), Is.EqualTo(2));
            Assert.That(rows.Select(r => (r.Activity, r.Year)), Is.EqualTo(new[] { ("raw_coal", 2023L), ("natural_gas", 2023L), ("electricity", 2023L), ("diesel", 2023L) }));
            // 1,234.5 万吨 = 1234.5 × 10^4 t = 12,345,000 t.
            Assert.That(rows[0].BaseValue, Is.EqualTo(12_345_000.0).Within(RelTol).Percent);
            Assert.That(rows[0].Uncertainty, Is.EqualTo(5.0));
            // １２３４．５ 万立方米 is 1234.5 × 10^4 m3, the same 12,345,000.
            Assert.That(rows[1].BaseValue, Is.EqualTo(12_345_000.0).Within(RelTol).Percent);
            // 120 万千瓦时 = 1.2 × 10^6 kWh × 3.6 MJ = 4,320 GJ.
            Assert.That(rows[2].BaseValue, Is.EqualTo(4_320.0).Within(RelTol).Percent);
            Assert.That(rows[3].BaseValue, Is.EqualTo(10.0).Within(RelTol).Percent);
        }
    }

    [TestCase("region\tyear\tcategory\tactivity\tvalue\tunit\n150622\t2023\t1.A.1.a.i\traw_coal\t1\t万吨\n", "tabs")]
    [TestCase("region;year;category;activity;value;unit\n150622;2023;1.A.1.a.i;raw_coal;1;万吨\n", "semicolons")]
    [TestCase("activity,parameter,value,unit,source\nraw_coal,ncv,20.9,GJ/t,x\n", "lacks region, year, category")]
    [TestCase("能源平衡表 2023,,,\n品种,合计,,\n原煤,1,,\n", "lacks region, year, category")]
    public void Issue11_FileThatIsNotTheContract_GetsOneMessage(string text, string says)
    {
        var result = Reject("wrong.csv", Encoding.UTF8.GetBytes(text));
        Assert.That(result.IssueCount, Is.EqualTo(1), string.Join("\n", result.Issues));
        Assert.That(result.Issues[0].Expected, Does.Contain(says));
    }

    [Test]
    public void Issue11_XlsxFile_GetsOneMessage()
    {
        // The first bytes of every .xlsx: a zip local file header.
        byte[] content = [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 0xB1, 0x8C];
        var result = Reject("data.xlsx", content);
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That(result.Issues[0].ToString(), Does.Contain("Excel workbook").And.Contain("CSV UTF-8"));
    }

    [Test]
    public void Issue11_NotationKeys_AreStoredWithNullValueAndTheirReason()
    {
        var result = Ingest("notation.csv", ActivityFile.Utf8(
            "150622,2023,1.A.1.a.i,raw_coal,NE,万吨,balance,no survey of small boilers in 2023",
            "150622,2023,1.A.2.c,coke,NO,,balance,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var rows = workspace.Connection.Query<(double? Value, double? BaseValue, long? UnitId, string Key, string? Note)>(
            "SELECT value, base_value, unit_id, notation_key, note FROM activity_records ORDER BY file_line").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ((double?)null, (double?)null, (long?)null, "NE", (string?)"no survey of small boilers in 2023"),
            (null, null, null, "NO", null),
        }));
    }

    [Test]
    public void Issue11_NotEstimatedWithoutAReason_IsRefused()
    {
        var result = Reject("ne.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,NE,万吨,balance,"));
        Assert.That(result.IssueCount, Is.EqualTo(1));
        Assert.That(result.Issues[0].Expected, Does.Contain("reason").And.Contain("NE"));
    }

    [Test]
    public void Issue11_EmptyValue_SaysToWriteANotationKey()
    {
        var result = Reject("empty.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,,万吨,balance,"));
        Assert.That(result.Issues.Single().Expected, Does.Contain("NO").And.Contain("NE"));
        Assert.That(result.Issues.Single().Line, Is.EqualTo(2));
    }

    [Test]
    public void Issue11_Use_IsStoredAndPartOfTheKey()
    {
        const string header = "region,year,category,activity,value,unit,facility,use";
        var result = Ingest("use.csv", Encoding.UTF8.GetBytes(header + "\n"
            + "150624,2023,1.A.2.c,raw_coal,10,万吨,F1,\n"
            + "150624,2023,1.A.2.c,raw_coal,30,万吨,F1,原料\n"
            + "150624,2023,1.A.2.c,raw_coal,5,万吨,F1,Autoproducer\n"
            // Issue 12: autoproducer fuel needs the output of its plant at the same category.
            + "150624,2023,1.A.2.c,electricity_generation,1,亿千瓦时,F1,\n"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        var uses = workspace.Connection.Query<string>("SELECT use FROM activity_records_readable ORDER BY file_line");
        Assert.That(uses, Is.EqualTo(new[] { "combustion", "feedstock", "autoproducer", "combustion" }));

        var repeated = Reject("use-twice.csv", Encoding.UTF8.GetBytes(header + "\n"
            + "150624,2022,1.A.2.c,raw_coal,10,万吨,F1,feedstock\n"
            + "150624,2022,1.A.2.c,raw_coal,30,万吨,F1,原料用能\n"));
        Assert.That(repeated.Issues.Single().Expected, Does.Contain("lines 2 and 3"));

        var unknown = Reject("use-bad.csv", Encoding.UTF8.GetBytes(header + "\n150624,2022,1.A.2.c,raw_coal,10,万吨,F1,fuel\n"));
        Assert.That(unknown.Issues.Single().Column, Is.EqualTo("use"));
        Assert.That(unknown.Issues.Single().Expected, Does.Contain("combustion").And.Contain("feedstock").And.Contain("transformation").And.Contain("自备电厂"));
    }

    // 当量: 1 tce = 29,307 kJ/kgce × 1000 kg = 29.307 GJ = 29.307 / 0.0036 = 8,140.8 kWh (GB/T 2589, 0.1229 kgce/kWh).
    // 等价: the 2020 power coal rate 305.5 gce/kWh (emission-factors/gbt-2589): 1 tce = 10^6 gce / 305.5 = 3,273.3 kWh; full-width parentheses.
    [TestCase("吨标准煤(当量)", 8_140.833, TestName = "Issue11_ElectricityInTceOnTheCalorificBasis_Is8140kWh")]
    [TestCase("吨标准煤（等价）", 3_273.322, TestName = "Issue11_ElectricityInTceOnTheCoalEquivalentBasis_UsesThe2020PowerCoalRate")]
    public void Issue11_ElectricityInTceWithItsBasis_ConvertsToKwh(string unit, double expectedKwh)
    {
        var result = Ingest("tce.csv", ActivityFile.Utf8($"150622,2020,1.A.4.b,electricity,1,{unit},balance,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        double gj = StoredRows(result).Single().BaseValue;
        Assert.That(gj / 0.0036, Is.EqualTo(expectedKwh).Within(0.001));
    }

    [Test]
    public void Issue11_ElectricityInCoalEquivalentForAYearWithoutARate_IsRefusedNamingTheYears()
    {
        var result = Reject("tce.csv", ActivityFile.Utf8("150622,2023,1.A.4.b,electricity,1,吨标准煤(等价),balance,"));
        Assert.That(result.Issues.Single().Column, Is.EqualTo("unit"));
        Assert.That(result.Issues.Single().Expected, Does.Contain("2005, 2010, 2011, 2020").And.Contain("kWh"));
    }

    [Test]
    public void Issue11_ElectricityInBareTce_IsRefusedExplainingTheTwoBases()
    {
        var result = Reject("tce.csv", ActivityFile.Utf8("150622,2020,1.A.4.b,electricity,1,吨标准煤,balance,"));
        var issue = result.Issues.Single();
        Assert.That((issue.Line, issue.Column), Is.EqualTo((2, "unit")));
        Assert.That(issue.Expected, Does.Contain("当量").And.Contain("等价").And.Contain("2.5"));
    }

    [Test]
    public void Issue11_UnterminatedQuote_IsLocatedAndSwallowsNothing()
    {
        const string header = "region,year,category,activity,value,unit,facility";
        var result = Reject("quote.csv", Encoding.UTF8.GetBytes(header + "\n"
            + "150622,2023,1.A.1.a.i,raw_coal,1,万吨,F0\n"
            + "150622,2023,1.A.2.c,raw_coal,1,万吨,\"F1\n"
            + "150622,2023,1.A.2.c,coke,1,万吨,F2\n"
            + "150622,2023,1.A.4.b,natural_gas,1,万立方米,F3\n"));
        Assert.That(result.Issues.Select(i => i.Line), Does.Contain(3), string.Join("\n", result.Issues));
        Assert.That(result.Issues.First(i => i.Line == 3).Found, Does.Contain("never closed"));
    }

    [TestCase("150622,2023,1.A.4.b,natural_gas,1e305,亿立方米,x,", 2)]
    [TestCase("150622,2023,1.A.1.a.i,raw_coal,1e308,t,x,\n150622,2023,1.A.2.c,raw_coal,1e308,t,x,", 2)]
    public void Issue11_AmountBeyondTheBound_IsRefusedStatingIt(string rows, int firstLine)
    {
        var result = Reject("huge.csv", ActivityFile.Utf8(rows));
        var issue = result.Issues[0];
        Assert.That((issue.Line, issue.Column), Is.EqualTo((firstLine, "value")));
        Assert.That(issue.Expected, Does.Contain("1e15"));
        Assert.That(result.IssueCount, Is.EqualTo(rows.Split('\n').Length));
    }

    // 1 TWh = 10^9 kWh × 3.6 MJ = 3.6 × 10^6 GJ, so 1e15 TWh = 3.6e21 GJ; 1 亿千瓦时 = 10^8 kWh × 3.6 MJ = 3.6 × 10^5 GJ, so 1e15 亿千瓦时 = 3.6e20 GJ.
    // The figure is in GJ (the base unit of energy), and the message must say so rather than label it with the written unit.
    [TestCase("TWh", "(1e15 TWh converts to 3.6e21 GJ)")]
    [TestCase("亿千瓦时", "(1e15 亿千瓦时 converts to 3.6e20 GJ)")]
    public void Issue12_AmountBeyondTheBound_NamesTheUnitOfTheConvertedFigure(string unit, string expected)
    {
        var result = Reject("huge.csv", ActivityFile.Utf8($"150622,2023,1.A.4.b,electricity,1e15,{unit},x,"));
        var issue = result.Issues.Single();
        Assert.That((issue.Line, issue.Column), Is.EqualTo((2, "value")));
        Assert.That(issue.Expected, Does.Contain(expected));
        Assert.That(issue.Expected, Does.Not.Contain($"in {unit} this is"));
    }

    [Test]
    public void Issue11_ControlCharacters_AreRefusedAndEscapedInTheMessage()
    {
        const string header = "region,year,category,activity,value,unit,facility";
        var result = Reject("ctl.csv", Encoding.UTF8.GetBytes(header + "\n"
            + "150622,2023,1.A.1.a.i,raw_coal,1,万吨,F\u001b[31m1\n"
            + "150622,2023,1.A.2.c,raw_coal,1,万吨,F\u00002\n"));
        Assert.That(result.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[] { (2, "facility"), (3, "facility") }));
        string message = string.Join("\n", result.Issues.Select(i => i.ToString()));
        Assert.That(message, Does.Contain("\\u001b").And.Contain("\\u0000"));
        // Ordinal: a culture-aware search ignores NUL and would always find it.
        Assert.That(message.IndexOfAny(['\u001b', '\u0000']), Is.EqualTo(-1), message);
    }

    [Test]
    public void Issue11_LongValue_IsQuotedToEightyCharacters()
    {
        string longRegion = new('9', 5000);
        var result = Reject("long.csv", ActivityFile.Utf8($"{longRegion},2023,1.A.1.a.i,raw_coal,1,万吨,x,"));
        Assert.That(result.Issues.Single().ToString(), Has.Length.LessThan(400));
    }

    [Test]
    public void Issue11_OneLineOfManyMegabytes_GivesOneIssueNotOnePerField()
    {
        // A 3 MB line of fields (the probe's 50 MB file wrote 419 MB of errors): one record too long, read no further.
        string line = string.Concat(Enumerable.Repeat("150622,2023,1.A.1.a.i,raw_coal,1,", 100_000));
        var result = Reject("oneline.csv", Encoding.UTF8.GetBytes(ActivityFile.Header + "\n" + line));
        Assert.That((result.IssueCount, result.Issues.Single().Line), Is.EqualTo((1, 2)));
        Assert.That(result.Issues.Single().ToString(), Has.Length.LessThan(300));
    }

    [Test]
    public void Issue11_Utf16File_IsRecordedAsUtf16()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] content = [.. utf16.GetPreamble(), .. utf16.GetBytes(ActivityFile.Text("准格尔旗,2023,1.A.1.a.i,原煤,2,万吨,x,"))];
        var result = Ingest("utf16.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Encoding, Is.EqualTo("UTF-16LE"));
        Assert.That(workspace.Connection.ExecuteScalar<string>("SELECT encoding FROM activity_batches WHERE id = @BatchId", new { result.BatchId }), Is.EqualTo("UTF-16LE"));
        Assert.That(StoredRows(result).Single().BaseValue, Is.EqualTo(20_000.0)); // 2 万吨
    }

    [Test]
    public void Issue11_Gb18030CutMidCharacter_IsLocatedNotStoredAsAQuestionMark()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] whole = Encoding.GetEncoding("GB18030").GetBytes(ActivityFile.Text(
            "准格尔旗,2023,1.A.1.a.i,raw_coal,2,万吨,准格尔旗能源平衡表,",
            "准格尔旗,2023,1.A.2.c,raw_coal,2,万吨,x,电厂").TrimEnd('\n'));
        byte[] cut = whole[..^1]; // the last character, 厂, loses its trail byte
        var result = Reject("cut.csv", cut);
        Assert.That(result.Issues.Single().Line, Is.EqualTo(3));
        Assert.That(result.Issues.Single().Found, Does.Contain("GB18030"));
    }

    [Test]
    public void Issue11_Utf8CutMidCharacter_IsLocatedAsUtf8()
    {
        byte[] whole = ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,2,万吨,x,电厂");
        byte[] cut = whole[..^2]; // drop the line break and the last byte of 厂
        var result = Reject("cut8.csv", cut);
        Assert.That(result.Issues.Single().Line, Is.EqualTo(2));
        Assert.That(result.Issues.Single().Found, Does.Contain("UTF-8"));
    }

    [Test]
    public void Issue11_Utf32BigEndianFile_IsRecordedAsUtf32()
    {
        var utf32 = new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        byte[] content = [.. utf32.GetPreamble(), .. utf32.GetBytes(ActivityFile.Text("150622,2023,1.A.1.a.i,原煤,2,万吨,x,"))];
        var result = Ingest("utf32.csv", content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(result.Encoding, Is.EqualTo("UTF-32BE"));
        Assert.That(StoredRows(result).Single().BaseValue, Is.EqualTo(20_000.0)); // 2 万吨
    }

    [Test]
    public void Issue11_CapitalisedAndFullWidthHeader_IsAccepted()
    {
        var result = Ingest("caps.csv", Encoding.UTF8.GetBytes("Region,YEAR,Category,Activity,Ｖａｌｕｅ,Unit,用途\n150622,2023,1.A.1.a.i,Raw Coal,2,万吨,燃烧\n"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(StoredRows(result).Single(), Is.EqualTo(("raw_coal", 2023L, 20_000.0, (double?)null)));
    }

    [Test]
    public void Issue11_Fifo_IsReadOnce()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes as files");
        string fifo = Path.Combine(Path.GetTempPath(), $"ghg-fifo-{Guid.NewGuid():N}");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }
        try
        {
            byte[] content = ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,3,万吨,x,");
            var writer = Task.Run(() => File.WriteAllBytes(fifo, content));
            var result = workspace.Ingest(fifo, IngestOptions.Default);
            Assert.That(writer.Wait(TimeSpan.FromSeconds(30)), Is.True);
            Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
            Assert.That(StoredRows(result).Single().BaseValue, Is.EqualTo(30_000.0)); // 3 万吨
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Test]
    public void Issue11_SameFileImportedTwiceAtOnce_StoresItOnceAndAnswersAlreadyImported()
    {
        byte[] content = ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,3,万吨,x,", "150622,2023,1.A.2.c,coke,1,万吨,x,");
        using var second = database.Open();
        using var start = new Barrier(2);
        IngestResult Run(Workspace w)
        {
            start.SignalAndWait();
            return ActivityFile.Ingest(w, "same.csv", content);
        }
        var a = Task.Run(() => Run(workspace));
        var b = Task.Run(() => Run(second));
        var results = new[] { a.Result, b.Result };
        Assert.That(results.Count(r => r.BatchId is not null), Is.EqualTo(1), string.Join("\n", results.SelectMany(r => r.Issues)));
        var answered = results.Single(r => r.BatchId is null);
        Assert.That(answered.AlreadyImportedAs, Is.EqualTo(results.Single(r => r.BatchId is not null).BatchId));
        Assert.That(answered.AlreadyImportedVersions, Is.EqualTo(new[] { ("150622", 2023, 1) }));
        Assert.That(DatabaseDump.Count(workspace.Connection, "activity_batches"), Is.EqualTo(1));
        Assert.That(DatabaseDump.Count(workspace.Connection, "activity_records"), Is.EqualTo(2));
    }

    [Test]
    public void Issue11_Versions_NameTheirBaseAndChange()
    {
        var first = Ingest("a.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,3,万吨,x,"));
        var second = Ingest("b.csv", ActivityFile.Utf8("150622,2023,1.A.2.c,coke,1,万吨,x,"));
        var replaced = ActivityFile.Ingest(workspace, "c.csv", ActivityFile.Utf8("150622,2023,1.A.2.c,coke,2,万吨,x,"), new IngestOptions(Replace: true));
        Assert.That(replaced.Accepted, Is.True);
        var versions = workspace.Connection.Query<(long Id, long Version, long? Base, string Change, string? CreatedAt, string Mode)>("""
            SELECT v.id, v.version, v.base_version_id, v.change, v.created_at, b.mode FROM activity_versions v JOIN activity_batches b ON b.id = v.batch_id
            WHERE v.region_code = '150622' AND v.year = 2023 ORDER BY v.version
            """).ToList();
        Assert.That(versions.Select(v => (v.Version, v.Base, v.Change, v.Mode)), Is.EqualTo(new[]
        {
            (1L, (long?)null, "import", "merge"),
            (2L, (long?)versions[0].Id, "import", "merge"),
            (3L, (long?)null, "replace", "replace"),
        }));
        Assert.That(versions.All(v => v.CreatedAt is not null), Is.True);
        Assert.That((first.Accepted, second.Accepted), Is.EqualTo((true, true)));
    }

    [Test]
    public void Issue11_IssueCount_CountsRowsWithProblems()
    {
        var result = Reject("count.csv", ActivityFile.Utf8(
            "150622,2023,1.A.1.a.i,raw_coal,1,万吨,x,",
            "159999,2023,1.A.9,raw_coal,1,万吨,x,",
            "150622,2023,1.A.2.c,coal,1,万吨,x,"));
        Assert.That((result.IssueCount, result.RowsWithIssues, result.Rows), Is.EqualTo((3, 2, 3)));
    }

    [Test]
    public void Issue11_UnquotedThousandsSeparator_IsTwoFieldsAndTheMessageSaysSo()
    {
        var result = Reject("comma.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,1,234,万吨,x,"));
        Assert.That(result.Issues.Single().Expected, Does.Contain("\"1,234\""));
    }

    [Test]
    public void Issue11_CheckOnly_RunsTheImportAndLeavesNothing()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, "check.csv", ActivityFile.Utf8("150622,2023,1.A.1.a.i,raw_coal,1,万吨,x,"), checkOnly: true);
        Assert.That((result.Accepted, result.BatchId), Is.EqualTo((true, (long?)null)));
        Assert.That(result.Composition, Is.Not.Null, "the composer ran inside the checked transaction");
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [TestCase("1234¹", TestName = "Issue11_SuperscriptFootnoteMark_IsRefusedNotReadAsADigit")]
    [TestCase("5²", TestName = "Issue11_SuperscriptTwo_IsRefused")]
    [TestCase("①②", TestName = "Issue11_CircledDigits_AreRefused")]
    [TestCase("₁₂", TestName = "Issue11_SubscriptDigits_AreRefused")]
    public void Issue11_CompatibilityDigits_AreRefused(string value)
    {
        // Unicode NFKC would read 1234¹ (a yearbook footnote mark) as 12341: values are only width-folded.
        var result = Reject("footnote.csv", ActivityFile.Utf8($"150622,2020,1.A.1.a.i,raw_coal,{value},t,src,"));
        Assert.That(result.Issues.Single().ToString(), Does.Contain($"found '{value}'"));
    }

    [Test]
    public void Issue11_FacilitySpellings_AreOnePlant()
    {
        string header = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility\n";
        var first = Ingest("plants.csv", Encoding.UTF8.GetBytes(header + "150622,2020,1.A.2.c,raw_coal,100,t,s,,,Plant A\n150622,2020,1.A.2.c,raw_coal,50,t,s,,,Plant B\n"));
        Assert.That(first.Accepted, Is.True, string.Join("\n", first.Issues));
        // A correction that writes the plant with a no-break space, full-width letters or padding replaces it.
        foreach (var spelling in new[] { "Plant\u00A0A", "Ｐｌａｎｔ Ａ", "\"  Plant   A \"" })
        {
            var fix = Ingest($"fix-{spelling.Length}.csv", Encoding.UTF8.GetBytes(header + $"150622,2020,1.A.2.c,raw_coal,110,t,fix {spelling.Length},,,{spelling}\n"));
            Assert.That(fix.Accepted, Is.True, string.Join("\n", fix.Issues));
            var change = fix.Composition!.Changes.Single();
            Assert.That((change.Added, change.Replaced, change.Kept), Is.EqualTo((0, 1, 1)), spelling);
        }
        // In one file the spellings are one key, refused as a repeat.
        var repeat = Reject("repeat.csv", Encoding.UTF8.GetBytes(header + "150622,2021,1.A.2.c,raw_coal,1,t,s,,,Plant A\n150622,2021,1.A.2.c,raw_coal,1,t,s,,,Ｐｌａｎｔ Ａ\n"));
        Assert.That(repeat.Issues.Single().ToString(), Does.Contain("lines 2 and 3"));
    }

    [Test]
    public void Issue11_ElectricityInTenThousandTce_IsAnsweredInTheSameMagnitude()
    {
        // Suggesting 吨标准煤(当量) for a figure in 万吨标准煤 would lead to a value 10^4 too small.
        var result = Reject("tce.csv", ActivityFile.Utf8("150622,2023,1.A.4.b,electricity,61.7,万吨标准煤,balance,"));
        string message = result.Issues.Single().ToString();
        Assert.That(message, Does.Contain("万吨标准煤(当量) (calorific").And.Contain("or 万吨标准煤(等价)"));
    }

    [TestCase("合计")]
    [TestCase("乙公司小计")]
    [TestCase("Total")]
    public void Issue11_TotalWrittenAsAFacility_IsRefused(string label)
    {
        // A 合计 row of an enterprise table, stored as one more "plant", would double the fuel of the enterprise rows.
        string header = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility\n";
        var result = Reject("total.csv", Encoding.UTF8.GetBytes(header
            + "150621,2023,1.A.2.c,原煤,100,吨,s,,,甲公司\n150621,2023,1.A.2.c,原煤,200,吨,s,,,乙公司\n" + $"150621,2023,1.A.2.c,原煤,300,吨,s,,,{label}\n"));
        Assert.That(result.Issues.Single().ToString(), Does.Contain($"total.csv:4: column 10 'facility': found '{label}', expected an enterprise or plant id, not a total"));
    }

    [Test]
    public void Issue11_CategoryInAnotherLetterCase_IsReadAsTheTreesCode()
    {
        var result = Ingest("case.csv", ActivityFile.Utf8("150622,2023,1.A.2.C,raw_coal,1,万吨,s,"));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        Assert.That(workspace.Connection.ExecuteScalar<string>("SELECT category FROM activity_records_readable WHERE batch_id = @BatchId", new { result.BatchId }), Is.EqualTo("1.A.2.c"));
    }

    [Test]
    public void Issue12_CategoryWrittenAsItsName_IsRefusedNamingItsCode()
    {
        // README trial: 居民生活 in the 部门 column got only "expected an IPCC category code (e.g. 1.A.1.a.i)".
        var result = Reject("names.csv", ActivityFile.Utf8("150622,2023,居民生活,raw_coal,1,万吨,s,"));
        Assert.That(result.Issues.Single().ToString(), Does.Contain("names.csv:2: column 3 'category': found '居民生活'")
            .And.Contain("'居民生活' is the name of 1.A.4.b; write 1.A.4.b"));
    }

    [Test]
    public void Issue11_CorrectionOfAFacilityInAnotherLetterCase_IsRefusedNamingTheStoredId()
    {
        string header = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility\n";
        var first = Ingest("plants.csv", Encoding.UTF8.GetBytes(header + "150622,2020,1.A.2.c,raw_coal,100,t,s,,,Plant A\n150622,2020,1.A.2.c,raw_coal,50,t,s,,,Plant B\n"));
        Assert.That(first.Accepted, Is.True, string.Join("\n", first.Issues));
        var result = Reject("fix.csv", Encoding.UTF8.GetBytes(header + "150622,2020,1.A.2.c,raw_coal,110,t,fix,,,plant a\n"));
        Assert.That(result.Issues.Single().ToString(), Does.Contain("fix.csv:2: column 'facility': found 'plant a'")
            .And.Contain("'Plant A' (already stored from plants.csv:2"));
        // A new plant whose id differs in more than letter case is added as before.
        var added = Ingest("new.csv", Encoding.UTF8.GetBytes(header + "150622,2020,1.A.2.c,raw_coal,20,t,new,,,Plant C\n"));
        Assert.That(added.Composition!.Changes.Single().Added, Is.EqualTo(1));
    }

    [Test]
    public void Issue12_CorrectionOfAFacilityWithASpaceAdded_IsRefusedNamingTheStoredId()
    {
        // README trial: "伊泰煤制油 公司" in a correction, for a stored "伊泰煤制油公司", was added as a second plant: 200 万吨 of captive
        // coal counted twice. An id that differs only in spaces is refused like one in another letter case.
        string header = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility\n";
        var first = Ingest("plants.csv", Encoding.UTF8.GetBytes(header + "150622,2020,1.A.2.c,raw_coal,200,万吨,s,,,伊泰煤制油公司\n"));
        Assert.That(first.Accepted, Is.True, string.Join("\n", first.Issues));
        var result = Reject("fix.csv", Encoding.UTF8.GetBytes(header + "150622,2020,1.A.2.c,raw_coal,210,万吨,fix,,,伊泰煤制油 公司\n"));
        Assert.That(result.Issues.Single().ToString(), Does.Contain("fix.csv:2: column 'facility': found '伊泰煤制油 公司'")
            .And.Contain("'伊泰煤制油公司' (already stored from plants.csv:2").And.Contain("letter case or spaces"));
    }

    [TestCase("\u200B", TestName = "Issue11_ZeroWidthSpace_IsRefusedInFacility")]
    [TestCase("\u00AD", TestName = "Issue11_SoftHyphen_IsRefusedInFacility")]
    [TestCase("\u2028", TestName = "Issue11_LineSeparator_IsRefusedInFacility")]
    [TestCase("\u0085", TestName = "Issue11_C1Control_IsRefusedInFacility")]
    [TestCase("\u202E", TestName = "Issue11_BidiOverride_IsRefusedInFacility")]
    public void Issue11_InvisibleControls_AreRefusedInFacility(string control)
    {
        string header = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility\n";
        var result = Reject("bidi.csv", Encoding.UTF8.GetBytes(header + $"150622,2020,1.A.2.c,raw_coal,1,t,s,,,Plant{control}A\n"));
        string message = result.Issues.Single().ToString();
        Assert.That(message, Does.Contain("bidirectional overrides").And.Contain($"\\u{(int)control[0]:x4}"));
        // Ordinal: a culture-aware search ignores format characters such as U+202E and would always find it.
        Assert.That(message.Contains(control, StringComparison.Ordinal), Is.False, "the control is shown escaped, never raw");
    }

    private IngestResult Ingest(string fileName, byte[] content) => ActivityFile.Ingest(workspace, fileName, content);

    private IngestResult Reject(string fileName, byte[] content)
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, fileName, content);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accepted, Is.False, "the file should be rejected");
            Assert.That(result.BatchId, Is.Null);
            Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a rejected file changes nothing in the database");
        }
        return result;
    }

    private List<(string Activity, long Year, double BaseValue, double? Uncertainty)> StoredRows(IngestResult result) =>
        workspace.Connection.Query<(string, long, double, double?)>("""
            SELECT activity, year, base_value, uncertainty_pct FROM activity_records_readable WHERE batch_id = @BatchId ORDER BY file_line
            """, new { result.BatchId }).ToList();
}
