using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using Text = GhgInventory.Core.Localization.Text;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;
using Spectre.Console;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg demo</c>: the default run — a fresh database, the bundled Ordos data, every year compiled and reported.</summary>
public static class DemoCommand
{
    private const string City = "150600";

    /// <summary>The banner whose scenario charts the demo's HTML report draws beside the city's: 准格尔旗, the largest emitter.</summary>
    private const string ScenarioBanner = "150622";

    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db("ghg-demo.db");
        var unit = CommonOptions.Unit();
        var command = new Command("demo", CliText.DemoDescription) { unit, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, CommonOptions.Language(), env, ReportUnits.Parse(parse.GetValue(unit))));
        return command;
    }

    /// <summary>Runs the demo into <paramref name="dbPath"/>: a new file, or one an earlier demo made that holds nothing but the demo's own content; any other file is refused untouched.</summary>
    public static int Run(string dbPath, ReportLanguage language, CliEnvironment env, ReportUnit unit = ReportUnit.TenThousandTonnes)
    {
        ArgumentNullException.ThrowIfNull(dbPath);
        ArgumentNullException.ThrowIfNull(env);
        var info = Database.Inspect(dbPath, countRecords: true);
        bool isNew = info.Kind == DatabaseFileKind.Missing || (info.Kind == DatabaseFileKind.Empty && new FileInfo(dbPath).Length == 0);
        bool isOurs = info.Kind == DatabaseFileKind.Inventory && info.CreatedBy == WorkspaceProperties.DemoCreator;
        if (!isNew && !isOurs)
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.DemoRefuseForeign, dbPath, info.Detail));
            env.Error.WriteLine(Text.Format(CliText.DemoRefuseForeignHint, dbPath));
            return ExitCodes.Failure;
        }
        // The energy files year by year, then the files of the other sectors (issue 15: sector_*.csv, every year and region each), then
        // the socio-economic indicators (GDP, indices, population …) of every year (issue 14).
        var samples = BundledData.Names("samples/ordos/").Where(n => Path.GetFileName(n).StartsWith("energy_", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Concat(BundledData.Names("samples/ordos/").Where(n => Path.GetFileName(n).StartsWith("sector_", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            .Concat(BundledData.Names("samples/ordos/").Where(n => Path.GetFileName(n) == "indicators.csv")).ToList();
        if (isOurs && !Rebuild(dbPath, samples, env.Error))
        {
            return ExitCodes.Failure;
        }
        env.Console.MarkupLine(Markup.Escape(CliText.DemoNote));

        using var workspace = Workspace.Open(dbPath, env.Clock, allowUninitialised: true);
        workspace.Initialize();
        WorkspaceProperties.Set(workspace.Connection, WorkspaceProperties.CreatedBy, WorkspaceProperties.DemoCreator);
        foreach (var sample in samples)
        {
            var result = workspace.Ingest(sample, () => BundledData.Open(sample), IngestOptions.Default);
            IngestCommand.Print(result, checkOnly: false, env);
            if (!result.Accepted)
            {
                return ExitCodes.InputRejected;
            }
        }

        var years = workspace.Runs.YearsWithData();
        var city = RegionCode.Parse(City);
        var (run, compiled) = ProgressView.Run(env.Console, ProgressView.Compiling($"{City} {years[0]}–{years[^1]}"),
            progress => workspace.Compile(years[0], years[^1], city, GwpSet.Default, new CompileOptions(), progress));
        DemoFootprint.RecordRun(workspace.Connection, run.Id);
        env.Out.WriteLine(Text.Format(CliText.DemoRun, run.Id, years[0], years[^1], run.GwpSet, compiled.Lines.Count));

        var summaries = years.Select(y => workspace.Summarize(run, city, y)).ToList();
        var names = new ReportNames(language, workspace.References.LoadActivities()) { Unit = unit };
        TrendReport.Write(env.Console, summaries, names);
        // Issue 15: the city by sector, totals with and without LULUCF, memo items apart, and where the completeness matrix is.
        SectorSummaryReport.Write(env.Console, summaries, names, CommonOptions.DbOption(dbPath));
        var regions = workspace.References.LoadRegions();
        ScorecardReport.WriteBrief(env.Out, city, names.Of(regions[city]), years[^1],
            workspace.Targets.Score(run, city, years[^1], TargetsCommand.Read(null, regions)));
        // Issue 16: the bundled scenarios from this run (stored, so `ghg scenario list` shows them), the plan's peak summary here and
        // every scenario's charts in the HTML report, for the city and 准格尔旗.
        var catalogue = Data.Scenarios.ScenarioFile.Catalogue();
        var scenarios = ProgressView.Run(env.Console, Resources.ScenarioCliText.DemoProgress,
            progress => ScenarioRuns.RunBundled(workspace, catalogue, regions, env.Clock, progress));
        Reports.ScenarioReport.WriteDemoSummary(env.Out, scenarios.First(o => o.Scenario.Name == "plan"));
        WriteHtml(workspace, run, summaries, names, dbPath, env, scenarios, catalogue, regions[RegionCode.Parse(ScenarioBanner)]);
        WriteNextSteps(dbPath, years[^1], env.Out);
        return ExitCodes.Success;
    }

    /// <summary>The path of the demo's HTML report: the database's path with <c>.html</c> (<c>ghg-demo.db</c> → <c>ghg-demo.html</c>).</summary>
    public static string HtmlPath(string dbPath) => Path.ChangeExtension(dbPath, ".html");

    /// <summary>Writes the HTML report of the latest year beside the database and names it; a file that cannot be written is
    /// said on standard error, and the demo's database and printed inventory stand.</summary>
    private static void WriteHtml(Workspace workspace, RunHeader run, IReadOnlyList<Core.Reporting.InventorySummary> summaries, ReportNames names, string dbPath, CliEnvironment env,
        IReadOnlyList<Core.Scenarios.ScenarioOutcome> scenarios, Core.Scenarios.LeverCatalogue catalogue, Core.Domain.Region scenarioBanner)
    {
        string path = HtmlPath(dbPath);
        var data = HtmlReportFile.Load(workspace, run, summaries[^1], names, y => summaries.First(s => s.Year == y)) with
        {
            Scenarios = scenarios,
            ScenarioRegion = scenarioBanner,
            LeverCatalogue = catalogue,
        };
        try
        {
            HtmlReportFile.Write(path, data);
            env.Out.WriteLine(Text.Format(CliText.DemoHtmlWritten, path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(Text.Format(CliText.DemoHtmlNotWritten, path, e.Message.TrimEnd('.')));
        }
    }

    /// <summary>Deletes the demo's own database so it can be built again; false, after saying why, when it holds work the demo did not put there or cannot be deleted.</summary>
    private static bool Rebuild(string dbPath, IReadOnlyList<string> samples, TextWriter error)
    {
        IReadOnlyList<string> foreign;
        using (var connection = Database.Open(dbPath, DatabaseAccess.ReadOnly))
        {
            foreign = DemoFootprint.ForeignWork(connection, DemoFootprint.SampleHashes(samples));
        }
        if (foreign.Count > 0)
        {
            error.WriteLine(CommonOptions.Error(CliText.DemoRefuseRebuild, dbPath, string.Join("; ", foreign)));
            error.WriteLine(Text.Format(CliText.DemoRefuseRebuildHint, dbPath));
            return false;
        }
        try
        {
            // Side files first: should one of them resist, the database itself is still whole.
            foreach (var suffix in new[] { "-journal", "-wal", "-shm", "" })
            {
                File.Delete(dbPath + suffix);
            }
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(dbPath)) ?? "";
            error.WriteLine(CommonOptions.Error(CliText.DemoCannotRebuild, dbPath, e.Message.TrimEnd('.'), folder));
            error.WriteLine(CliText.DemoCannotRebuildHint);
            return false;
        }
    }

    /// <summary>Prints the commands to try next, each with this demo's --db so that it works as printed.</summary>
    private static void WriteNextSteps(string dbPath, int year, TextWriter output)
    {
        string db = "--db " + ShellQuote(dbPath);
        output.WriteLine(CliText.DemoNext);
        output.WriteLine(Text.Format(CliText.DemoNextReport, db, year));
        output.WriteLine(Text.Format(CliText.DemoNextExplain, db, year));
        output.WriteLine(Text.Format(Resources.TargetCliText.DemoNextTargets, db, year));
        output.WriteLine(Text.Format(CliText.DemoNextScenario, db));
        output.WriteLine(Text.Format(CliText.DemoNextData, db));
        output.WriteLine(Text.Format(CliText.DemoNextCorrect, db, year));
    }

    /// <summary>The path as a POSIX shell word: as it is when it is plain, else in single quotes.</summary>
    private static string ShellQuote(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ':' or ',' || c > 127)
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
