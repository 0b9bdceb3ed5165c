using System.Globalization;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Analysis;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;
using GhgInventory.Data.Targets;

namespace GhgInventory.Data.Scenarios;

/// <summary>Builds a scenario's base state from a stored inventory run (docs/scenarios.md §3): the run and base year, one
/// <see cref="RegionBase"/> per banner below the city (and one for the city's own lines in no banner), the history of the years up to the
/// base year, the targets and budgets, and the run's GWPs.</summary>
/// <remarks>
/// Every figure is read from the run, never recomputed by another rule: energy accounts through <see cref="Workspace.Intensities"/>
/// (<see cref="EnergyAccountant"/>), gases from the run's lines, outputs from the run's source rows (t), socio-economic figures from the run's
/// indicator rows. The city's rest (its own lines, in no banner) has no indicator rows of its own: its GDP, value added, population and
/// renewable figures are the city's row less the sum of the banners' rows (the residual, so that the parts add up to the city); a residual
/// that is not positive leaves the rest without that figure, flagged.
/// </remarks>
/// <param name="workspace">The open workspace.</param>
public sealed class ScenarioBaseReader(Workspace workspace)
{
    private const string BundledTargets = "samples/ordos/targets.csv";
    private const string BundledBudgets = "samples/ordos/budgets.csv";

    // The bases this reader returned, by scenario (read again, the same base), and those it built and has not kept yet, with their keys.
    private readonly Dictionary<ScenarioDefinition, ScenarioBase> read = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ScenarioBase, string> unsaved = new(ReferenceEqualityComparer.Instance);

    /// <summary>The base of <paramref name="scenario"/>: its run (or the newest covering its base year), parts, history, targets and budgets.</summary>
    /// <exception cref="Ingestion.InputRejectedException">The targets or budgets file is refused.</exception>
    /// <exception cref="InvalidOperationException">No stored run covers the base year (the message says which run and years exist), or a
    /// line of the run fits no part of the base (its emissions would be lost).</exception>
    /// <remarks>A base built before from the same inputs (<see cref="ScenarioBaseCache.Key"/>) is read back, not built again; the same
    /// scenario read twice by this reader gives the same base.</remarks>
    public ScenarioBase Read(ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (read.TryGetValue(scenario, out var again))
        {
            return again;
        }
        var city = scenario.Region;
        var (run, baseYear) = ChooseRun(city, scenario.BaseRunId, scenario.BaseYear, scenario.BaseLocation);
        var targetsFile = (Named(scenario.TargetsPath, BundledTargets), Bytes(scenario.TargetsPath, BundledTargets));
        var budgetsFile = (Named(scenario.BudgetsPath, BundledBudgets), Bytes(scenario.BudgetsPath, BundledBudgets));
        string key = ScenarioBaseCache.Key(run, ScenarioBaseCache.RunFingerprint(workspace.Connection, run.Id), city, baseYear,
            ReferenceSnapshot.Current(workspace.Connection).Sha256, targetsFile, budgetsFile);
        var baseState = ScenarioBaseCache.Find(workspace.Connection, key);
        if (baseState is null)
        {
            baseState = Build(city, run, baseYear, targetsFile, budgetsFile);
            unsaved[baseState] = key;
        }
        read[scenario] = baseState;
        return baseState;
    }

    /// <summary>Keeps <paramref name="baseState"/>, built by this reader, so that the next read of the same inputs reads it back (a base read
    /// back, or kept already, is not written again). Called once the scenario run on it is stored: a refused scenario leaves the database as it was.</summary>
    /// <param name="baseState">A base this reader returned.</param>
    /// <param name="now">The workspace clock's instant (the row's created_at).</param>
    public void Keep(ScenarioBase baseState, NodaTime.Instant now)
    {
        ArgumentNullException.ThrowIfNull(baseState);
        if (unsaved.Remove(baseState, out var key))
        {
            ScenarioBaseCache.Save(workspace.Connection, key, baseState, now);
        }
    }

    /// <summary>Builds the base from the run (<see cref="Read"/> without the kept bases).</summary>
    private ScenarioBase Build(RegionCode city, RunHeader run, int baseYear, (string Name, byte[] Bytes) targetsFile, (string Name, byte[] Bytes) budgetsFile)
    {
        var regions = workspace.ReferenceOf(run)?.Regions ?? workspace.References.LoadRegions();
        bool Within(RegionCode code) => regions.Contains(code) && regions.IsWithin(code, city);
        var targets = TargetFile.Read(targetsFile.Name, targetsFile.Bytes, regions).Where(t => Within(t.Region)).ToList();
        var budgets = BudgetFile.Read(budgetsFile.Name, budgetsFile.Bytes, regions).Where(b => Within(b.Region)).ToList();

        // One computation of the accounts and points: at the constant prices of the targets' (earliest) base year, over the targets' base
        // years within the run, 2020 (the base of the new-renewables rule) and the base year (docs/scenarios.md §3, history).
        var targetBases = targets.Select(t => t.BaseYear).Where(y => y >= run.YearFrom && y <= baseYear).Distinct().ToList();
        int priceBase = targetBases.Count > 0 ? targetBases.Min() : baseYear;
        var asked = targetBases.Append(baseYear).Concat(RenewableBaseYear >= run.YearFrom && RenewableBaseYear < baseYear ? [RenewableBaseYear] : [])
            .Distinct().Order().ToList();
        var intensity = workspace.Intensities(run, city, priceBase, years: asked);
        var economy = intensity.Economy;
        // GDP and value added at the constant prices of the price base (the scorecard's): the projected intensities are then divided by
        // the same GDP as the targets' base values in the history, so a target reads a change in volume, not in prices. Population and
        // capacities are amounts without a price.
        (double? Value, LineText? Why) Economic(EconomicSeries series, RegionCode region, string key)
        {
            if (IndicatorKeys.IndexOf(key) is null)
            {
                return (series.Number(region, baseYear, key), null);
            }
            var constant = series.AtConstantPrices(region, baseYear, priceBase, key);
            return (constant.Yuan, constant.Missing);
        }
        var lines = workspace.Runs.LoadLines(run.Id, baseYear);
        var sources = workspace.Runs.LoadSources(run.Id, baseYear);
        var setIds = workspace.Runs.FactorSetIdsOf(run.Id);
        var gwp = Gwp(new GwpSet(run.GwpSet), workspace.Factors.LoadGwp(setIds));

        var activities = workspace.References.LoadActivities();
        var banners = regions.ChildrenOf(city).Select(r => r.Code).OrderBy(c => c.Value, StringComparer.Ordinal)
            .Where(b => lines.Any(l => regions.IsWithin(l.Region, b))).ToList();
        var parts = new List<RegionBase>();
        var names = new Dictionary<RegionCode, LineText>();
        foreach (var banner in banners)
        {
            var account = intensity.Account(banner, baseYear)!;
            var co2 = intensity.Co2.First(c => c.Region == banner && c.Year == baseYear).EnergyCo2Tonnes;
            names[banner] = Name(regions[banner]);
            parts.Add(Part(banner, false, names[banner], baseYear, account, co2, activities, lines.Where(l => regions.IsWithin(l.Region, banner)).ToList(),
                sources.Where(s => regions.IsWithin(s.Region, banner)).ToList(), key => Economic(economy, banner, key)));
        }
        var ownLines = lines.Where(l => l.Region == city).ToList();
        if (ownLines.Count > 0)
        {
            var own = sources.Where(s => s.Region == city).ToList();
            var flags = new List<LineText>();
            var rest = Residuals(economy, regions, city, [baseYear, priceBase], banners, flags);
            var factors = new FactorResolver(workspace.Factors.LoadFactors(setIds), regions);
            var territorial = ownLines.Where(l => l.Scope == EmissionScope.Territorial).ToList();
            var bridge = InventorySummarizer.Bridge(GasTotals.Of(territorial), ownLines, own, Core.Power.ChpSplit.FromOptionText(run.Options));
            var account = EnergyAccountant.Build(city, baseYear, intensity.Options.Basis, regions, own, ownLines, activities,
                factors, bridge.GenerationMissing ? null : bridge.GenerationKwh, bridge.ConsumptionKwh, rest);
            // The energy CO2 for the target (EnergyAccountant.Co2): territorial CO2 of 1.A with a figure.
            double co2 = territorial.Where(l => l.Gas == Gas.CO2 && l.Category.IsWithin("1.A")).Sum(l => l.MassTonnes ?? 0);
            var name = Say(nameof(ScenarioBaseText.CityRest), Name(regions[city]));
            var part = Part(city, true, name, baseYear, account, co2, activities, ownLines, own, key => Economic(rest, city, key));
            parts.Add(part with { Flags = [.. flags, .. part.Flags] });
            names[city] = name;
        }

        var history = History(run, city, baseYear, regions, banners, names, parts, intensity.Points);
        return new ScenarioBase(city, run.Id, run.InputsSha256, baseYear, gwp, parts, history, targets, budgets) { PriceBaseYear = priceBase };
    }

    /// <summary>The year of the renewable base of the 2022 rule on new renewables (EnergyAccount.RenewableElectricityBaseKwh).</summary>
    private const int RenewableBaseYear = 2020;

    /// <summary>The run and base year: the run named (its newest year, or the base year asked when it covers it), else the newest run whose
    /// region contains the city and which covers the base year asked (or the newest run of the city, its newest year).</summary>
    /// <remarks>A run or year the file names (<paramref name="where"/>, its location) that is not stored is refused there
    /// (<see cref="Ingestion.InputRejectedException"/>); one named otherwise (a test, an option) with <see cref="InvalidOperationException"/>.</remarks>
    private (RunHeader Run, int BaseYear) ChooseRun(RegionCode city, long? runId, int? baseYear, string? where)
    {
        Exception Refused(string message) => where is null ? new InvalidOperationException(message)
            : new Ingestion.InputRejectedException($"{where}: {message} {Now(nameof(ScenarioBaseText.NoRunHint))}");
        var regions = workspace.References.LoadRegions();
        var all = workspace.Runs.List();
        string Listed() => all.Count == 0 ? Now(nameof(ScenarioBaseText.NoRuns))
            : string.Join("; ", all.Select(r => Now(nameof(ScenarioBaseText.RunItem), r.Id, r.RegionCode, r.YearFrom, r.YearTo)));
        bool Contains(RunHeader r) => RegionCode.TryParse(r.RegionCode, out var code) && regions.Contains(code) && regions.Contains(city)
            && regions.IsWithin(city, code);
        if (runId is { } id)
        {
            var named = workspace.Runs.Find(id) ?? throw Refused(Now(nameof(ScenarioBaseText.RunMissing), id, Listed()));
            int year = baseYear ?? named.YearTo;
            return Contains(named) && year >= named.YearFrom && year <= named.YearTo
                ? (named, year)
                : throw Refused(Now(nameof(ScenarioBaseText.RunNotCovering), id, named.RegionCode, named.YearFrom, named.YearTo,
                    city, year, Listed()));
        }
        if (baseYear is { } asked)
        {
            return workspace.ChooseRun(city, [asked]).Run is { } chosen ? (chosen, asked)
                : throw Refused(Now(nameof(ScenarioBaseText.NoRunCovering), city, Now(nameof(ScenarioBaseText.InYear), asked), Listed()));
        }
        // Runs are listed newest first (RunStore.List): the newest run of the city, and its newest year.
        return all.FirstOrDefault(Contains) is { } newest ? (newest, newest.YearTo)
            : throw new InvalidOperationException(Now(nameof(ScenarioBaseText.NoRunCovering), city, "", Listed()) + " " + Now(nameof(ScenarioBaseText.NoRunHint)));
    }

    /// <summary>One part of the city in the base year, from its account, lines and sources.</summary>
    private static RegionBase Part(RegionCode region, bool isRest, LineText name, int year, EnergyAccount account, double energyCo2,
        IReadOnlyDictionary<string, ActivityDefinition> activities,
        IReadOnlyList<EmissionLine> lines, IReadOnlyList<EmissionSource> sources, Func<string, (double? Value, LineText? Why)> indicator)
    {
        var flags = new List<LineText>();
        var territorial = lines.Where(l => l.Scope == EmissionScope.Territorial).ToList();

        // Energy sectors (docs/scenarios.md §3): fuel by group from the account's cells, gases from the lines, electricity from the final-use cells.
        var sectors = Enum.GetValues<Slot>().ToDictionary(s => s, _ => new SectorSum());
        foreach (var cell in account.Cells)
        {
            if (cell.Use == FuelUse.Feedstock || SlotOf(cell.Category, cell.Use) is not { } slot)
            {
                continue; // feedstock is the account's FeedstockTce, not a sector's fuel
            }
            sectors[slot].Fuel(GroupOf(cell.Activity), cell.EnergyTce ?? 0);
        }
        foreach (var cell in account.FinalUseCells.Where(c => c.Activity == EnergyAccountant.Electricity && c.Use != FuelUse.Autoproducer))
        {
            if (SlotOf(cell.Category, cell.Use) is { } slot && slot is Slot.Industry or Slot.Transport or Slot.Buildings && account.ElectricityTcePerKwh > 0)
            {
                sectors[slot].ElectricityKwh += (cell.EnergyTce ?? 0) / account.ElectricityTcePerKwh;
            }
        }
        var blocks = new Dictionary<BlockKind, BlockSum>();
        foreach (var line in territorial)
        {
            if (SlotOf(line.Category, line.Use) is { } slot)
            {
                sectors[slot].Add(line);
            }
            else
            {
                var kind = KindOf(line.Category) ?? throw new InvalidOperationException(Now(nameof(ScenarioBaseText.CategoryUnmapped), line.Category, name, year));
                (blocks.TryGetValue(kind, out var sum) ? sum : blocks[kind] = new BlockSum()).Add(line);
            }
        }
        foreach (var other in territorial.Where(l => l.Activity == "other_energy" && SlotOf(l.Category, l.Use) is not null).Select(l => l.Category).Distinct())
        {
            flags.Add(Say(nameof(ScenarioBaseText.OtherEnergyWithOil), name, year, other.ToString()));
        }

        // Lines without a number (NE, C), one flag per category, gas and key.
        foreach (var g in territorial.Where(l => l.MassTonnes is null && l.Notation is NotationKey.NE or NotationKey.C)
            .GroupBy(l => (Category: l.Category.ToString(), l.Gas, Key: l.Notation!.Value)).OrderBy(g => g.Key.Category, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Gas.Code, StringComparer.Ordinal))
        {
            flags.Add(Say(nameof(ScenarioBaseText.LinesWithoutNumber), name, year, g.Count(), g.Key.Gas.Code, Activities(g, activities), g.Key.Category,
                g.Key.Key.ToString()));
        }
        if (account.GrossLowerBoundBecause.Count > 0)
        {
            flags.Add(Say(nameof(ScenarioBaseText.AccountLowerBound), name, year, LineText.Join("; ", account.GrossLowerBoundBecause)));
        }
        if (account.GenerationKwh is null)
        {
            flags.Add(Say(nameof(ScenarioBaseText.GenerationUnknown), name, year));
        }

        double Economic(string key, string missingText)
        {
            var (value, why) = indicator(key);
            if (value is { } v && v > 0)
            {
                return v;
            }
            if (why is not null)
            {
                flags.Add(why); // no figure at the price base's prices: the reason names the missing value or volume-index link
            }
            else if (missingText.Length > 0)
            {
                flags.Add(Say(missingText, name, year));
            }
            return 0;
        }
        double gdp = Economic(IndicatorKeys.Gdp, nameof(ScenarioBaseText.NoGdp));
        double population = Economic(IndicatorKeys.Population, nameof(ScenarioBaseText.NoPopulation));
        double va1 = Economic(IndicatorKeys.ValueAddedPrimary, ""), va2 = Economic(IndicatorKeys.ValueAddedSecondary, ""),
            va3 = Economic(IndicatorKeys.ValueAddedTertiary, "");
        // 工业增加值 (the scorecard's divisor of industry_energy_intensity), not the secondary industry's value added, which holds construction.
        double vaIndustry = Economic(IndicatorKeys.ValueAddedIndustry, "");
        // The indicator's base unit is kW (IntensityCalculator: renewable_capacity / 10^6 = GW).
        double? capacityGw = indicator(IndicatorKeys.RenewableCapacity).Value / 1e6;

        var outputs = new ProductOutputs(
            Output(sources, s => s.Category.IsWithin("2.C.1") && s.Activity.StartsWith("steel_", StringComparison.Ordinal), BlockKind.Steel, "Product_steel"),
            Output(sources, s => s.Category.IsWithin("2.C.2") && s.BaseUnit == "t", BlockKind.Ferroalloy, "Product_ferroalloy"),
            Output(sources, s => s.Category.IsWithin("1.A.1.c.i") && s.Activity == "coke" && s.Use == FuelUse.Output, null, "Product_coke"),
            Output(sources, s => s.Category.IsWithin("1.B.1.a") && s.Activity.StartsWith("coal_mined_", StringComparison.Ordinal), BlockKind.FugitiveCoal, "Product_coal"));
        double? Output(IReadOnlyList<EmissionSource> all, Func<EmissionSource, bool> rows, BlockKind? block, string product)
        {
            // A row under NO, NA or IE (or beside numbers) produces nothing; NE or C on a row or a part of it makes the output unknown.
            var found = all.Where(rows).ToList();
            var key = found.Select(s => s.Notation is NotationKey.NE or NotationKey.C ? s.Notation : s.PartNotation is NotationKey.NE or NotationKey.C ? s.PartNotation : null)
                .FirstOrDefault(k => k is not null);
            var numbers = found.Where(s => s.Notation is null).ToList();
            bool hasEmissions = block is { } b ? blocks.TryGetValue(b, out var sum) && sum.Co2e != 0 : sectors[Slot.CokeMaking].Any;
            if (numbers.Count > 0 && key is null)
            {
                return numbers.Sum(s => s.ActivityBase);
            }
            if (hasEmissions)
            {
                flags.Add(Say(nameof(ScenarioBaseText.OutputUnknown), name, Say(product), year,
                    key is { } k ? LineText.Verbatim(k.ToString()) : Say(nameof(ScenarioBaseText.NoOutputRow))));
            }
            return null;
        }

        double coalTce = account.CoalTce + Math.Min(0, account.NetImportTce ?? 0); // IntensityCalculator: net export deducted from coal
        var accountBase = new EnergyAccountBase(account.GrossTce, account.FossilTce, coalTce, account.NonFossilTce, account.FeedstockTce,
            account.FinalTce, account.ElectricityTcePerKwh > 0 ? account.FinalUseCells.Where(c => c.Activity == EnergyAccountant.Electricity
                && EnergyAccountant.IsFinal(c)).Sum(c => c.EnergyTce ?? 0) / account.ElectricityTcePerKwh : 0,
            IndustryTce(account), account.NetImportKwh ?? 0, account.ElectricityTcePerKwh, account.CalorificTcePerKwh, account.RenewableElectricityKwh,
            account.RenewableElectricityBaseKwh, energyCo2);
        var order = Enum.GetValues<BlockKind>();
        return new RegionBase(region, isRest, gdp, va1, va2, va3, population,
            sectors[Slot.Industry].Base(true), sectors[Slot.Transport].Base(true), sectors[Slot.Buildings].Base(true), sectors[Slot.Power].Base(false),
            account.GenerationKwh ?? 0, sectors[Slot.CokeMaking].Base(false), sectors[Slot.OtherEnergy].Base(false), account.ConsumptionKwh, capacityGw,
            accountBase, outputs, order.Where(blocks.ContainsKey).Select(k => blocks[k].Base(k)).ToList(), flags)
        {
            // Known (the city's rest may hold a residual of 0) or null when the part has no such row at the price base's prices.
            VaIndustryYuan = indicator(IndicatorKeys.ValueAddedIndustry).Value is not null ? vaIndustry : null,
        };
    }

    /// <summary>Industrial energy, tce, as IntensityCalculator.IndustryTce computes it: gross less the fuels, electricity and heat of 1.A.3–1.A.5;
    /// null when one of those has no figure.</summary>
    private static double? IndustryTce(EnergyAccount account)
    {
        static bool NonIndustry(EnergyCell c) => EnergyAccount.Sector(c.Category) is "1.A.3" or "1.A.4" or "1.A.5";
        var nonIndustry = account.Cells.Where(NonIndustry).Concat(account.FinalUseCells.Where(NonIndustry)).ToList();
        return nonIndustry.Any(c => c.EnergyTce is null) ? null : account.GrossTce - nonIndustry.Sum(c => c.EnergyTce!.Value);
    }

    /// <summary>The activities of a group of lines by their names in either language (the key only for an activity the vocabulary does not name).</summary>
    private static LineText Activities(IEnumerable<EmissionLine> lines, IReadOnlyDictionary<string, ActivityDefinition> activities)
    {
        var keys = lines.Select(l => l.Activity).Distinct().Order(StringComparer.Ordinal).ToList();
        string Names(Func<ActivityDefinition, string> name) =>
            string.Join(", ", keys.Select(k => activities.TryGetValue(k, out var a) && name(a).Length > 0 ? name(a) : k));
        return LineText.Term(Names(a => a.NameEn), Names(a => a.NameZh));
    }

    /// <summary>The energy sectors of the base (docs/scenarios.md §3).</summary>
    private enum Slot
    {
        Power,
        CokeMaking,
        OtherEnergy,
        Industry,
        Transport,
        Buildings,
    }

    /// <summary>The energy sector of a cell or line: 1.A.1.a and every autoproducer → power; 1.A.1.c.i → coke making; the rest of 1.A.1 →
    /// other energy industries; 1.A.2 industry; 1.A.3 transport; 1.A.4 and 1.A.5 buildings; null outside 1.A. International bunkers and the CO2
    /// of biomass are memo lines (never territorial) and biomass and bunkers have no cells (EnergyAccountant), so they stay out.</summary>
    private static Slot? SlotOf(CategoryCode category, FuelUse use) =>
        !category.IsWithin("1.A") ? null
        : use == FuelUse.Autoproducer || category.IsWithin("1.A.1.a") ? Slot.Power
        : category.IsWithin("1.A.1.c.i") ? Slot.CokeMaking
        : category.IsWithin("1.A.1") ? Slot.OtherEnergy
        : category.IsWithin("1.A.2") ? Slot.Industry
        : category.IsWithin("1.A.3") ? Slot.Transport
        : category.IsWithin("1.A.4") || category.IsWithin("1.A.5") ? Slot.Buildings
        : null;

    /// <summary>The non-energy block of a category (docs/scenarios.md §3); 2.C.3–2.C.7 (other metals) go with other IPPU; null when none fits.</summary>
    private static BlockKind? KindOf(CategoryCode c) =>
        c.IsWithin("1.B.1") ? BlockKind.FugitiveCoal
        : c.IsWithin("1.B.2") ? BlockKind.FugitiveOilGas
        : c.IsWithin("2.C.1") ? BlockKind.Steel
        : c.IsWithin("2.C.2") ? BlockKind.Ferroalloy
        : c.IsWithin("2.B.8") || c.IsWithin("2.B.10") ? BlockKind.CoalChemical
        : c.IsWithin("2.B") ? BlockKind.OtherChemical
        : c.IsWithin("2.A") ? BlockKind.Minerals
        : c.IsWithin("2.C") || c.IsWithin("2.D") || c.IsWithin("2.E") || c.IsWithin("2.F") || c.IsWithin("2.G") || c.IsWithin("2.H") ? BlockKind.OtherIppu
        : c.IsWithin("3.A") || c.IsWithin("3.C") || c.IsWithin("3.D") ? BlockKind.Agriculture
        : c.IsWithin("3.B") ? BlockKind.Lulucf
        : c.IsWithin("4") ? BlockKind.Waste
        : null;

    /// <summary>The fuel group: coal and coal products (<see cref="EnergyAccountant.IsCoalGroup"/>), gases (natural gas, LNG, refinery gas, as the
    /// frame's <see cref="FuelAmounts"/> counts them), oil products (the rest; other_energy too, flagged).</summary>
    private static int GroupOf(string activity) =>
        EnergyAccountant.IsCoalGroup(activity) ? 0 : activity is "natural_gas" or "lng" or "refinery_gas" ? 2 : 1;

    /// <summary>A sector's sums while the part is read.</summary>
    private sealed class SectorSum
    {
        private readonly double[] fuel = new double[3];
        private readonly double[] co2 = new double[3];
        private double ch4;
        private double n2o;

        public double ElectricityKwh { get; set; }

        public bool Any { get; private set; }

        public void Fuel(int group, double tce)
        {
            fuel[group] += tce;
            Any = true;
        }

        public void Add(EmissionLine line)
        {
            double t = line.MassTonnes ?? 0;
            if (line.Gas == Gas.CO2)
            {
                co2[GroupOf(line.Activity)] += t;
            }
            else if (line.Gas == Gas.CH4)
            {
                ch4 += t;
                nonCo2Co2e += line.Co2eTonnes ?? 0;
            }
            else if (line.Gas == Gas.N2O)
            {
                n2o += t;
                nonCo2Co2e += line.Co2eTonnes ?? 0;
            }
            Any = true;
        }

        // The lines' own CO2e of CH4 and N2O: under AR6 biomass CH4 (1.A.4.b) is priced at 27.0, not the fossil 29.8 (issue 16 review).
        private double nonCo2Co2e;

        public SectorBase Base(bool finalUse) => new(new FuelAmounts(fuel[0], fuel[1], fuel[2]), new FuelAmounts(co2[0], co2[1], co2[2]), ch4, n2o,
            finalUse ? ElectricityKwh : 0) { NonCo2Co2eTonnes = nonCo2Co2e };
    }

    /// <summary>A block's sums while the part is read.</summary>
    private sealed class BlockSum
    {
        private double co2;
        private double ch4;
        private double n2o;

        public double Co2e { get; private set; }

        public void Add(EmissionLine line)
        {
            double t = line.MassTonnes ?? 0;
            if (line.Gas == Gas.CO2)
            {
                co2 += t;
            }
            else if (line.Gas == Gas.CH4)
            {
                ch4 += t;
            }
            else if (line.Gas == Gas.N2O)
            {
                n2o += t;
            }
            Co2e += line.Co2eTonnes ?? 0;
        }

        public BlockBase Base(BlockKind kind) => new(kind, co2, ch4, n2o, Co2e);
    }

    /// <summary>The city's own indicator rows less the banners' (each banner's own row, else the sum of the regions below it), every year and key
    /// the series holds for the city: the figures of the city's rest. A residual that is not positive is 0; one without the city's figure is left
    /// out; one below 0 in the base year (the banners report more than the city) is flagged.</summary>
    private static EconomicSeries Residuals(EconomicSeries economy, RegionTree regions, RegionCode city, IReadOnlyCollection<int> flaggedYears,
        IReadOnlyList<RegionCode> banners, List<LineText> flags)
    {
        var values = new List<IndicatorValue>();
        foreach (var own in economy.Values.Where(v => v.Region == city && v.BaseValue is not null).OrderBy(v => v.Year).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            if (own.Key.EndsWith("_index", StringComparison.Ordinal))
            {
                values.Add(own); // a volume index is no amount: the city's own index stands for its rest
                continue;
            }
            double bannersSum = banners.Sum(b => Sum(economy, regions, b, own.Year, own.Key) ?? 0);
            double residual = own.BaseValue!.Value - bannersSum;
            // A residual of 0 or less is 0 (the banners report all of the city, or a little more): left out, it would make the city's sum of
            // its parts unknown (a city capacity of NaN) for a rounding difference; below 0 in the base year or the price base year (the
            // constant prices of the rest's GDP are anchored there) it is flagged.
            values.Add(own with { BaseValue = Math.Max(residual, 0) });
            if (residual < 0 && flaggedYears.Contains(own.Year) && Word(own.Key) is { } word)
            {
                flags.Add(Say(nameof(ScenarioBaseText.ResidualNotPositive), word, Say(nameof(ScenarioBaseText.CityRest), Name(regions[city])), own.Year,
                    Number(own.BaseValue!.Value), Number(bannersSum), Number(residual), Say("Unit_" + own.Key)));
            }
        }
        return new EconomicSeries(values);
    }

    /// <summary>A region's own indicator row, else the sum of those below it (EnergyAccountant.Sum).</summary>
    private static double? Sum(EconomicSeries economy, RegionTree regions, RegionCode region, int year, string key)
    {
        if (economy.Number(region, year, key) is { } own)
        {
            return own;
        }
        var below = regions.ChildrenOf(region).Select(c => Sum(economy, regions, c.Code, year, key)).Where(v => v is not null).ToList();
        return below.Count > 0 ? below.Sum() : null;
    }

    /// <summary>The word of an indicator key in the flags, or null for keys the base does not name.</summary>
    private static LineText? Word(string key) =>
        ScenarioBaseText.ResourceManager.GetString("Word_" + key, CultureInfo.InvariantCulture) is null ? null : Say("Word_" + key);

    /// <summary>The history of the run up to the base year: territorial CO2 and CO2e excluding LULUCF of the city and every banner, and the
    /// indicator points of the targets' base years and the base year at the prices of the earliest target base year.</summary>
    private ScenarioHistory History(RunHeader run, RegionCode city, int baseYear, RegionTree regions, IReadOnlyList<RegionCode> banners,
        Dictionary<RegionCode, LineText> names, List<RegionBase> parts, IReadOnlyList<IndicatorPoint> points)
    {
        var co2 = new Dictionary<(RegionCode Region, int Year), double>();
        var co2e = new Dictionary<(RegionCode Region, int Year), double>();
        var incomplete = new Dictionary<RegionCode, List<int>>();
        // The part of each line's region: its banner, or the city for the city's own lines; regions outside the city are left out.
        var partOf = new Dictionary<RegionCode, RegionCode?>();
        RegionCode? PartOf(RegionCode region)
        {
            if (!partOf.TryGetValue(region, out var part))
            {
                part = !regions.Contains(region) || !regions.IsWithin(region, city) ? null
                    : banners.FirstOrDefault(b => regions.IsWithin(region, b)) is { Value: not null } banner ? banner : city;
                partOf[region] = part;
            }
            return part;
        }
        void Add(Dictionary<(RegionCode Region, int Year), double> totals, RegionCode region, int year, double tonnes) =>
            totals[(region, year)] = totals.GetValueOrDefault((region, year)) + tonnes;
        foreach (var line in HistoryLines.Load(workspace.Connection, run.Id, run.YearFrom, baseYear))
        {
            if (RemovalCategories.Lulucf.Allows(line.Category) || PartOf(line.Region) is not { } part)
            {
                continue;
            }
            // Sums as GasTotals.Of sums them: the lines with a number; a line under NE or C makes the year's figure a lower bound, flagged.
            foreach (var region in part == city ? [city] : new[] { part, city })
            {
                Add(co2, region, line.Year, line.Gas == Gas.CO2 ? line.MassTonnes ?? 0 : 0);
                Add(co2e, region, line.Year, line.Co2eTonnes ?? 0);
            }
            if (line.MassTonnes is null && line.Notation is NotationKey.NE or NotationKey.C
                && !(incomplete.TryGetValue(part, out var list) ? list : incomplete[part] = []).Contains(line.Year))
            {
                incomplete[part].Add(line.Year);
            }
        }
        for (int i = 0; i < parts.Count; i++)
        {
            if (incomplete.TryGetValue(parts[i].Region, out var years))
            {
                parts[i] = parts[i] with
                {
                    Flags = [.. parts[i].Flags, Say(nameof(ScenarioBaseText.HistoryIncomplete), names[parts[i].Region], string.Join(", ", years))],
                };
            }
        }
        // Points of the base year at the targets' price base; the other years' points are the targets' base years (IntensityService computed
        // no other year). Points of regions below a banner (parks) are kept: targets may name them.
        return new ScenarioHistory(co2, co2e, points.Where(p => p.Year <= baseYear).ToList());
    }

    /// <summary>The run's GWPs of fossil CH4 and of N2O (the set's value for fossil CH4 where it has one, AR6 Table 7.15).</summary>
    private static ScenarioGwp Gwp(GwpSet set, GwpTable table)
    {
        var ch4 = table.For(set, Gas.CH4, CarbonOrigin.Fossil) ?? table.Get(set, Gas.CH4);
        return new ScenarioGwp(set.Name, ch4.Value, table.Get(set, Gas.N2O).Value);
    }

    private static string Named(string? path, string bundled) => path ?? bundled;

    private static byte[] Bytes(string? path, string bundled) => path is null ? BundledData.ReadAllBytes(bundled) : File.ReadAllBytes(path);

    /// <summary>A region as a reader sees it: its name in the reader's language and its code in brackets.</summary>
    private static LineText Name(Region region) => LineText.Term($"{region.NameEn} ({region.Code})", $"{region.NameZh}（{region.Code}）");

    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>The text <paramref name="key"/> of Resources/ScenarioBaseText in both languages (as Core's ResourceSay builds sector texts).</summary>
    private static LineText Say(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    /// <summary>The text <paramref name="key"/> in the current UI culture, for a refusal shown at once.</summary>
    private static string Now(string key, params object?[] args) => Render(key, CultureInfo.CurrentUICulture, args);

    private static string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = ScenarioBaseText.ResourceManager.GetString(key, culture) ?? key;
        return Text.Format(format, args.Select(a => a is LineText t ? t.Render() : a).ToArray());
    }
}
