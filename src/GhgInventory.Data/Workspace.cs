using System.Reflection;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Data;

/// <summary>One inventory database and the operations the CLI offers on it: init, ingest, factors, compile, summaries and traces.</summary>
/// <remarks>It moves data between the store and the core; the numbers are computed only in <see cref="InventoryCompiler"/> and <see cref="InventorySummarizer"/>.</remarks>
public sealed class Workspace : IDisposable
{
    private readonly IClock clock;

    private Workspace(SqliteConnection connection, IClock clock)
    {
        Connection = connection;
        this.clock = clock;
        References = new ReferenceStore(connection);
        Factors = new FactorStore(connection);
        Runs = new RunStore(connection);
    }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>Regions, categories, activities.</summary>
    public ReferenceStore References { get; }

    /// <summary>Factor sets.</summary>
    public FactorStore Factors { get; }

    /// <summary>Runs and their inputs.</summary>
    public RunStore Runs { get; }

    /// <summary>Targets and carbon budgets scored against a run (issue 14).</summary>
    public Targets.TargetService Targets => new(this);

    /// <summary>Recalculation: what changed between two stored runs, line by line, and why (<c>ghg compare --run A --run B</c>).</summary>
    public Analysis.RunComparer RunComparer => new(this);

    /// <summary>Control totals (city energy balance and the like) the reconciliation checks records against.</summary>
    public ControlStore Controls => new(Connection);

    /// <summary>Reads a control-total file and, unless <paramref name="checkOnly"/>, stores it as a new control batch (the same bytes again change nothing).</summary>
    /// <exception cref="InputRejectedException">A row is wrong; nothing is stored.</exception>
    public (ControlFileContent Content, long? BatchId, bool IsNew) ImportControls(string path, bool checkOnly)
    {
        var content = ControlFile.Parse(path, File.ReadAllBytes(path), References.LoadRegions(), References.LoadActivities());
        if (checkOnly)
        {
            return (content, null, false);
        }
        var (id, isNew) = Controls.Save(content, clock.GetCurrentInstant());
        return (content, id, isNew);
    }

    /// <summary>The build of the assemblies that define <paramref name="types"/>: the first 8 hex digits of each module version id, joined
    /// (deterministic builds: the same source gives the same ids, any change another). Names what a kept scenario base or a stored scenario
    /// run was made by, finer than <see cref="EngineVersion"/>, which stays the same between releases.</summary>
    public static string BuildOf(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return string.Concat(types.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]));
    }

    /// <summary>Version of this engine, recorded on every run.</summary>
    public static string EngineVersion =>
        typeof(Workspace).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    /// <summary>Opens the database at <paramref name="path"/> for writing; it must have been initialised unless <paramref name="allowUninitialised"/>.</summary>
    /// <remarks>
    /// The file is inspected before anything is written: a file that is not an inventory database (another program's
    /// SQLite file, a text file) and a database of a newer schema are refused with an <see cref="InvalidOperationException"/>
    /// and left as they were. With <paramref name="allowUninitialised"/> (init, demo) a missing or empty file is created
    /// and an older inventory database may be migrated.
    /// </remarks>
    public static Workspace Open(string path, IClock clock, bool allowUninitialised = false)
    {
        var info = CheckOpenable(path, allowUninitialised);
        CheckWritable(info);
        return new Workspace(Database.Open(info.Path, DatabaseAccess.ReadWrite), clock);
    }

    /// <summary>Refuses, with the file named and what to do, a database a writer could not create or write (SQLite would only say "unable to open database file").</summary>
    private static void CheckWritable(DatabaseFileInfo info)
    {
        if (info.Path == ":memory:")
        {
            return;
        }
        if (info.Kind == DatabaseFileKind.Missing)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(info.Path)) ?? "";
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException(
                    Text.Format(DataStorageText.CannotCreateNoFolder, info.Path, folder));
            }
            return;
        }
        try
        {
            // Opening for writing changes nothing; it fails as SQLite's first write would, but before any work is done.
            using var probe = new FileStream(info.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UnauthorizedAccessException(
                Text.Format(DataStorageText.ReadOnlyDatabase, info.Path));
        }
    }

    /// <summary>Opens an initialised database for reading only (report, explain, runs, factors list): no journal, lock file or pragma that writes.</summary>
    public static Workspace OpenReadOnly(string path, IClock clock)
    {
        var info = CheckOpenable(path, allowUninitialised: false);
        return new Workspace(Database.Open(info.Path, DatabaseAccess.ReadOnly), clock);
    }

    /// <summary>Refuses, before anything is written, a file this verb must not touch; returns what the file is.</summary>
    private static DatabaseFileInfo CheckOpenable(string path, bool allowUninitialised)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = Database.Inspect(path);
        int engine = Migrator.Available[^1].Version;
        switch (info.Kind)
        {
            case DatabaseFileKind.NotSqlite or DatabaseFileKind.ForeignSqlite:
                throw new InvalidOperationException(
                    Text.Format(DataStorageText.NotInventoryDatabase, path, info.Detail));
            case DatabaseFileKind.Busy:
                throw new InvalidOperationException(
                    Text.Format(DataStorageText.DatabaseBusy, path, info.Detail));
            case DatabaseFileKind.NewerInventory:
                throw new InvalidOperationException(
                    Text.Format(DataStorageText.DatabaseNewer, path, info.Detail));
            case DatabaseFileKind.Missing when !allowUninitialised && path != ":memory:":
                throw new InvalidOperationException(Text.Format(DataStorageText.DatabaseMissing, path));
            case DatabaseFileKind.Missing or DatabaseFileKind.Empty when !allowUninitialised:
                throw new InvalidOperationException(Text.Format(DataStorageText.DatabaseNotInitialised, path));
            case DatabaseFileKind.Inventory when !allowUninitialised && info.SchemaVersion < engine:
                throw new InvalidOperationException(
                    Text.Format(DataStorageText.DatabaseNeedsMigration, path, info.SchemaVersion, engine));
            default:
                return info;
        }
    }

    /// <summary>Creates or migrates the schema and loads the bundled regions, vocabularies and factor sets.</summary>
    public InitReport Initialize()
    {
        var migrations = Migrator.Migrate(Connection, clock);
        var regions = BundledData.Names("regions/").Where(n => n.EndsWith(".csv", StringComparison.Ordinal))
            .SelectMany(n => ReferenceDataLoader.ParseRegions(CsvTable.ReadBundled(n, ReferenceDataLoader.RegionColumns, ReferenceDataLoader.RegionOptionalColumns)))
            .ToList();
        var categories = ReferenceDataLoader.ParseCategories(CsvTable.ReadBundled("emission-factors/vocabulary/categories.csv", ["code", "parent", "name_zh", "name_en"]));
        var activities = ReferenceDataLoader.ParseActivities(CsvTable.ReadBundled("emission-factors/vocabulary/activities.csv",
            ["activity", "name_zh", "name_en", "dimension", "kind"], ["ipcc_fuel"]));
        var substances = CsvTable.ReadBundled("emission-factors/vocabulary/substances.csv", ["gas", "name_zh", "name_en", "kind"]).Rows
            .Select(r => (r["gas"]!, r["name_zh"]!, r["name_en"]!, r["kind"]!)).ToList();
        var sets = FactorLibrary.LoadBundled(activities.Select(a => a.Key).ToHashSet());

        using var transaction = Connection.BeginTransaction();
        References.SaveRegions(regions, transaction);
        References.SaveCategories(categories, transaction);
        References.SaveActivities(activities, transaction);
        References.SaveSubstances(substances, transaction);
        var now = clock.GetCurrentInstant();
        var newSets = sets.Where(set => Factors.Save(set, now, transaction).IsNew).Select(s => s.Key).ToList();
        transaction.Commit();
        return new InitReport(migrations, regions.Count, categories.Count, activities.Count, sets.Count, newSets);
    }

    /// <summary>Validates and imports an activity file.</summary>
    public IngestResult Ingest(string path, IngestOptions options, IProgress<double>? progress = null) =>
        new ActivityIngestor(Connection, clock).Ingest(path, options, progress);

    /// <summary>What the data-entry workbook of <paramref name="region"/> for <paramref name="year"/> shows, names in the UI language (ghg template).</summary>
    public Core.Reporting.TemplateContent Template(Core.Domain.RegionCode region, int year) => Templates.TemplateLoader.Load(Connection, region, year);

    /// <summary>Validates and imports activity data from a stream (bundled samples, tests).</summary>
    public IngestResult Ingest(string fileName, Func<Stream> open, IngestOptions options, IProgress<double>? progress = null) =>
        new ActivityIngestor(Connection, clock).Ingest(fileName, open, options, progress);

    /// <summary>Imports a local factor file as a new local set, every row checked against the database's vocabularies and the plausible ranges.</summary>
    /// <param name="path">The factor file.</param>
    /// <param name="acceptOutlierReason">Accept values outside their plausible range, storing this reason with the set (--accept-outlier).</param>
    /// <param name="checkOnly">Check the file and say what an import would do, storing nothing (--check); works on a read-only workspace.</param>
    /// <exception cref="InputRejectedException">A row no compile could use, or a value out of range; nothing is stored.</exception>
    public LocalFactorImport ImportLocalFactors(string path, string? acceptOutlierReason = null, bool checkOnly = false)
    {
        var vocabulary = new FactorVocabulary(References.LoadActivities(),
            References.LoadCategories().Keys.Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            References.LoadRegions(), Factors.GridKeys(), FactorVocabulary.LoadRanges());
        var set = FactorLibrary.ParseLocal(path, File.ReadAllBytes(path), vocabulary, acceptOutlierReason);
        if (checkOnly)
        {
            long? existing = Factors.Find(set.Key, set.ContentHash);
            var incoming = set.Factors.Select(f => new LocalFactorLine(0, (int)f.Id, f));
            return Result(existing ?? 0, existing is null, existing is null ? Supersession.ByImport(Factors.ActiveLocalFactors(), incoming) : [], stored: false);
        }
        using var transaction = Connection.BeginTransaction();
        var (id, isNew) = Factors.Save(set, clock.GetCurrentInstant(), transaction);
        IReadOnlyList<Supersession> supersedes = [];
        if (isNew)
        {
            var active = Factors.ActiveLocalFactors(transaction);
            supersedes = Supersession.ByImport(active.Where(l => l.SetId != id), active.Where(l => l.SetId == id));
        }
        transaction.Commit();
        return Result(id, isNew, supersedes, stored: true);

        LocalFactorImport Result(long setId, bool fresh, IReadOnlyList<Supersession> found, bool stored) =>
            new(setId, fresh, set.Factors.Count, set.Outliers ?? [], set.OutlierReason, fresh ? null : Factors.WithdrawnAt(setId), found, stored);
    }

    /// <summary>Compiles and stores a run over the newest data of the years and region; returns the run and its result.</summary>
    /// <remarks><paramref name="progress"/>, when given, hears the fraction done: 0.1 once the rows are read, up to 0.8 as sources are computed, 1 once stored.
    /// <paramref name="status"/> (final 年报 by default, or provisional 快报) and its <paramref name="statusNote"/> are stored on the run but
    /// are not part of its inputs hash: the same inputs compiled as provisional and then as final make two runs with equal
    /// hashes, each with its own status and time, so the final run is a publication of its own and a comparison of the pair
    /// shows that nothing but the status differs.</remarks>
    public (RunHeader Run, CompileResult Result) Compile(int yearFrom, int yearTo, RegionCode region, GwpSet gwp, CompileOptions options, IProgress<double>? progress = null,
        RunStatus status = RunStatus.Final, string? statusNote = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var regions = References.LoadRegions();
        var setIds = SetIdsOf(options.Edition);
        var compiler = NewCompiler(setIds, regions, gwp, options);
        var versionIds = Runs.CurrentVersionIds(yearFrom, yearTo, regions, region);
        if (versionIds.Count == 0)
        {
            throw new InvalidOperationException(Text.Format(DataStorageText.NoActivityData, region,
                yearFrom == yearTo ? yearFrom.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{yearFrom}–{yearTo}"));
        }
        // Rows are summed per source as they are read (RunStore.LoadSourceRows), not materialised as a million records first.
        var rows = Runs.LoadSourceRows(versionIds);
        // Issue 15: the deposits of the years before those compiled, for first-order decay; they make no line of this run.
        var (history, historyVersionIds) = SeriesHistory.Load(Connection, Runs, yearFrom, regions, region, FactorSets.MethodRoutes.Registry);
        progress?.Report(0.1);

        var result = compiler.Compile(rows, progress is null ? null : new Scaled(progress, 0.1, 0.8), history);
        if (result.Refusals.Count > 0)
        {
            throw new InvalidOperationException(Text.Format(DataStorageText.CompileRefused, string.Join(" | ", result.Refusals)));
        }
        // Issue 15: every greenhouse gas a line reports (HFCs, SF6 …) must have a GWP in the run's set, or its CO2e would vanish from every total.
        GwpCoverage.Check(Connection, gwp, result.Lines);
        // Activity amounts are bounded at ingest, but a factor accepted outside its plausible range (--accept-outlier) can
        // still carry a product past double's range: such a run is refused, never stored with Infinity in it.
        var broken = result.Lines.FirstOrDefault(l => l.MassTonnes is { } m && !double.IsFinite(m) || l.Co2eTonnes is { } e && !double.IsFinite(e));
        if (broken is null && !double.IsFinite(result.Lines.Sum(l => l.Co2eTonnes ?? 0) + result.Lines.Sum(l => l.MassTonnes ?? 0)))
        {
            // Every line finite but their sum not: the line of largest magnitude is the one to name (a removal, 3.B, is negative).
            broken = result.Lines.MaxBy(l => Math.Abs(l.Co2eTonnes ?? 0));
        }
        if (broken is not null)
        {
            string factors = string.Join("; ", broken.Factors.Select(f => $"{f.Parameter} {f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {f.Unit} ({f.SetKey})"));
            throw new InvalidOperationException(
                Text.Format(DataStorageText.CompileNotFinite, broken.Gas, broken.Region, broken.Year, broken.Category, broken.Activity, factors));
        }

        string optionText = $"grid={options.Grid}; grid_year={options.GridYear.Name()}; {options.ChpSplit.OptionText}; {options.Edition.OptionText()}";
        // The header claims only the years with data, not the range asked for.
        var years = Runs.YearsOf(versionIds);
        var reference = ReferenceSnapshot.Current(Connection);
        var now = clock.GetCurrentInstant();
        var header = new RunHeader(0, now, EngineVersion, gwp.Name, years[0], years[^1], region.Value, optionText,
            Runs.InputsHash([.. versionIds, .. historyVersionIds], setIds, gwp.Name, optionText, reference.Sha256, EngineVersion))
        {
            ReferenceVersionId = reference.Save(Connection, now.ToString()),
            Status = status,
            StatusNote = string.IsNullOrWhiteSpace(statusNote) ? null : statusNote.Trim(),
        };
        long runId = Runs.Save(header, result, [.. versionIds, .. historyVersionIds], setIds);
        progress?.Report(1);
        return (header with { Id = runId }, result);
    }

    /// <summary>The active factor sets that take part in a compile under <paramref name="edition"/>: all but the provincial-guideline sets of
    /// the other editions (issue 15; <see cref="GuidelineEditions.TakesPart"/>).</summary>
    public IReadOnlyList<long> SetIdsOf(GuidelineEdition edition)
    {
        var keys = Factors.ListSets().ToDictionary(f => f.Id, f => f.SetKey);
        return Factors.ActiveSetIds().Where(id => !keys.TryGetValue(id, out var key) || edition.TakesPart(key)).ToList();
    }

    /// <summary>The compiler over the factor sets <paramref name="setIds"/> and the GWP set <paramref name="gwp"/>, as <see cref="Compile"/> and
    /// <see cref="CompileUnstored"/> use it.</summary>
    /// <exception cref="ArgumentException">The sets do not give <paramref name="gwp"/> for CO2, CH4 and N2O; the other greenhouse gases (HFCs, SF6 …)
    /// are checked against the lines once compiled (<see cref="GwpCoverage"/>), so a run that reports none of them needs no value for them.</exception>
    private InventoryCompiler NewCompiler(IReadOnlyList<long> setIds, RegionTree regions, GwpSet gwp, CompileOptions options)
    {
        var gwpTable = Factors.LoadGwp(setIds);
        if (!gwpTable.Covers(gwp, Gas.Greenhouse))
        {
            throw new ArgumentException(Text.Format(DataStorageText.GwpNotLoaded, gwp, string.Join(", ", gwpTable.Sets)), nameof(gwp));
        }
        var resolver = new FactorResolver(Factors.LoadFactors(setIds), regions);
        return new InventoryCompiler(References.LoadActivities(), new CombustionContext(resolver, gwpTable, gwp, regions, options) { Methods = FactorSets.MethodRoutes.Registry });
    }

    /// <summary>Checks the activity file <paramref name="path"/> exactly as <c>ghg ingest --check</c> does (nothing stored) and, when it is clean,
    /// compiles its rows in memory with the active factor sets, GWP AR5 and the default options: no version, no run (<c>ghg budget --project</c>).</summary>
    /// <remarks>The compiled result is null when the check found issues (they are in <see cref="UnstoredCompilation.Check"/>).</remarks>
    public UnstoredCompilation CompileUnstored(string path)
    {
        var collector = new ActivityRowCollector();
        var check = Ingest(path, IngestOptions.Default with { CheckOnly = true, Replace = true, Collector = collector });
        if (check.IssueCount > 0 || check.AlreadyImportedAs is not null || collector.Records.Count == 0)
        {
            return new UnstoredCompilation(check, null, [], []);
        }
        var compiler = NewCompiler(SetIdsOf(GuidelineEdition.Provincial2011), References.LoadRegions(), GwpSet.Default, new CompileOptions());
        var result = compiler.Compile(collector.Records);
        if (result.Refusals.Count > 0)
        {
            throw new InvalidOperationException(Text.Format(DataStorageText.CompileRefused, string.Join(" | ", result.Refusals)));
        }
        GwpCoverage.Check(Connection, GwpSet.Default, result.Lines);
        return new UnstoredCompilation(check, result, collector.Records, collector.Facilities);
    }

    /// <summary>A part of a progress: 0–1 reported as <c>from</c>–<c>to</c> of the whole.</summary>
    private sealed class Scaled(IProgress<double> whole, double from, double to) : IProgress<double>
    {
        public void Report(double value) => whole.Report(from + (to - from) * value);
    }

    /// <summary>The summary of a stored run for one region and year, with the open plausibility flags on the rows it used there,
    /// its coverage, and the reconciliation of its records against the region's control totals within <paramref name="controlTolerance"/> (a share).</summary>
    /// <param name="run">The stored run.</param>
    /// <param name="region">The region reported.</param>
    /// <param name="year">The year reported.</param>
    /// <param name="controlTolerance">Tolerance of the control check, a share of the control total.</param>
    /// <param name="asCompiled">Reprint as the run was compiled (<c>--run N</c>): control totals imported after the run are not used.</param>
    public InventorySummary Summarize(RunHeader run, RegionCode region, int year, double controlTolerance = ControlReconciliation.DefaultToleranceShare, bool asCompiled = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        // An old run is summarized with the regions and categories it was compiled with, not those upserted since.
        var snapshot = ReferenceOf(run);
        var regions = snapshot?.Regions ?? References.LoadRegions();
        var summarizer = new InventorySummarizer(regions, snapshot?.Categories ?? References.LoadCategories(), isGreenhouse: ReferenceData.SubstanceKinds.IsGreenhouse,
            reportingCells: ReferenceData.ReportingCells.Bundled);
        var sources = Runs.LoadSources(run.Id, year);
        var summary = summarizer.Summarize(run.Id, region, year, new GwpSet(run.GwpSet), Runs.LoadLines(run.Id, year), sources,
            Core.Power.ChpSplit.FromOptionText(run.Options));
        return summary with
        {
            Flags = OpenFlags(run.Id).Where(f => f.Year == year && regions.IsWithin(RegionCode.Parse(f.Region), region)).ToList(),
            StaleBecause = Staleness(run, region, year),
            GridYear = GridYearPolicies.FromOptionsText(run.Options),
            Coverage = Coverage(run, regions, region, year),
            Control = ControlReconciliation.Of(regions, region, year, Controls.Current(region, year, References.LoadActivities(), asCompiled ? run.CreatedAt : null), sources, controlTolerance),
            Status = run.Status,
            StatusNote = run.StatusNote,
            Edition = Core.Factors.GuidelineEditions.FromOptionsText(run.Options),
        };
    }

    /// <summary>The socio-economic indicators of <paramref name="run"/> (its indicator sources, with file and line): GDP, indices, population … (issue 14).</summary>
    public Core.Economy.EconomicSeries Economy(RunHeader run) => new Analysis.IntensityService(this).Economy(run);

    /// <summary>Energy accounts in standard coal, CO2 for the intensity target and the scored indicators of <paramref name="region"/> and every region
    /// below it, every year of <paramref name="run"/>, intensities at the prices of <paramref name="baseYear"/> (issue 14; <see cref="Analysis.IntensityService"/>).</summary>
    public Analysis.IntensityResult Intensities(RunHeader run, RegionCode region, int baseYear, Analysis.IntensityOptions? options = null, IReadOnlyList<int>? years = null) =>
        new Analysis.IntensityService(this).Intensities(run, region, baseYear, options, years);

    /// <summary>The reference data run <paramref name="run"/> was compiled with; null for a run made before schema 4.</summary>
    public ReferenceSnapshot? ReferenceOf(RunHeader run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.ReferenceVersionId is { } id ? ReferenceSnapshot.Load(Connection, id) : null;
    }

    /// <summary>Which parts of <paramref name="region"/> run <paramref name="run"/> has data for in <paramref name="year"/>.</summary>
    public Coverage Coverage(RunHeader run, RegionCode region, int year)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Coverage(run, ReferenceOf(run)?.Regions ?? References.LoadRegions(), region, year);
    }

    /// <summary>The coverage of <paramref name="run"/> against the region tree the caller has already read for it.</summary>
    private Coverage Coverage(RunHeader run, RegionTree regions, RegionCode region, int year) =>
        Core.Reporting.Coverage.Of(regions, region, year, Runs.RegionYearsOf(run.Id).Where(ry => ry.Year == year).Select(ry => ry.Region));

    /// <summary>Why <paramref name="run"/> no longer matches the current inputs of <paramref name="region"/> (and below) in <paramref name="year"/>: data versions made current since, region-years it did not include, factor sets imported or withdrawn since. Empty while it matches.</summary>
    /// <remarks>A run is immutable and reprints as it was; this says when a newer compile would give other numbers, so an old run is never shown as if current.</remarks>
    public IReadOnlyList<string> Staleness(RunHeader run, RegionCode region, int year)
    {
        ArgumentNullException.ThrowIfNull(run);
        var regions = References.LoadRegions();
        bool Within(string code) => regions.IsWithin(RegionCode.Parse(code), region);
        // A revert has the rows of the version it points to, so versions are compared by what they hold: reverts followed.
        var versions = Data.VersionsOfYear(year).Where(v => Within(v.Region)).ToDictionary(v => v.Id);
        long Content(long id) => versions[id].Change == "revert" && versions[id].BaseId is { } target ? Content(target) : id;
        var used = Runs.VersionIdsOf(run.Id).Where(versions.ContainsKey).ToDictionary(id => versions[id].Region);
        var current = versions.Values.GroupBy(v => v.Region).Select(g => g.MaxBy(v => v.Version)).OrderBy(v => v.Region, StringComparer.Ordinal);
        var reasons = new List<string>();
        foreach (var version in current)
        {
            if (!used.TryGetValue(version.Region, out long usedId))
            {
                reasons.Add(Text.Format(DataStorageText.StaleNotIncluded, version.Region, year, version.Version, run.Id));
            }
            else if (Content(usedId) != Content(version.Id))
            {
                reasons.Add(Text.Format(DataStorageText.StaleVersion, version.Region, year, run.Id, versions[usedId].Version, version.Version));
            }
        }
        if (run.ReferenceVersionId is { } referenceId
            && ReferenceSnapshot.StoredSha256(Connection, referenceId) != ReferenceSnapshot.Current(Connection).Sha256)
        {
            reasons.Add(Text.Format(DataStorageText.StaleReference, run.Id));
        }
        var runSets = Runs.FactorSetIdsOf(run.Id).ToHashSet();
        var activeSets = SetIdsOf(GuidelineEditions.FromOptionsText(run.Options)).ToHashSet(); // the sets its edition would take now
        if (!runSets.SetEquals(activeSets))
        {
            // Named as 'ghg factors list' shows them: id, set key and file, so the user can find the set that changed.
            var names = Factors.ListSets().ToDictionary(f => f.Id, f => $"#{f.Id} {f.SetKey}" + (string.IsNullOrEmpty(f.FileName) ? "" : $" ({Path.GetFileName(f.FileName)})"));
            string Name(long id) => names.TryGetValue(id, out var name) ? name : $"#{id}";
            string added = string.Join(", ", activeSets.Except(runSets).Order().Select(Name));
            string gone = string.Join(", ", runSets.Except(activeSets).Order().Select(Name));
            reasons.Add(Text.Format(DataStorageText.StaleFactors, run.Id)
                + (added.Length > 0 ? Text.Format(DataStorageText.StaleFactorsNow, added) : "") + (gone.Length > 0 ? Text.Format(DataStorageText.StaleFactorsGone, gone) : ""));
        }
        return reasons;
    }

    /// <summary>Batches, versions, reverts and plausibility flags of the activity data (<c>ghg data</c>).</summary>
    public VersionStore Data => new(Connection, clock);

    /// <summary>The run a verb reads for a region over a set of years, and the newer runs left aside (<see cref="Analysis.RunChoiceService"/>).</summary>
    public Analysis.RunChoice ChooseRun(RegionCode region, IEnumerable<int> years, long? runId = null) => new Analysis.RunChoiceService(this).Choose(region, years, runId);

    /// <summary>Year-over-year comparison and LMDI decomposition of a run (<c>ghg compare --region --from --to</c>).</summary>
    public Analysis.ComparisonService Comparisons => new(this);

    /// <summary>The plausibility flags not yet accepted on the activity rows run <paramref name="runId"/> used.</summary>
    public IReadOnlyList<QualityFlag> OpenFlags(long runId)
    {
        return Data.OpenFlags(Runs.VersionIdsOf(runId)).Select(f => new QualityFlag(f.Id, f.Region, f.Year, f.Kind, f.Message, f.FileName, f.FileLine, f.Sheet)).ToList();
    }

    /// <summary>The lines of a run matching region (with everything below it), year, category (and below), activity and gas, with their records.</summary>
    public IReadOnlyList<LineTrace> Explain(RunHeader run, RegionCode region, int year, CategoryCode category, string? activity, Gas? gas, int recordLimit)
    {
        ArgumentNullException.ThrowIfNull(run);
        var regions = References.LoadRegions();
        var sources = Runs.LoadSources(run.Id, year).ToDictionary(s => s.Index);
        var lines = Runs.LoadLines(run.Id, year)
            .Where(l => regions.IsWithin(l.Region, region) && l.Category.IsWithin(category.Value)
                && (activity is null || l.Activity == activity) && (gas is null || l.Gas == gas))
            .ToList();
        // The records of every source in one pass (RunStore.RecordsOf), not a scan of the version per line.
        var records = Runs.RecordsOf(lines.Select(l => (long)l.SourceIndex).ToHashSet(), recordLimit);
        return lines
            .Select(l => new LineTrace(run.Id, l, sources[l.SourceIndex], records[l.SourceIndex].Records, records[l.SourceIndex].RecordCount))
            .ToList();
    }

    /// <inheritdoc/>
    public void Dispose() => Connection.Dispose();
}

/// <summary>What <c>ghg init</c> did.</summary>
/// <param name="Migrations">Migrations applied now.</param>
/// <param name="Regions">Regions loaded.</param>
/// <param name="Categories">Categories loaded.</param>
/// <param name="Activities">Activity keys loaded.</param>
/// <param name="FactorSets">Bundled factor sets checked.</param>
/// <param name="NewFactorSets">Sets stored now (new or changed).</param>
public sealed record InitReport(IReadOnlyList<string> Migrations, int Regions, int Categories, int Activities, int FactorSets, IReadOnlyList<string> NewFactorSets);
