using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg explain</c>: why a number is what it is — records, factors with sources, method and arithmetic.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var year = new Option<int>("--year") { Description = CliText.ExplainYearOption, Required = true };
        var region = new Option<string?>("--region") { Description = CliText.ExplainRegionOption };
        var category = new Option<string?>("--category") { Description = CliText.ExplainCategoryOption };
        var bridge = new Option<bool>("--bridge") { Description = CliText.ExplainBridgeOption };
        var activity = new Option<string?>("--activity") { Description = CliText.ExplainActivityOption };
        var gas = new Option<string?>("--gas") { Description = CliText.ExplainGasOption };
        var run = CommonOptions.Run();
        var records = new Option<int>("--records") { Description = CliText.ExplainRecordsOption, DefaultValueFactory = _ => 20 };
        var command = new Command("explain", CliText.ExplainDescription)
            { year, region, category, activity, gas, run, records, db, bridge };
        command.SetAction(parse => parse.GetValue(bridge)
            ? RunBridge(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), parse.GetValue(run), CommonOptions.Language(), env)
            : parse.GetValue(category) is not { } categoryText
            ? MissingCategory(env)
            : Run(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), categoryText, parse.GetValue(activity),
            parse.GetValue(gas), parse.GetValue(run), parse.GetValue(records), CommonOptions.Language(), env));
        return command;
    }

    private static int MissingCategory(CliEnvironment env)
    {
        env.Error.WriteLine(CommonOptions.Error(CliText.ExplainNeedsCategory));
        return ExitCodes.BadUsage;
    }

    /// <summary>Prints every figure of the bridge of <paramref name="regionText"/> in <paramref name="year"/> with its derivation (<c>--bridge</c>).</summary>
    public static int RunBridge(string dbPath, int year, string? regionText, long? runId, ReportLanguage language, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        if (ReportCommand.FindRun(workspace, year, region, runId, env.Error, out int refused) is not { } run)
        {
            return refused;
        }
        var summary = workspace.Summarize(run, region, year);
        var names = new ReportNames(language, workspace.References.LoadActivities());
        var noteTo = runId is null ? env.Out : env.Error;
        foreach (var line in Format.Stale(run.Id, year, region.Value, summary.StaleBecause, CommonOptions.DbOption(dbPath), names))
        {
            noteTo.WriteLine(line);
        }
        BridgeExplainReport.Write(env.Out, summary, names);
        return ExitCodes.Success;
    }

    /// <summary>The category of the tree <paramref name="text"/> names (as written, or the same code in another letter case); null after printing what is accepted.</summary>
    private static CategoryCode? ResolveCategory(Workspace workspace, string text, TextWriter error)
    {
        var codes = workspace.References.LoadCategories().Keys.Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        string trimmed = text.Trim();
        if ((codes.FirstOrDefault(c => c == trimmed) ?? codes.FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase))) is { } code)
        {
            return CategoryCode.Parse(code);
        }
        string examples = string.Join(", ", codes.Where(c => c.StartsWith("1.A", StringComparison.Ordinal)).Take(8));
        error.WriteLine(CommonOptions.Error(CategoryCode.TryParse(text, out _) ? CliText.ExplainCategoryNotInTree : CliText.ExplainCategoryNotCode, text, examples));
        return null;
    }

    /// <summary>Prints the traces of the matching lines.</summary>
    public static int Run(string dbPath, int year, string? regionText, string categoryText, string? activity, string? gasText, long? runId, int recordLimit,
        ReportLanguage language, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (ResolveCategory(workspace, categoryText, env.Error) is not { } category
            || CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        if (ReportCommand.FindRun(workspace, year, region, runId, env.Error, out int refused) is not { } run)
        {
            return refused;
        }
        string? activityKey = null;
        if (activity is not null && (activityKey = CommonOptions.ResolveActivity(workspace, activity, env.Error)) is null)
        {
            return ExitCodes.BadUsage;
        }
        Gas? gas = gasText is null ? null : new Gas(gasText.ToUpperInvariant());
        var traces = workspace.Explain(run, region, year, category, activityKey, gas, recordLimit);
        if (traces.Count == 0)
        {
            env.Error.WriteLine(Text.Format(CliText.ExplainNoLines, run.Id, $"{region} {year} {category}{(activityKey is null ? "" : " " + activityKey)}{(gas is null ? "" : " " + gas)}"));
            return ExitCodes.Failure;
        }
        // As report does: a run named with --run reprints exactly as it was, the out-of-date note on standard error.
        var noteTo = runId is null ? env.Out : env.Error;
        var names = new ReportNames(language, workspace.References.LoadActivities());
        foreach (var line in Format.Stale(run.Id, year, region.Value, workspace.Staleness(run, region, year), CommonOptions.DbOption(dbPath), names))
        {
            noteTo.WriteLine(line);
        }
        string selection = $"{region} {year} {category}{(activityKey is null ? "" : " " + activityKey)}{(gas is null ? "" : " " + gas)}";
        var totals = ExplainTotal.Of(traces.Select(t => t.Line).ToList());
        ExplainReport.Write(env.Out, selection, traces, totals, names);
        // Issue 15: the guideline edition the run was compiled under (its options), after the lines it decided.
        env.Out.WriteLine(Text.Format(EditionCliText.ExplainRunEdition, run.Id, GuidelineEditions.FromOptionsText(run.Options).Label()));
        return ExitCodes.Success;
    }
}
