using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Analysis;
using GhgInventory.Data;
using GhgInventory.Data.Targets;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg targets</c>: the scorecard of a region and every region below it in a year, from the newest run covering every base year through that year (<see cref="RunChoiceLines"/>).</summary>
public static class TargetsCommand
{
    /// <summary>The bundled targets file used when <c>--targets</c> is not given.</summary>
    public const string BundledTargets = "samples/ordos/targets.csv";

    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var region = CommonOptions.Region();
        var year = new Option<int>("--year") { Description = TargetCliText.TargetsYearOption, Required = true };
        var targets = new Option<string?>("--targets") { Description = TargetCliText.TargetsFileOption };
        var format = new Option<string>("--format") { Description = TargetCliText.FormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var run = CommonOptions.Run();
        var command = new Command("targets", TargetCliText.TargetsDescription) { region, year, targets, format, run, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(region), parse.GetValue(year), parse.GetValue(targets),
            parse.GetValue(format)!, parse.GetValue(run), env));
        return command;
    }

    /// <summary>Scores the targets and prints them as a table or JSON.</summary>
    public static int Run(string dbPath, string? regionText, int year, string? targetsPath, string format, long? runId, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (CommonOptions.RefuseMissingFile(targetsPath, env.Error))
        {
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        var regions = workspace.References.LoadRegions();
        var all = Read(targetsPath, regions);
        // The years the scorecard reads: every target's base year through the year scored (issue 14, after the user trial).
        var needed = workspace.Targets.YearsNeeded(region, year, all);
        if (RunChoiceLines.Choose(workspace, region, needed, runId, dbPath, env.Error, out int refused, out var notes) is not { } run)
        {
            return refused;
        }
        var warnings = RunChoiceLines.Warnings(workspace, run, region, needed, dbPath);
        RunChoiceLines.Print(notes.Concat(warnings), format, env);
        var scored = workspace.Targets.Score(run, region, year, all);
        if (scored.Count == 0)
        {
            env.Error.WriteLine(CommonOptions.Error(TargetCliText.TargetsNone, region, targetsPath ?? BundledTargets));
            return ExitCodes.Failure;
        }
        if (format == "json")
        {
            using var stream = new MemoryStream();
            ScorecardReport.WriteJson(stream, region, year, run.Id, scored);
            string json = RunChoiceLines.WithWarnings(System.Text.Encoding.UTF8.GetString(stream.ToArray()), notes, warnings);
            env.Data.WriteLine(ConstantGdpLines.AddToTargets(json, scored, workspace.Economy(run)));
        }
        else
        {
            ScorecardReport.WriteTable(env.Console, region, year, run.Id, scored, regions);
        }
        return ExitCodes.Success;
    }

    /// <summary>The targets of <paramref name="path"/>, or of the bundled file when null; refused files throw with located issues.</summary>
    public static IReadOnlyList<Target> Read(string? path, Core.Domain.RegionTree regions) => path is null
        ? TargetFile.Read(BundledTargets, BundledData.ReadAllBytes(BundledTargets), regions)
        : TargetFile.Read(path, File.ReadAllBytes(path), regions);
}
