using System.CommandLine;
using GhgInventory.Data;
using Spectre.Console;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg factors import|list</c>: local factors and the factor library, with sources.</summary>
public static class FactorsCommand
{
    /// <summary>Builds the verb and its two sub-verbs.</summary>
    public static Command Build(CliEnvironment env)
    {
        var importDb = CommonOptions.Db();
        var file = new Argument<string>("file") { Description = "CSV: activity,parameter,value,unit,source[,gas][,category][,region][,year][,uncertainty_pct][,table][,status]" };
        var import = new Command("import", "Import local (measured or city) factors as a new local factor set; they outrank the defaults") { file, importDb };
        import.SetAction(parse => Import(parse.GetValue(importDb)!, parse.GetValue(file)!, env));

        var listDb = CommonOptions.Db();
        var activity = new Option<string?>("--activity") { Description = "List the factors of this activity key" };
        var parameter = new Option<string?>("--parameter") { Description = "…and only this parameter (ncv, carbon_content, oxidation, ef, grid_ef, coal_equivalent)" };
        var list = new Command("list", "List the factor sets, or with --activity the factors of one activity with their sources") { activity, parameter, listDb };
        list.SetAction(parse => List(parse.GetValue(listDb)!, parse.GetValue(activity), parse.GetValue(parameter), env));

        return new Command("factors", "Factor library: import local factors, list factors with their sources") { import, list };
    }

    /// <summary>Imports a local factor file.</summary>
    public static int Import(string dbPath, string file, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!File.Exists(file))
        {
            env.Error.WriteLine($"error: {file}: no such file");
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.Open(dbPath, env.Clock);
        var (id, isNew, rows) = workspace.ImportLocalFactors(file);
        env.Out.WriteLine(isNew
            ? $"✓ {file}: {rows} local factor(s) stored as factor set #{id}; new compiles use them before the defaults"
            : $"= {file}: the same content is already factor set #{id}; nothing changed");
        return ExitCodes.Success;
    }

    /// <summary>Lists sets, or the factors of one activity.</summary>
    public static int List(string dbPath, string? activity, string? parameter, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (activity is null)
        {
            var sets = new Table().AddColumns("#", "set", "tier", "rank", "name", "hash", "rows", "loaded");
            var active = workspace.Factors.ActiveSetIds().ToHashSet();
            foreach (var s in workspace.Factors.ListSets())
            {
                sets.AddRow(Markup.Escape((active.Contains(s.Id) ? "*" : " ") + s.Id), Markup.Escape(s.SetKey), s.Tier, s.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(s.NameZh), s.Hash, s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.LoadedAt));
            }
            env.Console.Write(sets);
            env.Console.WriteLine("* = used by new compiles. 'ghg factors list --activity raw_coal' shows one activity's factors with sources.");
            return ExitCodes.Success;
        }
        var factors = workspace.Factors.LoadFactors(workspace.Factors.ActiveSetIds())
            .Where(f => f.Activity == activity && (parameter is null || f.Parameter == parameter))
            .OrderBy(f => f.Tier).ThenBy(f => f.Rank).ThenBy(f => f.Parameter, StringComparer.Ordinal).ThenBy(f => f.Category, StringComparer.Ordinal).ToList();
        if (factors.Count == 0)
        {
            env.Error.WriteLine($"no factors for activity '{activity}'{(parameter is null ? "" : $", parameter '{parameter}'")}");
            return ExitCodes.Failure;
        }
        var table = new Table().AddColumns("#", "set", "parameter", "gas", "category", "region", "years", "value", "unit", "source", "table", "status");
        foreach (var f in factors)
        {
            string years = f.ValidFrom is null && f.ValidTo is null ? "all" : $"{f.ValidFrom}–{f.ValidTo}";
            table.AddRow(new[] { f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.SetKey, f.Parameter, f.Gas ?? "", f.Category ?? "", f.Region ?? "",
                years, Reports.Format.Exact(f.Value), f.Unit.Symbol, f.Source, f.Table ?? "", f.Status }.Select(Markup.Escape).ToArray());
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }
}
