using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using GhgInventory.Cli;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// Findings of the banner official's trial of issue 13 about texts and labels: a language leaking into the other, two
/// names for one thing, labels the spreadsheet guard had to escape, statuses that disagreed with the data's own label,
/// a part marker split over two lines, error messages, and README gaps.
/// </summary>
[TestFixture]
public sealed class Issue13_TextFindingsTests
{
    private const string Year = "2024";

    private static string Ok(CliResult result)
    {
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        return result.Out;
    }

    /// <summary>Writes a report of the demo database in <paramref name="format"/> and <paramref name="lang"/> and returns its path.</summary>
    private static string Report(TempFolder folder, string format, string lang, string year = Year, string extension = "")
    {
        string path = Path.Combine(folder.Path, $"r-{lang}-{year}.{(extension.Length > 0 ? extension : format)}");
        Ok(CliRunner.Run("report", "--year", year, "--format", format, "--out", path, "--lang", lang, "--db", DemoRun.DatabasePath));
        return path;
    }

    // Finding 1: English inside Chinese output.

    [Test]
    public void Issue13_GenerationWithoutRow_ReasonIsChinese()
    {
        var manager = new System.Resources.ResourceManager("GhgInventory.Reports.Resources.ReportText", typeof(GhgInventory.Reports.TableReport).Assembly);
        Assert.That(manager.GetString("GenerationWhyNoRow", UiCulture.Chinese), Is.EqualTo("有发电厂燃料, 无发电量行"));
    }

    [Test]
    public void Issue13_CsvScope_InTheReportsLanguage()
    {
        using var folder = TempFolder.Create("scope");
        var zh = File.ReadAllLines(Report(folder, "csv", "zh"));
        var en = File.ReadAllLines(Report(folder, "csv", "en"));
        int zhScope = Array.IndexOf(zh[0].Split(','), "口径");
        int enScope = Array.IndexOf(en[0].TrimStart('\uFEFF').Split(','), "scope");
        var zhScopes = zh.Skip(1).Select(l => l.Split(',')[zhScope]).Distinct().Order(StringComparer.Ordinal).ToList();
        var enScopes = en.Skip(1).Select(l => l.Split(',')[enScope]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(zhScopes, Is.SubsetOf(new[] { "属地", "间接", "备忘" }).And.Contain("属地").And.Contain("间接"));
        Assert.That(enScopes, Is.SubsetOf(new[] { "territorial", "indirect", "memo" }).And.Contain("territorial"));
    }

    [Test]
    public void Issue13_HtmlRunOptions_InWordsInEitherLanguage()
    {
        using var folder = TempFolder.Create("options");
        string zh = File.ReadAllText(Report(folder, "html", "zh"));
        string en = File.ReadAllText(Report(folder, "html", "en"));
        Assert.That(zh, Does.Contain("电网排放因子：区域电网；缺当年电网排放因子时：采用最近的发布年份（距离相同取较早年份）；热电联产排放分摊：按能量产出"));
        Assert.That(en, Does.Contain("grid factor: the regional grid; a year without its own grid factor: the nearest published year (on a tie the earlier); CHP split: energy output"));
        Assert.That(zh + en, Does.Not.Contain("grid=Regional"));
        // The stored text, part of the run's identity, is unchanged; since issue 14 (user trial) ghg runs shows it in words too.
        using (var workspace = GhgInventory.Data.Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create()))
        {
            Assert.That(workspace.Runs.List().Select(r => r.Options), Has.Member("grid=Regional; grid_year=nearest; chp=energy; edition=provincial-2011"));
        }
        Assert.That(Ok(CliRunner.Run("runs", "--db", DemoRun.DatabasePath)), Does.Not.Contain("grid=Regional"));
    }

    [Test]
    public void Issue13_FactorStatus_InWordsWhereverShown()
    {
        using var folder = TempFolder.Create("status");
        string zh = File.ReadAllText(Report(folder, "html", "zh"));
        string en = File.ReadAllText(Report(folder, "html", "en"));
        Assert.That(zh, Does.Contain("已核实（二手转录）；未与指南原文核对"));
        Assert.That(zh, Does.Not.Contain("已核实 (verified").And.Not.Contain("not checked against the guideline PDF"));
        Assert.That(zh, Does.Contain("来源、表名照录因子文件原文"), "the heading says the source texts are quoted");
        Assert.That(en, Does.Contain("verified (secondary transcription); not checked against the guideline PDF"));
        Assert.That(en, Does.Contain("quoted as the factor files write them"));
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(FactorStatusText.Render("verified (secondary transcription); not checked against the guideline PDF"), Is.EqualTo("已核实（二手转录）；未与指南原文核对"));
            Assert.That(FactorStatusText.Render("UNVERIFIED (one code transcription)"), Is.EqualTo("未核实（仅一处代码转录）"));
            Assert.That(FactorStatusText.Render("verified (secondary transcription); something new"), Is.EqualTo("已核实（二手转录）；原文：something new"));
        }
        // The factors list of an activity and explain show it too.
        using var workspaceFolder = TempFolder.Initialized("status-list");
        string list = Regex.Replace(Ok(CliRunner.RunAt(400, "factors", "list", "--activity", "electricity", "--lang", "zh", "--db", workspaceFolder.Db)), @"\s+", "");
        Assert.That(list, Does.Contain("已核实（新闻报道转述）；公告文号未核实").And.Contain("未核实（仅一处代码转录）").And.Not.Contain("verified(secondarynews)"));
    }

    // Finding 2: the status agrees with the data's own label.

    [Test]
    public void Issue13_GridFactorStatus_AgreesWithItsSource()
    {
        string csv = Path.Combine(RepositoryPaths.Root, "emission-factors", "china-grid-ef", "factors.csv");
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(csv) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.ToList();
        var rows = new List<(string Parameter, string Year, string Source, string Status)>();
        while (!parser.EndOfData)
        {
            var f = parser.ReadFields()!;
            rows.Add((f[header.IndexOf("parameter")], f[header.IndexOf("valid_from")], f[header.IndexOf("source")], f[header.IndexOf("status")]));
        }
        Assert.That(rows, Has.Count.GreaterThan(30));
        // A row whose source says UNVERIFIED (the 2023 rows: "number 公告2025年第47号 UNVERIFIED") says what is not verified in its status.
        var flagged = rows.Where(r => r.Source.Contains("UNVERIFIED", StringComparison.Ordinal)).ToList();
        Assert.That(flagged, Is.Not.Empty);
        Assert.That(flagged.Where(r => !r.Status.Contains("UNVERIFIED", StringComparison.Ordinal) && !r.Status.Contains("not verified", StringComparison.Ordinal)), Is.Empty);

        using var folder = TempFolder.Create("grid-status");
        string zh = File.ReadAllText(Report(folder, "html", "zh"));
        string en = File.ReadAllText(Report(folder, "html", "en"));
        // 2024 borrows 2023's 华北 factor: its status says the value is verified and the announcement number is not.
        Assert.That(zh, Does.Contain("已核实（新闻报道转述）；公告文号未核实"));
        Assert.That(en, Does.Contain("verified (secondary news); announcement number not verified"));
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(FactorStatusText.Render("UNVERIFIED (code comments only)"), Does.StartWith("未核实"));
            Assert.That(FactorStatusText.Render("verified (secondary transcription); the others UNVERIFIED (recalled)"), Does.EndWith("；未核实（原文：the others UNVERIFIED (recalled)）"),
                "a part naming UNVERIFIED never reads 已核实");
        }
    }

    // Finding 3: Chinese inside English output.

    [Test]
    public void Issue13_GridName_InEnglishInEnglishOutput()
    {
        using var folder = TempFolder.Create("grid-en");
        string html = File.ReadAllText(Report(folder, "html", "en"));
        string table = Ok(CliRunner.Run("report", "--year", Year, "--db", DemoRun.DatabasePath));
        // The factor files' table names ("regional factor, 华北") are data, quoted; the program's own words are English.
        Assert.That(html, Does.Not.Contain("华北 (north_china)").And.Not.Contain("华北电网"));
        Assert.That(table, Does.Not.Contain("华北"));
        Assert.That(html, Does.Contain("North China grid"));
        Assert.That(Regex.Replace(table, @"\s+", " "), Does.Contain("Grid factor: North China grid 0.6361"));
        Assert.That(Ok(CliRunner.RunZh("report", "--year", Year, "--db", DemoRun.DatabasePath)), Does.Contain("华北电网"));
    }

    // Finding 4: unknown verb, error prefixes.

    [Test]
    public void Issue13_UnknownVerb_OneErrorNamingItAndTheVerbs()
    {
        var zh = CliRunner.RunZh("frobnicate");
        var en = CliRunner.Run("frobnicate");
        Assert.That(zh.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(zh.Error, Does.StartWith("错误：“frobnicate”不是 ghg 的命令；可用的命令：init、ingest、factors、compile、report、explain、runs、compare、data、control、demo、template、energy、targets、budget、completeness、scenario。\n"));
        Assert.That(Regex.Count(zh.Error, "错误"), Is.EqualTo(1), zh.Error);
        Assert.That(zh.Error, Does.Not.Contain("。.").And.Not.Contain("“'"));
        Assert.That(en.Error, Does.StartWith("error: 'frobnicate' is not a verb of ghg; the verbs are: init, ingest, factors, compile, report, explain, runs, compare, data, control, demo, template, energy, targets, budget, completeness, scenario.\n"));
        Assert.That(CliRunner.RunZh().Error, Does.StartWith("错误：未给出命令；可用的命令：init、"));
        // One form of the prefix everywhere in Chinese.
        Assert.That(CliRunner.RunZh("compile", "--year", "2020-x", "--db", DemoRun.DatabasePath).Error, Does.StartWith("错误：").And.Not.Contain("错误: "));
        Assert.That(CliRunner.RunZh("--bogus").Error, Does.StartWith("错误：").And.Not.Contain("。."));
    }

    // Finding 5 and 6: one name for consumption-based emissions; bridge labels that need no escaping.

    [Test]
    public void Issue13_ConsumptionBased_OneNameAndLabelsWithoutLeadingSigns()
    {
        using var folder = TempFolder.Create("bridge-labels");
        string html = File.ReadAllText(Report(folder, "html", "zh"));
        string csvPath = Report(folder, "csv", "zh");
        string totals = File.ReadAllText(Path.Combine(folder.Path, Path.GetFileNameWithoutExtension(csvPath) + "-totals.csv"));
        string xlsxPath = Report(folder, "xlsx", "zh");
        string enCsv = Report(folder, "csv", "en");
        string enTotals = File.ReadAllText(Path.Combine(folder.Path, Path.GetFileNameWithoutExtension(enCsv) + "-totals.csv"));
        List<string> cells;
        using (var book = new XLWorkbook(xlsxPath))
        {
            cells = book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        }
        string terminal = Ok(CliRunner.RunZh("report", "--year", Year, "--db", DemoRun.DatabasePath));
        foreach (string text in new[] { html, totals, string.Join("\n", cells), terminal })
        {
            Assert.That(text, Does.Contain("消费端排放").And.Not.Contain("消费侧"));
        }
        Assert.That(totals, Does.Contain(",减：本地发电排放,").And.Contain(",加：用电量 × 电网排放因子,").And.Not.Contain(",'"));
        Assert.That(cells, Does.Contain("加：用电量 × 电网排放因子").And.Contain("减：本地供热排放"));
        Assert.That(cells.Where(c => c.StartsWith('\'')), Is.Empty);
        Assert.That(enTotals, Does.Contain(",less: electricity generation in the region,").And.Contain(",plus: electricity used × grid emission factor,").And.Not.Contain(",'"));
    }

    // Finding 7: the part marker of a table in parts stays whole.

    [TestCase("zh", @"\(第 \d+/\d+ 部分\)", "(第", @"部分\)")]
    [TestCase("en", @"\(part \d+ of \d+\)", "(part", @"\b\d+ of \d+\)")]
    public void Issue13_TablePartMarker_NeverSplit(string lang, string marker, string head, string tail)
    {
        int seen = 0;
        foreach (int width in new[] { 80, 100 })
        {
            foreach (var region in new[] { "准格尔旗", "150600" })
            {
                string text = Ok(CliRunner.RunAt(width, "report", "--year", Year, "--region", region, "--lang", lang, "--db", DemoRun.DatabasePath));
                seen += Regex.Count(text, marker);
                // A line holding the marker's start or end holds the whole marker.
                foreach (string line in text.Split('\n').Where(l => l.Contains(head, StringComparison.Ordinal) || Regex.IsMatch(l, tail)))
                {
                    Assert.That(Regex.IsMatch(line, marker), Is.True, $"{lang}, {width} columns, {region}: '{line}' holds part of the marker");
                }
            }
        }
        Assert.That(seen, Is.GreaterThan(0), "the test needs tables in parts");
    }

    // Finding 8: init on a new file.

    [Test]
    public void Issue13_InitNewFile_SaysCreated()
    {
        using var folder = TempFolder.Create("init-new");
        string first = Ok(CliRunner.RunZh("init", "--db", folder.Db));
        string again = Ok(CliRunner.RunZh("init", "--db", folder.Db));
        Assert.That(first.Split('\n')[0], Is.EqualTo($"{folder.Db}: 数据库结构已创建"));
        Assert.That(again.Split('\n')[0], Is.EqualTo($"{folder.Db}: 数据库结构已是最新"));
        using var english = TempFolder.Create("init-new-en");
        Assert.That(Ok(CliRunner.Run("init", "--db", english.Db)).Split('\n')[0], Is.EqualTo($"{english.Db}: schema created"));
    }

    // Finding 9: the GWP sets the help and README list are those the program accepts.

    [Test]
    public void Issue13_GwpSets_HelpAndReadmeListWhatIsAccepted()
    {
        var refused = CliRunner.Run("compile", "--year", "2020", "--gwp", "XYZ", "--db", DemoRun.DatabasePath);
        var loaded = Regex.Match(refused.Error, @"available: (?<sets>[A-Z0-9, ]+)\.").Groups["sets"].Value.Split(", ");
        Assert.That(loaded, Is.EquivalentTo(new[] { "SAR", "TAR", "AR4", "AR5", "AR6" }), refused.ToString());
        string helpEn = Ok(CliRunner.Run("compile", "--help"));
        string helpZh = Ok(CliRunner.RunZh("compile", "--help"));
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.That(Regex.Replace(helpEn, @"\s+", " "), Does.Contain("SAR, TAR, AR4, AR5 (default), AR6"));
        Assert.That(Regex.Replace(helpZh, @"\s+", ""), Does.Contain("SAR、TAR、AR4、AR5(默认)、AR6"));
        Assert.That(readme, Does.Contain("`--gwp SAR|TAR|AR4|AR5|AR6`"));
    }

    // Finding 10: the English unit message is a sentence.

    [Test]
    public void Issue13_ElectricityInTce_EnglishMessageIsASentence()
    {
        using var folder = TempFolder.Initialized("tce");
        string file = folder.Write("e.csv", ActivityFile.Text("150622,2023,1.A.3.c,electricity,100,吨标准煤,test,"));
        var result = folder.Ghg("ingest", file, "--check");
        Assert.That(Regex.Replace(result.Out + result.Error, @"\s+", " "), Does.Contain("a coal-equivalent unit that names its basis, since for electricity the two bases differ about 2.5×"), result.ToString());
        Assert.That(result.Out + result.Error, Does.Not.Contain("expected for "));
    }

    // Finding 11: README.

    [Test]
    public void Issue13_Readme_ChineseQuickStartAndPublishTime()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        string chinese = readme[readme.IndexOf("## 快速开始", StringComparison.Ordinal)..readme.IndexOf("## Quick start", StringComparison.Ordinal)];
        string publishing = readme[readme.IndexOf("## Publishing", StringComparison.Ordinal)..readme.IndexOf("## The `ghg` command", StringComparison.Ordinal)];
        Assert.That(chinese, Does.Contain("chmod +x ghg"));
        Assert.That(publishing, Does.Contain("about 4 minutes per target on this 2-core machine"));
    }
}
