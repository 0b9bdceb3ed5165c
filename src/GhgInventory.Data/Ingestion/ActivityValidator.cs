using System.Globalization;
using System.Text;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>Checks one activity row against the vocabularies and turns it into an <see cref="ActivityRow"/>, or reports each problem located by line and column.</summary>
/// <remarks>
/// Knows nothing of files, CSV or SQL: it sees a <see cref="RawActivityRow"/> and the <see cref="Vocabulary"/>. Each field is
/// tried as written first (plain ASCII, nearly every field), and only when that fails in its NFKC form, so full-width
/// digits, <c>2023年</c>, <c>5%</c>, <c>"1,234.5"</c> and names in any ASCII case cost nothing on the common path.
/// </remarks>
internal sealed class ActivityValidator
{
    /// <summary>The largest amount accepted, in the base unit (t, m3 or GJ).</summary>
    /// <remarks>
    /// 10^15 t is about 100,000 times the world's yearly coal output, 10^15 m3 hundreds of times its gas, and 10^15 GJ about
    /// twice its yearly primary energy: no county comes near. It also keeps every sum finite: a file of 2^31 rows at the
    /// bound totals 2 × 10^24, and an emission factor of 10^3 t per unit still leaves 10^280 of headroom below double's max.
    /// </remarks>
    public const double MaxBaseValue = 1e15;

    /// <summary>The lowest year-on-year volume index accepted, points (上年=100).</summary>
    /// <remarks>Half the previous year's real output, a bound of sanity rather than statistics: Ordos's lowest year in the reference
    /// data is 2020 at 97.1 (real growth −2.9 %, ../shared/reference/ordos_city_facts.csv), while a growth rate typed where the
    /// index belongs (5.4 for 105.4) is far below the bound.</remarks>
    public const double MinIndexPoints = 50;

    /// <summary>The highest year-on-year volume index accepted, points: a doubling of real output in one year.</summary>
    public const double MaxIndexPoints = 200;

    private static readonly string[] NotationKeys = ["NO", "NE", "IE", "NA", "C"];

    private readonly Vocabulary vocabulary;
    private readonly string fileName;
    private readonly IReadOnlyList<string> names;
    private readonly IReadOnlyList<int> columnOf;
    private readonly IssueList issues;
    private readonly string? sheet;
    private byte[] scratch = new byte[256];
    private byte[] facilityScratch = new byte[256]; // the facility form must outlive the other fields' normalisation until the row is written

    /// <summary>Creates a validator of rows whose fields sit in the columns <paramref name="columnOf"/> named <paramref name="names"/>.</summary>
    /// <param name="vocabulary">The names rows may use.</param>
    /// <param name="fileName">File name for locations.</param>
    /// <param name="names">Column headers as the file spells them.</param>
    /// <param name="columnOf">0-based column of each <see cref="ActivityField"/>, −1 when absent.</param>
    /// <param name="issues">Where issues go.</param>
    /// <param name="sheet">Worksheet of a workbook (issues are then located <c>file!sheet!D17</c>); null for a text file.</param>
    public ActivityValidator(Vocabulary vocabulary, string fileName, IReadOnlyList<string> names, IReadOnlyList<int> columnOf, IssueList issues, string? sheet = null)
    {
        this.sheet = sheet;
        this.vocabulary = vocabulary;
        this.fileName = fileName;
        this.names = names;
        this.columnOf = columnOf;
        this.issues = issues;
    }

    /// <summary>Validates <paramref name="raw"/>; true with the row when it is clean, false after reporting every problem found.</summary>
    public bool TryValidate(in RawActivityRow raw, out ActivityRow row)
    {
        int before = issues.Count;
        int line = raw.Line;
        if (raw.MayHaveControls)
        {
            Controls(raw, line);
        }
        if (issues.Count > before)
        {
            row = default;
            return false;
        }

        int region = Lookup(raw.Region, ActivityField.Region, fold: true);
        if (region < 0)
        {
            Issue(line, ActivityField.Region, raw.Region, DataIngestText.ExpectedRegion);
        }
        int year = TextFields.Year(raw.Year, ref scratch);
        if (year < 0)
        {
            Issue(line, ActivityField.Year, raw.Year, Text.Format(DataIngestText.ExpectedYear, InventoryYear.Min, InventoryYear.Max));
        }
        int activity = Lookup(raw.Activity, ActivityField.Activity, fold: true);
        bool indicator = activity >= 0 && vocabulary.IsIndicator[activity];
        int category = Lookup(raw.Category, ActivityField.Category, fold: true);
        if (raw.Category.IsEmpty && indicator && vocabulary.IndicatorCategory >= 0)
        {
            // An indicator file (region,year,indicator,value,unit) has no category column: its rows go to category 0.
            category = vocabulary.IndicatorCategory;
        }
        else if (category < 0 && !(raw.Category.IsEmpty && activity < 0))
        {
            // A blank category with an unknown activity is the activity's fault (an indicator under a name the vocabulary
            // lacks): the activity message below says so, a category message would send the user the wrong way.
            // A name where the code belongs (居民生活 for 1.A.4.b) is common in tables made by hand: say which code it names.
            string written = TextFields.WidthFold(Encoding.UTF8.GetString(raw.Category)).Trim();
            Issue(line, ActivityField.Category, raw.Category, vocabulary.CategoryCodeByName.TryGetValue(written, out string? code)
                    || vocabulary.CategoryCodeByName.TryGetValue(written.ToLowerInvariant(), out code)
                ? Text.Format(DataIngestText.ExpectedCategoryNotName, written, code)
                : raw.Category.IsEmpty ? IndicatorText.ExpectedCategoryOrIndicator : DataIngestText.ExpectedCategory);
        }
        else if (activity >= 0 && indicator != (category == vocabulary.IndicatorCategory))
        {
            // Category 0 is not an emission category: an indicator elsewhere would be compiled as nothing, a fuel in 0 never compiled.
            Issue(line, ActivityField.Category, raw.Category, indicator
                ? Text.Format(IndicatorText.ExpectedIndicatorCategory, vocabulary.ActivityName(activity))
                : Text.Format(IndicatorText.ExpectedNotCategoryZero, vocabulary.ActivityName(activity)));
        }
        else if (activity >= 0 && category >= 0 && vocabulary.RoutedCategories[activity] is { } routes
            && !routes.Any(r => CategoryCode.Parse(vocabulary.CategoryCodes[category]).IsWithin(r)))
        {
            // A herd in 1.A, coal mined in 3.A: no method computes it there, so it would compile as NE "no method" (issue 15 breaker).
            Issue(line, ActivityField.Category, raw.Category, Text.Format(DataIngestText.ExpectedRoutedCategory, vocabulary.ActivityName(activity),
                routes.Count == 0 ? "—" : string.Join(", ", routes)));
        }
        if (activity < 0)
        {
            Issue(line, ActivityField.Activity, raw.Activity,
                raw.Category.IsEmpty || category == vocabulary.IndicatorCategory || LooksLikeIndicator(raw.Activity)
                    ? DataIngestText.ExpectedIndicatorName
                    : DataIngestText.ExpectedActivity);
        }
        int use = 0;
        if (indicator && !raw.Use.IsEmpty)
        {
            Issue(line, ActivityField.Use, raw.Use, Text.Format(IndicatorText.ExpectedIndicatorNoUse, vocabulary.ActivityName(activity)));
        }
        else if (!raw.Use.IsEmpty && (use = Lookup(raw.Use, ActivityField.Use, fold: true)) < 0)
        {
            Issue(line, ActivityField.Use, raw.Use, Text.Format(DataIngestText.ExpectedUse, vocabulary.UseList()));
        }
        else if (use > 0 && activity >= 0 && !vocabulary.IsFuel[activity])
        {
            // Generation and heat supply are tied to their plant by category (public plants at 1.A.1.a.*, captive plants by the fuel
            // marked autoproducer at the same category); electricity and heat rows are what a sector used.
            Issue(line, ActivityField.Use, raw.Use, Text.Format(DataIngestText.ExpectedBlankUse, vocabulary.ActivityName(activity)));
        }

        double value = double.NaN, baseValue = double.NaN;
        string? notation = NotationKey(raw.Value);
        Unit? unit = null;
        if (notation is not null)
        {
            // IPCC 2006 Vol. 1 Ch. 8 (Table 8.2): NE and IE must be explained, so their reason is required.
            if (notation is "NE" or "IE" && raw.Note.IsEmpty)
            {
                Issue(line, ActivityField.Value, raw.Value, Text.Format(DataIngestText.ExpectedNotationReason, notation));
            }
        }
        else if (!TextFields.TryAmount(raw.Value, ref scratch, out value))
        {
            Issue(line, ActivityField.Value, raw.Value, raw.Value.IsEmpty
                ? DataIngestText.ExpectedValueNotEmpty
                : DataIngestText.ExpectedValue);
        }
        else
        {
            unit = Unit(raw.Unit, raw.Value, line, activity, year, value, out baseValue);
            if (unit is not null && indicator)
            {
                IndicatorRange(raw.Value, line, activity, value, baseValue);
            }
        }
        if (indicator && !raw.Facility.IsEmpty)
        {
            Issue(line, ActivityField.Facility, raw.Facility, Text.Format(IndicatorText.ExpectedIndicatorNoFacility, vocabulary.ActivityName(activity)));
        }
        double? uncertainty = Uncertainty(raw.Uncertainty, line);
        if (IsTotalLabel(raw.Facility))
        {
            Issue(line, ActivityField.Facility, raw.Facility, DataIngestText.ExpectedFacilityNotTotal);
        }
        if (issues.Count > before)
        {
            row = default;
            return false;
        }
        row = new ActivityRow
        {
            Line = line,
            Region = region,
            Year = year,
            Category = category,
            Activity = activity,
            Use = use,
            Value = value,
            BaseValue = baseValue,
            NotationKey = notation,
            Unit = notation is null ? raw.Unit : [],
            Facility = TextFields.FacilityForm(raw.Facility, ref facilityScratch),
            Source = raw.Source,
            Note = raw.Note,
            UncertaintyPct = uncertainty,
        };
        return true;
    }

    /// <summary>True when a facility cell holds a table's total rather than an enterprise: 合计, 小计, 总计, 共计 (also within a longer label), or total, subtotal, sum in any case.</summary>
    private static bool IsTotalLabel(ReadOnlySpan<byte> facility)
    {
        if (facility.IsEmpty)
        {
            return false;
        }
        if (System.Text.Ascii.IsValid(facility))
        {
            var trimmed = facility[System.Text.Ascii.Trim(facility)];
            // Nearly every facility id fails the first test: this runs on every row of a million-row file.
            if (trimmed.Length is < 3 or > 11 || (trimmed[0] | 0x20) is not ('t' or 's' or 'g'))
            {
                return false;
            }
            return System.Text.Ascii.EqualsIgnoreCase(trimmed, "total"u8) || System.Text.Ascii.EqualsIgnoreCase(trimmed, "subtotal"u8)
                || System.Text.Ascii.EqualsIgnoreCase(trimmed, "sum"u8) || System.Text.Ascii.EqualsIgnoreCase(trimmed, "grand total"u8);
        }
        return facility.IndexOf("合计"u8) >= 0 || facility.IndexOf("小计"u8) >= 0 || facility.IndexOf("总计"u8) >= 0 || facility.IndexOf("共计"u8) >= 0;
    }

    private void Controls(in RawActivityRow raw, int line)
    {
        void Check(ActivityField field, ReadOnlySpan<byte> text, bool freeText)
        {
            if (TextFields.IndexOfControl(text, allowLineBreaks: freeText) >= 0 || TextFields.HasInvisibleControl(text)
                || (!freeText && TextFields.HasInvisibleFormat(text)))
            {
                Issue(line, field, text, freeText
                    ? DataIngestText.ExpectedFreeText
                    : DataIngestText.ExpectedPlainValue);
            }
        }
        Check(ActivityField.Region, raw.Region, false);
        Check(ActivityField.Year, raw.Year, false);
        Check(ActivityField.Category, raw.Category, false);
        Check(ActivityField.Activity, raw.Activity, false);
        Check(ActivityField.Value, raw.Value, false);
        Check(ActivityField.Unit, raw.Unit, false);
        Check(ActivityField.Uncertainty, raw.Uncertainty, false);
        Check(ActivityField.Facility, raw.Facility, false);
        Check(ActivityField.Use, raw.Use, false);
        Check(ActivityField.Source, raw.Source, true);
        Check(ActivityField.Note, raw.Note, true);
    }

    private int Lookup(ReadOnlySpan<byte> written, ActivityField field, bool fold)
    {
        int id = Find(written, field);
        if (id >= 0 || written.IsEmpty)
        {
            return id;
        }
        var normal = TextFields.Normalized(written, ref scratch, lowerAscii: fold);
        return normal.SequenceEqual(written) ? -1 : Find(normal, field);
    }

    private int Find(ReadOnlySpan<byte> utf8, ActivityField field) => field switch
    {
        ActivityField.Region => vocabulary.Region(utf8),
        ActivityField.Category => vocabulary.Category(utf8),
        ActivityField.Activity => vocabulary.Activity(utf8),
        ActivityField.Use => vocabulary.Use(utf8),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string? NotationKey(ReadOnlySpan<byte> written)
    {
        if (written.IsEmpty || written.Length > 2 || !System.Text.Ascii.IsValid(written))
        {
            return null;
        }
        if (char.IsAsciiDigit((char)written[0]))
        {
            return null;
        }
        foreach (var key in NotationKeys)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(written, key))
            {
                return key;
            }
        }
        return null;
    }

    private Unit? Unit(ReadOnlySpan<byte> written, ReadOnlySpan<byte> writtenValue, int line, int activity, int year, double value, out double baseValue)
    {
        baseValue = double.NaN;
        var unit = vocabulary.Unit(written);
        if (unit is null && activity >= 0 && vocabulary.IsIndicator[activity] && vocabulary.Dimensions[activity] == Dimension.Index
            && TextFields.WidthFold(Encoding.UTF8.GetString(written)).Trim() == "%")
        {
            // A growth rate (5.4 %) where the statistics bureau's index (105.4, 上年=100) belongs: say how to write it.
            Issue(line, ActivityField.Value, writtenValue, Text.Format(IndicatorText.ExpectedIndexNotPercent,
                value.ToString("0.###", CultureInfo.InvariantCulture), (100 + value).ToString("0.###", CultureInfo.InvariantCulture)));
            return null;
        }
        if (unit is null)
        {
            Issue(line, ActivityField.Unit, written, DataIngestText.ExpectedUnit);
            return null;
        }
        if (activity < 0)
        {
            return unit;
        }
        var dimension = vocabulary.Dimensions[activity];
        if (unit.Dimension != dimension)
        {
            Issue(line, ActivityField.Unit, written, Text.Format(DataIngestText.ExpectedUnitOfDimension, DataWords.Dimension(dimension), vocabulary.ActivityName(activity), Core.Units.Unit.BaseOf(dimension).Symbol));
            return null;
        }
        // Suggestions keep the magnitude written: 万吨标准煤 is answered with 万吨标准煤(当量), never with 吨标准煤(当量) (10^4 apart).
        string tce = unit.ToBase >= Core.Units.Unit.TenThousandTonnesCoalEquivalent.ToBase ? "万吨标准煤" : "吨标准煤";
        if (vocabulary.IsElectricity[activity] && unit.IsCoalEquivalent)
        {
            if (unit.Basis == CoalEquivalentBasis.None)
            {
                Issue(line, ActivityField.Unit, written, Text.Format(DataIngestText.ExpectedElectricityBasis, vocabulary.ActivityName(activity), tce));
                return null;
            }
            double? rate = year > 0 ? vocabulary.PowerCoalRate(year) : null;
            if (unit.Basis == CoalEquivalentBasis.CoalEquivalent && rate is null)
            {
                if (year > 0)
                {
                    Issue(line, ActivityField.Unit, written, Text.Format(DataIngestText.ExpectedUnitConvertsInYear, year, string.Join(", ", vocabulary.PowerCoalRateYears), tce));
                }
                return null;
            }
            baseValue = unit.ElectricityGigajoules(value, rate);
        }
        else if (unit.Basis == CoalEquivalentBasis.CoalEquivalent)
        {
            Issue(line, ActivityField.Unit, written, Text.Format(DataIngestText.ExpectedCoalEquivalentNotElectricity, tce, vocabulary.ActivityName(activity)));
            return null;
        }
        else
        {
            baseValue = unit.ToBaseValue(value);
        }
        if (!(Math.Abs(baseValue) <= MaxBaseValue) && dimension == Dimension.Money)
        {
            // Money is said in 亿元 with thousands separators, never in exponent form (issue 14, user trial).
            Issue(line, ActivityField.Value, writtenValue,
                Text.Format(DataIngestText.ExpectedAmountBoundMoney, (MaxBaseValue / 1e8).ToString("#,0", CultureInfo.InvariantCulture),
                    Encoding.UTF8.GetString(writtenValue), Encoding.UTF8.GetString(written),
                    double.IsFinite(baseValue) ? (baseValue / 1e8).ToString("#,0.##", CultureInfo.InvariantCulture) : "∞"));
            return null;
        }
        if (!(Math.Abs(baseValue) <= MaxBaseValue))
        {
            Issue(line, ActivityField.Value, writtenValue,
                Text.Format(DataIngestText.ExpectedAmountBound, MaxBaseValue.ToString("0e0", CultureInfo.InvariantCulture), Core.Units.Unit.BaseOf(dimension).Symbol,
                    Encoding.UTF8.GetString(writtenValue), Encoding.UTF8.GetString(written), baseValue.ToString("0.###e0", CultureInfo.InvariantCulture)));
            return null;
        }
        return unit;
    }

    /// <summary>Words that mark a socio-economic indicator's name (生产总值, 增加值, 人口, 指数, GDP, 装机): an unknown activity spelt with one is answered with the indicator names.</summary>
    private static readonly string[] IndicatorWords = ["生产总值", "增加值", "人口", "指数", "gdp", "装机", "绿证"];

    private static bool LooksLikeIndicator(ReadOnlySpan<byte> activity)
    {
        string folded = TextFields.Fold(Encoding.UTF8.GetString(activity));
        return IndicatorWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Reports an indicator value no region can have: an index outside [<see cref="MinIndexPoints"/>, <see cref="MaxIndexPoints"/>], or a GDP, value added or population of 0.</summary>
    private void IndicatorRange(ReadOnlySpan<byte> writtenValue, int line, int activity, double value, double baseValue)
    {
        var dimension = vocabulary.Dimensions[activity];
        if (dimension == Dimension.Index && baseValue is < MinIndexPoints or > MaxIndexPoints)
        {
            Issue(line, ActivityField.Value, writtenValue, Text.Format(IndicatorText.ExpectedIndexInRange,
                value.ToString("0.###", CultureInfo.InvariantCulture), MinIndexPoints, MaxIndexPoints));
        }
        else if (dimension is Dimension.Money or Dimension.Count && baseValue <= 0)
        {
            Issue(line, ActivityField.Value, writtenValue, Text.Format(IndicatorText.ExpectedIndicatorPositive, vocabulary.ActivityName(activity)));
        }
        else if (IndicatorBounds.Expected(dimension, baseValue) is { } beyond)
        {
            Issue(line, ActivityField.Value, writtenValue, beyond);
        }
    }

    private double? Uncertainty(ReadOnlySpan<byte> written, int line)
    {
        if (written.IsEmpty)
        {
            return null;
        }
        if (TextFields.TryPercent(written, ref scratch, out double pct))
        {
            return pct;
        }
        Issue(line, ActivityField.Uncertainty, written, DataIngestText.ExpectedPercent);
        return null;
    }

    private void Issue(int line, ActivityField field, ReadOnlySpan<byte> found, string expected)
    {
        int column = columnOf[(int)field];
        issues.Add(new ValidationIssue(fileName, line, column >= 0 ? names[column] : field.ToString().ToLowerInvariant(), TextFields.Shown(found), expected,
            column >= 0 ? column + 1 : null) { Sheet = sheet });
    }
}
