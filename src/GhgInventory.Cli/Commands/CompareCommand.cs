using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;
using GhgInventory.Data;
using GhgInventory.Data.Analysis;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg compare --run A --run B</c>: recalculation between two stored runs (issue 14 item 8).</summary>
/// <remarks>Option parsing only: the comparison is <see cref="RunComparer"/> (Data) over <see cref="Core.Analysis.RunComparison"/> (Core),
/// rendered by <see cref="RecalcReport"/>.</remarks>
public static class CompareCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var runs = new Option<long[]>("--run") { Description = RecalcCliText.CompareRunOption, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var region = new Option<string?>("--region") { Description = RecalcCliText.CompareRegionOption };
        var year = new Option<int?>("--year") { Description = RecalcCliText.CompareYearOption };
        var format = new Option<string>("--format") { Description = RecalcCliText.CompareFormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var command = new Command("compare", RecalcCliText.CompareDescription) { runs, region, year, format, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(runs) ?? [], parse.GetValue(region), parse.GetValue(year), parse.GetValue(format)!, env));
        return command;
    }

    /// <summary>Compares the two runs and prints the result; 2 for bad usage (not two runs, no such run, no common year or region).</summary>
    public static int Run(string dbPath, IReadOnlyList<long> runIds, string? regionText, int? year, string format, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        ArgumentNullException.ThrowIfNull(env);
        if (runIds.Count != 2)
        {
            env.Error.WriteLine(CommonOptions.Error(RecalcCliText.CompareRunTwice));
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
}
