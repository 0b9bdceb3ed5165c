using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg template --region R --year Y [--out FILE.xlsx]</c>: write a banner's data-entry workbook.</summary>
public static class TemplateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var region = new Option<string?>("--region") { Description = TemplateText.RegionDescription };
        var year = new Option<int>("--year") { Description = TemplateText.YearDescription, Required = true };
        var output = new Option<string?>("--out") { Description = TemplateText.OutDescription };
        var command = new Command("template", TemplateText.CommandDescription) { region, year, output, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(region), parse.GetValue(year), parse.GetValue(output), env));
        return command;
    }

    /// <summary>Writes the workbook of <paramref name="regionText"/> for <paramref name="year"/> to <paramref name="outPath"/> (default: its own name).</summary>
    public static int Run(string dbPath, string? regionText, int year, string? outPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (string.IsNullOrWhiteSpace(regionText))
        {
            env.Error.WriteLine(TemplateText.RegionRequired);
            return ExitCodes.BadUsage;
        }
        if (year is < InventoryYear.Min or > InventoryYear.Max)
        {
            env.Error.WriteLine(Text.Format(TemplateText.YearOutOfRange, year, InventoryYear.Min, InventoryYear.Max));
            return ExitCodes.BadUsage;
        }
        if (outPath is not null && !string.Equals(Path.GetExtension(outPath), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            // The file is a workbook whatever its name; named .csv it would be refused by the very ingest the hint proposes.
            env.Error.WriteLine(Text.Format(TemplateText.OutNotXlsx, outPath));
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        var content = workspace.Template(region, year);
        string path = outPath ?? XlsxTemplate.FileName(content);
        if (File.Exists(path))
        {
            // A filled-in workbook is never overwritten by a blank one, named or not (breaker finding: --out over a filled file lost it).
            env.Error.WriteLine(Text.Format(TemplateText.Exists, path));
            return ExitCodes.Failure;
        }
        using (var stream = File.Create(path))
        {
            XlsxTemplate.Write(stream, content);
        }
        string previous = content.PreviousVersion is { } v
            ? Text.Format(TemplateText.PreviousShown, content.Previous.Count, year - 1, v)
            : Text.Format(TemplateText.PreviousNone, year - 1);
        env.Out.WriteLine(Text.Format(TemplateText.Written, path, content.RegionName, content.RegionCode, year, content.Sectors.Count + 2, previous));
        env.Out.WriteLine(Text.Format(TemplateText.Next, CommonOptions.Argument(path) + CommonOptions.DbOption(dbPath)));
        return ExitCodes.Success;
    }
}
