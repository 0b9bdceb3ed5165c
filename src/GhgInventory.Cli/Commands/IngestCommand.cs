using System.CommandLine;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg ingest FILE…</c>: validate activity files and import each whole or not at all.</summary>
public static class IngestCommand
{
    /// <summary>Files from this size on (about 30,000 rows) show a progress bar on an interactive terminal.</summary>
    private const long ProgressBarBytes = 2 << 20;

    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var files = new Argument<string[]>("files") { Description = "Activity CSV files (UTF-8 or GB18030)", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Validate only; store nothing" };
        var replace = new Option<bool>("--replace") { Description = "Make the file's rows the whole of each region-year it touches (default: apply them by key over the current version)" };
        var strict = new Option<bool>("--strict") { Description = "Reject the file (exit 3) when a row fails a plausibility check, instead of flagging it" };
        var command = new Command("ingest", "Validate and import activity data; a file with any error is rejected whole (exit 3)") { files, check, replace, strict, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(files)!,
            new IngestOptions(parse.GetValue(check), parse.GetValue(replace), parse.GetValue(strict)), env));
        return command;
    }

    /// <summary>Ingests <paramref name="files"/> into <paramref name="dbPath"/>, validating only when <paramref name="checkOnly"/>.</summary>
    public static int Run(string dbPath, IReadOnlyList<string> files, bool checkOnly, CliEnvironment env) =>
        Run(dbPath, files, new IngestOptions(checkOnly), env);

    /// <summary>Ingests <paramref name="files"/> into <paramref name="dbPath"/> as <paramref name="options"/> say.</summary>
    public static int Run(string dbPath, IReadOnlyList<string> files, IngestOptions options, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool checkOnly = options.CheckOnly;
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(env);
        // Every file is looked at before any is read: a device or folder would otherwise be found only after the files before it were imported.
        var unusable = files.Select(f => (File: f, Why: InputFileKind.Refusal(f) ?? (File.Exists(f) ? null : "not there: no such file"))).Where(f => f.Why is not null).ToList();
        if (unusable.Count > 0)
        {
            unusable.ForEach(f => env.Error.WriteLine($"error: {f.File} is {f.Why}."));
            env.Error.WriteLine("ghg ingest reads regular files, a pipe or FIFO, or /dev/stdin. Nothing was read or stored.");
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.Open(dbPath, env.Clock);
        var results = new List<IngestResult>();
        foreach (var file in files)
        {
            var result = IngestOne(workspace, file, options, env);
            Print(result, checkOnly, env, options.Replace);
            results.Add(result);
        }
        if (results.Count > 1)
        {
            env.Out.WriteLine(Summary(results, checkOnly));
            if (checkOnly)
            {
                // Each checked import is rolled back before the next file is checked.
                env.Out.WriteLine("  each file was checked against the database as it is, not against the files before it: an overlap between "
                    + "these files is found when they are imported (or check them as one file)");
            }
        }
        return results.Any(r => !r.Accepted) ? ExitCodes.InputRejected : ExitCodes.Success;
    }

    /// <summary>One line over several files, since each is imported whole or not at all: "2 files: 1 imported (a.csv), 1 rejected (b.csv: nothing of it stored)".</summary>
    public static string Summary(IReadOnlyList<IngestResult> results, bool checkOnly)
    {
        ArgumentNullException.ThrowIfNull(results);
        var parts = new List<string>();
        var accepted = results.Where(r => r.Accepted && r.AlreadyImportedAs is null).Select(r => r.File).ToList();
        var already = results.Where(r => r.AlreadyImportedAs is not null).Select(r => r.File).ToList();
        var rejected = results.Where(r => !r.Accepted).Select(r => r.File).ToList();
        if (accepted.Count > 0)
        {
            parts.Add(checkOnly ? $"{accepted.Count} valid ({string.Join(", ", accepted)}; checked only, nothing stored)" : $"{accepted.Count} imported ({string.Join(", ", accepted)})");
        }
        if (already.Count > 0)
        {
            parts.Add($"{already.Count} already imported ({string.Join(", ", already.Select(f => f + ": unchanged"))})");
        }
        if (rejected.Count > 0)
        {
            parts.Add($"{rejected.Count} rejected ({string.Join(", ", rejected.Select(f => f + ": nothing of it stored"))})");
        }
        return $"{results.Count} files: {string.Join(", ", parts)}";
    }

    private static IngestResult IngestOne(Workspace workspace, string file, IngestOptions options, CliEnvironment env)
    {
        if (new FileInfo(file).Length < ProgressBarBytes)
        {
            return workspace.Ingest(file, options);
        }
        // Quiet when output is redirected or the console is not interactive (ProgressView.Shows).
        return Reports.ProgressView.Run(env.Console, Reports.ProgressView.Reading(Path.GetFileName(file)), progress => workspace.Ingest(file, options, progress));
    }

    /// <summary>Prints what happened to one file.</summary>
    public static void Print(IngestResult result, bool checkOnly, CliEnvironment env, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(env);
        if (result.AlreadyImportedAs is { } batch)
        {
            env.Out.WriteLine($"= {result.File}: the same content was already imported as batch {batch}; nothing changed"
                + (replace ? " (--replace was NOT applied)" : ""));
            foreach (var (region, year, version) in result.AlreadyImportedVersions.Take(12))
            {
                env.Out.WriteLine($"  {region}/{year}: 'ghg data revert --region {region} --year {year} --to {version}' makes v{version}, the version this file made, "
                    + "current again as a whole, undoing every later version of it ('ghg data' lists them); to re-apply only this file's rows over "
                    + "the current version, change the file (e.g. its source column) and import it again");
            }
            return;
        }
        if (!result.Accepted)
        {
            foreach (var issue in result.Issues)
            {
                env.Error.WriteLine(issue.ToString());
            }
            if (result.IssueCount > result.Issues.Count)
            {
                env.Error.WriteLine($"… and {result.IssueCount - result.Issues.Count} more issue(s) not shown");
            }
            // A file refused before its rows were read (its encoding, its kind, its header) has issues with the file as a whole.
            string where = result.Rows == 0 ? "with the file as a whole (its rows were not read)" : $"in {result.RowsWithIssues} of {result.Rows} row(s)";
            env.Error.WriteLine($"✗ {result.File}: rejected, {result.IssueCount} issue(s) {where}"
                + (result.BlankRows > 0 ? $" ({result.BlankRows} empty row(s) skipped)" : "") + "; nothing of it stored");
            return;
        }
        string blank = result.BlankRows > 0 ? $", {result.BlankRows} empty row(s) skipped" : "";
        if (checkOnly)
        {
            env.Out.WriteLine($"✓ {result.File}: {result.Rows} row(s) valid ({result.Encoding}{blank}); checked only, nothing stored; importing it would make:");
            PrintComposition(result.Composition, checkOnly, env);
            return;
        }
        var versions = string.Join(", ", result.Versions.Take(12).Select(v => $"{v.Region}/{v.Year} v{v.Version}"))
            + (result.Versions.Count > 12 ? $", … ({result.Versions.Count} in all)" : "");
        env.Out.WriteLine($"✓ {result.File}: {result.Rows} row(s) imported ({result.Encoding}{blank}) as batch {result.BatchId}; new versions: {versions}");
        PrintComposition(result.Composition, checkOnly, env);
    }

    /// <summary>Per region-year what the new version changed, and the plausibility flags (as they would be, under --check).</summary>
    private static void PrintComposition(Composition? composition, bool checkOnly, CliEnvironment env)
    {
        if (composition is null)
        {
            return;
        }
        foreach (var change in composition.Changes.Take(20))
        {
            string basis = change.PreviousVersion is { } p ? $" (over v{p})" : " (first version)";
            string removed = change.Removed > 0 ? $", {change.Removed} removed by --replace" : "";
            env.Out.WriteLine($"  v{change.Version} of {change.Region}/{change.Year}: {change.Added} added, {change.Replaced} replaced, {change.Kept} kept{removed}{basis}");
            foreach (var example in change.Examples)
            {
                env.Out.WriteLine($"    {example}");
            }
        }
        if (composition.Changes.Count > 20)
        {
            env.Out.WriteLine($"  … and {composition.Changes.Count - 20} more region-year(s); 'ghg data' lists them");
        }
        foreach (var flag in composition.Flags)
        {
            // Under --check nothing is stored, so a flag has no id to accept yet.
            env.Out.WriteLine(checkOnly ? $"  ⚠ would be flagged: {flag}" : $"  ⚠ flag #{flag.Id} {flag}");
        }
        if (composition.Flags.Count > 0)
        {
            env.Out.WriteLine(checkOnly
                ? $"  {composition.Flags.Count} plausibility flag(s) if imported (--strict would reject the file)"
                : $"  {composition.Flags.Count} plausibility flag(s): compile and report show them until accepted with 'ghg data accept-flag ID --reason \"…\"'");
        }
    }
}
