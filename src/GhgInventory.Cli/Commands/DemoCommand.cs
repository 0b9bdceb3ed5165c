using System.CommandLine;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
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

    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db("ghg-demo.db");
        var lang = CommonOptions.Lang();
        var unit = CommonOptions.Unit();
        var command = new Command("demo", "Build a fresh demo database from the bundled (illustrative) Ordos data, compile every year and print the inventory") { lang, unit, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, CommonOptions.Language(parse.GetValue(lang)), env, ReportUnits.Parse(parse.GetValue(unit))));
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
            env.Error.WriteLine($"error: ghg demo will not write to {dbPath}: it is {info.Detail}, not a database made by ghg demo. Nothing was changed.");
            env.Error.WriteLine($"Run the demo on a new file (for example 'ghg demo --db ghg-demo.db'), or move {dbPath} away first if you no longer need it.");
            return ExitCodes.Failure;
        }
        var samples = BundledData.Names("samples/ordos/").Where(n => Path.GetFileName(n).StartsWith("energy_", StringComparison.Ordinal)).ToList();
        if (isOurs && !Rebuild(dbPath, samples, env.Error))
        {
            return ExitCodes.Failure;
        }
        var names = new ReportNames(language, new Dictionary<string, ActivityDefinition>()) { Unit = unit };
        env.Console.MarkupLine(Markup.Escape(names.T(
            "注意: 内置鄂尔多斯能源活动数据为示意数据 (ILLUSTRATIVE), 按公开统计和已发表排放估算定量, 不是统计公布值。",
            "Note: the bundled Ordos energy activity data are ILLUSTRATIVE, sized to published statistics and estimates; they are not published statistics.")));

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
        env.Out.WriteLine(names.T(
            $"运行 #{run.Id}: {years[0]}–{years[^1]}, GWP {run.GwpSet}, {compiled.Lines.Count} 条排放记录",
            $"run #{run.Id}: {years[0]}–{years[^1]}, GWP {run.GwpSet}, {compiled.Lines.Count} emission lines"));

        var summaries = years.Select(y => workspace.Summarize(run, city, y)).ToList();
        names = names with { Activities = workspace.References.LoadActivities() };
        TrendReport.Write(env.Console, summaries, names);
        WriteNextSteps(dbPath, years[^1], names, env.Out);
        return ExitCodes.Success;
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
            error.WriteLine($"error: ghg demo will not rebuild {dbPath}: the demo made it, but it now also holds work the demo did not put there: {string.Join("; ", foreign)}."
                + " Rebuilding would delete that work, so nothing was changed.");
            error.WriteLine($"Run the demo on another file (for example 'ghg demo --db ghg-demo-2.db'), or move {dbPath} away first if you want a fresh demo under that name; your work stays in {dbPath}.");
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
            error.WriteLine($"error: ghg demo cannot rebuild {dbPath}: {e.Message.TrimEnd('.')}. The demo rebuilds its file by deleting and creating it, which needs the file and its folder {folder} to be writable for you. Nothing was changed.");
            error.WriteLine("Make them writable for you, or run the demo with --db in a folder of your own (for example 'ghg demo --db ~/ghg-demo.db').");
            return false;
        }
    }

    /// <summary>Prints the commands to try next, each with this demo's --db so that it works as printed.</summary>
    private static void WriteNextSteps(string dbPath, int year, ReportNames names, TextWriter output)
    {
        string db = "--db " + ShellQuote(dbPath);
        output.WriteLine(names.T("接下来可以:", "Next:"));
        output.WriteLine(names.T(
            $"  详细报告:     ghg report {db} --year {year} [--format json]",
            $"  a report:        ghg report {db} --year {year} [--format json]"));
        output.WriteLine(names.T(
            $"  追溯某一数值: ghg explain {db} --year {year} --region 150622 --category 1.A.1.a.i --activity raw_coal --gas CO2",
            $"  trace a number:  ghg explain {db} --year {year} --region 150622 --category 1.A.1.a.i --activity raw_coal --gas CO2"));
        output.WriteLine(names.T(
            $"  数据批次与版本: ghg data {db}",
            $"  data versions:   ghg data {db}"));
        output.WriteLine(names.T(
            $"  更正数据:     ghg ingest 更正.csv {db}    (只写要改的行, 表头 region,year,category,activity,value,unit; 例 150622,{year},1.A.1.a.i,raw_coal,<新数值>,万吨), 然后 ghg compile {db} --year {year}",
            $"  correct data:    ghg ingest correction.csv {db}    (only the rows to change, header region,year,category,activity,value,unit; e.g. 150622,{year},1.A.1.a.i,raw_coal,<new value>,万吨), then ghg compile {db} --year {year}"));
    }

    /// <summary>The path as a POSIX shell word: as it is when it is plain, else in single quotes.</summary>
    private static string ShellQuote(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ':' or ',' || c > 127)
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
