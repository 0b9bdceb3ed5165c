using System.Globalization;

namespace GhgInventory.Benchmarks;

/// <summary>ghg-bench: synthetic activity data and measurements of the ingestion path.</summary>
internal static class Program
{
    private const string Usage = """
        ghg-bench: benchmark tools for GhgInventory

        usage:
          ghg-bench generate --rows N --out FILE [--seed S] [--sectors energy|all]
              Write N synthetic facility-level activity rows (the activity CSV contract,
              header region,year,category,activity,value,unit,source,facility), UTF-8.
              Deterministic: the same N and seed give the same bytes. Default seed 2023.
              --sectors energy (default): fuel combustion only, the file of issues 11-14;
              all: every sector of issue 15 (1.B, 2, 3, 4 facilities, landfill deposits
              2000-2023), with a use column.
          ghg-bench corrections --from FILE --rows N --out FILE [--regions R1,R2]
              Write N correction rows of a generated FILE: existing keys (region, year,
              category, activity, facility) with the value raised by 10 %, taken evenly
              from the rows of the regions (default 150622), header as in FILE.
          ghg-bench csv-compare FILE [--runs R] [--warmup W]
              Read FILE fully with Sylvan.Data.Csv and with CsvHelper (span and string
              access, BCL and CsvHelper number parsing), parse value as a double and touch
              every field; W warm-up runs (default 1) then R measured runs (default 5) of
              each, interleaved. Prints a markdown table: median wall time, paired ratio to
              the first variant, CPU time, throughput and allocated bytes per run.

          ghg-bench lmdi [--years N] [--runs R] [--seed S]
              Time the LMDI decomposition (CO2 and energy, two-point and chained) of a
              synthetic city and its nine banners over N years (default 10), 18 energy
              categories × 10 fuels, against one pass summing the same cells (the
              yardstick); R measured runs (default 5) after one warm-up.

          ghg-bench projection [--draws N]
              Time the scenario projection (issue 16) of a synthetic city, nine banners and
              its rest, 2024–2060, six uncertain levers: N projections (default 10000) on
              one thread after 200 warm-up ones; prints µs per projection and the bytes
              allocated while projecting (0 expected).

        exit codes: 0 success, 1 failure, 2 bad usage
        """;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return args[0] switch
            {
                "generate" => RunGenerate(new Args(args.AsSpan(1).ToArray())),
                "corrections" => RunCorrections(new Args(args.AsSpan(1).ToArray())),
                "csv-compare" => RunCsvCompare(new Args(args.AsSpan(1).ToArray())),
                "lmdi" => RunLmdi(new Args(args.AsSpan(1).ToArray())),
                "projection" => RunProjection(new Args(args.AsSpan(1).ToArray())),
                _ => throw new UsageException($"unknown verb '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"ghg-bench: {e.Message}");
            Console.Error.WriteLine("run 'ghg-bench --help' for usage");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"ghg-bench: {e.Message}");
            return 1;
        }
    }

    private static int RunProjection(Args a)
    {
        int draws = (int)(a.Long("--draws") ?? 10000);
        a.RejectUnknown();
        if (draws < 1)
        {
            throw new UsageException("--draws must be 1 or more");
        }
        return ProjectionBench.Run(draws);
    }

    private static int RunLmdi(Args a)
    {
        int years = (int)(a.Long("--years") ?? 10);
        int runs = (int)(a.Long("--runs") ?? 5);
        var seed = (ulong)(a.Long("--seed") ?? 2023);
        a.RejectUnknown();
        if (years < 2 || runs < 1)
        {
            throw new UsageException("--years must be 2 or more and --runs 1 or more");
        }
        return LmdiBench.Run(years, runs, seed);
    }

    private static int RunGenerate(Args a)
    {
        if (a.Help)
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }

        var rows = a.Long("--rows") ?? throw new UsageException("generate needs --rows N");
        var output = a.String("--out") ?? throw new UsageException("generate needs --out FILE");
        var seed = (ulong)(a.Long("--seed") ?? 2023);
        var sectors = a.String("--sectors") ?? "energy";
        a.RejectUnknown();
        if (sectors is not ("energy" or "all"))
        {
            throw new UsageException("--sectors must be energy or all");
        }
        if (rows < 0)
        {
            throw new UsageException("--rows must be 0 or more");
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var bytes = Generator.Write(output, rows, seed, allSectors: sectors == "all");
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {rows:N0} rows, {bytes:N0} bytes ({bytes / 1048576.0:F1} MiB) to {output} in {elapsed.TotalSeconds:F2} s (seed {seed})"));
        return 0;
    }

    private static int RunCorrections(Args a)
    {
        if (a.Help)
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }

        var from = a.String("--from") ?? throw new UsageException("corrections needs --from FILE");
        var rows = a.Long("--rows") ?? throw new UsageException("corrections needs --rows N");
        var output = a.String("--out") ?? throw new UsageException("corrections needs --out FILE");
        var regions = (a.String("--regions") ?? "150622").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        a.RejectUnknown();
        if (rows < 1 || regions.Count == 0)
        {
            throw new UsageException("--rows must be 1 or more and --regions name at least one region");
        }

        if (!File.Exists(from))
        {
            throw new FileNotFoundException($"no such file: {from}", from);
        }

        var written = Corrections.Write(from, output, rows, regions);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {written:N0} corrections of {string.Join(", ", regions)} to {output}"));
        return 0;
    }

    private static int RunCsvCompare(Args a)
    {
        if (a.Help)
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }

        var runs = (int)(a.Long("--runs") ?? 5);
        var warmup = (int)(a.Long("--warmup") ?? 1);
        var file = a.Positional() ?? throw new UsageException("csv-compare needs FILE");
        a.RejectUnknown();
        if (runs < 1 || warmup < 0)
        {
            throw new UsageException("--runs must be 1 or more and --warmup 0 or more");
        }

        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no such file: {file}", file);
        }

        CsvCompare.Run(file, runs, warmup, Console.Out);
        return 0;
    }
}

/// <summary>A command line mistake; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Minimal option parsing: <c>--name value</c> pairs and positional words.</summary>
internal sealed class Args
{
    private readonly List<string> items;

    public Args(string[] args)
    {
        items = [.. args];
        Help = items.Remove("--help") | items.Remove("-h");
    }

    public bool Help { get; }

    public string? String(string name)
    {
        var i = items.IndexOf(name);
        if (i < 0)
        {
            return null;
        }

        if (i + 1 >= items.Count)
        {
            throw new UsageException($"{name} needs a value");
        }

        var value = items[i + 1];
        items.RemoveRange(i, 2);
        return value;
    }

    public long? Long(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{name} needs an integer, not '{text}'");
    }

    public string? Positional()
    {
        var i = items.FindIndex(s => !s.StartsWith("--", StringComparison.Ordinal));
        if (i < 0)
        {
            return null;
        }

        var value = items[i];
        items.RemoveAt(i);
        return value;
    }

    public void RejectUnknown()
    {
        if (items.Count > 0)
        {
            throw new UsageException($"unexpected argument '{items[0]}'");
        }
    }
}
