using System.CommandLine;
using System.CommandLine.Completions;
using System.Xml.Linq;
using GhgInventory.Cli;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// Issue 13: every verb's help and a sample of each message class read entirely in Chinese by default and in English with
/// --lang en (or GHG_LANG=en); every key of every resource file has both languages.
/// </summary>
[TestFixture]
public sealed class Issue13_TranslationTests
{
    /// <summary>Every verb and sub-verb of the tree, walked rather than listed (the root is the empty path).</summary>
    private static IEnumerable<TestCaseData> VerbPaths()
    {
        foreach (var path in Walk(Tree(), []))
        {
            yield return new TestCaseData((object)path.ToArray()).SetArgDisplayNames(path.Count == 0 ? "ghg" : "ghg " + string.Join(" ", path));
        }
    }

    [TestCaseSource(nameof(VerbPaths))]
    public void Issue13_Help_ReadsInChineseByDefault(string[] path)
    {
        var help = CliRunner.RunZh([.. path, "--help"]);
        Assert.That(help.ExitCode, Is.EqualTo(ExitCodes.Success), help.ToString());
        using (Assert.EnterMultipleScope())
        {
            // System.CommandLine's own headings, and ours.
            Assert.That(help.Out, Does.Contain("用法:").And.Contain("说明:").And.Contain("选项:").And.Contain("显示帮助和用法"), help.Out);
            Assert.That(UntranslatedText.Find(help.Out, TextLanguage.Zh, TypedWords()), Is.Empty, help.Out);
        }
    }

    [TestCaseSource(nameof(VerbPaths))]
    public void Issue13_Help_ReadsInEnglishWithLangEn(string[] path)
    {
        // Both ways of asking: the global option after the verb, and the environment variable.
        var byOption = CliRunner.RunZh([.. path, "--help", "--lang", "en"]);
        var byVariable = CliRunner.RunWith(new Dictionary<string, string> { ["GHG_LANG"] = "en" }, [.. path, "--help"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byOption.ExitCode, Is.EqualTo(ExitCodes.Success), byOption.ToString());
            Assert.That(byOption.Out, Does.Contain("Usage:").And.Contain("Description:").And.Contain("Show help and usage information"), byOption.Out);
            Assert.That(UntranslatedText.Find(byOption.Out, TextLanguage.En), Is.Empty, byOption.Out);
            Assert.That(byVariable.Out, Is.EqualTo(byOption.Out));
        }
    }

    [Test]
    public void Issue13_ChineseHelp_RequiredMark_KeepsTheDescriptionsAligned()
    {
        var help = CliRunner.RunZh("compile", "--help").Out.Split('\n');
        string required = help.Single(l => l.Contains("--year <year> (必需)", StringComparison.Ordinal));
        string optional = help.Single(l => l.Contains("--region <region>", StringComparison.Ordinal));
        // Terminal columns before each description: a Chinese character takes two.
        static int Columns(string line, string description) => line[..line.IndexOf(description, StringComparison.Ordinal)].Sum(c => c >= '\u2E80' ? 2 : 1);
        Assert.That(Columns(required, "年份或年份范围"), Is.EqualTo(Columns(optional, "地区代码或完整名称")), string.Join('\n', help));
    }

    [Test]
    public void Issue13_LangOption_WinsOverTheVariable_AndChineseIsTheDefault()
    {
        var english = new Dictionary<string, string> { ["GHG_LANG"] = "en" };
        var chinese = new Dictionary<string, string> { ["GHG_LANG"] = "zh" };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CliRunner.RunWith(english, "init", "--help", "--lang", "zh").Out, Does.StartWith("说明:"));
            Assert.That(CliRunner.RunWith(chinese, "init", "--help", "--lang", "en").Out, Does.StartWith("Description:"));
            Assert.That(CliRunner.RunWith(chinese, "init", "--help", "--lang=EN").Out, Does.StartWith("Description:"));
            Assert.That(CliRunner.RunWith(chinese, "init", "--help").Out, Does.StartWith("说明:"));
            Assert.That(CliRunner.RunZh("init", "--help").Out, Does.StartWith("说明:"));
        }
    }

    [TestCase("--lang", "fr")]
    [TestCase("--lang", "chinese")]
    public void Issue13_InvalidLang_IsBadUsageSaidInBothLanguages(string option, string value)
    {
        var result = CliRunner.RunZh("runs", option, value, "--db", "none.db");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
            Assert.That(result.Error, Does.Contain($"error: --lang '{value}' is not a language ghg speaks: use --lang zh (Chinese, the default) or --lang en (English)."));
            Assert.That(result.Error, Does.Contain($"错误：--lang '{value}' 不是 ghg 支持的语言"));
            Assert.That(result.Out, Is.Empty);
        }
    }

    [Test]
    public void Issue13_InvalidGhgLang_IsBadUsageUnlessLangOverridesIt()
    {
        var french = new Dictionary<string, string> { ["GHG_LANG"] = "fr" };
        var refused = CliRunner.RunWith(french, "init", "--help");
        var overridden = CliRunner.RunWith(french, "init", "--help", "--lang", "en");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.BadUsage), refused.ToString());
            Assert.That(refused.Error, Does.Contain("error: the environment variable GHG_LANG is 'fr'").And.Contain("错误：环境变量 GHG_LANG 的值为 'fr'"));
            Assert.That(overridden.ExitCode, Is.EqualTo(ExitCodes.Success), overridden.ToString());
            Assert.That(overridden.Out, Does.StartWith("Description:"));
        }
    }

    [Test]
    public void Issue13_BadUsage_UnknownOption_ReadsInEachLanguage()
    {
        var zh = CliRunner.RunZh("compile", "--year", "2020", "--bogus");
        var en = CliRunner.Run("compile", "--year", "2020", "--bogus");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.BadUsage), zh.ToString());
            Assert.That(zh.Error, Does.Contain("错误：").And.Contain("--bogus").And.Contain("用法见 'ghg --help'"));
            Assert.That(en.Error, Does.Contain("error: Unrecognized command or argument '--bogus'.").And.Contain("Run 'ghg --help' or 'ghg <verb> --help' for usage."));
            CheckBoth(zh.Error, en.Error);
        }
    }

    [Test]
    public void Issue13_BadUsage_BadYear_ReadsInEachLanguage()
    {
        using var temp = TempFolder.Create("ghg-l10n");
        // A year that is not a number where the parser reads it (report --year is an integer) and where the verb does (compile --year 2020-x).
        var parserZh = CliRunner.RunZh("report", "--year", "20x0", "--db", temp.Db);
        var parserEn = CliRunner.Run("report", "--year", "20x0", "--db", temp.Db);
        var verbZh = CliRunner.RunZh("compile", "--year", "2020-x", "--db", temp.Db);
        var verbEn = CliRunner.Run("compile", "--year", "2020-x", "--db", temp.Db);
        var missingZh = CliRunner.RunZh("compile", "--db", temp.Db);
        var missingEn = CliRunner.Run("compile", "--db", temp.Db);
        using (Assert.EnterMultipleScope())
        {
            foreach (var result in new[] { parserZh, parserEn, verbZh, verbEn, missingZh, missingEn })
            {
                Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.ToString());
            }
            Assert.That(parserZh.Error, Does.Contain("错误：选项 --year 的值 '20x0' 不是整数。"));
            Assert.That(parserEn.Error, Does.Contain("error: Cannot parse argument '20x0' for option '--year' as a whole number."));
            Assert.That(verbZh.Error, Does.Contain("错误：--year '2020-x' 不是 1990–2100 之间的年份或年份范围 (如 2015-2024)").Or.Contain("错误：--year '2020-x' 不是"));
            Assert.That(verbEn.Error, Does.StartWith("error: --year '2020-x' is not a year or range like 2015-2024 within "));
            Assert.That(missingZh.Error, Does.Contain("错误：缺少必需的选项 --year。"));
            Assert.That(missingEn.Error, Does.Contain("error: Option '--year' is required."));
            CheckBoth(parserZh.Error, parserEn.Error);
            CheckBoth(verbZh.Error, verbEn.Error);
            CheckBoth(missingZh.Error, missingEn.Error);
        }
    }

    [Test]
    public void Issue13_LocatedInputError_ReadsInEachLanguage()
    {
        using var temp = TempFolder.Initialized("ghg-l10n");
        string file = temp.Write("bad-unit.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,furlong,stat,"));
        var before = Dump(temp.Db);
        var zh = CliRunner.RunZh("ingest", file, "--db", temp.Db);
        var en = CliRunner.Run("ingest", file, "--db", temp.Db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.InputRejected), zh.ToString());
            Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.InputRejected), en.ToString());
            Assert.That(Dump(temp.Db), Is.EqualTo(before), "a rejected file leaves the database as it was");
            Assert.That(zh.Error, Does.Contain($"✗ {file}: 被拒绝, 1 行中的 1 行有问题, 共 1 个问题; 未存储其任何内容"));
            Assert.That(en.Error, Does.Contain($"✗ {file}: rejected, 1 issue(s) in 1 of 1 row(s); nothing of it stored"));
            // The issue itself names the file and line (2: the header is line 1) and the unit found.
            Assert.That(en.Error, Does.Contain("bad-unit.csv:2").And.Contain("furlong"));
            Assert.That(zh.Error, Does.Contain("bad-unit.csv:2").And.Contain("furlong"));
            // "unit" is the column as the file spells it; "furlong" the value found.
            CheckBoth(OtherProjects.Data ? zh.Error : OwnLines(zh.Error, file), en.Error, allowed: ["furlong", "unit"]);
        }
    }

    [Test]
    public void Issue13_RuntimeFailure_NotADatabase_ReadsInEachLanguage()
    {
        using var temp = TempFolder.Create("ghg-l10n");
        string db = temp.Write("notes.db", "garbage garbage garbage garbage");
        var zh = CliRunner.RunZh("runs", "--db", db);
        var en = CliRunner.Run("runs", "--db", db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.Failure), zh.ToString());
            Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Failure), en.ToString());
            Assert.That(zh.Error, Does.StartWith($"错误：{db}"), zh.Error);
            Assert.That(en.Error, Does.StartWith($"error: {db} is not an inventory database"), en.Error);
            // The reason is the Data project's message: checked in Chinese once that project has its resources.
            // "garbage" is the start of the file, quoted as found.
            CheckBoth(OtherProjects.Data ? zh.Error : "错误：", en.Error, allowed: ["garbage"]);
        }
    }

    /// <summary>SQLite failures on the database file (SQLite result codes, sqlite.org/rescode.html), as the CLI words them.</summary>
    [TestCase(8, "cannot be written: the file is read-only for you", "无法写入: 该文件对您是只读的")]
    [TestCase(14, "cannot be opened or written:", "无法打开或写入:")]
    [TestCase(13, "cannot grow: the disk or your quota is full", "无法增大: 磁盘或您的配额已满")]
    [TestCase(5, "is in use: another ghg command (an import or compile) held its lock for over", "正被占用: 另一条 ghg 命令 (导入或编制) 持有其锁已超过")]
    public void Issue13_RuntimeFailure_SqliteOnTheDatabaseFile_ReadsInEachLanguage(int code, string english, string chinese)
    {
        var failure = new Microsoft.Data.Sqlite.SqliteException("SQLite Error", code);
        string zh, en;
        using (UiCulture.Use(UiCulture.Chinese))
        {
            zh = FileFailures.Describe(failure, "/data/ordos/ghg.db");
        }
        using (UiCulture.Use(UiCulture.English))
        {
            en = FileFailures.Describe(failure, "/data/ordos/ghg.db");
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zh, Does.StartWith("/data/ordos/ghg.db " + chinese));
            Assert.That(en, Does.StartWith("/data/ordos/ghg.db " + english));
            CheckBoth(zh, en);
        }
    }

    [Test]
    public void Issue13_SuccessLines_IngestAndCompile_ReadInEachLanguage()
    {
        using var temp = TempFolder.Initialized("ghg-l10n");
        string file = temp.Write("zhungeer.csv", ActivityFile.Text("150622,2020,1.A.1.a.i,raw_coal,100,万吨,stat,"));
        var ingestZh = CliRunner.RunZh("ingest", file, "--check", "--db", temp.Db);
        var ingestEn = CliRunner.Run("ingest", file, "--check", "--db", temp.Db);
        var imported = CliRunner.RunZh("ingest", file, "--db", temp.Db);
        var compileZh = CliRunner.RunZh("compile", "--year", "2020", "--region", "150622", "--db", temp.Db);
        var compileEn = CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", temp.Db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingestZh.Out, Does.StartWith($"✓ {file}: 1 行有效 (UTF-8); 仅检查, 未存储; 导入后将生成:"), ingestZh.ToString());
            Assert.That(ingestEn.Out, Does.StartWith($"✓ {file}: 1 row(s) valid (UTF-8); checked only, nothing stored; importing it would make:"), ingestEn.ToString());
            Assert.That(imported.Out, Does.StartWith($"✓ {file}: 1 行已导入 (UTF-8), 批次 1; 新版本: 150622/2020 v1"), imported.ToString());
            Assert.That(compileZh.Out, Does.Contain("运行 #1: 150622 2020, GWP AR5, 电网排放因子 区域电网 (其他年份: 最近的发布年份), 热电联产分摊 按能量产出:"), compileZh.ToString());
            // Raw coal in 准格尔旗's power plants: 100 万吨 × 1.9002988488 t CO2/t = 1,900,298.8488 t CO2 (the figure GhgCommandLineTests computes by hand), plus its CH4 and N2O.
            // The same total in both languages (the figure itself is checked against a hand calculation in GhgCommandLineTests).
            var total = System.Text.RegularExpressions.Regex.Match(compileEn.Out, @"  2020: ([\d,.]+) 10\^4 t CO2e territorial");
            Assert.That(total.Success, Is.True, compileEn.Out);
            Assert.That(compileZh.Out, Does.Contain($"  2020: 属地排放 {total.Groups[1].Value} 万吨 CO2e"), compileZh.ToString());
            Assert.That(compileEn.Out, Does.Contain("run #2: 150622 2020, GWP AR5, grid Regional (other years: nearest), CHP split energy output:").And.Contain(" 10^4 t CO2e territorial"), compileEn.ToString());
            // A first version has no example rows and this data no plausibility flag: every line here is the Cli project's.
            CheckBoth(ingestZh.Out, ingestEn.Out, allowed: Vocabulary());
            CheckBoth(imported.Out, "", allowed: Vocabulary());
            CheckBoth(compileZh.Out, compileEn.Out);
        }
    }

    [Test]
    public void Issue13_Demo_FirstLines_ReadInEachLanguage()
    {
        using var zhDb = TempDatabase.Empty();
        using var enDb = TempDatabase.Empty();
        var zh = CliRunner.RunZh("demo", "--db", zhDb.Path);
        var en = CliRunner.Run("demo", "--db", enDb.Path);
        Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.Success), zh.ToString());
        Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Success), en.ToString());
        // The note, one line per bundled file and the run line; the trend table after them is the Reports project's.
        var zhFirst = zh.Out.Split('\n').TakeWhile(l => !l.StartsWith("运行 #", StringComparison.Ordinal)).ToList();
        var enFirst = en.Out.Split('\n').TakeWhile(l => !l.StartsWith("run #", StringComparison.Ordinal)).ToList();
        var zhNext = zh.Out.Split('\n').SkipWhile(l => l != "接下来可以:").ToList();
        var enNext = en.Out.Split('\n').SkipWhile(l => l != "Next:").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zhFirst[0], Does.StartWith("注意: 内置鄂尔多斯能源活动数据为示意数据"));
            Assert.That(enFirst[0], Does.StartWith("Note: the bundled Ordos energy activity data are ILLUSTRATIVE"));
            Assert.That(zhFirst.Count(l => l.StartsWith("✓ samples/ordos/energy_", StringComparison.Ordinal) && l.Contains(" 行已导入 (", StringComparison.Ordinal)), Is.EqualTo(10), zh.Out);
            Assert.That(zhNext, Has.Count.GreaterThanOrEqualTo(5), zh.Out);
            Assert.That(enNext, Has.Count.GreaterThanOrEqualTo(5), en.Out);
            // First versions have no example rows, and the sample no plausibility flag: every line here is the Cli project's.
            CheckBoth(string.Join('\n', zhFirst.Concat(zhNext)), string.Join('\n', enFirst.Concat(enNext)), allowed: Vocabulary());
        }
    }

    /// <summary>Every key of every <c>src/*/Resources/*.resx</c> has a non-empty Chinese and English text with the same placeholders; a Chinese text equal to its English one is made of allowed words only.</summary>
    [Test]
    public void Issue13_EveryResourceKey_HasBothLanguages()
    {
        var neutralFiles = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src"))
            .Select(project => Path.Combine(project, "Resources"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.resx"))
            .Where(f => !Path.GetFileName(f).Contains(".zh-Hans.", StringComparison.Ordinal))
            .ToList();
        Assert.That(neutralFiles, Is.Not.Empty, "the Cli project's CliText.resx at least");
        using (Assert.EnterMultipleScope())
        {
            foreach (string neutral in neutralFiles)
            {
                string chineseFile = Path.ChangeExtension(neutral, null) + ".zh-Hans.resx";
                string name = Path.GetRelativePath(RepositoryPaths.Root, neutral);
                Assert.That(File.Exists(chineseFile), Is.True, $"{name} has no zh-Hans beside it");
                if (!File.Exists(chineseFile))
                {
                    continue;
                }
                var english = Values(neutral);
                var chinese = Values(chineseFile);
                Assert.That(chinese.Keys.Except(english.Keys), Is.Empty, $"keys of {chineseFile} missing from {name}");
                Assert.That(english.Keys.Except(chinese.Keys), Is.Empty, $"keys of {name} without Chinese");
                foreach (var (key, en) in english)
                {
                    Assert.That(en, Is.Not.Empty.And.Not.All.EqualTo(' '), $"{name} {key}: empty English");
                    if (!chinese.TryGetValue(key, out string? zh))
                    {
                        continue;
                    }
                    Assert.That(zh.Trim(), Is.Not.Empty, $"{name} {key}: empty Chinese");
                    Assert.That(Placeholders(zh), Is.EqualTo(Placeholders(en)), $"{name} {key}: the Chinese fills other placeholders than the English ({zh} / {en})");
                    if (zh == en)
                    {
                        Assert.That(UntranslatedText.Find(zh, TextLanguage.Zh), Is.Empty, $"{name} {key}: Chinese text equal to the English one, with words not on the allow-list");
                    }
                }
            }
        }
    }

    /// <summary>Checks <paramref name="zh"/> reads in Chinese and <paramref name="en"/> in English.</summary>
    private static void CheckBoth(string zh, string en, IEnumerable<string>? allowed = null)
    {
        var extra = TypedWords().Concat(allowed ?? []).ToList();
        Assert.That(UntranslatedText.Find(zh, TextLanguage.Zh, extra), Is.Empty, "Chinese run:\n" + zh);
        Assert.That(UntranslatedText.Find(en, TextLanguage.En, extra), Is.Empty, "English run:\n" + en);
    }

    /// <summary>
    /// The lines of <paramref name="text"/> the Cli project writes, without those holding a message of the Data project
    /// (a validation issue begins with its file's path, <paramref name="file"/>). Used only while Data has no resources of
    /// its own (see <see cref="OtherProjects"/>); once it has, the whole output is checked.
    /// </summary>
    private static string OwnLines(string text, string file) =>
        string.Join('\n', text.Split('\n').Where(l => !l.StartsWith(file, StringComparison.Ordinal)));

    /// <summary>Whether the Data project, whose validation issues and refusals the CLI prints, speaks Chinese yet: it does once it has resource files.</summary>
    private static class OtherProjects
    {
        public static bool Data => Has("GhgInventory.Data");

        private static bool Has(string project) =>
            Directory.Exists(Path.Combine(RepositoryPaths.Root, "src", project, "Resources"))
            && Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", project, "Resources"), "*.zh-Hans.resx").Length > 0;
    }

    /// <summary>What a user types and so reads as typed in either language: verb names and the values options accept.</summary>
    private static List<string> TypedWords()
    {
        var words = new List<string>();
        var root = Tree();
        foreach (var path in Walk(root, []))
        {
            var command = path.Aggregate((Command)root, (c, name) => c.Subcommands.Single(s => s.Name == name));
            words.AddRange(command.Name.Split('-'));
            foreach (var option in command.Options)
            {
                words.AddRange(option.GetCompletions(CompletionContext.Empty).Select(c => c.Label));
            }
        }
        // --parameter takes the parameter keys of the factor files (ncv, ef, oxidation …).
        words.AddRange(Parameters.Readable);
        return words;
    }

    /// <summary>Activity names as the files and --activity accept them (raw_coal, 原煤).</summary>
    private static IReadOnlyList<string> Vocabulary() => ["原煤", "万吨"];

    private static RootCommand Tree() => GhgCommandLine.Build(CliEnvironment.ForWriters(TestClock.Create(), TextWriter.Null, TextWriter.Null));

    private static IEnumerable<IReadOnlyList<string>> Walk(Command command, IReadOnlyList<string> path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
        {
            foreach (var deeper in Walk(sub, [.. path, sub.Name]))
            {
                yield return deeper;
            }
        }
    }

    private static string Dump(string db)
    {
        using var connection = Database.Open(db);
        return DatabaseDump.Content(connection);
    }

    private static Dictionary<string, string> Values(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
}
