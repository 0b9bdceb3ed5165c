using System.CommandLine;
using System.Globalization;
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
            Description = "CSV: region,year,activity,value,unit[,source][,note] (or 地区,年份,品种,数值,单位[,来源][,备注]), one row per region, year and fuel; UTF-8 or GB18030",
        };
        var check = new Option<bool>("--check") { Description = "Only check the file; store nothing (exit 3 on problems, 0 when valid)" };
        var import = new Command("import", "Import control totals: the region's own totals by fuel and year, e.g. from the city energy balance 能源平衡表") { file, check, importDb };
        import.SetAction(parse => Import(parse.GetValue(importDb)!, parse.GetValue(file)!, parse.GetValue(check), env));

        var listDb = CommonOptions.Db();
        var list = new Command("list", "List the imported control files, newest first") { listDb };
        list.SetAction(parse => List(parse.GetValue(listDb)!, env));
        return new Command("control", "Control totals for the reconciliation: the sum of banner and city-level records checked against the city's own totals by fuel") { import, list };
    }

    /// <summary>Imports (or with <paramref name="checkOnly"/> checks) a control file.</summary>
    public static int Import(string dbPath, string file, bool checkOnly, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!File.Exists(file))
        {
            env.Error.WriteLine($"error: {file}: no such file");
            return ExitCodes.BadUsage;
        }
        using var workspace = checkOnly ? Workspace.OpenReadOnly(dbPath, env.Clock) : Workspace.Open(dbPath, env.Clock);
        var (content, id, isNew) = workspace.ImportControls(file, checkOnly);
        string covers = string.Join(", ", content.Rows.Select(r => $"{r.Total.Region}/{r.Total.Year}").Distinct());
        if (checkOnly)
        {
            env.Out.WriteLine($"✓ {file}: {content.Rows.Count} control total(s) valid ({covers}); nothing stored (--check)");
        }
        else if (!isNew)
        {
            env.Out.WriteLine($"= {file}: the same content is already control file #{id}; nothing changed");
        }
        else
        {
            env.Out.WriteLine($"✓ {file}: {content.Rows.Count} control total(s) stored as control file #{id} ({content.Encoding}; {covers}); "
                + "reports check the records against them from now on, the newest file giving a fuel holding");
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
            env.Out.WriteLine("no control totals imported; 'ghg control import FILE' imports a city energy balance (region,year,activity,value,unit[,source][,note])");
            return ExitCodes.Success;
        }
        var table = new Table().AddColumns("#", "file", "rows", "covers", "imported at", "hash");
        foreach (var f in files)
        {
            table.AddRow(new[] { f.Id.ToString(CultureInfo.InvariantCulture), f.FileName, f.Rows.ToString(CultureInfo.InvariantCulture), f.Covers ?? "", f.ImportedAt, f.Sha256[..12] }
                .Select(Markup.Escape).ToArray());
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }
}
