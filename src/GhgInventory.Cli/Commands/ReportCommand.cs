using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg report</c>: print a stored inventory as a table, CSV or JSON, or write it as an HTML report with charts.</summary>
public static class ReportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var year = new Option<int?>("--year") { Description = CliText.ReportYearOption };
        var region = CommonOptions.Region();
        var run = CommonOptions.Run();
        var format = new Option<string>("--format") { Description = CliText.ReportFormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "csv", "json", "xlsx", "html");
        var output = new Option<string?>("--out") { Description = CliText.ReportOutOption };
        var tolerance = new Option<double>("--tolerance")
        {
            Description = CliText.ReportToleranceOption,
            DefaultValueFactory = _ => Core.Reporting.ControlReconciliation.DefaultToleranceShare * 100,
        };
        var unit = CommonOptions.Unit();
        var command = new Command("report", CliText.ReportDescription)
            { year, region, run, format, output, tolerance, unit, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), parse.GetValue(run),
            parse.GetValue(format)!, CommonOptions.Language(), env, parse.GetValue(tolerance), parse.GetValue(output), ReportUnits.Parse(parse.GetValue(unit))));
        return command;
    }

    /// <summary>Prints the report, or writes it to <paramref name="outPath"/> for <c>--format html</c>.</summary>
    public static int Run(string dbPath, int? yearOption, string? regionText, long? runId, string format, ReportLanguage language, CliEnvironment env,
        double tolerancePercent = Core.Reporting.ControlReconciliation.DefaultToleranceShare * 100, string? outPath = null,
        ReportUnit unit = ReportUnit.TenThousandTonnes)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (format is "xlsx" or "html" && string.IsNullOrWhiteSpace(outPath))
        {
            env.Error.WriteLine(CommonOptions.Error(format == "xlsx" ? CliText.ReportXlsxNeedsOut : CliText.ReportHtmlNeedsOut));
            return ExitCodes.BadUsage;
        }
        if (format is "table" or "json" && outPath is not null)
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.ReportOutNotForFormat, format));
            return ExitCodes.BadUsage;
        }
        if (!(tolerancePercent is >= 0 and <= 100))
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.ReportToleranceInvalid, tolerancePercent));
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
                ? (runId is null ? CommonOptions.Error(CliText.ReportYearRequired) : CommonOptions.Error(CliText.RunMissing, runId))
                : CommonOptions.Error(CliText.ReportRunYears, named.Id, named.YearFrom, named.YearTo));
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
            case "csv" when outPath is not null:
                using (var lines = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false)))
                {
                    CsvReport.Write(lines, summary, names, workspace.References.LoadCategories());
                }
                string totalsPath = TotalsPath(outPath);
                using (var totals = new StreamWriter(totalsPath, append: false, new System.Text.UTF8Encoding(false)))
                {
                    CsvReport.WriteTotals(totals, summary, names);
                }
                env.Out.WriteLine(Text.Format(CliText.ReportCsvWritten, outPath, totalsPath));
                break;
            case "csv":
                CsvReport.Write(env.Data, summary, names, workspace.References.LoadCategories());
                break;
            case "xlsx":
                var regions = workspace.References.LoadRegions();
                var trend = workspace.Runs.YearsCovered(run.Id, region, regions)
                    .Select(y => (y, y == year ? summary.Territorial : workspace.Summarize(run, region, y, tolerancePercent / 100, asCompiled: runId is not null).Territorial))
                    .ToList();
                using (var stream = File.Create(outPath!))
                {
                    XlsxReport.Write(stream, summary, names, trend);
                }
                env.Out.WriteLine(Text.Format(CliText.ReportXlsxWritten, outPath));
                break;
            case "html":
                return WriteHtml(workspace, run, summary, names, outPath!, env,
                    y => workspace.Summarize(run, region, y, tolerancePercent / 100, asCompiled: runId is not null) is var other && runId is not null ? other with { StaleBecause = [] } : other);
            default:
                TableReport.Write(env.Console, summary, names);
                break;
        }
        return ExitCodes.Success;
    }

    /// <summary>The totals file written beside a CSV lines file: <c>report.csv</c> → <c>report-totals.csv</c>.</summary>
    public static string TotalsPath(string linesPath)
    {
        ArgumentNullException.ThrowIfNull(linesPath);
        string folder = Path.GetDirectoryName(linesPath) ?? "";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(linesPath) + "-totals" + (Path.HasExtension(linesPath) ? Path.GetExtension(linesPath) : ".csv"));
    }

    /// <summary>Writes the HTML report of <paramref name="summary"/> (with every year of the run for the trends) to <paramref name="path"/>
    /// and says where; exit 1 with the reason when the file cannot be written.</summary>
    private static int WriteHtml(Workspace workspace, RunHeader run, Core.Reporting.InventorySummary summary, ReportNames names, string path,
        CliEnvironment env, Func<int, Core.Reporting.InventorySummary> summarize)
    {
        var data = HtmlReportFile.Load(workspace, run, summary, names, summarize);
        try
        {
            HtmlReportFile.Write(path, data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.ReportCannotWrite, path, e.Message.TrimEnd('.')));
            return ExitCodes.Failure;
        }
        env.Out.WriteLine(Text.Format(CliText.ReportHtmlWritten, path));
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
            error.WriteLine(CommonOptions.Error(CliText.ReportNoRunForYear, region, year, other.Id, years.Count == 0 ? CliText.ReportNoYearOfIt : Reports.Format.Years(years)));
            return null;
        }
        if (run is null)
        {
            error.WriteLine(runId is null
                ? CommonOptions.Error(CliText.ReportNoRun, region, year)
                : CommonOptions.Error(CliText.RunMissing, runId));
            return null;
        }
        if (year < run.YearFrom || year > run.YearTo || !regions.IsWithin(region, RegionCode.Parse(run.RegionCode)))
        {
            error.WriteLine(CommonOptions.Error(CliText.ReportRunOther, run.Id, run.RegionCode, run.YearFrom, run.YearTo, region, year));
            return null;
        }
        var covered = workspace.Runs.YearsCovered(run.Id, region, regions);
        if (!covered.Contains(year))
        {
            // A run is never printed for a year it has no data for: that would be a total of 0 presented as an inventory.
            exitCode = ExitCodes.Failure;
            error.WriteLine(covered.Count == 0
                ? CommonOptions.Error(CliText.ReportRunNoData, run.Id, region)
                : CommonOptions.Error(CliText.ReportRunNoDataForYear, run.Id, region, year, Reports.Format.Years(covered)));
            return null;
        }
        return run;
    }
}
