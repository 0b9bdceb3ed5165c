using System.Diagnostics;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;

namespace GhgInventory.Benchmarks;

/// <summary>Times the LMDI decomposition of the city and its nine banners over ten years, every 1.A category and fuel, against the
/// yardstick of one pass summing the same cells by region and year (the least any computation over them must do).</summary>
/// <remarks>Synthetic, illustrative figures, deterministic from the seed: no published statistics.</remarks>
internal static class LmdiBench
{
    private static readonly string[] Banners = ["150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626", "150627"];

    private static readonly string[] Categories =
    [
        "1.A.1.a.i", "1.A.1.a.ii", "1.A.1.b", "1.A.1.c", "1.A.2.a", "1.A.2.b", "1.A.2.c", "1.A.2.d", "1.A.2.e", "1.A.2.f",
        "1.A.2.g", "1.A.2.k", "1.A.3.a", "1.A.3.b", "1.A.3.c", "1.A.4.a", "1.A.4.b", "1.A.4.c",
    ];

    private static readonly string[] Fuels = ["raw_coal", "cleaned_coal", "coke", "diesel", "gasoline", "fuel_oil", "lpg", "natural_gas", "coke_oven_gas", "other_energy"];

    private static readonly (string Prefix, EconomicSector Sector)[] SectorRows =
    [
        ("1.A.1", EconomicSector.Secondary), ("1.A.2", EconomicSector.Secondary), ("1.A.3", EconomicSector.Tertiary),
        ("1.A.4.a", EconomicSector.Tertiary), ("1.A.4.b", EconomicSector.Households), ("1.A.4.c", EconomicSector.Primary),
    ];

    /// <summary>Runs the measurement and prints a markdown table; returns the exit code.</summary>
    public static int Run(int years, int runs, ulong seed)
    {
        var (cells, economy, regions) = Make(years, seed);
        var sectors = new SectorMap(SectorRows.Select(r => (CategoryCode.Parse(r.Prefix), r.Sector)));
        var city = RegionCode.Parse("150600");
        int from = 2015, to = 2015 + years - 1;
        var targets = new[] { city }.Concat(Banners.Select(RegionCode.Parse)).ToList();
        double checksum = 0;
        var lmdi = new List<double>();
        var yardstick = new List<double>();
        var cpu = new List<double>();
        for (int r = 0; r < runs + 1; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var sums = new Dictionary<(RegionCode, int), double>();
            foreach (var c in cells)
            {
                sums[(c.Region, c.Year)] = sums.GetValueOrDefault((c.Region, c.Year)) + (c.Co2Tonnes ?? 0);
            }
            double yard = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            long t1 = Stopwatch.GetTimestamp();
            foreach (var region in targets)
            {
                var d = RegionDecomposition.Of(region, from, to, cells, economy, sectors, regions, chained: true);
                checksum += d.Emissions.Result!.Change + d.EmissionsChained!.Result!.Change + d.Energy.Result!.Change;
            }
            double time = Stopwatch.GetElapsedTime(t1).TotalSeconds;
            double cpuTime = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            if (r > 0)
            {
                // The first round warms the JIT up and is not kept.
                lmdi.Add(time);
                cpu.Add(cpuTime);
                yardstick.Add(yard);
                Console.Error.WriteLine($"round {r}: lmdi {time:0.0000} s (CPU {cpuTime:0.0000} s), yardstick {yard:0.0000} s");
            }
            _ = sums.Count;
        }
        double Median(List<double> x) => x.Order().ElementAt(x.Count / 2);
        var ratios = lmdi.Zip(yardstick, (a, b) => a / b).ToList();
        Console.Out.WriteLine($"LMDI: city + {Banners.Length} banners × {years} years ({from}–{to}), {Categories.Length} categories × {Fuels.Length} fuels = {cells.Count} cells; two-point and chained, CO2 and energy");
        Console.Out.WriteLine();
        Console.Out.WriteLine("| what | median s | vs yardstick |");
        Console.Out.WriteLine("|---|---:|---:|");
        Console.Out.WriteLine($"| one pass summing the cells by region and year (yardstick) | {Median(yardstick):0.0000} | 1.00× |");
        Console.Out.WriteLine($"| LMDI, 10 regions, two-point + chained, CO2 + energy | {Median(lmdi):0.0000} | {Median(ratios):0.0}× |");
        Console.Out.WriteLine($"| (CPU time of the LMDI, all threads) | {Median(cpu):0.0000} | |");
        Console.Out.WriteLine();
        Console.Out.WriteLine($"target < 0.2 s: {(Median(lmdi) < 0.2 ? "met" : "NOT met")} (checksum {checksum:0})");
        return 0;
    }

    private static (List<EnergyCell> Cells, EconomicSeries Economy, RegionTree Regions) Make(int years, ulong seed)
    {
        var random = new Random((int)(seed % int.MaxValue));
        var city = RegionCode.Parse("150600");
        var regions = new RegionTree([new Region(city, null, "鄂尔多斯市", "Ordos", null),
            .. Banners.Select(b => new Region(RegionCode.Parse(b), city, b, b, null))]);
        var cells = new List<EnergyCell>();
        var values = new List<IndicatorValue>();
        foreach (var banner in Banners.Select(RegionCode.Parse))
        {
            for (int i = 0; i < years; i++)
            {
                int year = 2015 + i;
                foreach (var category in Categories)
                {
                    foreach (var fuel in Fuels)
                    {
                        double tce = 100 + random.NextDouble() * 10_000;
                        cells.Add(new EnergyCell(banner, year, CategoryCode.Parse(category), fuel, FuelUse.Combustion, tce, tce * (1.5 + random.NextDouble())));
                    }
                }
                values.Add(new IndicatorValue(banner, year, IndicatorKeys.Population, 100_000 + random.NextDouble() * 50_000));
                foreach (var key in new[] { IndicatorKeys.Gdp, IndicatorKeys.ValueAddedPrimary, IndicatorKeys.ValueAddedSecondary, IndicatorKeys.ValueAddedTertiary })
                {
                    values.Add(new IndicatorValue(banner, year, key, 1e9 + random.NextDouble() * 1e10));
                    values.Add(new IndicatorValue(banner, year, IndicatorKeys.IndexOf(key)!, 100 + random.NextDouble() * 8));
                }
            }
        }
        for (int i = 0; i < years; i++)
        {
            int year = 2015 + i;
            values.Add(new IndicatorValue(city, year, IndicatorKeys.Population, 2_000_000));
            foreach (var key in new[] { IndicatorKeys.Gdp, IndicatorKeys.ValueAddedPrimary, IndicatorKeys.ValueAddedSecondary, IndicatorKeys.ValueAddedTertiary })
            {
                values.Add(new IndicatorValue(city, year, key, 5e10 + random.NextDouble() * 1e11));
                values.Add(new IndicatorValue(city, year, IndicatorKeys.IndexOf(key)!, 100 + random.NextDouble() * 8));
            }
        }
        return (cells, new EconomicSeries(values), regions);
    }
}
