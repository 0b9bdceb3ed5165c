using System.CommandLine;
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
        var year = new Option<int?>("--year") { Description = "Only this year" };
        var command = new Command("data", "List imported batches, the versions of each region-year (what each changed) and plausibility flags") { region, year, db };
        command.SetAction(parse => List(parse.GetValue(db)!, parse.GetValue(region), parse.GetValue(year), env));

        var revertDb = CommonOptions.Db();
        var revertRegion = new Option<string>("--region") { Description = "Region code or exact name", Required = true };
        var revertYear = new Option<int>("--year") { Description = "Year", Required = true };
        var to = new Option<int>("--to") { Description = "The version to make current again", Required = true };
        var revert = new Command("revert", "Make an earlier version of a region-year current again, as a new version (nothing is deleted)") { revertRegion, revertYear, to, revertDb };
        revert.SetAction(parse => Revert(parse.GetValue(revertDb)!, parse.GetValue(revertRegion)!, parse.GetValue(revertYear), parse.GetValue(to), env));
        command.Add(revert);

        var acceptDb = CommonOptions.Db();
        var id = new Argument<long>("id") { Description = "Flag id, as ingest, compile, report and 'ghg data' print it" };
        var reason = new Option<string>("--reason") { Description = "Why the value is right (stored with the acceptance)", Required = true };
        var accept = new Command("accept-flag", "Accept a plausibility flag with a reason; compile and report stop showing it") { id, reason, acceptDb };
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
        env.Out.WriteLine($"batches ({batches.Count}):");
        env.Out.WriteLine("  id  file  imported at  encoding  rows  mode");
        foreach (var b in batches)
        {
            env.Out.WriteLine($"  {b.Id}  {b.FileName}  {b.ImportedAt}  {b.Encoding}  {b.Rows}  {b.Mode}");
        }
        env.Out.WriteLine($"versions ({versions.Count}):");
        env.Out.WriteLine("  region/year  version  change  file  made at  added/replaced/kept  base");
        foreach (var v in versions)
        {
            string counts = v.Added is null ? "(made before schema 2)" : $"{v.Added}/{v.Replaced}/{v.Kept}";
            string basis = v.BaseVersion is { } b ? $"v{b}" : "none";
            string current = v.IsCurrent ? "  ← current" : "";
            env.Out.WriteLine($"  {v.Region}/{v.Year}  v{v.Version}  {v.Change}  {v.FileName ?? "-"}  {v.CreatedAt ?? "-"}  {counts}  {basis}{current}");
        }
        var flags = store.AllFlags(region, year);
        if (flags.Count > 0)
        {
            env.Out.WriteLine($"plausibility flags ({flags.Count}):");
            var openNow = store.OpenInCurrent(flags.Select(f => (f.Flag.Region, f.Flag.Year)));
            foreach (var (flag, accepted) in flags)
            {
                string state = accepted is not null ? $"[accepted: {accepted}]"
                    : openNow.Contains(flag.Id) ? "[open]"
                    : "[no longer current: a later version replaced or removed its row; nothing to accept]";
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
        env.Out.WriteLine($"✓ {region}/{year}: v{version} made current, the same records as v{to} (change 'revert'); earlier versions and runs are unchanged");
        return ExitCodes.Success;
    }

    /// <summary>Accepts flag <paramref name="id"/>.</summary>
    public static int AcceptFlag(string dbPath, long id, string reason, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.Open(dbPath, env.Clock);
        workspace.Data.AcceptFlag(id, reason);
        env.Out.WriteLine($"✓ flag #{id} accepted: \"{reason.Trim()}\"");
        return ExitCodes.Success;
    }
}
