using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;
using GhgInventory.Data;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg data</c>: the imported batches, the versions of each region-year and the plausibility flags; <c>revert</c> and <c>accept-flag</c>.</summary>
public static class DataCommand
{
    /// <summary>Builds the verb and its sub-verbs.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var region = CommonOptions.Region();
        var year = new Option<int?>("--year") { Description = CliText.DataYearOption };
        var command = new Command("data", CliText.DataDescription) { region, year, db };
        command.SetAction(parse => List(parse.GetValue(db)!, parse.GetValue(region), parse.GetValue(year), env));

        var revertDb = CommonOptions.Db();
        var revertRegion = new Option<string>("--region") { Description = CliText.DataRegionOption, Required = true };
        var revertYear = new Option<int>("--year") { Description = CliText.DataRevertYearOption, Required = true };
        var to = new Option<int>("--to") { Description = CliText.DataToOption, Required = true };
        var revert = new Command("revert", CliText.DataRevertDescription) { revertRegion, revertYear, to, revertDb };
        revert.SetAction(parse => Revert(parse.GetValue(revertDb)!, parse.GetValue(revertRegion)!, parse.GetValue(revertYear), parse.GetValue(to), env));
        command.Add(revert);

        var acceptDb = CommonOptions.Db();
        var id = new Argument<long>("id") { Description = CliText.DataFlagIdArgument };
        var reason = new Option<string>("--reason") { Description = CliText.DataReasonOption, Required = true };
        var accept = new Command("accept-flag", CliText.DataAcceptDescription) { id, reason, acceptDb };
        accept.SetAction(parse => AcceptFlag(parse.GetValue(acceptDb)!, parse.GetValue(id), parse.GetValue(reason)!, env));
        command.Add(accept);
        return command;
    }

    /// <summary>Prints batches, versions and flags.</summary>
    public static int List(string dbPath, string? regionText, int? year, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        string? region = null;
        if (regionText is not null)
        {
            if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } code)
            {
                return ExitCodes.BadUsage;
            }
            region = code.Value;
        }
        var store = workspace.Data;
        var versions = store.Versions(region, year);
        var batchIds = versions.Select(v => v.BatchId).OfType<long>().ToHashSet();
        var batches = store.Batches().Where(b => (region is null && year is null) || batchIds.Contains(b.Id)).ToList();
        env.Out.WriteLine(Text.Format(CliText.DataBatches, batches.Count));
        env.Out.WriteLine(CliText.DataBatchesHeader);
        foreach (var b in batches)
        {
            env.Out.WriteLine($"  {b.Id}  {b.FileName}  {b.ImportedAt}  {b.Encoding}  {b.Rows}  {ModeWord(b.Mode)}");
        }
        env.Out.WriteLine(Text.Format(CliText.DataVersions, versions.Count));
        env.Out.WriteLine(CliText.DataVersionsHeader);
        foreach (var v in versions)
        {
            string counts = v.Added is null ? CliText.DataBeforeSchema2 : $"{v.Added}/{v.Replaced}/{v.Kept}";
            string basis = v.BaseVersion is { } b ? $"v{b}" : CliText.DataNoBase;
            string current = v.IsCurrent ? CliText.DataCurrent : "";
            env.Out.WriteLine($"  {v.Region}/{v.Year}  v{v.Version}  {ChangeWord(v.Change)}  {v.FileName ?? "-"}  {v.CreatedAt ?? "-"}  {counts}  {basis}{current}");
        }
        var flags = store.AllFlags(region, year);
        if (flags.Count > 0)
        {
            env.Out.WriteLine(Text.Format(CliText.DataFlags, flags.Count));
            var openNow = store.OpenInCurrent(flags.Select(f => (f.Flag.Region, f.Flag.Year)));
            foreach (var (flag, accepted) in flags)
            {
                string state = accepted is not null ? Text.Format(CliText.DataFlagAccepted, accepted)
                    : openNow.Contains(flag.Id) ? CliText.DataFlagOpen
                    : CliText.DataFlagNotCurrent;
                env.Out.WriteLine($"  #{flag.Id} {flag}  {state}");
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>Makes version <paramref name="to"/> current again.</summary>
    public static int Revert(string dbPath, string regionText, int year, int to, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.Open(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        int version = workspace.Data.Revert(region.Value, year, to);
        env.Out.WriteLine(Text.Format(CliText.DataReverted, region, year, version, to));
        return ExitCodes.Success;
    }

    /// <summary>Accepts flag <paramref name="id"/>.</summary>
    public static int AcceptFlag(string dbPath, long id, string reason, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.Open(dbPath, env.Clock);
        workspace.Data.AcceptFlag(id, reason);
        env.Out.WriteLine(Text.Format(CliText.DataFlagAcceptedNow, id, reason.Trim()));
        return ExitCodes.Success;
    }

    /// <summary>A batch's import mode as a word of the current language (stored as 'merge' or 'replace').</summary>
    private static string ModeWord(string mode) => mode switch
    {
        "merge" => CliText.DataModeMerge,
        "replace" => CliText.DataModeReplace,
        _ => mode,
    };

    /// <summary>A version's change as a word of the current language (stored as 'import', 'replace', 'revert' …).</summary>
    private static string ChangeWord(string change) => change switch
    {
        "import" => CliText.DataChangeImport,
        "replace" => CliText.DataChangeReplace,
        "revert" => CliText.DataChangeRevert,
        _ => change,
    };
}
