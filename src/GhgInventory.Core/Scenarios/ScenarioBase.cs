using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Scenarios;

/// <summary>Coal, oil and natural gas amounts of a sector (tce of fuel, or t of CO2 from it).</summary>
/// <param name="Coal">Coal and coal products (the coal group of the coal share).</param>
/// <param name="Oil">Oil products.</param>
/// <param name="Gas">Natural gas, LNG, refinery and other gases counted with gas.</param>
public readonly record struct FuelAmounts(double Coal, double Oil, double Gas)
{
    /// <summary>Coal + oil + gas.</summary>
    public double Total => Coal + Oil + Gas;
}

/// <summary>One energy sector of a region in the base year: its fuels, their gases and its electricity use.</summary>
/// <param name="FuelTce">Fuel by group, tce (combustion and, for energy industries, transformation input net of output).</param>
/// <param name="Co2Tonnes">CO2 of each fuel group, t.</param>
/// <param name="Ch4Tonnes">CH4 of the sector's fuels, t.</param>
/// <param name="N2oTonnes">N2O of the sector's fuels, t.</param>
/// <param name="ElectricityKwh">Electricity used by the sector (final use), kWh; 0 for power and energy industries.</param>
public sealed record SectorBase(FuelAmounts FuelTce, FuelAmounts Co2Tonnes, double Ch4Tonnes, double N2oTonnes, double ElectricityKwh)
{
    /// <summary>A sector with nothing in it.</summary>
    public static SectorBase Empty { get; } = new(default, default, 0, 0, 0);

    /// <summary>The CO2e of the sector's CH4 and N2O as the run's lines price them, t; null to price them with <see cref="ScenarioGwp"/>'s
    /// fossil CH4 and N2O GWPs. The lines' own figure keeps the base year tied to the inventory where a sector holds non-fossil CH4 (AR6
    /// biomass CH4 at 27.0 against fossil 29.8); the projection scales it with the sector's GWP-weighted CH4 and N2O.</summary>
    public double? NonCo2Co2eTonnes { get; init; }
}

/// <summary>The non-energy parts of an inventory that the projection scales by one index each (docs/scenarios.md §4 item 11).</summary>
public enum BlockKind
{
    /// <summary>1.B.1 coal mining and handling.</summary>
    FugitiveCoal,

    /// <summary>1.B.2 oil and natural gas systems.</summary>
    FugitiveOilGas,

    /// <summary>2.C.1 iron and steel.</summary>
    Steel,

    /// <summary>2.C.2 ferroalloys.</summary>
    Ferroalloy,

    /// <summary>2.B.8 and 2.B.10: coal chemicals (methanol, olefins, glycol, SNG …).</summary>
    CoalChemical,

    /// <summary>The rest of 2.B (ammonia, calcium carbide …).</summary>
    OtherChemical,

    /// <summary>2.A mineral industry (clinker, lime).</summary>
    Minerals,

    /// <summary>2.D–2.H (F-gases, SF6, non-energy products).</summary>
    OtherIppu,

    /// <summary>3.A, 3.C, 3.D agriculture.</summary>
    Agriculture,

    /// <summary>3.B land use, land-use change and forestry (net removals negative).</summary>
    Lulucf,

    /// <summary>4 waste.</summary>
    Waste,
}

/// <summary>A non-energy block of a region in the base year.</summary>
/// <param name="Kind">Which block.</param>
/// <param name="Co2Tonnes">CO2, t (negative for net removals).</param>
/// <param name="Ch4Tonnes">CH4, t.</param>
/// <param name="N2oTonnes">N2O, t.</param>
/// <param name="Co2eTonnes">Every gas of the block in CO2e under the run's GWP set (F-gases included), t.</param>
public sealed record BlockBase(BlockKind Kind, double Co2Tonnes, double Ch4Tonnes, double N2oTonnes, double Co2eTonnes);

/// <summary>The base year's energy account of a region, the anchor of the projected indicators (docs/scenarios.md §4, indicators).</summary>
/// <param name="GrossTce">Gross energy consumption, tce (<see cref="Energy.EnergyAccount.GrossTce"/>).</param>
/// <param name="FossilTce">Fossil fuels net of transformation outputs, tce.</param>
/// <param name="CoalTce">The coal share's numerator, tce, on the account's basis (net export deducted from coal).</param>
/// <param name="NonFossilTce">Non-fossil energy counted in gross, tce.</param>
/// <param name="FeedstockTce">Feedstock energy, tce.</param>
/// <param name="FinalEnergyCalorificTce">Final energy consumption, electricity on the calorific basis, tce.</param>
/// <param name="FinalElectricityKwh">Electricity in final energy consumption, kWh.</param>
/// <param name="IndustryEnergyTce">Industrial energy (the numerator of industry_energy_intensity), tce; null when unknown.</param>
/// <param name="NetImportKwh">Net imported electricity, kWh (negative for a net exporter).</param>
/// <param name="ElectricityTcePerKwh">The account's electricity basis, tce/kWh.</param>
/// <param name="CalorificTcePerKwh">The calorific equivalent of electricity, tce/kWh.</param>
/// <param name="RenewableConsumptionKwh">Renewable electricity consumed, kWh; null when not given.</param>
/// <param name="Renewable2020Kwh">The same in 2020 (the base of the new-renewables rule), kWh; null when not given.</param>
/// <param name="EnergyCo2Tonnes">The energy CO2 the CO2 intensity counts before the grid adjustment, t.</param>
public sealed record EnergyAccountBase(double GrossTce, double FossilTce, double CoalTce, double NonFossilTce, double FeedstockTce,
    double FinalEnergyCalorificTce, double FinalElectricityKwh, double? IndustryEnergyTce, double NetImportKwh, double ElectricityTcePerKwh,
    double CalorificTcePerKwh, double? RenewableConsumptionKwh, double? Renewable2020Kwh, double EnergyCo2Tonnes);

/// <summary>Product outputs of the base year that capacity caps act on, t; null when the run has no row for them.</summary>
/// <param name="SteelTonnes">Crude steel.</param>
/// <param name="FerroalloyTonnes">Ferroalloys.</param>
/// <param name="CokeTonnes">Coke.</param>
/// <param name="CoalMinedTonnes">Raw coal mined.</param>
public sealed record ProductOutputs(double? SteelTonnes, double? FerroalloyTonnes, double? CokeTonnes, double? CoalMinedTonnes);

/// <summary>One projected part of the city in the base year (docs/scenarios.md §3): a banner, or the city's lines in no banner.</summary>
/// <param name="Region">The region (the city's own code for the city's rest).</param>
/// <param name="IsCityRest">True for the city's lines that are in no banner.</param>
/// <param name="GdpYuan">GDP in the base year at the constant prices of <see cref="ScenarioBase.PriceBaseYear"/>, yuan (chained from the volume
/// indices as the scorecard does, so projected intensities compare with the targets' base values).</param>
/// <param name="Va1Yuan">Primary industry value added, yuan, at the same prices.</param>
/// <param name="Va2Yuan">Secondary industry value added, yuan, at the same prices.</param>
/// <param name="Va3Yuan">Tertiary industry value added, yuan, at the same prices.</param>
/// <param name="Population">Resident population, persons.</param>
/// <param name="Industry">1.A.2.</param>
/// <param name="Transport">1.A.3.</param>
/// <param name="Buildings">1.A.4 and 1.A.5.</param>
/// <param name="Power">1.A.1.a, public and autoproducer plants, heat included.</param>
/// <param name="ThermalGenerationKwh">Electricity generated by the plants of <paramref name="Power"/>, kWh.</param>
/// <param name="CokeMaking">1.A.1.c.i.</param>
/// <param name="OtherEnergyIndustry">1.A.1.b, 1.A.1.c.ii and the rest of 1.A.1.</param>
/// <param name="ConsumptionKwh">Electricity used in the region, kWh.</param>
/// <param name="RenewableCapacityGw">Wind and solar capacity, GW; null when not given.</param>
/// <param name="Account">The energy account's totals.</param>
/// <param name="Outputs">Product outputs.</param>
/// <param name="Blocks">The non-energy blocks, each kind at most once.</param>
/// <param name="Flags">What the reader must know about this base (lines without a number, lower bounds): shown with every result.</param>
public sealed record RegionBase(RegionCode Region, bool IsCityRest, double GdpYuan, double Va1Yuan, double Va2Yuan, double Va3Yuan, double Population,
    SectorBase Industry, SectorBase Transport, SectorBase Buildings, SectorBase Power, double ThermalGenerationKwh, SectorBase CokeMaking,
    SectorBase OtherEnergyIndustry, double ConsumptionKwh, double? RenewableCapacityGw, EnergyAccountBase Account, ProductOutputs Outputs,
    IReadOnlyList<BlockBase> Blocks, IReadOnlyList<LineText> Flags)
{
    /// <summary>Industrial value added (工业增加值) at the same prices, yuan: the divisor of industry_energy_intensity in the scorecard; it moves
    /// with <see cref="Va2Yuan"/> (its share of the secondary industry held); null when not given (the indicator is then not projected).</summary>
    public double? VaIndustryYuan { get; init; }
}

/// <summary>The GWPs the projection prices CH4 and N2O of energy sectors with (the run's set; blocks carry their own CO2e).</summary>
/// <param name="Set">The GWP set's name (AR5 …).</param>
/// <param name="FossilCh4">GWP of fossil CH4.</param>
/// <param name="N2o">GWP of N2O.</param>
public sealed record ScenarioGwp(string Set, double FossilCh4, double N2o);

/// <summary>What the base run gives of the years up to the base year: for targets' base years and budgets' used part.</summary>
/// <param name="TerritorialCo2Tonnes">Territorial CO2 (excluding LULUCF) by region and year, t; the city under its own code.</param>
/// <param name="Co2eTonnes">CO2e excluding LULUCF by region and year, t.</param>
/// <param name="Indicators">Every scorecard indicator of the city and the banners in the years the targets need.</param>
public sealed record ScenarioHistory(IReadOnlyDictionary<(RegionCode Region, int Year), double> TerritorialCo2Tonnes,
    IReadOnlyDictionary<(RegionCode Region, int Year), double> Co2eTonnes, IReadOnlyList<IndicatorPoint> Indicators);

/// <summary>Everything the projection starts from: one stored run's base year, by part, with its history.</summary>
/// <param name="City">The city.</param>
/// <param name="RunId">The stored inventory run.</param>
/// <param name="RunHash">The run's content hash (its identity).</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Gwp">The run's GWPs.</param>
/// <param name="Parts">The banners (code order), then the city's rest when it has lines.</param>
/// <param name="History">Years up to the base year.</param>
/// <param name="Targets">The targets to check.</param>
/// <param name="Budgets">The carbon budgets to keep.</param>
public sealed record ScenarioBase(RegionCode City, long RunId, string RunHash, int BaseYear, ScenarioGwp Gwp, IReadOnlyList<RegionBase> Parts,
    ScenarioHistory History, IReadOnlyList<Target> Targets, IReadOnlyList<CarbonBudget> Budgets)
{
    /// <summary>The year whose prices GDP and value added are in (the earliest target base year covered by the run, else the base year):
    /// the price base of the history's intensities, so a target's base value and the projected value are divided by the same GDP.</summary>
    public int PriceBaseYear { get; init; } = BaseYear;
}
