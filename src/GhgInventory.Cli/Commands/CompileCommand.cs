using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
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
        var year = new Option<string>("--year") { Description = CliText.CompileYearOption, Required = true };
        var region = CommonOptions.Region();
        var gwp = new Option<string>("--gwp") { Description = CliText.CompileGwpOption, DefaultValueFactory = _ => "AR5" };
        var grid = new Option<string>("--grid") { Description = CliText.CompileGridOption, DefaultValueFactory = _ => "regional" }
            .AcceptOnlyFromAmong("regional", "national", "provincial");
        var gridYear = new Option<string>("--grid-year")
        {
            Description = CliText.CompileGridYearOption,
            DefaultValueFactory = _ => "nearest",
        }.AcceptOnlyFromAmong("nearest", "earlier", "none");
        var chp = new Option<string>("--chp-split") { Description = CliText.CompileChpSplitOption, DefaultValueFactory = _ => "energy" }
            .AcceptOnlyFromAmong("energy", "efficiency");
        var heatEfficiency = new Option<double?>("--chp-heat-efficiency") { Description = CliText.CompileHeatEfficiencyOption };
        var powerEfficiency = new Option<double?>("--chp-power-efficiency") { Description = CliText.CompilePowerEfficiencyOption };
        var provisional = new Option<bool>("--provisional") { Description = RecalcCliText.CompileProvisionalOption };
        var note = new Option<string?>("--note") { Description = RecalcCliText.CompileNoteOption };
        var edition = new Option<string>("--edition") { Description = EditionCliText.CompileEditionOption, DefaultValueFactory = _ => "provincial-2011" }
            .AcceptOnlyFromAmong("provincial-2011", "provincial-2025");
        var command = new Command("compile", CliText.CompileDescription) { year, region, gwp, grid, gridYear, chp, heatEfficiency, powerEfficiency, provisional, note, edition, db };
        command.SetAction(parse => Run(new CompileOptionsText(parse.GetValue(db)!, parse.GetValue(year)!, parse.GetValue(region), parse.GetValue(gwp)!, parse.GetValue(grid)!,
            parse.GetValue(chp)!, parse.GetValue(heatEfficiency), parse.GetValue(powerEfficiency))
        {
            GridYear = parse.GetValue(gridYear)!,
            Provisional = parse.GetValue(provisional),
            Note = parse.GetValue(note),
            Edition = parse.GetValue(edition)!,
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
            env.Error.WriteLine(CommonOptions.Error(CliText.CompileYearInvalid, options.Years, InventoryYear.Min, InventoryYear.Max));
            return ExitCodes.BadUsage;
        }
        if (!GwpSet.TryParse(options.Gwp, out var gwp))
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.CompileGwpInvalid));
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
            env.Error.WriteLine(CommonOptions.Error(CliText.CompileGridYearInvalid, options.GridYear));
            return ExitCodes.BadUsage;
        }
        if (GuidelineEditions.Parse(options.Edition) is not { } edition)
        {
            env.Error.WriteLine(CommonOptions.Error(EditionCliText.CompileEditionInvalid, options.Edition));
            return ExitCodes.BadUsage;
        }
        var (run, result) = Reports.ProgressView.Run(env.Console, Reports.ProgressView.Compiling($"{region} {Reports.Format.Years(Enumerable.Range(from, to - from + 1))}"),
            progress => workspace.Compile(from, to, region, gwp, new CompileOptions(grid, gridYear, chpSplit) { Edition = edition }, progress,
                options.Provisional ? RunStatus.Provisional : RunStatus.Final, options.Note));
        foreach (var warning in Reports.Format.Warnings(workspace.OpenFlags(run.Id)))
        {
            env.Out.WriteLine(warning);
        }
        foreach (var plant in Core.Power.PlantGroups.Find(result.Sources, result.Lines, chpSplit).Where(p => p.Problem is not null))
        {
            // Refused at ingest since issue 12; data stored before that is compiled all the same and named here, never a silent 0.
            env.Out.WriteLine(Text.Format(CliText.CompilePlantProblem, plant.Name, plant.Problem));
        }
        var regions = workspace.References.LoadRegions();
        var covered = workspace.Runs.YearsCovered(run.Id, region, regions);
        int notEstimated = result.Lines.Count(l => l.Notation is not null);
        env.Out.WriteLine(Text.Format(CliText.CompileRun, run.Id, region, Reports.Format.Years(covered), gwp, GridWord(grid), GridYearWord(gridYear), ChpWord(chpSplit),
            result.Sources.Count, result.Lines.Count, notEstimated, run.InputsSha256[..12]));
        env.Out.WriteLine(Text.Format(EditionCliText.CompileEditionUsed, edition.Label()));
        if (run.Status == RunStatus.Provisional)
        {
            env.Out.WriteLine(Text.Format(RecalcCliText.CompileProvisionalDone, run.Id, Reports.RunStatusText.Note(run.StatusNote)));
        }
        var noData = Enumerable.Range(from, to - from + 1).Except(covered).ToList();
        if (covered.Count == 0)
        {
            // Only category-0 rows (GDP, population …) in the range: the run holds them, but a total of 0 is no inventory (issue 14).
            env.Out.WriteLine(Text.Format(IndicatorCliText.CompileOnlyIndicators, region, Reports.Format.Years(noData), run.Id));
        }
        else if (noData.Count > 0)
        {
            // The run covers only the years with data; its header says so, and report refuses the others.
            env.Out.WriteLine(Text.Format(CliText.CompileNoData, region, Reports.Format.Years(noData), run.Id, Reports.Format.Years(covered)));
        }
        foreach (var year in covered)
        {
            var totals = GasTotals.Of(result.Lines.Where(l => l.Year == year && l.Scope == EmissionScope.Territorial));
            var coverage = workspace.Coverage(run, region, year);
            string incomplete = coverage.Complete ? ""
                : Text.Format(CliText.CompileIncomplete, coverage.Missing.Count, coverage.Expected, string.Join(", ", coverage.Missing.Select(r => r.Code.Value)));
            // 万吨 with one decimal, as report, demo and the trend show CO2e (issue 13).
            env.Out.WriteLine(Text.Format(CliText.CompileTotal, year, Reports.Format.Cell(totals.Co2e, 1, 1e4), incomplete));
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
                error.WriteLine(CommonOptions.Error(CliText.CompileChpOnlyWithEfficiency));
                return null;
            }
            return Core.Power.ChpSplit.EnergyOutput;
        }
        if (options.HeatEfficiency is not { } heat || options.PowerEfficiency is not { } power)
        {
            // The GHG Protocol CHP tool's default efficiencies could not be confirmed from its own text, so they are never assumed.
            error.WriteLine(CommonOptions.Error(CliText.CompileChpNeedsBoth));
            return null;
        }
        if (!(heat > 0 && heat <= 1) || !(power > 0 && power <= 1))
        {
            error.WriteLine(CommonOptions.Error(CliText.CompileChpRange, heat, power));
            return null;
        }
        return Core.Power.ChpSplit.ByEfficiency(heat, power);
    }

    /// <summary>The grid choice as a word of the current language.</summary>
    private static string GridWord(GridChoice grid) => grid switch
    {
        GridChoice.National => CliText.GridNational,
        GridChoice.Provincial => CliText.GridProvincial,
        _ => CliText.GridRegional,
    };

    /// <summary>The grid-year policy as words of the current language.</summary>
    private static string GridYearWord(GridYearPolicy policy) => policy switch
    {
        GridYearPolicy.Earlier => CliText.GridYearEarlier,
        GridYearPolicy.None => CliText.GridYearNone,
        _ => CliText.GridYearNearest,
    };

    /// <summary>The CHP split as words of the current language (the English is <see cref="Core.Power.ChpSplit.Label"/>).</summary>
    private static string ChpWord(Core.Power.ChpSplit split) => split.Method == Core.Power.ChpSplitMethod.Efficiency
        ? Text.Format(CliText.ChpSplitEfficiency, (split.HeatEfficiency ?? 0).ToString("R", CultureInfo.InvariantCulture), (split.PowerEfficiency ?? 0).ToString("R", CultureInfo.InvariantCulture))
        : CliText.ChpSplitEnergy;
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

    /// <summary>Mark the run provisional (快报) rather than final (年报).</summary>
    public bool Provisional { get; init; }

    /// <summary>A note stored with the run (what is partial or estimated); null for none.</summary>
    public string? Note { get; init; }

    /// <summary>The provincial-guideline edition whose combustion factors the run uses: provincial-2011 (default) or provincial-2025 (issue 15).</summary>
    public string Edition { get; init; } = "provincial-2011";
}
