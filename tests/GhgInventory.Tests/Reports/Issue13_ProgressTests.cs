using System.Globalization;
using System.Text;
using GhgInventory.Cli;
using GhgInventory.Core.Localization;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;
using Spectre.Console;

namespace GhgInventory.Tests.Reports;

/// <summary>
/// Issue 13, item 3: long ingests and compiles show a Spectre.Console progress bar on an interactive terminal and nothing when
/// output is redirected or the console is not interactive. (Spectre.Console.Testing is not served for Spectre.Console 0.49.1,
/// so the interactive console is Spectre's own, with ANSI and interaction switched on, writing to a string.)
/// </summary>
[TestFixture]
public sealed class Issue13_ProgressTests
{
    [Test]
    public void Issue13_ProgressView_NotInteractive_RunsTheWorkQuietly()
    {
        using var output = new StringWriter();
        var console = Console(output, interactive: false);
        IProgress<double>? given = new Progress<double>();
        int result = ProgressView.Run(console, "Reading big.csv", progress =>
        {
            given = progress;
            return 42;
        });
        Assert.That(result, Is.EqualTo(42));
        Assert.That(given, Is.Null, "no progress to report to without a bar");
        Assert.That(output.ToString(), Is.Empty);
    }

    [Test]
    public void Issue13_ProgressView_Interactive_RendersTheBarWithItsLabel([Values("zh", "en")] string lang)
    {
        using var culture = UiCulture.Use(UiCulture.Of(lang));
        using var output = new StringWriter();
        var console = Console(output, interactive: true);
        int result = ProgressView.Run(console, ProgressView.Reading("big.csv"), progress =>
        {
            Assert.That(progress, Is.Not.Null);
            progress!.Report(0.5);
            return 7;
        });
        Assert.That(result, Is.EqualTo(7));
        string text = output.ToString();
        Assert.That(text, Does.Contain(lang == "zh" ? "读取 big.csv" : "Reading big.csv"));
        Assert.That(text, Does.Contain("100%"), "the bar ends full");
        Assert.That(text, Does.Contain("━"), "a bar is drawn");
    }

    /// <summary>A 2 MB file (the size from which ingest shows a bar) ingested and compiled with output captured: no bar, no escape codes.</summary>
    [Test]
    public void Issue13_LongIngestAndCompile_Redirected_PrintNoProgress()
    {
        using var folder = TempFolder.Initialized("issue13-progress");
        string file = Path.Combine(folder.Path, "facilities.csv");
        var csv = new StringBuilder("region,year,category,activity,value,unit,source,facility\n");
        for (int i = 0; csv.Length < (2 << 20) + 1000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"150622,2020,1.A.2.c,raw_coal,1.5,万吨,progress test,F{i:D6}\n");
        }
        File.WriteAllText(file, csv.ToString(), new UTF8Encoding(false));
        Assert.That(new FileInfo(file).Length, Is.GreaterThan(2 << 20));

        var ingest = CliRunner.Run("ingest", file, "--db", folder.Db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
        var compile = CliRunner.Run("compile", "--year", "2020", "--region", "150622", "--db", folder.Db);
        Assert.That(compile.ExitCode, Is.EqualTo(ExitCodes.Success), compile.ToString());
        foreach (var text in new[] { ingest.Out, ingest.Error, compile.Out, compile.Error })
        {
            Assert.That(text, Does.Not.Contain("Reading").And.Not.Contain("读取").And.Not.Contain("Compiling").And.Not.Contain("编制 "));
            Assert.That(text.Contains('\u001b', StringComparison.Ordinal), Is.False, "no escape codes in captured output");
            Assert.That(text, Does.Not.Contain("━").And.Not.Contain("%"));
        }
        Assert.That(ingest.Out, Does.Contain("row(s) imported"));
    }

    private static IAnsiConsole Console(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 80;
        return console;
    }
}
