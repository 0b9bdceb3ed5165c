using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
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
        var command = new Command("runs", CliText.RunsDescription) { db };
        command.SetAction(parse => Run(parse.GetValue(db)!, env));
        return command;
    }

    /// <summary>Prints the runs, newest first.</summary>
    public static int Run(string dbPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        var table = new Table().AddColumns(CliText.ColumnRun, CliText.ColumnCreatedUtc, CliText.ColumnRegion, CliText.ColumnYears, RecalcCliText.ColumnStatus, "GWP", CliText.ColumnOptions, CliText.ColumnInputs, CliText.ColumnEngine);
        var regions = workspace.References.LoadRegions();
        foreach (var r in workspace.Runs.List())
        {
            // The years it has data for (a gap inside its range shows), not the range asked for.
            var covered = regions.Contains(Core.Domain.RegionCode.Parse(r.RegionCode))
                ? workspace.Runs.YearsCovered(r.Id, Core.Domain.RegionCode.Parse(r.RegionCode), regions) : [];
            string years = covered.Count > 0 ? Reports.Format.Years(covered) : $"{r.YearFrom}–{r.YearTo}";
            string status = Reports.RunStatusText.WithNote(r.Status, r.StatusNote);
            table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.CreatedAt.ToString(), r.RegionCode, years, Markup.Escape(status), r.GwpSet,
                Markup.Escape(Reports.UnitWords.Options(r.Options)), r.InputsSha256[..12], Markup.Escape(r.EngineVersion));
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }
}
