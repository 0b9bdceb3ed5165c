using System.Text.Json.Nodes;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data;
using GhgInventory.Data.Analysis;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary>The run the analysis verbs (<c>targets</c>, <c>budget</c>, <c>compare --from --to</c>, <c>energy</c>) read and the lines they print first:
/// which newer runs were left aside and why, then what <c>ghg report</c> prints first (provisional, out of date, coverage gaps, open plausibility flags),
/// for every year the figures use (issue 14, after the user trial).</summary>
public static class RunChoiceLines
{
    /// <summary>The run covering every year of <paramref name="years"/> for <paramref name="region"/> (<see cref="Workspace.ChooseRun"/>), or null after
    /// writing why to <paramref name="error"/>: <paramref name="exitCode"/> is <see cref="ExitCodes.Failure"/> when no run (or the run named) covers the
    /// years, <see cref="ExitCodes.BadUsage"/> when the run named does not exist. <paramref name="notes"/> says which newer runs cover only some years.</summary>
    public static RunHeader? Choose(Workspace workspace, RegionCode region, IEnumerable<int> years, long? runId, string dbPath, TextWriter error,
        out int exitCode, out IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(error);
        var choice = workspace.ChooseRun(region, years, runId);
        string db = CommonOptions.DbOption(dbPath);
        string needed = Format.Years(choice.Needed);
        string compileYears = choice.Needed.Count == 0 ? "" : choice.Needed[0] == choice.Needed[^1]
            ? $"{choice.Needed[0]}" : $"{choice.Needed[0]}-{choice.Needed[^1]}";
        string Covered(IReadOnlyList<int> y) => y.Count == 0 ? RunChoiceText.NoYears : Format.Years(y);
        exitCode = ExitCodes.Failure;
        notes = [];
        if (choice.Missing)
        {
            exitCode = ExitCodes.BadUsage;
            error.WriteLine(CommonOptions.Error(CliText.RunMissing, runId));
            return null;
        }
        if (choice.Run is not { } run)
        {
            error.WriteLine(choice.Refused switch
            {
                { } named when runId is not null => CommonOptions.Error(RunChoiceText.RunNotCovering, named.Run.Id, region, needed, Covered(named.Covered), needed),
                { } newest => CommonOptions.Error(RunChoiceText.NoneCovers, region, needed, newest.Run.Id, Covered(newest.Covered), compileYears, db),
                null => CommonOptions.Error(RunChoiceText.NoRun, region, needed, compileYears, db),
            });
            return null;
        }
        notes = [.. choice.NewerPartial.Select(p => "⚠ " + Text.Format(RunChoiceText.NewerPartial, p.Run.Id, Format.Years(p.Covered.Where(choice.Needed.Contains)),
            needed, run.Id, Covered(workspace.Runs.YearsCovered(run.Id, region, workspace.References.LoadRegions())), compileYears, db))];
        exitCode = ExitCodes.Success;
        return run;
    }

    /// <summary>What <c>ghg report</c> prints first (<see cref="Format.Warnings(Core.Reporting.InventorySummary?, IReadOnlyCollection{Core.Reporting.QualityFlag}, string, ReportNames?)"/>),
    /// for <paramref name="run"/> in <paramref name="region"/> (and every region below it) in each of <paramref name="years"/>: provisional, out of date,
    /// coverage gaps, open plausibility flags with their locations. A line that repeats (the provisional banner of every year) is printed once.</summary>
    public static IReadOnlyList<string> Warnings(Workspace workspace, RunHeader run, RegionCode region, IEnumerable<int> years, string dbPath, ReportNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(years);
        var lines = new List<string>();
        foreach (int year in years.Distinct().Order())
        {
            var summary = workspace.Summarize(run, region, year);
            lines.AddRange(Format.Warnings(summary, summary.Flags, CommonOptions.DbOption(dbPath), names));
        }
        return [.. lines.Distinct()];
    }

    /// <summary>Prints <paramref name="lines"/> first: on standard output before a table, on standard error beside JSON (which carries them too).</summary>
    public static void Print(IEnumerable<string> lines, string format, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(env);
        var to = format == "json" ? env.Error : env.Out;
        foreach (string line in lines)
        {
            to.WriteLine(line);
        }
    }

    /// <summary>The JSON document <paramref name="json"/> (an object) with <c>"run_notes"</c> (newer runs left aside) and <c>"warnings"</c> (the lines
    /// <c>ghg report</c> prints first) added as arrays of strings, always present (empty when there is nothing to say).</summary>
    public static string WithWarnings(string json, IEnumerable<string> notes, IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(warnings);
        var node = JsonNode.Parse(json)!.AsObject();
        node["run_notes"] = new JsonArray([.. notes.Select(n => (JsonNode?)JsonValue.Create(Trim(n)))]);
        node["warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode?)JsonValue.Create(Trim(w)))]);
        return node.ToJsonString(JsonOptions);
    }

    /// <summary>How the verbs' JSON is written again after a field is added: indented, Chinese and symbols as they are (as the reports write it).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Trim(string line) => line.Trim().TrimStart('⚠').Trim();
}
