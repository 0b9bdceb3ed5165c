using System.CommandLine;
using GhgInventory.Data;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg init</c>: create or migrate the database and load the bundled regions, vocabularies and factor sets.</summary>
public static class InitCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var command = new Command("init", "Create or migrate the database; load the bundled regions, category tree and factor sets") { db };
        command.SetAction(parse => Run(parse.GetValue(db)!, env));
        return command;
    }

    /// <summary>Initialises <paramref name="dbPath"/>.</summary>
    public static int Run(string dbPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.Open(dbPath, env.Clock, allowUninitialised: true);
        var report = workspace.Initialize();
        env.Out.WriteLine($"{dbPath}: schema {(report.Migrations.Count == 0 ? "up to date" : "migrated: " + string.Join(", ", report.Migrations))}");
        env.Out.WriteLine($"  {report.Regions} regions, {report.Categories} categories, {report.Activities} activity keys, {report.FactorSets} bundled factor sets"
            + (report.NewFactorSets.Count > 0 ? $" (stored now: {string.Join(", ", report.NewFactorSets)})" : " (all already stored)"));
        return ExitCodes.Success;
    }
}
