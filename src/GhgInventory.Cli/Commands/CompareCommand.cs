using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg compare --region R --from Y1 --to Y2</c>: the year-over-year change of the newest run covering both years and its
/// LMDI decomposition for the region and every banner.</summary>
public static class CompareCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var region = new Option<string?>("--region") { Description = CompareCliText.CompareRegionOption };
        var from = new Option<int>("--from") { Description = CompareCliText.CompareFromOption, Required = true };
        var to = new Option<int>("--to") { Description = CompareCliText.CompareToOption, Required = true };
        var chained = new Option<bool>("--chained") { Description = CompareCliText.CompareChainedOption };
        var format = new Option<string>("--format") { Description = CompareCliText.CompareFormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var command = new Command("compare", CompareCliText.CompareDescription) { region, from, to, chained, format, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(region), parse.GetValue(from), parse.GetValue(to), parse.GetValue(chained),
            parse.GetValue(format)!, CommonOptions.Language(), env));
        return command;
    }

    /// <summary>Prints the comparison.</summary>
    public static int Run(string dbPath, string? regionText, int fromYear, int toYear, bool chained, string format, ReportLanguage language, CliEnvironment env)
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
        if (comparisons.NewestCovering(region, fromYear, toYear) is not { } run)
        {
            env.Error.WriteLine(CommonOptions.Error(CompareCliText.CompareNoRun, region, fromYear, toYear));
            return ExitCodes.Failure;
        }
        var view = new ComparisonView(run.Id, comparisons.Changes(run, region, fromYear, toYear),
            Decompositions(workspace, run, region, fromYear, toYear, chained), workspace.ReferenceOf(run)?.Regions ?? workspace.References.LoadRegions());
        var names = new ReportNames(language, workspace.References.LoadActivities());
        if (format == "json")
        {
            env.Out.Flush();
            using var stream = new MemoryStream();
            CompareReport.WriteJson(stream, view, names);
            env.Data.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
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
