using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Data;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg completeness --region R --year Y [--format table|json]</c>: the completeness matrix of a stored inventory (issue 15 item
/// 10): every reporting-level category × gas with its number or notation key and the key's reason.</summary>
public static class CompletenessCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var year = new Option<int>("--year") { Description = CompletenessCliText.YearOption, Required = true };
        var region = CommonOptions.Region();
        var run = CommonOptions.Run();
        var format = new Option<string>("--format") { Description = CompletenessCliText.FormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var command = new Command("completeness", CompletenessCliText.CommandDescription) { year, region, run, format, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), parse.GetValue(run),
            parse.GetValue(format)!, CommonOptions.Language(), env));
        return command;
    }

    /// <summary>Prints the matrix of <paramref name="regionText"/> (the city by default) in <paramref name="year"/> from the run that covers it.</summary>
    public static int Run(string dbPath, int year, string? regionText, long? runId, string format, ReportLanguage language, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        if (ReportCommand.FindRun(workspace, year, region, runId, env.Error, out int refused) is not { } run)
        {
            return refused;
        }
        var summary = workspace.Summarize(run, region, year);
        var names = new ReportNames(language, workspace.References.LoadActivities());
        var noteTo = format == "table" ? env.Out : env.Error;
        foreach (var line in Format.Stale(run.Id, year, region.Value, summary.StaleBecause, CommonOptions.DbOption(dbPath), names))
        {
            noteTo.WriteLine(line);
        }
        if (format == "json")
        {
            env.Out.Flush();
            using var stream = new MemoryStream();
            CompletenessReport.WriteJson(stream, summary);
            env.Data.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            CompletenessReport.WriteTable(env.Console, summary, names);
        }
        return ExitCodes.Success;
    }
}
