using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data;
using GhgInventory.Data.Scenarios;
using GhgInventory.Reports;
using Spectre.Console;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg scenario run|compare|list|base</c>: peak-carbon scenarios (issue 16, docs/scenarios.md). The verb reads the file, builds
/// the base from a stored run, binds the model, runs the Monte Carlo, stores the run and prints it; the numbers are Core's.</summary>
/// <remarks>A refused file or a scenario that cannot be bound exits 3 with every problem located, and nothing is stored; bad usage exits 2.</remarks>
public static class ScenarioCommand
{
    /// <summary>The most Monte Carlo runs accepted (a slip of a digit is refused rather than run for hours).</summary>
    public const int MaxIterations = 100_000;

    /// <summary>Builds the verb and its sub-verbs.</summary>
    public static Command Build(CliEnvironment env)
    {
        var runDb = CommonOptions.Db();
        var file = new Argument<string>("file") { Description = ScenarioCliText.FileArgument };
        var iterations = new Option<int>("--iterations") { Description = ScenarioCliText.IterationsOption, DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed") { Description = ScenarioCliText.SeedOption, DefaultValueFactory = _ => 1 };
        var format = Format();
        var region = new Option<string?>("--region") { Description = ScenarioCliText.RegionOption };
        var runId = new Option<long?>("--run") { Description = ScenarioCliText.RunOption };
        var run = new Command("run", ScenarioCliText.RunDescription) { file, iterations, seed, format, region, runId, runDb };
        run.SetAction(parse => Run(parse.GetValue(runDb)!, parse.GetValue(file)!, parse.GetValue(iterations), parse.GetValue(seed), parse.GetValue(format)!,
            parse.GetValue(region), parse.GetValue(runId), env));

        var compareDb = CommonOptions.Db();
        var fileA = new Argument<string>("a") { Description = ScenarioCliText.CompareFileA };
        var fileB = new Argument<string>("b") { Description = ScenarioCliText.CompareFileB };
        var compareFormat = Format();
        var compare = new Command("compare", ScenarioCliText.CompareDescription) { fileA, fileB, compareFormat, compareDb };
        compare.SetAction(parse => Compare(parse.GetValue(compareDb)!, parse.GetValue(fileA)!, parse.GetValue(fileB)!, parse.GetValue(compareFormat)!, env));

        var listDb = CommonOptions.Db();
        var list = new Command("list", ScenarioCliText.ListDescription) { listDb };
        list.SetAction(parse => List(parse.GetValue(listDb)!, env));

        var baseDb = CommonOptions.Db();
        var baseFile = new Argument<string>("file") { Description = ScenarioCliText.FileArgument };
        var output = new Option<string>("--out") { Description = ScenarioCliText.OutOption, Required = true };
        var writeBase = new Command("base", ScenarioCliText.BaseDescription) { baseFile, output, baseDb };
        writeBase.SetAction(parse => Base(parse.GetValue(baseDb)!, parse.GetValue(baseFile)!, parse.GetValue(output)!, env));

        return new Command("scenario", ScenarioCliText.ScenarioDescription) { run, compare, list, writeBase };
    }

    private static Option<string> Format() =>
        new Option<string>("--format") { Description = ScenarioCliText.FormatOption, DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json");

    /// <summary><c>ghg scenario run</c>: runs <paramref name="file"/>, stores the run (the same file, base, seed, iterations and engine find the stored one) and prints it.</summary>
    public static int Run(string dbPath, string file, int iterations, ulong seed, string format, string? regionText, long? runId, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (iterations < 0 || iterations > MaxIterations)
        {
            env.Error.WriteLine(CommonOptions.Error(ScenarioCliText.IterationsRange, MaxIterations.ToString("#,0", CultureInfo.InvariantCulture),
                iterations.ToString(CultureInfo.InvariantCulture)));
            return ExitCodes.BadUsage;
        }
        if (RefuseMissing(file, env))
        {
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.Open(dbPath, env.Clock);
        var regions = workspace.References.LoadRegions();
        var catalogue = ScenarioFile.Catalogue();
        if (runId is { } asked && workspace.Runs.Find(asked) is null)
        {
            // A run that is not stored is a wrong option (exit 2), named with the runs that are.
            var runs = workspace.Runs.List();
            string list = runs.Count == 0 ? ScenarioCliText.RunOptionNone
                : string.Join(UiCulture.IsChinese ? "；" : "; ", runs.Select(r => Text.Format(ScenarioCliText.RunOptionItem, r.Id, RegionWords(regions, r.RegionCode),
                    r.YearFrom, r.YearTo)));
            env.Error.WriteLine(CommonOptions.Error(ScenarioCliText.RunOptionMissing, asked, list));
            return ExitCodes.BadUsage;
        }
        var scenario = ScenarioFile.Read(file, Bytes(file), catalogue, regions);
        if (runId is { } chosen)
        {
            scenario = scenario with { BaseRunId = chosen };
        }
        var reader = new ScenarioBaseReader(workspace);
        var baseState = reader.Read(scenario);
        RegionBase? detailPart = null;
        if (regionText is not null)
        {
            if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } code)
            {
                return ExitCodes.BadUsage;
            }
            detailPart = baseState.Parts.FirstOrDefault(p => p.Region == code && !p.IsCityRest);
            if (detailPart is null)
            {
                env.Error.WriteLine(CommonOptions.Error(ScenarioCliText.RegionNotPart, regionText, baseState.City.Value,
                    string.Join(", ", baseState.Parts.Where(p => !p.IsCityRest).Select(p => p.Region.Value))));
                return ExitCodes.BadUsage;
            }
        }
        // As report does: an inventory run older than the data now stored is said first (on standard error beside JSON).
        var staleTo = format == "json" ? env.Error : env.Out;
        foreach (var line in Stale(workspace, baseState, dbPath))
        {
            staleTo.WriteLine(line);
        }
        ScenarioOutcome outcome;
        string json;
        long id;
        bool isNew;
        try
        {
            (outcome, json, id, isNew) = ProgressView.Run(env.Console, Text.Format(ScenarioCliText.Progress, scenario.FileName),
                progress => ScenarioRuns.RunAndStore(workspace, scenario, catalogue, regions, iterations, seed, env.Clock, progress, reader));
        }
        catch (ScenarioBindException e)
        {
            return Refused(file, e, env);
        }
        string stored = Text.Format(isNew ? ScenarioCliText.Stored : ScenarioCliText.StoredBefore, id);
        if (format == "json")
        {
            // stdout carries the JSON alone (the same bytes for the same seed); the store's note goes to stderr.
            env.Data.WriteLine(json);
            env.Error.WriteLine(stored);
            return ExitCodes.Success;
        }
        var detail = detailPart is null ? null : outcome.Areas.Skip(1).FirstOrDefault(a => a.Region == detailPart.Region && !a.IsCityRest);
        ScenarioReport.WriteTable(env.Console, outcome, catalogue, regions, detail);
        env.Out.WriteLine(stored);
        return ExitCodes.Success;
    }

    /// <summary>"⚠ run #N is out of date …" for the base year and the price base year of <paramref name="baseState"/>'s run, when data
    /// stored since would give other numbers (<see cref="Workspace.Staleness"/>); nothing while the run matches.</summary>
    private static IEnumerable<string> Stale(Workspace workspace, ScenarioBase baseState, string dbPath)
    {
        if (workspace.Runs.Find(baseState.RunId) is not { } run)
        {
            yield break;
        }
        foreach (int year in new[] { baseState.BaseYear, baseState.PriceBaseYear }.Distinct())
        {
            foreach (var line in Reports.Format.Stale(run.Id, year, baseState.City.Value, workspace.Staleness(run, baseState.City, year), CommonOptions.DbOption(dbPath)))
            {
                yield return line;
            }
        }
    }

    private static string RegionWords(RegionTree regions, string code) =>
        RegionCode.TryParse(code, out var rc) ? ScenarioReport.RegionName(rc, regions) : code;

    /// <summary><c>ghg scenario compare</c>: both files on one base (the same inventory run and base year), else refused with both bases named.</summary>
    public static int Compare(string dbPath, string fileA, string fileB, string format, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (RefuseMissing(fileA, env) || RefuseMissing(fileB, env))
        {
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        var regions = workspace.References.LoadRegions();
        var catalogue = ScenarioFile.Catalogue();
        var a = ScenarioFile.Read(fileA, Bytes(fileA), catalogue, regions);
        var b = ScenarioFile.Read(fileB, Bytes(fileB), catalogue, regions);
        var reader = new ScenarioBaseReader(workspace);
        var baseA = reader.Read(a);
        var baseB = reader.Read(b);
        foreach (var line in Stale(workspace, baseA, dbPath))
        {
            env.Error.WriteLine(line);
        }
        if (baseA.RunId != baseB.RunId || baseA.BaseYear != baseB.BaseYear || baseA.City != baseB.City)
        {
            env.Error.WriteLine(CommonOptions.Error(ScenarioCliText.BaseDiffers, fileA, fileB,
                Text.Format(ScenarioCliText.BaseText, baseA.RunId, baseA.BaseYear), Text.Format(ScenarioCliText.BaseText, baseB.RunId, baseB.BaseYear)));
            return ExitCodes.InputRejected;
        }
        ScenarioComparison comparison;
        try
        {
            comparison = ScenarioComparer.Compare(a, b, catalogue, baseA);
        }
        catch (ScenarioBindException e)
        {
            return Refused($"{fileA}, {fileB}", e, env);
        }
        if (format == "json")
        {
            using var stream = new MemoryStream();
            ScenarioReport.WriteComparisonJson(stream, comparison, catalogue);
            env.Data.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return ExitCodes.Success;
        }
        ScenarioReport.WriteComparisonTable(env.Console, comparison, catalogue);
        return ExitCodes.Success;
    }

    /// <summary><c>ghg scenario list</c>: the stored scenario runs, newest first.</summary>
    public static int List(string dbPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        var runs = new ScenarioStore(workspace.Connection).List();
        if (runs.Count == 0)
        {
            env.Out.WriteLine(Text.Format(ScenarioCliText.ListNone, dbPath));
            return ExitCodes.Success;
        }
        var table = new FittedTable(Markup.Escape(ScenarioCliText.ListTitle),
            [Markup.Escape(ScenarioCliText.ColId), Markup.Escape(ScenarioCliText.ColName)],
            [.. new[] { ScenarioCliText.ColIllustrative, ScenarioCliText.ColBase, ScenarioCliText.ColHorizon, ScenarioCliText.ColRuns, ScenarioCliText.ColSeed,
                ScenarioCliText.ColFile, ScenarioCliText.ColCreated }.Select(Markup.Escape)]);
        foreach (var r in runs)
        {
            table.AddRow([r.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape($"{r.Name} {r.Title}")],
            [
                Markup.Escape(r.Illustrative ? ScenarioCliText.Yes : ScenarioCliText.No),
                Markup.Escape(Text.Format(ScenarioCliText.BaseText, r.BaseRunId, r.BaseYear)), r.Horizon.ToString(CultureInfo.InvariantCulture),
                r.Iterations.ToString("#,0", CultureInfo.InvariantCulture), r.Seed.ToString(CultureInfo.InvariantCulture),
                Markup.Escape($"{r.FileName} ({r.FileSha256[..12]})"), Markup.Escape(r.CreatedAt),
            ]);
        }
        table.Write(env.Console);
        return ExitCodes.Success;
    }

    /// <summary><c>ghg scenario base</c>: writes the base state of <paramref name="file"/> as JSON to <paramref name="outPath"/> (for tools/Benchmarks).</summary>
    public static int Base(string dbPath, string file, string outPath, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (RefuseMissing(file, env))
        {
            return ExitCodes.BadUsage;
        }
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        var scenario = ScenarioFile.Read(file, Bytes(file), ScenarioFile.Catalogue(), workspace.References.LoadRegions());
        var baseState = new ScenarioBaseReader(workspace).Read(scenario);
        using (var stream = File.Create(outPath))
        {
            ScenarioBaseJson.Write(stream, baseState);
        }
        env.Out.WriteLine(Text.Format(ScenarioCliText.BaseWritten, file, baseState.RunId, baseState.BaseYear, outPath));
        return ExitCodes.Success;
    }

    /// <summary>The bundled sample <paramref name="file"/> names (<c>samples/ordos/plan.toml</c>, as the demo's next steps write it) when no
    /// such file is on disk: the published program carries the samples inside it, and a person who has only the program can run them.</summary>
    private static string? BundledSample(string file)
    {
        string name = file.Replace('\\', '/');
        name = name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;
        return !File.Exists(file) && name.StartsWith("samples/ordos/", StringComparison.Ordinal) && BundledData.Names("samples/ordos/").Contains(name)
            ? name : null;
    }

    /// <summary>The file's bytes, or the bundled sample's (<see cref="BundledSample"/>).</summary>
    private static byte[] Bytes(string file) => BundledSample(file) is { } bundled ? BundledData.ReadAllBytes(bundled) : File.ReadAllBytes(file);

    private static bool RefuseMissing(string file, CliEnvironment env)
    {
        if (File.Exists(file) || BundledSample(file) is not null)
        {
            return false;
        }
        env.Error.WriteLine(CommonOptions.Error(CliText.NoSuchFile, file));
        return true;
    }

    private static int Refused(string file, ScenarioBindException e, CliEnvironment env)
    {
        env.Error.WriteLine(CommonOptions.Error(ScenarioCliText.BindRefused, file));
        foreach (var problem in e.Problems)
        {
            env.Error.WriteLine(problem.Render());
        }
        if (e.Problems.Count == 0)
        {
            env.Error.WriteLine(e.Message);
        }
        return ExitCodes.InputRejected;
    }
}
