using System.CommandLine;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
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
        var command = new Command("demo", "Build a fresh demo database from the bundled (illustrative) Ordos data, compile every year and print the inventory") { lang, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, CommonOptions.Language(parse.GetValue(lang)), env));
        return command;
    }

    /// <summary>Runs the demo into <paramref name="dbPath"/>, replacing any earlier demo database there.</summary>
    public static int Run(string dbPath, ReportLanguage language, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(dbPath + suffix);
        }
        var names = new ReportNames(language, new Dictionary<string, ActivityDefinition>());
        env.Console.MarkupLine(Markup.Escape(names.T(
            "注意: 内置鄂尔多斯能源活动数据为示意数据 (ILLUSTRATIVE), 按公开统计和已发表排放估算定量, 不是统计公布值。",
            "Note: the bundled Ordos energy activity data are ILLUSTRATIVE, sized to published statistics and estimates; they are not published statistics.")));

        using var workspace = Workspace.Open(dbPath, env.Clock, allowUninitialised: true);
        workspace.Initialize();
        foreach (var sample in BundledData.Names("samples/ordos/").Where(n => Path.GetFileName(n).StartsWith("energy_", StringComparison.Ordinal)))
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
        var (run, compiled) = workspace.Compile(years[0], years[^1], city, GwpSet.Default, new CompileOptions());
        env.Out.WriteLine(names.T(
            $"运行 #{run.Id}: {years[0]}–{years[^1]}, GWP {run.GwpSet}, {compiled.Lines.Count} 条排放记录",
            $"run #{run.Id}: {years[0]}–{years[^1]}, GWP {run.GwpSet}, {compiled.Lines.Count} emission lines"));

        var summaries = years.Select(y => workspace.Summarize(run, city, y)).ToList();
        names = names with { Activities = workspace.References.LoadActivities() };
        TrendReport.Write(env.Console, summaries, names);
        env.Out.WriteLine(names.T(
            $"详细报告: ghg report --db {dbPath} --year {years[^1]} [--format json]; 追溯某一数值: ghg explain --db {dbPath} --year {years[^1]} --region 150622 --category 1.A.1.a.i --activity raw_coal --gas CO2",
            $"Details: ghg report --db {dbPath} --year {years[^1]} [--format json]; trace a number: ghg explain --db {dbPath} --year {years[^1]} --region 150622 --category 1.A.1.a.i --activity raw_coal --gas CO2"));
        return ExitCodes.Success;
    }
}
