using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Factors;
using Text = GhgInventory.Core.Localization.Text;
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
        var file = new Argument<string>("file") { Description = CliText.FactorsFileArgument };
        var acceptOutlier = new Option<string?>("--accept-outlier")
        {
            Description = CliText.FactorsAcceptOutlierOption,
        };
        var check = new Option<bool>("--check") { Description = CliText.FactorsCheckOption };
        var import = new Command("import", CliText.FactorsImportDescription) { file, importDb, acceptOutlier, check };
        import.SetAction(parse => Import(parse.GetValue(importDb)!, parse.GetValue(file)!, parse.GetValue(acceptOutlier), env, parse.GetValue(check)));

        var withdrawDb = CommonOptions.Db();
        var setId = new Argument<long>("id") { Description = CliText.FactorsSetIdArgument };
        var reason = new Option<string?>("--reason") { Description = CliText.FactorsReasonOption };
        var withdraw = new Command("withdraw", CliText.FactorsWithdrawDescription) { setId, reason, withdrawDb };
        withdraw.SetAction(parse => Withdraw(parse.GetValue(withdrawDb)!, parse.GetValue(setId), parse.GetValue(reason), env));

        var listDb = CommonOptions.Db();
        var activity = new Option<string?>("--activity") { Description = CliText.FactorsActivityOption };
        var parameter = new Option<string?>("--parameter") { Description = CliText.FactorsParameterOption };
        var list = new Command("list", CliText.FactorsListDescription) { activity, parameter, listDb };
        list.SetAction(parse => List(parse.GetValue(listDb)!, parse.GetValue(activity), parse.GetValue(parameter), env));

        return new Command("factors", CliText.FactorsDescription) { import, list, withdraw };
    }

    /// <summary>Imports a local factor file, or with <paramref name="checkOnly"/> checks it and says what an import would do.</summary>
    public static int Import(string dbPath, string file, string? acceptOutlier, CliEnvironment env, bool checkOnly = false)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!File.Exists(file))
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.NoSuchFile, file));
            return ExitCodes.BadUsage;
        }
        if (acceptOutlier is not null && string.IsNullOrWhiteSpace(acceptOutlier))
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.FactorsOutlierNeedsReason));
            return ExitCodes.BadUsage;
        }
        using var workspace = checkOnly ? Workspace.OpenReadOnly(dbPath, env.Clock) : Workspace.Open(dbPath, env.Clock);
        var result = workspace.ImportLocalFactors(file, acceptOutlier?.Trim(), checkOnly);
        if (result.WithdrawnAt is { } withdrawnAt)
        {
            env.Error.WriteLine(CommonOptions.Error(CliText.FactorsSameWithdrawn, file, result.Id, withdrawnAt));
            return ExitCodes.Failure;
        }
        if (!result.IsNew)
        {
            env.Out.WriteLine(Text.Format(CliText.FactorsSame, file, result.Id));
            return ExitCodes.Success;
        }
        foreach (var outlier in result.Outliers)
        {
            env.Out.WriteLine(Text.Format(CliText.FactorsOutlierAccepted, outlier));
        }
        if (result.OutlierReason is { } why)
        {
            env.Out.WriteLine(result.Stored ? Text.Format(CliText.FactorsReasonStored, result.Id, why) : Text.Format(CliText.FactorsReasonWouldStore, why));
        }
        else if (acceptOutlier is not null)
        {
            env.Out.WriteLine(CliText.FactorsReasonNotNeeded);
        }
        foreach (var s in result.Supersedes)
        {
            string change = Text.Format(CliText.FactorsChange, s.Earlier.SetId, s.Earlier.Line, s.Identity, s.Earlier.Factor.Published, s.Later.Factor.Published);
            env.Out.WriteLine(result.Stored
                ? Text.Format(CliText.FactorsSupersedes, change, result.Id)
                : Text.Format(CliText.FactorsWouldSupersede, change));
        }
        env.Out.WriteLine(result.Stored
            ? Text.Format(CliText.FactorsStored, file, result.Rows, result.Id)
            : Text.Format(CliText.FactorsChecked, file, result.Rows));
        return ExitCodes.Success;
    }

    /// <summary>Withdraws a local factor set (recorded, never deleted).</summary>
    public static int Withdraw(string dbPath, long setId, string? reason, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.Open(dbPath, env.Clock);
        if (workspace.Factors.Withdraw(setId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), env.Clock.GetCurrentInstant()) is { } refusal)
        {
            env.Error.WriteLine(Text.Format(CliText.Error, refusal));
            return ExitCodes.Failure;
        }
        env.Out.WriteLine(Text.Format(CliText.FactorsWithdrawn, setId));
        return ExitCodes.Success;
    }

    /// <summary>Lists sets, or the factors of one activity.</summary>
    public static int List(string dbPath, string? activity, string? parameter, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (activity is null)
        {
            var sets = new Table().AddColumns("#", CliText.ColumnSet, CliText.ColumnTier, CliText.ColumnRank, CliText.ColumnName, CliText.ColumnHash, CliText.ColumnRows, CliText.ColumnLoaded);
            var active = workspace.Factors.ActiveSetIds().ToHashSet();
            var all = workspace.Factors.ListSets();
            foreach (var s in all)
            {
                sets.AddRow(Markup.Escape((active.Contains(s.Id) ? "*" : " ") + s.Id), Markup.Escape(s.SetKey), Markup.Escape(TierWord(s.Tier)), s.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(s.NameZh), s.Hash, s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.LoadedAt));
            }
            env.Console.Write(sets);
            env.Console.WriteLine(CliText.FactorsListLegend);
            var local = all.Where(s => s.Tier == Data.FactorSets.FactorLibrary.LocalTier).OrderBy(s => s.Id).ToList();
            if (local.Count > 0)
            {
                var locals = new Table().AddColumns("#", CliText.ColumnFile, CliText.ColumnRows, CliText.ColumnImportedAt, CliText.ColumnOutlierReason, CliText.ColumnState);
                foreach (var s in local)
                {
                    string state = s.WithdrawnAt is null ? CliText.FactorsActive : Text.Format(CliText.FactorsWithdrawnAt, s.WithdrawnAt) + (s.WithdrawalReason is null ? "" : ": " + s.WithdrawalReason);
                    locals.AddRow(new[] { s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.FileName,
                        s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), s.LoadedAt, s.OutlierReason ?? "", state }.Select(Markup.Escape).ToArray());
                }
                env.Console.WriteLine(CliText.FactorsLocalHeading);
                env.Console.Write(locals);
                var superseded = Supersession.Among(workspace.Factors.ActiveLocalFactors());
                if (superseded.Count > 0)
                {
                    var replaced = new Table().AddColumns(CliText.ColumnSet, CliText.ColumnLine, CliText.ColumnFactor, CliText.ColumnValue, CliText.ColumnSupersededBy, CliText.ColumnValueUsed);
                    foreach (var s in superseded)
                    {
                        replaced.AddRow(new[] { "#" + s.Earlier.SetId, s.Earlier.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Identity.ToString(),
                            s.Earlier.Factor.Published, Text.Format(CliText.FactorsSetLine, s.Later.SetId, s.Later.Line), s.Later.Factor.Published }.Select(Markup.Escape).ToArray());
                    }
                    env.Console.WriteLine(CliText.FactorsSupersededHeading);
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
            env.Error.WriteLine(CommonOptions.Error(CliText.FactorsParameterUnknown, parameter, string.Join(", ", Parameters.Readable)));
            return ExitCodes.BadUsage;
        }
        var supersededBy = Supersession.Among(workspace.Factors.ActiveLocalFactors()).ToDictionary(s => s.Earlier.Factor.Id, s => s.Later.SetId);
        var factors = workspace.Factors.LoadFactors(workspace.Factors.ActiveSetIds())
            .Where(f => f.Activity == key && (parameter is null || f.Parameter == parameter))
            .OrderBy(f => f.Tier).ThenBy(f => f.Rank).ThenBy(f => f.Parameter, StringComparer.Ordinal).ThenBy(f => f.Category, StringComparer.Ordinal).ToList();
        if (factors.Count == 0)
        {
            env.Error.WriteLine(parameter is null ? Text.Format(CliText.FactorsNoneForActivity, key) : Text.Format(CliText.FactorsNoneForParameter, key, parameter));
            return ExitCodes.Failure;
        }
        var table = new Table().AddColumns("#", CliText.ColumnSet, CliText.ColumnParameter, CliText.ColumnGas, CliText.ColumnCategory, CliText.ColumnRegion, CliText.ColumnYears,
            CliText.ColumnValue, CliText.ColumnUnit, CliText.ColumnSource, CliText.ColumnTable, CliText.ColumnStatus);
        foreach (var f in factors)
        {
            string years = f.ValidFrom is null && f.ValidTo is null ? CliText.FactorsAllYears : $"{f.ValidFrom}–{f.ValidTo}";
            table.AddRow(new[] { f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.SetKey, f.Parameter, f.Gas ?? "", f.Category ?? "", f.Region ?? "",
                years, Reports.Format.Exact(f.Value), f.Unit.Symbol, f.Source, f.Table ?? "",
                Core.Factors.FactorStatusText.Render(f.Status) + (supersededBy.TryGetValue(f.Id, out long later) ? Text.Format(CliText.FactorsSupersededBy, later) : "") }.Select(Markup.Escape).ToArray());
        }
        env.Console.Write(table);
        return ExitCodes.Success;
    }

    /// <summary>A factor set's tier as words of the current language (stored as china_guideline, ipcc_default, local, gwp).</summary>
    private static string TierWord(string tier) => tier switch
    {
        "china_guideline" => CliText.TierChinaGuideline,
        "ipcc_default" => CliText.TierIpccDefault,
        FactorLibrary.LocalTier => CliText.TierLocal,
        FactorLibrary.GwpTier => CliText.TierGwp,
        _ => tier,
    };
}
