using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Analysis;
using GhgInventory.Data.Storage;
using GhgInventory.Data;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg compare</c> in its two forms: <c>--run A --run B</c>, recalculation between two stored runs (issue 14 item 8), and
/// <c>--region R --from Y1 --to Y2</c>, the year-over-year change of the newest run covering both years with its LMDI decomposition
/// for the region and every banner (issue 14 item 7).</summary>
/// <remarks>Option parsing only: recalculation is <see cref="RunComparer"/> (Data) over <see cref="Core.Analysis.RunComparison"/>
/// (Core), rendered by <see cref="RecalcReport"/>; year over year is <see cref="ComparisonService"/> over
/// <see cref="Core.Analysis.YearComparison"/> and <see cref="Core.Analysis.RegionDecomposition"/>, rendered by <see cref="CompareReport"/>.</remarks>
public static class CompareCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var runs = new Option<long[]>("--run") { Description = RecalcCliText.CompareRunOption, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var region = new Option<string?>("--region") { Description = RecalcCliText.CompareRegionOption };
        var year = new Option<int?>("--year") { Description = RecalcCliText.CompareYearOption };
        var from = new Option<int?>("--from") { Description = CompareCliText.CompareFromOption };
        var to = new Option<int?>("--to") { Description = CompareCliText.CompareToOption };
        var chained = new Option<bool>("--chained") { Description = CompareCliText.CompareChainedOption };
        var format = new Option<string>("--format") { Description = RecalcCliText.CompareFormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var command = new Command("compare", RecalcCliText.CompareDescription + " " + CompareCliText.CompareDescription)
            { runs, region, year, from, to, chained, format, db };
        command.SetAction(parse =>
        {
            var runIds = parse.GetValue(runs) ?? [];
            if (runIds.Length > 0 && (parse.GetValue(from) is not null || parse.GetValue(to) is not null || parse.GetValue(chained)))
            {
                env.Error.WriteLine(CommonOptions.Error(RecalcCliText.CompareFormsMixed));
                return ExitCodes.BadUsage;
            }
            if (runIds.Length > 0 || (parse.GetValue(from) is null && parse.GetValue(to) is null))
            {
                return RunRecalc(parse.GetValue(db)!, runIds, parse.GetValue(region), parse.GetValue(year), parse.GetValue(format)!, env);
            }
            if (parse.GetValue(from) is not { } fromYear || parse.GetValue(to) is not { } toYear)
            {
                env.Error.WriteLine(CommonOptions.Error(CompareCliText.CompareNeedsBothYears));
                return ExitCodes.BadUsage;
            }
            return RunYears(parse.GetValue(db)!, parse.GetValue(region), fromYear, toYear, parse.GetValue(chained), parse.GetValue(format)!,
                CommonOptions.Language(), env);
        });
        return command;
    }

    /// <summary>Compares the two runs and prints the result; 2 for bad usage (not two runs, no such run, no common year or region).</summary>
    public static int RunRecalc(string dbPath, IReadOnlyList<long> runIds, string? regionText, int? year, string format, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        ArgumentNullException.ThrowIfNull(env);
        if (runIds.Count != 2)
        {
            env.Error.WriteLine(CommonOptions.Error(RecalcCliText.CompareRunTwice));
            return ExitCodes.BadUsage;
        }
        if (runIds[0] == runIds[1])
        {
            env.Error.WriteLine(CommonOptions.Error(RecalcCliText.CompareSameRun, runIds[0]));
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        Core.Domain.RegionCode? region = null;
        if (regionText is not null)
        {
            if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } r)
            {
                return ExitCodes.BadUsage;
            }
            region = r;
        }
        var (difference, refusal, subject, yearsA, yearsB) = workspace.RunComparer.Compare(runIds[0], runIds[1], region, year);
        if (difference is null)
        {
            string none = RecalcCliText.None;
            env.Error.WriteLine(refusal switch
            {
                RunComparer.Refusal.NoSuchRun => CommonOptions.Error(RecalcCliText.CompareNoSuchRun, subject),
                RunComparer.Refusal.RegionOutside => CommonOptions.Error(RecalcCliText.CompareRegionOutside, subject),
                RunComparer.Refusal.RegionsApart => CommonOptions.Error(RecalcCliText.CompareRegionsApart, subject),
                _ => CommonOptions.Error(RecalcCliText.CompareNoCommonYear, subject,
                    yearsA.Count == 0 ? none : Format.Years(yearsA), yearsB.Count == 0 ? none : Format.Years(yearsB)),
            });
            return ExitCodes.BadUsage;
        }
        var regions = workspace.References.LoadRegions();
        var code = Core.Domain.RegionCode.Parse(subject);
        var names = ReportNames.Current(workspace.References.LoadActivities());
        if (format == "json")
        {
            using var stream = new MemoryStream();
            RecalcReport.WriteJson(stream, difference, subject);
            env.Data.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            string regionName = regions.Contains(code) ? $"{names.Of(regions[code])} {subject}" : subject;
            RecalcReport.Write(env.Console, difference, names, regionName);
        }
        return ExitCodes.Success;
    }

    /// <summary>Prints the year-over-year comparison of <paramref name="regionText"/> and its decompositions.</summary>
    public static int RunYears(string dbPath, string? regionText, int fromYear, int toYear, bool chained, string format, ReportLanguage language, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (fromYear >= toYear)
        {
            env.Error.WriteLine(CommonOptions.Error(CompareCliText.CompareYearsOrder, fromYear, toYear));
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        var comparisons = workspace.Comparisons;
        // The two years compared, and every year between them when chained (issue 14, after the user trial).
        IReadOnlyList<int> needed = chained ? [.. Enumerable.Range(fromYear, toYear - fromYear + 1)] : [fromYear, toYear];
        if (RunChoiceLines.Choose(workspace, region, needed, null, dbPath, env.Error, out int refused, out var notes) is not { } run)
        {
            return refused;
        }
        var warnings = RunChoiceLines.Warnings(workspace, run, region, needed, dbPath, new ReportNames(language, workspace.References.LoadActivities()));
        RunChoiceLines.Print(notes.Concat(warnings), format, env);
        var view = new ComparisonView(run.Id, comparisons.Changes(run, region, fromYear, toYear),
            Decompositions(workspace, run, region, fromYear, toYear, chained), workspace.ReferenceOf(run)?.Regions ?? workspace.References.LoadRegions());
        var names = new ReportNames(language, workspace.References.LoadActivities());
        if (format == "json")
        {
            env.Out.Flush();
            using var stream = new MemoryStream();
            CompareReport.WriteJson(stream, view, names);
            env.Data.WriteLine(RunChoiceLines.WithWarnings(System.Text.Encoding.UTF8.GetString(stream.ToArray()), notes, warnings));
        }
        else
        {
            CompareReport.WriteTable(env.Out, view, names);
        }
        return ExitCodes.Success;
    }

    /// <summary>The decompositions from the run's energy cells and indicators (GDP at the prices of <paramref name="fromYear"/>).</summary>
    private static IReadOnlyList<RegionDecomposition> Decompositions(Workspace workspace, RunHeader run, RegionCode region, int fromYear, int toYear, bool chained)
    {
        IReadOnlyList<int> years = chained ? [.. Enumerable.Range(fromYear, toYear - fromYear + 1)] : [fromYear, toYear];
        var intensities = workspace.Intensities(run, region, fromYear, years: years);
        return workspace.Comparisons.Decompose(run, region, fromYear, toYear, intensities.Cells, intensities.Economy, chained);
    }
}
