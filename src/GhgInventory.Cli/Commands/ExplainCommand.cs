using System.CommandLine;
using GhgInventory.Core.Domain;
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
        var year = new Option<int>("--year") { Description = "Inventory year", Required = true };
        var region = new Option<string?>("--region") { Description = "Region code or exact name (default: the city in the database; lines of regions below it are included)" };
        var category = new Option<string?>("--category") { Description = "IPCC category (lines of categories below it are included); required unless --bridge" };
        var bridge = new Option<bool>("--bridge") { Description = "Explain every figure of the electricity and heat bridge (plant groups, CHP split, factors, net export) instead of lines" };
        var activity = new Option<string?>("--activity") { Description = "Activity key, Chinese or English name, e.g. raw_coal or 原煤" };
        var gas = new Option<string?>("--gas") { Description = "CO2, CH4 or N2O" };
        var run = CommonOptions.Run();
        var records = new Option<int>("--records") { Description = "Most activity records listed per line (default 20)", DefaultValueFactory = _ => 20 };
        var lang = CommonOptions.Lang();
        var command = new Command("explain", "Show the activity rows (file, line), the factors (value, unit, source, table), the method and the arithmetic of lines")
            { year, region, category, activity, gas, run, records, lang, db, bridge };
        command.SetAction(parse => parse.GetValue(bridge)
            ? RunBridge(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), parse.GetValue(run), CommonOptions.Language(parse.GetValue(lang)), env)
            : parse.GetValue(category) is not { } categoryText
            ? MissingCategory(env)
            : Run(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), categoryText, parse.GetValue(activity),
            parse.GetValue(gas), parse.GetValue(run), parse.GetValue(records), CommonOptions.Language(parse.GetValue(lang)), env));
        return command;
    }

    private static int MissingCategory(CliEnvironment env)
    {
        env.Error.WriteLine("error: explain needs --category C (the lines of a category) or --bridge (the electricity and heat bridge)");
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
        string what = CategoryCode.TryParse(text, out _) ? "is not a category of the tree" : "is not an IPCC category code";
        string examples = string.Join(", ", codes.Where(c => c.StartsWith("1.A", StringComparison.Ordinal)).Take(8));
        error.WriteLine($"error: --category '{text}' {what}; give a code of the category tree (emission-factors/vocabulary/categories.csv), written with dots, such as {examples}, …; a code includes the categories below it (1.A is all fuel combustion).");
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
            env.Error.WriteLine($"no lines in run #{run.Id} for {region} {year} {category}{(activityKey is null ? "" : " " + activityKey)}{(gas is null ? "" : " " + gas)}");
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
        return ExitCodes.Success;
    }
}
