using System.CommandLine;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Data;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg compile</c>: compute and store an inventory run over the newest data.</summary>
public static class CompileCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var year = new Option<string>("--year") { Description = "Year or range, e.g. 2020 or 2015-2024", Required = true };
        var region = CommonOptions.Region();
        var gwp = new Option<string>("--gwp") { Description = "GWP set: SAR, AR4, AR5 (default), AR6", DefaultValueFactory = _ => "AR5" };
        var grid = new Option<string>("--grid") { Description = "Grid factor for purchased electricity: regional (default), national, provincial", DefaultValueFactory = _ => "regional" }
            .AcceptOnlyFromAmong("regional", "national", "provincial");
        var command = new Command("compile", "Compute and store an inventory run (immutable; names its data versions and factor sets)") { year, region, gwp, grid, db };
        command.SetAction(parse => Run(new CompileOptionsText(parse.GetValue(db)!, parse.GetValue(year)!, parse.GetValue(region), parse.GetValue(gwp)!, parse.GetValue(grid)!), env));
        return command;
    }

    /// <summary>Compiles as the options say and prints the totals per year.</summary>
    public static int Run(CompileOptionsText options, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(env);
        if (!CommonOptions.TryParseYears(options.Years, out int from, out int to))
        {
            env.Error.WriteLine($"error: --year '{options.Years}' is not a year or range like 2015-2024 within {InventoryYear.Min}–{InventoryYear.Max}");
            return ExitCodes.BadUsage;
        }
        if (!GwpSet.TryParse(options.Gwp, out var gwp))
        {
            env.Error.WriteLine("error: --gwp needs a set name such as AR5");
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.Open(options.Db, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, options.Region, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        var grid = Enum.Parse<GridChoice>(options.Grid, ignoreCase: true);
        var (run, result) = workspace.Compile(from, to, region, gwp, new CompileOptions(grid));
        var otherUses = Core.Reporting.OtherUses.ComputedAsCombustion(result.Lines);
        foreach (var warning in Reports.Format.Warnings(workspace.OpenFlags(run.Id), otherUses))
        {
            env.Out.WriteLine(warning);
        }
        var regions = workspace.References.LoadRegions();
        var covered = workspace.Runs.YearsCovered(run.Id, region, regions);
        int notEstimated = result.Lines.Count(l => l.Notation is not null);
        env.Out.WriteLine($"run #{run.Id}: {region} {Reports.Format.Years(covered)}, GWP {gwp}, grid {grid}: {result.Sources.Count} sources, {result.Lines.Count} lines ({notEstimated} under a notation key), inputs {run.InputsSha256[..12]}");
        var noData = Enumerable.Range(from, to - from + 1).Except(covered).ToList();
        if (noData.Count > 0)
        {
            // The run covers only the years with data; its header says so, and report refuses the others.
            env.Out.WriteLine($"⚠ no activity data for {region} in {Reports.Format.Years(noData)}: run #{run.Id} covers {Reports.Format.Years(covered)} only");
        }
        foreach (var year in covered)
        {
            var totals = GasTotals.Of(result.Lines.Where(l => l.Year == year && l.Scope == EmissionScope.Territorial));
            var coverage = workspace.Coverage(run, region, year);
            string incomplete = coverage.Complete ? ""
                : $" (incomplete: {coverage.Missing.Count} of {coverage.Expected} banners/districts have no data: {string.Join(", ", coverage.Missing.Select(r => r.Code.Value))})";
            env.Out.WriteLine($"  {year}: {Reports.Format.Cell(totals.Co2e)} t CO2e territorial{incomplete}");
        }
        return ExitCodes.Success;
    }
}

/// <summary>The options of <c>ghg compile</c> as given.</summary>
/// <param name="Db">Database path.</param>
/// <param name="Years">Year or range.</param>
/// <param name="Region">Region code or name, or null for the city.</param>
/// <param name="Gwp">GWP set name.</param>
/// <param name="Grid">Grid choice.</param>
public sealed record CompileOptionsText(string Db, string Years, string? Region, string Gwp = "AR5", string Grid = "regional");
