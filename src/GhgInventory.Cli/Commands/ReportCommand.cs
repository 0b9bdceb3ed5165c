using System.CommandLine;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg report</c>: print a stored inventory as a table, CSV or JSON.</summary>
public static class ReportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var year = new Option<int?>("--year") { Description = "Inventory year (with --run, the run's year when it covers one)" };
        var region = CommonOptions.Region();
        var run = CommonOptions.Run();
        var format = new Option<string>("--format") { Description = "table (default), csv or json", DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "csv", "json");
        var lang = CommonOptions.Lang();
        var tolerance = new Option<double>("--tolerance")
        {
            Description = "Reconciliation tolerance in percent of each control total (default 1: about the statistical discrepancy of a city energy balance)",
            DefaultValueFactory = _ => Core.Reporting.ControlReconciliation.DefaultToleranceShare * 100,
        };
        var unit = CommonOptions.Unit();
        var command = new Command("report", "Print a stored inventory: totals by region and category, electricity bridge, reconciliation against control totals, lines with factors")
            { year, region, run, format, lang, tolerance, unit, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), parse.GetValue(run),
            parse.GetValue(format)!, CommonOptions.Language(parse.GetValue(lang)), env, parse.GetValue(tolerance), ReportUnits.Parse(parse.GetValue(unit))));
        return command;
    }

    /// <summary>Prints the report.</summary>
    public static int Run(string dbPath, int? yearOption, string? regionText, long? runId, string format, ReportLanguage language, CliEnvironment env,
        double tolerancePercent = Core.Reporting.ControlReconciliation.DefaultToleranceShare * 100, ReportUnit unit = ReportUnit.TenThousandTonnes)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!(tolerancePercent is >= 0 and <= 100))
        {
            env.Error.WriteLine($"error: --tolerance {tolerancePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a percentage between 0 and 100");
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        // With --run, the run says what it covers: its region, and its year when it covers one.
        var named = runId is { } id ? workspace.Runs.Find(id) : null;
        regionText ??= named?.RegionCode;
        int? defaultYear = named is { } n && n.YearFrom == n.YearTo ? n.YearFrom : null;
        if ((yearOption ?? defaultYear) is not { } year)
        {
            env.Error.WriteLine(named is null
                ? (runId is null ? "error: --year is required (or --run ID of a one-year run)" : $"error: run #{runId} does not exist ('ghg runs' lists them)")
                : $"error: run #{named.Id} covers {named.YearFrom}–{named.YearTo}; name the year with --year");
            return ExitCodes.BadUsage;
        }
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        if (FindRun(workspace, year, region, runId, env.Error, out int refused) is not { } run)
        {
            return refused;
        }
        var summary = workspace.Summarize(run, region, year, tolerancePercent / 100, asCompiled: runId is not null);
        var names = new ReportNames(language, workspace.References.LoadActivities()) { Unit = unit };
        // Flags and other-use lines come first: on stdout before a table, on stderr beside CSV and JSON (which carry them too).
        var warnings = Format.Warnings(summary, summary.Flags, CommonOptions.DbOption(dbPath), names).ToList();
        var warningsTo = format == "table" ? env.Out : env.Error;
        warnings.ForEach(warningsTo.WriteLine);
        if (runId is not null)
        {
            // A run named with --run is reprinted exactly as it was: the out-of-date note goes to the warnings only.
            summary = summary with { StaleBecause = [] };
        }
        switch (format)
        {
            case "json":
                env.Out.Flush();
                using (var stream = new MemoryStream())
                {
                    JsonReport.Write(stream, summary, names);
                    env.Data.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }
                break;
            case "csv":
                CsvReport.Write(env.Data, summary, names, workspace.References.LoadCategories());
                break;
            default:
                TableReport.Write(env.Console, summary, names);
                break;
        }
        return ExitCodes.Success;
    }

    /// <summary>The run asked for, or the newest with data for the year and region; prints why when there is none, and
    /// <paramref name="exitCode"/> says how to exit: <see cref="ExitCodes.Failure"/> when the run has no data for that year
    /// and region (it names the years it has), <see cref="ExitCodes.BadUsage"/> when no run or no such run exists.</summary>
    public static RunHeader? FindRun(Workspace workspace, int year, RegionCode region, long? runId, TextWriter error, out int exitCode)
    {
        exitCode = ExitCodes.BadUsage;
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(error);
        var regions = workspace.References.LoadRegions();
        var run = runId is { } id ? workspace.Runs.Find(id) : workspace.Runs.FindLatest(year, region, regions, null);
        if (run is null && runId is null && workspace.Runs.FindLatestOf(region, regions) is { } other)
        {
            // Runs exist for the region, none with data for the year: say which years the newest one has.
            exitCode = ExitCodes.Failure;
            var years = workspace.Runs.YearsCovered(other.Id, region, regions);
            error.WriteLine($"error: no inventory run has data for {region} in {year}; the newest, run #{other.Id}, covers {(years.Count == 0 ? "no year of it" : Reports.Format.Years(years))}. "
                + $"Ingest {year}'s data and run 'ghg compile --year {year}', or report a year it covers");
            return null;
        }
        if (run is null)
        {
            error.WriteLine(runId is null
                ? $"error: no inventory run covers {region} in {year}; run 'ghg compile --year {year}' first"
                : $"error: run #{runId} does not exist ('ghg runs' lists them)");
            return null;
        }
        if (year < run.YearFrom || year > run.YearTo || !regions.IsWithin(region, RegionCode.Parse(run.RegionCode)))
        {
            error.WriteLine($"error: run #{run.Id} covers {run.RegionCode} {run.YearFrom}–{run.YearTo}, not {region} in {year}");
            return null;
        }
        var covered = workspace.Runs.YearsCovered(run.Id, region, regions);
        if (!covered.Contains(year))
        {
            // A run is never printed for a year it has no data for: that would be a total of 0 presented as an inventory.
            exitCode = ExitCodes.Failure;
            error.WriteLine(covered.Count == 0
                ? $"error: run #{run.Id} has no data for {region} in any year; ingest its data and compile again"
                : $"error: run #{run.Id} has no data for {region} in {year}; it covers {Reports.Format.Years(covered)}. "
                  + $"Ingest {year}'s data and run 'ghg compile --year {year}', or report one of the years it covers");
            return null;
        }
        return run;
    }
}
