using GhgInventory.Core.Reporting;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Factors;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data;

/// <summary>Issue 13, item 2 (Data): every input error and data message in the reader's language, located alike in both.</summary>
/// <remarks>
/// Each case ingests the same hand-made file in Chinese and in English: the Chinese message keeps the location
/// (<c>file:line</c>) and the column as the file spells it, says the rest in Chinese with the vocabulary's Chinese names, and
/// has no English sentence; the English message is today's text, word for word. A refused file leaves the database as it was.
/// </remarks>
[TestFixture]
public sealed partial class Issue13DataMessagesTests : FreshWorkspaceFixture
{
    [Test]
    public void Issue13_BadUnit_ChineseAndEnglish()
    {
        byte[] file = ActivityFile.Utf8(
            "150622,2023,1.A.1.a.i,raw_coal,100,万吨,stat,",
            "150622,2023,1.A.2,raw_coal,12,万吨标煤x,stat,");
        string zh = RefusedIn(UiCulture.Chinese, "准格尔旗2023.csv", file);
        Assert.That(zh, Is.EqualTo("准格尔旗2023.csv:3: 第 6 列 'unit': 发现 '万吨标煤x'，应为 计量单位，如 万吨、t、万立方米、亿立方米、万千瓦时、GWh、吉焦、吨标准煤、10^4 t"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "准格尔旗2023.csv", file),
            Is.EqualTo("准格尔旗2023.csv:3: column 6 'unit': found '万吨标煤x', expected a unit such as 万吨, t, 万立方米, 亿立方米, 万千瓦时, GWh, 吉焦, 吨标准煤, 10^4 t"));
    }

    [Test]
    public void Issue13_UnitOfAnotherDimension_NamesTheActivityInChinese()
    {
        // 万立方米 is a volume; raw coal is counted by mass: the Chinese text names 原煤, never the key raw_coal.
        byte[] file = ActivityFile.Utf8("150622,2023,1.A.2,raw_coal,12,万立方米,stat,");
        string zh = RefusedIn(UiCulture.Chinese, "a.csv", file);
        Assert.That(zh, Is.EqualTo("a.csv:2: 第 6 列 'unit': 发现 '万立方米'，应为 原煤 的质量单位（如 t）"));
        Assert.That(zh, Does.Not.Contain("raw_coal"));
        Assert.That(RefusedIn(UiCulture.English, "a.csv", file),
            Is.EqualTo("a.csv:2: column 6 'unit': found '万立方米', expected a mass unit for raw_coal (e.g. t)"));
    }

    [Test]
    public void Issue13_UnknownActivity_WithChineseHeaders_NamesTheColumnAsWritten()
    {
        byte[] file = ActivityFile.Utf8WithHeader("地区,年份,类别,品种,数值,单位", "准格尔旗,2023,1.A.2,褐煤块,3,万吨");
        string zh = RefusedIn(UiCulture.Chinese, "准格尔旗2023.csv", file);
        Assert.That(zh, Is.EqualTo("准格尔旗2023.csv:2: 第 4 列 '品种': 发现 '褐煤块'，应为 词表中的活动水平品种，可写中文名称或英文名称（如 原煤、天然气、电力）"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "准格尔旗2023.csv", file), Is.EqualTo("准格尔旗2023.csv:2: column 4 '品种': found '褐煤块', expected an activity key, "
            + "Chinese or English name of the vocabulary (e.g. raw_coal or 原煤, natural_gas or 天然气, electricity or 电力)"));
    }

    [Test]
    public void Issue13_CategoryWrittenAsItsName_NamesTheCode()
    {
        byte[] file = ActivityFile.Utf8("150622,2023,居民生活,raw_coal,3,万吨,stat,");
        string zh = RefusedIn(UiCulture.Chinese, "b.csv", file);
        Assert.That(zh, Is.EqualTo("b.csv:2: 第 3 列 'category': 发现 '居民生活'，应为 IPCC 类别代码，而不是类别名称：'居民生活' 是 1.A.4.b 的名称，请填写 1.A.4.b"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "b.csv", file),
            Is.EqualTo("b.csv:2: column 3 'category': found '居民生活', expected an IPCC category code, not its name: '居民生活' is the name of 1.A.4.b; write 1.A.4.b"));
    }

    [Test]
    public void Issue13_NegativeValue_ChineseAndEnglish()
    {
        byte[] file = ActivityFile.Utf8("150622,2023,1.A.2,raw_coal,-5,万吨,stat,");
        string zh = RefusedIn(UiCulture.Chinese, "c.csv", file);
        Assert.That(zh, Is.EqualTo("c.csv:2: 第 5 列 'value': 发现 '-5'，应为 ≥ 0 的有限数值（数字，小数点用 '.'；千位分隔符只能出现在加引号的字段中，如 \"1,234.5\"），或注释键 NO、NE、IE、NA、C"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "c.csv", file), Is.EqualTo("c.csv:2: column 5 'value': found '-5', expected a finite number ≥ 0 (digits, '.' for decimals; "
            + "a thousands separator only in a quoted field, \"1,234.5\"), or a notation key NO, NE, IE, NA, C"));
    }

    [Test]
    public void Issue13_Gb18030FileWithABadLine_IsLocatedAndChinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] file = Encoding.GetEncoding("GB18030").GetBytes(ActivityFile.TextWithHeader("地区,年份,类别,品种,数值,单位,来源",
            "准格尔旗,2023,1.A.1.a.i,原煤,1511.31,万吨,准格尔旗能源平衡表",
            "准格尔旗,2023,1.A.4.b,天然气,5.5,万箱,准格尔旗能源平衡表"));
        Assert.That(System.Text.Unicode.Utf8.IsValid(file), Is.False, "the test file must not also be valid UTF-8");
        string zh = RefusedIn(UiCulture.Chinese, "准格尔旗2023.csv", file);
        Assert.That(zh, Does.StartWith("准格尔旗2023.csv:3: 第 6 列 '单位': 发现 '万箱'，应为 计量单位"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "准格尔旗2023.csv", file), Does.StartWith("准格尔旗2023.csv:3: column 6 '单位': found '万箱', expected a unit such as 万吨"));
    }

    [Test]
    public void Issue13_BytesNotInTheDetectedEncoding_AreLocatedInChinese()
    {
        // Line 3 ends in a lone 0xFF, which is neither UTF-8 nor GB18030.
        byte[] head = Encoding.UTF8.GetBytes(ActivityFile.Text("150622,2023,1.A.2,raw_coal,1,万吨,stat,"));
        byte[] file = [.. head, .. "150622,2023,1.A.2,diesel,1,t,stat,"u8, 0xFF, (byte)'\n'];
        string zh = RefusedIn(UiCulture.Chinese, "d.csv", file);
        Assert.That(zh, Does.StartWith("d.csv:3: 发现 '不符合 "));
        Assert.That(zh, Does.Contain("全文使用同一种编码"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "d.csv", file), Does.StartWith("d.csv:3: found 'a byte sequence that is not valid "));
    }

    [Test]
    public void Issue13_CorrectionOfAFacilityInAnotherLetterCase_ChineseAndEnglish()
    {
        const string header = "region,year,category,activity,value,unit,source,note,uncertainty_pct,facility";
        Accepted("plants.csv", ActivityFile.Utf8WithHeader(header, "150622,2023,1.A.2.c,raw_coal,18,万吨,t,,,Plant A"));
        byte[] fix = ActivityFile.Utf8WithHeader(header, "150622,2023,1.A.2.c,raw_coal,20,万吨,t,,,plant a");
        string zh = RefusedIn(UiCulture.Chinese, "fix.csv", fix);
        Assert.That(zh, Does.StartWith("fix.csv:2: 列 'facility': 发现 'plant a'，应为 与已存储的企业名称一致，即 'Plant A'（已由 plants.csv:2 存储，1.A.2.c 原煤 企业 'Plant A'）"));
        AssertNoEnglishSentence(zh);
        Assert.That(RefusedIn(UiCulture.English, "fix.csv", fix), Is.EqualTo("fix.csv:2: column 'facility': found 'plant a', expected the facility id as it is stored, "
            + "'Plant A' (already stored from plants.csv:2, 1.A.2.c raw_coal facility 'Plant A'): the two differ only in letter case or spaces, so this row would add a "
            + "second plant instead of replacing that one and the fuel would be counted twice; if they are two plants, give ids that differ in more than letter case and spaces"));
    }

    [Test]
    public void Issue13_ReplaceWithAUnitSlip_FlagIsStoredNeutralAndReadInEitherLanguage()
    {
        Accepted("v1.csv", ActivityFile.Utf8("150622,2023,1.A.2.c,raw_coal,20,万吨,t,"));
        // --replace with 200000 万吨 for 20 万吨: 10^4 times the value it corrects (吨 written in the 万吨 column).
        var replaced = ActivityFile.Ingest(workspace, "v2.csv", ActivityFile.Utf8("150622,2023,1.A.2.c,raw_coal,200000,万吨,t,"), new IngestOptions(Replace: true));
        Assert.That(replaced.Accepted, Is.True, string.Join("\n", replaced.Issues));
        var flag = replaced.Composition!.Flags.Single(f => f.Kind == "correction_jump");
        // Made in the tests' English: today's text.
        Assert.That(flag.ToString(), Is.EqualTo("v2.csv:2: 150622/2023 1.A.2.c raw_coal: 200000 万吨 replaces 20 万吨, 10,000× the value it corrects; "
            + "a correction this large is usually a unit slip (吨 and 万吨 are 10^4 apart)"));

        // Stored without words: read later, it speaks the reader's language.
        string stored = workspace.Connection.ExecuteScalar<string>("SELECT message FROM qa_flags WHERE kind = 'correction_jump'")!;
        Assert.That(stored, Does.Not.Contain("replaces").And.Not.Contain("替换"));
        using (UiCulture.Use(UiCulture.Chinese))
        {
            var (read, _) = workspace.Data.AllFlags("150622", 2023).Single(f => f.Flag.Kind == "correction_jump");
            string zh = read.ToString();
            Assert.That(zh, Is.EqualTo("v2.csv:2: 150622/2023 1.A.2.c 原煤：200000 万吨 替换了 20 万吨，是原值的 10,000 倍；如此大的修订通常是单位填错（吨与万吨相差 10^4 倍）"));
            AssertNoEnglishSentence(zh);
            Assert.That(read.KindText, Is.EqualTo("修订值与原值相差过大"));
        }
        var (english, _) = workspace.Data.AllFlags("150622", 2023).Single(f => f.Flag.Kind == "correction_jump");
        Assert.That(english.Message, Is.EqualTo(flag.Message));
    }

    [Test]
    public void Issue13_YearJumpFlag_InChineseAtIngest()
    {
        Accepted("2022.csv", ActivityFile.Utf8("150622,2022,1.A.2,diesel,1000,t,stat,"));
        using (UiCulture.Use(UiCulture.Chinese))
        {
            // 1,000 t in 2022, 20,000 t in 2023: 20× (over the 10× bound).
            var result = ActivityFile.Ingest(workspace, "2023.csv", ActivityFile.Utf8("150622,2023,1.A.2,diesel,20000,t,stat,"));
            Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
            string zh = result.Composition!.Flags.Single().ToString();
            Assert.That(zh, Is.EqualTo("2023.csv:2: 150622/2023 1.A.2 柴油 合计为 20,000 t，是 2022 年合计 1,000 t 的 20 倍（当前版本 v1）；"
                + "比相邻年份高出 10 倍以上通常是单位填错（在“万吨”列中填写了吨数，会大 10^4 倍）"));
            AssertNoEnglishSentence(zh);
        }
        Assert.That(workspace.Data.AllFlags("150622", 2023).Single().Flag.Message, Is.EqualTo("150622/2023 1.A.2 diesel totals 20,000 t, 20× the 2022 total of 1,000 t "
            + "(current version v1); more than 10× an adjacent year is usually a unit slip (tonnes written in the 万吨 column are 10^4 too much)"));
    }

    [Test]
    public void Issue13_SourceLocation_PrintsCsvAndWorkbookLocations()
    {
        Assert.That(new SourceLocation("准格尔旗2023.csv", 17).ToString(), Is.EqualTo("准格尔旗2023.csv:17"));
        Assert.That(new SourceLocation("准格尔旗2023.csv", 0).ToString(), Is.EqualTo("准格尔旗2023.csv"));
        Assert.That(new SourceLocation("准格尔旗2023.xlsx", 17, "能源", 4).ToString(), Is.EqualTo("准格尔旗2023.xlsx!能源!D17"));
        Assert.That(new SourceLocation("a.xlsx", 3, "能源", 28).ToString(), Is.EqualTo("a.xlsx!能源!AB3"));
        var issue = new ValidationIssue("准格尔旗2023.xlsx", 17, "单位", "万吨标煤", "x", 4) { Sheet = "能源" };
        using var _ = UiCulture.Use(UiCulture.Chinese);
        Assert.That(issue.ToString(), Is.EqualTo("准格尔旗2023.xlsx!能源!D17: 列 '单位': 发现 '万吨标煤'，应为 x"));
    }

    [Test]
    public void Issue13_NoEnglishSentenceCheck_CanFail()
    {
        Assert.That(EnglishRuns("应为 a unit such as 万吨"), Is.Not.Empty);
        Assert.That(EnglishRuns("准格尔旗2023.csv:3: 第 6 列 'unit': 发现 '万吨标煤'，应为 IPCC 类别代码 1.A.4.b，注释键 NO、NE"), Is.Empty);
    }

    [TestCase("DataText")]
    [TestCase("DataIngestText")]
    [TestCase("DataStorageText")]
    [TestCase("DataFactorText")]
    public void Issue13_EveryDataText_HasAChineseFormWithoutEnglishSentences(string name)
    {
        // The generated classes are internal to the Data assembly: their resources are read through its manifest.
        var resources = typeof(GhgInventory.Data.Workspace).Assembly.GetType("GhgInventory.Data.Resources." + name)!;
        var manager = (System.Resources.ResourceManager)resources.GetProperty("ResourceManager", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!.GetValue(null)!;
        var english = manager.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var chinese = manager.GetResourceSet(UiCulture.Chinese, createIfNotExists: true, tryParents: false)!;
        var keys = english.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.That(keys, Is.Not.Empty);
        foreach (string key in keys)
        {
            string? zh = chinese.GetString(key);
            Assert.That(zh, Is.Not.Null.And.Not.Empty, $"{resources.Name}.{key} has no Chinese text");
            // The placeholders take codes and values; what is left is what a Chinese reader reads.
            Assert.That(EnglishRuns(Placeholder().Replace(zh!, " ")), Is.Empty, $"{resources.Name}.{key}: {zh}");
            Assert.That(Placeholder().Matches(zh!).Select(m => m.Value).Distinct().Order(), Is.EqualTo(Placeholder().Matches(english.GetString(key)!).Select(m => m.Value).Distinct().Order()),
                $"{resources.Name}.{key}: the Chinese text takes the same arguments as the English");
        }
    }

    [Test]
    public void Issue13_DatabaseThatIsNotOurs_IsRefusedInChinese()
    {
        using var folder = TempFolder.Create("issue13-notours");
        string path = Path.Combine(folder.Path, "notes.db");
        File.WriteAllText(path, "hello, this is not a database at all");
        using var _ = UiCulture.Use(UiCulture.Chinese);
        var e = Assert.Throws<InvalidOperationException>(() => GhgInventory.Data.Workspace.Open(path, TestClock.Create()).Dispose());
        Assert.That(e!.Message, Does.StartWith($"{path} 不是清单数据库：它是36 字节的文件，不是 SQLite 数据库（开头为 \"hello, this is n"));
        AssertNoEnglishSentence(e.Message.Replace(path, "", StringComparison.Ordinal).Replace("hello, this is n", "", StringComparison.Ordinal));
    }

    [Test]
    public void Issue13_FactorStatus_ProgramPartsInChineseUserReasonAsWritten()
    {
        const string stored = "local (as imported); outside the plausible range 0.8–1, accepted: lab report 2023-07";
        Assert.That(FactorStatusText.Render(stored), Is.EqualTo(stored));
        using var _ = UiCulture.Use(UiCulture.Chinese);
        Assert.That(FactorStatusText.Render(stored), Is.EqualTo("本地（按导入值）；超出合理范围 0.8–1，已接受，理由：lab report 2023-07"));
        Assert.That(FactorStatusText.Render("verified (secondary transcription)"), Is.EqualTo("已核实（二手转录）"), "a bundled file's label in words");
    }

    [Test]
    public void Issue13_VersionChangeExample_InChinese()
    {
        Accepted("a.csv", ActivityFile.Utf8("150622,2023,1.A.2,electricity,100,万千瓦时,stat,"));
        using var _ = UiCulture.Use(UiCulture.Chinese);
        var fix = ActivityFile.Ingest(workspace, "b.csv", ActivityFile.Utf8("150622,2023,1.A.2,electricity,120,万千瓦时,stat,"));
        Assert.That(fix.Composition!.Changes.Single().Examples.Single(), Is.EqualTo("1.A.2 电力：100 万千瓦时 → 120 万千瓦时（第 2 行）"));
    }

    /// <summary>Ingests <paramref name="content"/> in <paramref name="culture"/>, expects it refused with one issue and the database unchanged, and returns that issue's text.</summary>
    private string RefusedIn(System.Globalization.CultureInfo culture, string name, byte[] content)
    {
        string before = DatabaseDump.Content(workspace.Connection);
        using var _ = UiCulture.Use(culture);
        var result = ActivityFile.Ingest(workspace, name, content);
        Assert.That(result.Accepted, Is.False);
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), "a refused file leaves the database as it was");
        Assert.That(result.Issues, Has.Count.EqualTo(1), string.Join("\n", result.Issues));
        return result.Issues[0].ToString();
    }

    private void Accepted(string name, byte[] content)
    {
        var result = ActivityFile.Ingest(workspace, name, content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }

    /// <summary>Fails on a run of two or more English words (outside codes, file names, keys and a short allow-list).</summary>
    private static void AssertNoEnglishSentence(string text) =>
        Assert.That(EnglishRuns(text), Is.Empty, $"English words in a Chinese message: {text}");

    /// <summary>Words that Chinese text keeps as they are: standards, formats, notation keys, gas formulas, units, command words.</summary>
    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal)
    {
        "IPCC", "CSV", "UTF", "GB", "NO", "NE", "IE", "NA", "C", "CO2", "CH4", "N2O", "GWP", "AR5", "GWh", "kWh", "TJ", "GJ", "Mt", "t", "MiB", "GiB", "FIFO",
        "CEADs", "Excel", "NUL", "ESC", "BEL", "C1", "zip", "xlsx", "xls",
        // The program's verbs and placeholders, written as typed: ghg ingest FILE, factors list, grid:KEY.
        "ghg", "init", "ingest", "compile", "report", "explain", "runs", "data", "factors", "list", "demo", "FILE", "KEY", "grid",
    };

    private static List<string> EnglishRuns(string text)
    {
        var runs = new List<string>();
        var run = new List<string>();
        // Tokens are split at spaces and at Chinese text; a token holding a digit, '_', '.', '/', '-' or '\'' is a code, key or file name.
        foreach (Match token in Tokens().Matches(text))
        {
            string word = token.Value;
            bool english = word.Length >= 2 && word.All(char.IsAsciiLetter) && !AllowedWords.Contains(word);
            if (english)
            {
                run.Add(word);
                continue;
            }
            if (run.Count >= 2)
            {
                runs.Add(string.Join(" ", run));
            }
            run.Clear();
        }
        if (run.Count >= 2)
        {
            runs.Add(string.Join(" ", run));
        }
        return runs;
    }

    [GeneratedRegex(@"\{[0-9]+[^}]*\}")]
    private static partial Regex Placeholder();

    /// <summary>Runs of ASCII non-space characters (English words and codes) and of anything else, each its own token.</summary>
    [GeneratedRegex(@"[A-Za-z0-9_./\-'@^%]+|[^\sA-Za-z0-9_./\-'@^%,;:()]+")]
    private static partial Regex Tokens();
}
