using System.CommandLine;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
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
        var gridYear = new Option<string>("--grid-year")
        {
            Description = "A year without its own grid factor uses: nearest (published year, default), earlier (latest earlier year), none (NE with the reason)",
            DefaultValueFactory = _ => "nearest",
        }.AcceptOnlyFromAmong("nearest", "earlier", "none");
        var chp = new Option<string>("--chp-split") { Description = "How CHP emissions are split between electricity and heat: energy (by energy output, default) or efficiency (GHG Protocol efficiency method; needs --chp-heat-efficiency and --chp-power-efficiency)", DefaultValueFactory = _ => "energy" }
            .AcceptOnlyFromAmong("energy", "efficiency");
        var heatEfficiency = new Option<double?>("--chp-heat-efficiency") { Description = "Reference efficiency of heat made alone (e_H, a fraction such as 0.80), for --chp-split efficiency" };
        var powerEfficiency = new Option<double?>("--chp-power-efficiency") { Description = "Reference efficiency of power made alone (e_P, a fraction such as 0.35), for --chp-split efficiency" };
        var command = new Command("compile", "Compute and store an inventory run (immutable; names its data versions and factor sets)") { year, region, gwp, grid, gridYear, chp, heatEfficiency, powerEfficiency, db };
        command.SetAction(parse => Run(new CompileOptionsText(parse.GetValue(db)!, parse.GetValue(year)!, parse.GetValue(region), parse.GetValue(gwp)!, parse.GetValue(grid)!,
            parse.GetValue(chp)!, parse.GetValue(heatEfficiency), parse.GetValue(powerEfficiency))
        {
            GridYear = parse.GetValue(gridYear)!,
        }, env));
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
        if (ChpSplitOf(options, env.Error) is not { } chpSplit)
        {
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.Open(options.Db, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, options.Region, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        var grid = Enum.Parse<GridChoice>(options.Grid, ignoreCase: true);
        if (!GridYearPolicies.TryParse(options.GridYear, out var gridYear))
        {
            env.Error.WriteLine($"error: --grid-year '{options.GridYear}' is not one of nearest, earlier, none");
            return ExitCodes.BadUsage;
        }
        var (run, result) = Reports.ProgressView.Run(env.Console, Reports.ProgressView.Compiling($"{region} {Reports.Format.Years(Enumerable.Range(from, to - from + 1))}"),
            progress => workspace.Compile(from, to, region, gwp, new CompileOptions(grid, gridYear, chpSplit), progress));
        foreach (var warning in Reports.Format.Warnings(workspace.OpenFlags(run.Id)))
        {
            env.Out.WriteLine(warning);
        }
        foreach (var plant in Core.Power.PlantGroups.Find(result.Sources, result.Lines, chpSplit).Where(p => p.Problem is not null))
        {
            // Refused at ingest since issue 12; data stored before that is compiled all the same and named here, never a silent 0.
            env.Out.WriteLine($"! power and heat: {plant.Name}: {plant.Problem}");
        }
        var regions = workspace.References.LoadRegions();
        var covered = workspace.Runs.YearsCovered(run.Id, region, regions);
        int notEstimated = result.Lines.Count(l => l.Notation is not null);
        env.Out.WriteLine($"run #{run.Id}: {region} {Reports.Format.Years(covered)}, GWP {gwp}, grid {grid} (other years: {gridYear.Name()}), CHP split {chpSplit.Label}: {result.Sources.Count} sources, {result.Lines.Count} lines ({notEstimated} under a notation key), inputs {run.InputsSha256[..12]}");
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
            // 万吨 with one decimal, as report, demo and the trend show CO2e (issue 13).
            env.Out.WriteLine($"  {year}: {Reports.Format.Cell(totals.Co2e, 1, 1e4)} 10^4 t CO2e territorial{incomplete}");
        }
        return ExitCodes.Success;
    }

    /// <summary>The CHP split the options ask for; null after printing why the efficiencies are missing or out of range.</summary>
    private static Core.Power.ChpSplit? ChpSplitOf(CompileOptionsText options, TextWriter error)
    {
        if (!string.Equals(options.ChpSplit, "efficiency", StringComparison.OrdinalIgnoreCase))
        {
            if (options.HeatEfficiency is not null || options.PowerEfficiency is not null)
            {
                error.WriteLine("error: --chp-heat-efficiency and --chp-power-efficiency apply only with --chp-split efficiency");
                return null;
            }
            return Core.Power.ChpSplit.EnergyOutput;
        }
        if (options.HeatEfficiency is not { } heat || options.PowerEfficiency is not { } power)
        {
            // The GHG Protocol CHP tool's default efficiencies could not be confirmed from its own text, so they are never assumed.
            error.WriteLine("error: --chp-split efficiency needs both reference efficiencies, e.g. --chp-heat-efficiency 0.80 --chp-power-efficiency 0.35 "
                + "(WRI/WBCSD GHG Protocol, Allocation of GHG Emissions from a CHP Plant, v1.0, 2006: the efficiencies of making heat and power alone)");
            return null;
        }
        if (!(heat > 0 && heat <= 1) || !(power > 0 && power <= 1))
        {
            error.WriteLine($"error: CHP reference efficiencies must be fractions in (0, 1]; found heat {heat}, power {power}");
            return null;
        }
        return Core.Power.ChpSplit.ByEfficiency(heat, power);
    }
}

/// <summary>The options of <c>ghg compile</c> as given.</summary>
/// <param name="ChpSplit">energy or efficiency.</param>
/// <param name="HeatEfficiency">e_H for the efficiency method.</param>
/// <param name="PowerEfficiency">e_P for the efficiency method.</param>
/// <param name="Db">Database path.</param>
/// <param name="Years">Year or range.</param>
/// <param name="Region">Region code or name, or null for the city.</param>
/// <param name="Gwp">GWP set name.</param>
/// <param name="Grid">Grid choice.</param>
public sealed record CompileOptionsText(string Db, string Years, string? Region, string Gwp = "AR5", string Grid = "regional",
    string ChpSplit = "energy", double? HeatEfficiency = null, double? PowerEfficiency = null)
{
    /// <summary>Policy for a year without its own grid factor: nearest, earlier or none.</summary>
    public string GridYear { get; init; } = "nearest";
}
