using System.CommandLine;
using System.Globalization;
using GhgInventory.Data;
using Spectre.Console;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg runs</c>: list the stored inventory runs and what they used.</summary>
public static class RunsCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var command = new Command("runs", "List stored inventory runs: years, region, GWP set, options, input hash") { db };
        command.SetAction(parse => Run(parse.GetValue(db)!, env));
        return command;
    }

    /// <summary>Prints the runs, newest first.</summary>
    public static int Run(string dbPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        var table = new Table().AddColumns("run", "created (UTC)", "region", "years", "GWP", "options", "inputs", "engine");
        foreach (var r in workspace.Runs.List())
        {
            table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.CreatedAt.ToString(), r.RegionCode, $"{r.YearFrom}–{r.YearTo}", r.GwpSet,
                r.Options, r.InputsSha256[..12], Markup.Escape(r.EngineVersion));
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }
}
