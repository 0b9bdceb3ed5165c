using System.CommandLine;
using GhgInventory.Core.Factors;
using GhgInventory.Data;
using GhgInventory.Data.FactorSets;
using Spectre.Console;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg factors import|list|withdraw</c>: local factors and the factor library, with sources.</summary>
public static class FactorsCommand
{
    /// <summary>Builds the verb and its two sub-verbs.</summary>
    public static Command Build(CliEnvironment env)
    {
        var importDb = CommonOptions.Db();
        var file = new Argument<string>("file") { Description = "CSV: activity,parameter,value,unit,source[,gas][,category][,region][,year][,uncertainty_pct][,table][,status]; every row is checked against what the methods read and against its plausible range" };
        var acceptOutlier = new Option<string?>("--accept-outlier")
        {
            Description = "Accept values outside their plausible range (emission-factors/plausible-ranges.csv); the reason is stored with the set and shown by list and explain",
        };
        var check = new Option<bool>("--check") { Description = "Only check the file and say what an import would do; store nothing (exit 3 on problems, 0 when valid)" };
        var import = new Command("import", "Import local (measured or city) factors as a new local factor set; they outrank the defaults") { file, importDb, acceptOutlier, check };
        import.SetAction(parse => Import(parse.GetValue(importDb)!, parse.GetValue(file)!, parse.GetValue(acceptOutlier), env, parse.GetValue(check)));

        var withdrawDb = CommonOptions.Db();
        var setId = new Argument<long>("id") { Description = "Id of the local factor set, as 'ghg factors list' shows it" };
        var reason = new Option<string?>("--reason") { Description = "Why the set is withdrawn (stored)" };
        var withdraw = new Command("withdraw", "Withdraw a local factor set: new compiles ignore it; it stays stored and old runs still cite it") { setId, reason, withdrawDb };
        withdraw.SetAction(parse => Withdraw(parse.GetValue(withdrawDb)!, parse.GetValue(setId), parse.GetValue(reason), env));

        var listDb = CommonOptions.Db();
        var activity = new Option<string?>("--activity") { Description = "List the factors of this activity: key, Chinese or English name (raw_coal, 原煤)" };
        var parameter = new Option<string?>("--parameter") { Description = "…and only this parameter (ncv, carbon_content, oxidation, ef, grid_ef, heat_ef, coal_equivalent, power_coal_rate)" };
        var list = new Command("list", "List the factor sets, or with --activity the factors of one activity with their sources") { activity, parameter, listDb };
        list.SetAction(parse => List(parse.GetValue(listDb)!, parse.GetValue(activity), parse.GetValue(parameter), env));

        return new Command("factors", "Factor library: import or withdraw local factors, list factors with their sources") { import, list, withdraw };
    }

    /// <summary>Imports a local factor file, or with <paramref name="checkOnly"/> checks it and says what an import would do.</summary>
    public static int Import(string dbPath, string file, string? acceptOutlier, CliEnvironment env, bool checkOnly = false)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!File.Exists(file))
        {
            env.Error.WriteLine($"error: {file}: no such file");
            return ExitCodes.BadUsage;
        }
        if (acceptOutlier is not null && string.IsNullOrWhiteSpace(acceptOutlier))
        {
            env.Error.WriteLine("error: --accept-outlier needs a reason, e.g. --accept-outlier \"measured by the plant laboratory, report 2023-07\"");
            return ExitCodes.BadUsage;
        }
        using var workspace = checkOnly ? Workspace.OpenReadOnly(dbPath, env.Clock) : Workspace.Open(dbPath, env.Clock);
        var result = workspace.ImportLocalFactors(file, acceptOutlier?.Trim(), checkOnly);
        if (result.WithdrawnAt is { } withdrawnAt)
        {
            env.Error.WriteLine($"error: {file}: the same content is factor set #{result.Id}, withdrawn at {withdrawnAt}; a withdrawn set stays withdrawn. Change the file (e.g. its source column) to import it as a new set.");
            return ExitCodes.Failure;
        }
        if (!result.IsNew)
        {
            env.Out.WriteLine($"= {file}: the same content is already factor set #{result.Id}; nothing changed");
            return ExitCodes.Success;
        }
        foreach (var outlier in result.Outliers)
        {
            env.Out.WriteLine($"! accepted outside its plausible range: {outlier}");
        }
        if (result.OutlierReason is { } why)
        {
            env.Out.WriteLine(result.Stored ? $"! reason stored with factor set #{result.Id}: {why}" : $"! reason an import would store with the set: {why}");
        }
        else if (acceptOutlier is not null)
        {
            env.Out.WriteLine("note: every value is in its plausible range; the --accept-outlier reason was not needed and is not stored");
        }
        foreach (var s in result.Supersedes)
        {
            string change = $"set #{s.Earlier.SetId}, line {s.Earlier.Line}: {s.Identity}, {s.Earlier.Factor.Published} → {s.Later.Factor.Published}";
            env.Out.WriteLine(result.Stored
                ? $"! supersedes {change}; new compiles use the new value; ghg factors withdraw {result.Id} to go back"
                : $"! would supersede {change}; new compiles would use the new value");
        }
        env.Out.WriteLine(result.Stored
            ? $"✓ {file}: {result.Rows} local factor(s) stored as factor set #{result.Id}; new compiles use them before the defaults"
            : $"✓ {file}: {result.Rows} local factor(s) valid; nothing stored (--check)");
        return ExitCodes.Success;
    }

    /// <summary>Withdraws a local factor set (recorded, never deleted).</summary>
    public static int Withdraw(string dbPath, long setId, string? reason, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.Open(dbPath, env.Clock);
        if (workspace.Factors.Withdraw(setId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), env.Clock.GetCurrentInstant()) is { } refusal)
        {
            env.Error.WriteLine($"error: {refusal}");
            return ExitCodes.Failure;
        }
        env.Out.WriteLine($"✓ factor set #{setId} withdrawn: new compiles ignore it; it stays stored and runs that used it still cite it");
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
            var all = workspace.Factors.ListSets();
            foreach (var s in all)
            {
                sets.AddRow(Markup.Escape((active.Contains(s.Id) ? "*" : " ") + s.Id), Markup.Escape(s.SetKey), s.Tier, s.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(s.NameZh), s.Hash, s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.LoadedAt));
            }
            env.Console.Write(sets);
            env.Console.WriteLine("* = used by new compiles. 'ghg factors list --activity raw_coal' shows one activity's factors with sources.");
            var local = all.Where(s => s.Tier == Data.FactorSets.FactorLibrary.LocalTier).OrderBy(s => s.Id).ToList();
            if (local.Count > 0)
            {
                var locals = new Table().AddColumns("#", "file", "rows", "imported at", "outlier reason", "state");
                foreach (var s in local)
                {
                    string state = s.WithdrawnAt is null ? "active" : $"withdrawn {s.WithdrawnAt}{(s.WithdrawalReason is null ? "" : ": " + s.WithdrawalReason)}";
                    locals.AddRow(new[] { s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.FileName,
                        s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), s.LoadedAt, s.OutlierReason ?? "", state }.Select(Markup.Escape).ToArray());
                }
                env.Console.WriteLine("Local factor sets (ghg factors import; 'ghg factors withdraw ID' stops new compiles using one):");
                env.Console.Write(locals);
                var superseded = Supersession.Among(workspace.Factors.ActiveLocalFactors());
                if (superseded.Count > 0)
                {
                    var replaced = new Table().AddColumns("set", "line", "factor", "value", "superseded by", "value used");
                    foreach (var s in superseded)
                    {
                        replaced.AddRow(new[] { "#" + s.Earlier.SetId, s.Earlier.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Identity.ToString(),
                            s.Earlier.Factor.Published, $"#{s.Later.SetId} line {s.Later.Line}", s.Later.Factor.Published }.Select(Markup.Escape).ToArray());
                    }
                    env.Console.WriteLine("Superseded local factors (a later active local set gives the same factor; new compiles use the later value; withdrawing the later set restores the earlier):");
                    env.Console.Write(replaced);
                }
            }
            return ExitCodes.Success;
        }
        if (CommonOptions.ResolveActivity(workspace, activity, env.Error) is not { } key)
        {
            return ExitCodes.BadUsage;
        }
        if (parameter is not null && Parameters.Find(parameter) is null)
        {
            env.Error.WriteLine($"error: --parameter '{parameter}' is not a parameter; accepted: {string.Join(", ", Parameters.Readable)}");
            return ExitCodes.BadUsage;
        }
        var supersededBy = Supersession.Among(workspace.Factors.ActiveLocalFactors()).ToDictionary(s => s.Earlier.Factor.Id, s => s.Later.SetId);
        var factors = workspace.Factors.LoadFactors(workspace.Factors.ActiveSetIds())
            .Where(f => f.Activity == key && (parameter is null || f.Parameter == parameter))
            .OrderBy(f => f.Tier).ThenBy(f => f.Rank).ThenBy(f => f.Parameter, StringComparer.Ordinal).ThenBy(f => f.Category, StringComparer.Ordinal).ToList();
        if (factors.Count == 0)
        {
            env.Error.WriteLine($"no factors for activity '{key}'{(parameter is null ? "" : $", parameter '{parameter}'")}");
            return ExitCodes.Failure;
        }
        var table = new Table().AddColumns("#", "set", "parameter", "gas", "category", "region", "years", "value", "unit", "source", "table", "status");
        foreach (var f in factors)
        {
            string years = f.ValidFrom is null && f.ValidTo is null ? "all" : $"{f.ValidFrom}–{f.ValidTo}";
            table.AddRow(new[] { f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.SetKey, f.Parameter, f.Gas ?? "", f.Category ?? "", f.Region ?? "",
                years, Reports.Format.Exact(f.Value), f.Unit.Symbol, f.Source, f.Table ?? "",
                f.Status + (supersededBy.TryGetValue(f.Id, out long later) ? $"; superseded by local set #{later}" : "") }.Select(Markup.Escape).ToArray());
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }
}
