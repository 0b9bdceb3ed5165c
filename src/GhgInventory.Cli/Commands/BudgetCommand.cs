using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Targets;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg budget</c>: a region's carbon budgets (used, remaining, run-out year at the trend) and projects against them.</summary>
public static class BudgetCommand
{
    /// <summary>The bundled budget file used when <c>--budgets</c> is not given (illustrative).</summary>
    public const string BundledBudgets = "samples/ordos/budgets.csv";

    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var region = CommonOptions.Region();
        var through = new Option<int>("--through") { Description = TargetCliText.BudgetThroughOption, Required = true };
        var budgets = new Option<string?>("--budgets") { Description = TargetCliText.BudgetFileOption };
        var project = new Option<string?>("--project") { Description = ProjectCliText.ProjectOption };
        var format = new Option<string>("--format") { Description = TargetCliText.FormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var run = CommonOptions.Run();
        var command = new Command("budget", TargetCliText.BudgetDescription) { region, through, budgets, project, format, run, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(region), parse.GetValue(through), parse.GetValue(budgets),
            parse.GetValue(project), parse.GetValue(format)!, parse.GetValue(run), env));
        return command;
    }

    /// <summary>Prints the budgets of the region and the regions above it (those of the projects' regions with <paramref name="projectPath"/>).</summary>
    public static int Run(string dbPath, string? regionText, int through, string? budgetsPath, string? projectPath, string format, long? runId, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (CommonOptions.RefuseMissingFile(budgetsPath, env.Error) || CommonOptions.RefuseMissingFile(projectPath, env.Error))
        {
            return ExitCodes.BadUsage;
        }
        byte[]? projectBytes = projectPath is null ? null : File.ReadAllBytes(projectPath);
        // The two forms of --project, told apart by the header: a stated figure (name,region,co2_t_per_year) or a planned facility's
        // activity rows, checked as `ghg ingest --check` checks them and compiled in memory (the check writes inside a transaction it rolls back).
        bool planned = projectBytes is not null && !ProjectFile.IsStated(projectBytes);
        using var workspace = planned ? Workspace.Open(dbPath, env.Clock) : Workspace.OpenReadOnly(dbPath, env.Clock);
        var regions = workspace.References.LoadRegions();
        IReadOnlyList<ProjectEmissions> plannedProjects = planned ? workspace.Targets.PlannedProjects(projectPath!) : [];
        if (plannedProjects.FirstOrDefault(p => p.IsMissing) is { } missing)
        {
            env.Error.WriteLine(CommonOptions.Error(ProjectCliText.Missing, missing.Name));
            return ExitCodes.Failure;
        }
        var projects = projectBytes is null ? []
            : planned ? plannedProjects.Select(p => new BudgetProject(plannedProjects.Count > 1 ? $"{p.Name} ({p.Year})" : p.Name, p.Region, p.Co2Tonnes, "", projectPath!)).ToList()
            : ProjectFile.Read(projectPath!, projectBytes, regions);
        RegionCode? asked = null;
        if (projects.Count == 0 || regionText is not null)
        {
            if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } resolved)
            {
                return ExitCodes.BadUsage;
            }
            asked = resolved;
        }
        var all = budgetsPath is null
            ? BudgetFile.Read(BundledBudgets, BundledData.ReadAllBytes(BundledBudgets), regions)
            : BudgetFile.Read(budgetsPath, File.ReadAllBytes(budgetsPath), regions);
        // The budgets of the region (or of each project's region) and every region above it: a banner's project counts against
        // the banner's budget and the city's; the widest first.
        var places = asked is { } one ? [one] : projects.Select(p => p.Region).Distinct().ToList();
        var chain = places.SelectMany(p => regions.SelfAndAncestors(p)).Select(r => r.Code).Distinct().ToList();
        var mine = all.Where(b => chain.Contains(b.Region))
            .OrderBy(b => regions.SelfAndAncestors(b.Region).Count()).ThenBy(b => b.Region.Value, StringComparer.Ordinal).ThenBy(b => b.StartYear).ToList();
        var region = asked ?? places[0];
        if (mine.Count == 0)
        {
            env.Error.WriteLine(CommonOptions.Error(TargetCliText.BudgetNone, region, budgetsPath ?? BundledBudgets));
            return ExitCodes.Failure;
        }
        var root = mine[0].Region;
        // The years the budgets read: each budget period's years up to --through (issue 14, after the user trial).
        var needed = mine.SelectMany(b => Enumerable.Range(b.StartYear, Math.Max(0, Math.Min(b.EndYear, through) - b.StartYear + 1))).Append(through).Distinct().ToList();
        if (RunChoiceLines.Choose(workspace, root, needed, runId, dbPath, env.Error, out int refused, out var notes) is not { } run)
        {
            return refused;
        }
        var warnings = RunChoiceLines.Warnings(workspace, run, root, needed, dbPath);
        RunChoiceLines.Print(notes.Concat(warnings), format, env);
        var results = new List<(BudgetAssessment, IReadOnlyList<(string, ProjectImpact)>)>();
        foreach (var budget in mine)
        {
            var (assessment, annual) = workspace.Targets.Budget(run, budget, through);
            var impacts = projects.Where(p => regions.IsWithin(p.Region, budget.Region))
                .Select(p => (p.Name, BudgetArithmetic.Project(assessment, annual, p.TonnesPerYear))).ToList();
            results.Add((assessment, impacts));
        }
        if (format == "json")
        {
            using var stream = new MemoryStream();
            BudgetReport.WriteJson(stream, through, results, plannedProjects);
            env.Data.WriteLine(RunChoiceLines.WithWarnings(System.Text.Encoding.UTF8.GetString(stream.ToArray()), notes, warnings));
            return ExitCodes.Success;
        }
        var names = ReportNames.Current(workspace.References.LoadActivities());
        foreach (var p in plannedProjects)
        {
            foreach (string line in BudgetReport.Lines(p, names.Of(regions[p.Region]), names))
            {
                env.Out.WriteLine(line);
            }
        }
        foreach (var (assessment, impacts) in results)
        {
            var r = regions[assessment.Budget.Region];
            foreach (string line in BudgetReport.Lines(assessment, Core.Localization.UiCulture.IsChinese ? r.NameZh : r.NameEn))
            {
                env.Out.WriteLine(line);
            }
            foreach (var (name, impact) in impacts)
            {
                foreach (string line in BudgetReport.Lines(impact, name))
                {
                    env.Out.WriteLine(line);
                }
            }
        }
        return ExitCodes.Success;
    }
}
