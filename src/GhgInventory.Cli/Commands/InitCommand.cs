using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;
using GhgInventory.Data;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg init</c>: create or migrate the database and load the bundled regions, vocabularies and factor sets.</summary>
public static class InitCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var command = new Command("init", CliText.InitDescription) { db };
        command.SetAction(parse => Run(parse.GetValue(db)!, env));
        return command;
    }

    /// <summary>Initialises <paramref name="dbPath"/>.</summary>
    public static int Run(string dbPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        // A file that did not exist, or was empty, is created, not upgraded: say so.
        bool isNew = !File.Exists(dbPath) || new FileInfo(dbPath).Length == 0;
        using var workspace = Workspace.Open(dbPath, env.Clock, allowUninitialised: true);
        var report = workspace.Initialize();
        env.Out.WriteLine(Text.Format(CliText.InitSchema, dbPath,
            report.Migrations.Count == 0 ? CliText.InitSchemaUpToDate
            : isNew ? CliText.InitSchemaCreated
            : Text.Format(CliText.InitSchemaMigrated, string.Join(", ", report.Migrations))));
        env.Out.WriteLine(Text.Format(CliText.InitLoaded, report.Regions, report.Categories, report.Activities, report.FactorSets,
            report.NewFactorSets.Count > 0 ? Text.Format(CliText.InitStoredNow, string.Join(", ", report.NewFactorSets)) : CliText.InitAllStored));
        return ExitCodes.Success;
    }
}
