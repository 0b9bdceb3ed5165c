using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using Text = GhgInventory.Core.Localization.Text;
using GhgInventory.Data;
using Spectre.Console;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg control import|list</c>: control totals (e.g. the city energy balance 能源平衡表) that the report's reconciliation checks the records against.</summary>
public static class ControlCommand
{
    /// <summary>Builds the verb and its sub-verbs.</summary>
    public static Command Build(CliEnvironment env)
    {
        var importDb = CommonOptions.Db();
        var file = new Argument<string>("file")
        {
            Description = CliText.ControlFileArgument,
        };
        var check = new Option<bool>("--check") { Description = CliText.ControlCheckOption };
        var import = new Command("import", CliText.ControlImportDescription) { file, check, importDb };
        import.SetAction(parse => Import(parse.GetValue(importDb)!, parse.GetValue(file)!, parse.GetValue(check), env));

        var listDb = CommonOptions.Db();
        var list = new Command("list", CliText.ControlListDescription) { listDb };
        list.SetAction(parse => List(parse.GetValue(listDb)!, env));
        return new Command("control", CliText.ControlDescription) { import, list };
    }

    /// <summary>Imports (or with <paramref name="checkOnly"/> checks) a control file.</summary>
    public static int Import(string dbPath, string file, bool checkOnly, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!File.Exists(file))
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.NoSuchFile, file));
            return ExitCodes.BadUsage;
        }
        using var workspace = checkOnly ? Workspace.OpenReadOnly(dbPath, env.Clock) : Workspace.Open(dbPath, env.Clock);
        var (content, id, isNew) = workspace.ImportControls(file, checkOnly);
        string covers = string.Join(", ", content.Rows.Select(r => $"{r.Total.Region}/{r.Total.Year}").Distinct());
        if (checkOnly)
        {
            env.Out.WriteLine(Text.Format(CliText.ControlChecked, file, content.Rows.Count, covers));
        }
        else if (!isNew)
        {
            env.Out.WriteLine(Text.Format(CliText.ControlSame, file, id));
        }
        else
        {
            env.Out.WriteLine(Text.Format(CliText.ControlStored, file, content.Rows.Count, id, content.Encoding, covers));
        }
        return ExitCodes.Success;
    }

    /// <summary>Lists the control files.</summary>
    public static int List(string dbPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        var files = workspace.Controls.List();
        if (files.Count == 0)
        {
            env.Out.WriteLine(CliText.ControlNone);
            return ExitCodes.Success;
        }
        var table = new Table().AddColumns("#", CliText.ColumnFile, CliText.ColumnRows, CliText.ColumnCovers, CliText.ColumnImportedAt, CliText.ColumnHash);
        foreach (var f in files)
        {
            table.AddRow(new[] { f.Id.ToString(CultureInfo.InvariantCulture), f.FileName, f.Rows.ToString(CultureInfo.InvariantCulture), f.Covers ?? "", f.ImportedAt, f.Sha256[..12] }
                .Select(Markup.Escape).ToArray());
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }
}
