using System.Globalization;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;
using GhgInventory.Data.Resources;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.Ingestion;

/// <summary>Plausibility of activity rows: a jump against an adjacent year, or a single row emitting more than a whole county could.</summary>
/// <remarks>
/// <para>Year jump: for each (category, activity, use) the file touches, the total of the composed version more than
/// <see cref="YearJumpRatio"/>× or under 1/<see cref="YearJumpRatio"/> of the same key's total in the current version of
/// the year before or after (issue 11, "What to build" 3). A factor of ten is what a unit slip makes (t in the 万吨 column is 10^4).</para>
/// <para>County bound: a fuel row whose CO2 at an upper factor exceeds <see cref="CountyBoundTonnes"/> (county, banner or park)
/// or <see cref="CityBoundTonnes"/> (a city-level row). One banner's row cannot emit more than the whole city did in its highest
/// published year: CEADs gives Ordos 313.42 Mt CO2 in 2019 (../shared/reference/ordos_published_co2.csv), twelve times the largest
/// banner total in Chen et al. 2020 (准格尔旗, 25.7 Mt in 2017), so real rows of the coal-power banners (tens of Mt) pass and a
/// 10^4 unit slip (the issue's 11,987,000 万吨: about 600 Gt at the upper factor) cannot. A city-level row is bounded at about three
/// times the city's published maximum. The upper factor is the bundled library's largest NCV × largest carbon content ×
/// largest oxidation rate (at most 1) × 44/12 for the fuel, times <see cref="FactorMargin"/>; local sets are left out so that a
/// mistyped local factor cannot widen the bound.</para>
/// </remarks>
internal sealed class ActivityPlausibility(SqliteConnection connection, SqliteTransaction transaction, StoreNames names)
{
    /// <summary>Ratio to an adjacent year's total beyond which a key is flagged (issue 11: "more than 10× or less than 1/10").</summary>
    public const double YearJumpRatio = 10;

    /// <summary>Bound on one row's CO2 in a county-level region, t: the whole of Ordos in 2019, 313.42 Mt CO2 (CEADs city inventory, the highest published year).</summary>
    public const double CountyBoundTonnes = 313.42e6;

    /// <summary>Bound on one row's CO2 in a city-level region, t: about 3 × Ordos's 313.42 Mt (CEADs, 2019).</summary>
    public const double CityBoundTonnes = 1000e6;

    /// <summary>Margin on the library's largest factors: IPCC 2006 Vol. 2 Tables 1.2 and 1.3 give upper NCV and carbon-content bounds within about 1.8× of the defaults (lignite NCV 21.6 vs 11.9 TJ/Gg), so 2× covers any real fuel.</summary>
    public const double FactorMargin = 2;

    private readonly Dictionary<long, double?> upperFactors = [];

    /// <summary>Flags for the keys the file touches whose composed total (<paramref name="totals"/>, with the key's first row of the file) jumps against an adjacent year's (<paramref name="adjacentTotals"/>).</summary>
    public IEnumerable<QaFlag> YearJumps(ComposeRequest batch, VersionInfo version, IReadOnlyDictionary<(long, long, long), (double Sum, StoredRow First)> totals,
        IReadOnlyDictionary<(string Region, int Year), (int Version, Dictionary<(long, long, long), double> Totals)> adjacentTotals)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(adjacentTotals);
        var flags = new List<QaFlag>();
        foreach (int year in new[] { version.Year - 1, version.Year + 1 })
        {
            if (!adjacentTotals.TryGetValue((version.Region, year), out var adjacent))
            {
                continue;
            }
            foreach (var (key, (a, first)) in totals)
            {
                double b = adjacent.Totals.GetValueOrDefault(key);
                if (a == 0 && b > 0)
                {
                    // A drop to 0 is the limit of "under 1/10": as often a figure left blank as a fuel that stopped.
                    string unit = BaseUnit(first);
                    flags.Add(Flag(batch, version, first, "year_jump", nameof(DataIngestText.FlagYearJumpZero),
                        version.Region, version.Year, names.Neutral(first), unit, Number(b), year, adjacent.Version));
                }
                else if (a > 0 && b > 0 && (a > YearJumpRatio * b || a * YearJumpRatio < b))
                {
                    if (IndicatorJump(first, a > b) is { } indicator)
                    {
                        // An indicator's slip is 万元 for 亿元 or 人 for 万人, said in the indicator's own unit (issue 14, user trial).
                        flags.Add(Flag(batch, version, first, "year_jump", indicator.Key, version.Region, version.Year, names.Neutral(first),
                            Number(a / indicator.PerUnit), Number(a / b), year, Number(b / indicator.PerUnit), adjacent.Version));
                        continue;
                    }
                    string unit = BaseUnit(first);
                    flags.Add(Flag(batch, version, first, "year_jump", a > b ? nameof(DataIngestText.FlagYearJumpUp) : nameof(DataIngestText.FlagYearJumpDown),
                        version.Region, version.Year, names.Neutral(first), Number(a), unit, Number(a / b), year, Number(b), adjacent.Version,
                        YearJumpRatio.ToString("0", CultureInfo.InvariantCulture)));
                }
            }
        }
        return flags;
    }

    /// <summary>A flag when row <paramref name="now"/> replaces <paramref name="was"/> with a value more than <see cref="YearJumpRatio"/>× or under 1/<see cref="YearJumpRatio"/> of it (a unit slip in a correction: 吨 written as 万吨); null otherwise.</summary>
    public QaFlag? CorrectionJump(ComposeRequest batch, VersionInfo version, StoredRow now, StoredRow was, double nowBase, double wasBase)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(was);
        if (nowBase <= 0 || (nowBase <= YearJumpRatio * wasBase && nowBase * YearJumpRatio >= wasBase))
        {
            return null;
        }
        string key = IndicatorJump(now, true)?.PerUnit switch
        {
            1e8 => nameof(DataIngestText.FlagCorrectionJumpMoney),
            1e4 => nameof(DataIngestText.FlagCorrectionJumpCount),
            _ => nameof(DataIngestText.FlagCorrectionJump),
        };
        return Flag(batch, version, now, "correction_jump", key,
            version.Region, version.Year, names.Neutral(now), names.ValueText(now), names.ValueText(was), Number(nowBase / wasBase));
    }

    /// <summary>True when <paramref name="quantity"/> (base unit) of a fuel whose upper CO2 factor is <paramref name="upperFactor"/> (<see cref="UpperFactors"/>) could emit more than <paramref name="bound"/> (<see cref="BoundOf"/> its region).</summary>
    public static bool ExceedsBound(double bound, double upperFactor, double quantity) => quantity * upperFactor > bound;

    /// <summary>The upper CO2 factor of each activity (null for a non-fuel or a fuel without factors), read at once so that rows can be checked without SQL.</summary>
    public IReadOnlyDictionary<long, double?> UpperFactors(IEnumerable<long> activityIds)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        return activityIds.Distinct().ToDictionary(id => id, UpperFactor);
    }

    /// <summary>The flag of a row <see cref="ExceedsBound"/> found, read with its text.</summary>
    public QaFlag BoundFlag(ComposeRequest batch, VersionInfo version, StoredRow row, double factor)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(row);
        double bound = BoundOf(version.Region);
        return Flag(batch, version, row, "county_bound", bound == CityBoundTonnes ? nameof(DataIngestText.FlagBoundCity) : nameof(DataIngestText.FlagBoundCounty),
            version.Region, version.Year, names.Neutral(row), names.ValueText(row), Number(row.BaseValue!.Value * factor / 1e6), Number(factor), BaseUnit(row),
            FactorMargin.ToString("0", CultureInfo.InvariantCulture), Number(bound / 1e6), Number(CountyBoundTonnes / 1e6));
    }

    /// <summary>The bound on one row's CO2 in <paramref name="region"/>: <see cref="CityBoundTonnes"/> for a city or province, else <see cref="CountyBoundTonnes"/>.</summary>
    public static double BoundOf(string region) =>
        RegionCode.TryParse(region, out var code) && code.Level is RegionLevel.Prefecture or RegionLevel.Province ? CityBoundTonnes : CountyBoundTonnes;

    /// <summary>A flag whose text is stored language-neutral (<see cref="StoredText"/>) and shown now in the reader's language.</summary>
    private QaFlag Flag(ComposeRequest batch, VersionInfo version, StoredRow row, string kind, string messageKey, params object?[] args)
    {
        string stored = StoredText.Encode(messageKey, args);
        return new(0, row.Id, version.Region, version.Year, kind, StoredText.Render(stored, names.Names), Path.GetFileName(batch.FileName), row.FileLine,
            names.ValueText(row)) { StoredMessage = stored };
    }

    /// <summary>
    /// For a money or head-count indicator row (GDP, value added, population), the message of a jump up or down and the base
    /// units per shown unit (10^8 yuan per 亿元, 10^4 persons per 万人); null for any other row.
    /// </summary>
    private (string Key, double PerUnit)? IndicatorJump(StoredRow row, bool up)
    {
        var (dimension, kind, _) = Dimensions[row.Key.ActivityId];
        if (kind != "indicator")
        {
            return null;
        }
        return dimension switch
        {
            Dimension.Money => (up ? nameof(DataIngestText.FlagIndicatorMoneyUp) : nameof(DataIngestText.FlagIndicatorMoneyDown), 1e8),
            Dimension.Count => (up ? nameof(DataIngestText.FlagIndicatorCountUp) : nameof(DataIngestText.FlagIndicatorCountDown), 1e4),
            _ => null,
        };
    }

    private string BaseUnit(StoredRow row) => Unit.BaseOf(Dimensions[row.Key.ActivityId].Dimension).Symbol;

    private Dictionary<long, (Dimension Dimension, string Kind, string Key)> Dimensions => dimensions ??= connection
        .Query<(long Id, string Key, string Dimension, string Kind)>("SELECT id, key, dimension, kind FROM activities", transaction: transaction)
        .ToDictionary(a => a.Id, a => (Enum.Parse<Dimension>(a.Dimension, ignoreCase: true), a.Kind, a.Key));

    private Dictionary<long, (Dimension Dimension, string Kind, string Key)>? dimensions;

    /// <summary>Upper CO2 per base unit of a fuel: largest bundled NCV × carbon content × oxidation × 44/12 × margin; null for a non-fuel or a fuel without them.</summary>
    private double? UpperFactor(long activityId) =>
        upperFactors.TryGetValue(activityId, out var known) ? known : upperFactors[activityId] = ComputeUpperFactor(activityId);

    private double? ComputeUpperFactor(long activityId)
    {
        var (dimension, kind, key) = Dimensions[activityId];
        double? result = null;
        if (kind == "fuel")
        {
            var factors = connection.Query<(string Parameter, double Value, string Unit)>("""
                SELECT f.parameter, f.value, f.unit FROM factors f JOIN factor_sets s ON s.id = f.factor_set_id
                WHERE s.tier <> 'local' AND f.activity = @key AND f.parameter IN (@ncv, @cc, @of)
                """, new { key, ncv = Parameters.Ncv, cc = Parameters.CarbonContent, of = Parameters.Oxidation }, transaction)
                .Select(f => (f.Parameter, Unit: FactorUnit.TryParse(f.Unit, out var u) ? u : null, f.Value))
                .Where(f => f.Unit is not null)
                .ToList();
            double? Max(string parameter, Func<FactorUnit, bool> fits)
            {
                var values = factors.Where(f => f.Parameter == parameter && fits(f.Unit!)).Select(f => f.Unit!.ToEngine(f.Value)).ToList();
                return values.Count == 0 ? null : values.Max();
            }
            var ncv = Max(Parameters.Ncv, u => u.Denominator == dimension);
            var cc = Max(Parameters.CarbonContent, u => u.Denominator == Dimension.Energy);
            var of = Max(Parameters.Oxidation, u => u.Denominator is null);
            if (ncv is { } n && cc is { } c)
            {
                result = n * c * Math.Min(1, of ?? 1) * FuelCombustionMethod.CarbonToCo2 * FactorMargin;
            }
        }
        return result;
    }

    private static string Number(double value) =>
        Math.Abs(value) >= 1e12 || (Math.Abs(value) < 0.01 && value != 0)
            ? value.ToString("0.###e+0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
