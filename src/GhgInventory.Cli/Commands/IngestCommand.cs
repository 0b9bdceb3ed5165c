using System.CommandLine;
using GhgInventory.Cli.Resources;
using Text = GhgInventory.Core.Localization.Text;
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
        var files = new Argument<string[]>("files") { Description = CliText.IngestFilesArgument, Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = CliText.IngestCheckOption };
        var replace = new Option<bool>("--replace") { Description = CliText.IngestReplaceOption };
        var strict = new Option<bool>("--strict") { Description = CliText.IngestStrictOption };
        var command = new Command("ingest", CliText.IngestDescription) { files, check, replace, strict, db };
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
        var unusable = files.Select(f => (File: f, Why: InputFileKind.Refusal(f) ?? (File.Exists(f) ? null : CliText.IngestNotThere))).Where(f => f.Why is not null).ToList();
        if (unusable.Count > 0)
        {
            unusable.ForEach(f => env.Error.WriteLine(CommonOptions.Error(CliText.IngestUnusable, f.File, f.Why)));
            env.Error.WriteLine(CliText.IngestReadsWhat);
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
                env.Out.WriteLine(CliText.IngestCheckedSeparately);
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
            parts.Add(Text.Format(checkOnly ? CliText.IngestSummaryValid : CliText.IngestSummaryImported, accepted.Count, string.Join(", ", accepted)));
        }
        if (already.Count > 0)
        {
            parts.Add(Text.Format(CliText.IngestSummaryAlready, already.Count, string.Join(", ", already.Select(f => Text.Format(CliText.IngestSummaryUnchanged, f)))));
        }
        if (rejected.Count > 0)
        {
            parts.Add(Text.Format(CliText.IngestSummaryRejected, rejected.Count, string.Join(", ", rejected.Select(f => Text.Format(CliText.IngestSummaryNothingStored, f)))));
        }
        return Text.Format(CliText.IngestSummary, results.Count, string.Join(", ", parts));
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
            env.Out.WriteLine(Text.Format(CliText.IngestAlready, result.File, batch) + (replace ? CliText.IngestReplaceNotApplied : ""));
            foreach (var (region, year, version) in result.AlreadyImportedVersions.Take(12))
            {
                env.Out.WriteLine(Text.Format(CliText.IngestAlreadyRevert, region, year, version));
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
                env.Error.WriteLine(Text.Format(CliText.IngestMoreIssues, result.IssueCount - result.Issues.Count));
            }
            // A file refused before its rows were read (its encoding, its kind, its header) has issues with the file as a whole.
            string where = result.Rows == 0 ? CliText.IngestWholeFile : Text.Format(CliText.IngestInRows, result.RowsWithIssues, result.Rows);
            env.Error.WriteLine(Text.Format(CliText.IngestRejected, result.File, result.IssueCount, where,
                result.BlankRows > 0 ? Text.Format(CliText.IngestBlankSkippedParen, result.BlankRows) : ""));
            return;
        }
        string blank = result.BlankRows > 0 ? Text.Format(CliText.IngestBlankSkipped, result.BlankRows) : "";
        if (checkOnly)
        {
            env.Out.WriteLine(Text.Format(CliText.IngestValid, result.File, result.Rows, result.Encoding, blank));
            PrintComposition(result.Composition, checkOnly, env);
            return;
        }
        var versions = string.Join(", ", result.Versions.Take(12).Select(v => $"{v.Region}/{v.Year} v{v.Version}"))
            + (result.Versions.Count > 12 ? Text.Format(CliText.IngestVersionsInAll, result.Versions.Count) : "");
        env.Out.WriteLine(Text.Format(CliText.IngestImported, result.File, result.Rows, result.Encoding, blank, result.BatchId, versions));
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
            string basis = change.PreviousVersion is { } p ? Text.Format(CliText.IngestOver, p) : CliText.IngestFirstVersion;
            string removed = change.Removed > 0 ? Text.Format(CliText.IngestRemoved, change.Removed) : "";
            env.Out.WriteLine(Text.Format(CliText.IngestChange, change.Version, change.Region, change.Year, change.Added, change.Replaced, change.Kept, removed, basis));
            foreach (var example in change.Examples)
            {
                env.Out.WriteLine($"    {example}");
            }
        }
        if (composition.Changes.Count > 20)
        {
            env.Out.WriteLine(Text.Format(CliText.IngestMoreChanges, composition.Changes.Count - 20));
        }
        foreach (var flag in composition.Flags)
        {
            // Under --check nothing is stored, so a flag has no id to accept yet.
            env.Out.WriteLine(checkOnly ? Text.Format(CliText.IngestWouldFlag, flag) : Text.Format(CliText.IngestFlag, flag.Id, flag));
        }
        if (composition.Flags.Count > 0)
        {
            env.Out.WriteLine(checkOnly
                ? Text.Format(CliText.IngestFlagsIfImported, composition.Flags.Count)
                : Text.Format(CliText.IngestFlagsStored, composition.Flags.Count));
        }
    }
}
