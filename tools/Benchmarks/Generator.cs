using System.Globalization;
using System.Text;

namespace GhgInventory.Benchmarks;

/// <summary>
/// Writes synthetic facility-level energy activity rows in the activity CSV contract.
/// Every row is its own facility (<c>F</c> + the 1-based row number), so (region, year, category, activity, facility)
/// is unique by construction. Only integer arithmetic on a SplitMix64 stream decides the content, so the same
/// row count and seed give the same bytes on every machine and runtime.
/// </summary>
internal static class Generator
{
    public const string Header = "region,year,category,activity,value,unit,source,facility";

    /// <summary>The header of <c>--sectors all</c>: the energy header and the <c>use</c> column (feedstock of coal chemicals).</summary>
    public const string HeaderWithUse = Header + ",use";
    private const int Year = 2023;
    private const string Source = "synthetic benchmark data";

    // The nine Ordos counties (GB/T 2260), weighted roughly by how much industry each has.
    private static readonly Weighted<string> Regions = new(
        ("150602", 12), // 东胜区
        ("150603", 4),  // 康巴什区
        ("150621", 14), // 达拉特旗
        ("150622", 20), // 准格尔旗
        ("150623", 7),  // 鄂托克前旗
        ("150624", 16), // 鄂托克旗
        ("150625", 7),  // 杭锦旗
        ("150626", 12), // 乌审旗
        ("150627", 16)); // 伊金霍洛旗

    // Declared before the categories: static fields initialise in text order.
    private static readonly Dictionary<string, Activity> ActivityByKey = new Activity[]
    {
        // Solids and liquids: large consumers report in 万吨, the rest in 吨 (1–9,999.99).
        // Coal and coke: 1–999.99 万吨; oil products: 0.10–9.99 万吨.
        Activity.Mass("raw_coal", shareInWanTonnes: 60, Activity.Coal),
        Activity.Mass("cleaned_coal", shareInWanTonnes: 50, Activity.Coal),
        Activity.Mass("coke", shareInWanTonnes: 50, Activity.Coal),
        Activity.Mass("diesel", shareInWanTonnes: 15, Activity.Oil),
        Activity.Mass("gasoline", shareInWanTonnes: 10, Activity.Oil),
        Activity.Mass("fuel_oil", shareInWanTonnes: 15, Activity.Oil),
        Activity.Mass("lpg", shareInWanTonnes: 5, Activity.Oil),
        // Value decades: weight of [1, 10), [10, 100), … in the unit.
        Activity.InUnit("natural_gas", "万立方米", firstDecade: 0, 2, 4, 3, 1),
        Activity.InUnit("electricity", "万千瓦时", firstDecade: 0, 1, 3, 4, 2, 1),
        Activity.InUnit("heat", "吉焦", firstDecade: 1, 1, 2, 4, 3, 1),
    }.ToDictionary(a => a.Key, StringComparer.Ordinal);

    // IPCC 2006 1.A categories with the fuels a facility in each plausibly reports, weighted.
    private static readonly Weighted<Category> Categories = new(
        (new("1.A.1.a.i", Fuels(("raw_coal", 8), ("natural_gas", 2), ("diesel", 1), ("fuel_oil", 1))), 4), // electricity generation
        (new("1.A.1.a.ii", Fuels(("raw_coal", 8), ("natural_gas", 2), ("diesel", 1))), 4), // combined heat and power
        (new("1.A.1.a.iii", Fuels(("raw_coal", 6), ("natural_gas", 3), ("diesel", 1), ("electricity", 1))), 4), // heat plants
        (new("1.A.1.b", Fuels(("fuel_oil", 3), ("natural_gas", 3), ("lpg", 1), ("electricity", 2), ("heat", 1))), 2), // petroleum refining
        (new("1.A.1.c.i", Fuels(("raw_coal", 4), ("cleaned_coal", 5), ("coke", 2), ("electricity", 2))), 5), // solid fuels (coking)
        (new("1.A.1.c.ii", Fuels(("raw_coal", 3), ("diesel", 3), ("electricity", 4), ("natural_gas", 1), ("heat", 1))), 10), // other energy industries (coal mines)
        (new("1.A.2.a", Fuels(("coke", 5), ("raw_coal", 2), ("natural_gas", 2), ("electricity", 3), ("heat", 1))), 3), // iron and steel
        (new("1.A.2.b", Fuels(("electricity", 6), ("raw_coal", 2), ("natural_gas", 1), ("coke", 1))), 3), // non-ferrous metals
        (new("1.A.2.c", Fuels(("raw_coal", 5), ("cleaned_coal", 1), ("natural_gas", 4), ("electricity", 3), ("heat", 2), ("fuel_oil", 1))), 8), // chemicals
        (new("1.A.2.f", Fuels(("raw_coal", 4), ("coke", 1), ("natural_gas", 2), ("electricity", 3), ("diesel", 1))), 6), // non-metallic minerals
        (new("1.A.2.i", Fuels(("diesel", 5), ("electricity", 4), ("raw_coal", 1))), 5), // mining and quarrying
        (new("1.A.2.k", Fuels(("diesel", 5), ("gasoline", 2), ("electricity", 3))), 5), // construction
        (new("1.A.2.m", Fuels(("raw_coal", 3), ("electricity", 4), ("natural_gas", 2), ("diesel", 1), ("heat", 1))), 6), // other industry
        (new("1.A.3.b", Fuels(("diesel", 5), ("gasoline", 4), ("lpg", 1), ("natural_gas", 2), ("electricity", 1))), 10), // road transport
        (new("1.A.3.c", Fuels(("diesel", 3), ("electricity", 4))), 1), // railways
        (new("1.A.4.a", Fuels(("electricity", 5), ("heat", 3), ("natural_gas", 2), ("lpg", 1), ("raw_coal", 1))), 12), // commercial and institutional
        (new("1.A.4.b", Fuels(("raw_coal", 3), ("natural_gas", 3), ("lpg", 1), ("electricity", 4), ("heat", 3))), 8), // residential
        (new("1.A.4.c", Fuels(("diesel", 5), ("gasoline", 1), ("electricity", 3), ("raw_coal", 1))), 4)); // agriculture, forestry, fishing

    /// <summary>Writes the header and <paramref name="rows"/> rows to <paramref name="path"/>; returns the file size.</summary>
    /// <remarks><paramref name="allSectors"/> false: fuel combustion (1.A) only, the file of issues 11–14, byte for byte. True (issue 15):
    /// 7,000 of every 9,912 facility draws are such energy rows, the rest the other sectors' facilities (<see cref="SectorRows"/>), with a
    /// <c>use</c> column.</remarks>
    public static long Write(string path, long rows, ulong seed, bool allSectors = false)
    {
        if (allSectors)
        {
            return WriteAll(path, rows, seed);
        }

        var rng = new SplitMix64(seed);
        var regionBytes = Utf8(Regions.Items);
        var source = Encoding.UTF8.GetBytes(Source);
        var yearBytes = Encoding.UTF8.GetBytes(Year.ToString(CultureInfo.InvariantCulture));

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        var buffer = new byte[1 << 20];
        var n = Encoding.UTF8.GetBytes(Header + "\n", buffer);
        long written = 0;

        for (long row = 1; row <= rows; row++)
        {
            if (buffer.Length - n < 512)
            {
                file.Write(buffer, 0, n);
                written += n;
                n = 0;
            }

            var region = Regions.Pick(ref rng);
            var category = Categories.Pick(ref rng);
            var fuels = Categories.Items[category].Fuels;
            var activity = fuels.Items[fuels.Pick(ref rng)];
            var (unit, cents) = activity.Draw(ref rng);

            var span = buffer.AsSpan(n);
            var at = 0;
            Put(span, ref at, regionBytes[region]);
            Put(span, ref at, yearBytes);
            Put(span, ref at, Categories.Items[category].CodeUtf8);
            Put(span, ref at, activity.KeyUtf8);
            PutCents(span, ref at, cents);
            span[at++] = (byte)',';
            Put(span, ref at, unit);
            Put(span, ref at, source);
            span[at++] = (byte)'F';
            row.TryFormat(span[at..], out var digits, "D7", CultureInfo.InvariantCulture);
            at += digits;
            span[at++] = (byte)'\n';
            n += at;
        }

        file.Write(buffer, 0, n);
        written += n;
        return written;
    }

    private static long WriteAll(string path, long rows, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var source = Encoding.UTF8.GetBytes(Source);
        var yearBytes = Encoding.UTF8.GetBytes(Year.ToString(CultureInfo.InvariantCulture));
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        var header = Encoding.UTF8.GetBytes(HeaderWithUse + "\n");
        file.Write(header);
        long written = header.Length;
        var regionBytes = Utf8(Regions.Items);
        var buffer = new byte[512];
        for (long row = 1; row <= rows;)
        {
            var region = Regions.Pick(ref rng);
            if ((int)rng.Next(SectorRows.EnergyWeight + SectorRows.SectorWeight) < SectorRows.EnergyWeight)
            {
                var category = Categories.Pick(ref rng);
                var fuels = Categories.Items[category].Fuels;
                var activity = fuels.Items[fuels.Pick(ref rng)];
                var (unit, cents) = activity.Draw(ref rng);
                var span = buffer.AsSpan();
                var at = 0;
                Put(span, ref at, regionBytes[region]);
                Put(span, ref at, yearBytes);
                Put(span, ref at, Categories.Items[category].CodeUtf8);
                Put(span, ref at, activity.KeyUtf8);
                PutCents(span, ref at, cents);
                span[at++] = (byte)',';
                Put(span, ref at, unit);
                Put(span, ref at, source);
                span[at++] = (byte)'F';
                row.TryFormat(span[at..], out var digits, "D7", CultureInfo.InvariantCulture);
                at += digits;
                span[at++] = (byte)','; // no use: combustion
                span[at++] = (byte)'\n';
                file.Write(buffer, 0, at);
                written += at;
                row++;
                continue;
            }
            // One facility of another sector: a row or a bundle (cut at the row count; a bundle's carbon-in or emitting row comes first).
            foreach (var r in SectorRows.Draw(ref rng))
            {
                if (row > rows)
                {
                    break;
                }
                var bytes = Encoding.UTF8.GetBytes(SectorRows.Format(Regions.Items[region], r, row));
                file.Write(bytes);
                written += bytes.Length;
                row++;
            }
        }
        return written;
    }

    private static void Put(Span<byte> span, ref int at, ReadOnlySpan<byte> field)
    {
        field.CopyTo(span[at..]);
        at += field.Length;
        span[at++] = (byte)',';
    }

    private static void PutCents(Span<byte> span, ref int at, long cents)
    {
        (cents / 100).TryFormat(span[at..], out var digits, default, CultureInfo.InvariantCulture);
        at += digits;
        span[at++] = (byte)'.';
        var fraction = (int)(cents % 100);
        span[at++] = (byte)('0' + (fraction / 10));
        span[at++] = (byte)('0' + (fraction % 10));
    }

    private static byte[][] Utf8(IReadOnlyList<string> values) => [.. values.Select(Encoding.UTF8.GetBytes)];

    private static Weighted<Activity> Fuels(params (string Key, int Weight)[] fuels) =>
        new([.. fuels.Select(f => (ActivityByKey[f.Key], f.Weight))]);

    /// <summary>An IPCC category code and the fuels its facilities report.</summary>
    private sealed class Category(string code, Weighted<Activity> fuels)
    {
        public byte[] CodeUtf8 { get; } = Encoding.UTF8.GetBytes(code);

        public Weighted<Activity> Fuels { get; } = fuels;
    }

    /// <summary>An activity key with the units it is reported in and how its values are spread.</summary>
    private sealed class Activity
    {
        private static readonly byte[] WanTonnes = Encoding.UTF8.GetBytes("万吨");
        private static readonly byte[] Tonnes = Encoding.UTF8.GetBytes("吨");

        private static readonly Decades TonneValues = new(0, 1, 2, 3, 4);

        private readonly int shareInWanTonnes;
        private readonly Decades? wanTonneValues;
        private readonly byte[] unit;
        private readonly Decades values;

        private Activity(string key, int shareInWanTonnes, Decades? wanTonneValues, byte[] unit, Decades values)
        {
            Key = key;
            KeyUtf8 = Encoding.UTF8.GetBytes(key);
            this.shareInWanTonnes = shareInWanTonnes;
            this.wanTonneValues = wanTonneValues;
            this.unit = unit;
            this.values = values;
        }

        /// <summary>万吨 values of coal and coke: 1–999.99.</summary>
        public static Decades Coal { get; } = new(0, 5, 3, 1);

        /// <summary>万吨 values of oil products: 0.10–9.99.</summary>
        public static Decades Oil { get; } = new(-1, 3, 2);

        public string Key { get; }

        public byte[] KeyUtf8 { get; }

        public static Activity Mass(string key, int shareInWanTonnes, Decades wanTonneValues) =>
            new(key, shareInWanTonnes, wanTonneValues, Tonnes, TonneValues);

        public static Activity InUnit(string key, string unit, int firstDecade, params int[] weights) =>
            new(key, shareInWanTonnes: 0, wanTonneValues: null, Encoding.UTF8.GetBytes(unit), new Decades(firstDecade, weights));

        /// <summary>The unit and the value in hundredths of it (always positive: at least 0.10).</summary>
        public (byte[] Unit, long Cents) Draw(ref SplitMix64 rng)
        {
            if (wanTonneValues is not null && rng.Next(100) < (ulong)shareInWanTonnes)
            {
                return (WanTonnes, wanTonneValues.Draw(ref rng));
            }

            return (unit, values.Draw(ref rng));
        }
    }

    /// <summary>
    /// Values spread over powers of ten: pick a decade by weight (decade d is [10^d, 10^(d+1)), d ≥ -2),
    /// then a value uniformly inside it, in hundredths.
    /// </summary>
    private sealed class Decades(int firstDecade, params int[] weights)
    {
        private readonly Weighted<int> decades = new([.. weights.Select((w, i) => (firstDecade + i, w))]);

        public long Draw(ref SplitMix64 rng)
        {
            var decade = decades.Items[decades.Pick(ref rng)];
            var low = 100L; // 1.00
            for (var i = 0; i < decade; i++)
            {
                low *= 10;
            }

            for (var i = 0; i > decade; i--)
            {
                low /= 10;
            }

            return low + (long)rng.Next((ulong)(low * 9));
        }
    }
}

/// <summary>Items with integer weights; <see cref="Pick"/> returns an index into <see cref="Items"/>.</summary>
internal sealed class Weighted<T>
{
    private readonly int[] cumulative;

    public Weighted(params (T Item, int Weight)[] items)
    {
        Items = [.. items.Select(i => i.Item)];
        cumulative = new int[items.Length];
        var total = 0;
        for (var i = 0; i < items.Length; i++)
        {
            total += items[i].Weight;
            cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Items { get; }

    public int Pick(ref SplitMix64 rng)
    {
        var r = (int)rng.Next((ulong)cumulative[^1]);
        var i = 0;
        while (r >= cumulative[i])
        {
            i++;
        }

        return i;
    }
}

/// <summary>SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same sequence on every platform.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="bound"/>) by multiply-high (Lemire); the bias is below 2^-40 here.</summary>
    public ulong Next(ulong bound) => Math.BigMul(NextUInt64(), bound, out _);
}
