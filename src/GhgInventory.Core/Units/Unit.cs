using System.Diagnostics.CodeAnalysis;

namespace GhgInventory.Core.Units;

/// <summary>A unit of activity data as Chinese statistics write it, with its dimension and its size in the dimension's base unit.</summary>
/// <param name="Symbol">Canonical symbol, e.g. <c>10^4 t</c>.</param>
/// <param name="Dimension">What it measures.</param>
/// <param name="ToBase">How many base units one of this unit is (t, m3, GJ, head, yuan, ha).</param>
/// <param name="Basis">For tonnes of coal equivalent, the basis the spelling names (当量 or 等价); <see cref="CoalEquivalentBasis.None"/> otherwise and for a bare 吨标准煤.</param>
public sealed record Unit(string Symbol, Dimension Dimension, double ToBase, CoalEquivalentBasis Basis = CoalEquivalentBasis.None)
{
    /// <summary>GJ per tonne of coal equivalent: 29 307 kJ/kgce (GB/T 2589-2008 §6.2).</summary>
    public const double GigajoulesPerTce = 29.307;

    /// <summary>GJ per kWh: 3.6 MJ, exact by definition.</summary>
    public const double GigajoulesPerKilowattHour = 0.0036;

    /// <summary>Tonne, 吨.</summary>
    public static readonly Unit Tonne = new("t", Dimension.Mass, 1);
    /// <summary>Ten thousand tonnes, 万吨.</summary>
    public static readonly Unit TenThousandTonnes = new("10^4 t", Dimension.Mass, 1e4);
    /// <summary>Kilogram, 千克.</summary>
    public static readonly Unit Kilogram = new("kg", Dimension.Mass, 1e-3);
    /// <summary>Gigagram (kt), the IPCC mass unit.</summary>
    public static readonly Unit Gigagram = new("Gg", Dimension.Mass, 1e3);
    /// <summary>Cubic metre, 立方米.</summary>
    public static readonly Unit CubicMetre = new("m3", Dimension.Volume, 1);
    /// <summary>Ten thousand cubic metres, 万立方米.</summary>
    public static readonly Unit TenThousandCubicMetres = new("10^4 m3", Dimension.Volume, 1e4);
    /// <summary>Hundred million cubic metres, 亿立方米.</summary>
    public static readonly Unit HundredMillionCubicMetres = new("10^8 m3", Dimension.Volume, 1e8);
    /// <summary>Gigajoule, 吉焦 (also 百万千焦).</summary>
    public static readonly Unit Gigajoule = new("GJ", Dimension.Energy, 1);
    /// <summary>Ten thousand gigajoules, 万吉焦.</summary>
    public static readonly Unit TenThousandGigajoules = new("10^4 GJ", Dimension.Energy, 1e4);
    /// <summary>Terajoule, 太焦.</summary>
    public static readonly Unit Terajoule = new("TJ", Dimension.Energy, 1e3);
    /// <summary>Megajoule.</summary>
    public static readonly Unit Megajoule = new("MJ", Dimension.Energy, 1e-3);
    /// <summary>Kilojoule.</summary>
    public static readonly Unit Kilojoule = new("kJ", Dimension.Energy, 1e-6);
    /// <summary>Kilowatt-hour, 千瓦时 (度).</summary>
    public static readonly Unit KilowattHour = new("kWh", Dimension.Energy, GigajoulesPerKilowattHour);
    /// <summary>Megawatt-hour, 兆瓦时.</summary>
    public static readonly Unit MegawattHour = new("MWh", Dimension.Energy, GigajoulesPerKilowattHour * 1e3);
    /// <summary>Ten thousand kilowatt-hours, 万千瓦时.</summary>
    public static readonly Unit TenThousandKilowattHours = new("10^4 kWh", Dimension.Energy, GigajoulesPerKilowattHour * 1e4);
    /// <summary>Hundred million kilowatt-hours, 亿千瓦时.</summary>
    public static readonly Unit HundredMillionKilowattHours = new("10^8 kWh", Dimension.Energy, GigajoulesPerKilowattHour * 1e8);
    /// <summary>Tonne of standard coal equivalent, 吨标准煤 (calorific, GB/T 2589).</summary>
    public static readonly Unit TonneCoalEquivalent = new("tce", Dimension.Energy, GigajoulesPerTce);
    /// <summary>Ten thousand tonnes of standard coal equivalent, 万吨标准煤.</summary>
    public static readonly Unit TenThousandTonnesCoalEquivalent = new("10^4 tce", Dimension.Energy, GigajoulesPerTce * 1e4);
    /// <summary>Tonne of coal equivalent on the calorific basis, 吨标准煤(当量): 0.1229 kgce/kWh for electricity (GB/T 2589).</summary>
    public static readonly Unit TonneCoalEquivalentCalorific = new("tce (calorific)", Dimension.Energy, GigajoulesPerTce, CoalEquivalentBasis.Calorific);
    /// <summary>Ten thousand tonnes of coal equivalent on the calorific basis, 万吨标准煤(当量).</summary>
    public static readonly Unit TenThousandTonnesCoalEquivalentCalorific = new("10^4 tce (calorific)", Dimension.Energy, GigajoulesPerTce * 1e4, CoalEquivalentBasis.Calorific);
    /// <summary>Tonne of coal equivalent on the coal-equivalent basis, 吨标准煤(等价): for electricity, the coal burnt to generate it.</summary>
    /// <remarks>
    /// <see cref="ToBase"/> is the 29.307 GJ of the coal itself. Electricity in this unit is converted to kWh only with the
    /// year's national power coal rate (<see cref="ElectricityGigajoules"/>), never through <see cref="ToBaseValue"/>.
    /// </remarks>
    public static readonly Unit TonneCoalEquivalentCoalBasis = new("tce (coal-equivalent)", Dimension.Energy, GigajoulesPerTce, CoalEquivalentBasis.CoalEquivalent);
    /// <summary>Ten thousand tonnes of coal equivalent on the coal-equivalent basis, 万吨标准煤(等价).</summary>
    public static readonly Unit TenThousandTonnesCoalEquivalentCoalBasis = new("10^4 tce (coal-equivalent)", Dimension.Energy, GigajoulesPerTce * 1e4, CoalEquivalentBasis.CoalEquivalent);
    /// <summary>Gigawatt-hour, 吉瓦时 (10^6 kWh).</summary>
    public static readonly Unit GigawattHour = new("GWh", Dimension.Energy, GigajoulesPerKilowattHour * 1e6);
    /// <summary>Terawatt-hour, 太瓦时 (10^9 kWh).</summary>
    public static readonly Unit TerawattHour = new("TWh", Dimension.Energy, GigajoulesPerKilowattHour * 1e9);
    /// <summary>Head of livestock, 头/只.</summary>
    public static readonly Unit Head = new("head", Dimension.Count, 1);

    /// <summary>Ten thousand head (万头, 万只), as livestock statistics print herds.</summary>
    public static readonly Unit TenThousandHead = new("10^4 head", Dimension.Count, 1e4);

    /// <summary>Mu (亩), 1/15 hectare (GB 3100 non-SI unit of China: 1 公顷 = 15 亩).</summary>
    public static readonly Unit Mu = new("mu", Dimension.Area, 1.0 / 15);

    /// <summary>Ten thousand mu (万亩), as afforestation and sand-fixation plans print areas.</summary>
    public static readonly Unit TenThousandMu = new("10^4 mu", Dimension.Area, 1e4 / 15);

    /// <summary>Thousand hectares (千公顷), as the statistical yearbook prints sown and forest areas.</summary>
    public static readonly Unit ThousandHectares = new("10^3 ha", Dimension.Area, 1e3);

    /// <summary>Ten thousand hectares (万公顷).</summary>
    public static readonly Unit TenThousandHectares = new("10^4 ha", Dimension.Area, 1e4);

    /// <summary>Million cubic metres (百万立方米, 10^6 m3), the unit of IPCC's oil and gas system factors.</summary>
    public static readonly Unit MillionCubicMetres = new("10^6 m3", Dimension.Volume, 1e6);

    /// <summary>Square kilometre (平方公里, 100 ha).</summary>
    public static readonly Unit SquareKilometre = new("km2", Dimension.Area, 100);
    /// <summary>Yuan.</summary>
    public static readonly Unit Yuan = new("yuan", Dimension.Money, 1);
    /// <summary>Ten thousand yuan, 万元.</summary>
    public static readonly Unit TenThousandYuan = new("10^4 yuan", Dimension.Money, 1e4);
    /// <summary>Hundred million yuan, 亿元.</summary>
    public static readonly Unit HundredMillionYuan = new("10^8 yuan", Dimension.Money, 1e8);
    /// <summary>Hectare, 公顷.</summary>
    public static readonly Unit Hectare = new("ha", Dimension.Area, 1);
    /// <summary>A person, 人 (population; counted in the count dimension beside heads).</summary>
    public static readonly Unit Person = new("person", Dimension.Count, 1);
    /// <summary>Ten thousand persons, 万人.</summary>
    public static readonly Unit TenThousandPersons = new("10^4 persons", Dimension.Count, 1e4);
    /// <summary>Index point with the previous year = 100 (上年=100): 105.4 is a real growth of 5.4 %.</summary>
    public static readonly Unit PreviousYearIndex = new("prev=100", Dimension.Index, 1);
    /// <summary>Kilowatt, 千瓦.</summary>
    public static readonly Unit Kilowatt = new("kW", Dimension.Power, 1);
    /// <summary>Ten thousand kilowatts, 万千瓦.</summary>
    public static readonly Unit TenThousandKilowatts = new("10^4 kW", Dimension.Power, 1e4);
    /// <summary>Megawatt, 兆瓦.</summary>
    public static readonly Unit Megawatt = new("MW", Dimension.Power, 1e3);
    /// <summary>Gigawatt, 吉瓦 (百万千瓦).</summary>
    public static readonly Unit Gigawatt = new("GW", Dimension.Power, 1e6);

    private static readonly Dictionary<string, Unit> BySpelling = BuildSpellings();

    /// <summary>The base unit of each dimension.</summary>
    public static Unit BaseOf(Dimension dimension) => dimension switch
    {
        Dimension.Mass => Tonne,
        Dimension.Volume => CubicMetre,
        Dimension.Energy => Gigajoule,
        Dimension.Count => Head,
        Dimension.Money => Yuan,
        Dimension.Area => Hectare,
        Dimension.Index => PreviousYearIndex,
        Dimension.Power => Kilowatt,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Every spelling the parser accepts, for error messages and documentation.</summary>
    public static IEnumerable<string> AcceptedSpellings => BySpelling.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds a unit by any accepted Chinese or SI spelling (万吨, 10^4 t, 10⁴t, 万t …); spaces and case in SI symbols do not matter.</summary>
    public static bool TryParse([NotNullWhen(true)] string? spelling, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        return spelling is not null && BySpelling.TryGetValue(Normalize(spelling), out unit);
    }

    /// <summary>Converts <paramref name="value"/> in this unit to the dimension's base unit.</summary>
    public double ToBaseValue(double value) => value * ToBase;

    /// <summary>True for the tonnes-of-coal-equivalent units (吨标准煤, 万吨标准煤, with or without a basis).</summary>
    public bool IsCoalEquivalent => Symbol.Contains("tce", StringComparison.Ordinal);

    /// <summary>GJ of electricity that <paramref name="value"/> of this coal-equivalent unit stands for on its basis.</summary>
    /// <remarks>
    /// Calorific (当量): 1 tce = 29.307 GJ = 8,140.8 kWh (0.1229 kgce/kWh). Coal-equivalent (等价): 1 tce = 10^6 gce ÷ the
    /// year's power coal rate (gce/kWh) kWh, × 3.6 MJ/kWh; at 305.5 gce/kWh (2020) 1 tce = 3,273.3 kWh. A unit without a basis
    /// has no defined electricity equivalent and throws.
    /// </remarks>
    public double ElectricityGigajoules(double value, double? powerCoalRateGcePerKwh) => Basis switch
    {
        CoalEquivalentBasis.Calorific => value * ToBase,
        CoalEquivalentBasis.CoalEquivalent when powerCoalRateGcePerKwh is > 0 and var rate =>
            value * (ToBase / GigajoulesPerTce) * 1e6 / rate * GigajoulesPerKilowattHour,
        CoalEquivalentBasis.CoalEquivalent => throw new ArgumentOutOfRangeException(nameof(powerCoalRateGcePerKwh), Localization.Say.Now(nameof(Resources.CoreText.PowerCoalRateNeeded))),
        _ => throw new InvalidOperationException($"{Symbol} names no basis (当量 or 等价) for electricity."),
    };

    /// <summary>Converts <paramref name="value"/> in this unit to <paramref name="target"/>, which must share the dimension.</summary>
    public double ConvertTo(double value, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dimension != Dimension)
        {
            throw new InvalidOperationException(Localization.Say.Now(nameof(Resources.CoreText.CannotConvertUnit), Symbol, Dimension, target.Symbol, target.Dimension));
        }
        return value * ToBase / target.ToBase;
    }

    /// <inheritdoc/>
    public override string ToString() => Symbol;

    private static string Normalize(string spelling) =>
        spelling.Trim()
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u3000", "", StringComparison.Ordinal)
            // kW·h, 千瓦·时: the middle dot of the SI product (GB 3101) written in its several code points means nothing here.
            .Replace("\u00B7", "", StringComparison.Ordinal)
            .Replace("\u22C5", "", StringComparison.Ordinal)
            .Replace("\u30FB", "", StringComparison.Ordinal)
            .Replace("\u2022", "", StringComparison.Ordinal)
            .Replace("（", "(", StringComparison.Ordinal)
            .Replace("）", ")", StringComparison.Ordinal)
            .Replace("⁴", "^4", StringComparison.Ordinal)
            .Replace("⁸", "^8", StringComparison.Ordinal)
            .Replace("³", "3", StringComparison.Ordinal)
            .Replace("1e4", "10^4", StringComparison.OrdinalIgnoreCase)
            .Replace("1e8", "10^8", StringComparison.OrdinalIgnoreCase)
            .ToUpperInvariant();

    private static Dictionary<string, Unit> BuildSpellings()
    {
        var spellings = new (Unit Unit, string[] Names)[]
        {
            (Tonne, ["t", "吨", "tonne", "tonnes"]),
            (TenThousandTonnes, ["10^4 t", "万吨", "万t"]),
            (Kilogram, ["kg", "千克", "公斤"]),
            (Gigagram, ["Gg", "kt", "千吨"]),
            (CubicMetre, ["m3", "立方米", "Nm3", "标准立方米", "方", "标方"]),
            (TenThousandCubicMetres, ["10^4 m3", "万立方米", "万m3", "10^4 Nm3", "万标准立方米", "万Nm3", "万方", "万标方"]),
            (HundredMillionCubicMetres, ["10^8 m3", "亿立方米", "亿m3", "10^8 Nm3", "亿Nm3", "亿标准立方米", "亿方", "亿标方"]),
            (Gigajoule, ["GJ", "吉焦", "百万千焦"]),
            (TenThousandGigajoules, ["10^4 GJ", "万吉焦", "万GJ"]),
            (Terajoule, ["TJ", "太焦"]),
            (Megajoule, ["MJ", "兆焦"]),
            (Kilojoule, ["kJ", "千焦"]),
            (KilowattHour, ["kWh", "千瓦时", "度"]),
            (MegawattHour, ["MWh", "兆瓦时"]),
            (TenThousandKilowattHours, ["10^4 kWh", "万千瓦时", "万kWh", "万度"]),
            (HundredMillionKilowattHours, ["10^8 kWh", "亿千瓦时", "亿kWh", "亿度"]),
            (GigawattHour, ["GWh", "吉瓦时", "百万千瓦时"]),
            (TerawattHour, ["TWh", "太瓦时"]),
            (TonneCoalEquivalentCalorific, ["吨标准煤(当量)", "吨标煤(当量)", "tce(当量)"]),
            (TenThousandTonnesCoalEquivalentCalorific, ["万吨标准煤(当量)", "万吨标煤(当量)", "万tce(当量)"]),
            (TonneCoalEquivalentCoalBasis, ["吨标准煤(等价)", "吨标煤(等价)", "tce(等价)"]),
            (TenThousandTonnesCoalEquivalentCoalBasis, ["万吨标准煤(等价)", "万吨标煤(等价)", "万tce(等价)"]),
            (TonneCoalEquivalent, ["tce", "吨标准煤", "吨标煤"]),
            (TenThousandTonnesCoalEquivalent, ["10^4 tce", "万吨标准煤", "万吨标煤", "万tce"]),
            (Head, ["head", "头", "只", "头(只)", "匹", "峰"]),
            (TenThousandHead, ["10^4 head", "万头", "万只", "万头(只)", "万匹", "万峰"]),
            (Mu, ["mu", "亩"]),
            (TenThousandMu, ["10^4 mu", "万亩"]),
            (ThousandHectares, ["10^3 ha", "千公顷"]),
            (TenThousandHectares, ["10^4 ha", "万公顷"]),
            (MillionCubicMetres, ["10^6 m3", "百万立方米", "10^6 Nm3"]),
            (SquareKilometre, ["km2", "平方公里", "平方千米"]),
            (Yuan, ["yuan", "元"]),
            (TenThousandYuan, ["10^4 yuan", "万元"]),
            (HundredMillionYuan, ["10^8 yuan", "亿元"]),
            (Hectare, ["ha", "公顷"]),
            (Person, ["person", "persons", "人"]),
            (TenThousandPersons, ["10^4 persons", "万人"]),
            (PreviousYearIndex, ["prev=100", "上年=100", "上年为100", "previous year=100"]),
            (Kilowatt, ["kW", "千瓦"]),
            (TenThousandKilowatts, ["10^4 kW", "万千瓦", "万kW"]),
            (Megawatt, ["MW", "兆瓦"]),
            (Gigawatt, ["GW", "吉瓦", "百万千瓦"]),
        };
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var (unit, names) in spellings)
        {
            foreach (var name in names)
            {
                // A spelling that maps to two units would be a silent conversion error.
                if (!map.TryAdd(Normalize(name), unit) && map[Normalize(name)] != unit)
                {
                    throw new InvalidOperationException($"Unit spelling '{name}' is ambiguous.");
                }
            }
        }
        return map;
    }
}
