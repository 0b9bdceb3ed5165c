using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Energy;

/// <summary>Builds a region's <see cref="EnergyAccount"/> from a run's sources and factor sets, and the CO2 for its intensity target.</summary>
/// <remarks>Each fuel source becomes an <see cref="EnergyCell"/>: activity (base unit) × GB/T 2589 <c>coal_equivalent</c> (engine unit tce per
/// base unit), the region's or year's local coefficient first (the resolver's order). A source under a notation key, or a fuel without a
/// coefficient, gets no energy and makes every total a lower bound, named; never 0.</remarks>
public static class EnergyAccountant
{
    /// <summary>The activity key of electricity used.</summary>
    public const string Electricity = "electricity";

    /// <summary>The activity key of heat used.</summary>
    public const string Heat = "heat";

    /// <summary>The keys of coal and coal products (煤炭 in 能源消费构成).</summary>
    private static readonly HashSet<string> CoalGroup = new(StringComparer.Ordinal)
    {
        "raw_coal", "cleaned_coal", "other_washed_coal", "briquettes", "gangue", "coke", "coke_oven_gas", "blast_furnace_gas",
        "converter_gas", "other_gas", "other_coking_products",
    };

    /// <summary>True for coal and its products (the numerator of the coal share).</summary>
    public static bool IsCoalGroup(string activity) => CoalGroup.Contains(activity);

    /// <summary>True when a cell is final energy consumption: not burnt in a power or heat plant (1.A.1.a), an autoproducer or a transformation, not an output.</summary>
    public static bool IsFinal(EnergyCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Use is FuelUse.Combustion or FuelUse.Feedstock && !cell.Category.ToString().StartsWith("1.A.1.a", StringComparison.Ordinal);
    }

    /// <summary>The energy account of <paramref name="region"/> (and every region below it) in <paramref name="year"/>.</summary>
    /// <param name="region">The region.</param>
    /// <param name="year">The year.</param>
    /// <param name="basis">How electricity is converted.</param>
    /// <param name="regions">The run's region tree.</param>
    /// <param name="sources">The run's sources of the year (every region; others are skipped).</param>
    /// <param name="lines">The run's lines of the year: the territorial CO2 of each cell.</param>
    /// <param name="activities">The activity vocabulary (kind fuel, secondary, output, indicator).</param>
    /// <param name="factors">A resolver over the run's factor sets.</param>
    /// <param name="generationKwh">Electricity generated in the region (the run's bridge), kWh; null when unknown.</param>
    /// <param name="consumptionKwh">Electricity used in the region (the run's bridge), kWh.</param>
    /// <param name="indicators">The socio-economic indicators of the run (renewable electricity, green certificates, other non-fossil energy).</param>
    public static EnergyAccount Build(RegionCode region, int year, ElectricityBasis basis, RegionTree regions, IEnumerable<EmissionSource> sources,
        IEnumerable<EmissionLine> lines, IReadOnlyDictionary<string, ActivityDefinition> activities, FactorResolver factors,
        double? generationKwh, double consumptionKwh, EconomicSeries indicators)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(indicators);
        var notes = new List<LineText>();
        var incomplete = new List<LineText>();
        var sector = CategoryCode.Parse("1.A");
        double calorific = Calorific(region, year, sector, factors) ?? double.NaN;
        double perKwh = basis == ElectricityBasis.Calorific ? calorific : CoalRate(region, year, sector, factors, notes) ?? double.NaN;
        if (double.IsNaN(perKwh) || double.IsNaN(calorific))
        {
            incomplete.Add(SectorSay.Energy.Text(basis == ElectricityBasis.Calorific || double.IsNaN(calorific) ? "NoElectricityCoefficient" : "NoPowerCoalRate", year));
            perKwh = double.IsNaN(perKwh) ? 0 : perKwh;
            calorific = double.IsNaN(calorific) ? 0 : calorific;
        }
        var co2BySource = lines
            .Where(l => l.Year == year && l.Scope == EmissionScope.Territorial && l.Gas == Gas.CO2)
            .GroupBy(l => l.SourceIndex)
            .ToDictionary(g => g.Key, g => g.Any(l => l.Notation is not null && l.MassTonnes is null) ? (double?)null : g.Sum(l => l.MassTonnes ?? 0));
        // The NCV each source's combustion line applied (GJ per base unit): the same figure converts it to standard coal when there is no coefficient.
        var ncvBySource = lines
            .Where(l => l.Year == year)
            .SelectMany(l => l.Factors.Where(f => f.Parameter == Parameters.Ncv).Select(f => (l.SourceIndex, f.EngineValue)))
            .GroupBy(p => p.SourceIndex)
            .ToDictionary(g => g.Key, g => (double?)g.First().EngineValue);
        var byCalorificValue = new HashSet<string>(StringComparer.Ordinal);
        var cells = new List<EnergyCell>();
        var finalUse = new List<EnergyCell>();
        foreach (var source in sources)
        {
            if (source.Year != year || !regions.IsWithin(source.Region, region) || !activities.TryGetValue(source.Activity, out var activity))
            {
                continue;
            }
            if (activity.Kind == ActivityKind.Secondary)
            {
                double? tce = source.Notation is not null ? null
                    : source.Activity == Electricity ? source.ActivityBase / Unit.GigajoulesPerKilowattHour * perKwh
                    : Coefficient(source, activity, factors) is { } heat ? source.ActivityBase * heat : null;
                finalUse.Add(new EnergyCell(source.Region, year, source.Category, source.Activity, source.Use, tce, source.Notation is null ? 0 : null));
                continue;
            }
            if (activity.Kind != ActivityKind.Fuel)
            {
                continue;
            }
            if (Accounting.MemoItems.IsBiomass(source.Activity) || Accounting.MemoItems.IsBunker(source.Category))
            {
                // Issue 15: biomass is no fossil energy, and international bunkers are outside the region's consumption (memo items of
                // the inventory, IPCC 2006 Vol. 2 Ch. 3.5/3.6); neither enters the standard-coal accounts.
                continue;
            }
            double? energy = null;
            var cellBasis = CoefficientBasis.None;
            if (source.Notation is null && Coefficient(source, activity, factors) is { } perUnit)
            {
                energy = source.ActivityBase * perUnit * (source.Use == FuelUse.Output ? -1 : 1);
                cellBasis = CoefficientBasis.Coefficient;
            }
            else if (source.Notation is null && (ncvBySource.GetValueOrDefault(source.Index) ?? Ncv(source, activity, factors)) is { } gjPerUnit)
            {
                // GB/T 2589: standard coal is energy of 29 307 kJ/kgce, so a fuel without an Appendix A coefficient converts by its NCV.
                energy = source.ActivityBase * gjPerUnit / Unit.GigajoulesPerTce * (source.Use == FuelUse.Output ? -1 : 1);
                cellBasis = CoefficientBasis.CalorificValue;
                if (byCalorificValue.Add(source.Activity))
                {
                    notes.Add(SectorSay.Energy.Text("ByCalorificValue", FuelName(activity)));
                }
            }
            if (source.PartNotation is { } part)
            {
                incomplete.Add(SectorSay.Energy.Text("CellPartNotation", FuelName(activity), source.Category.ToString(), source.Region.ToString(), part.ToString()));
            }
            double? co2 = source.Use == FuelUse.Output ? 0 : co2BySource.GetValueOrDefault(source.Index, source.Notation is null ? 0 : null);
            if (energy is null)
            {
                incomplete.Add(source.Notation is { } key
                    ? SectorSay.Energy.Text("CellUnderNotation", FuelName(activity), source.Category.ToString(), source.Region.ToString(), key.ToString())
                    : SectorSay.Energy.Text("CellWithoutCoefficient", FuelName(activity), source.Category.ToString(), source.Region.ToString()));
            }
            cells.Add(new EnergyCell(source.Region, year, source.Category, source.Activity, source.Use, energy, co2) { Basis = cellBasis });
        }
        double? Kwh(string key) => Sum(indicators, regions, region, year, key) is { } gj ? gj / Unit.GigajoulesPerKilowattHour : null;
        return new EnergyAccount(region, year, basis, cells, finalUse, perKwh, generationKwh, consumptionKwh,
            Kwh(IndicatorKeys.RenewableElectricityConsumption), SumKwh(indicators, regions, region, 2020, IndicatorKeys.RenewableElectricityConsumption),
            Kwh(IndicatorKeys.GreenCertificateElectricity),
            Sum(indicators, regions, region, year, IndicatorKeys.NonFossilEnergyOther) / Unit.GigajoulesPerTce,
            calorific, notes, incomplete);
    }

    /// <summary>The CO2 of <paramref name="account"/>'s region and year for the CO2-intensity target under <paramref name="rule"/>.</summary>
    /// <param name="account">The region's energy account (its net import).</param>
    /// <param name="lines">The run's lines of the year.</param>
    /// <param name="regions">The run's region tree.</param>
    /// <param name="factors">A resolver over the run's factor sets (grid_ef).</param>
    /// <param name="rule">Which grid factor prices the net import.</param>
    public static Co2ForTarget Co2(EnergyAccount account, IEnumerable<EmissionLine> lines, RegionTree regions, FactorResolver factors, Co2Rule rule)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(factors);
        var lowerBound = new List<LineText>();
        var notes = new List<LineText>();
        double energyCo2 = 0;
        bool anyFigure = false;
        foreach (var line in lines)
        {
            if (line.Year != account.Year || line.Scope != EmissionScope.Territorial || line.Gas != Gas.CO2
                || !line.Category.ToString().StartsWith("1.A", StringComparison.Ordinal) || !regions.IsWithin(line.Region, account.Region))
            {
                continue;
            }
            if (line.MassTonnes is { } t)
            {
                energyCo2 += t;
                anyFigure = true;
            }
            else if (line.Notation is NotationKey.NE or NotationKey.C)
            {
                lowerBound.Add(SectorSay.Energy.Text("Co2LineNotation", line.Category.ToString(), line.Region.ToString(), line.Notation.ToString(), LineText.Verbatim(line.Activity)));
            }
        }
        string? grid = rule == Co2Rule.NationalGrid ? "grid:national" : regions.GridOf(account.Region) is { } g ? "grid:" + g : null;
        var ef = grid is null ? null : factors.Resolve(new FactorQuery(Electricity, Parameters.GridEmissionFactor, Gas.CO2, CategoryCode.Parse("1.A"),
            account.Region, account.Year, Scope: grid, NearestYear: true, Per: Dimension.Energy));
        double? kgPerKwh = ef is null ? null : ef.Factor.EngineValue * Unit.GigajoulesPerKilowattHour * 1000;
        int? factorYear = ef is null ? null : ef.SubstituteYear ?? ef.Factor.ValidFrom;
        if (ef?.SubstituteYear is { } borrowed)
        {
            notes.Add(SectorSay.Energy.Text("GridFactorBorrowed", GridScopes.DescribeText(grid, regions), borrowed, account.Year));
        }
        double? import = account.NetImportKwh is { } kwh && kgPerKwh is { } f ? kwh * f / 1000 : null;
        // No CO2 line with a figure: every line under NE or C, or no energy at all, is a missing CO2, not 0 (issue 14).
        LineText? missing = !anyFigure && (lowerBound.Count > 0 || account.NoEnergyBecause is not null)
            ? SectorSay.Energy.Text("NoCo2Figure", account.Region.ToString(), account.Year, lowerBound.Count > 0 ? lowerBound[0] : account.NoEnergyBecause!)
            : account.NetImportKwh is null ? SectorSay.Energy.Text("GenerationUnknown")
            : kgPerKwh is null ? SectorSay.Energy.Text("NoGridFactor", grid is null ? LineText.Verbatim("-") : GridScopes.DescribeText(grid, regions), account.Year) : null;
        return new Co2ForTarget(rule.Name(), account.Region, account.Year, energyCo2, account.NetImportKwh, kgPerKwh, factorYear, import,
            missing is null && import is { } i ? energyCo2 + i : null, lowerBound, notes, missing);
    }

    /// <summary>An indicator of the region summed with those of the regions below it, GJ or the key's base unit; null when none gives a number.</summary>
    internal static double? Sum(EconomicSeries indicators, RegionTree regions, RegionCode region, int year, string key)
    {
        // A region's own row wins; otherwise its children's rows are summed (a banner's figures add up to the city's).
        if (indicators.Number(region, year, key) is { } own)
        {
            return own;
        }
        double total = 0;
        bool any = false;
        foreach (var child in regions.ChildrenOf(region))
        {
            if (Sum(indicators, regions, child.Code, year, key) is { } v)
            {
                total += v;
                any = true;
            }
        }
        return any ? total : null;
    }

    private static double? SumKwh(EconomicSeries indicators, RegionTree regions, RegionCode region, int year, string key) =>
        Sum(indicators, regions, region, year, key) is { } gj ? gj / Unit.GigajoulesPerKilowattHour : null;

    private static double? Coefficient(EmissionSource source, ActivityDefinition activity, FactorResolver factors) =>
        factors.Resolve(new FactorQuery(source.Activity, Parameters.CoalEquivalent, null, source.Category, source.Region, source.Year, Per: activity.Dimension))?.Factor.EngineValue;

    /// <summary>A fuel as a reader sees it in either language: its English and Chinese names, never its key (the key only when unnamed).</summary>
    private static LineText FuelName(ActivityDefinition activity) => string.IsNullOrEmpty(activity.NameEn) || string.IsNullOrEmpty(activity.NameZh)
        ? Say.Activity(activity.Key, activity) : LineText.Term(activity.NameEn, activity.NameZh);

    private static double? Ncv(EmissionSource source, ActivityDefinition activity, FactorResolver factors) =>
        factors.Resolve(new FactorQuery(source.Activity, Parameters.Ncv, null, source.Category, source.Region, source.Year, Per: activity.Dimension))?.Factor.EngineValue;

    private static double? Calorific(RegionCode region, int year, CategoryCode sector, FactorResolver factors) =>
        factors.Resolve(new FactorQuery(Electricity, Parameters.CoalEquivalent, null, sector, region, year, Per: Dimension.Energy))?.Factor.EngineValue * Unit.GigajoulesPerKilowattHour;

    private static double? CoalRate(RegionCode region, int year, CategoryCode sector, FactorResolver factors, List<LineText> notes)
    {
        var rate = factors.Resolve(new FactorQuery(Electricity, Parameters.PowerCoalRate, null, sector, region, year, NearestYear: true, Per: Dimension.Energy));
        if (rate?.SubstituteYear is { } borrowed)
        {
            notes.Add(SectorSay.Energy.Text("PowerCoalRateBorrowed", borrowed, year));
        }
        return rate?.Factor.EngineValue * Unit.GigajoulesPerKilowattHour;
    }
}
