// GenerateOrdosSample.cs: writes the ILLUSTRATIVE Ordos (鄂尔多斯市) energy-activity sample that `ghg demo` runs on.
//
//   dotnet run tools/SampleData/GenerateOrdosSample.cs -- samples/ordos
//
// The numbers it writes are NOT published statistics. They are invented from the named constants below, each of which
// says which published fact it was sized against (see /work/shared/reference: ordos_city_facts.csv,
// ordos_published_co2.csv, ordos_banner_facts.csv, china_provincial_fuel_factors.csv, gbt2589_coal_equivalent.csv,
// china_gbt32151_22_2024_fuel_defaults.csv). Where no published fact exists, the constant says "illustrative".
//
// Deterministic: no clock, no Random. Small row-to-row variation comes from a hash of the row key and a fixed seed,
// so the same run gives byte-identical files. energy_2015..2017.csv are written in GB18030, later years in UTF-8
// without BOM, all with LF line ends.
//
// Method, per year:
//   1. Driver blocks (power, CHP, heat plants, refining, coking, mining own use, industry, transport, buildings,
//      agriculture) give fuel quantities per banner from city totals and banner weights.
//   2. City-level rows (150600): jet kerosene at the airport, railway diesel and electricity, pipeline transport.
//   3. Each banner's fuel-combustion CO2 is brought to its share (Chen et al. 2020 county shares) of the city target
//      (CEADs x EnergyShareOfCeads) by a balancing block of industrial coal and gas (mostly coal chemicals, 1.A.2.c).
//      The coal-chemical coal is then split into fuel and feedstock rows (use column; FeedstockShareOfChemicalCoal), and
//      the coke ovens get their coal input (use transformation) and products (use output) beside their fuel rows.
//   4. Electricity consumption = generation x (1 - net-export share), split over consuming sectors and banners.
//   5. Heat consumption = each banner's heat supply x (1 - network loss), split over buildings and industry.
// The summary it prints (and samples/ordos/README.md reproduces) is computed back from the rounded values written.

using System.Globalization;
using System.Text;

var outDir = args.Length > 0 ? args[0] : Path.Combine("samples", "ordos");
Directory.CreateDirectory(outDir);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var gb18030 = Encoding.GetEncoding(54936);
var utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var summaries = new List<YearSummary>();
var energyRows = new Dictionary<int, List<Row>>();
for (var year = Sizing.FirstYear; year <= Sizing.LastYear; year++)
{
    var rows = Model.BuildYear(year);
    energyRows[year] = rows;
    var encoding = year <= Sizing.LastGb18030Year ? gb18030 : (Encoding)utf8NoBom;
    var file = Path.Combine(outDir, Inv($"energy_{year}.csv"));
    File.WriteAllText(file, Csv.Render(rows), encoding);
    summaries.Add(Summary.Of(year, rows));
}

// The published indicator figures, each with its source, are data (tools/SampleData/published_indicators.csv), never retyped here.
var published = Indicators.ReadPublished(args.Length > 1 ? args[1] : Path.Combine("tools", "SampleData", "published_indicators.csv"));
var indicators = Indicators.Build(published, energyRows);
File.WriteAllText(Path.Combine(outDir, "indicators.csv"), Indicators.Render(indicators), utf8NoBom);
// Issue 15: the coal-chemical products of each banner's feedstock (sector_coalchem.csv), from the rounded feedstock rows written above.
File.WriteAllText(Path.Combine(outDir, "sector_coalchem.csv"), Csv.Render(CoalChem.Build(energyRows)), utf8NoBom);
File.WriteAllText(Path.Combine(outDir, "gdp.csv"), Indicators.RenderGdp(published), utf8NoBom);
Console.Out.Write(Summary.Render(summaries));
Console.Out.Write("\n" + Indicators.Summary(indicators));
return 0;

static string Inv(FormattableString s) => FormattableString.Invariant(s);

/// <summary>GB/T 2260 codes of Ordos and its nine county-level units.</summary>
internal static class Regions
{
    public const string City = "150600";
    public const string Dongsheng = "150602";   // 东胜区
    public const string Kangbashi = "150603";   // 康巴什区 (split from 东胜区 in 2016)
    public const string Dalad = "150621";       // 达拉特旗
    public const string Jungar = "150622";      // 准格尔旗
    public const string OtogFront = "150623";   // 鄂托克前旗
    public const string Otog = "150624";        // 鄂托克旗
    public const string Hanggin = "150625";     // 杭锦旗
    public const string Uxin = "150626";        // 乌审旗
    public const string EjinHoro = "150627";    // 伊金霍洛旗

    /// <summary>Kangbashi has rows from this year on; before it, Dongsheng carries its weights.</summary>
    public const int KangbashiFirstYear = 2016;

    public static readonly string[] Banners = [Dongsheng, Kangbashi, Dalad, Jungar, OtogFront, Otog, Hanggin, Uxin, EjinHoro];

    /// <summary>Banners whose rows use the English unit spellings (10^4 t, 10^4 m3, 10^4 kWh, GJ), to exercise unit parsing.</summary>
    public const string EnglishUnitsBanner = Hanggin;

    /// <summary>Banners that write large natural-gas quantities in 亿立方米 rather than 万立方米.</summary>
    public static readonly HashSet<string> GasInHundredMillion = [Uxin, OtogFront];
}

/// <summary>
/// Every assumption, named. "Sized against" names the published fact; "illustrative" means no published value was found
/// and the number is a plausible invention. Weights are relative and normalised where used.
/// </summary>
internal static class Sizing
{
    public const int FirstYear = 2015;
    public const int LastYear = 2024;
    public const int LastGb18030Year = 2017;

    /// <summary>Seed of the hash that varies rows slightly (deterministic, no Random).</summary>
    public const ulong JitterSeed = 20151231;

    /// <summary>Relative half-width of that variation (+/- 3 %) on driver-block fuel rows and electricity rows.</summary>
    public const double JitterHalfWidth = 0.03;

    // ---- City CO2 target -------------------------------------------------------------------------------------------

    /// <summary>CEADs city inventory, Ordos, Mt CO2 (fuel combustion + industrial processes), 2015-2019.
    /// Sized against: ordos_published_co2.csv (CEADs, Shan et al. 2017/2019/2022).</summary>
    public static readonly Dictionary<int, double> CeadsMt = new()
    {
        [2015] = 218.14, [2016] = 207.14, [2017] = 225.71, [2018] = 253.18, [2019] = 313.42,
    };

    /// <summary>Fuel-combustion CO2 as a share of the CEADs total (which also has process CO2). Brief: 85-92 %.</summary>
    public const double EnergyShareOfCeads = 0.88;

    /// <summary>Growth of the fuel-combustion CO2 target after the CEADs series ends (illustrative; keeps 2024 near
    /// 320 Mt from energy, about 360 Mt on the CEADs scope, inside the brief's 320-380 Mt).</summary>
    public static readonly Dictionary<int, double> GrowthAfter2019 = new()
    {
        [2020] = 0.015, [2021] = 0.045, [2022] = 0.035, [2023] = 0.030, [2024] = 0.025,
    };

    /// <summary>Banner shares of banner-total CO2: Chen et al. 2020 (Sci. Data 7:391) county inventory, 2017
    /// (准格尔 25.68, 东胜 23.33, 伊金霍洛 19.21, 达拉特 12.38, 鄂托克 10.82, 乌审 6.07, 鄂托克前 4.74, 杭锦 2.31 Mt of
    /// 104.5). Chen's 东胜区 includes 康巴什区; from 2016 康巴什 takes KangbashiShare out of 东胜's share.</summary>
    public static readonly Dictionary<string, double> ChenShare = new()
    {
        [Regions.Jungar] = 0.246, [Regions.Dongsheng] = 0.223, [Regions.EjinHoro] = 0.184, [Regions.Dalad] = 0.118,
        [Regions.Otog] = 0.104, [Regions.Uxin] = 0.058, [Regions.OtogFront] = 0.045, [Regions.Hanggin] = 0.022,
    };

    /// <summary>康巴什区 share of banner-total CO2 from 2016 (illustrative, brief: about 1 %).</summary>
    public const double KangbashiShare = 0.010;

    /// <summary>Chen's shares hardly move over 2015-2017 (东胜 22.15/22.30/22.32 %, 乌审 5.77/5.80/5.81 %). After 2017
    /// they drift by these relative rates per year (then renormalised), so banner trends differ: 上海庙 power base and
    /// export line in 鄂托克前, new mines and coal chemicals in 乌审, industry moving out of urban 东胜. Illustrative.</summary>
    public const int ShareDriftFromYear = 2017;

    public static readonly Dictionary<string, double> ShareDriftPerYear = new()
    {
        [Regions.Dongsheng] = -0.015, [Regions.Kangbashi] = 0.0, [Regions.Dalad] = 0.0, [Regions.Jungar] = 0.003,
        [Regions.OtogFront] = 0.03, [Regions.Otog] = 0.005, [Regions.Hanggin] = 0.01, [Regions.Uxin] = 0.025, [Regions.EjinHoro] = -0.005,
    };

    // ---- Power ------------------------------------------------------------------------------------------------------

    /// <summary>Generation 发电量, TWh (all plants incl. new energy). Sized against: 2018 103.4 TWh (1034 亿kWh, city
    /// party secretary 2019-09); 2021 Jan-Feb 20.96 TWh +18.5 %; capacity 23.08 GW (2018), 29.45 GW (2021), 40.31 GW
    /// (2022); other years illustrative.</summary>
    public static readonly Dictionary<int, double> GenerationTWh = new()
    {
        [2015] = 83.0, [2016] = 87.0, [2017] = 94.0, [2018] = 103.4, [2019] = 111.0,
        [2020] = 113.0, [2021] = 128.0, [2022] = 142.0, [2023] = 154.0, [2024] = 165.0,
    };

    /// <summary>New-energy (wind + PV) generation, TWh. Sized against: 2.7 GW new energy in 2018, 4.14 GW end-2021,
    /// and 2025 new-energy generation 25.75 TWh at +74 % y/y, so 2024 = 25.75 / 1.74 = 14.8 TWh. The published 2025
    /// figure caps the 2024 share near 9 %, well below the 25 % the brief suggested (that is the capacity share).</summary>
    public static readonly Dictionary<int, double> NewEnergyTWh = new()
    {
        [2015] = 1.6, [2016] = 2.0, [2017] = 2.6, [2018] = 3.5, [2019] = 4.0,
        [2020] = 4.8, [2021] = 5.8, [2022] = 7.5, [2023] = 10.0, [2024] = 14.8,
    };

    /// <summary>Net export as a share of generation. Sized against: 2018 about 40 of 103.4 TWh sent out (38.7 %);
    /// brief keeps it at 35-45 %.</summary>
    public static readonly Dictionary<int, double> NetExportShare = new()
    {
        [2015] = 0.36, [2016] = 0.37, [2017] = 0.38, [2018] = 0.387, [2019] = 0.39,
        [2020] = 0.39, [2021] = 0.40, [2022] = 0.41, [2023] = 0.41, [2024] = 0.42,
    };

    /// <summary>Thermal-power standard-coal rate, gce/kWh generated. Sized against: national 305.5 gce/kWh in 2020
    /// (china_power_coal_consumption.csv); the trend either side is illustrative.</summary>
    public static readonly Dictionary<int, double> CoalRateGcePerKWh = new()
    {
        [2015] = 318, [2016] = 316, [2017] = 314, [2018] = 311, [2019] = 308,
        [2020] = 305, [2021] = 303, [2022] = 301, [2023] = 300, [2024] = 299,
    };

    /// <summary>Share of thermal generation from CHP units (1.A.1.a.ii); the rest is power-only (1.A.1.a.i). Illustrative.</summary>
    public const double ChpShareOfThermal = 0.15;

    /// <summary>Power-only thermal plants by banner. Brief: mainly 准格尔, 达拉特, 鄂托克, 伊金霍洛 (88 % here).</summary>
    public static readonly Dictionary<string, double> PowerWeight = new()
    {
        [Regions.Jungar] = 40, [Regions.Dalad] = 21, [Regions.EjinHoro] = 16, [Regions.Otog] = 11,
        [Regions.Dongsheng] = 6, [Regions.OtogFront] = 3, [Regions.Uxin] = 2, [Regions.Hanggin] = 1,
    };

    /// <summary>New-energy generation by banner (库布其 desert PV in 杭锦, the 达拉特 PV base; illustrative).</summary>
    public static readonly Dictionary<string, double> NewEnergyWeight = new()
    {
        [Regions.Hanggin] = 25, [Regions.Dalad] = 25, [Regions.Otog] = 15, [Regions.OtogFront] = 12,
        [Regions.Uxin] = 10, [Regions.Jungar] = 8, [Regions.EjinHoro] = 5,
    };

    /// <summary>Banners whose mine-mouth plants burn some middlings (洗中煤, other_washed_coal), and its share of
    /// their power-plant fuel in tce (illustrative).</summary>
    public static readonly HashSet<string> MiddlingsBurners = [Regions.Jungar, Regions.Dalad];

    public const double MiddlingsShareOfPowerTce = 0.06;

    /// <summary>Ignition and start-up diesel at power plants, t per TWh thermal generation (illustrative).</summary>
    public const double IgnitionDieselTPerTWh = 25;

    // ---- Heat -------------------------------------------------------------------------------------------------------

    /// <summary>District heat supply 供热量, 10^4 GJ, 2015 (illustrative: about 60 million m2 heated at 0.45 GJ/m2).</summary>
    public const double HeatSupply2015TenThousandGJ = 2800;

    /// <summary>Yearly growth of heat supply (illustrative; urbanisation 78.1 % in 2022, 79.19 % in 2023).</summary>
    public const double HeatSupplyGrowth = 0.04;

    /// <summary>Heat demand by banner (urban population; 东胜+康巴什 is the city centre). Illustrative.</summary>
    public static readonly Dictionary<string, double> HeatWeight = new()
    {
        [Regions.Dongsheng] = 36, [Regions.Kangbashi] = 8, [Regions.Dalad] = 11, [Regions.Jungar] = 13,
        [Regions.EjinHoro] = 10, [Regions.Otog] = 6, [Regions.Uxin] = 6, [Regions.OtogFront] = 5, [Regions.Hanggin] = 5,
    };

    /// <summary>Share of each banner's heat from CHP; the rest from heat plants (illustrative).</summary>
    public static readonly Dictionary<string, double> ChpHeatShare = new()
    {
        [Regions.Dongsheng] = 0.75, [Regions.Kangbashi] = 0.0, [Regions.Dalad] = 0.70, [Regions.Jungar] = 0.80,
        [Regions.EjinHoro] = 0.70, [Regions.Otog] = 0.60, [Regions.Uxin] = 0.50, [Regions.OtogFront] = 0.0, [Regions.Hanggin] = 0.0,
    };

    /// <summary>Coal for CHP heat, kgce per GJ supplied (34.12 kgce/GJ heat by GB/T 2589 at 87.5 % boiler efficiency).</summary>
    public const double ChpHeatKgcePerGJ = 39;

    /// <summary>Coal for heat-plant heat, kgce per GJ supplied (34.12 at 81 % efficiency).</summary>
    public const double HeatPlantKgcePerGJ = 42;

    /// <summary>Natural gas per GJ from gas boilers, m3 (1 / (0.90 x 0.038931 GJ/m3)).</summary>
    public const double GasBoilerM3PerGJ = 28.54;

    /// <summary>Gas share of heat-plant heat, 2015 and 2024 (coal-to-gas switching; illustrative). 康巴什 new town: KangbashiGasHeatShare.</summary>
    public const double HeatPlantGasShare2015 = 0.05;

    public const double HeatPlantGasShare2024 = 0.25;

    public const double KangbashiGasHeatShare = 0.60;

    /// <summary>Heat-network loss (illustrative).</summary>
    public const double HeatNetworkLoss = 0.08;

    /// <summary>Where delivered heat is used (brief: 1.A.4.a/1.A.4.b and industry).</summary>
    public static readonly (string Category, double Share)[] HeatUse =
    [
        ("1.A.4.b", 0.55), ("1.A.4.a", 0.30), ("1.A.2.m", 0.10), ("1.A.2.c", 0.05),
    ];

    // ---- Energy industries other than power --------------------------------------------------------------------------

    /// <summary>Refinery-type units at the coal-to-liquids sites (1.A.1.b), kt refinery gas and fuel oil (illustrative).</summary>
    public const double RefineryGasKt2015 = 20, RefineryGasKt2024 = 40, RefineryFuelOilKt2015 = 6, RefineryFuelOilKt2024 = 4;

    public static readonly Dictionary<string, double> RefiningWeight = new() { [Regions.EjinHoro] = 60, [Regions.Jungar] = 40 };

    /// <summary>Coke output, Mt (illustrative; no published Ordos figure found).</summary>
    public static readonly Dictionary<int, double> CokeOutputMt = new()
    {
        [2015] = 7.0, [2016] = 6.5, [2017] = 7.5, [2018] = 8.0, [2019] = 8.5,
        [2020] = 8.5, [2021] = 9.0, [2022] = 9.0, [2023] = 9.5, [2024] = 9.5,
    };

    /// <summary>Coke-oven gas burnt to heat the ovens, m3 per t coke (about 45 % of a 420 m3/t yield), and raw coal for
    /// the coking plants' boilers, t per t coke (illustrative).</summary>
    public const double CokeOvenGasM3PerTCoke = 190, CokingRawCoalTPerTCoke = 0.01;

    /// <summary>Coke per t of cleaned (coking) coal charged: the low end of the usual 0.75–0.78 coke yield of coking coal
    /// (issue 12). The low end, because the factor library's carbon content of 洗精煤 (GB/T 32151.22-2024: 26.334 GJ/t ×
    /// 25.41 tC/TJ = 0.669 t C/t) leaves little room for the products: per t coke, 1/0.75 t coal holds 0.892 t C, the coke
    /// 0.839 t C (28.435 GJ/t × 29.5 tC/TJ) and the tar below 0.039 t C. Illustrative within the cited range.</summary>
    public const double CokeYieldOfCokingCoal = 0.75;

    /// <summary>Coal tar (其他焦化产品) per t of coal charged, 3.5 % (typical 3–4 %; illustrative).</summary>
    /// <remarks>Coke-oven gas is not written as an output: at about 420 m3/t coke (the yield behind CokeOvenGasM3PerTCoke)
    /// and 17.981 MJ/m3 × 13.58 tC/TJ it holds 0.103 t C per t coke, so coke, gas and tar (0.98 t C) would hold more carbon
    /// than the coal (0.892 t C) at the library's factors, and the compile refuses such a balance. The gas stays accounted
    /// where it is burnt (1.A.1.c.i oven heating, 1.A.2.a); a measured carbon content of the coking coal would let it in.</remarks>
    public const double TarYieldOfCoalCharge = 0.035;

    /// <summary>Share of the coal-chemical coal (1.A.2.c, raw and cleaned) used as feedstock (原料用能: gasified into syngas
    /// for methanol, olefins and coal-to-liquids); the rest is fuel coal for boilers, steam and power. Illustrative: no
    /// published Ordos split was found (searched: 煤化工 原料煤 燃料煤 比例; coal-to-olefins and methanol feedstock share);
    /// 0.6 is a round figure for gasification-based plants, where the coal gasified is the larger part.</summary>
    public const double FeedstockShareOfChemicalCoal = 0.6;

    /// <summary>Coking by banner (棋盘井 cluster in 鄂托克; illustrative).</summary>
    public static readonly Dictionary<string, double> CokingWeight = new()
    {
        [Regions.Otog] = 45, [Regions.Jungar] = 25, [Regions.Uxin] = 10, [Regions.Dalad] = 10, [Regions.OtogFront] = 10,
    };

    /// <summary>Raw coal output, Mt. Sized against: 2016 about 540 Mt; 2019 Jan-Sep 501.08 Mt (x 4/3); 2021 about
    /// 670 Mt; Jan-Aug 514.19 Mt (likely 2022, x 3/2); Jan-Oct 672 Mt (likely 2023, x 1.2); 2024 Q1-Q3 652 Mt (x 4/3).
    /// 2015, 2017, 2018, 2020 illustrative.</summary>
    public static readonly Dictionary<int, double> CoalOutputMt = new()
    {
        [2015] = 600, [2016] = 540, [2017] = 590, [2018] = 640, [2019] = 670,
        [2020] = 640, [2021] = 670, [2022] = 770, [2023] = 805, [2024] = 870,
    };

    /// <summary>Coal-mine own use per t of output: raw coal for boilers (kg/t, 2015 and 2024, falling with
    /// electrification) and diesel for open-pit haulage (kg/t). Illustrative.</summary>
    public const double MineRawCoalKgPerT2015 = 1.2, MineRawCoalKgPerT2024 = 0.5, MineDieselKgPerT = 0.40;

    /// <summary>Coal output by banner (准格尔 and 伊金霍洛 open-pit and large shaft mines; illustrative).</summary>
    public static readonly Dictionary<string, double> CoalMiningWeight = new()
    {
        [Regions.Jungar] = 33, [Regions.EjinHoro] = 30, [Regions.Uxin] = 12, [Regions.Otog] = 7, [Regions.Dongsheng] = 6,
        [Regions.Dalad] = 6, [Regions.OtogFront] = 5, [Regions.Hanggin] = 1,
    };

    /// <summary>Natural gas output, bcm. Sized against: 26.01 bcm (2021), 29.53 bcm (2022); other years illustrative.</summary>
    public static readonly Dictionary<int, double> GasOutputBcm = new()
    {
        [2015] = 21.0, [2016] = 21.5, [2017] = 22.0, [2018] = 23.5, [2019] = 24.5,
        [2020] = 25.2, [2021] = 26.01, [2022] = 29.53, [2023] = 31.0, [2024] = 32.5,
    };

    /// <summary>Gas-field and gas-processing own use as a share of output, and drilling diesel, kt (illustrative).</summary>
    public const double GasFieldOwnUseShare = 0.03, GasFieldDieselKt = 10;

    /// <summary>Gas fields by banner (苏里格 field: 乌审, 鄂托克前, 鄂托克; 东胜 gas field: 杭锦). Illustrative.</summary>
    public static readonly Dictionary<string, double> GasFieldWeight = new()
    {
        [Regions.Uxin] = 55, [Regions.OtogFront] = 15, [Regions.Otog] = 15, [Regions.Hanggin] = 15,
    };

    // ---- Industry (driver part; coal chemicals' coal is the balancing block further down) ------------------------------

    /// <summary>Ferroalloy and steel (1.A.2.a): raw coal Mt, coke Mt (fuel use only; reductant coke is IPPU),
    /// coke-oven gas 10^8 m3; 2015 and 2024 values. Illustrative.</summary>
    public const double FerroRawCoalMt2015 = 0.5, FerroRawCoalMt2024 = 0.7, FerroCokeMt2015 = 0.20, FerroCokeMt2024 = 0.30,
        FerroCokeOvenGas2015 = 2.5, FerroCokeOvenGas2024 = 3.5;

    /// <summary>Ferroalloys by banner (棋盘井 and 蒙西 in 鄂托克; illustrative).</summary>
    public static readonly Dictionary<string, double> FerroWeight = new()
    {
        [Regions.Otog] = 60, [Regions.Jungar] = 15, [Regions.Dalad] = 15, [Regions.OtogFront] = 10,
    };

    /// <summary>Non-ferrous (1.A.2.b; alumina from fly ash and silicon alloys): raw coal Mt, natural gas 10^8 m3. Illustrative.</summary>
    public const double NonFerrousRawCoalMt2015 = 0.6, NonFerrousRawCoalMt2024 = 0.9, NonFerrousGas2015 = 0.2, NonFerrousGas2024 = 0.4;

    /// <summary>Non-ferrous by banner (fly-ash alumina in 准格尔; illustrative).</summary>
    public static readonly Dictionary<string, double> NonFerrousWeight = new()
    {
        [Regions.Jungar] = 55, [Regions.Otog] = 25, [Regions.Dalad] = 20,
    };

    /// <summary>Chemicals (1.A.2.c), driver part: natural-gas chemicals and LNG plants, 10^8 m3. Sized so that coal
    /// stays at 85.5-88 % of tce (brief; coal about 87 % of primary energy c. 2021, secondary source) while the CO2
    /// target jumps in 2019 (CEADs 253 to 313 Mt). Gas output 24.5-32.5 bcm, so local use is a fifth of it. Illustrative.</summary>
    public static readonly Dictionary<int, double> ChemGas = new()
    {
        [2015] = 33, [2016] = 31, [2017] = 33, [2018] = 38, [2019] = 46,
        [2020] = 47, [2021] = 48, [2022] = 50, [2023] = 51, [2024] = 52,
    };

    /// <summary>Chemicals (1.A.2.c), driver part: fuel coke (Mt), carbide-furnace and gasifier gas 其他煤气 (10^8 m3). Illustrative.</summary>
    public const double ChemCokeMt2015 = 0.30, ChemCokeMt2024 = 0.40, ChemOtherGas2015 = 4, ChemOtherGas2024 = 8;

    /// <summary>Gas chemicals by banner (苏里格 gas: 乌审, 鄂托克前). Illustrative.</summary>
    public static readonly Dictionary<string, double> GasChemWeight = new()
    {
        [Regions.Uxin] = 45, [Regions.OtogFront] = 28, [Regions.Otog] = 12, [Regions.EjinHoro] = 8, [Regions.Jungar] = 7,
    };

    /// <summary>Carbide, PVC and other coal-chemical units that burn coke and coal gas (鄂托克 棋盘井, 乌审). Illustrative.</summary>
    public static readonly Dictionary<string, double> ChemCokeWeight = new()
    {
        [Regions.Otog] = 60, [Regions.Uxin] = 20, [Regions.Jungar] = 10, [Regions.Dalad] = 10,
    };

    /// <summary>Non-metallic minerals (1.A.2.f): raw coal Mt, natural gas 10^8 m3. Illustrative.</summary>
    public const double CementRawCoalMt2015 = 1.4, CementRawCoalMt2024 = 1.2, CementGas2015 = 0.3, CementGas2024 = 0.6;

    /// <summary>Building materials by banner (illustrative).</summary>
    public static readonly Dictionary<string, double> CementWeight = new()
    {
        [Regions.Otog] = 25, [Regions.Jungar] = 20, [Regions.Dongsheng] = 15, [Regions.Dalad] = 15, [Regions.EjinHoro] = 10,
        [Regions.Uxin] = 5, [Regions.OtogFront] = 5, [Regions.Hanggin] = 5,
    };

    /// <summary>Mining and quarrying other than coal (1.A.2.i): diesel kt. Construction (1.A.2.k): diesel and
    /// gasoline kt. Non-specified industry (1.A.2.m), driver part: natural gas 10^8 m3. Illustrative.</summary>
    public const double QuarryDieselKt2015 = 50, QuarryDieselKt2024 = 70, ConstructionDieselKt2015 = 100,
        ConstructionDieselKt2024 = 150, ConstructionGasolineKt2015 = 15, ConstructionGasolineKt2024 = 20,
        OtherIndustryGas2015 = 0.5, OtherIndustryGas2024 = 1.0;

    /// <summary>Non-coal mining and quarrying by banner (illustrative).</summary>
    public static readonly Dictionary<string, double> QuarryWeight = new()
    {
        [Regions.Jungar] = 20, [Regions.Otog] = 20, [Regions.EjinHoro] = 15, [Regions.Dalad] = 10, [Regions.Dongsheng] = 10,
        [Regions.Uxin] = 10, [Regions.OtogFront] = 8, [Regions.Hanggin] = 7,
    };

    /// <summary>Non-specified industry by banner (equipment and other manufacturing, mostly urban; illustrative).</summary>
    public static readonly Dictionary<string, double> OtherIndustryWeight = new()
    {
        [Regions.Dongsheng] = 30, [Regions.Kangbashi] = 4, [Regions.Dalad] = 14, [Regions.Jungar] = 16, [Regions.EjinHoro] = 14,
        [Regions.Otog] = 10, [Regions.Uxin] = 6, [Regions.OtogFront] = 3, [Regions.Hanggin] = 3,
    };

    // ---- Transport -------------------------------------------------------------------------------------------------

    /// <summary>Road transport: diesel Mt (coal trucking), gasoline Mt 2015/2024, CNG 10^8 m3 2015/2024, LNG kt
    /// (LNG heavy trucks after 2021). Illustrative.</summary>
    public static readonly Dictionary<int, double> RoadDieselMt = new()
    {
        [2015] = 1.10, [2016] = 1.15, [2017] = 1.22, [2018] = 1.28, [2019] = 1.32,
        [2020] = 1.25, [2021] = 1.30, [2022] = 1.28, [2023] = 1.24, [2024] = 1.20,
    };

    public const double RoadGasolineMt2015 = 0.42, RoadGasolineMt2024 = 0.62, RoadCng2015 = 0.4, RoadCng2024 = 0.6;

    public static readonly Dictionary<int, double> RoadLngKt = new()
    {
        [2015] = 30, [2016] = 40, [2017] = 50, [2018] = 70, [2019] = 90,
        [2020] = 110, [2021] = 160, [2022] = 250, [2023] = 350, [2024] = 450,
    };

    /// <summary>Road fuel by banner (coal haulage routes and population; illustrative).</summary>
    public static readonly Dictionary<string, double> RoadWeight = new()
    {
        [Regions.Jungar] = 22, [Regions.Dongsheng] = 20, [Regions.EjinHoro] = 18, [Regions.Dalad] = 10, [Regions.Otog] = 9,
        [Regions.Uxin] = 8, [Regions.Kangbashi] = 5, [Regions.OtogFront] = 4, [Regions.Hanggin] = 4,
    };

    /// <summary>City-level (150600) rows, not allocated to a banner. Jet kerosene uplift at Ordos airport, kt
    /// (illustrative; COVID dip 2020-2022); railway diesel kt 2015/2024 (electrification); pipeline compressor gas
    /// 10^8 m3 2015/2024 (1.A.3.e).</summary>
    public static readonly Dictionary<int, double> JetKeroseneKt = new()
    {
        [2015] = 38, [2016] = 42, [2017] = 46, [2018] = 50, [2019] = 52,
        [2020] = 33, [2021] = 36, [2022] = 20, [2023] = 45, [2024] = 50,
    };

    public const double RailDieselKt2015 = 60, RailDieselKt2024 = 35, PipelineGas2015 = 0.6, PipelineGas2024 = 0.9;

    // ---- Buildings and agriculture ---------------------------------------------------------------------------------

    /// <summary>Residential (1.A.4.b): raw coal Mt 2015/2024 (rural heating, falling with clean-heating programmes),
    /// natural gas 10^8 m3, LPG kt; briquettes kt from 2018 (clean-heating 型煤). Illustrative.</summary>
    public const double ResidentialCoalMt2015 = 0.95, ResidentialCoalMt2024 = 0.35, ResidentialGas2015 = 1.5,
        ResidentialGas2024 = 3.2, ResidentialLpgKt2015 = 32, ResidentialLpgKt2024 = 24;

    public static readonly Dictionary<int, double> BriquettesKt = new()
    {
        [2018] = 20, [2019] = 40, [2020] = 60, [2021] = 80, [2022] = 100, [2023] = 110, [2024] = 120,
    };

    /// <summary>Commercial and institutional (1.A.4.a): raw coal Mt, natural gas 10^8 m3, LPG kt, diesel kt. Illustrative.</summary>
    public const double CommercialCoalMt2015 = 0.60, CommercialCoalMt2024 = 0.15, CommercialGas2015 = 0.8,
        CommercialGas2024 = 1.8, CommercialLpgKt2015 = 15, CommercialLpgKt2024 = 20, CommercialDieselKt = 10;

    /// <summary>Agriculture (1.A.4.c): diesel kt, gasoline kt, raw coal kt (greenhouses). Illustrative.</summary>
    public const double FarmDieselKt2015 = 60, FarmDieselKt2024 = 70, FarmGasolineKt = 5, FarmCoalKt2015 = 40, FarmCoalKt2024 = 25;

    /// <summary>Population by banner. Sized against: 7th census structure (top three hold 58.60 % of 2.1536 million;
    /// 东胜 58.52 万 in 2023); the rest illustrative.</summary>
    public static readonly Dictionary<string, double> PopulationWeight = new()
    {
        [Regions.Dongsheng] = 27, [Regions.Jungar] = 16.5, [Regions.Dalad] = 15.5, [Regions.EjinHoro] = 11.5, [Regions.Otog] = 7,
        [Regions.Uxin] = 6.5, [Regions.Hanggin] = 6, [Regions.Kangbashi] = 6, [Regions.OtogFront] = 4,
    };

    /// <summary>Rural household coal by banner (farming and herding banners). Illustrative.</summary>
    public static readonly Dictionary<string, double> RuralCoalWeight = new()
    {
        [Regions.Dalad] = 24, [Regions.Jungar] = 17, [Regions.Hanggin] = 14, [Regions.EjinHoro] = 12, [Regions.Uxin] = 10,
        [Regions.OtogFront] = 10, [Regions.Otog] = 9, [Regions.Dongsheng] = 4,
    };

    /// <summary>Commerce and services by banner (urban). Illustrative.</summary>
    public static readonly Dictionary<string, double> UrbanWeight = new()
    {
        [Regions.Dongsheng] = 36, [Regions.Jungar] = 15, [Regions.EjinHoro] = 12, [Regions.Dalad] = 10, [Regions.Kangbashi] = 9,
        [Regions.Otog] = 6, [Regions.Uxin] = 5, [Regions.Hanggin] = 4, [Regions.OtogFront] = 3,
    };

    /// <summary>Agriculture by banner (Yellow River irrigation in 达拉特 and 杭锦). Illustrative.</summary>
    public static readonly Dictionary<string, double> FarmWeight = new()
    {
        [Regions.Dalad] = 30, [Regions.Hanggin] = 20, [Regions.OtogFront] = 10, [Regions.Uxin] = 10, [Regions.Jungar] = 10,
        [Regions.EjinHoro] = 8, [Regions.Otog] = 8, [Regions.Dongsheng] = 4,
    };

    // ---- Balancing block ----------------------------------------------------------------------------------------------

    /// <summary>How each banner's remaining CO2 (share target minus driver blocks) is filled, as fractions of that CO2.
    /// Brief: coal chemicals mainly in 鄂托克, 乌审, 伊金霍洛, 准格尔. 东胜's large Chen share (its downscaling follows
    /// urban activity) is filled with non-specified industry, building materials and some chemicals. Illustrative.</summary>
    public static readonly Dictionary<string, (string Category, string Activity, double Share)[]> BalanceMix = new()
    {
        [Regions.Jungar] = [("1.A.2.c", "raw_coal", 0.78), ("1.A.2.c", "cleaned_coal", 0.10), ("1.A.2.m", "raw_coal", 0.10), ("1.A.2.f", "raw_coal", 0.02)],
        [Regions.EjinHoro] = [("1.A.2.c", "raw_coal", 0.82), ("1.A.2.c", "cleaned_coal", 0.06), ("1.A.2.m", "raw_coal", 0.12)],
        [Regions.Otog] = [("1.A.2.c", "raw_coal", 0.75), ("1.A.2.c", "cleaned_coal", 0.10), ("1.A.2.m", "raw_coal", 0.10), ("1.A.2.f", "raw_coal", 0.05)],
        [Regions.Uxin] = [("1.A.2.c", "raw_coal", 0.88), ("1.A.2.m", "raw_coal", 0.12)],
        [Regions.Dongsheng] = [("1.A.2.m", "raw_coal", 0.52), ("1.A.2.c", "raw_coal", 0.25), ("1.A.2.m", "cleaned_coal", 0.15), ("1.A.2.f", "raw_coal", 0.05), ("1.A.2.m", "natural_gas", 0.03)],
        [Regions.Dalad] = [("1.A.2.c", "raw_coal", 0.55), ("1.A.2.m", "raw_coal", 0.35), ("1.A.2.f", "raw_coal", 0.05), ("1.A.2.m", "cleaned_coal", 0.05)],
        [Regions.OtogFront] = [("1.A.2.c", "raw_coal", 0.65), ("1.A.2.m", "raw_coal", 0.35)],
        [Regions.Hanggin] = [("1.A.2.c", "raw_coal", 0.55), ("1.A.2.m", "raw_coal", 0.45)],
        [Regions.Kangbashi] = [("1.A.2.m", "raw_coal", 0.60), ("1.A.2.m", "natural_gas", 0.40)],
    };

    /// <summary>A banner's driver blocks may use at most this share of its target; the generator fails otherwise.</summary>
    public const double MaxDriverShareOfTarget = 0.95;

    // ---- Electricity consumption -----------------------------------------------------------------------------------

    /// <summary>Electricity consumption by sector, shares in 2015 and 2024 (linear between; normalised). Coal mining
    /// about 18 kWh/t in 2019; carbide/PVC and ferroalloys are the large loads. Illustrative.</summary>
    public static readonly (string Region, string Category, double Share2015, double Share2024, Dictionary<string, double>? Weight)[] ElectricityUse =
    [
        ("banner", "1.A.1.c.ii", 0.19, 0.16, CoalMiningWeight),
        ("banner", "1.A.2.a", 0.14, 0.12, FerroWeight),
        ("banner", "1.A.2.b", 0.10, 0.10, NonFerrousWeight),
        ("banner", "1.A.2.c", 0.29, 0.33, new() { [Regions.Otog] = 32, [Regions.Uxin] = 16, [Regions.EjinHoro] = 16, [Regions.Jungar] = 16, [Regions.Dalad] = 8, [Regions.OtogFront] = 6, [Regions.Hanggin] = 3, [Regions.Dongsheng] = 3 }),
        ("banner", "1.A.2.f", 0.04, 0.03, CementWeight),
        ("banner", "1.A.2.i", 0.015, 0.015, QuarryWeight),
        ("banner", "1.A.2.k", 0.01, 0.01, PopulationWeight),
        ("banner", "1.A.2.m", 0.06, 0.06, OtherIndustryWeight),
        ("city", "1.A.3.c", 0.02, 0.025, null),
        ("city", "1.A.3.e", 0.005, 0.005, null),
        ("banner", "1.A.4.a", 0.045, 0.05, UrbanWeight),
        ("banner", "1.A.4.b", 0.035, 0.04, PopulationWeight),
        ("banner", "1.A.4.c", 0.015, 0.015, FarmWeight),
    ];

    /// <summary>Linear path between a 2015 and a 2024 value.</summary>
    public static double Lerp(double v2015, double v2024, int year) =>
        v2015 + ((v2024 - v2015) * (year - FirstYear) / (LastYear - FirstYear));
}

/// <summary>Conversion factors used for the printed summary (and nothing else). Provincial-guideline CO2 factors as
/// the brief lists them; GB/T 32151.22-2024 Appendix C defaults (NCV x C x OF x 44/12) for fuels the provincial table
/// lacks; standard-coal coefficients from GB/T 2589 (2008-style table), or NCV / 29.307 where it has none.</summary>
internal static class Factors
{
    /// <summary>CO2 t per t (gases: per m3), tce per t (gases: per m3), whether the fuel counts as coal.</summary>
    public static readonly Dictionary<string, (double Co2, double Tce, bool Coal)> Fuel = new()
    {
        ["raw_coal"] = (1.9003, 0.7143, true),
        ["cleaned_coal"] = (Co2(26.334, 25.41, 0.90), 0.9000, true),
        ["other_washed_coal"] = (Co2(12.545, 25.41, 0.90), 12.545 / 29.307, true),
        ["briquettes"] = (Co2(17.46, 33.6, 0.90), 17.46 / 29.307, true),
        ["coke"] = (2.8604, 0.9714, true),
        ["coke_oven_gas"] = (Co2(179.81, 13.58, 0.99) / 1e4, 0.6143e-3, true),
        ["other_gas"] = (Co2(52.27, 12.2, 0.99) / 1e4, 0.1786e-3, true),
        ["crude_oil"] = (3.0202, 1.4286, false),
        ["gasoline"] = (2.9251, 1.4714, false),
        ["kerosene"] = (3.0179, 1.4714, false),
        ["diesel"] = (3.0959, 1.4571, false),
        ["fuel_oil"] = (3.1705, 1.4286, false),
        ["lpg"] = (3.1013, 1.7143, false),
        ["refinery_gas"] = (3.0119, 1.5714, false),
        ["petroleum_coke"] = (Co2(32.5, 27.5, 0.98), 32.5 / 29.307, false),
        ["natural_gas"] = (2.1622e-3, 1.33e-3, false),
        ["lng"] = (Co2(51.498, 15.3, 0.98), 51.498 / 29.307, false),
    };

    /// <summary>Carbon t per t (NCV × carbon content, no oxidation) of the coke ovens' coal and products, for their carbon
    /// balance: GB/T 32151.22-2024 Table C.1 (洗精煤 26.334 GJ/t × 25.41; 焦炭 28.435 × 29.5; 焦油 33.453 × 22.0 tC/TJ).</summary>
    public static readonly Dictionary<string, double> CarbonTPerT = new()
    {
        ["cleaned_coal"] = 26.334 * 25.41 / 1000,
        ["coke"] = 28.435 * 29.5 / 1000,
        ["other_coking_products"] = 33.453 * 22.0 / 1000,
    };

    /// <summary>Electricity, calorific equivalent (当量值), kgce per kWh (GB/T 2589).</summary>
    public const double ElectricityKgcePerKWh = 0.1229;

    /// <summary>t CO2 per unit from NCV (GJ per unit), carbon content (t C/TJ) and oxidation.</summary>
    private static double Co2(double ncvGJ, double carbonTcPerTJ, double oxidation) =>
        ncvGJ * carbonTcPerTJ * oxidation * 44.0 / 12.0 / 1000.0;
}

/// <summary>One written row: value already in its written unit.</summary>
internal sealed record Row(string Region, int Year, string Category, string Activity, double Value, string Unit, string Note, string Use);

/// <summary>The use column's values (fuel_uses of the schema); blank is combustion.</summary>
internal static class Uses
{
    public const string Combustion = "", Feedstock = "feedstock", Transformation = "transformation", Output = "output";

    public static readonly string[] Order = [Combustion, Feedstock, Transformation, Output];
}

/// <summary>Coal chemicals (issue 15, samples/ordos/README.md "Coal chemicals"): each banner's coal-chemical feedstock is one plant
/// category, and its products are sized from the feedstock's carbon by an illustrative carbon retention.</summary>
internal static class CoalChem
{
    /// <summary>The category and products of each banner's coal-chemical feedstock. 乌审旗 coal-to-olefins (中天合创, 图克), 伊金霍洛旗 direct
    /// coal-to-liquids (神华, 马家塔), 准格尔旗 coal-to-liquids (伊泰, 大路) and 鄂托克旗 methanol are plants of public knowledge; every
    /// amount, and the products given to the other banners, are illustrative.</summary>
    public static readonly Dictionary<string, (string Category, string Note)> Plant = new()
    {
        [Regions.Dongsheng] = ("2.B.8.a", "煤制甲醇（示例）"),
        [Regions.Dalad] = ("2.B.8.a", "煤制甲醇（示例）"),
        [Regions.Jungar] = ("2.B.10.b", "煤制油（伊泰，规模为示例）"),
        [Regions.OtogFront] = ("2.B.8.a", "煤制甲醇（示例）"),
        [Regions.Otog] = ("2.B.8.a", "煤制甲醇（规模为示例）"),
        [Regions.Hanggin] = ("2.B.10.a", "煤制乙二醇（示例）"),
        [Regions.Uxin] = ("2.B.8.b", "煤制烯烃（中天合创，规模为示例）"),
        [Regions.EjinHoro] = ("2.B.10.b", "煤直接液化（神华，规模为示例）"),
    };

    /// <summary>Share of the feedstock carbon that leaves in the products (illustrative, no published Ordos value): methanol 0.45
    /// (about 1.5 t raw coal of 0.551 t C/t per t methanol of 0.375 t C/t), olefins via methanol 0.32 (about 4.8 t coal per t),
    /// glycol 0.28, coal-to-liquids 0.45. The rest is emitted as CO2 by the balance.</summary>
    public static readonly Dictionary<string, double> Retention = new()
    {
        ["2.B.8.a"] = 0.45, ["2.B.8.b"] = 0.32, ["2.B.10.a"] = 0.28, ["2.B.10.b"] = 0.45,
    };

    /// <summary>Products of each category: activity, use, share of the product carbon, t C per t. Carbon contents are those of the
    /// factor library (emission-factors/coal-chemical-carbon: methanol 0.375, ethylene and propylene 0.856, glycol 0.387; oil
    /// products NCV × CC of china-provincial-2011 / gbt-32151-2024: diesel 42.652 × 20.2, naphtha 44.5 × 20.0, LPG 50.179 × 17.2).</summary>
    public static readonly Dictionary<string, (string Activity, string Use, double Share, double CarbonTPerT)[]> Products = new()
    {
        ["2.B.8.a"] = [("methanol", Uses.Combustion, 1.0, 0.375)],
        ["2.B.8.b"] = [("ethylene", Uses.Combustion, 0.5, 0.856), ("propylene", Uses.Combustion, 0.5, 0.856)],
        ["2.B.10.a"] = [("ethylene_glycol", Uses.Combustion, 1.0, 0.387)],
        ["2.B.10.b"] = [("diesel", Uses.Output, 0.7, 42.652 * 20.2 / 1000), ("naphtha", Uses.Output, 0.2, 44.5 * 20.0 / 1000), ("lpg", Uses.Output, 0.1, 50.179 * 17.2 / 1000)],
    };

    /// <summary>Feedstock carbon t C per t: raw coal 20.908 GJ/t × 26.37 tC/TJ (china-provincial-2011), cleaned coal 26.334 × 25.41 (gbt-32151-2024).</summary>
    private static readonly Dictionary<string, double> FeedstockCarbon = new() { ["raw_coal"] = 20.908 * 26.37 / 1000, ["cleaned_coal"] = 26.334 * 25.41 / 1000 };

    /// <summary>The rows of sector_coalchem.csv for every year and banner: products where a banner has feedstock, NO (or NE where a
    /// known plant is not in the sample) for the coal-chemical products it does not make.</summary>
    public static List<Row> Build(Dictionary<int, List<Row>> energy)
    {
        var rows = new List<Row>();
        foreach (var (year, yearRows) in energy.OrderBy(e => e.Key))
        {
            foreach (var region in Regions.Banners)
            {
                if (region == Regions.Kangbashi && year < Regions.KangbashiFirstYear)
                {
                    continue;
                }
                var feedstock = yearRows.Where(r => r.Region == region && r.Use == Uses.Feedstock).ToList();
                var made = new HashSet<string>(StringComparer.Ordinal);
                foreach (var byCategory in feedstock.GroupBy(r => r.Category))
                {
                    double carbon = byCategory.Sum(r => Tonnes(r) * FeedstockCarbon[r.Activity]);
                    foreach (var (activity, use, share, c) in Products[byCategory.Key])
                    {
                        double tonnes = carbon * Retention[byCategory.Key] * share / c;
                        bool english = region == Regions.EnglishUnitsBanner;
                        rows.Add(new Row(region, year, byCategory.Key, activity, Math.Round(tonnes / 1e4, 2), english ? "10^4 t" : "万吨", Plant[region].Note, use));
                        made.Add(activity);
                    }
                    made.Add(byCategory.Key);
                }
                foreach (var (category, activity) in new[] { ("2.B.8.a", "methanol"), ("2.B.8.b", "ethylene"), ("2.B.10.a", "ethylene_glycol"), ("2.B.10.c", "synthetic_natural_gas") })
                {
                    if (made.Contains(category))
                    {
                        continue;
                    }
                    bool knownPlant = region == Regions.EjinHoro && category == "2.B.10.c";
                    // A notation row: NaN value, the key in the unit field (Csv.Render writes it as the value and a blank unit).
                    rows.Add(new Row(region, year, category, activity, double.NaN, knownPlant ? "NE" : "NO", knownPlant
                        ? "汇能煤制天然气装置在本旗，示例数据未含其产量 (a coal-to-SNG plant exists here; not in this illustrative sample)"
                        : "本旗区无此类煤化工装置（示例） (no such coal-chemical plant in this illustrative sample)", Uses.Combustion));
                }
            }
        }
        return rows;
    }

    private static double Tonnes(Row r) => r.Unit is "万吨" or "10^4 t" ? r.Value * 1e4 : r.Unit is "t" or "吨" ? r.Value : throw new InvalidOperationException($"feedstock in {r.Unit}");
}

/// <summary>Builds one year's rows.</summary>
internal static class Model
{
    public const string Source = "示例数据(非统计公布值) illustrative; not published statistics";

    private static readonly string[] CategoryOrder =
    [
        "1.A.1.a.i", "1.A.1.a.ii", "1.A.1.a.iii", "1.A.1.b", "1.A.1.c.i", "1.A.1.c.ii", "1.A.2.a", "1.A.2.b", "1.A.2.c",
        "1.A.2.f", "1.A.2.i", "1.A.2.k", "1.A.2.m", "1.A.3.a", "1.A.3.b", "1.A.3.c", "1.A.3.e", "1.A.4.a", "1.A.4.b", "1.A.4.c",
        "1.A.4.c.ii",
        "2.B.8.a", "2.B.8.b", "2.B.10.a", "2.B.10.b", // coal-chemical feedstock (issue 15)
    ];

    private static readonly string[] ActivityOrder =
    [
        "raw_coal", "cleaned_coal", "other_washed_coal", "briquettes", "coke", "coke_oven_gas", "other_coking_products", "other_gas", "crude_oil",
        "gasoline", "kerosene", "diesel", "fuel_oil", "lpg", "refinery_gas", "petroleum_coke", "natural_gas", "lng", "heat",
        "electricity", "electricity_generation", "heat_supply",
    ];

    /// <summary>Base units: t for mass fuels, m3 for gases, kWh for electricity, GJ for heat.</summary>
    public static List<Row> BuildYear(int year)
    {
        var y = new YearData(year);
        Power(y);
        Heat(y);
        EnergyIndustries(y);
        Industry(y);
        TransportAndBuildings(y);
        CityLevel(y);
        Balance(y);
        Electricity(y);
        return y.Rows(CategoryOrder, ActivityOrder);
    }

    private static void Power(YearData y)
    {
        var gen = Sizing.GenerationTWh[y.Year];
        var renewable = Sizing.NewEnergyTWh[y.Year];
        var thermal = gen - renewable;
        var powerOnly = thermal * (1 - Sizing.ChpShareOfThermal);
        var rate = Sizing.CoalRateGcePerKWh[y.Year] / 1000.0; // kgce per kWh = tce per MWh
        var powerWeights = y.Weights(Sizing.PowerWeight);
        var newWeights = y.Weights(Sizing.NewEnergyWeight);
        foreach (var region in Regions.Banners)
        {
            var pTWh = powerOnly * powerWeights.GetValueOrDefault(region);
            var rTWh = renewable * newWeights.GetValueOrDefault(region);
            if (pTWh + rTWh <= 0)
            {
                continue;
            }

            var note = rTWh > 0 ? Inv($"其中新能源发电 {rTWh * 10:0.00} 亿千瓦时") : "";
            if (pTWh <= 0)
            {
                note = "新能源发电 无燃料";
            }

            y.Set(region, "1.A.1.a.i", "electricity_generation", (pTWh + rTWh) * 1e9, note);
            if (pTWh <= 0)
            {
                continue;
            }

            var tce = pTWh * 1e6 * rate; // TWh -> MWh x tce/MWh
            var middlings = Sizing.MiddlingsBurners.Contains(region) ? Sizing.MiddlingsShareOfPowerTce : 0;
            y.AddFuel(region, "1.A.1.a.i", "raw_coal", tce * (1 - middlings) / Factors.Fuel["raw_coal"].Tce);
            if (middlings > 0)
            {
                y.AddFuel(region, "1.A.1.a.i", "other_washed_coal", tce * middlings / Factors.Fuel["other_washed_coal"].Tce, "洗中煤");
            }

            y.AddFuel(region, "1.A.1.a.i", "diesel", pTWh * Sizing.IgnitionDieselTPerTWh, "点火用油");
        }
    }

    private static void Heat(YearData y)
    {
        var supplyGJ = Sizing.HeatSupply2015TenThousandGJ * 1e4 * Math.Pow(1 + Sizing.HeatSupplyGrowth, y.Year - Sizing.FirstYear);
        var heatWeights = y.Weights(Sizing.HeatWeight);
        var chpHeat = new Dictionary<string, double>();
        foreach (var region in Regions.Banners)
        {
            var w = heatWeights.GetValueOrDefault(region);
            if (w <= 0)
            {
                continue;
            }

            var banner = supplyGJ * w * y.Jitter(region, "heat_supply");
            var chpShare = Sizing.ChpHeatShare[region];
            chpHeat[region] = banner * chpShare;
            var plantHeat = banner * (1 - chpShare);
            if (plantHeat > 0)
            {
                y.Set(region, "1.A.1.a.iii", "heat_supply", plantHeat, "锅炉房集中供热");
                var gasShare = region == Regions.Kangbashi
                    ? Sizing.KangbashiGasHeatShare
                    : Sizing.Lerp(Sizing.HeatPlantGasShare2015, Sizing.HeatPlantGasShare2024, y.Year);
                y.AddFuel(region, "1.A.1.a.iii", "raw_coal", plantHeat * (1 - gasShare) * Sizing.HeatPlantKgcePerGJ / 1000 / Factors.Fuel["raw_coal"].Tce);
                y.AddFuel(region, "1.A.1.a.iii", "natural_gas", plantHeat * gasShare * Sizing.GasBoilerM3PerGJ);
            }

            var delivered = banner * (1 - Sizing.HeatNetworkLoss);
            foreach (var (category, share) in Sizing.HeatUse)
            {
                y.Set(region, category, "heat", delivered * share);
            }
        }

        // CHP: electricity share of thermal generation, placed where CHP heat is.
        var thermal = Sizing.GenerationTWh[y.Year] - Sizing.NewEnergyTWh[y.Year];
        var chpTWh = thermal * Sizing.ChpShareOfThermal;
        var chpHeatTotal = chpHeat.Values.Sum();
        var rate = Sizing.CoalRateGcePerKWh[y.Year] / 1000.0;
        foreach (var (region, heatGJ) in chpHeat)
        {
            if (heatGJ <= 0)
            {
                continue;
            }

            var eTWh = chpTWh * heatGJ / chpHeatTotal;
            y.Set(region, "1.A.1.a.ii", "electricity_generation", eTWh * 1e9, "热电联产");
            y.Set(region, "1.A.1.a.ii", "heat_supply", heatGJ, "热电联产");
            var tce = (eTWh * 1e6 * rate) + (heatGJ * Sizing.ChpHeatKgcePerGJ / 1000);
            y.AddFuel(region, "1.A.1.a.ii", "raw_coal", tce / Factors.Fuel["raw_coal"].Tce);
        }
    }

    private static void EnergyIndustries(YearData y)
    {
        var year = y.Year;
        y.Spread(Sizing.RefiningWeight, "1.A.1.b", "refinery_gas", Sizing.Lerp(Sizing.RefineryGasKt2015, Sizing.RefineryGasKt2024, year) * 1e3, "煤制油配套油品加工");
        y.Spread(Sizing.RefiningWeight, "1.A.1.b", "fuel_oil", Sizing.Lerp(Sizing.RefineryFuelOilKt2015, Sizing.RefineryFuelOilKt2024, year) * 1e3);

        var cokeT = Sizing.CokeOutputMt[year] * 1e6;
        y.Spread(Sizing.CokingWeight, "1.A.1.c.i", "coke_oven_gas", cokeT * Sizing.CokeOvenGasM3PerTCoke, "焦炉加热用气");
        y.Spread(Sizing.CokingWeight, "1.A.1.c.i", "raw_coal", cokeT * Sizing.CokingRawCoalTPerTCoke);
        // The ovens' coal and products, not jittered, so every banner's carbon balance keeps its margin (Sizing.CokeYieldOfCokingCoal).
        foreach (var (region, w) in y.Weights(Sizing.CokingWeight))
        {
            var coalT = cokeT * w / Sizing.CokeYieldOfCokingCoal;
            y.Set(region, "1.A.1.c.i", "cleaned_coal", coalT, "炼焦用洗精煤", Uses.Transformation);
            y.Set(region, "1.A.1.c.i", "coke", cokeT * w, "焦炭产量", Uses.Output);
            y.Set(region, "1.A.1.c.i", "other_coking_products", coalT * Sizing.TarYieldOfCoalCharge, "煤焦油产量", Uses.Output);
        }

        var minedT = Sizing.CoalOutputMt[year] * 1e6;
        y.Spread(Sizing.CoalMiningWeight, "1.A.1.c.ii", "raw_coal", minedT * Sizing.Lerp(Sizing.MineRawCoalKgPerT2015, Sizing.MineRawCoalKgPerT2024, year) / 1000, "煤矿自用");
        y.Spread(Sizing.CoalMiningWeight, "1.A.1.c.ii", "diesel", minedT * Sizing.MineDieselKgPerT / 1000, "露天矿运输");
        y.Spread(Sizing.GasFieldWeight, "1.A.1.c.ii", "natural_gas", Sizing.GasOutputBcm[year] * 1e9 * Sizing.GasFieldOwnUseShare, "气田及净化厂自用");
        y.Spread(Sizing.GasFieldWeight, "1.A.1.c.ii", "diesel", Sizing.GasFieldDieselKt * 1e3);
    }

    private static void Industry(YearData y)
    {
        var year = y.Year;
        y.Spread(Sizing.FerroWeight, "1.A.2.a", "raw_coal", Sizing.Lerp(Sizing.FerroRawCoalMt2015, Sizing.FerroRawCoalMt2024, year) * 1e6);
        y.Spread(Sizing.FerroWeight, "1.A.2.a", "coke", Sizing.Lerp(Sizing.FerroCokeMt2015, Sizing.FerroCokeMt2024, year) * 1e6, "燃料用焦炭");
        y.Spread(Sizing.FerroWeight, "1.A.2.a", "coke_oven_gas", Sizing.Lerp(Sizing.FerroCokeOvenGas2015, Sizing.FerroCokeOvenGas2024, year) * 1e8);

        y.Spread(Sizing.NonFerrousWeight, "1.A.2.b", "raw_coal", Sizing.Lerp(Sizing.NonFerrousRawCoalMt2015, Sizing.NonFerrousRawCoalMt2024, year) * 1e6);
        y.Spread(Sizing.NonFerrousWeight, "1.A.2.b", "natural_gas", Sizing.Lerp(Sizing.NonFerrousGas2015, Sizing.NonFerrousGas2024, year) * 1e8);

        y.Spread(Sizing.GasChemWeight, "1.A.2.c", "natural_gas", Sizing.ChemGas[year] * 1e8, "天然气化工及LNG工厂");
        y.Spread(Sizing.ChemCokeWeight, "1.A.2.c", "coke", Sizing.Lerp(Sizing.ChemCokeMt2015, Sizing.ChemCokeMt2024, year) * 1e6, "燃料用焦炭");
        y.Spread(Sizing.ChemCokeWeight, "1.A.2.c", "other_gas", Sizing.Lerp(Sizing.ChemOtherGas2015, Sizing.ChemOtherGas2024, year) * 1e8, "电石炉气等");

        y.Spread(Sizing.CementWeight, "1.A.2.f", "raw_coal", Sizing.Lerp(Sizing.CementRawCoalMt2015, Sizing.CementRawCoalMt2024, year) * 1e6);
        y.Spread(Sizing.CementWeight, "1.A.2.f", "natural_gas", Sizing.Lerp(Sizing.CementGas2015, Sizing.CementGas2024, year) * 1e8);

        y.Spread(Sizing.QuarryWeight, "1.A.2.i", "diesel", Sizing.Lerp(Sizing.QuarryDieselKt2015, Sizing.QuarryDieselKt2024, year) * 1e3);
        y.Spread(Sizing.PopulationWeight, "1.A.2.k", "diesel", Sizing.Lerp(Sizing.ConstructionDieselKt2015, Sizing.ConstructionDieselKt2024, year) * 1e3);
        y.Spread(Sizing.PopulationWeight, "1.A.2.k", "gasoline", Sizing.Lerp(Sizing.ConstructionGasolineKt2015, Sizing.ConstructionGasolineKt2024, year) * 1e3);
        y.Spread(Sizing.OtherIndustryWeight, "1.A.2.m", "natural_gas", Sizing.Lerp(Sizing.OtherIndustryGas2015, Sizing.OtherIndustryGas2024, year) * 1e8);
    }

    private static void TransportAndBuildings(YearData y)
    {
        var year = y.Year;
        y.Spread(Sizing.RoadWeight, "1.A.3.b", "diesel", Sizing.RoadDieselMt[year] * 1e6);
        y.Spread(Sizing.RoadWeight, "1.A.3.b", "gasoline", Sizing.Lerp(Sizing.RoadGasolineMt2015, Sizing.RoadGasolineMt2024, year) * 1e6);
        y.Spread(Sizing.RoadWeight, "1.A.3.b", "natural_gas", Sizing.Lerp(Sizing.RoadCng2015, Sizing.RoadCng2024, year) * 1e8, "CNG");
        y.Spread(Sizing.RoadWeight, "1.A.3.b", "lng", Sizing.RoadLngKt[year] * 1e3, "LNG重卡");

        y.Spread(Sizing.UrbanWeight, "1.A.4.a", "raw_coal", Sizing.Lerp(Sizing.CommercialCoalMt2015, Sizing.CommercialCoalMt2024, year) * 1e6);
        y.Spread(Sizing.UrbanWeight, "1.A.4.a", "natural_gas", Sizing.Lerp(Sizing.CommercialGas2015, Sizing.CommercialGas2024, year) * 1e8);
        y.Spread(Sizing.UrbanWeight, "1.A.4.a", "lpg", Sizing.Lerp(Sizing.CommercialLpgKt2015, Sizing.CommercialLpgKt2024, year) * 1e3);
        y.Spread(Sizing.UrbanWeight, "1.A.4.a", "diesel", Sizing.CommercialDieselKt * 1e3);

        y.Spread(Sizing.RuralCoalWeight, "1.A.4.b", "raw_coal", Sizing.Lerp(Sizing.ResidentialCoalMt2015, Sizing.ResidentialCoalMt2024, year) * 1e6, "农村牧区取暖");
        if (Sizing.BriquettesKt.TryGetValue(year, out var briquettesKt))
        {
            y.Spread(Sizing.RuralCoalWeight, "1.A.4.b", "briquettes", briquettesKt * 1e3, "清洁取暖型煤");
        }

        y.Spread(Sizing.PopulationWeight, "1.A.4.b", "natural_gas", Sizing.Lerp(Sizing.ResidentialGas2015, Sizing.ResidentialGas2024, year) * 1e8);
        y.Spread(Sizing.PopulationWeight, "1.A.4.b", "lpg", Sizing.Lerp(Sizing.ResidentialLpgKt2015, Sizing.ResidentialLpgKt2024, year) * 1e3);

        // Farm machinery fuel is off-road mobile combustion (IPCC 2006 Vol 2 Ch 3.3: 1.A.4.c.ii), since issue 15.
        y.Spread(Sizing.FarmWeight, "1.A.4.c.ii", "diesel", Sizing.Lerp(Sizing.FarmDieselKt2015, Sizing.FarmDieselKt2024, year) * 1e3);
        y.Spread(Sizing.FarmWeight, "1.A.4.c.ii", "gasoline", Sizing.FarmGasolineKt * 1e3);
        y.Spread(Sizing.FarmWeight, "1.A.4.c", "raw_coal", Sizing.Lerp(Sizing.FarmCoalKt2015, Sizing.FarmCoalKt2024, year) * 1e3, "设施农业");
    }

    private static void CityLevel(YearData y)
    {
        var year = y.Year;
        y.AddFuel(Regions.City, "1.A.3.a", "kerosene", Sizing.JetKeroseneKt[year] * 1e3, "鄂尔多斯机场航煤加注 全市");
        y.AddFuel(Regions.City, "1.A.3.c", "diesel", Sizing.Lerp(Sizing.RailDieselKt2015, Sizing.RailDieselKt2024, year) * 1e3, "铁路 全市");
        y.AddFuel(Regions.City, "1.A.3.e", "natural_gas", Sizing.Lerp(Sizing.PipelineGas2015, Sizing.PipelineGas2024, year) * 1e8, "输气管道压气站 全市");
    }

    /// <summary>Brings each banner's fuel CO2 to its Chen share of (city target - city-level rows).</summary>
    private static void Balance(YearData y)
    {
        var target = Summary.EnergyTargetMt(y.Year) * 1e6;
        var cityRows = y.Co2(Regions.City);
        var shares = BannerShares(y.Year);
        foreach (var region in Regions.Banners)
        {
            if (!shares.TryGetValue(region, out var share))
            {
                continue;
            }

            var bannerTarget = share * (target - cityRows);
            var driver = y.Co2(region);
            if (driver > Sizing.MaxDriverShareOfTarget * bannerTarget)
            {
                throw new InvalidOperationException(Inv($"{y.Year} {region}: driver blocks {driver / 1e6:F1} Mt exceed {Sizing.MaxDriverShareOfTarget:P0} of the share target {bannerTarget / 1e6:F1} Mt"));
            }

            var rest = bannerTarget - driver;
            foreach (var (category, activity, part) in Sizing.BalanceMix[region])
            {
                var amount = rest * part / Factors.Fuel[activity].Co2;
                if (category == "1.A.2.c" && activity is "raw_coal" or "cleaned_coal")
                {
                    // Coal chemicals: the same coal as before, split into fuel and feedstock rows (Sizing.FeedstockShareOfChemicalCoal).
                    y.AddFuel(region, category, activity, amount * (1 - Sizing.FeedstockShareOfChemicalCoal), "煤化工燃料用煤", jitter: false);
                    // Issue 15: the feedstock is written at the banner's coal-chemical category (2.B.8 / 2.B.10), beside the products of
                    // sector_coalchem.csv, so that the carbon mass balance accounts it (CoalChem.Plant).
                    y.AddFuel(region, CoalChem.Plant[region].Category, activity, amount * Sizing.FeedstockShareOfChemicalCoal, "煤化工原料用煤", jitter: false, use: Uses.Feedstock);
                    continue;
                }

                y.AddFuel(region, category, activity, amount, "", jitter: false);
            }
        }
    }

    /// <summary>Shares of banner-total CO2 for the year; 康巴什 from 2016, carried by 东胜 before; drift after 2017.</summary>
    public static Dictionary<string, double> BannerShares(int year)
    {
        var shares = new Dictionary<string, double>(Sizing.ChenShare);
        if (year >= Regions.KangbashiFirstYear)
        {
            shares[Regions.Dongsheng] -= Sizing.KangbashiShare;
            shares[Regions.Kangbashi] = Sizing.KangbashiShare;
        }

        var drift = Math.Max(0, year - Sizing.ShareDriftFromYear);
        foreach (var region in shares.Keys.ToList())
        {
            shares[region] *= Math.Pow(1 + Sizing.ShareDriftPerYear[region], drift);
        }

        var sum = shares.Values.Sum();
        return shares.ToDictionary(kv => kv.Key, kv => kv.Value / sum);
    }

    private static void Electricity(YearData y)
    {
        var gen = Sizing.GenerationTWh[y.Year];
        var consumptionKWh = gen * (1 - Sizing.NetExportShare[y.Year]) * 1e9;
        var raw = new Dictionary<(string Region, string Category), double>();
        foreach (var (scope, category, s2015, s2024, weight) in Sizing.ElectricityUse)
        {
            var share = Sizing.Lerp(s2015, s2024, y.Year);
            if (scope == "city")
            {
                raw[(Regions.City, category)] = share * y.Jitter(Regions.City, category + "/electricity");
                continue;
            }

            foreach (var (region, w) in y.Weights(weight!))
            {
                raw[(region, category)] = share * w * y.Jitter(region, category + "/electricity");
            }
        }

        var total = raw.Values.Sum();
        foreach (var ((region, category), v) in raw)
        {
            var note = category == "1.A.1.c.ii" ? "煤矿及油气开采用电" : "";
            y.Set(region, category, "electricity", consumptionKWh * v / total, note);
        }
    }

    private static string Inv(FormattableString s) => FormattableString.Invariant(s);
}

/// <summary>Quantities of one year in base units, keyed by (region, category, activity).</summary>
internal sealed class YearData(int year)
{
    private readonly Dictionary<(string Region, string Category, string Activity, string Use), double> quantity = [];
    private readonly Dictionary<(string Region, string Category, string Activity, string Use), string> notes = [];

    public int Year { get; } = year;

    /// <summary>Normalised banner weights for this year; before 2016 康巴什's weight goes to 东胜.</summary>
    public Dictionary<string, double> Weights(Dictionary<string, double> weights)
    {
        var w = new Dictionary<string, double>();
        foreach (var (region, v) in weights)
        {
            var r = region == Regions.Kangbashi && Year < Regions.KangbashiFirstYear ? Regions.Dongsheng : region;
            w[r] = w.GetValueOrDefault(r) + v;
        }

        var sum = w.Values.Sum();
        return w.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key, kv => kv.Value / sum);
    }

    /// <summary>A factor in [1 - h, 1 + h] from a hash of the key and the fixed seed.</summary>
    public double Jitter(string region, string what)
    {
        var hash = 14695981039346656037UL ^ Sizing.JitterSeed;
        foreach (var b in Encoding.UTF8.GetBytes(FormattableString.Invariant($"{region}|{Year}|{what}")))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        var unit = (hash % 20001) / 10000.0 - 1.0; // -1 .. 1
        return 1 + (Sizing.JitterHalfWidth * unit);
    }

    /// <summary>Splits a city total over banners by weight and adds it as fuel rows.</summary>
    public void Spread(Dictionary<string, double> weights, string category, string activity, double total, string note = "")
    {
        foreach (var (region, w) in Weights(weights))
        {
            AddFuel(region, category, activity, total * w, note);
        }
    }

    public void AddFuel(string region, string category, string activity, double amount, string note = "", bool jitter = true, string use = Uses.Combustion)
    {
        // Farm machinery moved from 1.A.4.c to 1.A.4.c.ii in issue 15: jittered under its old key, so every value stays as it was.
        var factor = jitter ? Jitter(region, (category == "1.A.4.c.ii" ? "1.A.4.c" : category) + "/" + activity) : 1.0;
        Add(region, category, activity, amount * factor, note, use);
    }

    public void Set(string region, string category, string activity, double amount, string note = "", string use = Uses.Combustion) =>
        Add(region, category, activity, amount, note, use);

    private void Add(string region, string category, string activity, double amount, string note, string use)
    {
        if (region == Regions.Kangbashi && Year < Regions.KangbashiFirstYear)
        {
            throw new InvalidOperationException("康巴什区 has no rows before 2016");
        }

        var key = (region, category, activity, use);
        quantity[key] = quantity.GetValueOrDefault(key) + amount;
        if (note.Length > 0 && !notes.ContainsKey(key))
        {
            notes[key] = note;
        }
    }

    /// <summary>Fuel-combustion CO2 of a region's combustion rows so far, t (feedstock and transformation rows burn nothing).</summary>
    public double Co2(string region) =>
        quantity.Where(kv => kv.Key.Region == region && kv.Key.Use == Uses.Combustion && Factors.Fuel.ContainsKey(kv.Key.Activity))
            .Sum(kv => kv.Value * Factors.Fuel[kv.Key.Activity].Co2);

    /// <summary>Rows in written units, sorted by region, category and activity order.</summary>
    public List<Row> Rows(string[] categoryOrder, string[] activityOrder)
    {
        var rows = new List<Row>();
        foreach (var ((region, category, activity, use), amount) in quantity
            .OrderBy(kv => kv.Key.Region, StringComparer.Ordinal)
            .ThenBy(kv => Array.IndexOf(categoryOrder, kv.Key.Category))
            .ThenBy(kv => Array.IndexOf(activityOrder, kv.Key.Activity))
            .ThenBy(kv => Array.IndexOf(Uses.Order, kv.Key.Use)))
        {
            if (Array.IndexOf(categoryOrder, category) < 0 || Array.IndexOf(activityOrder, activity) < 0)
            {
                throw new InvalidOperationException($"unknown category or activity {category} {activity}");
            }

            if (!double.IsFinite(amount) || amount < 0)
            {
                throw new InvalidOperationException($"bad quantity for {region} {category} {activity}");
            }

            var (value, unit) = Units.Write(region, activity, amount);
            if (value <= 0)
            {
                continue;
            }

            rows.Add(new Row(region, Year, category, activity, value, unit, notes.GetValueOrDefault((region, category, activity, use), ""), use));
        }

        return rows;
    }
}

/// <summary>Chooses the written unit of a quantity in base units (t, m3, kWh, GJ) and rounds to two decimals.</summary>
internal static class Units
{
    private static readonly HashSet<string> Gases = ["natural_gas", "coke_oven_gas", "other_gas"];

    /// <summary>Written unit to base-unit multiplier, for reading rows back.</summary>
    public static readonly Dictionary<string, double> ToBase = new()
    {
        ["吨"] = 1, ["t"] = 1, ["万吨"] = 1e4, ["10^4 t"] = 1e4,
        ["万立方米"] = 1e4, ["10^4 m3"] = 1e4, ["亿立方米"] = 1e8, ["10^8 m3"] = 1e8,
        ["万千瓦时"] = 1e4, ["10^4 kWh"] = 1e4, ["亿千瓦时"] = 1e8, ["10^8 kWh"] = 1e8,
        ["吉焦"] = 1, ["GJ"] = 1, ["万吉焦"] = 1e4, ["10^4 GJ"] = 1e4,
    };

    public static (double Value, string Unit) Write(string region, string activity, double amount)
    {
        var en = region == Regions.EnglishUnitsBanner;
        (double div, string zh, string enUnit) = activity switch
        {
            "electricity_generation" => (1e8, "亿千瓦时", "10^8 kWh"),
            "electricity" => (1e4, "万千瓦时", "10^4 kWh"),
            "heat_supply" => (1e4, "万吉焦", "10^4 GJ"),
            "heat" => amount < 1e5 ? (1.0, "吉焦", "GJ") : (1e4, "万吉焦", "10^4 GJ"),
            _ when Gases.Contains(activity) =>
                activity == "natural_gas" && amount >= 1e8 && Regions.GasInHundredMillion.Contains(region)
                    ? (1e8, "亿立方米", "10^8 m3")
                    : (1e4, "万立方米", "10^4 m3"),
            _ => amount < 1e4 ? (1.0, "吨", "t") : (1e4, "万吨", "10^4 t"),
        };
        return (Math.Round(amount / div, 2, MidpointRounding.AwayFromZero), en ? enUnit : zh);
    }
}

/// <summary>CSV text of the files.</summary>
internal static class Csv
{
    public const string Header = "region,year,category,activity,value,unit,source,note,use";

    /// <summary>The CSV text of <paramref name="rows"/>; a row whose value is NaN is a notation row, its key in the unit field (NO, NE).</summary>
    public static string Render(List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(FormattableString.Invariant(
                $"{r.Region},{r.Year},{r.Category},{r.Activity},{(double.IsNaN(r.Value) ? r.Unit : Number(r.Value))},{(double.IsNaN(r.Value) ? "" : Field(r.Unit))},{Field(Model.Source)},{Field(r.Note)},{r.Use}\n"));
        }

        return sb.ToString();
    }

    public static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting where needed.</summary>
    public static string Field(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>The records of an RFC 4180 text (quoted fields with commas and doubled quotes; LF or CRLF).</summary>
    public static List<string[]> ParseRecords(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                fields.Add(field.ToString()); field.Clear();
                records.Add([.. fields]); fields.Clear();
            }
            else { field.Append(c); }
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add([.. fields]); }
        return records;
    }
}

/// <summary>One year's figures, computed back from the written rows.</summary>
internal sealed record YearSummary(
    int Year, double Co2Mt, double CoalTceMt, double TotalTceMt, double GenerationTWh, double NewEnergyTWh,
    double ConsumptionTWh, int RowCount, Dictionary<string, double> BannerCo2Mt, double CityRowsCo2Mt,
    double FeedstockCoalMt, double FeedstockCo2IfBurntMt, double CokeOvenCo2Mt);

internal static class Summary
{
    /// <summary>The year's fuel-combustion CO2 target, Mt.</summary>
    public static double EnergyTargetMt(int year)
    {
        if (Sizing.CeadsMt.TryGetValue(year, out var ceads))
        {
            return ceads * Sizing.EnergyShareOfCeads;
        }

        return EnergyTargetMt(year - 1) * (1 + Sizing.GrowthAfter2019[year]);
    }

    public static YearSummary Of(int year, List<Row> rows)
    {
        double co2 = 0, coalTce = 0, tce = 0, gen = 0, use = 0, cityCo2 = 0, feedstockT = 0, feedstockCo2 = 0, ovenCo2 = 0;
        var banner = new Dictionary<string, double>();
        foreach (var r in rows)
        {
            var q = r.Value * Units.ToBase[r.Unit];
            if (r.Use is Uses.Transformation or Uses.Output)
            {
                // Coke ovens by carbon balance: CO2 = (C in − C out) × 44/12; their coal is not in the energy total (as before).
                var sign = r.Use == Uses.Transformation ? 1 : -1;
                var oven = sign * q * Factors.CarbonTPerT[r.Activity] * 44.0 / 12.0;
                ovenCo2 += oven;
                co2 += oven;
                banner[r.Region] = banner.GetValueOrDefault(r.Region) + (oven / 1e6);
            }
            else if (r.Use == Uses.Feedstock)
            {
                // Non-energy use: in the energy total (as before the split), in no CO2 total.
                var f = Factors.Fuel[r.Activity];
                tce += q * f.Tce;
                coalTce += f.Coal ? q * f.Tce : 0;
                feedstockT += q;
                feedstockCo2 += q * f.Co2;
            }
            else if (Factors.Fuel.TryGetValue(r.Activity, out var f))
            {
                co2 += q * f.Co2;
                tce += q * f.Tce;
                coalTce += f.Coal ? q * f.Tce : 0;
                if (r.Region == Regions.City)
                {
                    cityCo2 += q * f.Co2;
                }
                else
                {
                    banner[r.Region] = banner.GetValueOrDefault(r.Region) + (q * f.Co2 / 1e6);
                }
            }
            else if (r.Activity == "electricity_generation")
            {
                gen += q / 1e9;
            }
            else if (r.Activity == "electricity")
            {
                use += q / 1e9;
            }
        }

        var renewable = Sizing.NewEnergyTWh[year];
        tce += renewable * 1e9 * Factors.ElectricityKgcePerKWh / 1000;
        return new YearSummary(year, co2 / 1e6, coalTce / 1e6, tce / 1e6, gen, renewable, use, rows.Count, banner, cityCo2 / 1e6,
            feedstockT / 1e6, feedstockCo2 / 1e6, ovenCo2 / 1e6);
    }

    public static string Render(List<YearSummary> years)
    {
        var sb = new StringBuilder();
        sb.Append("ILLUSTRATIVE Ordos sample: fuel-combustion CO2 with provincial factors, computed from the rows written\n\n");
        sb.Append("| year | CEADs total Mt | sample CO2 Mt | sample / CEADs | feedstock coal Mt (CO2 had it burnt, Mt) | coke-oven CO2 Mt | energy Mtce | coal share of tce | generation TWh | new energy TWh | consumption TWh | net export TWh (% of gen.) | rows |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var s in years)
        {
            var ceads = Sizing.CeadsMt.TryGetValue(s.Year, out var c) ? Inv($"{c:F2}") : "–";
            var ratio = Sizing.CeadsMt.TryGetValue(s.Year, out var c2) ? Inv($"{s.Co2Mt / c2:P1}") : "–";
            var export = s.GenerationTWh - s.ConsumptionTWh;
            sb.Append(Inv($"| {s.Year} | {ceads} | {s.Co2Mt:F1} | {ratio} | {s.FeedstockCoalMt:F1} ({s.FeedstockCo2IfBurntMt:F1}) | {s.CokeOvenCo2Mt:F2} | {s.TotalTceMt:F1} | {s.CoalTceMt / s.TotalTceMt:P1} | {s.GenerationTWh:F1} | {s.NewEnergyTWh:F1} ({s.NewEnergyTWh / s.GenerationTWh:P1}) | {s.ConsumptionTWh:F1} | {export:F1} ({export / s.GenerationTWh:P1}) | {s.RowCount} |\n"));
        }

        sb.Append("\nBanner shares of banner-total CO2 (city-level rows excluded), against Chen et al. 2020 (2017 shares)\n\n");
        sb.Append("| region | Chen 2017 |");
        foreach (var s in years)
        {
            sb.Append(Inv($" {s.Year} |"));
        }

        sb.Append("\n|---|---|");
        sb.Append(string.Concat(Enumerable.Repeat("---|", years.Count)));
        sb.Append('\n');
        foreach (var region in Regions.Banners)
        {
            var chen = Sizing.ChenShare.TryGetValue(region, out var cs) ? Inv($"{cs:P1}") : "–";
            sb.Append(Inv($"| {region} {Name(region)} | {chen} |"));
            foreach (var s in years)
            {
                var total = s.BannerCo2Mt.Values.Sum();
                sb.Append(s.BannerCo2Mt.TryGetValue(region, out var v) ? Inv($" {v / total:P1} |") : " – |");
            }

            sb.Append('\n');
        }

        sb.Append("| 150600 city-level rows, Mt CO2 | – |");
        foreach (var s in years)
        {
            sb.Append(Inv($" {s.CityRowsCo2Mt:F2} |"));
        }

        sb.Append('\n');
        return sb.ToString();
    }

    private static string Name(string region) => region switch
    {
        Regions.Dongsheng => "东胜区",
        Regions.Kangbashi => "康巴什区",
        Regions.Dalad => "达拉特旗",
        Regions.Jungar => "准格尔旗",
        Regions.OtogFront => "鄂托克前旗",
        Regions.Otog => "鄂托克旗",
        Regions.Hanggin => "杭锦旗",
        Regions.Uxin => "乌审旗",
        Regions.EjinHoro => "伊金霍洛旗",
        _ => region,
    };

    private static string Inv(FormattableString s) => FormattableString.Invariant(s);
}

/// <summary>
/// The socio-economic indicators of the sample (samples/ordos/indicators.csv): GDP, growth indices, value added, population,
/// capacity and renewable electricity for the city and its banners, 2015–2024. Published figures are read from
/// tools/SampleData/published_indicators.csv (each row with its source; never retyped here); every other figure is
/// illustrative, sized by the constants below, and its row says so.
/// </summary>
internal static class IndicatorSizing
{
    /// <summary>Nominal GDP growth before the first published year (2019), backwards: GDP(y-1) = GDP(y) / (1 + g(y)). Illustrative:
    /// the revised (4th economic census) series for 2015–2018 was not found (reference README F2), and the pre-revision 4418 (2016) is not comparable.</summary>
    public static readonly Dictionary<int, double> NominalGrowthBackward = new() { [2016] = 0.02, [2017] = 0.04, [2018] = 0.06, [2019] = 0.05 };

    /// <summary>Nominal GDP growth after the last published year (2022). Illustrative, sized against 2025 GDP 6122.2 亿元 at +5.1 % real
    /// (ordos_city_facts.csv, news of official): 2024 lands about 2 % below it.</summary>
    public static readonly Dictionary<int, double> NominalGrowthForward = new() { [2023] = 0.045, [2024] = 0.025 };

    /// <summary>Average real growth over the 13th Five-Year Plan (2016–2020), %/yr: ordos_city_facts.csv (regional.chinadaily.com.cn/ordosen/en/2020-11/09/c_561847.htm).
    /// The unpublished indices 2015–2018 are the equal rate that, with the published 2019 and 2020 indices, gives this average (illustrative).</summary>
    public const double ThirteenthPlanAverageGrowthPct = 5.4;

    /// <summary>GDP indices (上年=100) after the last published year. Illustrative: 2023 sized against 2023 Q1–Q3 +7.0 %; 2024 against Inner Mongolia's
    /// 2024 "about +6 %" (context_region_facts via ordos_city_facts.csv rows; no full-year Ordos figure found).</summary>
    public static readonly Dictionary<int, double> GdpIndexForward = new() { [2023] = 107.0, [2024] = 106.0 };

    /// <summary>Population growth per year before the first published year-end figure (2018): the 2010–2020 census average,
    /// (215.36 / 194.07)^(1/10) − 1 ≈ 1.05 % (ordos_city_facts.csv). Illustrative for 2015–2017.</summary>
    public const double PopulationGrowthBefore2018 = 0.0105;

    /// <summary>Installed capacity growth before 2018, per year (illustrative).</summary>
    public const double CapacityGrowthBefore2018 = 0.06;

    /// <summary>New-energy capacity growth before 2018, per year (illustrative).</summary>
    public const double RenewableCapacityGrowthBefore2018 = 0.20;

    /// <summary>Installed capacity after 2022, 10^4 kW (illustrative; end-2024 new energy "&gt;2000, &gt;35 % of installed capacity", ordos_city_facts.csv, so the total stays under 2050/0.35 ≈ 5860).</summary>
    public static readonly Dictionary<int, double> CapacityForward = new() { [2023] = 4800, [2024] = 5600 };

    /// <summary>New-energy capacity 2022–2024, 10^4 kW (illustrative; end-2024 sized against "&gt;2000", 2022 against the 808 added that year).</summary>
    public static readonly Dictionary<int, double> RenewableCapacityForward = new() { [2022] = 800, [2023] = 1400, [2024] = 2050 };

    /// <summary>Green-certificate electricity bought, as a share of electricity consumption (illustrative; none before 2021).</summary>
    public static readonly Dictionary<int, double> GreenCertificateShare = new() { [2021] = 0.005, [2022] = 0.01, [2023] = 0.02, [2024] = 0.03 };

    /// <summary>Each banner's share of city GDP (illustrative), sized so that 准格尔旗 2022 is 23.2 % and 伊金霍洛旗 21.7 % (ordos_banner_facts.csv) and
    /// 东胜区 about 17.6 % (its 2023 1030.51 against the illustrative city 2023); the shares add up to 0.994, so the banners stay within 1 % of the city.</summary>
    public static readonly Dictionary<string, double> GdpShare = new()
    {
        [Regions.Dongsheng] = 0.170, [Regions.Kangbashi] = 0.030, [Regions.Dalad] = 0.080, [Regions.Jungar] = 0.232, [Regions.OtogFront] = 0.035,
        [Regions.Otog] = 0.120, [Regions.Hanggin] = 0.025, [Regions.Uxin] = 0.085, [Regions.EjinHoro] = 0.217,
    };

    /// <summary>Each banner's real growth against the city's, index points (illustrative): banner GDP index = city GDP index + offset,
    /// and each banner sector's index (primary, secondary, tertiary; industry = secondary) = the city's index of that sector in the
    /// same year + the same offset, so the banner's sectors grow at different rates wherever the city's do (published 2020–2022).</summary>
    public static readonly Dictionary<string, double> IndexOffset = new()
    {
        [Regions.Dongsheng] = 0.5, [Regions.Kangbashi] = 1.0, [Regions.Dalad] = -0.5, [Regions.Jungar] = 0.3, [Regions.OtogFront] = -0.3,
        [Regions.Otog] = 0.2, [Regions.Hanggin] = -0.8, [Regions.Uxin] = 0.0, [Regions.EjinHoro] = 0.4,
    };

    /// <summary>Each banner's primary and secondary share against the city's structure (illustrative; 东胜区 sized against its 2023 structure 0.23:43.82:55.95, ordos_banner_facts.csv).</summary>
    public static readonly Dictionary<string, (double Primary, double Secondary)> StructureFactor = new()
    {
        [Regions.Dongsheng] = (0.1, 0.70), [Regions.Kangbashi] = (0.2, 0.50), [Regions.Dalad] = (2.5, 0.90), [Regions.Jungar] = (0.6, 1.15),
        [Regions.OtogFront] = (2.5, 0.90), [Regions.Otog] = (1.0, 1.15), [Regions.Hanggin] = (2.5, 0.80), [Regions.Uxin] = (1.0, 1.15), [Regions.EjinHoro] = (0.5, 1.15),
    };

    /// <summary>Each banner's share of the city's population (illustrative; 东胜区 sized against 58.52 of 222.03 万人 in 2023).</summary>
    public static readonly Dictionary<string, double> PopulationShare = new()
    {
        [Regions.Dongsheng] = 0.264, [Regions.Kangbashi] = 0.050, [Regions.Dalad] = 0.150, [Regions.Jungar] = 0.160, [Regions.OtogFront] = 0.035,
        [Regions.Otog] = 0.075, [Regions.Hanggin] = 0.055, [Regions.Uxin] = 0.055, [Regions.EjinHoro] = 0.156,
    };
}

/// <summary>One indicator row as written: value in its written unit, with its source and, for an illustrative value, what it was sized by.</summary>
internal sealed record IndicatorRow(string Region, int Year, string Key, double Value, string Unit, string Source, string Note);

internal static class Indicators
{
    public const string Illustrative = "示例数据(非统计公布值) illustrative; not published statistics";

    private static readonly string[] VaKeys = ["value_added_primary", "value_added_secondary", "value_added_tertiary"];

    /// <summary>The published rows of <paramref name="path"/> by (region, year, key): value and source.</summary>
    public static Dictionary<(string Region, int Year, string Key), (double Value, string Unit, string Source)> ReadPublished(string path)
    {
        var published = new Dictionary<(string, int, string), (double, string, string)>();
        foreach (var fields in Csv.ParseRecords(File.ReadAllText(path)).Skip(1))
        {
            published[(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2])] =
                (double.Parse(fields[3], CultureInfo.InvariantCulture), fields[4], $"{fields[6]}: {fields[5]}");
        }
        return published;
    }

    /// <summary>Every indicator row of the sample, city first, then the banners, by year and key.</summary>
    public static List<IndicatorRow> Build(Dictionary<(string Region, int Year, string Key), (double Value, string Unit, string Source)> published,
        IReadOnlyDictionary<int, List<Row>> energy)
    {
        var rows = new List<IndicatorRow>();
        var years = Enumerable.Range(Sizing.FirstYear, Sizing.LastYear - Sizing.FirstYear + 1).ToList();
        double Pub(int year, string key) => published[(Regions.City, year, key)].Value;
        bool Has(string region, int year, string key) => published.ContainsKey((region, year, key));
        void Add(string region, int year, string key, double value, string unit, int decimals, string sizing)
        {
            if (published.TryGetValue((region, year, key), out var p))
            {
                rows.Add(new IndicatorRow(region, year, key, p.Value, p.Unit, p.Source, ""));
            }
            else
            {
                rows.Add(new IndicatorRow(region, year, key, Math.Round(value, decimals, MidpointRounding.AwayFromZero), unit, Illustrative, sizing));
            }
        }
        double Value(string region, int year, string key) => rows.Single(r => r.Region == region && r.Year == year && r.Key == key).Value;

        // City GDP: published 2019–2022, chained backwards and forwards by the illustrative nominal growth.
        var gdp = new Dictionary<int, double>();
        for (int y = 2019; y <= 2022; y++) { gdp[y] = Pub(y, "gdp"); }
        for (int y = 2018; y >= Sizing.FirstYear; y--) { gdp[y] = gdp[y + 1] / (1 + IndicatorSizing.NominalGrowthBackward[y + 1]); }
        for (int y = 2023; y <= Sizing.LastYear; y++) { gdp[y] = gdp[y - 1] * (1 + IndicatorSizing.NominalGrowthForward[y]); }
        // The 13th-plan average with the published 2019 and 2020 indices leaves this equal index for 2016–2018 (and 2015).
        double early = 100 * Math.Pow(Math.Pow(1 + IndicatorSizing.ThirteenthPlanAverageGrowthPct / 100, 5) / (Pub(2019, "gdp_index") / 100 * Pub(2020, "gdp_index") / 100), 1.0 / 3);
        var index = years.ToDictionary(y => y, y => Has(Regions.City, y, "gdp_index") ? Pub(y, "gdp_index")
            : IndicatorSizing.GdpIndexForward.TryGetValue(y, out var f) ? f : Math.Round(early, 1));
        // Structure: the nearest published year's shares (2019 before it, 2022 after).
        (double P, double S) Shares(int y)
        {
            int at = Math.Clamp(y, 2019, 2022);
            double sum = Pub(at, "gdp");
            return (Pub(at, "value_added_primary") / sum, Pub(at, "value_added_secondary") / sum);
        }
        double industryOfSecondary = Pub(2021, "value_added_industry") / Pub(2021, "value_added_secondary");
        var population = CityPopulation(published, years);
        foreach (int y in years)
        {
            Add(Regions.City, y, "gdp", gdp[y], "亿元", 2, "sized by IndicatorSizing.NominalGrowth* from the published 2019/2022 GDP");
            Add(Regions.City, y, "gdp_index", index[y], "上年=100", 1, "sized by the 13th-plan average real growth 5.4 %/yr or IndicatorSizing.GdpIndexForward");
            var (p, s) = Shares(y);
            double va1 = gdp[y] * p, va2 = gdp[y] * s;
            Add(Regions.City, y, "value_added_primary", va1, "亿元", 2, "GDP × the primary share of the nearest published year");
            Add(Regions.City, y, "value_added_secondary", va2, "亿元", 2, "GDP × the secondary share of the nearest published year");
            Add(Regions.City, y, "value_added_tertiary", gdp[y] - Math.Round(va1, 2) - Math.Round(va2, 2), "亿元", 2, "GDP − primary − secondary");
            Add(Regions.City, y, "value_added_industry", Value(Regions.City, y, "value_added_secondary") * industryOfSecondary, "亿元", 2,
                "secondary value added × the 2021 published industry share of it (2839.6 / 3077.9)");
            foreach (var key in VaKeys)
            {
                Add(Regions.City, y, key + "_index", index[y], "上年=100", 1, "the GDP index of the year (no published index by industry)");
            }
            Add(Regions.City, y, "value_added_industry_index", Value(Regions.City, y, "value_added_secondary_index"), "上年=100", 1, "the secondary industry index");
            Add(Regions.City, y, "population", population[y], "万人", 2, "interpolated between published years, or the 2010–2020 census growth before 2018");
        }
        Capacity(rows, published, years, Add, Value);
        Electricity(rows, years, energy, Add);
        Banners(rows, years, Add, Value);
        return rows;
    }

    private static Dictionary<int, double> CityPopulation(Dictionary<(string Region, int Year, string Key), (double Value, string Unit, string Source)> published, List<int> years)
    {
        var known = years.Where(y => published.ContainsKey((Regions.City, y, "population"))).ToDictionary(y => y, y => published[(Regions.City, y, "population")].Value);
        var result = new Dictionary<int, double>(known);
        int first = known.Keys.Min(), last = known.Keys.Max();
        for (int y = first - 1; y >= years[0]; y--) { result[y] = result[y + 1] / (1 + IndicatorSizing.PopulationGrowthBefore2018); }
        // After the last published year: the last year's growth continued.
        int prev = known.Keys.Where(k => k < last).Max();
        double rate = Math.Pow(known[last] / known[prev], 1.0 / (last - prev));
        for (int y = last + 1; y <= years[^1]; y++) { result[y] = result[y - 1] * rate; }
        foreach (int y in years.Where(y => y > first && y < last && !known.ContainsKey(y)))
        {
            int a = known.Keys.Where(k => k < y).Max(), b = known.Keys.Where(k => k > y).Min();
            result[y] = known[a] + (known[b] - known[a]) * (y - a) / (b - a);
        }
        return result;
    }

    private delegate void Adder(string region, int year, string key, double value, string unit, int decimals, string sizing);

    private static void Capacity(List<IndicatorRow> rows, Dictionary<(string Region, int Year, string Key), (double Value, string Unit, string Source)> published,
        List<int> years, Adder add, Func<string, int, string, double> value)
    {
        double Geometric(string key, int y, double backRate, Dictionary<int, double> forward)
        {
            var known = years.Where(k => published.ContainsKey((Regions.City, k, key))).ToDictionary(k => k, k => published[(Regions.City, k, key)].Value);
            if (forward.TryGetValue(y, out var f) && !known.ContainsKey(y)) { return f; }
            int first = known.Keys.Min();
            if (y < first) { return known[first] / Math.Pow(1 + backRate, first - y); }
            int a = known.Keys.Where(k => k <= y).Max();
            int b = known.Keys.Where(k => k >= y).DefaultIfEmpty(a).Min();
            return a == b ? known[a] : known[a] * Math.Pow(known[b] / known[a], (double)(y - a) / (b - a));
        }
        foreach (int y in years)
        {
            add(Regions.City, y, "installed_capacity", Geometric("installed_capacity", y, IndicatorSizing.CapacityGrowthBefore2018, IndicatorSizing.CapacityForward), "万千瓦", 0,
                "geometric between published years (2018, 2021, 2022), IndicatorSizing.CapacityForward after");
            add(Regions.City, y, "renewable_capacity", Geometric("renewable_capacity", y, IndicatorSizing.RenewableCapacityGrowthBefore2018, IndicatorSizing.RenewableCapacityForward), "万千瓦", 0,
                "geometric between published years (2018, 2021), IndicatorSizing.RenewableCapacityForward after");
            // Banners: new energy by the energy sample's new-energy weights, the rest (thermal) by its power-plant weights.
            double renewable = value(Regions.City, y, "renewable_capacity"), thermal = value(Regions.City, y, "installed_capacity") - renewable;
            var year = new YearData(y);
            var nw = year.Weights(Sizing.NewEnergyWeight);
            var pw = year.Weights(Sizing.PowerWeight);
            foreach (var banner in Regions.Banners.Where(b => nw.ContainsKey(b) || pw.ContainsKey(b)))
            {
                double r = renewable * nw.GetValueOrDefault(banner);
                add(banner, y, "installed_capacity", r + thermal * pw.GetValueOrDefault(banner), "万千瓦", 0, "city capacity split by the energy sample's Sizing.PowerWeight and Sizing.NewEnergyWeight");
                if (r > 0)
                {
                    add(banner, y, "renewable_capacity", r, "万千瓦", 0, "city new-energy capacity split by the energy sample's Sizing.NewEnergyWeight");
                }
            }
        }
    }

    private static void Electricity(List<IndicatorRow> rows, List<int> years, IReadOnlyDictionary<int, List<Row>> energy, Adder add)
    {
        foreach (int y in years)
        {
            // Renewable consumption: each region's electricity use (the energy sample's rows) × the new-energy share of the city's generation.
            double share = Sizing.NewEnergyTWh[y] / Sizing.GenerationTWh[y];
            var use = energy[y].Where(r => r.Activity == "electricity").GroupBy(r => r.Region)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Value * Units.ToBase[r.Unit]) / 1e4); // 万千瓦时
            double cityUse = use.Values.Sum();
            double green = IndicatorSizing.GreenCertificateShare.GetValueOrDefault(y);
            foreach (var region in new[] { Regions.City }.Concat(Regions.Banners).Where(r => r == Regions.City || use.ContainsKey(r)))
            {
                double kwh = region == Regions.City ? cityUse : use[region];
                add(region, y, "renewable_electricity_consumption", kwh * share, "万千瓦时", 0,
                    "electricity use in the energy sample × the new-energy share of the city's generation (Sizing.NewEnergyTWh / Sizing.GenerationTWh)");
                if (green > 0)
                {
                    add(region, y, "green_certificate_electricity", kwh * green, "万千瓦时", 0, "electricity use in the energy sample × IndicatorSizing.GreenCertificateShare");
                }
            }
        }
    }

    private static void Banners(List<IndicatorRow> rows, List<int> years, Adder add, Func<string, int, string, double> value)
    {
        foreach (int y in years)
        {
            var year = new YearData(y);
            var gdpShare = year.Weights(IndicatorSizing.GdpShare);
            double shareSum = IndicatorSizing.GdpShare.Values.Sum();
            var popShare = year.Weights(IndicatorSizing.PopulationShare);
            double cityGdp = value(Regions.City, y, "gdp"), cityIndex = value(Regions.City, y, "gdp_index");
            double p = value(Regions.City, y, "value_added_primary") / cityGdp, s = value(Regions.City, y, "value_added_secondary") / cityGdp;
            double industryOfSecondary = value(Regions.City, y, "value_added_industry") / value(Regions.City, y, "value_added_secondary");
            foreach (var banner in Regions.Banners.Where(gdpShare.ContainsKey))
            {
                add(banner, y, "gdp", cityGdp * gdpShare[banner] * shareSum, "亿元", 2, "city GDP × IndicatorSizing.GdpShare (banners add up to 99.4 % of the city)");
                double gdp = value(banner, y, "gdp");
                // 康巴什区 before it existed as a unit of its own has no growth index: its first year starts its chain.
                add(banner, y, "gdp_index", cityIndex + IndicatorSizing.IndexOffset[banner], "上年=100", 1, "city GDP index + IndicatorSizing.IndexOffset");
                var (fp, fs) = IndicatorSizing.StructureFactor[banner];
                double va1 = gdp * p * fp, va2 = gdp * s * fs;
                add(banner, y, "value_added_primary", va1, "亿元", 2, "banner GDP × city primary share × IndicatorSizing.StructureFactor");
                add(banner, y, "value_added_secondary", va2, "亿元", 2, "banner GDP × city secondary share × IndicatorSizing.StructureFactor");
                add(banner, y, "value_added_tertiary", gdp - Math.Round(va1, 2) - Math.Round(va2, 2), "亿元", 2, "banner GDP − primary − secondary");
                add(banner, y, "value_added_industry", value(banner, y, "value_added_secondary") * industryOfSecondary, "亿元", 2, "secondary value added × the city's industry share of it");
                // Each sector grows at the city's rate for that sector shifted by the banner's offset, so a banner's structure at
                // constant prices moves as the city's does (published 2020–2022) and the decomposition's structure effect is not
                // degenerate; banner sector index − banner GDP index = city sector index − city GDP index.
                foreach (var key in VaKeys)
                {
                    add(banner, y, key + "_index", value(Regions.City, y, key + "_index") + IndicatorSizing.IndexOffset[banner], "上年=100", 1,
                        "city index of the sector + IndicatorSizing.IndexOffset");
                }
                add(banner, y, "value_added_industry_index", value(banner, y, "value_added_secondary_index"), "上年=100", 1, "the banner's secondary industry index");
                add(banner, y, "population", value(Regions.City, y, "population") * popShare[banner], "万人", 2, "city population × IndicatorSizing.PopulationShare");
            }
        }
    }

    public static string Render(List<IndicatorRow> rows)
    {
        var sb = new StringBuilder("region,year,indicator,value,unit,source,note\n");
        foreach (var r in rows.OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => Array.IndexOf(KeyOrder, r.Key)))
        {
            sb.Append(FormattableString.Invariant($"{r.Region},{r.Year},{r.Key},{r.Value.ToString("0.##", CultureInfo.InvariantCulture)},{r.Unit},{Csv.Field(r.Source)},{Csv.Field(r.Note)}\n"));
        }
        return sb.ToString();
    }

    /// <summary>gdp.csv: the published GDP rows only, as before, now read from the same sourced file.</summary>
    public static string RenderGdp(Dictionary<(string Region, int Year, string Key), (double Value, string Unit, string Source)> published)
    {
        var sb = new StringBuilder("region,year,gdp_100m_yuan,price_basis,status,source\n");
        foreach (var ((region, year, _), (v, _, source)) in published.Where(p => p.Key.Key == "gdp").OrderBy(p => p.Key.Region, StringComparer.Ordinal).ThenBy(p => p.Key.Year))
        {
            sb.Append(FormattableString.Invariant($"{region},{year},{v.ToString("0.0#", CultureInfo.InvariantCulture)},current prices,secondary,{Csv.Field(source)}\n"));
        }
        return sb.ToString();
    }

    /// <summary>The README table: city GDP, index, population, capacity, and how far the banners' GDP sum is from the city's.</summary>
    public static string Summary(List<IndicatorRow> rows)
    {
        var sb = new StringBuilder("| year | GDP 亿元 | GDP index | banners' GDP / city | population 万人 | capacity 万千瓦 (new energy) | renewable electricity 亿千瓦时 |\n|---|---|---|---|---|---|---|\n");
        foreach (var y in rows.Select(r => r.Year).Distinct().Order())
        {
            double V(string key) => rows.Single(r => r.Region == Regions.City && r.Year == y && r.Key == key).Value;
            string Mark(string key) => rows.Single(r => r.Region == Regions.City && r.Year == y && r.Key == key).Source == Illustrative ? "" : " (p)";
            double banners = rows.Where(r => r.Region != Regions.City && r.Year == y && r.Key == "gdp").Sum(r => r.Value);
            sb.Append(FormattableString.Invariant(
                $"| {y} | {V("gdp"):F2}{Mark("gdp")} | {V("gdp_index"):F1}{Mark("gdp_index")} | {banners / V("gdp"):P1} | {V("population"):F2}{Mark("population")} | {V("installed_capacity"):F0}{Mark("installed_capacity")} ({V("renewable_capacity"):F0}{Mark("renewable_capacity")}) | {V("renewable_electricity_consumption") / 1e4:F1} |\n"));
        }
        return sb.Append("\n(p) published (tools/SampleData/published_indicators.csv); every other figure illustrative.\n").ToString();
    }

    private static readonly string[] KeyOrder =
    [
        "gdp", "gdp_index", "value_added_primary", "value_added_primary_index", "value_added_secondary", "value_added_secondary_index",
        "value_added_tertiary", "value_added_tertiary_index", "value_added_industry", "value_added_industry_index", "population",
        "installed_capacity", "renewable_capacity", "renewable_electricity_consumption", "green_certificate_electricity",
    ];
}
