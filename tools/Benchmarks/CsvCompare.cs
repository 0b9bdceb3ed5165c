using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Sylvan.Data.Csv;
using HelperReader = CsvHelper.CsvReader;
using HelperOptions = CsvHelper.CsvReaderOptions;

namespace GhgInventory.Benchmarks;

/// <summary>
/// Reads one CSV file fully with each reader, parsing <c>value</c> as a double and touching every field.
/// Warm-up runs first, then the measured runs interleaved (1 2 … 6, 1 2 … 6, …) so drift in the machine
/// spreads over all readers alike, and each variant is also compared with variant 1 round by round.
/// Every reader must see the same rows, value sum and fields, or the run fails.
/// </summary>
internal static class CsvCompare
{
    private const int BufferSize = 1 << 16;

    private static readonly Variant[] Variants =
    [
        new("Sylvan.Data.Csv", "`CsvDataReader.GetFieldSpan` (UTF-16 span) per field, `double.TryParse(span)`", SylvanSpans),
        new("Sylvan.Data.Csv", "`CsvDataReader.GetString` per field, `double.TryParse(string)`", SylvanStrings),
        new("CsvHelper", "`CsvReader.GetSpan` (UTF-8 span) per field, `double.TryParse(utf8)`", HelperSpans),
        new("CsvHelper", "`CsvReader.GetSpan` (UTF-8 span) per field, `CsvReader.TryParse<double>`", HelperSpansOwnParser),
        new("CsvHelper", "as 4, with `TrackLineNumbers = true` and `LineNumber` read per row (line numbers for error messages)", HelperSpansLines),
        new("CsvHelper", "`CsvReader.GetString` per field, `double.TryParse(string)`", HelperStrings),
    ];

    public static void Run(string path, int runs, int warmup, TextWriter output)
    {
        var bytes = new FileInfo(path).Length;
        var times = Variants.Select(_ => new List<double>()).ToArray();
        var cpu = Variants.Select(_ => new List<double>()).ToArray();
        var allocations = Variants.Select(_ => new List<long>()).ToArray();
        var tallies = new Tally[Variants.Length];
        double measuredWall = 0, othersCpu = 0;

        for (var round = -warmup; round < runs; round++)
        {
            for (var v = 0; v < Variants.Length; v++)
            {
                var (seconds, cpuSeconds, others, allocated, tally) = Measure(Variants[v].Read, path);
                Console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(round < 0 ? "warm-up" : $"run {round + 1}"),-8} {v + 1} {Variants[v].Library,-16} {seconds,7:F3} s wall {cpuSeconds,7:F3} s CPU {allocated / 1048576.0,9:F1} MiB   other processes {others:F2} CPU s"));
                tallies[v] = tally;
                if (round >= 0)
                {
                    measuredWall += seconds;
                    othersCpu += others;
                    times[v].Add(seconds);
                    cpu[v].Add(cpuSeconds);
                    allocations[v].Add(allocated);
                }
            }
        }

        for (var v = 1; v < Variants.Length; v++)
        {
            if (tallies[v].Rows != tallies[0].Rows || tallies[v].ValueSum != tallies[0].ValueSum
                || tallies[v].Fields != tallies[0].Fields || tallies[v].BadValues != tallies[0].BadValues)
            {
                throw new InvalidDataException(
                    $"readers disagree: {Variants[0].Library} saw {tallies[0]}, {Variants[v].Library} ({Variants[v].Access}) saw {tallies[v]}");
            }
        }

        var rows = tallies[0].Rows;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"file: {path}, {bytes:N0} bytes ({bytes / 1048576.0:F1} MiB), {rows:N0} data rows, {tallies[0].Fields:N0} non-empty fields, value sum {tallies[0].ValueSum:R}, unparsable values {tallies[0].BadValues}"));
        output.WriteLine(string.Create(inv, $"machine: {Environment.ProcessorCount} cores ({CpuModel()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings() ? "server" : "workstation")} GC; {warmup} warm-up + {runs} measured runs each, interleaved"));
        output.WriteLine();
        // "vs #1": in each round, this variant's time over variant 1's; the median of those. Rounds run back to back,
        // so the ratio cancels most of a shared machine's drift, which the ratio of two medians does not.
        output.WriteLine("| # | reader | access | median wall s | min–max s | vs #1 | median CPU s | rows/s | MiB/s | allocated / run |");
        output.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var v = 0; v < Variants.Length; v++)
        {
            var median = Median(times[v]);
            var allocated = Median(allocations[v].Select(a => (double)a).ToList());
            var paired = Median(times[v].Select((t, round) => t / times[0][round]).ToList());
            output.WriteLine(string.Create(
                inv,
                $"| {v + 1} | {Variants[v].Library} {Version(Variants[v].Library)} | {Variants[v].Access} | {median:F3} | {times[v].Min():F3}–{times[v].Max():F3} | {paired:F2}× | {Median(cpu[v]):F3} | {rows / median:N0} | {bytes / 1048576.0 / median:F0} | {Size(allocated)} |"));
        }

        output.WriteLine();
        var load = string.Create(inv, $"other processes used {othersCpu:F2} CPU s during {measuredWall:F2} s of measured runs");
        output.WriteLine(othersCpu > 0.1 * measuredWall
            ? $"warning: {load}; the machine was not quiet, rerun for numbers to keep"
            : $"{load} (quiet enough)");
    }

    private static bool GCSettings() => System.Runtime.GCSettings.IsServerGC;

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    // Wall time; CPU time of this process (more than wall time would mean a reader used a second core, which the
    // ingest cannot count on: SQLite wants it); CPU time the rest of the machine used meanwhile (a shared machine
    // distorts timings); and bytes allocated on the managed heap.
    private static (double Seconds, double CpuSeconds, double OthersCpuSeconds, long Allocated, Tally Tally) Measure(
        Func<string, Tally> read, string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var machineBefore = MachineBusySeconds(); // outside the allocation window: reading /proc/stat allocates
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var tally = read(path);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpuTime = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var machine = MachineBusySeconds() - machineBefore;
        return (elapsed.TotalSeconds, cpuTime, Math.Max(0, machine - cpuTime), allocated, tally);
    }

    // Busy CPU seconds of the whole machine since boot (user, nice, system, irq, softirq, steal), from /proc/stat,
    // whose unit is USER_HZ = 1/100 s on Linux; NaN elsewhere, which makes the "other processes" figure 0.
    private static double MachineBusySeconds()
    {
        const string stat = "/proc/stat";
        if (!File.Exists(stat))
        {
            return double.NaN;
        }

        using var reader = new StreamReader(stat);
        var fields = reader.ReadLine()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields is not { Length: > 8 } || fields[0] != "cpu")
        {
            return double.NaN;
        }

        long ticks = 0;
        foreach (var i in (ReadOnlySpan<int>)[1, 2, 3, 6, 7, 8])
        {
            ticks += long.Parse(fields[i], CultureInfo.InvariantCulture);
        }

        return ticks / 100.0;
    }

    private static Tally SylvanSpans(string path)
    {
        using var text = OpenText(path);
        using var csv = CsvDataReader.Create(text, SylvanOptions());
        var valueAt = csv.GetOrdinal("value");
        var fields = csv.FieldCount;
        var tally = default(Tally);
        while (csv.Read())
        {
            for (var i = 0; i < fields; i++)
            {
                var field = csv.GetFieldSpan(i);
                tally.Touch(field.Length, field.IsEmpty ? 0 : field[0]);
                if (i == valueAt)
                {
                    tally.Value(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value);
                }
            }

            tally.Rows++;
        }

        return tally;
    }

    private static Tally SylvanStrings(string path)
    {
        using var text = OpenText(path);
        using var csv = CsvDataReader.Create(text, SylvanOptions());
        var valueAt = csv.GetOrdinal("value");
        var fields = csv.FieldCount;
        var tally = default(Tally);
        while (csv.Read())
        {
            for (var i = 0; i < fields; i++)
            {
                var field = csv.GetString(i);
                tally.Touch(field.Length, field.Length == 0 ? 0 : field[0]);
                if (i == valueAt)
                {
                    tally.Value(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value);
                }
            }

            tally.Rows++;
        }

        return tally;
    }

    private static Tally HelperSpans(string path)
    {
        using var csv = HelperReader.FromFile(path, HelperOptions());
        var valueAt = csv.GetFieldIndex("value");
        var fields = csv.Headers.Count;
        var tally = default(Tally);
        while (csv.Read())
        {
            for (var i = 0; i < fields; i++)
            {
                var field = csv.GetSpan(i);
                tally.Touch(field.Length, field.IsEmpty ? 0 : field[0]);
                if (i == valueAt)
                {
                    tally.Value(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value);
                }
            }

            tally.Rows++;
        }

        return tally;
    }

    // The same loop, the value parsed by CsvHelper's own number parser (bit-for-bit the BCL's result on this data).
    private static Tally HelperSpansOwnParser(string path)
    {
        using var csv = HelperReader.FromFile(path, HelperOptions());
        var valueAt = csv.GetFieldIndex("value");
        var fields = csv.Headers.Count;
        var tally = default(Tally);
        while (csv.Read())
        {
            for (var i = 0; i < fields; i++)
            {
                var field = csv.GetSpan(i);
                tally.Touch(field.Length, field.IsEmpty ? 0 : field[0]);
            }

            tally.Value(csv.TryParse<double>(valueAt, out var value), value);
            tally.Rows++;
        }

        return tally;
    }

    // As HelperSpansOwnParser, counting physical lines as the ingest must, to name the line of a rejected row.
    private static Tally HelperSpansLines(string path)
    {
        using var csv = HelperReader.FromFile(path, HelperOptions() with { TrackLineNumbers = true });
        var valueAt = csv.GetFieldIndex("value");
        var fields = csv.Headers.Count;
        var tally = default(Tally);
        while (csv.Read())
        {
            for (var i = 0; i < fields; i++)
            {
                var field = csv.GetSpan(i);
                tally.Touch(field.Length, field.IsEmpty ? 0 : field[0]);
            }

            tally.Value(csv.TryParse<double>(valueAt, out var value), value);
            tally.LastLine = csv.LineNumber;
            tally.Rows++;
        }

        return tally;
    }

    private static Tally HelperStrings(string path)
    {
        using var csv = HelperReader.FromFile(path, HelperOptions());
        var valueAt = csv.GetFieldIndex("value");
        var fields = csv.Headers.Count;
        var tally = default(Tally);
        while (csv.Read())
        {
            for (var i = 0; i < fields; i++)
            {
                var field = csv.GetString(i);
                tally.Touch(field.Length, field.Length == 0 ? 0 : field[0]);
                if (i == valueAt)
                {
                    tally.Value(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value);
                }
            }

            tally.Rows++;
        }

        return tally;
    }

    // Sylvan reads text: UTF-8 decoded by a StreamReader with a 64 KiB buffer over an unbuffered, sequential file.
    private static StreamReader OpenText(string path) => new(
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan),
        Encoding.UTF8,
        detectEncodingFromByteOrderMarks: true,
        BufferSize);

    private static CsvDataReaderOptions SylvanOptions() => new() { Delimiter = ',', HasHeaders = true, BufferSize = BufferSize };

    // CsvHelper 34 reads UTF-8 bytes itself; its defaults are already RFC 4180, no line tracking, no string pooling.
    private static HelperOptions HelperOptions() => new() { Separator = ',', HasHeader = true, BufferSize = BufferSize };

    private static string Version(string library)
    {
        var assembly = library == "CsvHelper" ? typeof(HelperReader).Assembly : typeof(CsvDataReader).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Size(double bytes) => bytes switch
    {
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:F0} B"),
    };

    private sealed record Variant(string Library, string Access, Func<string, Tally> Read);

    /// <summary>What a reader saw: enough to prove two readers read the same thing, and to keep the JIT from skipping work.</summary>
    private struct Tally
    {
        public long Rows;
        public long Fields;
        public long BadValues;
        public double ValueSum;
        public ulong Touched;
        public long LastLine;

        public void Touch(int length, int first)
        {
            if (length > 0)
            {
                Fields++;
            }

            Touched = (Touched * 31) + (ulong)length + (ulong)first;
        }

        public void Value(bool parsed, double value)
        {
            if (parsed)
            {
                ValueSum += value;
            }
            else
            {
                BadValues++;
            }
        }

        public override readonly string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Rows} rows, {Fields} non-empty fields, value sum {ValueSum:R}, {BadValues} unparsable values");
    }
}
