using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Scenarios;

/// <summary>A scenario bound to its base (docs/scenarios.md §4): every lever resolved into yearly values per part at bind, the uncertain
/// ones recomputed for each quantile vector; <see cref="Project"/> allocates nothing once the shared array pool is warm.</summary>
internal sealed class ScenarioProjection : IScenarioModel
{
    // Lever ids, in catalogue order.
    private const int LGdp = 0, LPop = 1, LS2 = 2, LEiInd = 3, LEiTra = 4, LEiBld = 5, LEiEi = 6, LElec = 7, LCoalShare = 8, LCap = 9, LHours = 10,
        LExport = 11, LCoalRate = 12, LGrid = 13, LRail = 14, LFreight = 15, LRailRatio = 16, LNev = 17, LEvRatio = 18, LSteelOut = 19,
        LSteelCap = 20, LFerroOut = 21, LFerroCap = 22, LCokeOut = 23, LCokeCap = 24, LCcOut = 25, LCcus = 26, LCoalOut = 27, LOilGasOut = 28,
        LLivestock = 29, LSink = 30, LeverCount = 31;

    // The levers whose yearly series ProjectPart reads, in the order of Part.Series, with the series of each: the rates' index products
    // (items 1, 2, 10, 11), the level changes of electrification and the coal share (item 4, 6), the shifted shares of rail and NEVs (item 5),
    // the coal power rate's ratio to its base (item 9).
    private static readonly int[] SeriesLevers = [LEiInd, LEiTra, LEiBld, LEiEi, LGdp, LPop, LCcOut, LExport, LSteelOut, LFerroOut, LCokeOut, LCoalOut,
        LOilGasOut, LLivestock, LSink, LElec, LCoalShare, LRail, LNev, LCoalRate];
    private static readonly SeriesKind[] SeriesKinds = [SeriesKind.Decline, SeriesKind.Decline, SeriesKind.Decline, SeriesKind.Decline,
        .. Enumerable.Repeat(SeriesKind.Growth, 11), SeriesKind.Change, SeriesKind.Change, SeriesKind.Share, SeriesKind.Share,
        SeriesKind.Ratio];
    private const int PGdp = 4, PPop = 5, PEiInd = 0, PEiTra = 1, PEiBld = 2, PEiEi = 3, PCc = 6, PExport = 7, PSteel = 8, PFerro = 9, PCoke = 10,
        PCoal = 11, POilGas = 12, PLivestock = 13, PSink = 14, PElec = 15, PCoalShare = 16, PRail = 17, PNev = 18,
        PCoalRate = 19;

    /// <summary>A yearly series derived from one slot's values.</summary>
    private enum SeriesKind
    {
        /// <summary>1 every year (the rates of a part with every rate unset).</summary>
        Ones,

        /// <summary>0 every year (a change or share of an unset lever).</summary>
        Zeros,

        /// <summary>1 in the base year, then × (1 + v/100) a year.</summary>
        Growth,

        /// <summary>1 in the base year, then × (1 − v/100) a year.</summary>
        Decline,

        /// <summary>(v − v_b)/100.</summary>
        Change,

        /// <summary>(v − v_b)/(100 − v_b), 0 when v_b ≥ 100.</summary>
        Share,

        /// <summary>v/v_b, 1 when v_b ≤ 0.</summary>
        Ratio,
    }

    private static readonly string[] LeverKeys =
    [
        "gdp_growth", "population_growth", "secondary_share", "energy_intensity_industry", "energy_intensity_transport", "energy_intensity_buildings",
        "energy_intensity_energy_industry", "electrification", "coal_share_final_fuel", "renewable_capacity", "renewable_hours", "power_export_growth",
        "coal_power_rate", "grid_factor", "rail_freight_share", "transport_freight_share", "rail_energy_ratio", "nev_share", "ev_energy_ratio",
        "steel_output", "steel_cap", "ferroalloy_output", "ferroalloy_cap", "coke_output", "coke_cap", "coal_chemical_output", "ccus_capture",
        "coal_output", "oil_gas_output", "livestock", "sink",
    ];

    // Detail layout of one part-year (sectors in ScenarioSector order).
    private const int Sectors = 17;
    private const int DCo2 = 0, DCh4 = 17, DN2o = 34, DCo2e = 51, DCoal = 68, DOil = 69, DGas = 70, DEl = 71, DCons = 72, DThermal = 73, DRen = 74,
        DCap = 75, DCcus = 76, DGdp = 77, DPop = 78, DetailSize = 79;

    // Additive account of one area-year, the indicators' inputs.
    private const int AGross = 0, ACoalNum = 1, ACoalRaw = 2, ANonFossil = 3, AFeedstock = 4, AFinal = 5, AFinalElecTce = 6, AIndustry = 7, ANetImport = 8,
        ARc = 9, AR2020 = 10, ACap = 11, AGdp = 12, APop = 13, AVaIndustry = 14, ACo2TNational = 15, ACo2TRegion = 16, ATerritorial = 17, ACo2e = 18,
        ACo2eAll = 19, AccSize = 20;

    private static readonly (NonFossilDeduction NonFossil, bool Feedstock, bool IntensityUsesTotal)[] EnergyRules =
        EnergyRule.Names.Select(n => EnergyRule.Parse(n)!).Select(r => (r.NonFossil, r.FeedstockExcluded, r.IntensityUsesTotal)).ToArray();

    private static readonly int IndicatorCount = ScenarioIndicators.All.Count;
    private static readonly int[] EnergyTotalAt = EnergyRule.Names.Select(n => ScenarioIndicators.IndexOf(IntensityIndicators.EnergyTotal, n)).ToArray();
    private static readonly int[] EnergyIntensityAt = EnergyRule.Names.Select(n => ScenarioIndicators.IndexOf(IntensityIndicators.EnergyIntensity, n)).ToArray();
    private static readonly string[] Co2RuleNames = [Co2Rules.NationalGridName, Co2Rules.RegionGridName];
    private static readonly int[] Co2TargetAt = Co2RuleNames.Select(r => ScenarioIndicators.IndexOf(IntensityIndicators.Co2Target, r)).ToArray();
    private static readonly int[] Co2IntensityAt = Co2RuleNames.Select(r => ScenarioIndicators.IndexOf(IntensityIndicators.Co2Intensity, r)).ToArray();
    private static readonly int[] Co2PerCapitaAt = Co2RuleNames.Select(r => ScenarioIndicators.IndexOf(IntensityIndicators.Co2PerCapita, r)).ToArray();
    private static readonly int TerritorialPerCapitaAt = ScenarioIndicators.IndexOf(IntensityIndicators.Co2PerCapita, IntensityIndicators.Territorial);
    private static readonly int CoalShareAt = ScenarioIndicators.IndexOf(IntensityIndicators.CoalShare, "");
    private static readonly int NonFossilShareAt = ScenarioIndicators.IndexOf(IntensityIndicators.NonFossilShare, "");
    private static readonly int ElectricityShareAt = ScenarioIndicators.IndexOf(IntensityIndicators.ElectricityShareFinal, "");
    private static readonly int CapacityAt = ScenarioIndicators.IndexOf(IntensityIndicators.RenewableCapacity, "");
    private static readonly int IndustryIntensityAt = ScenarioIndicators.IndexOf(IntensityIndicators.IndustryEnergyIntensity, "");

    private readonly ScenarioDefinition scenario;
    private readonly int years;
    private readonly List<LeverSlot> slots = [];
    private readonly double[] fixedValues;
    private readonly int[] uncertainSlots;
    // The yearly series of SeriesLevers, one per slot they read (shared by the parts that read it) after a block of ones and one of zeros;
    // the fixed slots' filled at bind, the uncertain ones for every draw.
    private readonly int[] seriesSlot;         // [series]: the slot it derives from, −1 for the ones and zeros
    private readonly SeriesKind[] seriesKind;  // [series]
    private readonly int[] uncertainSeries;    // series whose slot is uncertain
    private readonly double[] fixedSeries;
    private readonly Part[] parts;
    private readonly List<LineText> flags = [];
    private readonly List<LineText> baseFlags = [];
    private readonly double cityCapacityBase;
    // The city's own base-year figure of each indicator (the scorecard's, from the history) and its parts' sum in the base year: a city
    // indicator is projected as its own figure times the index of the sum, a share as its own figure plus the change of the sum (so it stays
    // within 0–100 as the sum does) (docs/scenarios.md §4.1); NaN where the scorecard has no figure, or the same figure (the sum is then used
    // as it is). Empty until AnchorCityIndicators.
    private double[] cityOwn = [];
    private double[] citySum = [];
    private readonly double[] cityMix;      // [sector (0 industry, 1 buildings) * 3 + group]: the city's shares of coal, oil, gas in non-electric fuel
    private readonly double[] cityFactor;   // [sector (0..5) * 3 + group]: the city's implied CO2 factor, t/tce; NaN when none
    private readonly double[] allFactor;    // [group]: of every energy sector

    /// <summary>Binds; problems go to <paramref name="problems"/> (the caller refuses when there are any).</summary>
    public ScenarioProjection(ScenarioDefinition scenario, LeverCatalogue catalogue, ScenarioBase baseState, List<LineText> problems)
    {
        this.scenario = scenario;
        Base = baseState;
        FirstYear = baseState.BaseYear;
        cityCapacityBase = baseState.History.Indicators.FirstOrDefault(i => i.Indicator == IntensityIndicators.RenewableCapacity && i.Rule.Length == 0
            && i.Region == baseState.City && i.Year == baseState.BaseYear)?.Value ?? double.NaN;
        LastYear = scenario.Horizon;
        years = LastYear - FirstYear + 1;
        int b = FirstYear;
        var say = SectorSay.Scenario;
        var baseParts = baseState.Parts;

        // Dimensions: one per uncertain setting, in file order.
        var dims = new List<UncertainDimension>();
        var dimOf = new Dictionary<LeverSetting, int>(ReferenceEqualityComparer.Instance);
        foreach (var s in scenario.Levers)
        {
            if (s.IsUncertain)
            {
                dimOf[s] = dims.Count;
                dims.Add(new UncertainDimension(s.Key, s.Region));
            }
        }
        Dimensions = dims;

        var defs = new LeverDefinition[LeverCount];
        for (int l = 0; l < LeverCount; l++)
        {
            defs[l] = catalogue.Find(LeverKeys[l]) ?? new LeverDefinition(LeverKeys[l], LeverKind.Rate, "", LeverScope.Region, "", LeverBase.None, 0, LeverKeys[l], LeverKeys[l], "");
        }
        static LineText Word(LeverDefinition d) => LineText.Term(d.NameEn, d.NameZh);

        // City anchors of the city-delta levels and the city-shared weights.
        double ind = 0, bld = 0, elecIb = 0, nIb = 0, coalIb = 0;
        foreach (var p in baseParts)
        {
            ind += p.Industry.FuelTce.Total + p.Account.CalorificTcePerKwh * p.Industry.ElectricityKwh;
            bld += p.Buildings.FuelTce.Total + p.Account.CalorificTcePerKwh * p.Buildings.ElectricityKwh;
            elecIb += p.Account.CalorificTcePerKwh * (p.Industry.ElectricityKwh + p.Buildings.ElectricityKwh);
            nIb += p.Industry.FuelTce.Total + p.Buildings.FuelTce.Total;
            coalIb += p.Industry.FuelTce.Coal + p.Buildings.FuelTce.Coal;
        }
        double electrificationBase = ind + bld > 0 ? elecIb / (ind + bld) * 100 : double.NaN;
        double coalShareBase = nIb > 0 ? coalIb / nIb * 100 : double.NaN;
        var capacities = baseParts.Select(p => p.RenewableCapacityGw).ToList();
        // The city path's base: the city's own figure when the run has it (the parts may miss rows or add up a little differently), else the parts' sum.
        double capacityBase = !double.IsNaN(cityCapacityBase) ? cityCapacityBase
            : capacities.Any(c => c is not null) ? capacities.Sum(c => c ?? 0) : double.NaN;

        // Weights of the city-shared levers: the part's share of the base quantity; NaN where unknown.
        double[] Weights(Func<RegionBase, double?> quantity)
        {
            var q = baseParts.Select(quantity).ToArray();
            double total = q.Sum(v => v ?? 0);
            return q.Select(v => v is { } x && total > 0 ? x / total : double.NaN).ToArray();
        }
        var wCap = Weights(p => p.RenewableCapacityGw);
        var wSteel = Weights(p => p.Outputs.SteelTonnes);
        var wFerro = Weights(p => p.Outputs.FerroalloyTonnes);
        var wCoke = Weights(p => p.Outputs.CokeTonnes);
        var wCcus = Weights(p => p.Blocks.FirstOrDefault(k => k.Kind == BlockKind.CoalChemical)?.Co2Tonnes ?? 0);

        // Slots: one per (setting or unset, anchor).
        var slotIndex = new Dictionary<(LeverSetting? Setting, int Lever, double Anchor), int>();
        int Slot(int lever, LeverSetting? setting, double anchor)
        {
            if (defs[lever].Kind != LeverKind.Level)
            {
                anchor = 0;
            }
            if (setting is not null && setting.Points.Count > 0 && setting.Points[0].Year <= b)
            {
                anchor = 0; // the path's own base-year value is the anchor
            }
            var key = (setting, lever, anchor);
            if (!slotIndex.TryGetValue(key, out int index))
            {
                index = slots.Count;
                slots.Add(new LeverSlot(defs[lever], setting, anchor, setting is not null && dimOf.TryGetValue(setting, out int d) ? d : -1));
                slotIndex[key] = index;
            }
            return index;
        }

        // Refusals of the levels without a base, and of levers without what they need (city-wide settings once).
        bool Set(string key) => scenario.Levers.Any(s => s.Key == key);
        var reported = new HashSet<LeverSetting>(ReferenceEqualityComparer.Instance);
        void NeedsBase(int lever, LeverSetting? setting, double inventoryAnchor, RegionBase area)
        {
            var def = defs[lever];
            if (setting is null || def.Kind != LeverKind.Level || setting.Points.Count == 0)
            {
                return;
            }
            // A base from the inventory is the inventory's: a point at or before the base year would replace it unseen (refused at the
            // point; docs/scenarios.md §5). Without an inventory value the file's own point stands for it, as for a base from the file.
            if (def.Base == LeverBase.Inventory && !double.IsNaN(inventoryAnchor) && setting.Points.Any(pt => pt.Year <= b) && reported.Add(setting))
            {
                var number = LineText.Verbatim(inventoryAnchor.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + def.Unit);
                // A region's own base (secondary_share) differs by region: the value shown is the first region's the setting applies to.
                var value = def.Scope == LeverScope.Region ? LineText.Join(" ", [AreaName(area), number]) : number;
                foreach (var pt in setting.Points.Where(pt => pt.Year <= b))
                {
                    problems.Add(say.Text("InventoryBasePoint", pt.Location, Word(def), def.Key, value, b, pt.Year));
                }
                return;
            }
            if (setting.Points[0].Year <= b)
            {
                return;
            }
            bool hasAnchor = def.Base == LeverBase.File ? def.Default is not null : !double.IsNaN(inventoryAnchor);
            if (!hasAnchor && reported.Add(setting))
            {
                problems.Add(say.Text("LevelWithoutBase", setting.Location, Word(def), def.Key, b, setting.Points[0].Year));
            }
        }

        parts = new Part[baseParts.Count];
        for (int r = 0; r < baseParts.Count; r++)
        {
            var rb = baseParts[r];
            var part = new Part(rb, r, baseState.Gwp);
            RegionCode? own = rb.IsCityRest ? null : rb.Region;
            for (int l = 0; l < LeverCount; l++)
            {
                var def = defs[l];
                LeverSetting? setting = def.Scope == LeverScope.Region ? scenario.Setting(def.Key, own) : scenario.Setting(def.Key);
                double anchor = l switch
                {
                    LS2 => rb.GdpYuan > 0 ? rb.Va2Yuan / rb.GdpYuan * 100 : double.NaN,
                    LElec => electrificationBase,
                    LCoalShare => coalShareBase,
                    LCap => capacityBase,
                    _ => def.Kind == LeverKind.Level && def.Base == LeverBase.File ? def.Default ?? double.NaN : double.NaN,
                };
                NeedsBase(l, setting, anchor, rb);
                part.Slot[l] = Slot(l, setting, anchor);
                part.IsSet[l] = setting is not null;
            }
            part.WCap = wCap[r];
            part.WSteel = wSteel[r];
            part.WFerro = wFerro[r];
            part.WCoke = wCoke[r];
            part.WCcus = wCcus[r];
            parts[r] = part;
        }

        // Renewable capacity changing without hours; rail and NEV without their ratios.
        var capSetting = scenario.Setting("renewable_capacity");
        if (capSetting is not null && !Set("renewable_hours") && capSetting.Points.Any(pt => pt.Year > b))
        {
            problems.Add(say.Text("HoursMissing", capSetting.Location, Word(defs[LCap]), defs[LCap].Key, Word(defs[LHours]), defs[LHours].Key));
        }
        var missingRatios = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            RegionCode? own = part.Base.IsCityRest ? null : part.Base.Region;
            void Needs(int lever, int ratio)
            {
                if (scenario.Setting(LeverKeys[lever], own) is { } s && scenario.Setting(LeverKeys[ratio], own) is null && missingRatios.Add(s.Location + "|" + LeverKeys[ratio]))
                {
                    problems.Add(say.Text("RatioMissing", s.Location, Word(defs[lever]), defs[lever].Key, Word(defs[ratio]), defs[ratio].Key));
                }
            }
            Needs(LRail, LFreight);
            Needs(LRail, LRailRatio);
            Needs(LNev, LEvRatio);
        }

        // City-shared levers: a weight somewhere, else refused; a part that makes the product (emissions in its block or sector) but whose
        // output is unknown is flagged; a part that does not make it has nothing for the cap to act on and is not.
        void Shared(int lever, double[] weights, string weightWord, Func<RegionBase, double?>? output, Func<RegionBase, bool>? makes = null)
        {
            if (scenario.Setting(LeverKeys[lever]) is not { } s)
            {
                return;
            }
            if (!weights.Any(w => w > 0))
            {
                problems.Add(say.Text("WeightZero", s.Location, Word(defs[lever]), defs[lever].Key, weightWord, b));
                return;
            }
            if (output is null)
            {
                return;
            }
            foreach (var p in baseParts.Where(p => output(p) is null && makes!(p)))
            {
                flags.Add(say.Text("CapCannotAct", Word(defs[lever]), defs[lever].Key, weightWord, defs[lever].Weight, AreaName(p)));
            }
        }
        Shared(LCap, wCap, "renewable_capacity", null);
        Shared(LSteelCap, wSteel, "steel_t", p => p.Outputs.SteelTonnes, p => Emits(p, BlockKind.Steel));
        Shared(LFerroCap, wFerro, "ferroalloy_t", p => p.Outputs.FerroalloyTonnes, p => Emits(p, BlockKind.Ferroalloy));
        Shared(LCokeCap, wCoke, "coke_t", p => p.Outputs.CokeTonnes, p => p.CokeMaking.FuelTce.Total != 0 || p.CokeMaking.Co2Tonnes.Total != 0);
        Shared(LCcus, wCcus, "coal_chemical_co2", null);

        // Implied factors and mixes for a fuel group absent in a part's base year.
        cityMix = new double[6];
        cityFactor = new double[18];
        allFactor = new double[3];
        var fuelSum = new double[18];
        var co2Sum = new double[18];
        foreach (var p in baseParts)
        {
            var sectors = SectorsOf(p);
            for (int s = 0; s < 6; s++)
            {
                fuelSum[s * 3] += sectors[s].FuelTce.Coal;
                fuelSum[s * 3 + 1] += sectors[s].FuelTce.Oil;
                fuelSum[s * 3 + 2] += sectors[s].FuelTce.Gas;
                co2Sum[s * 3] += sectors[s].Co2Tonnes.Coal;
                co2Sum[s * 3 + 1] += sectors[s].Co2Tonnes.Oil;
                co2Sum[s * 3 + 2] += sectors[s].Co2Tonnes.Gas;
            }
        }
        for (int g = 0; g < 3; g++)
        {
            double f = 0, c = 0;
            for (int s = 0; s < 6; s++)
            {
                cityFactor[s * 3 + g] = fuelSum[s * 3 + g] > 0 ? co2Sum[s * 3 + g] / fuelSum[s * 3 + g] : double.NaN;
                f += fuelSum[s * 3 + g];
                c += co2Sum[s * 3 + g];
            }
            allFactor[g] = f > 0 ? c / f : double.NaN;
        }
        int[] mixSectors = [3, 5];
        for (int k = 0; k < 2; k++)
        {
            int s = mixSectors[k];
            double total = fuelSum[s * 3] + fuelSum[s * 3 + 1] + fuelSum[s * 3 + 2];
            for (int g = 0; g < 3; g++)
            {
                cityMix[k * 3 + g] = total > 0 ? fuelSum[s * 3 + g] / total : 0;
            }
        }
        if (scenario.Setting("coal_share_final_fuel") is { } switchSetting && double.IsNaN(allFactor[2]))
        {
            problems.Add(say.Text("NoGasFactor", switchSetting.Location, Word(defs[LCoalShare]), defs[LCoalShare].Key, b));
        }

        // CO2 for the target in the base year, by rule: the run's history, the city's rest as the city less the banners.
        foreach (var part in parts)
        {
            for (int k = 0; k < 2; k++)
            {
                part.Co2TargetBase[k] = HistoryCo2Target(baseState, part.Base, Co2RuleNames[k]);
            }
        }

        foreach (var part in parts)
        {
            for (int l = 0; l < LeverCount; l++)
            {
                part.Offset[l] = part.Slot[l] * years;
                part.AnyRateSet |= defs[l].Kind == LeverKind.Rate && (part.IsSet[l] || (defs[l].Default ?? 0) != 0);
            }
        }
        fixedValues = new double[slots.Count * years];
        for (int i = 0; i < slots.Count; i++)
        {
            slots[i].Fill(fixedValues.AsSpan(i * years, years), 0.5, b);
        }
        uncertainSlots = Enumerable.Range(0, slots.Count).Where(i => slots[i].Dimension >= 0).ToArray();
        var seriesOfSlot = new Dictionary<int, int>();
        var seriesSlots = new List<int> { -1, -1 };
        var kinds = new List<SeriesKind> { SeriesKind.Ones, SeriesKind.Zeros };
        foreach (var part in parts)
        {
            for (int k = 0; k < SeriesLevers.Length; k++)
            {
                int lever = SeriesLevers[k];
                var kind = SeriesKinds[k];
                bool product = kind is SeriesKind.Growth or SeriesKind.Decline;
                // A part with every rate unset keeps its products at 1; an unset change or share is 0, an unset ratio 1 (ProjectPart's "not set" case).
                if (product ? !part.AnyRateSet : !part.IsSet[lever])
                {
                    part.Series[k] = product || kind == SeriesKind.Ratio ? 0 : years;
                    continue;
                }
                int slot = part.Slot[lever];
                if (!seriesOfSlot.TryGetValue(slot, out int series))
                {
                    series = seriesSlots.Count;
                    seriesOfSlot[slot] = series;
                    seriesSlots.Add(slot);
                    kinds.Add(kind);
                }
                part.Series[k] = series * years;
            }
        }
        seriesSlot = [.. seriesSlots];
        seriesKind = [.. kinds];
        uncertainSeries = Enumerable.Range(0, seriesSlot.Length).Where(k => seriesSlot[k] >= 0 && slots[seriesSlot[k]].Dimension >= 0).ToArray();
        fixedSeries = new double[seriesSlot.Length * years];
        for (int k = 0; k < seriesSlot.Length; k++)
        {
            FillSeries(fixedValues, fixedSeries, k);
        }
        foreach (var p in baseParts)
        {
            baseFlags.AddRange(p.Flags);
        }
        foreach (var part in parts)
        {
            if (!part.IsSet[LGrid] && (double.IsNaN(part.Co2TargetBase[0]) || double.IsNaN(part.Co2TargetBase[1])))
            {
                flags.Add(say.Text("GridFactorUnknown", AreaName(part.Base), string.Join(", ", Co2RuleNames)));
            }
        }
    }

    /// <inheritdoc/>
    public ScenarioBase Base { get; }

    /// <inheritdoc/>
    public IReadOnlyList<UncertainDimension> Dimensions { get; }

    /// <inheritdoc/>
    public int FirstYear { get; }

    /// <inheritdoc/>
    public int LastYear { get; }

    /// <inheritdoc/>
    /// <remarks>The projection's own flags (caps, clamps, thermal generation at 0) first, then the base's (lines without a number, lower
    /// bounds), which are many and the same in every scenario on that base.</remarks>
    public IReadOnlyList<LineText> Flags => [.. flags, .. baseFlags];

    /// <inheritdoc/>
    public ProjectionBuffer NewBuffer() => new(parts.Length + 1, years);

    /// <summary>A share (coal, non-fossil, electricity of final energy, %): anchored by its change, not its index.</summary>
    private static bool IsShare(int indicator) => indicator == CoalShareAt || indicator == NonFossilShareAt || indicator == ElectricityShareAt;

    /// <summary>Anchors the city's indicators on its own base-year figures (see <see cref="cityOwn"/>); returns the flag text of the
    /// differences above <see cref="CityDifferenceFlagged"/>, or null. Called once, at bind, before any projection is handed out.</summary>
    private string? AnchorCityIndicators()
    {
        // The city's indicators are built from its parts (their sum); the scorecard computes the city from its own account and GDP chain, and
        // the two differ in the base year (the city's own net export in its coal share, its own GDP chain). A city target is judged on the
        // scorecard's footing: the city's own figure moved by the sum (every projected figure is a base-year figure moved by a modelled change,
        // docs/scenarios.md §1). The difference is said, never hidden (issue 16 trial: a 0.14 % margin was a verdict of the difference).
        var probe = NewBuffer();
        Project(Enumerable.Repeat(0.5, Dimensions.Count).ToArray(), probe);
        double[] sumBase = probe.Indicators.AsSpan(0, IndicatorCount).ToArray(); // the city's row of the base year: the sum, not yet anchored
        var own = new double[IndicatorCount];
        var differences = new List<string>();
        for (int i = 0; i < IndicatorCount; i++)
        {
            var (indicator, rule) = ScenarioIndicators.All[i];
            double projected = sumBase[i];
            var point = Base.History.Indicators.FirstOrDefault(p => p.Region == Base.City && p.Year == Base.BaseYear && p.Indicator == indicator && p.Rule == rule);
            own[i] = point?.Value is { } scored && double.IsFinite(scored) && scored != 0 && double.IsFinite(projected) && projected != 0 && scored != projected
                ? scored : double.NaN;
            if (!double.IsNaN(own[i]) && Math.Abs(projected / own[i] - 1) > CityDifferenceFlagged)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{indicator}{(rule.Length > 0 ? " (" + rule + ")" : "")} {projected:#,0.####} / {own[i]:#,0.####} ({(projected / own[i] - 1) * 100:+0.00;-0.00} %)"));
            }
        }
        citySum = sumBase;
        cityOwn = own;
        return differences.Count > 0 ? string.Join("; ", differences) : null;
    }

    /// <summary>The relative difference between the city's sum and its own figure above which the flag names it (0.1 %, as its text says).</summary>
    private const double CityDifferenceFlagged = 1e-3;

    /// <summary>Anchors the city's indicators (<see cref="AnchorCityIndicators"/>) and adds the central path's flags (thermal generation at 0,
    /// clamps and caps that bite), each once per part and kind. Called once, at bind.</summary>
    public void CollectCentralFlags()
    {
        string? differences = AnchorCityIndicators();
        Span<double> u = Dimensions.Count <= 256 ? stackalloc double[Dimensions.Count] : new double[Dimensions.Count];
        u.Fill(0.5);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var detailed = ProjectDetailed(u);
        if (differences is not null)
        {
            flags.Add(SectorSay.Scenario.Text("CityIndicatorsDiffer", Base.BaseYear, differences));
        }
        foreach (var year in detailed)
        {
            foreach (var f in year.Flags)
            {
                // Once per part and kind of flag, in its first year ("from 2025"): the same text with another year is the same flag.
                string text;
                using (UiCulture.Use(UiCulture.English))
                {
                    text = f.Render().Replace(year.Year.ToString(CultureInfo.InvariantCulture), "#", StringComparison.Ordinal);
                }
                string key = year.Region.Value + year.IsCityRest + text;
                if (seen.Add(key) && !flags.Contains(f))
                {
                    flags.Add(f);
                }
            }
        }
    }

    /// <inheritdoc/>
    public void Project(ReadOnlySpan<double> u, ProjectionBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (u.Length != Dimensions.Count)
        {
            throw new ArgumentException($"expected {Dimensions.Count} quantiles, got {u.Length}", nameof(u));
        }
        if (buffer.Areas != parts.Length + 1 || buffer.Years != years)
        {
            throw new ArgumentException("the buffer is not sized for this model (use NewBuffer)", nameof(buffer));
        }
        Run(u, buffer, null, null);
    }

    /// <inheritdoc/>
    public IReadOnlyList<ProjectedYear> ProjectDetailed(ReadOnlySpan<double> u)
    {
        if (u.Length != Dimensions.Count)
        {
            throw new ArgumentException($"expected {Dimensions.Count} quantiles, got {u.Length}", nameof(u));
        }
        var buffer = NewBuffer();
        var detail = new double[(parts.Length + 1) * years * DetailSize];
        var yearFlags = new List<LineText>[(parts.Length + 1) * years];
        for (int i = 0; i < yearFlags.Length; i++)
        {
            yearFlags[i] = [];
        }
        Run(u, buffer, detail, yearFlags);
        var result = new List<ProjectedYear>((parts.Length + 1) * years);
        for (int area = 0; area <= parts.Length; area++)
        {
            var region = area == 0 ? Base.City : parts[area - 1].Base.Region;
            bool rest = area > 0 && parts[area - 1].Base.IsCityRest;
            for (int y = 0; y < years; y++)
            {
                int at = area * years + y;
                var d = detail.AsSpan(at * DetailSize, DetailSize);
                Dictionary<ScenarioSector, double> Map(int offset)
                {
                    var map = new Dictionary<ScenarioSector, double>();
                    for (int s = 0; s < Sectors; s++)
                    {
                        map[(ScenarioSector)s] = detail[at * DetailSize + offset + s];
                    }
                    return map;
                }
                var flagsHere = area == 0
                    ? Enumerable.Range(1, parts.Length).SelectMany(a => yearFlags[a * years + y]).ToList()
                    : yearFlags[at];
                result.Add(new ProjectedYear(region, rest, FirstYear + y, d[DGdp], d[DPop], new FuelAmounts(d[DCoal], d[DOil], d[DGas]), d[DEl], d[DCons],
                    d[DThermal], d[DRen], d[DCap], d[DCcus], Map(DCo2), Map(DCh4), Map(DN2o), Map(DCo2e), buffer.Co2e[at],
                    d[DCo2e + (int)ScenarioSector.Lulucf], buffer.Indicators.AsSpan(at * IndicatorCount, IndicatorCount).ToArray(), flagsHere));
            }
        }
        return result;
    }

    /// <summary>The projection itself: every part, then the city as their sum; <paramref name="detail"/> and <paramref name="yearFlags"/> only for the detailed call.</summary>
    private void Run(ReadOnlySpan<double> u, ProjectionBuffer buffer, double[]? detail, List<LineText>[]? yearFlags)
    {
        int levers = slots.Count * years;
        int accLength = (parts.Length + 1) * years * AccSize;
        double[] values = ArrayPool<double>.Shared.Rent(levers);
        double[] acc = ArrayPool<double>.Shared.Rent(accLength);
        double[] series = ArrayPool<double>.Shared.Rent(fixedSeries.Length);
        try
        {
            fixedValues.AsSpan().CopyTo(values);
            foreach (int s in uncertainSlots)
            {
                slots[s].Fill(values.AsSpan(s * years, years), u[slots[s].Dimension], FirstYear);
            }
            fixedSeries.AsSpan().CopyTo(series);
            foreach (int k in uncertainSeries)
            {
                FillSeries(values, series, k);
            }
            var accSpan = acc.AsSpan(0, accLength);
            // The city's rows are sums (+=); a part's row is written whole by ProjectPart whenever anyone reads it.
            accSpan[..(years * AccSize)].Clear();
            Span<double> d = stackalloc double[DetailSize];
            buffer.Co2e.AsSpan(0, years).Clear();
            buffer.Co2eIncludingLulucf.AsSpan(0, years).Clear();
            buffer.TerritorialCo2.AsSpan(0, years).Clear();
            double ke = parts.Length > 0 ? parts[0].Base.Account.ElectricityTcePerKwh : 0;
            for (int p = 0; p < parts.Length; p++)
            {
                ProjectPart(parts[p], values, series, accSpan, buffer, d, detail, yearFlags);
            }
            for (int y = 0; y < years; y++)
            {
                bool writeCity = buffer.WritesIndicators(y);
                var city = accSpan.Slice(y * AccSize, AccSize);
                for (int p = 1; p <= parts.Length; p++)
                {
                    if (writeCity)
                    {
                        var part = accSpan.Slice(((p * years) + y) * AccSize, AccSize);
                        for (int k = 0; k < AccSize; k++)
                        {
                            city[k] += part[k];
                        }
                    }
                    buffer.Co2e[y] += buffer.Co2e[p * years + y];
                    buffer.Co2eIncludingLulucf[y] += buffer.Co2eIncludingLulucf[p * years + y];
                    buffer.TerritorialCo2[y] += buffer.TerritorialCo2[p * years + y];
                    if (detail is not null)
                    {
                        for (int k = 0; k < DetailSize; k++)
                        {
                            detail[y * DetailSize + k] += detail[(p * years + y) * DetailSize + k];
                        }
                    }
                }
                if (!writeCity)
                {
                    continue;
                }
                // The city's renewable capacity in delta form on its own base-year figure (the scorecard's): a part without a capacity row
                // (an unknown, not a 0) adds no change, and the city's figure stays known (docs/scenarios.md §4, indicators).
                if (!double.IsNaN(cityCapacityBase))
                {
                    double change = 0;
                    for (int p = 1; p <= parts.Length; p++)
                    {
                        double now = accSpan[((p * years) + y) * AccSize + ACap], then = accSpan[(p * years) * AccSize + ACap];
                        change += double.IsNaN(now) || double.IsNaN(then) ? 0 : now - then;
                    }
                    city[ACap] = cityCapacityBase + change;
                }
                // The coal share's numerator of the city: coal net of the city's own net export (not the parts' sum of theirs).
                city[ACoalNum] = city[ACoalRaw] + ke * Math.Min(0, city[ANetImport]);
                var cityIndicators = buffer.Indicators.AsSpan(y * IndicatorCount, IndicatorCount);
                Indicators(city, cityIndicators, ke);
                for (int i = 0; i < cityOwn.Length; i++)
                {
                    if (!double.IsNaN(cityOwn[i]))
                    {
                        // In the base year the index is exactly 1 and the change exactly 0: the scorecard's figure to the bit.
                        cityIndicators[i] = IsShare(i) ? cityOwn[i] + (cityIndicators[i] - citySum[i]) : cityOwn[i] * (cityIndicators[i] / citySum[i]);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
            ArrayPool<double>.Shared.Return(acc);
            ArrayPool<double>.Shared.Return(series);
        }
    }

    private static double L(double[] values, Part part, int lever, int y) => values[part.Offset[lever] + y];

    /// <summary>Writes series <paramref name="k"/> into <paramref name="series"/> from the slot values <paramref name="values"/>, each year
    /// in the arithmetic ProjectPart used to do itself (see <see cref="SeriesKind"/>).</summary>
    private void FillSeries(double[] values, double[] series, int k)
    {
        var dest = series.AsSpan(k * years, years);
        var kind = seriesKind[k];
        if (kind is SeriesKind.Ones or SeriesKind.Zeros)
        {
            dest.Fill(kind == SeriesKind.Ones ? 1 : 0);
            return;
        }
        var v = values.AsSpan(seriesSlot[k] * years, years);
        double v0 = v[0];
        switch (kind)
        {
            case SeriesKind.Change:
                for (int y = 0; y < dest.Length; y++)
                {
                    dest[y] = (v[y] - v0) / 100;
                }
                return;
            case SeriesKind.Share:
                double room = 100 - v0;
                for (int y = 0; y < dest.Length; y++)
                {
                    dest[y] = room > 0 ? (v[y] - v0) / room : 0;
                }
                return;
            case SeriesKind.Ratio:
                for (int y = 0; y < dest.Length; y++)
                {
                    dest[y] = v0 > 0 ? v[y] / v0 : 1;
                }
                return;
        }
        double index = 1;
        dest[0] = index;
        if (kind == SeriesKind.Decline)
        {
            for (int y = 1; y < dest.Length; y++)
            {
                index *= 1 - v[y] / 100;
                dest[y] = index;
            }
        }
        else
        {
            for (int y = 1; y < dest.Length; y++)
            {
                index *= 1 + v[y] / 100;
                dest[y] = index;
            }
        }
    }

    /// <summary>One part from the base year to the horizon (docs/scenarios.md §4 items 1–12); year index 0 runs the same arithmetic with every
    /// change 0, so it reproduces the base state exactly.</summary>
    private void ProjectPart(Part part, double[] lv, double[] series, Span<double> acc, ProjectionBuffer buffer, Span<double> d, double[]? detail, List<LineText>[]? yearFlags)
    {
        var rb = part.Base;
        var say = SectorSay.Scenario;
        int area = part.Index + 1;
        double kcal = rb.Account.CalorificTcePerKwh, ke = rb.Account.ElectricityTcePerKwh;
        bool s2Set = part.IsSet[LS2], capSet = part.IsSet[LCap], hoursSet = part.IsSet[LHours], gridSet = part.IsSet[LGrid], railSet = part.IsSet[LRail], nevSet = part.IsSet[LNev], ccusSet = part.IsSet[LCcus];
        // Where each lever read by value starts, and their base-year values (the same in every year).
        var off = part.Offset;
        int oS2 = off[LS2], oFreight = off[LFreight], oRailRatio = off[LRailRatio], oEvRatio = off[LEvRatio], oCap = off[LCap], oHours = off[LHours],
            oCcus = off[LCcus];
        double cap0 = lv[oCap], hours0 = lv[oHours], ccus0 = lv[oCcus];
        double fossilCh4 = Base.Gwp.FossilCh4, gwpN2o = Base.Gwp.N2o;
        var pr = part.Series;
        var nonCo2Pricing = part.NonCo2Pricing;
        var industry = part.IndustryBase;
        var buildings = part.BuildingsBase;
        // The account row of a year feeds this part's indicators and the city's of that year (their sum), and the base year's the city's
        // capacity of any year; a row nobody reads is left unwritten.
        bool cityAnyYear = false;
        for (int y = 0; y < years && !cityAnyYear; y++)
        {
            cityAnyYear = buffer.WritesIndicators(y);
        }
        for (int y = 0; y < years; y++)
        {
            List<LineText>? fl = yearFlags?[area * years + y];
            int year = FirstYear + y;
            // Item 1, 2, 10, 11: the year's index products.
            double gdpIdx = series[pr[PGdp] + y], popIdx = series[pr[PPop] + y], etaInd = series[pr[PEiInd] + y],
                etaTra = series[pr[PEiTra] + y], etaBld = series[pr[PEiBld] + y], etaEi = series[pr[PEiEi] + y], icc = series[pr[PCc] + y],
                xIdx = series[pr[PExport] + y], steelRaw = series[pr[PSteel] + y], ferroRaw = series[pr[PFerro] + y],
                cokeRaw = series[pr[PCoke] + y], coalIdx = series[pr[PCoal] + y], ogIdx = series[pr[POilGas] + y],
                liveIdx = series[pr[PLivestock] + y], sinkIdx = series[pr[PSink] + y];
            d.Clear();

            // 1–2. Drivers and activity indices.
            double gdp = rb.GdpYuan * gdpIdx;
            double va1 = rb.Va1Yuan * gdpIdx;
            double va2 = s2Set ? gdp * lv[oS2 + y] / 100 : rb.Va2Yuan * gdpIdx;
            double va3 = s2Set ? gdp - va1 - va2 : rb.Va3Yuan * gdpIdx;
            double aInd = s2Set && rb.Va2Yuan > 0 ? va2 / rb.Va2Yuan : gdpIdx;
            double aBld = s2Set && rb.Va3Yuan > 0 ? va3 / rb.Va3Yuan : gdpIdx;
            double aTra = gdpIdx;
            double pop = rb.Population * popIdx;

            // 3, 4, 6, 7. Industry and buildings.
            double eDelta = series[pr[PElec] + y];
            double cDelta = series[pr[PCoalShare] + y];
            double elInd = FinalSector(industry, (int)ScenarioSector.Industry, 0, aInd * etaInd, eDelta, cDelta, kcal, d, out double fuelInd, out int clampInd);
            double elBld = FinalSector(buildings, (int)ScenarioSector.Buildings, 1, aBld * etaBld, eDelta, cDelta, kcal, d, out double fuelBld, out int clampBld);
            if (fl is not null && y > 0 && (clampInd | clampBld) != 0)
            {
                if (((clampInd | clampBld) & 1) != 0)
                {
                    var def = slots[part.Slot[LElec]].Definition;
                    fl.Add(say.Text("ClampBit", AreaName(rb), year, LineText.Term(def.NameEn, def.NameZh), def.Key, "0–100 %"));
                }
                if (((clampInd | clampBld) & 2) != 0)
                {
                    var def = slots[part.Slot[LCoalShare]].Definition;
                    fl.Add(say.Text("ClampBit", AreaName(rb), year, LineText.Term(def.NameEn, def.NameZh), def.Key,
                        LineText.Term("0 up to the base year's coal and natural gas together", "0 至基准年煤炭与天然气之和")));
                }
            }

            // 5. Transport.
            double elTra, fuelTra;
            {
                var t = rb.Transport;
                double scale = aTra * etaTra;
                double fb = part.TransportFuelBase;
                double f = fb * scale;
                elTra = t.ElectricityKwh * scale;
                double m = 0;
                if (railSet)
                {
                    double dr = series[pr[PRail] + y];
                    m = f * lv[oFreight + y] / 100 * dr;
                    elTra += m * lv[oRailRatio + y] / kcal;
                }
                double n = 0;
                if (nevSet)
                {
                    double dv = series[pr[PNev] + y];
                    n = (f - m) * dv;
                    elTra += n * lv[oEvRatio + y] / kcal;
                }
                double fuel = f - m - n;
                if (fuel < 0 || elTra < 0)
                {
                    fl?.Add(say.Text("ClampBit", AreaName(rb), year, LineText.Term("transport fuel and electricity", "交通燃料和电力"),
                        LineText.Term("transport", "交通"), "≥ 0"));
                    fuel = Math.Max(fuel, 0);
                    elTra = Math.Max(elTra, 0);
                }
                double ratio = fb > 0 ? fuel / fb : 0;
                int s = (int)ScenarioSector.Transport;
                d[DCo2 + s] = t.Co2Tonnes.Total * ratio;
                d[DCh4 + s] = t.Ch4Tonnes * ratio;
                d[DN2o + s] = t.N2oTonnes * ratio;
                d[DCoal] += t.FuelTce.Coal * ratio;
                d[DOil] += t.FuelTce.Oil * ratio;
                d[DGas] += t.FuelTce.Gas * ratio;
                fuelTra = fuel;
            }
            // 8. Electricity balance.
            double el = elInd + elTra + elBld;
            double dEl = el - part.ElectricityBase;
            double consumption = rb.ConsumptionKwh + dEl;
            double capBase = rb.RenewableCapacityGw ?? 0;
            double cap = capSet && !double.IsNaN(part.WCap) ? capBase + (lv[oCap + y] - cap0) * part.WCap : capBase;
            // GW × h = 10^6 kWh.
            double ren = hoursSet ? cap * lv[oHours + y] * 1e6 : 0;
            double renBase = hoursSet ? capBase * hours0 * 1e6 : 0;
            double tb = rb.ThermalGenerationKwh;
            double xb = tb + renBase - rb.ConsumptionKwh;
            double thermal = tb;
            if (tb > 0)
            {
                thermal = tb + dEl + (xb * xIdx - xb) - (ren - renBase);
                if (thermal <= 0)
                {
                    thermal = 0;
                    if (y > 0)
                    {
                        fl?.Add(say.Text("ThermalZero", AreaName(rb), year));
                    }
                }
            }
            double dThermal = thermal - tb;

            // 9. Power.
            {
                var pw = rb.Power;
                double tr = tb > 0 ? thermal / tb : 1;
                double rr = series[pr[PCoalRate] + y];
                double coal = pw.FuelTce.Coal * tr * rr, oil = pw.FuelTce.Oil * tr, gas = pw.FuelTce.Gas * tr;
                double fuelBase = pw.FuelTce.Total;
                double fuelRatio = fuelBase > 0 ? (coal + oil + gas) / fuelBase : 1;
                int s = (int)ScenarioSector.Power;
                d[DCo2 + s] = pw.Co2Tonnes.Coal * tr * rr + pw.Co2Tonnes.Oil * tr + pw.Co2Tonnes.Gas * tr;
                d[DCh4 + s] = pw.Ch4Tonnes * fuelRatio;
                d[DN2o + s] = pw.N2oTonnes * fuelRatio;
                d[DCoal] += coal;
                d[DOil] += oil;
                d[DGas] += gas;
            }

            // 10. Coke making (capped output × efficiency), other energy industries and feedstock (coal-chemical output).
            double cokeIdx = Capped(rb.Outputs.CokeTonnes, cokeRaw, LCokeCap, part.WCoke, lv, part, y, fl, year);
            ScaleSector(rb.CokeMaking, (int)ScenarioSector.CokeMaking, cokeIdx * etaEi, d);
            ScaleSector(rb.OtherEnergyIndustry, (int)ScenarioSector.OtherEnergyIndustry, icc * etaEi, d);
            double feedstock = rb.Account.FeedstockTce * icc;
            d[DCoal] += feedstock; // feedstock counted with coal (docs/scenarios.md §4, decided)

            // 11. Non-energy blocks.
            double steelIdx = Capped(rb.Outputs.SteelTonnes, steelRaw, LSteelCap, part.WSteel, lv, part, y, fl, year);
            double ferroIdx = Capped(rb.Outputs.FerroalloyTonnes, ferroRaw, LFerroCap, part.WFerro, lv, part, y, fl, year);
            double capture = 0;
            var blocks = part.Blocks;
            var blockSector = part.BlockSector;
            var blockIndex = part.BlockIndex;
            Span<double> indices = [coalIdx, ogIdx, steelIdx, ferroIdx, icc, aInd, liveIdx, sinkIdx, popIdx];
            for (int bi = 0; bi < blocks.Length; bi++)
            {
                var block = blocks[bi];
                double idx = indices[blockIndex[bi]];
                int s = blockSector[bi];
                double co2 = block.Co2Tonnes * idx, co2e = block.Co2eTonnes * idx;
                if (block.Kind == BlockKind.CoalChemical && ccusSet && !double.IsNaN(part.WCcus))
                {
                    // 万吨 = 10^4 t; the change from the path's base-year point (the inventory already nets the base year's capture).
                    capture = (lv[oCcus + y] - ccus0) * 1e4 * part.WCcus;
                    double limit = Math.Max(co2, 0);
                    if (capture > limit)
                    {
                        capture = limit;
                        fl?.Add(say.Text("CcusCapped", AreaName(rb), year, limit));
                    }
                    co2 -= capture;
                    co2e -= capture;
                }
                d[DCo2 + s] += co2;
                d[DCh4 + s] += block.Ch4Tonnes * idx;
                d[DN2o + s] += block.N2oTonnes * idx;
                d[DCo2e + s] += co2e;
            }

            // 12. Totals.
            double co2eAll = 0, co2eHeadline = 0, territorial = 0;
            for (int s = 0; s < 6; s++)
            {
                d[DCo2e + s] = d[DCo2 + s] + (d[DCh4 + s] * fossilCh4 + d[DN2o + s] * gwpN2o) * nonCo2Pricing[s];
            }
            for (int s = 0; s < Sectors; s++)
            {
                co2eAll += d[DCo2e + s];
                if (s != (int)ScenarioSector.Lulucf)
                {
                    co2eHeadline += d[DCo2e + s];
                    territorial += d[DCo2 + s];
                }
            }
            int at = area * years + y;
            buffer.Co2e[at] = co2eHeadline;
            buffer.Co2eIncludingLulucf[at] = co2eAll;
            buffer.TerritorialCo2[at] = territorial;
            d[DEl] = el;
            d[DCons] = consumption;
            d[DThermal] = thermal;
            d[DRen] = hoursSet ? ren : double.NaN;
            d[DCap] = rb.RenewableCapacityGw is null ? double.NaN : cap;
            d[DCcus] = capture;
            d[DGdp] = gdp;
            d[DPop] = pop;
            if (detail is not null)
            {
                d.CopyTo(detail.AsSpan(at * DetailSize, DetailSize));
            }
            bool writeIndicators = buffer.WritesIndicators(at);
            if (!writeIndicators && !buffer.WritesIndicators(y) && !(y == 0 && cityAnyYear))
            {
                continue;
            }

            // Indicators in delta form on the base account.
            var a = rb.Account;
            double dFinalFuel = (fuelInd - industry.Nb) + (fuelBld - buildings.Nb) + (fuelTra - part.TransportFuelBase);
            double dNonIndustryFuel = (fuelTra - part.TransportFuelBase) + (fuelBld - buildings.Nb);
            double dRen = ren - renBase;
            double netImport = a.NetImportKwh + dEl - dThermal - dRen;
            double generation = thermal + ren;
            double consumedShare = generation > 0 ? Math.Min(1, consumption / generation) : 1;
            double dRc = dRen * consumedShare;
            double dFeedstock = feedstock - a.FeedstockTce;
            double energyCo2Change = 0;
            for (int s = 0; s < 6; s++)
            {
                energyCo2Change += d[DCo2 + s] - part.EnergyCo2Base[s];
            }
            // Fossil and coal changes: every energy sector's fuel and the feedstock, summed in the order of the base sums (exact 0 in the base year).
            double dFossil = (d[DCoal] + d[DOil] + d[DGas]) - part.FuelSumBase;
            double dCoal = d[DCoal] - part.CoalSumBase;
            double gross = a.GrossTce + dFossil + ke * ((netImport - a.NetImportKwh) + dRc);
            var row = acc.Slice(at * AccSize, AccSize);
            row[AGross] = gross;
            row[ACoalRaw] = part.CoalRawBase + dCoal;
            row[ACoalNum] = a.CoalTce + dCoal + ke * (Math.Min(0, netImport) - Math.Min(0, a.NetImportKwh));
            row[ANonFossil] = a.NonFossilTce + ke * dRc;
            row[AFeedstock] = feedstock;
            row[AFinal] = a.FinalEnergyCalorificTce + dFinalFuel + dFeedstock + kcal * dEl;
            row[AFinalElecTce] = kcal * (a.FinalElectricityKwh + dEl);
            row[AIndustry] = a.IndustryEnergyTce is { } ie
                ? ie + (gross - a.GrossTce) - (dNonIndustryFuel + ke * ((elTra - rb.Transport.ElectricityKwh) + (elBld - rb.Buildings.ElectricityKwh)))
                : double.NaN;
            row[ANetImport] = netImport;
            row[ARc] = a.RenewableConsumptionKwh is { } rc ? rc + dRc : double.NaN;
            row[AR2020] = a.Renewable2020Kwh ?? double.NaN;
            row[ACap] = d[DCap];
            row[AGdp] = gdp;
            row[APop] = pop;
            // Industrial value added moves with the secondary industry's (its share of it held), or with the industry's activity where the base has
            // no secondary industry; unknown, the industrial intensity is not projected.
            row[AVaIndustry] = rb.VaIndustryYuan is not { } vaIndustry ? double.NaN : rb.Va2Yuan > 0 ? va2 * (vaIndustry / rb.Va2Yuan) : vaIndustry * aInd;
            for (int k = 0; k < 2; k++)
            {
                double baseValue = part.Co2TargetBase[k];
                double importChange;
                if (gridSet)
                {
                    // t CO2/MWh × kWh / 1000 = t.
                    double g0 = L(lv, part, LGrid, 0), g = L(lv, part, LGrid, y);
                    if (double.IsNaN(baseValue))
                    {
                        baseValue = a.EnergyCo2Tonnes + a.NetImportKwh * g0 / 1000;
                    }
                    importChange = (netImport * g - a.NetImportKwh * g0) / 1000;
                }
                else
                {
                    // The rule's own factor, implied by the base year's figure, held.
                    importChange = netImport == a.NetImportKwh ? 0
                        : a.NetImportKwh != 0 ? (baseValue - a.EnergyCo2Tonnes) / a.NetImportKwh * (netImport - a.NetImportKwh) : double.NaN;
                }
                row[ACo2TNational + k] = baseValue + energyCo2Change + importChange;
            }
            row[ATerritorial] = territorial;
            row[ACo2e] = co2eHeadline;
            row[ACo2eAll] = co2eAll;
            if (writeIndicators)
            {
                Indicators(row, buffer.Indicators.AsSpan(at * IndicatorCount, IndicatorCount), ke);
            }
        }
    }

    // FinalSector, Capped and Indicators are optimized from their first call and the small helpers inlined: a loop-free method otherwise
    // starts unoptimized (tier 0), where a one-shot Monte Carlo of a second or less spends much of its time.
    /// <summary>Items 3, 4, 6, 7 for industry (<paramref name="mix"/> 0) or buildings (1): writes the sector's gases and fuels into
    /// <paramref name="d"/> and returns its electricity, kWh, with its non-electric fuel and which clamps bit (1 electrification, 2 coal share).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double FinalSector(FinalBase fb, int s, int mix, double scale, double eDelta, double cDelta, double kcal, Span<double> d, out double fuelTce, out int clamped)
    {
        clamped = 0;
        var sb = fb.Sector;
        var fuel = fb.FuelTce;
        double nb = fb.Nb;
        double db = fb.Db;
        double dt = db * scale;
        double eb = fb.Eb;
        double et = Math.Clamp(eb + eDelta, 0, 1);
        if (et != eb + eDelta && db > 0)
        {
            clamped |= 1;
        }
        double elec = sb.ElectricityKwh * scale + (et - eb) * dt / kcal;
        double nt = Math.Max(nb * scale - (et - eb) * dt, 0);
        double coal, oil, gas;
        // The non-electric fuel's ratio to the base, read by the mix and by CH4 and N2O (0 when there was none: then unread).
        double r = nb > 0 ? nt / nb : 0;
        if (nb > 0)
        {
            double cb = fb.Cb, gb = fb.Gb;
            double ct = Math.Clamp(cb + cDelta, 0, cb + gb);
            if (ct != cb + cDelta)
            {
                clamped |= 2;
            }
            coal = fuel.Coal * r + (ct - cb) * nt;
            gas = fuel.Gas * r - (ct - cb) * nt;
            oil = fuel.Oil * r;
        }
        else
        {
            coal = cityMix[mix * 3] * nt;
            oil = cityMix[mix * 3 + 1] * nt;
            gas = cityMix[mix * 3 + 2] * nt;
        }
        var co2 = fb.Co2Tonnes;
        d[DCo2 + s] = Co2Of(fuel.Coal, co2.Coal, coal, s, 0) + Co2Of(fuel.Oil, co2.Oil, oil, s, 1) + Co2Of(fuel.Gas, co2.Gas, gas, s, 2);
        d[DCh4 + s] = nb > 0 ? sb.Ch4Tonnes * r : 0;
        d[DN2o + s] = nb > 0 ? sb.N2oTonnes * r : 0;
        d[DCoal] += coal;
        d[DOil] += oil;
        d[DGas] += gas;
        fuelTce = coal + oil + gas;
        return elec;
    }

    /// <summary>Item 7: CO2 of a fuel group at the base implied factor, or the city's of the group in the sector, else of every sector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Co2Of(double fuelBase, double co2Base, double fuel, int s, int g)
    {
        if (fuelBase > 0)
        {
            return co2Base * (fuel / fuelBase);
        }
        if (fuel == 0)
        {
            return 0;
        }
        double f = cityFactor[s * 3 + g];
        return fuel * (double.IsNaN(f) ? allFactor[g] : f);
    }

    /// <summary>Scales an energy-industry sector's fuels and gases by <paramref name="scale"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScaleSector(SectorBase sb, int s, double scale, Span<double> d)
    {
        d[DCo2 + s] = sb.Co2Tonnes.Total * scale;
        d[DCh4 + s] = sb.Ch4Tonnes * scale;
        d[DN2o + s] = sb.N2oTonnes * scale;
        d[DCoal] += sb.FuelTce.Coal * scale;
        d[DOil] += sb.FuelTce.Oil * scale;
        d[DGas] += sb.FuelTce.Gas * scale;
    }

    /// <summary>Item 10: the output index min(Q_b Π(1 + k), cap × 10^4 × w) / Q_b; the growth index alone when the base output is unknown or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Capped(double? outputBase, double raw, int capLever, double weight, double[] lv, Part part, int y, List<LineText>? fl, int year)
    {
        if (y == 0 || !part.IsSet[capLever] || outputBase is not { } qb || qb <= 0 || double.IsNaN(weight))
        {
            return raw;
        }
        double cap = L(lv, part, capLever, y) * 1e4 * weight;
        double q = qb * raw;
        if (q <= cap)
        {
            return raw;
        }
        var def = slots[part.Slot[capLever]].Definition;
        fl?.Add(SectorSay.Scenario.Text("CapBinds", AreaName(part.Base), year, LineText.Term(def.NameEn, def.NameZh), def.Key, cap));
        return cap / qb;
    }

    /// <summary>The indicators of one area-year from its additive account (docs/scenarios.md §4, indicators); NaN where a divisor is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Indicators(ReadOnlySpan<double> a, Span<double> dest, double ke)
    {
        double gdp10k = a[AGdp] / 1e4;
        for (int r = 0; r < EnergyRules.Length; r++)
        {
            var (nonFossil, feedstock, usesTotal) = EnergyRules[r];
            double fs = feedstock ? a[AFeedstock] : 0;
            double nf = nonFossil switch
            {
                NonFossilDeduction.AllNonFossil => a[ANonFossil],
                NonFossilDeduction.NewRenewableOver2020 => Math.Max(0, a[ARc] - a[AR2020]) * ke,
                _ => 0,
            };
            double total = a[AGross] - nf - fs;
            double counted = usesTotal ? total : a[AGross] - fs;
            dest[EnergyTotalAt[r]] = Finite(total);
            dest[EnergyIntensityAt[r]] = Div(counted, gdp10k);
        }
        for (int k = 0; k < 2; k++)
        {
            double co2 = a[ACo2TNational + k];
            dest[Co2TargetAt[k]] = Finite(co2);
            dest[Co2IntensityAt[k]] = Div(co2, gdp10k);
            dest[Co2PerCapitaAt[k]] = Div(co2, a[APop]);
        }
        dest[TerritorialPerCapitaAt] = Div(a[ATerritorial], a[APop]);
        dest[CoalShareAt] = Div(a[ACoalNum], a[AGross]) * 100;
        dest[NonFossilShareAt] = Div(a[ANonFossil], a[AGross]) * 100;
        dest[ElectricityShareAt] = Div(a[AFinalElecTce], a[AFinal]) * 100;
        dest[CapacityAt] = Finite(a[ACap]);
        dest[IndustryIntensityAt] = Div(a[AIndustry], a[AVaIndustry] / 1e4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Div(double a, double b) => b == 0 ? double.NaN : Finite(a / b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Finite(double v) => double.IsFinite(v) ? v : double.NaN;

    /// <summary>Which of ProjectPart's yearly indices scales a block of <paramref name="kind"/> (item 11), in the order of its indices span:
    /// coal output, oil and gas output, steel, ferroalloy, coal chemical, industry activity, livestock, sink, population.</summary>
    private static int IndexOf(BlockKind kind) => kind switch
    {
        BlockKind.FugitiveCoal => 0,
        BlockKind.FugitiveOilGas => 1,
        BlockKind.Steel => 2,
        BlockKind.Ferroalloy => 3,
        BlockKind.CoalChemical => 4,
        BlockKind.OtherChemical or BlockKind.Minerals or BlockKind.OtherIppu => 5,
        BlockKind.Agriculture => 6,
        BlockKind.Lulucf => 7,
        _ => 8,
    };

    private static int SectorOf(BlockKind kind) => kind switch
    {
        BlockKind.FugitiveCoal => (int)ScenarioSector.FugitiveCoal,
        BlockKind.FugitiveOilGas => (int)ScenarioSector.FugitiveOilGas,
        BlockKind.Steel => (int)ScenarioSector.Steel,
        BlockKind.Ferroalloy => (int)ScenarioSector.Ferroalloy,
        BlockKind.CoalChemical => (int)ScenarioSector.CoalChemical,
        BlockKind.OtherChemical => (int)ScenarioSector.OtherChemical,
        BlockKind.Minerals => (int)ScenarioSector.Minerals,
        BlockKind.OtherIppu => (int)ScenarioSector.OtherIppu,
        BlockKind.Agriculture => (int)ScenarioSector.Agriculture,
        BlockKind.Lulucf => (int)ScenarioSector.Lulucf,
        _ => (int)ScenarioSector.Waste,
    };

    /// <summary>The six energy sectors of a part in <see cref="ScenarioSector"/> order.</summary>
    private static SectorBase[] SectorsOf(RegionBase p) => [p.Power, p.CokeMaking, p.OtherEnergyIndustry, p.Industry, p.Transport, p.Buildings];

    private static LineText AreaName(RegionBase p) =>
        p.IsCityRest ? SectorSay.Scenario.Text("CityRest", p.Region.Value) : LineText.Verbatim(p.Region.Value);

    /// <summary>The CO2 for the target of a part in the base year under <paramref name="rule"/> from the run's history; NaN when not there.</summary>
    private static double HistoryCo2Target(ScenarioBase baseState, RegionBase part, string rule)
    {
        double? Find(RegionCode region) => baseState.History.Indicators
            .FirstOrDefault(i => i.Indicator == IntensityIndicators.Co2Target && i.Rule == rule && i.Region == region && i.Year == baseState.BaseYear)?.Value;
        if (!part.IsCityRest)
        {
            return Find(part.Region) ?? double.NaN;
        }
        double? city = Find(baseState.City);
        double total = city ?? double.NaN;
        foreach (var banner in baseState.Parts.Where(p => !p.IsCityRest))
        {
            total -= Find(banner.Region) ?? double.NaN;
        }
        return total;
    }

    /// <summary>The base-year quantities of industry or buildings that <see cref="FinalSector"/> reads every year, computed once.</summary>
    private sealed class FinalBase
    {
        public FinalBase(SectorBase sector, double kcal)
        {
            Sector = sector;
            FuelTce = sector.FuelTce;
            Co2Tonnes = sector.Co2Tonnes;
            Nb = FuelTce.Total;
            Db = Nb + kcal * sector.ElectricityKwh;
            Eb = Db > 0 ? kcal * sector.ElectricityKwh / Db : 0;
            Cb = FuelTce.Coal / Nb;
            Gb = FuelTce.Gas / Nb;
        }

        public SectorBase Sector { get; }

        public FuelAmounts FuelTce { get; }

        public FuelAmounts Co2Tonnes { get; }

        /// <summary>Non-electric fuel, tce.</summary>
        public double Nb { get; }

        /// <summary>Final energy with electricity on the calorific basis, tce.</summary>
        public double Db { get; }

        /// <summary>The electric share of <see cref="Db"/>.</summary>
        public double Eb { get; }

        /// <summary>Coal's share of <see cref="Nb"/> (read only when Nb &gt; 0).</summary>
        public double Cb { get; }

        /// <summary>Gas's share of <see cref="Nb"/> (read only when Nb &gt; 0).</summary>
        public double Gb { get; }
    }

    /// <summary>A part's bound state.</summary>
    private sealed class Part
    {
        public Part(RegionBase rb, int index, ScenarioGwp gwp)
        {
            Base = rb;
            Blocks = rb.Blocks.ToArray();
            IndustryBase = new FinalBase(rb.Industry, rb.Account.CalorificTcePerKwh);
            TransportFuelBase = rb.Transport.FuelTce.Total;
            BuildingsBase = new FinalBase(rb.Buildings, rb.Account.CalorificTcePerKwh);
            BlockSector = Blocks.Select(k => SectorOf(k.Kind)).ToArray();
            BlockIndex = Blocks.Select(k => IndexOf(k.Kind)).ToArray();
            Index = index;
            ElectricityBase = rb.Industry.ElectricityKwh + rb.Transport.ElectricityKwh + rb.Buildings.ElectricityKwh;
            var sectors = SectorsOf(rb);
            for (int s = 0; s < 6; s++)
            {
                EnergyCo2Base[s] = sectors[s].Co2Tonnes.Total;
                // The lines' CO2e of CH4 and N2O over the fossil-GWP price of the same masses (1 under AR5; below 1 with AR6 biomass CH4).
                double atFossil = sectors[s].Ch4Tonnes * gwp.FossilCh4 + sectors[s].N2oTonnes * gwp.N2o;
                NonCo2Pricing[s] = sectors[s].NonCo2Co2eTonnes is { } lines && atFossil > 0 ? lines / atFossil : 1;
            }
            // The base sums in the order ProjectPart adds the projected fuels: industry, buildings, transport, power, coke making, others, feedstock.
            SectorBase[] order = [rb.Industry, rb.Buildings, rb.Transport, rb.Power, rb.CokeMaking, rb.OtherEnergyIndustry];
            double coal = 0, oil = 0, gas = 0;
            foreach (var sector in order)
            {
                coal += sector.FuelTce.Coal;
                oil += sector.FuelTce.Oil;
                gas += sector.FuelTce.Gas;
            }
            coal += rb.Account.FeedstockTce;
            CoalSumBase = coal;
            FuelSumBase = coal + oil + gas;
            CoalRawBase = rb.Account.CoalTce - rb.Account.ElectricityTcePerKwh * Math.Min(0, rb.Account.NetImportKwh);
        }

        public RegionBase Base { get; }

        public BlockBase[] Blocks { get; }

        public FinalBase IndustryBase { get; }

        /// <summary>Transport's base fuel, tce.</summary>
        public double TransportFuelBase { get; }

        public FinalBase BuildingsBase { get; }

        /// <summary>Per block, its sector (<see cref="SectorOf"/>).</summary>
        public int[] BlockSector { get; }

        /// <summary>Per block, which of ProjectPart's block indices scales it (<see cref="IndexOf"/>).</summary>
        public int[] BlockIndex { get; }

        public int Index { get; }

        public int[] Slot { get; } = new int[LeverCount];

        /// <summary>Slot × years: where each lever's values start in the values array.</summary>
        public int[] Offset { get; } = new int[LeverCount];

        /// <summary>False when every rate lever is unset (default 0): the yearly products stay 1.</summary>
        public bool AnyRateSet { get; set; }

        /// <summary>Per lever of <see cref="SeriesLevers"/>, where its yearly series starts in the series array (0: the ones, Years: the zeros).</summary>
        public int[] Series { get; } = new int[SeriesLevers.Length];

        public bool[] IsSet { get; } = new bool[LeverCount];

        public double ElectricityBase { get; }

        public double[] EnergyCo2Base { get; } = new double[6];

        /// <summary>Per energy sector, the base lines' CO2e of CH4 and N2O over its fossil-GWP price (see <see cref="SectorBase.NonCo2Co2eTonnes"/>).</summary>
        public double[] NonCo2Pricing { get; } = new double[6];

        public double CoalRawBase { get; }

        public double[] Co2TargetBase { get; } = new double[2];

        public double WCap { get; set; }

        public double WSteel { get; set; }

        public double WFerro { get; set; }

        public double WCoke { get; set; }

        public double WCcus { get; set; }

        public double CoalSumBase { get; }

        public double FuelSumBase { get; }
    }

    /// <summary>True when <paramref name="part"/>'s block <paramref name="kind"/> has an emission in the base year.</summary>
    private static bool Emits(RegionBase part, BlockKind kind) =>
        part.Blocks.Any(b => b.Kind == kind && (b.Co2eTonnes != 0 || b.Co2Tonnes != 0 || b.Ch4Tonnes != 0 || b.N2oTonnes != 0));
}
